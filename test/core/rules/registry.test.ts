import { rules, runRules } from "../../../src/core/rules/index";
import { parse } from "../../../src/core/text/parse";

test("the registry holds the nine rule ids of DESIGN.md plus vague-deadline, reader-address, nynorsk-form and bokmal-form, each once", () => {
  expect(rules.map((r) => r.id).sort()).toEqual(["abbreviation", "bokmal-form", "formal-address", "kanselli", "long-paragraph", "long-sentence", "nominalization", "nynorsk-form", "passive", "personal-data", "reader-address", "repeated-word", "vague-deadline"]);
});

test("runRules: a rule set to false is skipped; options reach the rule", () => {
  const doc = parse("Vi skriver vedrørende søknaden din, og søknaden behandles nå av oss i kommunen.", "nb");
  const all = runRules(doc, { locale: "nb" });
  expect(all.some((f) => f.rule === "kanselli")).toBe(true);
  expect(all.some((f) => f.rule === "passive")).toBe(true);
  const some = runRules(doc, { locale: "nb", ruleOptions: { kanselli: false } });
  expect(some.some((f) => f.rule === "kanselli")).toBe(false);
  expect(some.some((f) => f.rule === "passive")).toBe(true);
  const strict = runRules(doc, { locale: "nb", ruleOptions: { "long-sentence": { max: 5, infoFrom: 4 } } });
  expect(strict.find((f) => f.rule === "long-sentence")?.severity).toBe("warning");
});

test("runRules: customWords reach the kanselli rule", () => {
  const doc = parse("Husk egenerklæringen.", "nb");
  const fs = runRules(doc, { locale: "nb", customWords: [{ word: "egenerklæringen", alternative: "skjemaet" }] });
  expect(fs.find((f) => f.rule === "kanselli")?.suggestions).toEqual(["skjemaet"]);
});

test("English text: only language-neutral rules, the English lists and the English passive run", () => {
  const doc = parse("We hereby inform you that your application, e.g. the form, is processed prior to the meeting.", "en");
  const ids = new Set(runRules(doc, { locale: "en" }).map((f) => f.rule));
  expect(ids.has("passive")).toBe(true);
  expect(ids.has("nynorsk-form")).toBe(false);
  expect(ids.has("bokmal-form")).toBe(false);
  expect(ids.has("formal-address")).toBe(false);
  expect(ids.has("kanselli")).toBe(true);
  expect(ids.has("abbreviation")).toBe(true);
});
