import fc from "fast-check";
import type { Edit, Finding, ReadabilityStats } from "../../src/core/model";
import { lixReasons } from "../../src/core/readability";
import { atSentenceStart, findingKeys, groupByRule, lixReason, placeCase, selectSafeFixes, suggestionEdit, usableSuggestions } from "../../src/taskpane/check/findings";

const text = "Vedrørende saken: vi vil herved foreta en vurdering av saken vedrørende vann.";
function f(rule: string, word: string, from = 0, extra: Partial<Finding> = {}): Finding {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`no ${word}`);
  return { rule, severity: "warning", start, end: start + word.length, text: word, message: `m ${word}`, suggestions: [], ...extra };
}

describe("groupByRule", () => {
  it("groups findings by rule in the reading order of rules, each group sorted by position", () => {
    const later = f("kanselli", "vedrørende", 10);
    const first = f("kanselli", "Vedrørende");
    const groups = groupByRule([later, f("mystery", "vann"), f("long-sentence", "vi vil"), first]);
    expect(groups.map((g) => g.rule)).toEqual(["long-sentence", "kanselli", "mystery"]);
    expect(groups[1].findings).toEqual([first, later]);
  });
  it("puts groups with errors first and groups with only tips last", () => {
    const tipOnly = f("personal-data", "vann", 0, { severity: "info" });
    const error = f("repeated-word", "saken", 0, { severity: "error" });
    const groups = groupByRule([tipOnly, f("kanselli", "herved"), error]);
    expect(groups.map((g) => g.rule)).toEqual(["repeated-word", "kanselli", "personal-data"]);
  });
});

describe("findingKeys", () => {
  it("tells repeated occurrences apart and does not depend on offsets", () => {
    const a = [f("kanselli", "Vedrørende"), f("kanselli", "vedrørende", 10), f("kanselli", "herved")];
    const keys = findingKeys(a);
    expect(new Set(keys).size).toBe(3);
    const shifted = a.map((x) => ({ ...x, start: x.start + 5, end: x.end + 5 }));
    expect(findingKeys(shifted)).toEqual(keys);
  });
});

describe("case of replacements (the blocker: «Deres» → «din», not «Din»)", () => {
  const formal = (sentence: string, word: string, suggestions: string[]): { f: Finding; text: string } => {
    const start = sentence.indexOf(word);
    return { text: sentence, f: { rule: "formal-address", severity: "warning", start, end: start + word.length, text: word, message: "m", suggestions } };
  };
  it("takes the lexicon's case inside a sentence", () => {
    const { f, text: s } = formal("Vi har godkjent Deres søknad.", "Deres", ["din", "ditt", "dine", "deres"]);
    const initial = atSentenceStart(s, f.start);
    expect(initial).toBe(false);
    expect(usableSuggestions(f, initial)).toEqual(["din", "ditt", "dine", "deres"]);
    expect(suggestionEdit(f, "din", initial)).toEqual({ start: f.start, end: f.end, replacement: "din" });
    const g = formal("Nå kan De kontakte oss.", "De", ["du", "dere"]).f;
    expect(suggestionEdit(g, "du", atSentenceStart("Nå kan De kontakte oss.", g.start))).toMatchObject({ replacement: "du" });
  });
  it("never hides «deres» because it differs from «Deres» only in case", () => {
    const { f } = formal("Vi har godkjent Deres søknad.", "Deres", ["din", "deres"]);
    expect(usableSuggestions(f, false)).toContain("deres");
  });
  it("raises only the first letter at a sentence start, and keeps the lexicon's own capitals", () => {
    expect(placeCase("om", true)).toBe("Om");
    expect(placeCase("NAV-kontoret", false)).toBe("NAV-kontoret");
    expect(placeCase("øyeblikkelig", true)).toBe("Øyeblikkelig");
    expect(placeCase("", true)).toBe("");
    const s = "Hei. «Vedrørende saken» står her.\nVedrørende mer: se under.";
    expect(atSentenceStart(s, 0)).toBe(true);
    expect(atSentenceStart(s, s.indexOf("Vedrørende"))).toBe(true); // after ". «"
    expect(atSentenceStart(s, s.lastIndexOf("Vedrørende"))).toBe(true); // new line
    expect(atSentenceStart(s, s.indexOf("saken"))).toBe(false);
    // With the checker's sentence span: only the span's start counts.
    expect(atSentenceStart("12. mai kommer", 4, 0)).toBe(false);
    expect(atSentenceStart("12. mai kommer", 4)).toBe(true);
  });
  it("builds the edit for a chosen suggestion on the finding's span", () => {
    const fi = f("kanselli", "Vedrørende", 0, { suggestions: ["om", "angående"] });
    expect(suggestionEdit(fi, "om", true)).toEqual({ start: 0, end: 10, replacement: "Om" });
  });
  it("offers only distinct suggestions that change the text", () => {
    const fi = f("kanselli", "herved", 0, { suggestions: ["", "herved", "nå", "nå", "  "] });
    expect(usableSuggestions(fi)).toEqual(["nå"]);
  });
});

describe("groupByRule with a huge group", () => {
  it("handles 150,000 findings of one rule (no Math.min(...spread) overflow)", () => {
    const many: Finding[] = Array.from({ length: 150_000 }, (_, i) => ({ rule: "kanselli", severity: i === 149_999 ? "error" : "info", start: i, end: i + 1, text: "x", message: "m", suggestions: [] }));
    const groups = groupByRule(many);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.findings).toHaveLength(150_000);
  });
});

