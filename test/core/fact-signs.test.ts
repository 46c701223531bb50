// FactSigns (the fact guard's counts for texts with many fixes) gives the answers of reading each window.
import fc from "fast-check";
import { FactSigns } from "../../src/core/fact-signs";

// fact-guard.ts's word test for a window without a digit, "@" or period.
const DEADLINE_WORDS = /\b(uke|uker|veke|veker|week|weeks|dag|dagar|dager|days|måned|måneder|månad|månader|months?)\b/i;

/** The window read character by character: a digit or "@", a period, and the deadline-word test. */
function plain(text: string, a: number, b: number): { sign: boolean; dot: boolean; word: boolean } {
  const part = text.slice(a, b);
  return { sign: /[0-9@]/.test(part), dot: part.includes("."), word: DEADLINE_WORDS.test(part) };
}

const PIECES = ["uke", "UKER", "veke", "week", "Weeks", "dag", "dager", "days", "måned", "MÅNED", "månader", "month", "months", "månedays", "ukeveke", "x", "a", " ", ".", "@", "7", "-", "\n", "å", "e", "k"];

describe("FactSigns", () => {
  test("answers as the window read character by character", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join("");
        const a = text.length ? x % (text.length + 1) : 0;
        const b = a + (text.length - a ? y % (text.length - a + 1) : 0);
        const s = new FactSigns(text);
        const p = plain(text, a, b);
        expect(s.digitOrAt(a, b)).toBe(p.sign);
        expect(s.dot(a, b)).toBe(p.dot);
        // Where no deadline word may start, the test fails; where it passes, one may.
        if (!s.deadlineWordMayBeIn(a, b)) expect(p.word).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  test("a word that starts inside another is found", () => {
    const text = "månedays";
    expect(new FactSigns(text).deadlineWordMayBeIn(4, 8)).toBe(true);
    expect(DEADLINE_WORDS.test(text.slice(4, 8))).toBe(true);
  });
});
