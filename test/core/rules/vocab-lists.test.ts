// The token lists rules walk instead of every token (rules/vocab.ts): classTokens() and knownTokens() must hold
// exactly the tokens a full scan would find, in order, for classes with a bit and for a class without one.
import { parse } from "../../../src/core/text/parse";
import { classTokens, docWords, isIn, knownTokens, wordClass, type WordClass } from "../../../src/core/rules/vocab";
import { lowerOf } from "../../../src/core/rules/util";
import { analyze } from "../../../src/core/index";

const TEXT = [
  "Kommunen foretar en vurdering av søknaden innen 14 dager, og AV og til tar det lenger tid.",
  "Foreta en gjennomgang av saken. Vi foretok en ny vurdering av klagen innen tre uker.",
  "Søker må sende inn av og på. I henhold til reglene sender vi brevet i posten.",
].join("\n\n");

function fullScan(doc: ReturnType<typeof parse>, c: WordClass): number[] {
  const dw = docWords(doc);
  const lw = lowerOf(doc);
  const out: number[] = [];
  for (let i = 0; i < dw.flags.length; i++) if (dw.flags[i] & 1 && isIn(dw, lw, i, c)) out.push(i);
  return out;
}

// Classes are registered when a rule module loads, before any document is read; so here too.
const av = wordClass(["av"]);
const light = wordClass(["foretar", "foreta", "foretok"]);

describe("token lists", () => {
  const doc = parse(TEXT, "nb");
  const dw = docWords(doc);
  const lw = lowerOf(doc);

  test("classTokens() lists the tokens of a class in order, whatever their case", () => {
    const list = Array.from(classTokens(dw, lw, av));
    expect(list).toEqual(fullScan(doc, av));
    expect(list.map((i) => doc.text.slice(doc.store.start[i], doc.store.end[i]))).toEqual(["av", "AV", "av", "av", "av"]);
    // Asked again: the same list (made once per document).
    expect(classTokens(dw, lw, av)).toBe(classTokens(dw, lw, av));
  });

  test("a class without a bit (the 31 bits taken) is found word by word, with the same result", () => {
    const noBit: WordClass = { bit: 0, words: light.words };
    expect(Array.from(classTokens(dw, lw, noBit))).toEqual(fullScan(doc, light));
    expect(Array.from(classTokens(dw, lw, noBit)).length).toBe(3);
  });

  test("knownTokens() holds exactly the tokens with a vocabulary id, ascending", () => {
    const known = Array.from(knownTokens(dw));
    const expected: number[] = [];
    for (let i = 0; i < dw.ids.length; i++) if (dw.ids[i] >= 0) expected.push(i);
    expect(known).toEqual(expected);
    expect(known.length).toBeGreaterThan(10);
    expect(known.length).toBeLessThan(dw.ids.length);
  });

  test("the rules that walk these lists still find what they find in a full pass: phrases, light verbs, noun + av, vague deadlines", () => {
    const rules = analyze(TEXT, { language: "nb" }).findings.map((f) => `${f.rule}:${f.text}`);
    expect(rules).toContain("nominalization:foretar en vurdering");
    expect(rules).toContain("nominalization:Foreta en gjennomgang");
    expect(rules).toContain("kanselli:I henhold til");
    expect(rules.some((r) => r.startsWith("vague-deadline:innen 14 dager"))).toBe(true);
  });
});
