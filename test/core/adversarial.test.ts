// Hostile input: analyze() and extractFacts() never throw and keep their contracts on the patterns that once
// made them slow or crash (bench/adversarial-patterns.ts), at sizes small enough for a unit test; and the
// faster scanning of facts and tokens finds exactly what the plain regular expressions find.
import fc from "fast-check";
import { analyze } from "../../src/core/index";
import { extractFacts } from "../../src/core/facts";
import { AMOUNT_PREFIX, AMOUNT_SUFFIX, STREET } from "../../src/core/facts/patterns";
import { scanAll } from "../../src/core/facts/scan";
import { scanPretests } from "../../src/core/text/tokenize";
import { ADVERSARIAL_PATTERNS, ADVERSARIAL_UNITS, repeatTo } from "../../bench/adversarial-patterns";

function contractProblems(input: string): string[] {
  const problems: string[] = [];
  const r = analyze(input);
  r.findings.forEach((f, i) => {
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= input.length)) problems.push(`finding ${i} out of range`);
    else if (input.slice(f.start, f.end) !== f.text) problems.push(`finding ${i} (${f.rule}) text is not input.slice(start, end)`);
    if (i > 0 && r.findings[i - 1].start > f.start) problems.push(`finding ${i} out of order`);
  });
  for (const [k, v] of Object.entries(r.stats)) if (typeof v === "number" && !Number.isFinite(v)) problems.push(`stats.${k} = ${v}`);
  const facts = extractFacts(input);
  facts.forEach((f, i) => {
    if (input.slice(f.start, f.end) !== f.text) problems.push(`fact ${i} (${f.kind}) text is not input.slice(start, end)`);
    if (i > 0 && facts[i - 1].start > f.start) problems.push(`fact ${i} out of order`);
  });
  return problems;
}

const SPECIAL = ["\u0000", "\u200f", "\u202e", "\ud800", "\udfff", "\u001b", "-", "A", "1", ".", "@", "a", "\u0301", "😀", "\r"];

/** Long runs of one unit, repeated short patterns, their mixtures, and huge words. */
const hostile: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom(...ADVERSARIAL_UNITS), fc.integer({ min: 1, max: 3000 })).map(([u, n]) => repeatTo(u, n)),
  fc.tuple(fc.constantFrom(...SPECIAL), fc.integer({ min: 1, max: 5000 })).map(([u, n]) => u.repeat(n)),
  fc.tuple(fc.string({ unit: "binary", minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 1500 })).map(([u, n]) => u.repeat(n)),
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...ADVERSARIAL_UNITS, ...SPECIAL), fc.string({ maxLength: 5 })), fc.integer({ min: 1, max: 400 })), { minLength: 1, maxLength: 8 })
    .map((segs) => segs.map(([u, n]) => u.repeat(n)).join("")),
  fc.tuple(fc.constantFrom(...ADVERSARIAL_PATTERNS), fc.integer({ min: 1, max: 4000 })).map(([p, n]) => p.make(n)),
  fc.tuple(fc.constantFrom("a", "A", "Å", "1", "-", "ab."), fc.integer({ min: 10_000, max: 30_000 }), fc.string({ maxLength: 10 })).map(([u, n, tail]) => repeatTo(u, n) + tail),
);

