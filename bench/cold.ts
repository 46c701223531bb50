// `npm run bench:cold`: the command line in fresh processes, as a CI job runs it. Writes bench/cold.json.
//
// Rows (each a fresh `node` process; all rows are run in turn, round after round, so a busy spell of the
// shared machine hits every row alike):
//   start-up        node -e 0                                       Node's own start-up
//   load            bin/kanalklar --version                         start-up + loading the checker
//   naive           a one-rule matcher: Kansellisten (NAV's list) as one regex per entry over the 100k-word
//                   text, read from the file, as NAV's Klarspråkshjelpen matches (bench.ts's naive matcher)
//   check --json    bin/kanalklar check --json on the same 100k words (all rules, LIX, JSON out)
//   check text      the same with the readable report
// and, once: the corpus (one file per text) checked in one process (`check --format sarif DIR`) against one
// process per file, the case the multi-file command is for.
//
// Figures: CPU time of the child (user + system, from /usr/bin/time; waiting for a CPU is not work) and wall
// time, each as median and best over the rounds; "beyond start-up" subtracts the start-up row's figure.
// Options: --rounds N (default 10), --no-write (print only), --no-many (skip the many-files comparison),
// --baseline DIR (also time DIR/bin/kanalklar, e.g. an export of the commit before a change) with
// --baseline-label TEXT (stored beside it). The corpus is read from ../shared/corpus.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { loadavg, tmpdir, cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const ROOT = existsSync(join(here, "..", "package.json")) ? join(here, "..") : here;
const SHARED = join(ROOT, "..", "shared");
const BIN = join(ROOT, "bin", "kanalklar");
const TIME = "/usr/bin/time";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function corpus(): Array<{ file: string; text: string }> {
  const index = JSON.parse(readFileSync(join(SHARED, "corpus", "index.json"), "utf8")) as Array<{ file: string }>;
  return index.map((e) => ({ file: e.file, text: readFileSync(join(SHARED, "corpus", e.file), "utf8").trim() }));
}

/** The corpus texts one after another until `words` words, cut at a word end (as bench.ts does). */
function corpusText(words: number): string {
  const all = corpus().map((c) => c.text).join("\n\n");
  let text = "";
  while (text.split(/\s+/).filter(Boolean).length < words) text += (text ? "\n\n" : "") + all;
  const re = /\S+/g;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (++n === words) return text.slice(0, m.index + m[0].length) + "\n";
  return text;
}

const NAIVE = `import { readFileSync } from "node:fs";
const text = readFileSync(process.argv[2], "utf8");
const data = JSON.parse(readFileSync(process.argv[3], "utf8"));
const entries = data.kansellisten.map((e) => e.kanselliord.trim().toLowerCase()).filter(Boolean);
const esc = (s) => s.replace(/[.*+?^\${}()|[\\]\\\\]/g, "\\\\$&");
const lower = text.toLowerCase();
let hits = 0;
for (const e of entries) {
  const m = lower.match(new RegExp("(?<![\\\\p{L}\\\\p{N}])" + esc(e) + "(?![\\\\p{L}\\\\p{N}])", "gu"));
  if (m) hits += m.length;
}
process.stdout.write(hits + "\\n");
`;

interface Sample {
  cpu: number;
  wall: number;
}

const haveTime = existsSync(TIME);

