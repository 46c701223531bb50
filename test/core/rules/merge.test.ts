import { analyze } from "../../../src/core/index";
import { mergeSameSpan } from "../../../src/core/rules/merge";
import type { Finding } from "../../../src/core/model";

const f = (rule: string, start: number, end: number, extra: Partial<Finding> = {}): Finding => ({ rule, severity: "warning", start, end, text: "x".repeat(end - start), message: `${rule} says`, suggestions: [], ...extra });

describe("one word flagged by two rules is one finding with both reasons", () => {
  test("«benyttes»: kanselli (with its fix) and passive", () => {
    const fs = analyze("Skjemaet benyttes når du søker om tilskudd.").findings.filter((x) => x.text === "benyttes");
    expect(fs).toHaveLength(1);
    expect(fs[0].rule).toBe("kanselli");
    expect(fs[0].data?.rules).toEqual(["kanselli", "passive"]);
    expect((fs[0].data?.also as Array<{ rule: string; message: string }>)[0].rule).toBe("passive");
    expect(fs[0].message).toMatch(/passiv/);
    expect(fs[0].fix?.replacement).toBe("brukes");
  });
  test("turning one rule off leaves the other's finding alone", () => {
    const fs = analyze("Skjemaet benyttes når du søker.", { ruleOptions: { kanselli: false } }).findings.filter((x) => x.text === "benyttes");
    expect(fs.map((x) => [x.rule, x.data?.rules])).toEqual([["passive", undefined]]);
  });
  test("the higher severity wins; suggestions are joined; the primary is the first rule in the order", () => {
    const out = mergeSameSpan([f("passive", 0, 5, { severity: "info", suggestions: ["a"] }), f("kanselli", 0, 5, { suggestions: ["b", "a"], fix: { start: 0, end: 5, replacement: "b" } })].sort((x, y) => x.start - y.start), ["kanselli", "passive"]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ rule: "kanselli", severity: "warning", suggestions: ["b", "a"], fix: { replacement: "b" }, message: "kanselli says passive says" });
  });
  test("different spans, the same rule twice and sentence-long findings stay apart", () => {
    const input = [f("kanselli", 0, 5), f("passive", 0, 6), f("long-sentence", 0, 6), f("kanselli", 7, 9), f("kanselli", 7, 9)];
    expect(mergeSameSpan(input, ["kanselli", "passive"])).toBe(input);
  });
});
