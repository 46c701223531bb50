// Long words in the LIX sense (more than six letters), counted in code points of category L. The range forms
// read a token straight from the document text, so no string is made per token.
import { isLetterCode } from "./text/tokenize";

/** Letters in s[from, to), counting stops at `stop`. */
function countLetters(s: string, from: number, to: number, stop: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (isLetterCode(c) && ++n >= stop) return n;
  }
  return n;
}

/** Number of letters (code points of category L) in a word. */
export function letterCount(word: string): number {
  return countLetters(word, 0, word.length, Infinity);
}

/** ASCII and Latin-1 letters (general category L): 1 for a letter, 0 otherwise (index: code unit < 0x100). */
export const LATIN1_LETTER = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) LATIN1_LETTER[c] = isLetterCode(c) ? 1 : 0;

/** Is s[from, to) a long word: more than six letters? */
export function isLongWordAt(s: string, from: number, to: number): boolean {
  // Fewer than 7 UTF-16 units can never hold 7 letters; counting stops at the seventh letter.
  if (to - from <= 6) return false;
  // Fast path: Latin-1 only (nearly every Norwegian word).
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x100) return countLetters(s, from, to, 7) >= 7;
    letters += LATIN1_LETTER[c];
    if (letters >= 7) return true;
  }
  return false;
}

/** A long word in the LIX sense: more than six letters. */
export function isLongWord(word: string): boolean {
  return isLongWordAt(word, 0, word.length);
}
