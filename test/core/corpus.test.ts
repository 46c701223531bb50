// All 77 real texts of ../shared/corpus: no crash, exact offsets for every finding, sane LIX and counts.
import { analyzeDoc } from "../../src/core/index";
import { parse } from "../../src/core/text/parse";
import { corpusTexts } from "./shared-data";
import { offsetProblems } from "./text/helpers";

const texts = corpusTexts();

test("the corpus has 77 texts", () => {
  expect(texts).toHaveLength(77);
});

describe.each(texts.map((t) => [t.file, t] as const))("%s", (_file, entry) => {
  const r = analyzeDoc(entry.text);

  test("offsets are exact for every token, sentence, paragraph and finding", () => {
    expect(offsetProblems(r.doc)).toEqual([]);
    const bad = r.findings.filter((f) => entry.text.slice(f.start, f.end) !== f.text || f.start < 0 || f.end > entry.text.length);
    expect(bad).toEqual([]);
    for (let i = 1; i < r.findings.length; i++) expect(r.findings[i - 1].start).toBeLessThanOrEqual(r.findings[i].start);
  });

  test("language is detected as labelled", () => {
    expect(r.language).toBe(entry.language);
  });

  test("LIX and counts are sane", () => {
    const s = r.stats;
    // An independent rough count: whitespace-separated chunks with a letter that are not web or e-mail addresses.
    const chunks = entry.text.split(/\s+/).filter((c) => /\p{L}/u.test(c) && !/@|^https?:|^www\.|\.(no|com|org)\b/i.test(c)).length;
    expect(Math.abs(s.words - chunks)).toBeLessThanOrEqual(2 + Math.ceil(chunks * 0.03));
    expect(s.sentences).toBeGreaterThanOrEqual(1);
    expect(s.sentences).toBeLessThanOrEqual(s.words);
    // Sentence count never exceeds the number of sentence marks plus lines (no splitting inside abbreviations).
    const marks = (entry.text.match(/[.!?:]/g) ?? []).length + entry.text.split(/\n/).length;
    expect(s.sentences).toBeLessThanOrEqual(marks);
    expect(s.longWords).toBeLessThanOrEqual(s.words);
    expect(s.lix).toBeGreaterThan(5);
    expect(s.lix).toBeLessThan(80);
    expect(s.lix).toBeCloseTo(s.avgSentenceLength + s.longWordPercent, 0);
  });

  test("no sentence ends right after a listed abbreviation or an ordinal before a month", () => {
    const doc = parse(entry.text);
    const wrong = doc.sentences.filter((s, i) => {
      const next = doc.sentences[i + 1];
      if (!next || next.paragraph !== s.paragraph) return false;
      return /(?:^|\s)(?:f\.eks\.|bl\.a\.|jf\.|kl\.|nr\.|ca\.|dvs\.|pga\.|tlf\.|iht\.)$/i.test(s.text) || /\b\d{1,2}\.$/.test(s.text) && /^(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\b/.test(next.text);
    });
    expect(wrong.map((s) => s.text)).toEqual([]);
  });
});
