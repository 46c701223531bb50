// Every corpus letter, notice, web text and post, and every evaluation draft of research/plain-language.md §7,
// becomes three variants: no invented facts, no personal data in SMS or post, SMS in GSM-7 and at most two
// parts, X length within 280. The share of one-part SMS is printed (the target is one part).
import { variants } from "../../../src/core/channels";
import { detectNationalIds, detectAccountNumbers, detectEmails } from "../../../src/core/detect";
import { corpus, evaluationDrafts } from "./shared";

const drafts = [
  ...corpus(["letter", "notice", "web", "post"]).map((e) => ({ id: e.id, text: e.text })),
  ...evaluationDrafts().map((d) => ({ id: d.id, text: d.text })),
];

const results = drafts.map((d) => ({ id: d.id, text: d.text, r: variants(d.text) }));

describe("corpus and evaluation drafts → three variants", () => {
  it("has all the texts", () => expect(drafts.length).toBeGreaterThanOrEqual(80));
  for (const { id, r } of results) {
    it(`${id}`, () => {
      for (const ch of ["letter", "sms", "post"] as const) {
        const v = r.variants[ch];
        expect(v.findings.filter((f) => f.rule === "facts-invented")).toEqual([]);
        for (const f of v.findings) expect(v.text.slice(f.start, f.end)).toBe(f.text);
      }
      const { sms, post } = r.variants;
      for (const t of [sms.text, post.text]) {
        expect(detectNationalIds(t)).toEqual([]);
        expect(detectAccountNumbers(t)).toEqual([]);
        expect(detectEmails(t).filter((e) => e.likelyPersonal)).toEqual([]);
      }
      expect(sms.text.length).toBeGreaterThan(0);
      expect(sms.encoding).toBe("GSM-7");
      expect(sms.segments).toBeGreaterThanOrEqual(1);
      expect(sms.segments).toBeLessThanOrEqual(2);
      // A mail-merge template's SMS keeps the merge field of the deadline ("Fristen er {fristDato}."), never another field.
      expect(sms.text.replace(/\{[^{}]*(?:dato|date|frist)[^{}]*\}/giu, "")).not.toMatch(/\{|\}/);
      expect(post.lengths.x).toBeLessThanOrEqual(280);
      if (r.audience.personal) {
        expect(post.text).toBe("");
        expect(post.unsuitable).toBeTruthy();
        expect(post.findings.map((f) => f.rule)).toContain("post-unsuitable");
      } else {
        expect(post.text.length).toBeGreaterThan(0);
      }
      expect(r.variants.letter.text.length).toBeGreaterThan(0);
    });
  }
  it("reports how many SMS fit in one part", () => {
    const one = results.filter((x) => x.r.variants.sms.segments === 1).length;
    // eslint-disable-next-line no-console
    console.log(`SMS in one part: ${one} of ${results.length}`);
    expect(one).toBeGreaterThan(results.length / 2);
  });
});

describe("the letter checks better than the draft", () => {
  const counted = ["kanselli", "passive", "formal-address", "long-sentence"];
  const { analyze } = require("../../../src/core") as typeof import("../../../src/core");
  const count = (t: string) => analyze(t).findings.filter((f) => counted.includes(f.rule)).length;
  for (const { id, text, r } of results) {
    it(`${id}: no more kanselli/passive/formal-address/long-sentence findings, fewer when the draft has safe fixes`, () => {
      const before = count(text);
      const after = count(r.variants.letter.text);
      expect(after).toBeLessThanOrEqual(before);
      const fixable = analyze(text).findings.filter((f) => counted.includes(f.rule) && f.fix).length;
      if (fixable > 0) expect(after).toBeLessThan(before);
    });
  }
});