describe("selectSafeFixes", () => {
  it("takes every fix in text order and drops overlapping or invalid ones", () => {
    const a = f("kanselli", "Vedrørende", 0, { fix: { start: 0, end: 10, replacement: "Om" } });
    const b = f("kanselli", "herved", 0, { fix: { start: text.indexOf("herved"), end: text.indexOf("herved") + 6, replacement: "nå" } });
    const overlap = f("nominalization", "vil herved foreta", 0, { fix: { start: text.indexOf("vil"), end: text.indexOf("foreta") + 6, replacement: "vil" } });
    const outOfRange = f("kanselli", "vann", 0, { fix: { start: text.length, end: text.length + 3, replacement: "x" } });
    const noFix = f("passive", "saken");
    const fixes = selectSafeFixes([b, overlap, a, outOfRange, noFix], text.length);
    expect(fixes.map((e) => e.replacement)).toEqual(["Om", "vil"]);
    // No two chosen edits overlap.
    for (let i = 1; i < fixes.length; i++) expect(fixes[i].start).toBeGreaterThanOrEqual(fixes[i - 1].end);
  });
});

describe("findingKeys, groupByRule and selectSafeFixes for long lists", () => {
  // What they did before they were made linear for 100,000-word drafts (a sort of every finding; a
  // scan of the chosen fixes for each fix): the results must not change.
  const keysBefore = (findings: readonly Finding[]) => {
    const seen = new Map<string, number>();
    const keys: string[] = new Array(findings.length);
    for (const { x, i } of findings.map((x, i) => ({ x, i })).sort((a, b) => a.x.start - b.x.start || a.i - b.i)) {
      const base = `${x.rule}\u0000${x.text}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      keys[i] = `${base}\u0000${n}`;
    }
    return keys;
  };
  const fixesBefore = (edits: Edit[]) => {
    const out: Edit[] = [];
    let lastEnd = -1;
    for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
      if (e.start < lastEnd || (e.start === lastEnd && e.start === e.end)) continue;
      if (out.some((o) => o.start === e.start && o.end === e.end)) continue;
      out.push(e);
      lastEnd = e.end;
    }
    return out;
  };
  const span = fc.tuple(fc.nat(30), fc.nat(4)).map(([start, len]) => ({ start, end: start + len }));
  const finding = fc.record({ span, rule: fc.constantFrom("kanselli", "passive"), text: fc.constantFrom("a", "b"), fix: fc.option(fc.constantFrom("", "x"), { nil: undefined }) }).map(
    ({ span, rule, text, fix }): Finding => ({ ...span, rule, text, severity: "warning", message: "m", suggestions: [], ...(fix === undefined ? {} : { fix: { ...span, replacement: fix } }) }),
  );

  it("give what they gave before, in any order, sorted or not", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), fc.boolean(), (list, sorted) => {
        const findings = sorted ? [...list].sort((a, b) => a.start - b.start) : list;
        expect(findingKeys(findings)).toEqual(keysBefore(findings));
        for (const g of groupByRule(findings)) expect(g.findings).toEqual(findings.filter((x) => x.rule === g.rule).sort((a, b) => a.start - b.start || a.end - b.end));
        const edits = findings.map((x) => x.fix).filter((e): e is Edit => !!e);
        expect(selectSafeFixes(findings, 40)).toEqual(fixesBefore(edits.filter((e) => e.end <= 40)));
      }),
      { numRuns: 500 },
    );
  });
});

describe("lixReason", () => {
  const stats = (over: Partial<ReadabilityStats>): ReadabilityStats => ({
    words: 100, sentences: 5, longWords: 30, avgSentenceLength: 20, longWordPercent: 30, lix: 50, band: "hard", characters: 600, paragraphs: 2, ...over,
  });
  it("names long sentences when they are the cause", () => {
    expect(lixReason(stats({ avgSentenceLength: 30, longWordPercent: 20, lix: 50 }))?.kind).toBe("sentences");
  });
  it("names long words when they are the cause", () => {
    expect(lixReason(stats({ avgSentenceLength: 12, longWordPercent: 40, lix: 52 }))?.kind).toBe("words");
  });
  it("names both when both are above target", () => {
    expect(lixReason(stats({ avgSentenceLength: 25, longWordPercent: 35, lix: 60 }))?.kind).toBe("both");
  });
  it("agrees with the core's lixReasons (what the CLI prints) everywhere on a grid", () => {
    for (let avg = 5; avg <= 40; avg += 2.5) {
      for (let pct = 10; pct <= 60; pct += 2.5) {
        const s = stats({ avgSentenceLength: avg, longWordPercent: pct, lix: avg + pct });
        const core = lixReasons(s);
        const ours = lixReason(s);
        const expected = core.length === 0 ? null : core.length === 2 ? "both" : core[0] === "long-sentences" ? "sentences" : "words";
        expect(ours?.kind ?? null).toBe(expected);
      }
    }
  });
  it("gives no reason for an easy text", () => {
    expect(lixReason(stats({ avgSentenceLength: 10, longWordPercent: 20, lix: 30, band: "easy" }))).toBeNull();
  });
});
