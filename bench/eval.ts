// `npm run eval`: runs variants() on every text of the development set (test/eval/devset, corpus drafts from
// ../shared/corpus), scores each result against its annotation and writes bench/eval.json (totals, targets
// and per-text details with every failed check). Prints the targets table.
//
//   node dist-cli/eval.mjs [--only ID_PART] [--runs N]
//
// --only scores the texts whose id contains ID_PART and prints their failures (bench/eval.json is then not
// written); --runs sets the timed runs per text (default 5, after one warm-up run).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze } from "../src/core/index";
import { variants } from "../src/core/channels";
import { devsetDir, loadDevset, validateAnnotation, type DevEntry } from "../test/eval/devset";
import { scoreText, type ResultLike, type TextScore } from "./eval-score";
import { summarise, targets } from "./eval-summary";

const here = dirname(fileURLToPath(import.meta.url));
// Bundled to dist-cli/eval.mjs: the repository root is one level up from either place.
const ROOT = existsSync(join(here, "..", "package.json")) ? join(here, "..") : here;
const SHARED = join(ROOT, "..", "shared");

const PLAIN_RULES = (rule: string, severity: string) => rule === "kanselli" || rule === "formal-address" || (rule === "passive" && severity === "warning");

function countPlain(language: DevEntry["annotation"]["language"]) {
  return (text: string) => analyze(text, { language }).findings.filter((f) => PLAIN_RULES(f.rule, f.severity)).length;
}

const EMPTY: ResultLike = { variants: { letter: { text: "" }, sms: { text: "" }, post: { text: "" } } };

function run(text: string): ResultLike {
  try {
    return variants(text, {}) as unknown as ResultLike;
  } catch (e) {
    console.error(`variants() threw: ${(e as Error).message}`);
    return EMPTY;
  }
}

