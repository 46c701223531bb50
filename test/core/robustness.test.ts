import fc from "fast-check";
import { analyze, parse, applyEdits, safeFixes } from "../../src/core/index";
import type { AnalysisResult } from "../../src/core/model";
import { offsetProblems } from "./text/helpers";

/** Problems with a result (empty when every invariant holds); plain loops, one expect per call. */
function resultProblems(input: string, r: AnalysisResult): string[] {
  const problems: string[] = [];
  r.findings.forEach((f, i) => {
    if (!(f.start >= 0 && f.end <= input.length && f.start <= f.end)) problems.push(`finding ${i} out of range`);
    else if (input.slice(f.start, f.end) !== f.text) problems.push(`finding ${i} text differs from input.slice(start, end)`);
    if (i > 0 && r.findings[i - 1].start > f.start) problems.push(`finding ${i} out of order`);
  });
  for (const [k, v] of Object.entries(r.stats)) if (typeof v === "number" && !Number.isFinite(v)) problems.push(`stats.${k} is ${v}`);
  if (!["nb", "nn", "en"].includes(r.language)) problems.push(`language ${r.language}`);
  return problems;
}

function checkResult(input: string, r: AnalysisResult): void {
  expect(resultProblems(input, r)).toEqual([]);
}

function fullCheck(input: string): void {
  const r = analyze(input);
  checkResult(input, r);
  expect(offsetProblems(parse(input))).toEqual([]);
  // Applying every safe fix changes only the fixed ranges.
  const fixes = safeFixes(r.findings, input.length);
  const out = applyEdits(input, fixes);
  if (fixes.length === 0) expect(out).toBe(input);
  else {
    expect(out.startsWith(input.slice(0, fixes[0].start))).toBe(true);
    expect(out.endsWith(input.slice(fixes[fixes.length - 1].end))).toBe(true);
  }
}

describe("bad input never throws and offsets stay exact", () => {
  test.each([
    ["empty", ""],
    ["whitespace only", " \n\t\r\n \u00a0\u2003\n\n"],
    ["emoji only", "😀👍🏽👩‍👩‍👧🇳🇴1️⃣❤️‍🔥"],
    ["RTL (Arabic and Hebrew) with Norwegian", "مرحبا بكم في نافذة. שלום עולם! Søknaden din er mottatt."],
    ["bidi controls", "\u202eVedrørende\u202c saken \u2066og\u2069 Deres svar."],
    ["control characters", "Hei\u0000 du\u0007.\u001b[31mRødt\u001b[0m. Vedrørende\u0008 saken.\f\v"],
    ["lone surrogates", "Vedrørende \ud800 saken \udc00. Deres\ud83d svar.\ude00"],
    ["combining marks alone", "\u0301\u0308 e\u0301 \u0301."],
    ["zero-width characters", "Vedr\u200børende\u200d saken\ufeff. De\u00adres svar."],
    ["only punctuation", "...!!!???,,,;;;:::---«»()[]"],
    ["very long word", "a".repeat(10000)],
    ["dots everywhere", "a.".repeat(20000)],
    ["digits and dots", "1.2.3.4.5.6.7.8.9.".repeat(2000)],
    ["at signs", "a@b.".repeat(5000)],
    ["URL-like noise", "http://" + "x/".repeat(5000) + " www." + "y.".repeat(3000)],
    ["fake list markers", "- \n1. \n* \n#\n## \n- - - -\n"],
    ["CRLF soup", "\r\r\n\n\r\n\r".repeat(1000) + "Hei."],
  ])("%s", (_name, input) => {
    expect(() => fullCheck(input)).not.toThrow();
  });

  test("1 MB without punctuation (one word, and many words)", () => {
    const one = "a".repeat(1_000_000);
    const phrase = "søknaden din om dagpenger er mottatt og blir behandlet av Nav innen fire uker ";
    const many = phrase.repeat(Math.ceil(1_000_000 / phrase.length)).slice(0, 1_000_000);
    const results = [one, many].map((input) => {
      const r = analyze(input);
      checkResult(input, r);
      expect(r.stats.sentences).toBe(1);
      return r;
    });
    expect(results[0].stats.words).toBe(1);
    expect(results[1].stats.words).toBe(many.trim().split(/\s+/).length);
  });

  test("non-string input is treated as text, not thrown on", () => {
    expect(() => analyze(undefined as unknown as string)).not.toThrow();
    expect(() => parse(null as unknown as string)).not.toThrow();
  });
});

const fragments = [
  "Vedrørende ", "Deres ", "søknad ", "f.eks. ", "bl.a. ", "kl. 09.00", "1. mars ", "08.02.2027", " nav.no/klage", "https://www.nav.no/a?b=c",
  "post@nav.no", " 23 45 67 89 ", "12345678901", ". ", "! ", "? ", "\n", "\n\n", "- ", "• ", "Med vennlig hilsen\n", "😀", "👩‍👩‍👧", "\u0301",
  "ikkje ", "the ", "«", "»", "(", ")", "§ 21-3", "2.–15. juni", "\r\n", "\ud800", "\u0000", "e-post ", "KID-nummer ", "Ål ", "Čáhci ", "مرحبا ",
];

const textArb = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.array(fc.constantFrom(...fragments), { maxLength: 120 }).map((a) => a.join("")),
  fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: "binary-ascii", maxLength: 8 })), { maxLength: 150 }).map((a) => a.join("")),
);

describe("property: offsets and invariants hold for random text", () => {
  test("random text up to a few KB", () => {
    fc.assert(
      fc.property(textArb, (input) => {
        fullCheck(input);
      }),
      { numRuns: 300 },
    );
  });

  test("no input up to 100 KB takes more than a second", () => {
    // Warm the JIT once; then measure this process's CPU time, so that other processes on a busy machine
    // (waiting for a core) do not count against the engine.
    analyze(fragments.join(" ").repeat(50));
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1_000, max: 100_000 }), (parts, size) => {
        let input = "";
        const unit = parts.join("") || "x";
        while (input.length < size) input += unit;
        input = input.slice(0, size);
        const c0 = process.cpuUsage();
        const r = analyze(input);
        const c = process.cpuUsage(c0);
        const ms = (c.user + c.system) / 1000;
        checkResult(input, r);
        expect(ms).toBeLessThan(1000);
      }),
      { numRuns: 25 },
    );
  });
});
