// Line structure: which lines start a list item or a heading (lines are found by scanForParse).
import { K_NUMBER, K_WORD, type TokenStore } from "../model";

const SINGLE_LETTER = /^\p{L}$/u;
const ITEM_START = /^[\p{Lu}\p{Lt}«"“(]/u;
/** Bullets: every one is a single UTF-16 unit, so they are kept as char codes. */
const BULLETS = new Set([..."-–—•*·▪◦‣○●►▸■□✓✔→+"].map((c) => c.charCodeAt(0)));

/** The only UTF-16 unit of token i, or -1 when the token is longer (tokens are never empty). */
export function unitOf(text: string, store: TokenStore, i: number): number {
  const a = store.start[i];
  return store.end[i] - a === 1 ? text.charCodeAt(a) : -1;
}

/** /^\d{1,2}$/ on token i (\d without the u flag is ASCII 0-9). */
function isShortNumber(text: string, store: TokenStore, i: number): boolean {
  const a = store.start[i];
  const n = store.end[i] - a;
  if (n < 1 || n > 2) return false;
  for (let k = a; k < a + n; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** /^\p{L}$/u on token i: one code point is at most two units, so longer tokens need no regex. */
function isSingleLetter(text: string, store: TokenStore, i: number): boolean {
  const a = store.start[i];
  const b = store.end[i];
  return b - a <= 2 && SINGLE_LETTER.test(text.slice(a, b));
}

/**
 * Token count of the list marker that opens the line ("-", "•", "1.", "2)", "a)"), or 0 when the line is
 * not a list item. The marker must be followed by a space.
 */
export function listMarkerLength(text: string, store: TokenStore, from: number, to: number): number {
  if (to - from < 2) return 0;
  const { start, end, kind } = store;
  const first = from;
  const second = from + 1;
  if (BULLETS.has(unitOf(text, store, first))) {
    return start[second] > end[first] ? 1 : 0;
  }
  // "1." / "1)" / "a)" followed by a space and a capital letter (or anything for ")").
  if ((kind[first] === K_NUMBER && isShortNumber(text, store, first)) || (kind[first] === K_WORD && isSingleLetter(text, store, first))) {
    if (start[second] !== end[first]) return 0;
    if (to - from < 3) return 0;
    const third = from + 2;
    if (start[third] === end[second]) return 0;
    const mark = unitOf(text, store, second);
    if (mark === 0x29) return 2; // ")"
    if (mark === 0x2e && kind[first] === K_NUMBER && ITEM_START.test(text.slice(start[third], end[third]))) return 2;
  }
  return 0;
}

/** A Markdown-style heading ("# Title") on the line holding tokens [from, to). */
export function isHashHeading(text: string, store: TokenStore, from: number, to: number): boolean {
  const { start, end } = store;
  let i = from;
  while (i < to && unitOf(text, store, i) === 0x23 && (i === from || start[i] === end[i - 1])) i++;
  return i > from && i < to && i - from <= 6 && start[i] > end[i - 1];
}

/** The line of `text` that holds offset `at`, as [start, end) without its line break. */
export function lineSpanAt(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const end = text.indexOf("\n", at);
  return { start, end: end < 0 ? text.length : end };
}

/** The text of the line that holds offset `at`. */
export function lineTextAt(text: string, at: number): string {
  const l = lineSpanAt(text, at);
  return text.slice(l.start, l.end);
}
