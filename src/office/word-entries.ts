/**
 * How the Word adapter remembers a paragraph it read, and how it finds a span of it again with Word's
 * search. Pure: no Office globals.
 *
 * Word's search sees the current text only: tracked deletions are skipped and a hit never runs across
 * one (office-js#5874), while `paragraph.text` holds the deleted text when revisions are shown inline
 * (office-js#2314). So each paragraph keeps both texts — `raw` (paragraph.text) and `cur` (its reviewed
 * "Current" text, WordApi 1.4) — with a map from `cur` to `raw`, and occurrences are counted in a "search
 * view": `cur` with a barrier wherever a deletion sat, exactly what search can match.
 */
import { hasControlChars, makeOccurrenceLocator, type NormalizedText } from "./text-map";

/** One Word paragraph as it was read. */
export interface ParaEntry {
  /** Index in body.paragraphs at read time (-1 when it could not be placed). */
  index: number;
  /** paragraph.text at read time: the stale check compares against this. */
  raw: string;
  /** The paragraph's current text (tracked deletions left out); equals raw without tracked changes. */
  cur: string;
  /** cur index → raw index (cur.length + 1 entries); null when cur === raw. */
  map: number[] | null;
  /** The analysed part of cur (the whole paragraph, or the selected part). */
  seg: string;
  /** Where seg starts inside cur (-1 when unknown: such spans are never written). */
  segOffset: number;
  /** Offset of this paragraph in the snapshot text. */
  normStart: number;
  norm: NormalizedText;
}

/** What search can see of a paragraph: cur with U+FFFF where a tracked deletion sat. */
export interface SearchView {
  text: string;
  /** cur index → view index (cur.length + 1 entries). */
  pos: number[];
}

export const BARRIER = "\uffff";

/**
 * Greedy alignment of `cur` as a subsequence of `raw` (raw = cur plus tracked deletions shown inline);
 * null when cur is not a subsequence (then spans of this paragraph are never written). When the same
 * characters could be the deleted ones, the guess may be off by a word; the write-time offset check
 * (word.ts) catches that and reports the fix as unconfirmed.
 */
export function alignCurrent(raw: string, cur: string): number[] | null {
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < raw.length && j < cur.length; i++) {
    if (raw[i] === cur[j]) {
      map.push(i);
      j++;
    }
  }
  if (j !== cur.length) return null;
  map.push(raw.length);
  return map;
}

export function viewOf(cur: string, map: number[] | null): SearchView {
  if (!map) {
    const pos = Array.from({ length: cur.length + 1 }, (_, i) => i);
    return { text: cur, pos };
  }
  let text = "";
  const pos: number[] = [];
  for (let i = 0; i < cur.length; i++) {
    if (i > 0 && map[i]! > map[i - 1]! + 1) text += BARRIER;
    pos.push(text.length);
    text += cur[i];
  }
  pos.push(text.length);
  return { text, pos };
}

const views = new WeakMap<ParaEntry, SearchView>();

export function entryView(entry: ParaEntry): SearchView {
  let v = views.get(entry);
  if (!v) {
    v = viewOf(entry.cur, entry.map);
    views.set(entry, v);
  }
  return v;
}

/** Raw position (in paragraph.text) of cur position `i`. */
export function rawPos(entry: Pick<ParaEntry, "map">, i: number): number {
  return entry.map ? entry.map[i]! : i;
}

/** How to find a span again: one search, or head + tail searches joined with expandTo. */
export interface Locator {
  /** The text the span holds. */
  old: string;
  parts: Array<{ needle: string; k: number }>;
}

/**
 * Locator for cur[at, at + old.length) in a search view; null when search cannot address it by
 * occurrence (overlapping matches), "tracked-changes" when the span runs across a tracked deletion.
 */
export function locateInView(view: SearchView, at: number, old: string): Locator | "tracked-changes" | null {
  const vs = view.pos[at]!;
  const ve = view.pos[at + old.length]!;
  if (ve - vs !== old.length) return "tracked-changes";
  return makeOccurrenceLocator(view.text, vs, old);
}

/** Locator for a span given in seg coordinates of a paragraph entry. */
export function locatorFor(entry: ParaEntry, segStart: number, old: string): Locator | "tracked-changes" | null {
  if (entry.segOffset < 0) return "tracked-changes";
  if (!old || hasControlChars(old)) return null;
  return locateInView(entryView(entry), entry.segOffset + segStart, old);
}
