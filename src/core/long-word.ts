// Long words in the LIX sense (more than six letters), counted in code points of category L.
import { isLetterCode } from "./text/tokenize";

/** Letters in word[0..] up to `stop` (counting stops there). */
function countLetters(word: string, stop: number): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < word.length) {
      const d = word.charCodeAt(i + 1);
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
  return countLetters(word, Infinity);
}

/** ASCII and Latin-1 letters (general category L), for the fast path of isLongWord. */
const LATIN1_LETTER = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) LATIN1_LETTER[c] = isLetterCode(c) ? 1 : 0;

/** A long word in the LIX sense: more than six letters. */
export function isLongWord(word: string): boolean {
  // Fewer than 7 UTF-16 units can never hold 7 letters; counting stops at the seventh letter.
  const n = word.length;
  if (n <= 6) return false;
  // Fast path: Latin-1 only (nearly every Norwegian word).
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x100) return countLetters(word, 7) >= 7;
    letters += LATIN1_LETTER[c];
    if (letters >= 7) return true;
  }
  return false;
}
