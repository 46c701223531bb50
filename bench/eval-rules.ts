// npm run eval:rules — per-rule precision and recall of the checker on the labelled set in
// test/eval/rules/*.jsonl (see its README). Prints a table and the misses, writes bench/eval-rules.json.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/core/index";
import { parseJsonl, parseMarked, scoreRecord, summarise, type Miss } from "./eval-rules-lib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(root, "test", "eval", "rules");
const counts = new Map<string, { tp: number; fp: number; fn: number }>();
const misses: Miss[] = [];
const perLang: Record<string, number> = {};
const perFile: Record<string, { sentences: number; precision: number; recall: number; tp: number; fp: number; fn: number }> = {};
for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort()) {
  const fileCounts = new Map<string, { tp: number; fp: number; fn: number }>();
  let sentences = 0;
  for (const rec of parseJsonl(readFileSync(join(dir, file), "utf8"), file)) {
    const { text, labels } = parseMarked(rec.s);
    perLang[rec.lang] = (perLang[rec.lang] ?? 0) + 1;
    sentences++;
    const findings = analyze(text, { language: rec.lang }).findings;
    scoreRecord(rec, text, labels, findings, counts, misses);
    scoreRecord(rec, text, labels, findings, fileCounts, []);
  }
  perFile[file] = { sentences, ...summarise(fileCounts).overall };
}
const { rules, overall } = summarise(counts);
const pct = (x: number) => x.toFixed(3);
console.log(`labelled set: ${Object.entries(perLang).map(([l, n]) => `${n} ${l}`).join(", ")}`);
console.log("rule               tp   fp   fn  precision  recall");
for (const [r, s] of Object.entries(rules)) console.log(`${r.padEnd(17)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}`);
console.log(`${"overall".padEnd(17)} ${String(overall.tp).padStart(4)} ${String(overall.fp).padStart(4)} ${String(overall.fn).padStart(4)}  ${pct(overall.precision).padStart(9)}  ${pct(overall.recall).padStart(6)}`);
for (const [f, x] of Object.entries(perFile)) console.log(`  ${f.padEnd(17)}${String(x.sentences).padStart(4)} sentences  precision ${pct(x.precision)}  recall ${pct(x.recall)}`);
console.log(`targets: precision ≥ 0.97 ${overall.precision >= 0.97 ? "MET" : "NOT MET"}, recall ≥ 0.9 ${overall.recall >= 0.9 ? "MET" : "NOT MET"}`);
if (misses.length > 0) {
  console.log("\nmisses:");
  for (const m of misses) console.log(`  ${m.id} ${m.kind} ${m.rule}: «${m.text}» in «${m.sentence.length > 140 ? m.sentence.slice(0, 140) + "…" : m.sentence}»`);
}
writeFileSync(join(root, "bench", "eval-rules.json"), JSON.stringify({ sentences: perLang, overall, rules, files: perFile, misses }, null, 2) + "\n");
console.log("\nwrote bench/eval-rules.json");
