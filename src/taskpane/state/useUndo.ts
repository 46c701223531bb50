/**
 * The pane's undo and redo (Ctrl+Z / Ctrl+Y): every change the pane makes to the draft goes through
 * apply() as one batch; undo() and redo() write the reverse through the host, one batch at a time,
 * in order (operations queue behind each other so two quick Ctrl+Z never race).
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { Edit } from "../../core/model";
import type { ApplyResult, DraftHost, DraftSnapshot } from "../../office/host";
import { EMPTY_UNDO, afterRedo, afterUndo, batchFor, pushDone, reverseEdits, type UndoState } from "./undo";

export interface UndoOutcome {
  /** Something was undone (or redone). */
  ok: boolean;
  /** What the batch did (its label), when there was one. */
  label?: string;
  /** Parts of the batch that could not be reversed because the text around them changed. */
  lost: number;
}

export interface UndoApi {
  canUndo: boolean;
  canRedo: boolean;
  /** The label of the batch Ctrl+Z would undo. */
  nextUndo?: string;
  /** Apply edits to a snapshot as one undoable action. */
  apply(snapshot: DraftSnapshot, edits: Edit[], label: string): Promise<ApplyResult>;
  undo(): Promise<UndoOutcome>;
  redo(): Promise<UndoOutcome>;
}

export function useUndo(host: DraftHost, onChanged: () => void | Promise<void>): UndoApi {
  const [state, setState] = useState<UndoState>(EMPTY_UNDO);
  const stateRef = useRef(state);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const changed = useRef(onChanged);
  changed.current = onChanged;

  const commit = (next: UndoState) => {
    stateRef.current = next;
    setState(next);
  };

  /** Run `job` after every earlier operation has finished. */
  const serial = useCallback(<T,>(job: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(job, job);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const apply = useCallback(
    (snapshot: DraftSnapshot, edits: Edit[], label: string) =>
      serial(async () => {
        const res = await host.applyEdits(snapshot, edits);
        if (res.applied.length > 0) commit(pushDone(stateRef.current, batchFor(snapshot.text, res.applied, label, snapshot.scope === "selection")));
        await changed.current();
        return res;
      }),
    [host, serial],
  );

  const step = useCallback(
    (direction: "undo" | "redo") =>
      serial(async (): Promise<UndoOutcome> => {
        const s = stateRef.current;
        const list = direction === "undo" ? s.undo : s.redo;
        const top = list[list.length - 1];
        if (!top) return { ok: false, lost: 0 };
        let ok = false;
        let lost = top.reverse.length;
        let back = null;
        try {
          const snap = await host.readDraft("body");
          const rev = reverseEdits(snap.text, top);
          if (rev.edits.length > 0) {
            const res = await host.applyEdits(snap, rev.edits);
            ok = res.applied.length > 0;
            lost = rev.lost + res.skipped.length;
            back = batchFor(snap.text, res.applied, top.label);
          }
        } catch {
          ok = false;
        }
        // A batch that cannot be reversed leaves the stack (the next Ctrl+Z moves on to the one below).
        commit(direction === "undo" ? afterUndo(stateRef.current, back) : afterRedo(stateRef.current, back));
        await changed.current();
        return { ok, label: top.label, lost };
      }),
    [host, serial],
  );

  const undo = useCallback(() => step("undo"), [step]);
  const redo = useCallback(() => step("redo"), [step]);

  return useMemo(
    () => ({ canUndo: state.undo.length > 0, canRedo: state.redo.length > 0, nextUndo: state.undo[state.undo.length - 1]?.label, apply, undo, redo }),
    [state, apply, undo, redo],
  );
}