function timed(text: string, runs: number): { result: ResultLike; ms: number } {
  const result = run(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { result, ms: times.length ? times[Math.floor(times.length / 2)] : NaN };
}

/** The letter's kept share of the plain-language findings over every .txt under ../shared/corpus. */
/**
 * Quoted speech: a line that opens with a speech dash or a quotation mark, or that names its speaker (", sier
 * Mæland."). The letter keeps what someone said as said (src/core/channels/letter.ts), so its findings are
 * counted apart.
 */
function quotedSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const t = line.trim();
    if (/^[–—«“"]/u.test(t) || /,[ \u00A0]*(?:sier|seier|sa|uttaler|uttalar|says|said)[ \u00A0]+\p{L}/u.test(t)) out.push([at, at + line.length]);
    at += line.length + 1;
  }
  return out;
}

function countPlainOutsideQuotes(language: DevEntry["annotation"]["language"]) {
  return (text: string) => {
    const q = quotedSpans(text);
    return analyze(text, { language }).findings.filter((f) => PLAIN_RULES(f.rule, f.severity) && !q.some(([a, b]) => f.start >= a && f.end <= b)).length;
  };
}

function corpusPlainness(): { texts: number; draft: number; letter: number; share: number; byFolder: Record<string, [number, number]>; outsideQuotes: { draft: number; letter: number; share: number } } {
  const root = join(SHARED, "corpus");
  const byFolder: Record<string, [number, number]> = {};
  let texts = 0;
  let draft = 0;
  let letter = 0;
  let oqDraft = 0;
  let oqLetter = 0;
  const walk = (dir: string) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".txt")) {
        const text = readFileSync(p, "utf8");
        const language = analyze(text).language;
        const r = run(text);
        const d = countPlain(language)(text);
        const l = r.variants.letter.text.trim() ? countPlain(language)(r.variants.letter.text) : 0;
        oqDraft += countPlainOutsideQuotes(language)(text);
        oqLetter += r.variants.letter.text.trim() ? countPlainOutsideQuotes(language)(r.variants.letter.text) : 0;
        const folder = basename(dirname(p));
        byFolder[folder] = [(byFolder[folder]?.[0] ?? 0) + d, (byFolder[folder]?.[1] ?? 0) + l];
        texts++;
        draft += d;
        letter += l;
      }
    }
  };
  walk(root);
  return { texts, draft, letter, share: draft ? letter / draft : 0, byFolder, outsideQuotes: { draft: oqDraft, letter: oqLetter, share: oqDraft ? oqLetter / oqDraft : 0 } };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  let entries: DevEntry[];
  try {
    entries = loadDevset(devsetDir(ROOT), SHARED);
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    process.exit(2);
  }
  const invalid = entries.flatMap((e) => validateAnnotation(e.annotation, e.text).map((x) => `${e.annotation.id}: ${x}`));
  if (invalid.length) {
    console.error(`eval: the development set has invalid annotations (run npx jest test/eval):\n  ${invalid.join("\n  ")}`);
    process.exit(2);
  }
  const only = arg("--only");
  const runs = Math.max(1, Number(arg("--runs") ?? 5) || 5);
  if (only) entries = entries.filter((e) => e.annotation.id.includes(only));

  // One pass over the whole set first, so the JIT is warm before any text is timed.
  for (const e of entries) run(e.text);
  const details: Array<TextScore & { source: string; smsText: string; postText: string }> = [];
  for (const e of entries) {
    const { result, ms } = timed(e.text, runs);
    const s = scoreText(e, result, { countPlain: countPlain(e.annotation.language) });
    s.ms = Math.round(ms * 100) / 100;
    // Failures and the two short texts first, so a reader of eval.json sees them before the check details.
    const { id, failures, ...checks } = s;
    details.push({ id, source: e.annotation.source, failures, smsText: result.variants?.sms?.text ?? "", postText: result.variants?.post?.text ?? "", ...checks });
  }
  const totals = summarise(details);
  const table = targets(totals);

  const w = Math.max(...table.map((t) => t.metric.length));
  const v = Math.max(...table.map((t) => t.value.length));
  const langs = ["nb", "nn", "en"].map((l) => `${l} ${entries.filter((e) => e.annotation.language === l).length}`).join(", ");
  console.log(`Development set: ${entries.length} texts (${langs}; ${entries.filter((e) => e.annotation.source !== "own").length} from the corpus)\n`);
  for (const t of table) console.log(`${t.met === null ? " " : t.met ? "✓" : "✗"} ${t.metric.padEnd(w)}  ${t.value.padEnd(v)}  target ${t.target}`);
  const failing = details.filter((d) => d.failures.length);
  console.log(`\n${failing.length} of ${details.length} texts have failed checks; details per text in bench/eval.json.`);
  if (only) {
    for (const d of details) console.log(`\n${d.id}\n  SMS: ${d.smsText}\n  ${d.failures.join("\n  ") || "(no failures)"}`);
    return;
  }
  // The same letter measure over every text of ../shared/corpus (77 texts, annotated or not): the dev set is
  // partly the project's own writing, so this tells how the letter does on the real texts as a whole.
  const corpus = corpusPlainness();
  console.log(`Letter plainness over the whole corpus (${corpus.texts} texts): ${(100 * corpus.share).toFixed(1)} % (${corpus.letter}/${corpus.draft}); by folder: ${Object.entries(corpus.byFolder).map(([k, [d, l]]) => `${k} ${l}/${d}`).join(", ")}; outside quoted speech (kept as said): ${(100 * corpus.outsideQuotes.share).toFixed(1)} % (${corpus.outsideQuotes.letter}/${corpus.outsideQuotes.draft})`);
  // The machine may be shared: the load average tells how far to trust the timing.
  const out = { generatedAt: new Date().toISOString(), loadAverage: loadavg().map((x) => Math.round(x * 100) / 100), texts: entries.length, targets: table, totals, corpusLetterPlainness: corpus, details };
  writeFileSync(join(ROOT, "bench", "eval.json"), JSON.stringify(out, null, 1) + "\n");
}

main();
