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
  // Each group in text order (the checker's findings usually are already: then no sort).
  const inOrder = (list: Finding[]) => {
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      if (b.start < a.start || (b.start === a.start && b.end < a.end)) return [...list].sort((x, y) => x.start - y.start || x.end - y.end);
    }
    return list;
  };
  return [...map.entries()]
    .map(([rule, list]) => ({ rule, findings: inOrder(list), level: level(list) }))
    .sort((a, b) => a.level - b.level || ruleRank(a.rule) - ruleRank(b.rule))
    .map(({ rule, findings }) => ({ rule, findings }));
}

/**
 * A key for a finding that survives edits elsewhere in the text: the rule, the flagged text and
 * which occurrence of that pair it is. Offsets would shift with every edit.
 */
export function findingKeys(findings: readonly Finding[]): string[] {
  const count = findings.length;
  // In text order (ties in list order). The checker's findings already are: then no sort is needed.
  let order: number[] | null = null;
  for (let i = 1; i < count; i++) {
    if (findings[i]!.start < findings[i - 1]!.start) {
      order = Array.from({ length: count }, (_, k) => k).sort((a, b) => findings[a]!.start - findings[b]!.start || a - b);
      break;
    }
  }
  // Occurrences so far, by rule and then by text (no joined string to hash for each finding).
  const seen = new Map<string, Map<string, number>>();
  const keys: string[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const i = order ? order[k]! : k;
    const f = findings[i]!;
    let byText = seen.get(f.rule);
    if (!byText) seen.set(f.rule, (byText = new Map()));
    const n = byText.get(f.text) ?? 0;
    byText.set(f.text, n + 1);
    keys[i] = `${f.rule}\u0000${f.text}\u0000${n}`;
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
    // In text order, this also drops a second fix of the same span: it starts before the first one
    // ends, or both are empty at the same place.
    if (e.start < lastEnd || (e.start === lastEnd && e.start === e.end)) continue;
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
