// Benchmark section for the word-list matcher (imported by bench/bench.ts): the compiled kanselli index
// (one pass over the tokens, Map lookups, every inflected form) against the naive way on the same
// list — one Unicode-aware regex per surface form over the whole text — at 100k words of corpus text.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../src/core/text/parse";
import { compileLists, matchPhrases, type LexList } from "../src/core/rules/lexicon";
import nb from "../src/core/lexicon/nb/kanselli.json";

const SHARED = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared");

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function benchLexicon(): string[] {
  const indexFile = join(SHARED, "corpus", "index.json");
  if (!existsSync(indexFile)) return [`skipped: ${indexFile} is missing`];
  const index = JSON.parse(readFileSync(indexFile, "utf8")) as Array<{ file: string; language: string }>;
  const all = index.filter((e) => e.language === "nb").map((e) => readFileSync(join(SHARED, "corpus", e.file), "utf8").trim()).join("\n\n");
  let text = "";
  while (text.split(/\s+/).length < 100_000) text += (text ? "\n\n" : "") + all;
  text = text.split(/(\s+)/).slice(0, 200_000).join("");
  const doc = parse(text, "nb");
  const compiled = compileLists([nb as LexList]);
  const surfaces = [...new Set([...compiled.byFirst.values()].flatMap((seqs) => seqs.map((s) => s.words.join(" "))))];
  const lower = text.toLowerCase();
  let hits = 0;
  const indexMs = time(() => void (hits = matchPhrases(doc, compiled).length), 7);
  let naiveHits = 0;
  const naiveMs = time(() => {
    naiveHits = 0;
    for (const s of surfaces) naiveHits += (lower.match(new RegExp(`(?<![\\p{L}\\p{N}])${esc(s)}(?![\\p{L}\\p{N}])`, "gu")) ?? []).length;
  }, 1);
  const r = (x: number) => Math.round(x * 10) / 10;
  return [
    `kanselli list (nb): ${(nb as LexList).entries.length} entries, ${surfaces.length} surface forms, 100k words`,
    `compiled index, one pass over tokens: ${r(indexMs)} ms (${hits} matches)`,
    `naive, one regex per surface form: ${r(naiveMs)} ms (${naiveHits} matches) → index is ${r(naiveMs / indexMs)}× faster`,
  ];
}