describe("hostile input", () => {
  test("analyze() and extractFacts() never throw and keep the Finding and Fact contracts", () => {
    fc.assert(
      fc.property(hostile, (input) => {
        expect(contractProblems(input)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  test("every bench pattern at 2 kB", () => {
    for (const p of ADVERSARIAL_PATTERNS) expect([p.name, contractProblems(p.make(2000))]).toEqual([p.name, []]);
  }, 60_000);

  test("more facts than a spread can take (150,000) are all found", () => {
    const text = "kl. 9 ".repeat(150_000);
    const facts = extractFacts(text);
    expect(facts).toHaveLength(150_000);
    expect(facts[149_999]).toMatchObject({ kind: "time", start: 6 * 149_999, text: "kl. 9", value: "09:00" });
  }, 60_000);

  test("a 2-million-character word", () => {
    const word = "a".repeat(2_000_000);
    expect(analyze(word).stats.words).toBe(1);
    expect(extractFacts(word)).toEqual([]);
  }, 60_000);
});

/** The plain global exec loop over a pattern (what scanAll must give). */
function plain(re: RegExp, text: string): Array<[number, string]> {
  const g = new RegExp(re.source, re.flags);
  const out: Array<[number, string]> = [];
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

describe("bounded and anchored fact patterns find what the unbounded ones found (names under 40 letters, numbers under 21 digits)", () => {
  const unbounded = (re: RegExp) =>
    new RegExp(
      re.source.replace("[\\p{L}-]{0,40}", "[\\p{L}-]*").replace("[\\p{L}]{1,40}", "[\\p{L}]+").replace("){1,6}|\\d{1,21})", ")+|\\d+)"),
      re.flags,
    );
  const streets = ["Storgata", "Nordre ", "gate", "veien", "Bakke", "Øvre Slottsgate", "-", "A", "å", " ", "\u00a0", "1", "12", "Sjøgata 3 B", "–", "45", ".", ","];
  const amounts = ["1", "12", "345", "1 000", " 000", ".000", "4.280", ",50", ",-", " kr", " kroner", " NOK", "kr ", "NOK ", " mill.", " millioner", " ", ".", ",", "a"];
  // Texts beyond the bounds (where the patterns do differ, on purpose) are left out.
  const beyond = /[\p{L}-]{40}|\d{22}|\d(?:[ \u00a0\u202f.]\d{3}){7}/u;
  const text = (pieces: string[]) =>
    fc
      .array(fc.constantFrom(...pieces), { maxLength: 30 })
      .map((a) => a.join(""))
      .filter((t) => !beyond.test(t));

  test.each([
    ["STREET", STREET, streets],
    ["AMOUNT_SUFFIX", AMOUNT_SUFFIX, amounts],
    ["AMOUNT_PREFIX", AMOUNT_PREFIX, amounts],
  ])("%s", (_name, re, pieces) => {
    const original = unbounded(re);
    expect(original.source).not.toBe(re.source);
    let found = 0;
    fc.assert(
      fc.property(text(pieces), (t) => {
        const got = scanAll(re, t).map((m) => [m.index, m[0]]);
        expect(got).toEqual(plain(original, t));
        found += got.length;
      }),
      { numRuns: 1500 },
    );
    expect(found).toBeGreaterThan(60); // the texts do hold matches (about 200-300 in 1500 runs)
  });
});

describe("the tokenizer's pre-tests agree with the regexes they replace", () => {
  const ORIGINAL_DOTTED = /\p{Ll}{1,3}\.(?:\p{Ll}{1,3}\.)+(?![\p{L}\p{M}\p{N}])/uy;
  const dotted = fc.array(fc.constantFrom("a", "ab", "abc", "abcd", "æ", "B", ".", ".", "1", " ", "-", "é"), { maxLength: 25 }).map((a) => a.join(""));
  const hosty = fc.array(fc.constantFrom("nav", ".no", "No", ".info", "in", "a", "b1", "-", ".", ".", "x", " ", "/", "é"), { maxLength: 30 }).map((a) => a.join(""));

  test("dotted abbreviations: the chain test with its memory matches the backtracking regex at every position", () => {
    fc.assert(
      fc.property(dotted, (t) => {
        scanPretests.reset();
        for (let i = 0; i < t.length; i++) {
          ORIGINAL_DOTTED.lastIndex = i;
          const m = ORIGINAL_DOTTED.exec(t);
          expect([i, scanPretests.dottedMatch(t, i)]).toEqual([i, m ? m[0] : undefined]);
        }
      }),
      { numRuns: 800, seed: 20261203 },
    );
  });

  test("domains: the top-level-domain test never rules out a window DOMAIN_RE matches in", () => {
    let matches = 0;
    fc.assert(
      fc.property(hosty, fc.integer({ min: 0, max: 10 }), (t, cut) => {
        scanPretests.reset();
        const to = Math.max(0, t.length - cut);
        for (let i = 0; i < to; i++) {
          if (scanPretests.domainMatch(t, i, to) === undefined) continue;
          expect([i, scanPretests.mayEndDomain(t, i, to)]).toEqual([i, true]);
          matches++;
        }
      }),
      { numRuns: 800, seed: 20261203 },
    );
    expect(matches).toBeGreaterThan(100); // the texts do hold domains (about 300 in 800 runs)
  });
});
