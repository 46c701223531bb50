/**
 * The check loop: read the draft from the host, analyse it off the UI thread, keep the newest
 * result together with the snapshot it belongs to (edits are applied against that snapshot).
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AnalysisResult, AnalyzeOptions } from "../../core/model";
import type { DraftHost, DraftSnapshot } from "../../office/host";
import type { Analyzer } from "../analysis/analyzer";
import { createReadGate, type ReadGate } from "./read-gate";

export interface Checked {
  snapshot: DraftSnapshot;
  result: AnalysisResult;
  /** The options key the result was computed with. */
  key: string;
}

export interface CheckState {
  /** The latest snapshot read from the host. */
  draft: DraftSnapshot | null;
  /** The latest finished analysis (may be of an older snapshot while a new one runs). */
  checked: Checked | null;
  /** An analysis or read is under way. */
  busy: boolean;
  error: string | null;
  /** Read the draft now and check it. */
  refresh(): Promise<void>;
}

/** Results with more findings than this are rendered as a transition. */
export const TRANSITION_FROM = 200;

/** A change of at least this many characters (a paste) is checked without waiting for a pause. */
export const BIG_CHANGE = 200;

/** Wait after a change before re-reading: longer for long drafts, so typing stays smooth. */
export function debounceFor(length: number): number {
  return Math.min(1500, 250 + Math.floor(length / 200));
}

export interface UseCheckOptions {
  scope: "body" | "selection";
  options: AnalyzeOptions;
  /** Override the typing debounce (tests). */
  debounceMs?: number;
  /** A body snapshot already read (start-up): checked at once, and the first read is skipped. */
  initialDraft?: DraftSnapshot;
  /**
   * The check of `initialDraft` already done at start-up (the browser page's first check): shown in
   * the first render when it is of the same text with the same options, so the pane does not render
   * twice. Anything else is ignored and checked as usual.
   */
  initialResult?: { text: string; options: AnalyzeOptions; result: AnalysisResult };
}

export function useCheck(host: DraftHost, analyzer: Analyzer, { scope, options, debounceMs, initialDraft, initialResult }: UseCheckOptions): CheckState {
  const [draft, setDraft] = useState<DraftSnapshot | null>(() => (initialDraft && initialDraft.scope === scope ? initialDraft : null));
  /** The first read is not needed when the pane started with the draft. */
  const skipFirstRead = useRef(draft !== null);
  const key = useMemo(() => JSON.stringify(options), [options]);
  const [checked, setChecked] = useState<Checked | null>(() =>
    draft && initialResult && initialResult.text === draft.text && JSON.stringify(initialResult.options) === key ? { snapshot: draft, result: initialResult.result, key } : null,
  );
  const [reading, setReading] = useState(false);
  const [analysing, setAnalysing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkedRef = useRef<Checked | null>(null);
  checkedRef.current = checked;
  const draftLen = useRef(draft?.text.length ?? 0);
  /** Never more than one readDraft in flight; a request during a read queues exactly one more after it. */
  const gate = useRef<ReadGate | null>(null);
  gate.current ??= createReadGate();
  /** The host and scope reads are for now: a read that finishes after a switch is dropped. */
  const target = useRef({ host, scope });
  target.current = { host, scope };

  const refresh = useCallback(
    () =>
      gate.current!.run(async () => {
        const mine = { host, scope };
        const current = () => target.current.host === mine.host && target.current.scope === mine.scope;
        setReading(true);
        try {
          const snap = await host.readDraft(scope);
          if (!current()) return;
          draftLen.current = snap.text.length;
          setDraft(snap);
          setError(null);
        } catch (e) {
          if (current()) setError(e instanceof Error ? e.message : String(e));
        } finally {
          setReading(false);
        }
      }),
    [host, scope],
  );

  // First read, and again when the scope changes.
  useEffect(() => {
    if (skipFirstRead.current) {
      skipFirstRead.current = false;
      return;
    }
    void refresh();
  }, [refresh]);

  // Re-read after the user edits the draft (where the host can tell), debounced.
  useEffect(() => {
    if (!host.onDraftChanged) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = -Infinity;
    let probe = 0;
    let live = true;
    const later = (wait: number) => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        void refresh();
      }, wait);
    };
    const off = host.onDraftChanged(() => {
      const wait = debounceMs ?? debounceFor(draftLen.current);
      const now = Date.now();
      const quiet = now - last > wait;
      last = now;
      if (!quiet || wait === 0) return later(wait);
      // The first change after a quiet spell: a big one (a paste, «Tøm feltet») is checked at once;
      // a keystroke waits, like the ones that follow it, until the user pauses. The early look is
      // skipped while another read runs (the debounced read follows anyway).
      const mine = ++probe;
      later(wait);
      void gate.current!.tryRun(async () => {
        let snap: DraftSnapshot;
        try {
          snap = await host.readDraft(scope);
        } catch {
          return;
        }
        if (!live || mine !== probe || Math.abs(snap.text.length - draftLen.current) < BIG_CHANGE) return;
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        draftLen.current = snap.text.length;
        setDraft(snap);
        setError(null);
      });
    });
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      off();
    };
  }, [host, refresh, debounceMs, scope]);

  // Analyse each new snapshot (or options); the same text with the same options reuses the result.
  useEffect(() => {
    if (!draft) return;
    const prev = checkedRef.current;
    if (prev && prev.key === key && prev.snapshot.text === draft.text && prev.snapshot.scope === draft.scope) {
      if (prev.snapshot !== draft) setChecked({ ...prev, snapshot: draft });
      setAnalysing(false);
      return;
    }
    let live = true;
    setAnalysing(true);
    try {
      performance.mark("kanalklar:analyse");
    } catch {
      // measurement aid only
    }
    analyzer.analyze(draft.text, options).then(
      (result) => {
        if (!live || !result) return;
        const land = () => {
          setChecked({ snapshot: draft, result, key });
          setError(null);
          setAnalysing(false);
        };
        // Many findings land as a transition (React renders them in slices, so typing is never held
        // up); a short result lands at once (the first check of a page shows sooner).
        if (result.findings.length > TRANSITION_FROM) startTransition(land);
        else land();
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof Error ? e.message : String(e));
        setAnalysing(false);
      },
    );
    return () => {
      live = false;
    };
    // options is represented by key. checked?.key: a result computed with options that were changed
    // back before it landed (switch a rule off, «Angre» at once) must be replaced, not kept.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draft, key, analyzer, checked?.key]);

  return { draft, checked, busy: reading || analysing, error, refresh };
}
