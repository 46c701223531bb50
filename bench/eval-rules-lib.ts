// The labelled rule set (test/eval/rules/*.jsonl): each line is one sentence or short passage, written as a
// plain-language adviser marks a draft. "[words]{rule}" must be flagged by the rule, "[words]{!rule}" must not
// be, "[words]{?rule}" may be either (a judgement call). Several rules: "{kanselli,passive}". The rules in
// SCOPE are judged completely: a finding of one of them that overlaps no "must" or "may" label of its rule is
// a false alarm, whether or not a "{!rule}" label names the words (those labels document the known traps).
import type { Finding, Language } from "../src/core/model";
import { RULE_IDS } from "../src/core/rules/ids";

// Every rule of the registry but the two length rules (sentence and paragraph length are counted, not judged).
export const SCOPE = RULE_IDS.filter((r) => r !== "long-sentence" && r !== "long-paragraph");

export interface Record_ {
  id: string;
  lang: Language;
  src: string;
  s: string;
}

export type Mark = "must" | "not" | "may";

export interface Label {
  rule: string;
  mark: Mark;
  start: number;
  end: number;
  text: string;
}

/** The plain text of a marked sentence and its labels (offsets into the plain text). Labels may nest. */
export function parseMarked(s: string): { text: string; labels: Label[] } {
  let text = "";
  const labels: Label[] = [];
  const open: number[] = [];
  for (let k = 0; k < s.length; k++) {
    const c = s[k];
    if (c === "[") {
      open.push(text.length);
      continue;
    }
    if (c === "]" && s[k + 1] === "{" && open.length > 0) {
      const close = s.indexOf("}", k + 2);
      if (close < 0) throw new Error(`unclosed label in: ${s}`);
      const start = open.pop() as number;
      for (const raw of s.slice(k + 2, close).split(",")) {
        const r = raw.trim();
        const mark: Mark = r.startsWith("!") ? "not" : r.startsWith("?") ? "may" : "must";
        labels.push({ rule: r.replace(/^[!?]/, ""), mark, start, end: text.length, text: text.slice(start) });
      }
      k = close;
      continue;
    }
    text += c;
  }
  if (open.length > 0) throw new Error(`unclosed "[" in: ${s}`);
  return { text, labels };
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Miss {
  id: string;
  rule: string;
  kind: "missed" | "false-alarm";
  text: string;
  sentence: string;
  message?: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Score one record's findings against its labels; adds to `counts` and `misses`. */
export function scoreRecord(rec: Record_, text: string, labels: Label[], findings: Finding[], counts: Map<string, { tp: number; fp: number; fn: number }>, misses: Miss[]): void {
  const scope = new Set<string>(SCOPE);
  const bump = (rule: string, k: "tp" | "fp" | "fn") => {
    let c = counts.get(rule);
    if (!c) counts.set(rule, (c = { tp: 0, fp: 0, fn: 0 }));
    c[k]++;
  };
  // A finding that speaks for several rules (one word, two reasons: data.rules) counts for each of them.
  const fs: Array<{ rule: string; start: number; end: number; text: string; message: string }> = [];
  for (const f of findings) {
    const also = Array.isArray(f.data?.rules) ? (f.data?.rules as string[]) : [f.rule];
    for (const rule of new Set([f.rule, ...also])) if (scope.has(rule)) fs.push({ rule, start: f.start, end: f.end, text: f.text, message: f.message });
  }
  for (const l of labels) {
    if (l.mark !== "must") continue;
    if (fs.some((f) => f.rule === l.rule && overlaps(f, l))) bump(l.rule, "tp");
    else {
      bump(l.rule, "fn");
      misses.push({ id: rec.id, rule: l.rule, kind: "missed", text: l.text, sentence: text });
    }
  }
  for (const f of fs) {
    if (labels.some((l) => l.rule === f.rule && l.mark !== "not" && overlaps(f, l))) continue;
    bump(f.rule, "fp");
    misses.push({ id: rec.id, rule: f.rule, kind: "false-alarm", text: f.text, sentence: text, message: f.message });
  }
}

export function summarise(counts: Map<string, { tp: number; fp: number; fn: number }>): { rules: Record<string, RuleScore>; overall: RuleScore } {
  const score = (c: { tp: number; fp: number; fn: number }): RuleScore => ({
    ...c,
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  });
  const rules: Record<string, RuleScore> = {};
  const all = { tp: 0, fp: 0, fn: 0 };
  for (const r of SCOPE) {
    const c = counts.get(r) ?? { tp: 0, fp: 0, fn: 0 };
    rules[r] = score(c);
    all.tp += c.tp;
    all.fp += c.fp;
    all.fn += c.fn;
  }
  return { rules, overall: score(all) };
}

/** Parse JSON lines (blank lines and lines starting with "//" are skipped). */
export function parseJsonl(src: string, file: string): Record_[] {
  const out: Record_[] = [];
  src.split("\n").forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith("//")) return;
    try {
      out.push(JSON.parse(t) as Record_);
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return out;
}
