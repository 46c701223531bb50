import { longSentenceRule } from "../../../src/core/rules/long-sentence";
import { longParagraphRule } from "../../../src/core/rules/long-paragraph";
import { run } from "./helpers";

const words = (n: number) => Array.from({ length: n }, (_, i) => ["søknaden", "din", "om", "plass", "er", "mottatt", "og", "behandles"][i % 8]).join(" ");
const sentence = (n: number) => {
  const w = words(n);
  return w.charAt(0).toUpperCase() + w.slice(1) + ".";
};

describe("long-sentence", () => {
  test("over 25 words is a warning, 20–25 is info, under 20 nothing", () => {
    expect(run(longSentenceRule, sentence(26)).map((f) => f.severity)).toEqual(["warning"]);
    expect(run(longSentenceRule, sentence(25)).map((f) => f.severity)).toEqual(["info"]);
    expect(run(longSentenceRule, sentence(20)).map((f) => f.severity)).toEqual(["info"]);
    expect(run(longSentenceRule, sentence(19))).toEqual([]);
  });
  test("the finding spans the sentence and reports the count", () => {
    const text = `Kort setning. ${sentence(30)} Slutt.`;
    const [f] = run(longSentenceRule, text);
    expect(f.text).toBe(sentence(30));
    expect(f.data?.words).toBe(30);
    expect(f.message).toContain("30 ord");
  });
  test("options max and infoFrom", () => {
    expect(run(longSentenceRule, sentence(16), "nb", { max: 15, infoFrom: 10 }).map((f) => f.severity)).toEqual(["warning"]);
    expect(run(longSentenceRule, sentence(12), "nb", { max: 15, infoFrom: 10 }).map((f) => f.severity)).toEqual(["info"]);
  });
  test("abbreviations and dates do not split a sentence: 'kl. 09.00' and '1. mars'", () => {
    const text = "Du må møte kl. 09.00 den 1. mars på kontoret i Storgata, f.eks. sammen med en venn, og ta med pass, bankkort, legeerklæring og skjemaet du fikk i posten.";
    const [f] = run(longSentenceRule, text);
    expect(f.text).toBe(text);
  });
  test("numbers are not counted as words", () => {
    expect(run(longSentenceRule, `${sentence(19).slice(0, -1)} 1 2 3 4 5 6 7 8.`)).toEqual([]);
  });
});

describe("long-paragraph", () => {
  test("more than 5 sentences", () => {
    const p = Array.from({ length: 6 }, () => "Vi har mottatt søknaden.").join(" ");
    const [f] = run(longParagraphRule, `${p}\n\nKort avsnitt.`);
    expect(f.text).toBe(p);
    expect(f.severity).toBe("info");
    expect(f.data?.sentences).toBe(6);
  });
  test("more than 100 words in fewer sentences", () => {
    const p = [sentence(40), sentence(40), sentence(30)].join(" ");
    const [f] = run(longParagraphRule, p);
    expect(f.data?.words).toBe(110);
    expect(f.message).toContain("110 ord");
  });
  test("a short paragraph is fine; options are honoured", () => {
    const p = "Vi har mottatt søknaden. Den behandles nå. Du får svar i mai.";
    expect(run(longParagraphRule, p)).toEqual([]);
    expect(run(longParagraphRule, p, "nb", { maxSentences: 2 })).toHaveLength(1);
  });
});
