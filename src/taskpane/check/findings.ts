/** Pure helpers for the «Sjekk» panel: grouping, keys for «Ignorer», and the edits a click makes. */
import type { Edit, Finding, ReadabilityStats } from "../../core/model";

/** Rules in the order a writer should look at them; unknown rules follow in first-seen order. */
export const RULE_ORDER = [
  "personal-data",
  "vague-deadline",
  "long-sentence",
  "kanselli",
  "passive",
  "nominalization",
  "reader-address",
  "formal-address",
  "abbreviation",
  "long-paragraph",
  "repeated-word",
  "nynorsk-form",
  "bokmal-form",
];

export interface RuleGroup {
  rule: string;
  findings: Finding[];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Groups in the order a writer should look at them: groups holding errors first, then warnings, then
 * tips; within the same level, in RULE_ORDER. Each group is sorted by position in the text.
 */
export function groupByRule(findings: readonly Finding[]): RuleGroup[] {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.rule);
    if (list) list.push(f);
    else map.set(f.rule, [f]);
  }
  const ruleRank = (r: string) => {
    const i = RULE_ORDER.indexOf(r);
    return i < 0 ? RULE_ORDER.length : i;
  };
  // A loop, not Math.min(...spread): 120,000 findings of one rule would overflow the argument list.
  const level = (list: Finding[]) => {
    let min = 2;
    for (const f of list) min = Math.min(min, SEVERITY_RANK[f.severity] ?? 2);
    return min;
  };
  return [...map.entries()]
    .map(([rule, list]) => ({ rule, findings: [...list].sort((a, b) => a.start - b.start || a.end - b.end), level: level(list) }))
    .sort((a, b) => a.level - b.level || ruleRank(a.rule) - ruleRank(b.rule))
    .map(({ rule, findings }) => ({ rule, findings }));
}

/**
 * A key for a finding that survives edits elsewhere in the text: the rule, the flagged text and
 * which occurrence of that pair it is. Offsets would shift with every edit.
 */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  const ordered = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.start - b.f.start || a.i - b.i);
  const keys: string[] = new Array(findings.length);
  for (const { f, i } of ordered) {
    const base = `${f.rule}\u0000${f.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys[i] = `${base}\u0000${n}`;
  }
  return keys;
}

/**
 * Is `offset` the first letter of a sentence? With the checker's sentence spans (the outline) when
 * there are any: only quotes, brackets and spaces may stand between the sentence start and the offset.
 * Without them: the start of the text or of a line, or after ". ", "! ", "? ".
 */
export function atSentenceStart(text: string, offset: number, sentenceStart?: number): boolean {
  let i = Math.min(Math.max(0, offset), text.length) - 1;
  const floor = sentenceStart ?? 0;
  while (i >= floor && /[\s«»"“”„'‘’([{\-–—•*]/.test(text.charAt(i)) && text.charAt(i) !== "\n") i--;
  if (sentenceStart !== undefined) return i < sentenceStart;
  if (i < 0) return true;
  const c = text.charAt(i);
  return c === "\n" || c === "." || c === "!" || c === "?" || c === "…";
}

/**
 * The replacement as the user gets it: in the case the checker (its lexicon) gives, with only the
 * first letter raised at a sentence start. A capital in the flagged word never spreads to the
 * replacement ("godkjent Deres søknad" → "godkjent din søknad").
 */
export function placeCase(replacement: string, sentenceStart: boolean): string {
  if (!sentenceStart || replacement === "") return replacement;
  const first = String.fromCodePoint(replacement.codePointAt(0)!);
  return first.toUpperCase() + replacement.slice(first.length);
}

/** The edit for choosing a suggestion: replace the finding's span. */
export function suggestionEdit(f: Finding, suggestion: string, sentenceStart = false): Edit {
  return { start: f.start, end: f.end, replacement: placeCase(suggestion, sentenceStart) };
}

/** Suggestions worth a button: non-empty, distinct, not the text itself (a case change alone is a change: «Deres» → «deres»). */
export function usableSuggestions(f: Finding, sentenceStart = false): string[] {
  const out: string[] = [];
  for (const s of f.suggestions ?? []) {
    if (typeof s !== "string" || s.trim() === "") continue;
    const r = placeCase(s, sentenceStart);
    if (r === f.text || out.includes(r)) continue;
    out.push(r);
  }
  return out;
}

/**
 * Every safe fix that can be applied together: findings with `fix`, valid for the text, in text
 * order, dropping any that overlaps one already chosen (or that changes nothing).
 */
export function selectSafeFixes(findings: readonly Finding[], textLength: number): Edit[] {
  const fixes = findings
    .map((f) => f.fix)
    .filter((e): e is Edit => !!e && Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.start <= e.end && e.end <= textLength && typeof e.replacement === "string")
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  let lastEnd = -1;
  for (const e of fixes) {
    if (e.start < lastEnd || (e.start === lastEnd && e.start === e.end)) continue;
    if (out.some((o) => o.start === e.start && o.end === e.end)) continue;
    out.push(e);
    lastEnd = e.end;
  }
  return out;
}

export type LixReason = { kind: "sentences" | "words" | "both"; avg: number; pct: number } | null;

/** What an easy text has (the core's LIX_TARGETS in readability.ts; a test keeps the two in step). */
const LIX_TARGET = 40;
const TARGET_SENTENCE_LENGTH = 15;
const TARGET_LONG_WORD_PERCENT = 25;

/**
 * Why LIX is high, by the core's rule (the CLI says the same): LIX = words per sentence + percentage
 * of long words; from LIX 40 up, name each part that is above what an easy text has. Kept here rather
 * than imported so the pane's first bundle does not carry the tokenizer (readability.ts imports it).
 */
export function lixReason(stats: ReadabilityStats): LixReason {
  if (stats.lix < LIX_TARGET) return null;
  const a = stats.avgSentenceLength - TARGET_SENTENCE_LENGTH;
  const b = stats.longWordPercent - TARGET_LONG_WORD_PERCENT;
  const kind = a > 0 && b > 0 ? "both" : a > 0 ? "sentences" : b > 0 ? "words" : a >= b ? "sentences" : "words";
  return { kind, avg: stats.avgSentenceLength, pct: stats.longWordPercent };
}
