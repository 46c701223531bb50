// `npm run bench`: throughput of a full analyze() on 1k, 10k and 100k words of corpus text, peak memory,
// and the naive matcher for comparison: one Unicode-aware regex per entry over the whole text, as NAV's
// Klarspråkshjelpen does — once with NAV's 150 Kansellisten entries as they are (exact forms only), once
// with the same word list analyze() uses (every inflected surface form of our kanselli list).
// Writes bench/results.json and prints a table.
//
// Extending: add a section with registerSection() (see the marked block near the end); its lines are
// printed after the table and stored under "sections" in results.json.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, parse, readability } from "../src/core/index";
import { rules } from "../src/core/rules/index";
import { compileLists, type LexList } from "../src/core/rules/lexicon";
import nbKanselli from "../src/core/lexicon/nb/kanselli.json";
import { benchVariants } from "./variants";
import { benchLexicon } from "./lexicon";

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

/** Every surface form (all inflections, multi-word phrases) of our own bokmål kanselli list: the word list analyze() matches. */
function ownSurfaceForms(): string[] {
  const compiled = compileLists([nbKanselli as LexList]);
  return [...new Set([...compiled.byFirst.values()].flatMap((seqs) => seqs.map((q) => q.words.join(" "))))];
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

/** CPU milliseconds (user + system, all threads of this process) of the last time() call, as a median. */
let lastCpu = 0;

/**
 * Median wall-clock milliseconds over `runs` runs after one warm-up; the median CPU time is left in lastCpu.
 * On a busy machine wall-clock time includes waiting for a CPU; CPU time does not, so both are reported.
 */
function time(fn: () => void, runs: number): number {
  fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    sampleMemory();
  }
  lastCpu = median(cpu);
  return median(wall);
}

interface SizeResult {
  words: number;
  characters: number;
  analyzeMs: number;
  analyzeCpuMs: number;
  naiveCpuMs: number;
  /** The naive way over our own list (every surface form), CPU ms, and analyze's advantage over it. */
  naiveOwnListCpuMs: number;
  ownListCpuRatio: number;
  /** Throughput ratio on CPU time: naive CPU ms / analyze CPU ms. */
  cpuRatio: number;
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
registerSection("lexicon", benchLexicon);
// ---- End of extension point. ----

function main(): void {
  const entries = kansellisten();
  const ownForms = ownSurfaceForms();
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
    const analyzeCpuMs = lastCpu;
    const parseMs = time(() => void parse(text), runs[words]);
    let naiveHits = 0;
    const naiveMs = time(() => {
      naiveHits = naiveMatch(text, entries);
    }, Math.max(3, Math.ceil(runs[words] / 2)));
    const naiveCpuMs = lastCpu;
    time(() => void naiveMatch(text, ownForms), 3);
    const naiveOwnListCpuMs = lastCpu;
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
      analyzeCpuMs: round(analyzeCpuMs),
      naiveCpuMs: round(naiveCpuMs),
      cpuRatio: round(naiveCpuMs / analyzeCpuMs),
      naiveOwnListCpuMs: round(naiveOwnListCpuMs),
      ownListCpuRatio: round(naiveOwnListCpuMs / analyzeCpuMs),
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
  // Where the time goes at the largest size: parse, each rule, readability (median of a few runs each).
  const big = corpusText(sizes[sizes.length - 1]);
  const doc = parse(big);
  const breakdown: Record<string, number> = { parse: round(time(() => void parse(big), 5)) };
  for (const rule of rules) {
    const ctx = { language: doc.language, locale: "nb" as const, options: {}, customWords: [] };
    try {
      breakdown[`rule:${rule.id}`] = round(time(() => void rule.run(doc, ctx), 5));
    } catch {
      breakdown[`rule:${rule.id}`] = -1;
    }
  }
  breakdown.readability = round(time(() => void readability(doc), 5));

  const sectionLines: Record<string, string[]> = {};
  for (const s of sections) {
    try {
      sectionLines[s.name] = s.run();
    } catch (e) {
      sectionLines[s.name] = [`failed: ${(e as Error).message}`];
    }
    sampleMemory();
  }
  const last = results[results.length - 1];
  const mid = results[1] ?? last;
  const growth = round(last.analyzeMs / last.words / (mid.analyzeMs / mid.words));
  const cpuGrowth = round(last.analyzeCpuMs / last.words / (mid.analyzeCpuMs / mid.words));
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    /** 1-minute load average when the run ended: other processes on the machine slow every figure alike. */
    loadAverage1m: round(loadavg()[0]),
    kansellistenEntries: entries.length,
    ownListSurfaceForms: ownForms.length,
    sizes: results,
    peakRssMB: round(peakRss / 1048576),
    /** ms per word at 100k divided by ms per word at 10k: 1 = linear. */
    linearity100kVs10k: growth,
    /** The same on CPU time (less disturbed by other processes). */
    cpuLinearity100kVs10k: cpuGrowth,
    targets: { analyze100kMs: 100, ratioAtLeast: 10 },
    /** ms at the largest size. */
    breakdown100k: breakdown,
    sections: sectionLines,
  };
  writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify(out, null, 2) + "\n");

  const pad = (s: string | number, n: number) => String(s).padStart(n);
  console.log(`kanalklar bench — Node ${process.version}, Kansellisten ${entries.length} entries`);
  console.log(
    `${pad("words", 8)} ${pad("analyze ms", 11)} ${pad("(cpu ms)", 9)} ${pad("parse ms", 9)} ${pad("words/s", 10)} ${pad("naive ms", 9)} ${pad("(cpu ms)", 9)} ${pad("naive w/s", 10)} ${pad("ratio", 6)} ${pad("cpu ratio", 9)} ${pad("findings", 9)} ${pad("heap MB", 8)}`,
  );
  for (const r of results) {
    console.log(
      `${pad(r.words, 8)} ${pad(r.analyzeMs, 11)} ${pad(r.analyzeCpuMs, 9)} ${pad(r.parseMs, 9)} ${pad(r.analyzeWordsPerSecond, 10)} ${pad(r.naiveMs, 9)} ${pad(r.naiveCpuMs, 9)} ${pad(r.naiveWordsPerSecond, 10)} ${pad(r.ratio + "×", 6)} ${pad(r.cpuRatio + "×", 9)} ${pad(r.findings, 9)} ${pad(r.heapUsedMB, 8)}`,
    );
  }
  console.log(`\nthe same word list the naive way (one regex per surface form of our kanselli list, ${ownForms.length} forms), CPU ms:`);
  for (const r of results) console.log(`${pad(r.words, 8)} naive ${pad(r.naiveOwnListCpuMs, 9)}  analyze ${pad(r.analyzeCpuMs, 8)}  → analyze is ${r.ownListCpuRatio}× faster (with every rule, not only this list)`);
  console.log(`peak RSS ${out.peakRssMB} MB; per-word cost 100k vs 10k: ${growth} wall, ${cpuGrowth} CPU (1 = linear); targets: 100k words < 100 ms, ratio ≥ 10×`);
  console.log(`load average ${out.loadAverage1m} on ${out.cpus} CPUs`);
  console.log(`\nwhere the time goes at ${sizes[sizes.length - 1]} words (ms):`);
  for (const [k, v] of Object.entries(breakdown)) console.log(`  ${k.padEnd(24)} ${pad(v, 9)}`);
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
