import { analyze, analyzeDoc, sanitizeFindings, parse, applyEdits } from "../../src/core/index";
import { rules } from "../../src/core/rules/index";
import type { Finding } from "../../src/core/model";
import type { Rule } from "../../src/core/rules/types";

const B01 = `Vedrørende endret skatteoppgjør for inntektsåret 2024

Det vises til skatteoppgjøret for inntektsåret 2024, som ble tilstilt Dem i juni, og det meddeles herved at det etter en fornyet gjennomgang av de foreliggende opplysningene er foretatt en endring av skatteberegningen, hvilket medfører at det er fastsatt en restskatt på kr 14 280.

Restskatten skal erlegges innen 20. august 2025. KID-nummer og kontonummer fremgår av vedlagte betalingsinformasjon.

Med hilsen
Skatteetaten`;

/** Temporarily add test rules to the shared registry. */
function withRules<T>(extra: Rule[], fn: () => T): T {
  const before = rules.length;
  rules.push(...extra);
  try {
    return fn();
  } finally {
    rules.splice(before, extra.length);
  }
}

const finding = (start: number, end: number, text: string, rule = "test"): Finding => ({
  rule,
  severity: "info",
  start,
  end,
  text,
  message: "m",
  suggestions: [],
});

describe("analyze", () => {
  test("returns language, stats and findings", () => {
    const r = analyze(B01);
    expect(r.language).toBe("nb");
    expect(r.stats.words).toBeGreaterThan(50);
    expect(r.stats.sentences).toBe(6);
    expect(r.stats.lix).toBeGreaterThan(40);
    expect(Array.isArray(r.findings)).toBe(true);
  });

  test("a forced language wins over detection", () => {
    expect(analyze(B01, { language: "nn" }).language).toBe("nn");
    expect(analyze(B01, { language: "auto" }).language).toBe("nb");
  });

  test("findings are sorted and repaired or dropped so that text === input.slice(start, end)", () => {
    const i = B01.indexOf("Vedrørende");
    const j = B01.indexOf("herved");
    const bad: Rule = {
      id: "test-bad",
      run: () => [
        finding(j, j + 6, "herved"),
        finding(i, i + 10, "WRONG TEXT"),
        finding(-1, 3, "neg"),
        finding(5, B01.length + 10, "past end"),
        finding(10, 5, "reversed"),
        { ...finding(i, i + 10, "Vedrørende", "a-rule"), fix: { start: 0, end: 99999, replacement: "Om" } },
      ],
    };
    const all = withRules([bad], () => analyze(B01)).findings;
    // Real rules may report on B01 too; look at the test rule's findings.
    const r = { findings: all.filter((f) => f.rule === "test" || f.rule === "a-rule") };
    for (let k = 1; k < all.length; k++) expect(all[k - 1].start <= all[k].start).toBe(true);
    expect(r.findings.map((f) => [f.rule, f.start])).toEqual([
      ["a-rule", i],
      ["test", i],
      ["test", j],
    ]);
    for (const f of r.findings) expect(f.text).toBe(B01.slice(f.start, f.end));
    expect(r.findings[0].fix).toBeUndefined();
  });

  test("a rule that throws does not hide the others", () => {
    const boom: Rule = { id: "boom", run: () => { throw new Error("boom"); } };
    const ok: Rule = { id: "ok", run: (doc) => [finding(0, 3, doc.text.slice(0, 3), "ok")] };
    const r = withRules([boom, ok], () => analyze(B01));
    expect(r.findings.filter((f) => f.rule === "ok" || f.rule === "boom").map((f) => f.rule)).toEqual(["ok"]);
  });

  test("rules see the parsed document and their options; false disables a rule", () => {
    const seen: unknown[] = [];
    const spy: Rule = { id: "spy", run: (doc, ctx) => { seen.push([doc.sentences.length, ctx.options, ctx.locale]); return []; } };
    withRules([spy], () => analyze(B01, { locale: "en", ruleOptions: { spy: { max: 3 } } }));
    expect(seen).toEqual([[parse(B01).sentences.length, { max: 3 }, "en"]]);
    withRules([spy], () => analyze(B01, { ruleOptions: { spy: false } }));
    expect(seen).toHaveLength(1);
  });

  test("analyzeDoc also returns the document", () => {
    const r = analyzeDoc("Hei. Ha en fin dag.");
    expect(r.doc.sentences).toHaveLength(2);
    expect(r.stats.sentences).toBe(2);
  });

  test("safe fixes from findings apply cleanly", () => {
    const i = B01.indexOf("Vedrørende");
    const fixer: Rule = { id: "fixer", run: () => [{ ...finding(i, i + 10, "Vedrørende", "fixer"), fix: { start: i, end: i + 10, replacement: "Om" } }] };
    const r = withRules([fixer], () => analyze(B01));
    const out = applyEdits(B01, r.findings.filter((f) => f.rule === "fixer").flatMap((f) => (f.fix ? [f.fix] : [])));
    expect(out.startsWith("Om endret skatteoppgjør")).toBe(true);
    expect(out.slice(2)).toBe(B01.slice(10));
  });
});

describe("sanitizeFindings", () => {
  test("sorts by start, then end, then rule", () => {
    const text = "abcdefghij";
    const out = sanitizeFindings(text, [finding(2, 5, "cde", "b"), finding(2, 4, "cd", "z"), finding(2, 5, "cde", "a"), finding(0, 1, "a", "q")]);
    expect(out.map((f) => `${f.start}-${f.end}-${f.rule}`)).toEqual(["0-1-q", "2-4-z", "2-5-a", "2-5-b"]);
  });
});
