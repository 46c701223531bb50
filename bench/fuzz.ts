// `npm run bench:fuzz`: generated drafts through analyze() and variants(), counting crashes, broken Finding
// contracts and personal identifiers that reach the SMS or the post. Writes bench/fuzz.json.
//
// Each draft is built (deterministically, from --seed) from corpus paragraphs (../shared/corpus, when
// present), public-notice sentences with facts, a valid fødselsnummer in one of many spellings ("01018010018",
// "010180 10018", "010180-10018", "01.01.80 10018", "01 01 80 10018", 6-3-2 groups, glued to a word), hostile
// units (bench/adversarial-patterns.ts) and random characters. A leak is the draft's fødselsnummer in
// variants().variants.sms.text or .post.text in any spelling (its eleven digits with any separators between);
// leaks are counted per spelling and by whether the draft's facts held the number (detected: a composer let a
// known identifier through) or not (a spelling the detector misses).
//
// Options: --count N (default 10000), --seed S (default 13), --no-write (print only).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, variants } from "../src/core/index";
import { nationalIdType } from "../src/core/detect";
import { ADVERSARIAL_UNITS, seeded } from "./adversarial-patterns";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = existsSync(join(here, "..", "package.json")) ? join(here, "..") : here;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function corpusParagraphs(): string[] {
  const dir = join(ROOT, "..", "shared", "corpus");
  if (!existsSync(join(dir, "index.json"))) return [];
  const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as Array<{ file: string }>;
  return index.flatMap((e) => readFileSync(join(dir, e.file), "utf8").split(/\n\s*\n/)).filter((p) => p.trim().length > 20);
}

const SENTENCES = [
  "Vedrørende Deres søknad om startlån.",
  "Vi har mottatt søknaden din, og den blir behandlet innen 14. april 2026.",
  "Vannet blir stengt tirsdag 14. oktober 2025 kl. 08.00–16.00 i Sjøgata 1–45.",
  "Du må betale kr 4 280 innen 30.04.2027 til konto 1234.56.78903.",
  "Ring oss på 55 55 33 33 eller skriv til post@fjordvik.kommune.no.",
  "Les mer på https://www.nav.no/klage eller fjordvik.kommune.no/vann.",
  "Klagefristen er seks uker fra du fikk dette brevet.",
  "Søknaden avslås, jf. forvaltningsloven § 28.",
  "Eg veit ikkje kva du meiner, men søknaden vert handsama.",
  "Your application will be processed within three weeks.",
  "Med vennlig hilsen\nFjordvik kommune",
  "Hei Kari Nordmann!",
  "Vedtak om tildeling av barnehageplass",
];

/** A valid fødselsnummer (date, individual number, both check digits) from the generator. */
function fodselsnummer(r: () => number): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const day = 1 + Math.floor(r() * 28);
    const month = 1 + Math.floor(r() * 12);
    const year = Math.floor(r() * 100);
    const ind = Math.floor(r() * 500);
    const nine = [day, month, year].map((n) => String(n).padStart(2, "0")).join("") + String(ind).padStart(3, "0");
    const check = (digits: string, w: number[]) => {
      let s = 0;
      for (let i = 0; i < w.length; i++) s += w[i] * Number(digits[i]);
      const k = 11 - (s % 11);
      return k === 11 ? 0 : k;
    };
    const k1 = check(nine, w1);
    if (k1 === 10) continue;
    const k2 = check(nine + k1, w2);
    if (k2 === 10) continue;
    const fnr = nine + k1 + k2;
    if (nationalIdType(fnr)) return fnr;
  }
}

const SPELLINGS = ["solid", "6+5 space", "6-5 dash", "dd.mm.yy nnnnn", "dd mm yy nnnnn", "6-3-2 groups", "glued fnr:", "after a word", "6+5 nbsp in brackets"];

/** The fødselsnummer written one of the ways people write it, and the index of the way in SPELLINGS. */
function spelled(fnr: string, r: () => number): [string, number] {
  const [d, m, y, n] = [fnr.slice(0, 2), fnr.slice(2, 4), fnr.slice(4, 6), fnr.slice(6)];
  const ways = [
    fnr,
    `${d}${m}${y} ${n}`,
    `${d}${m}${y}-${n}`,
    `${d}.${m}.${y} ${n}`,
    `${d} ${m} ${y} ${n}`,
    `${fnr.slice(0, 6)} ${fnr.slice(6, 9)} ${fnr.slice(9)}`,
    `fnr:${fnr}`,
    `fødselsnummer ${fnr}.`,
    `(${d}${m}${y}\u00a0${n})`,
  ];
  const k = Math.floor(r() * ways.length);
  return [ways[k], k];
}

/** The eleven digits with any separators between them, not inside a longer number. */
function leakPattern(fnr: string): RegExp {
  return new RegExp(`(?<!\\d)${fnr.split("").join("[^\\p{L}\\d]{0,3}")}(?!\\d)`, "u");
}

