// The labelled rule set (test/eval/rules, npm run eval:rules) as a test: the targets of issue 13 hold, and
// every example the issue names is in the set.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/core/index";
import { parseJsonl, parseMarked, scoreRecord, summarise, type Miss } from "../../../bench/eval-rules-lib";

const dir = join(__dirname, "..", "..", "eval", "rules");
const records = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => parseJsonl(readFileSync(join(dir, f), "utf8"), f));

test("the set is big enough: ≥ 150 nb, ≥ 80 nn, ≥ 40 en sentences", () => {
  const count = (l: string) => records.filter((r) => r.lang === l).length;
  expect(count("nb")).toBeGreaterThanOrEqual(150);
  expect(count("nn")).toBeGreaterThanOrEqual(80);
  expect(count("en")).toBeGreaterThanOrEqual(40);
  expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
});

test("overall precision ≥ 0.97 and recall ≥ 0.9", () => {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const misses: Miss[] = [];
  for (const rec of records) {
    const { text, labels } = parseMarked(rec.s);
    scoreRecord(rec, text, labels, analyze(text, { language: rec.lang }).findings, counts, misses);
  }
  const { overall } = summarise(counts);
  expect(overall.precision).toBeGreaterThanOrEqual(0.97);
  expect(overall.recall).toBeGreaterThanOrEqual(0.9);
});

test("every example of issue 13 is in the set", () => {
  const texts = records.map((r) => parseMarked(r.s).text);
  for (const example of [
    "gjør vi oppmerksom på", "gjør innledningsvis oppmerksom på", "Vi gjør Dem oppmerksom på", "vert i morgon vegen stengd", "kan disse rettes til",
    "igangsatt", "inngi merknader", "Under henvisning til", "grunnet", "Ved spørsmål",
    "meir politi til stades", "utover kvelden", "lassar som blir ledige", "blir enkelt", "trykk HER", "Ytterligere", "benyttes",
    " fra ", "hovedregelen", "Norge", "venter", "kun", "Husk",
    "will be sent", "must be submitted", "is required to be",
    "010307-49843", "01.03.07 49843", "01 03 07 49843", "010307 498 43", "fnr:01030749843", "1234.56.78903", "@gmail.com", "postmottak@fjordvik.kommune.no",
  ]) {
    expect([example, texts.some((t) => t.includes(example))]).toEqual([example, true]);
  }
});

test("the markup: nested labels, must / must-not / may", () => {
  const { text, labels } = parseMarked("Vi [gjør [Dem]{formal-address} oppmerksom på]{kanselli} og [HER]{!abbreviation} [er]{?passive}.");
  expect(text).toBe("Vi gjør Dem oppmerksom på og HER er.");
  expect(labels.map((l) => [l.rule, l.mark, l.text])).toEqual([
    ["formal-address", "must", "Dem"],
    ["kanselli", "must", "gjør Dem oppmerksom på"],
    ["abbreviation", "not", "HER"],
    ["passive", "may", "er"],
  ]);
});
