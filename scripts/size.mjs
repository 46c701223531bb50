#!/usr/bin/env node
// Bundle size report: gzip (level 9) size of every JS file in dist/, grouped by what loads it, and
// the total the taskpane loads at start (its entry chunks, the analysis worker and the early-worker
// script inlined into taskpane.html). Writes bench/bundle-size.json and exits 1 when that total is
// over the budget (300 KB gzip).
// Run after `npm run build`: npm run size
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const BUDGET_GZIP = 300 * 1024;

if (!existsSync(join(dist, "chunk-groups.json"))) {
  console.error('dist/chunk-groups.json is missing: run "npm run build" first.');
  process.exit(2);
}
const groups = JSON.parse(readFileSync(join(dist, "chunk-groups.json"), "utf8"));
const files = readdirSync(dist).filter((f) => f.endsWith(".js"));
const size = Object.fromEntries(
  files.map((f) => {
    const buf = readFileSync(join(dist, f));
    return [f, { bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length }];
  }),
);

// The page's own scripts, the analysis worker, and the early-worker script inlined into taskpane.html.
const atStart = new Set([...(groups.taskpane?.files ?? []), ...(groups.analysis?.files ?? []), ...(groups["early-worker"]?.files ?? [])]);
const sum = (list) => list.reduce((a, f) => a + (size[f]?.gzip ?? 0), 0);
const report = {
  measured: new Date().toISOString(),
  command: "npm run build && npm run size",
  budgetGzip: BUDGET_GZIP,
  taskpaneAtStart: {
    files: [...atStart].sort().map((f) => ({ file: f, ...size[f] })),
    gzip: sum([...atStart]),
    bytes: [...atStart].reduce((a, f) => a + (size[f]?.bytes ?? 0), 0),
  },
  groups: Object.fromEntries(Object.entries(groups).map(([name, g]) => [name, { files: g.files, gzip: sum(g.files) }])),
  allFiles: size,
};
const fmt = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("JS the taskpane loads at start (page + analysis worker):");
for (const f of report.taskpaneAtStart.files) console.log(`  ${f.file.padEnd(28)} ${fmt(f.bytes).padStart(10)}  ${fmt(f.gzip).padStart(9)} gzip`);
console.log(`  ${"total".padEnd(28)} ${fmt(report.taskpaneAtStart.bytes).padStart(10)}  ${fmt(report.taskpaneAtStart.gzip).padStart(9)} gzip  (budget ${fmt(BUDGET_GZIP)})`);
console.log("Loaded only when needed:");
for (const [name, g] of Object.entries(report.groups)) {
  if (name === "taskpane" || name === "analysis" || name === "early-worker") continue;
  console.log(`  ${name.padEnd(28)} ${fmt(g.gzip).padStart(21)} gzip`);
}
mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(join(root, "bench", "bundle-size.json"), JSON.stringify(report, null, 2) + "\n");
if (report.taskpaneAtStart.gzip > BUDGET_GZIP) {
  console.error(`Over budget: ${fmt(report.taskpaneAtStart.gzip)} gzip > ${fmt(BUDGET_GZIP)}.`);
  process.exit(1);
}
