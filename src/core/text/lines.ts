// Line structure: where lines start and end, and which lines start a list item or a heading.
import type { RawToken } from "./tokenize";

/**
 * Line structure as token boundaries: line k holds tokens [ends[k - 1], ends[k]) (with ends[-1] = 0). A flat
 * array of small integers instead of one object per line keeps the per-line cost at one array slot.
 */
export type LineEnds = number[];

/**
 * Split into lines and attach each token to its line: a token belongs to the line it starts on.
 * Line breaks: \r\n, \n, \r, vertical tab (Word's manual line break), form feed, NEL, line and paragraph separators.
 */
export function splitLines(text: string, tokens: RawToken[]): LineEnds {
  const ends: LineEnds = [];
  const n = text.length;
  const nt = tokens.length;
  let ti = 0;
  // A char-code loop instead of a global regex: no match array per line.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x0d ? c !== 0x85 && c !== 0x2028 && c !== 0x2029 : c < 0x0a) continue;
    while (ti < nt && tokens[ti].start < i) ti++;
    ends.push(ti);
    if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
  }
  ends.push(nt);
  return ends;
}

/** Bullets: every one is a single UTF-16 unit (lookups test the length first). */
const NUMBER_MARKER = /^\d{1,2}$/;
const SINGLE_LETTER = /^\p{L}$/u;
const ITEM_START = /^[\p{Lu}\p{Lt}«"“(]/u;
const BULLETS = new Set(["-", "–", "—", "•", "*", "·", "▪", "◦", "‣", "○", "●", "►", "▸", "■", "□", "✓", "✔", "→", "+"]);

/**
 * Token count of the list marker that opens the line ("-", "•", "1.", "2)", "a)"), or 0 when the line is
 * not a list item. The marker must be followed by a space.
 */
export function listMarkerLength(tokens: RawToken[], from: number, to: number): number {
  if (to - from < 2) return 0;
  const first = tokens[from];
  const second = tokens[from + 1];
  if (first.text.length === 1 && BULLETS.has(first.text)) {
    return second.start > first.end ? 1 : 0;
  }
  // "1." / "1)" / "a)" followed by a space and a capital letter (or anything for ")").
  if ((first.kind === "number" && NUMBER_MARKER.test(first.text)) || (first.kind === "word" && SINGLE_LETTER.test(first.text))) {
    if (second.start !== first.end) return 0;
    if (to - from < 3) return 0;
    const third = tokens[from + 2];
    if (third.start === second.end) return 0;
    if (second.text === ")") return 2;
    if (second.text === "." && first.kind === "number" && ITEM_START.test(third.text)) return 2;
  }
  return 0;
}

/** A Markdown-style heading ("# Title") on the line holding tokens [from, to). */
export function isHashHeading(tokens: RawToken[], from: number, to: number): boolean {
  let i = from;
  while (i < to && tokens[i].text === "#" && (i === from || tokens[i].start === tokens[i - 1].end)) i++;
  return i > from && i < to && i - from <= 6 && tokens[i].start > tokens[i - 1].end;
}
