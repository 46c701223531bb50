// Line structure: which lines start a list item or a heading (lines are found by tokenizeForParse).
import type { RawToken } from "./tokenize";

const NUMBER_MARKER = /^\d{1,2}$/;
const SINGLE_LETTER = /^\p{L}$/u;
const ITEM_START = /^[\p{Lu}\p{Lt}«"“(]/u;
/** Bullets: every one is a single UTF-16 unit (lookups test the length first). */
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
