// One word, one finding: when two rules flag exactly the same words ("benyttes": kanselli and passive;
// "snarest": kanselli and vague-deadline), the reader gets one finding that gives both reasons.
//
// The merged finding keeps the stable contract: `rule` is the rule that comes first in the registry (the
// primary), `severity` the higher of the two, `message` both messages, `suggestions` both lists (the primary's
// first), `fix` the primary's (or the other's when the primary has none). `data.rules` lists every rule that
// flagged the words, primary first, and `data.also` holds what each other rule said:
// `{ rule, severity, message, suggestions, data }`. Turning one of the rules off in the settings removes its
// reason (the rules run before the merge). Only the registry's rules are merged.
import type { Finding, Severity } from "../model";

/** Rules whose findings cover a whole sentence or paragraph: never merged with a word-level finding. */
const NOT_MERGED = new Set(["long-sentence", "long-paragraph"]);

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function merge(a: Finding, b: Finding): Finding {
  const prevRules = Array.isArray(a.data?.rules) ? (a.data?.rules as string[]) : [a.rule];
  const prevAlso = Array.isArray(a.data?.also) ? (a.data?.also as unknown[]) : [];
  const suggestions = [...a.suggestions];
  for (const s of b.suggestions) if (!suggestions.includes(s)) suggestions.push(s);
  const fix = a.fix ?? b.fix;
  const data = {
    ...(a.data ?? {}),
    rules: [...prevRules, b.rule],
    also: [...prevAlso, { rule: b.rule, severity: b.severity, message: b.message, suggestions: b.suggestions, ...(b.data ? { data: b.data } : {}) }],
  };
  const severity = RANK[b.severity] > RANK[a.severity] ? b.severity : a.severity;
  const out: Finding = { rule: a.rule, severity, start: a.start, end: a.end, text: a.text, message: `${a.message} ${b.message}`, suggestions, data };
  if (fix) out.fix = fix;
  return out;
}

/**
 * Merge findings of different rules on exactly the same span. `findings` must be sorted by start and end (as
 * sanitizeFindings leaves them); `order` ranks the rules (the registry's order): the first is the primary. A
 * rule not in `order` (a host's own rule) keeps its findings apart.
 */
export function mergeSameSpan(findings: Finding[], order: ReadonlyArray<string>): Finding[] {
  let out: Finding[] | undefined;
  const apart = (r: string) => NOT_MERGED.has(r) || !order.includes(r);
  for (let k = 1; k < findings.length; k++) {
    const a = findings[k - 1];
    const b = findings[k];
    if (a.start === b.start && a.end === b.end && a.rule !== b.rule && !apart(a.rule) && !apart(b.rule)) {
      out = [];
      break;
    }
  }
  if (!out) return findings;
  const rank = (r: string) => {
    const i = order.indexOf(r);
    return i < 0 ? order.length : i;
  };
  let k = 0;
  while (k < findings.length) {
    const f = findings[k];
    if (apart(f.rule)) {
      out.push(f);
      k++;
      continue;
    }
    // The findings on this span (sorted by start, end: they are adjacent, apart from the unmerged ones).
    const group: Finding[] = [f];
    let m = k + 1;
    for (; m < findings.length && findings[m].start === f.start && findings[m].end === f.end; m++) if (!apart(findings[m].rule)) group.push(findings[m]);
    for (let q = k + 1; q < m; q++) if (apart(findings[q].rule)) out.push(findings[q]);
    k = m;
    const rules = new Set(group.map((g) => g.rule));
    if (group.length === 1 || rules.size === 1) {
      for (const g of group) out.push(g);
      continue;
    }
    group.sort((x, y) => rank(x.rule) - rank(y.rule));
    // Two findings of one rule on the same span stay apart; different rules fold into the primary.
    let merged = group[0];
    const kept: Finding[] = [];
    for (let q = 1; q < group.length; q++) {
      const g = group[q];
      const seen = Array.isArray(merged.data?.rules) ? (merged.data?.rules as string[]) : [merged.rule];
      if (seen.includes(g.rule)) kept.push(g);
      else merged = merge(merged, g);
    }
    out.push(merged, ...kept);
  }
  return out;
}
