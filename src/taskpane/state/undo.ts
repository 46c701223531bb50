/**
 * Multi-level undo for the pane: a stack of batches (one per user action: a fix, «Rett alle trygge»,
 * «Tøm feltet» …). A batch holds the edits that reverse it, each anchored by a little text around it,
 * so it can be found again in a fresh read of the document even when the user has typed elsewhere in
 * between. Undoing is itself an edit through the host (applyEdits), so the host's "only where the
 * text is still what we expect" guarantee covers it, and its reverse is the redo batch.
 * Pure: no React, no host. Memory is bounded (count and characters).
 */
import type { Edit } from "../../core/model";

/** One reversing edit, in the coordinates of the text right after the batch was applied. */
export interface Reverse {
  /** Where the changed text started after the action (a hint; the anchors decide). */
  at: number;
  /** The text the action wrote (what must still be there to reverse it). */
  written: string;
  /** The text the action replaced (what reversing writes back). */
  original: string;
  /** Up to ANCHOR characters before and after `written` in the text after the action. */
  before: string;
  after: string;
}

export interface Batch {
  /** What the user did, for the toast ("Byttet «Deres» med «din»"). */
  label: string;
  reverse: Reverse[];
  /** Made on a part of the document (a selection): the anchors' ends are not the document's ends. */
  partial?: boolean;
}

export const ANCHOR = 24;
export const MAX_BATCHES = 100;
/** Characters kept across all batches (a «Tøm feltet» of a long draft keeps the whole draft). */
export const MAX_CHARS = 4_000_000;

function validEdit(e: Edit, length: number): boolean {
  return !!e && Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= length && typeof e.replacement === "string";
}

/**
 * The batch that reverses `applied` (edits into `text`, as the host reported them applied). Edits
 * that are invalid or overlap an earlier one are left out (the host would not have applied them).
 */
export function batchFor(text: string, applied: readonly Edit[], label: string, partial = false): Batch {
  // Edits that change nothing need no reversing (and two empty ones at one place could not be told apart).
  const sorted = applied
    .filter((e) => validEdit(e, text.length) && text.slice(e.start, e.end) !== e.replacement)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd) continue;
    const prev = kept[kept.length - 1];
    // Touching edits become one: their reversals would land on the same place.
    if (prev && prev.end === e.start) kept[kept.length - 1] = { start: prev.start, end: e.end, replacement: prev.replacement + e.replacement };
    else kept.push(e);
    lastEnd = e.end;
  }
  // Build the text after the action piece by piece, noting where each written part lands.
  const parts: string[] = [];
  const placed: Array<{ at: number; e: Edit }> = [];
  let pos = 0;
  let outLen = 0;
  for (const e of kept) {
    const keep = text.slice(pos, e.start);
    parts.push(keep, e.replacement);
    outLen += keep.length;
    placed.push({ at: outLen, e });
    outLen += e.replacement.length;
    pos = e.end;
  }
  parts.push(text.slice(pos));
  const after = parts.join("");
  const reverse = placed.map(({ at, e }) => ({
    at,
    written: e.replacement,
    original: text.slice(e.start, e.end),
    before: after.slice(Math.max(0, at - ANCHOR), at),
    after: after.slice(at + e.replacement.length, at + e.replacement.length + ANCHOR),
  }));
  return partial ? { label, reverse, partial } : { label, reverse };
}

/** All places where `needle` occurs in `hay` (bounded: a hostile text may have millions). */
function occurrences(hay: string, needle: string, limit = 10_000): number[] {
  const out: number[] = [];
  if (needle === "") return out;
  let i = hay.indexOf(needle);
  while (i >= 0 && out.length < limit) {
    out.push(i);
    i = hay.indexOf(needle, i + 1);
  }
  return out;
}

/**
 * Find one reversing edit in `text`: the occurrence of before+written+after nearest to the hint.
 * Returns the offset of `written`, or -1 when the text around it changed.
 */
export function locate(text: string, r: Reverse, partial = false): number {
  const whole = r.before + r.written + r.after;
  // A short anchor means the edit was that close to the start (or end) of the text: it must still be.
  const atStart = !partial && r.before.length < ANCHOR;
  const atEnd = !partial && r.after.length < ANCHOR;
  const fits = (i: number) => i >= 0 && text.startsWith(whole, i) && (!atStart || i === 0) && (!atEnd || i + whole.length === text.length);
  if (atStart) return fits(0) ? r.before.length : -1;
  if (atEnd) {
    const i = text.length - whole.length;
    return fits(i) ? i + r.before.length : -1;
  }
  const hint = r.at - r.before.length;
  if (fits(hint)) return r.at;
  let best = -1;
  let bestDist = Infinity;
  for (const i of occurrences(text, whole)) {
    const d = Math.abs(i - hint);
    if (d < bestDist) {
      best = i;
      bestDist = d;
    }
  }
  return best < 0 ? -1 : best + r.before.length;
}

/** The edits that reverse `batch` in `text` (the current document), and those that can no longer be placed. */
export function reverseEdits(text: string, batch: Batch): { edits: Edit[]; lost: number } {
  const edits: Edit[] = [];
  let lost = 0;
  for (const r of batch.reverse) {
    const at = locate(text, r, batch.partial);
    if (at < 0) lost++;
    else edits.push({ start: at, end: at + r.written.length, replacement: r.original });
  }
  edits.sort((a, b) => a.start - b.start);
  // Two reversals that land on the same text cannot both be right: keep the first.
  const out: Edit[] = [];
  let lastEnd = -1;
  for (const e of edits) {
    if (e.start < lastEnd || (out.length > 0 && e.start === lastEnd && e.start === e.end && out[out.length - 1]!.start === e.start)) {
      lost++;
      continue;
    }
    out.push(e);
    lastEnd = e.end;
  }
  return { edits: out, lost };
}

function batchChars(b: Batch): number {
  let n = b.label.length;
  for (const r of b.reverse) n += r.written.length + r.original.length + r.before.length + r.after.length;
  return n;
}

/** The undo and redo stacks (immutable values; the hook keeps the current one). */
export interface UndoState {
  undo: readonly Batch[];
  redo: readonly Batch[];
}

export const EMPTY_UNDO: UndoState = { undo: [], redo: [] };

/** Drop the oldest batches until the stack fits the limits. */
function bounded(list: readonly Batch[]): Batch[] {
  const out = list.slice(-MAX_BATCHES);
  let chars = out.reduce((n, b) => n + batchChars(b), 0);
  while (out.length > 1 && chars > MAX_CHARS) chars -= batchChars(out.shift()!);
  return out;
}

/** A new user action: onto the undo stack; the redo stack is cleared. Empty batches change nothing. */
export function pushDone(s: UndoState, b: Batch): UndoState {
  if (b.reverse.length === 0) return s;
  return { undo: bounded([...s.undo, b]), redo: [] };
}

/** After undoing the top batch: it leaves the undo stack; its own reverse (`redoBatch`) goes onto redo. */
export function afterUndo(s: UndoState, redoBatch: Batch | null): UndoState {
  const undo = s.undo.slice(0, -1);
  return { undo, redo: redoBatch && redoBatch.reverse.length ? bounded([...s.redo, redoBatch]) : s.redo.slice() };
}

/** After redoing the top redo batch: it leaves redo; its reverse goes back onto undo. */
export function afterRedo(s: UndoState, undoBatch: Batch | null): UndoState {
  const redo = s.redo.slice(0, -1);
  return { redo, undo: undoBatch && undoBatch.reverse.length ? bounded([...s.undo, undoBatch]) : s.undo.slice() };
}
