// The rules read the token store and the shared per-token table (rules/vocab.ts), not token objects. These
// tests pin what that must not change: a Doc without a store gives the same findings, the vocabulary's shape
// pre-test never hides a word whatever its case, the flags say what they claim, and text with decomposed
// letters (a + U+030A for "å", as pasted from PDFs) is still matched against the NFC word lists.
import { parse } from "../../../src/core/text/parse";
import { analyze } from "../../../src/core/index";
import { rules } from "../../../src/core/rules/index";
import { compileLists, type LexList } from "../../../src/core/rules/lexicon";
import { docWords, F_CAPS2, F_DOT, F_ENDS_AST, F_ENDS_S, F_LONG, F_UPPER, F_WORD, vocabId } from "../../../src/core/rules/vocab";
import type { Doc, Finding } from "../../../src/core/model";
import nbKanselli from "../../../src/core/lexicon/nb/kanselli.json";

const SAMPLE = [
  "Vedrørende Deres søknad om startlån.",
  "Det henstilles til Dem å sende inn dokumentasjon snarest, jf. vedtaket av 12.03.2025.",
  "Søknaden behandles av kommunen, og den vil bli vurdert i henhold til forskriften.",
  "Foreta en vurdering av saken innen 14 dager. NAV-kontoret og AAP-mottakere får brev.",
  "Søkeren må betale på på kontonummer 1234.56.78903 eller ringe 22 33 44 55.",
].join("\n\n");

function runAll(doc: Doc): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (rule.languages && !rule.languages.includes(doc.language)) continue;
    for (const f of rule.run(doc, { language: doc.language, locale: "nb", options: {}, customWords: [] })) out.push(f);
  }
  return out;
}

describe("token store", () => {
  test("a Doc without a store (a copy made with spread) gives the same findings as the parsed one", () => {
    const doc = parse(SAMPLE, "nb");
    const copy = { ...doc, tokens: doc.tokens } as Doc;
    expect((copy as { store?: unknown }).store).toBeUndefined();
    const a = runAll(doc);
    expect(a.length).toBeGreaterThan(8);
    expect(runAll(copy)).toEqual(a);
  });

  test("lowerAt(i) is the token's lower-case form, with or without the whole array made", () => {
    const text = SAMPLE + " ÆRE Å ÅPNE https://NAV.no/Klage Post@Kommune.NO Čáhppes ½ İstanbul 🙂";
    const doc = parse(text, "nb");
    const before = Array.from({ length: doc.store.length }, (_, i) => doc.store.lowerAt(i));
    const objects = doc.tokens;
    expect(before).toEqual(objects.map((t) => t.lower));
    expect(doc.store.lower).toEqual(before);
    expect(before).toContain("https://nav.no/klage");
    expect(before).toContain("ære");
  });

  test("the rules never make the token objects or the full lower-case array", () => {
    const doc = parse(SAMPLE, "nb");
    const spy = jest.fn();
    const lowerSpy = jest.fn();
    Object.defineProperty(doc, "tokens", { get: spy, configurable: true });
    // Nor the array of every token's lower-case string: rules ask lowerAt() for the tokens they look at.
    Object.defineProperty(doc.store, "lower", { get: lowerSpy, configurable: true });
    expect(runAll(doc).length).toBeGreaterThan(8);
    expect(spy).not.toHaveBeenCalled();
    expect(lowerSpy).not.toHaveBeenCalled();
  });

  test("every first word of the bokmål kanselli list gets its vocabulary id in lower, Capitalised and UPPER case", () => {
    const firstWords = [...compileLists([nbKanselli as LexList]).byFirst.keys()].filter((w) => /^\p{L}+$/u.test(w));
    expect(firstWords.length).toBeGreaterThan(200);
    const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
    const text = firstWords.map((w) => `${w} ${cap(w)} ${w.toUpperCase()}`).join(" , ");
    const doc = parse(text, "nb");
    const dw = docWords(doc);
    const st = doc.store;
    let checked = 0;
    for (let i = 0; i < st.length; i++) {
      if (!(dw.flags[i] & F_WORD)) continue;
      const lower = text.slice(st.start[i], st.end[i]).toLowerCase();
      expect([lower, dw.ids[i]]).toEqual([lower, vocabId(lower)]);
      checked++;
    }
    expect(checked).toBe(firstWords.length * 3);
  });

  test("the flags say what they claim", () => {
    const text = "f.eks. NAV Øvrige arbeidsavklaringspenger kommunes handsamast hus";
    const doc = parse(text, "nb");
    const dw = docWords(doc);
    const byText = new Map<string, number>();
    for (let i = 0; i < doc.store.length; i++) byText.set(text.slice(doc.store.start[i], doc.store.end[i]), dw.flags[i]);
    const has = (w: string, f: number) => ((byText.get(w) ?? 0) & f) !== 0;
    expect(has("f.eks.", F_DOT)).toBe(true);
    expect(has("NAV", F_UPPER) && has("NAV", F_CAPS2)).toBe(true);
    expect(has("Øvrige", F_UPPER)).toBe(true);
    expect(has("Øvrige", F_CAPS2)).toBe(false);
    expect(has("arbeidsavklaringspenger", F_LONG)).toBe(true);
    expect(has("hus", F_LONG)).toBe(false);
    expect(has("kommunes", F_ENDS_S) && has("hus", F_ENDS_S)).toBe(true);
    expect(has("handsamast", F_ENDS_AST)).toBe(true);
    expect(has("NAV", F_DOT) || has("hus", F_UPPER)).toBe(false);
  });

  test("decomposed letters (a + U+030A) are matched against the word lists, with exact offsets", () => {
    const nfd = "Vi har gjort dette pa\u030A grunnlag av vedtaket. Det kan pa\u030Aregnes noe ventetid for samtlige søkere.";
    const { findings } = analyze(nfd, { language: "nb" });
    const kanselli = findings.filter((f) => f.rule === "kanselli").map((f) => f.text);
    expect(kanselli).toContain("pa\u030A grunnlag av");
    expect(kanselli.some((t) => t.startsWith("kan pa\u030Aregnes") || t === "pa\u030Aregnes")).toBe(true);
    expect(kanselli).toContain("samtlige");
    for (const f of findings) expect(f.text).toBe(nfd.slice(f.start, f.end));
  });
});
