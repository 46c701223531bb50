// Line structure: where lines start and end, and which lines start a list item or a heading.
import type { RawToken } from "./tokenize";

export interface Line {
  start: number;
  /** End of the line content (before the line break). */
  end: number;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

// \r\n, \n, \r, vertical tab (Word's manual line break), form feed, NEL, line and paragraph separators.
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** Split into lines and attach each token to its line (tokens never cross a line break). */
export function splitLines(text: string, tokens: RawToken[]): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let ti = 0;
  const push = (s: number, e: number) => {
    const tokenStart = ti;
    while (ti < tokens.length && tokens[ti].start < e) ti++;
    lines.push({ start: s, end: e, tokenStart, tokenEnd: ti });
  };
  LINE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LINE_BREAK.exec(text)) !== null) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return lines;
}

/** Bullets: every one is a single UTF-16 unit (lookups test the length first). */
const BULLETS = new Set(["-", "–", "—", "•", "*", "·", "▪", "◦", "‣", "○", "●", "►", "▸", "■", "□", "✓", "✔", "→", "+"]);

/**
 * Token count of the list marker that opens the line ("-", "•", "1.", "2)", "a)"), or 0 when the line is
 * not a list item. The marker must be followed by a space.
 */
export function listMarkerLength(text: string, tokens: RawToken[], line: Line): number {
  if (line.tokenEnd - line.tokenStart < 2) return 0;
  const first = tokens[line.tokenStart];
  const second = tokens[line.tokenStart + 1];
  if (first.text.length === 1 && BULLETS.has(first.text)) {
    return second.start > first.end ? 1 : 0;
  }
  // "1." / "1)" / "a)" followed by a space and a capital letter (or anything for ")").
  if ((first.kind === "number" && /^\d{1,2}$/.test(first.text)) || (first.kind === "word" && /^\p{L}$/u.test(first.text))) {
    if (second.start !== first.end) return 0;
    if (line.tokenEnd - line.tokenStart < 3) return 0;
    const third = tokens[line.tokenStart + 2];
    if (third.start === second.end) return 0;
    if (second.text === ")") return 2;
    if (second.text === "." && first.kind === "number" && /^[\p{Lu}\p{Lt}«"“(]/u.test(third.text)) return 2;
  }
  return 0;
}

/** A Markdown-style heading ("# Title"). */
export function isHashHeading(tokens: RawToken[], line: Line): boolean {
  let i = line.tokenStart;
  while (i < line.tokenEnd && tokens[i].text === "#" && (i === line.tokenStart || tokens[i].start === tokens[i - 1].end)) i++;
  return i > line.tokenStart && i < line.tokenEnd && i - line.tokenStart <= 6 && tokens[i].start > tokens[i - 1].end;
}
