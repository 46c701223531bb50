// `npm run bench`: throughput of a full analyze() on 1k, 10k and 100k words of corpus text, peak memory,
// and the naive matcher for comparison (one Unicode-aware regex per Kansellisten entry over the whole
// text, as NAV's Klarspråkshjelpen does). Writes bench/results.json and prints a table.
//
// Extending: add a section with registerSection() (see the marked block near the end); its lines are
// printed after the table and stored under "sections" in results.json.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, parse } from "../src/core/index";
import { benchVariants } from "./variants";

const here = dirname(fileURLToPath(import.meta.url));
// Bundled to dist-cli/bench.mjs: the repository root is one level up from either place.
const ROOT = existsSync(join(here, "..", "package.json")) ? join(here, "..") : here;
const SHARED = join(ROOT, "..", "shared");

function readShared(rel: string): string {
  const p = join(SHARED, rel);
  if (!existsSync(p)) {
    console.error(`bench: reference data is missing: ${p} (the benchmark reads the corpus in ../shared)`);
    process.exit(2);
  }
  return readFileSync(p, "utf8");
}

/** All 77 corpus texts, one after another, repeated until `words` words, cut at a word end. */
function corpusText(words: number): string {
  const index = JSON.parse(readShared("corpus/index.json")) as Array<{ file: string }>;
  const all = index.map((e) => readShared(join("corpus", e.file)).trim()).join("\n\n");
  let text = "";
  while (text.split(/\s+/).filter(Boolean).length < words) text += (text ? "\n\n" : "") + all;
  const re = /\S+/g;
  let n = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) if (++n === words) return text.slice(0, m.index + m[0].length) + "\n";
  return text;
}

function kansellisten(): string[] {
  const data = JSON.parse(readShared("reference/navikt-spraksjekk/kansellisten.json")) as { kansellisten: Array<{ kanselliord: string }> };
  return data.kansellisten.map((e) => e.kanselliord.trim().toLowerCase()).filter(Boolean);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The naive way: for every entry, a fresh Unicode-aware regex over the whole lower-cased text. */
function naiveMatch(text: string, entries: string[]): number {
  const lower = text.toLowerCase();
  let hits = 0;
  for (const e of entries) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(e)}(?![\\p{L}\\p{N}])`, "gu");
    const m = lower.match(re);
    if (m) hits += m.length;
  }
  return hits;
}

const gc = (globalThis as { gc?: () => void }).gc;
let peakRss = 0;
function sampleMemory(): void {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
    sampleMemory();
  }
  return median(out);
}

interface SizeResult {
  words: number;
  characters: number;
  analyzeMs: number;
  parseMs: number;
  naiveMs: number;
  analyzeWordsPerSecond: number;
  naiveWordsPerSecond: number;
  ratio: number;
  findings: number;
  naiveHits: number;
  heapUsedMB: number;
}

// ---- Extension point: other parts of the core register extra sections here. ----
type Section = { name: string; run: () => string[] };
const sections: Section[] = [];
export function registerSection(name: string, run: () => string[]): void {
  sections.push({ name, run });
}
registerSection("variants", benchVariants);
// ---- End of extension point. ----

function main(): void {
  const entries = kansellisten();
  const sizes = [1_000, 10_000, 100_000];
  const runs: Record<number, number> = { 1_000: 40, 10_000: 15, 100_000: 7 };
  const results: SizeResult[] = [];
  for (const words of sizes) {
    const text = corpusText(words);
    gc?.();
    let findings = 0;
    const analyzeMs = time(() => {
      findings = analyze(text).findings.length;
    }, runs[words]);
    const parseMs = time(() => void parse(text), runs[words]);
    let naiveHits = 0;
    const naiveMs = time(() => {
      naiveHits = naiveMatch(text, entries);
    }, Math.max(3, Math.ceil(runs[words] / 2)));
    gc?.();
    const keep = analyze(text);
    const heapUsedMB = process.memoryUsage().heapUsed / 1048576;
    sampleMemory();
    void keep;
    const wps = (ms: number) => Math.round(words / (ms / 1000));
    results.push({
      words,
      characters: text.length,
      analyzeMs: round(analyzeMs),
      parseMs: round(parseMs),
      naiveMs: round(naiveMs),
      analyzeWordsPerSecond: wps(analyzeMs),
      naiveWordsPerSecond: wps(naiveMs),
      ratio: round(naiveMs / analyzeMs),
      findings,
      naiveHits,
      heapUsedMB: round(heapUsedMB),
    });
  }
  const sectionLines: Record<string, string[]> = {};
  for (const s of sections) {
    try {
      sectionLines[s.name] = s.run();
    } catch (e) {
      sectionLines[s.name] = [`failed: ${(e as Error).message}`];
    }
    sampleMemory();
  }
  const growth = results.length >= 2 ? round(results[results.length - 1].analyzeMs / results[results.length - 1].words / (results[1].analyzeMs / results[1].words)) : 1;
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? null,
    kansellistenEntries: entries.length,
    sizes: results,
    peakRssMB: round(peakRss / 1048576),
    /** ms per word at 100k divided by ms per word at 10k: 1 = linear. */
    linearity100kVs10k: growth,
    targets: { analyze100kMs: 100, ratioAtLeast: 10 },
    sections: sectionLines,
  };
  writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify(out, null, 2) + "\n");

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`kanalklar bench — Node ${process.version}, Kansellisten ${entries.length} entries`);
  console.log(`${pad("words", 8)} ${pad("analyze ms", 11)} ${pad("parse ms", 9)} ${pad("words/s", 10)} ${pad("naive ms", 9)} ${pad("naive w/s", 10)} ${pad("ratio", 6)} ${pad("findings", 9)} ${pad("heap MB", 8)}`);
  for (const r of results) {
    console.log(
      `${pad(r.words, 8)} ${pad(r.analyzeMs, 11)} ${pad(r.parseMs, 9)} ${pad(r.analyzeWordsPerSecond, 10)} ${pad(r.naiveMs, 9)} ${pad(r.naiveWordsPerSecond, 10)} ${pad(r.ratio + "×", 6)} ${pad(r.findings, 9)} ${pad(r.heapUsedMB, 8)}`,
    );
  }
  console.log(`peak RSS ${out.peakRssMB} MB; per-word cost 100k vs 10k: ${growth} (1 = linear); targets: 100k words < 100 ms, ratio ≥ 10×`);
  for (const [name, lines] of Object.entries(sectionLines)) {
    console.log(`\n${name}:`);
    for (const l of lines) console.log(`  ${l}`);
  }
  console.log(`\nwrote ${join("bench", "results.json")}`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

main();
