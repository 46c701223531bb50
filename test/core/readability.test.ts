import { readability, lixBand, isLongWord, letterCount, explainLix, lixReasons, lixBandLabel } from "../../src/core/readability";
import { parse } from "../../src/core/text/parse";
import type { ReadabilityStats } from "../../src/core/model";
import { evaluationDrafts, lixReferenceTable } from "./shared-data";

const stats = (text: string) => readability(parse(text));

describe("counting rules (plain-language.md §3.3)", () => {
  test("words are tokens with a letter; numbers, URLs, e-mail, § and dashes are not words", () => {
    const s = stats("Ring 23 45 67 89 eller skriv til post@nav.no – se nav.no/klage og § 21-3.");
    expect(s.words).toBe(6); // Ring eller skriv til se og
  });
  test("abbreviations count as one word each", () => {
    expect(stats("Ta med f.eks. pass, bl.a. kl. 9.").words).toBe(6);
  });
  test("long word: more than six letters, letters only", () => {
    expect(isLongWord("e-post")).toBe(false);
    expect(isLongWord("søknaden")).toBe(true);
    expect(isLongWord("KID-nummer")).toBe(true);
    expect(isLongWord("abc-def")).toBe(false);
    expect(isLongWord("nummer")).toBe(false);
    expect(isLongWord("Ma\u0301lselv")).toBe(true); // 7 letters + 1 combining mark
    expect(isLongWord("Ma\u0301lsel")).toBe(false); // 6 letters + mark
    expect(letterCount("𝐀𝐁𝐂")).toBe(3);
  });
  test("sentences without a word do not count", () => {
    const s = stats("Hei.\n- \n😀\n55 55 33 33");
    expect(s.sentences).toBe(1);
  });
  test("LIX formula on a small text", () => {
    // 2 sentences, 8 words, 2 long (søknaden, behandlet): 8/2 + 100*2/8 = 29
    const s = stats("Vi har fått søknaden din. Den blir behandlet nå.");
    expect([s.words, s.sentences, s.longWords]).toEqual([9, 2, 2]);
    expect(s.lix).toBeCloseTo(9 / 2 + (100 * 2) / 9, 1);
    expect(s.avgSentenceLength).toBe(4.5);
    expect(s.longWordPercent).toBeCloseTo(22.2, 1);
  });
  test("empty text gives zeros, never NaN", () => {
    const s = stats("");
    expect(s).toMatchObject({ words: 0, sentences: 0, longWords: 0, lix: 0, avgSentenceLength: 0, longWordPercent: 0, band: "very-easy", characters: 0, paragraphs: 0 });
  });
  test("characters are code points; paragraphs are counted", () => {
    const s = stats("😀 Hei.\n\nHå.");
    expect(s.characters).toBe(11);
    expect(s.paragraphs).toBe(2);
  });
});

describe("bands", () => {
  test.each([
    [0, "very-easy"],
    [29.9, "very-easy"],
    [30, "easy"],
    [39.9, "easy"],
    [40, "medium"],
    [50, "hard"],
    [59.99, "hard"],
    [60, "very-hard"],
    [95, "very-hard"],
  ])("%p -> %s", (lix, band) => {
    expect(lixBand(lix)).toBe(band);
  });
  test("labels in three languages", () => {
    expect(lixBandLabel("hard", "nb")).toBe("vanskelig");
    expect(lixBandLabel("hard", "nn")).toBe("vanskeleg");
    expect(lixBandLabel("hard", "en")).toBe("hard");
  });
});

describe("the 18 evaluation drafts match the reference counts of plain-language.md §3.5", () => {
  const table = lixReferenceTable();
  const drafts = evaluationDrafts();
  test("the note has 18 drafts and 18 table rows", () => {
    expect(drafts).toHaveLength(18);
    expect(table.size).toBe(18);
  });
  test.each(drafts.map((d) => [d.id, d.text] as const))("%s", (id, text) => {
    const ref = table.get(id)!;
    const s = stats(text);
    expect({ words: s.words, sentences: s.sentences, longWords: s.longWords, lix: s.lix }).toEqual(ref);
  });
});

describe("explainLix", () => {
  const base: ReadabilityStats = { words: 140, sentences: 6, longWords: 50, avgSentenceLength: 23.3, longWordPercent: 35.7, lix: 59, band: "hard", characters: 900, paragraphs: 4 };
  test("names both causes, the larger first", () => {
    // Both terms add to LIX one-to-one, so their excess over the targets (15 words, 25 %) is compared in LIX points.
    expect(lixReasons(base)).toEqual(["long-words", "long-sentences"]); // 10.7 > 8.3
    expect(lixReasons({ ...base, avgSentenceLength: 28, lix: 63.7 })).toEqual(["long-sentences", "long-words"]); // 13 > 10.7
    expect(lixReasons({ ...base, avgSentenceLength: 16, longWordPercent: 44, lix: 60 })).toEqual(["long-words", "long-sentences"]);
  });
  test("only long words", () => {
    expect(lixReasons({ lix: 45, avgSentenceLength: 10, longWordPercent: 35 })).toEqual(["long-words"]);
  });
  test("no reasons under 40", () => {
    expect(lixReasons({ lix: 35, avgSentenceLength: 14, longWordPercent: 21 })).toEqual([]);
  });
  test("text in bokmål, nynorsk and English", () => {
    const nb = explainLix(base, "nb");
    expect(nb).toContain("LIX 59 (vanskelig)");
    expect(nb).toContain("mange ord er lange (35,7 % har over seks bokstaver");
    expect(nb).toContain("setningene er lange (i snitt 23,3 ord");
    expect(nb).toContain("35,7 %");
    expect(explainLix(base, "nn")).toContain("setningane er lange");
    const en = explainLix(base, "en");
    expect(en).toContain("sentences are long (23.3 words on average");
    expect(en).toContain("High because");
  });
  test("an easy text says so without blaming", () => {
    const easy = stats("Hei! Du har fått et brev fra oss. Logg inn for å lese det.");
    expect(explainLix(easy, "nb")).not.toContain("Høy fordi");
    expect(explainLix(easy, "nb")).toMatch(/^LIX \d/);
  });
  test("a short text gets a caveat, a long one does not", () => {
    const sms = stats("Hei! Du har fått et vedtak fra Nav. Logg inn på Nav for å lese det. Vennlig hilsen Nav");
    expect(explainLix(sms, "nb")).toContain("Teksten er kort (19 ord), så LIX er usikker.");
    expect(explainLix(sms, "en")).toContain("short (19 words)");
    expect(explainLix(base, "nb")).not.toContain("kort");
  });
  test("no words", () => {
    expect(explainLix(stats(""), "en")).toBe("No words to measure.");
  });
});
