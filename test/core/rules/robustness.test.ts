// Bad input never throws, offsets are exact, fixes stay inside the text and apply cleanly.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { rules } from "../../../src/core/rules/index";
import { parse } from "../../../src/core/text/parse";
import { applyEdits } from "../../../src/core/edits";
import type { Finding, Language } from "../../../src/core/model";
import { SHARED, sharedFile } from "./helpers";

function runAll(text: string, language: Language): Finding[] {
  const doc = parse(text, language);
  return rules.flatMap((r) => (r.languages && !r.languages.includes(language) ? [] : r.run(doc, { language, locale: "nb", options: {}, customWords: [{ word: "x", alternative: "y" }] })));
}

function checkInvariants(text: string, fs: Finding[]): void {
  for (const f of fs) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.start).toBeLessThanOrEqual(f.end);
    if (f.fix) {
      expect(f.fix.start).toBeGreaterThanOrEqual(0);
      expect(f.fix.end).toBeLessThanOrEqual(text.length);
      expect(f.fix.start).toBeLessThanOrEqual(f.fix.end);
    }
  }
  // Safe fixes of one rule never overlap each other.
  const byRule = new Map<string, Finding[]>();
  for (const f of fs) if (f.fix) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  for (const list of byRule.values()) {
    const edits = list.map((f) => f.fix!).sort((a, b) => a.start - b.start);
    for (let k = 1; k < edits.length; k++) expect(edits[k].start).toBeGreaterThanOrEqual(edits[k - 1].end);
    expect(() => applyEdits(text, edits)).not.toThrow();
  }
}

const NASTY = ["", "   \n\n\t ", "😀😀👍🏽🇳🇴", "مرحبا بالعالم. שלום עולם.", "\u0000\u0001\u0007abc\u001b", "\ud800 lone \udc00 surrogates \ud83d", "på på på på", "De De Dem Deres", "f.eks.f.eks.", "a".repeat(5000), "ord ".repeat(20000), "...!!!???", "Søknaden\u0301 behandles\u200b nå.", "1234.56.78903 01010750160 kari@x.no"];

test.each(NASTY.map((s) => [JSON.stringify(s).slice(0, 40), s]))("nasty input %s never throws (nb, nn, en)", (_l, text) => {
  for (const lang of ["nb", "nn", "en"] as Language[]) checkInvariants(text, runAll(text, lang));
});

test("property: random text keeps the offset invariant", () => {
  const alphabet = fc.constantFrom(..."abcdeæøå ÆØÅ.,!?\n-–«»'’0123456789@ De Dem samt vedrørende behandles blir sendt på".split(""), " på ", " behandles ", " vedrørende ", " f.eks. ", " De ", " blir behandlet ", "\n\n", "😀", "\u0301");
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 400 }).map((a) => a.join("")), fc.constantFrom<Language>("nb", "nn", "en"), (text, lang) => {
      checkInvariants(text, runAll(text, lang));
    }),
    { numRuns: 300 },
  );
});

test("property: full Unicode strings never throw", () => {
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
      checkInvariants(text, runAll(text, "nb"));
    }),
    { numRuns: 300 },
  );
});

test("corpus: every rule on all 77 real texts, exact offsets and clean safe fixes", () => {
  const index: Array<{ file: string; language: string }> = JSON.parse(sharedFile("corpus", "index.json"));
  expect(index).toHaveLength(77);
  let total = 0;
  for (const e of index) {
    const text = readFileSync(join(SHARED, "corpus", e.file), "utf8");
    const lang: Language = e.language === "nn" ? "nn" : e.language === "en" ? "en" : "nb";
    const fs = runAll(text, lang);
    checkInvariants(text, fs);
    total += fs.length;
    // Applying every safe fix of one rule changes only the fixed ranges.
    const kans = fs.filter((f) => f.rule === "kanselli" && f.fix).map((f) => f.fix!);
    const fixed = applyEdits(text, kans);
    const delta = kans.reduce((d, x) => d + x.replacement.length - (x.end - x.start), 0);
    expect(fixed.length).toBe(text.length + delta);
  }
  expect(total).toBeGreaterThan(100);
});