function draft(r: () => number, corpus: string[]): { text: string; fnrs: string[]; ways: number[] } {
  const parts: string[] = [];
  const fnrs: string[] = [];
  const ways: number[] = [];
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.3 && corpus.length) parts.push(corpus[Math.floor(r() * corpus.length)]);
    else if (x < 0.6) parts.push(SENTENCES[Math.floor(r() * SENTENCES.length)]);
    else if (x < 0.8) {
      const fnr = fodselsnummer(r);
      const [written, way] = spelled(fnr, r);
      fnrs.push(fnr);
      ways.push(way);
      parts.push(`${SENTENCES[Math.floor(r() * SENTENCES.length)]} Fødselsnummer: ${written}`);
    } else if (x < 0.93) parts.push(ADVERSARIAL_UNITS[Math.floor(r() * ADVERSARIAL_UNITS.length)].repeat(1 + Math.floor(r() * 200)));
    else parts.push(Array.from({ length: 1 + Math.floor(r() * 80) }, () => String.fromCharCode(Math.floor(r() * 0x3000))).join(""));
  }
  const sep = ["\n\n", " ", "\n", "\r\n\r\n"][Math.floor(r() * 4)];
  return { text: parts.join(sep), fnrs, ways };
}

function main(): void {
  const count = arg("--count", 10_000);
  const seed = arg("--seed", 13);
  const r = seeded(seed);
  const corpus = corpusParagraphs();
  const crashes: Array<{ draft: number; where: string; error: string; text?: string }> = [];
  const leaks: Array<{ draft: number; channel: string; fnr: string; spelling: string; detected: boolean; text?: string; output?: string }> = [];
  const inserted = new Map<string, number>();
  let contract = 0;
  let withFnr = 0;
  let fnrCount = 0;
  let slowest = { draft: -1, ms: 0, chars: 0, text: "" };
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const { text, fnrs, ways } = draft(r, corpus);
    for (const w of ways) inserted.set(SPELLINGS[w], (inserted.get(SPELLINGS[w]) ?? 0) + 1);
    if (fnrs.length) withFnr++;
    fnrCount += fnrs.length;
    const t = performance.now();
    try {
      const a = analyze(text);
      for (const f of a.findings) if (text.slice(f.start, f.end) !== f.text) contract++;
    } catch (e) {
      crashes.push({ draft: i, where: "analyze", error: String((e as Error)?.stack ?? e).split("\n").slice(0, 2).join(" ") });
    }
    try {
      const v = variants(text);
      const found = new Set(v.facts.filter((f) => f.kind === "personal-id").map((f) => f.value));
      for (const [channel, out] of [["sms", v.variants.sms.text], ["post", v.variants.post.text]] as const) {
        fnrs.forEach((fnr, k) => {
          if (!leakPattern(fnr).test(out)) return;
          const leak = { draft: i, channel, fnr, spelling: SPELLINGS[ways[k]], detected: found.has(fnr) };
          // The first few of each kind with the draft and the variant, as reproducers (the numbers are generated).
          const same = leaks.filter((l) => l.channel === channel && l.detected === leak.detected && l.text).length;
          leaks.push(same < 3 ? { ...leak, text: text.slice(0, 3000), output: out } : leak);
        });
      }
    } catch (e) {
      crashes.push({ draft: i, where: "variants", error: String((e as Error)?.stack ?? e).split("\n").slice(0, 2).join(" "), text: text.slice(0, 3000) });
    }
    const ms = performance.now() - t;
    // The first drafts pay for loading and compiling (linkify builds its tables, V8 warms up): not counted.
    if (i >= 100 && ms > slowest.ms) slowest = { draft: i, ms: Math.round(ms), chars: text.length, text: text.slice(0, 3000) };
    if ((i + 1) % 1000 === 0) console.log(`${i + 1} drafts: ${crashes.length} crashes, ${leaks.length} leaks`);
  }
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    seed,
    drafts: count,
    corpusParagraphs: corpus.length,
    draftsWithFodselsnummer: withFnr,
    fodselsnummerInserted: fnrCount,
    crashes: crashes.length,
    findingContractViolations: contract,
    leaks: { total: leaks.length, sms: leaks.filter((l) => l.channel === "sms").length, post: leaks.filter((l) => l.channel === "post").length },
    leaksBySpelling: Object.fromEntries(
      SPELLINGS.map((w) => [w, { inserted: inserted.get(w) ?? 0, sms: leaks.filter((l) => l.spelling === w && l.channel === "sms").length, post: leaks.filter((l) => l.spelling === w && l.channel === "post").length }]),
    ),
    leaksOfDetectedIds: leaks.filter((l) => l.detected).length,
    slowestDraftMs: slowest, // after the first 100 drafts
    seconds: Math.round((performance.now() - t0) / 1000),
    crashExamples: crashes.slice(0, 10),
    leakExamples: leaks.filter((l) => l.text),
  };
  if (!process.argv.includes("--no-write")) writeFileSync(join(ROOT, "bench", "fuzz.json"), JSON.stringify(result, null, 2) + "\n");
  console.log(JSON.stringify({ ...result, crashExamples: undefined, leakExamples: undefined, slowestDraftMs: { ...slowest, text: undefined } }, null, 2));
}

main();