/** One fresh process: wall ms, and CPU ms (user + system) when /usr/bin/time is there. */
function runOnce(args: string[], work: string): Sample {
  const out = join(work, "time.txt");
  const t0 = performance.now();
  const r = haveTime
    ? spawnSync(TIME, ["-f", "%U %S", "-o", out, process.execPath, ...args], { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  let cpu = NaN;
  if (haveTime) {
    const [u, s] = readFileSync(out, "utf8").trim().split(/\s+/).slice(-2).map(Number);
    cpu = (u + s) * 1000;
  }
  return { cpu, wall };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const round = (x: number) => Math.round(x);

function main(): void {
  const rounds = arg("--rounds", 10);
  const work = mkdtempSync(join(tmpdir(), "kanalklar-cold-"));
  const textFile = join(work, "100k.txt");
  writeFileSync(textFile, corpusText(100_000));
  const naive = join(work, "naive.mjs");
  writeFileSync(naive, NAIVE);
  const list = join(SHARED, "reference", "navikt-spraksjekk", "kansellisten.json");

  const rows: Record<string, string[]> = {
    "start-up": ["-e", "0"],
    load: [BIN, "--version"],
    naive: [naive, textFile, list],
    "check --json": [BIN, "check", "--json", textFile],
    "check text": [BIN, "check", textFile],
  };
  // --baseline DIR: the same rows for another checkout (its bin/kanalklar), interleaved with these.
  const bi = process.argv.indexOf("--baseline");
  if (bi >= 0) {
    const other = join(process.argv[bi + 1], "bin", "kanalklar");
    rows["baseline: load"] = [other, "--version"];
    rows["baseline: check --json"] = [other, "check", "--json", textFile];
  }
  const load0 = loadavg()[0];
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(rows).map((k) => [k, []]));
  for (const args of Object.values(rows)) runOnce(args, work); // file cache warm, nothing timed
  for (let r = 0; r < rounds; r++) for (const [k, args] of Object.entries(rows)) samples[k].push(runOnce(args, work));

  const stat = (k: string) => {
    const s = samples[k];
    return { cpuMedianMs: round(median(s.map((x) => x.cpu))), cpuBestMs: round(Math.min(...s.map((x) => x.cpu))), wallMedianMs: round(median(s.map((x) => x.wall))), wallBestMs: round(Math.min(...s.map((x) => x.wall))) };
  };
  const table = Object.fromEntries(Object.keys(rows).map((k) => [k, stat(k)]));
  const base = table["start-up"];
  const beyond = (k: string) => ({
    cpuMedianMs: table[k].cpuMedianMs - base.cpuMedianMs,
    cpuBestMs: table[k].cpuBestMs - base.cpuBestMs,
    wallMedianMs: table[k].wallMedianMs - base.wallMedianMs,
    wallBestMs: table[k].wallBestMs - base.wallBestMs,
  });
  const beyondStartUp = Object.fromEntries(Object.keys(rows).filter((k) => k !== "start-up").map((k) => [k, beyond(k)]));
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  const vs = (k: string) => ({
    cpuMedian: ratio(beyondStartUp[k].cpuMedianMs, beyondStartUp.naive.cpuMedianMs),
    wallMedian: ratio(beyondStartUp[k].wallMedianMs, beyondStartUp.naive.wallMedianMs),
  });
  const vsNaive = { "check --json": vs("check --json"), ...(bi >= 0 ? { "baseline: check --json": vs("baseline: check --json") } : {}) };

  // Many small files: the corpus as one file per text, in one process and in one process per file.
  const manyFiles = process.argv.includes("--no-many") ? null : many(work);

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpus: cpus().length, loadAverageAtStart: load0, loadAverageAtEnd: loadavg()[0] },
    method: `fresh processes, ${rounds} rounds with every row in turn; CPU = user + system of the child (/usr/bin/time), wall = spawn to exit; "beyond start-up" subtracts the start-up row (node -e 0)`,
    text: { words: 100_000, bytes: readFileSync(textFile).length },
    baseline: bi >= 0 ? { dir: process.argv[bi + 1], label: process.argv.includes("--baseline-label") ? process.argv[process.argv.indexOf("--baseline-label") + 1] : "" } : undefined,
    rows: table,
    beyondStartUp,
    checkVsNaive: vsNaive,
    manyFiles,
  };
  if (!process.argv.includes("--no-write")) writeFileSync(join(ROOT, "bench", "cold.json"), JSON.stringify(result, null, 2) + "\n");
  console.log(JSON.stringify(result, null, 2));
  rmSync(work, { recursive: true, force: true });
}

/** The corpus as one file per text (in 7 folders), checked in one process and in one process per file. */
function many(work: string): object {
  const dir = join(work, "templates");
  const texts = corpus();
  texts.forEach((c, i) => {
    mkdirSync(join(dir, String(i % 7)), { recursive: true });
    writeFileSync(join(dir, String(i % 7), `${i}.txt`), c.text + "\n");
  });
  const files = texts.map((_, i) => join(dir, String(i % 7), `${i}.txt`));
  const one = [0, 1, 2].map(() => runOnce([BIN, "check", "--format", "sarif", dir], work));
  const each = files.map((f) => runOnce([BIN, "check", "--format", "sarif", f], work));
  const sum = (xs: Sample[], k: keyof Sample) => round(xs.reduce((a, x) => a + x[k], 0));
  return {
    files: files.length,
    words: texts.reduce((a, c) => a + c.text.split(/\s+/).filter(Boolean).length, 0),
    oneProcess: { cpuMs: round(median(one.map((x) => x.cpu))), wallMs: round(median(one.map((x) => x.wall))) },
    processPerFile: { cpuMs: sum(each, "cpu"), wallMs: sum(each, "wall") },
  };
}

main();
