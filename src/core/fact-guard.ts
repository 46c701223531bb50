// Safe fixes never change facts. A fix replaces words, but the fact detectors read the words around a number
// ("Ring evt. 23456789": the period of "evt." ends the look-back for "ring", so the number is no phone until
// "evt." becomes "eventuelt"; "Frist herved 1. mars" becomes a deadline once "herved" is gone; deleting a word
// between two numbers can join them). So a fix is kept only when the facts of its paragraph — kind, text and
// value — are the same with and without it, alone and together with the other fixes of that paragraph that
// safeFixes() would choose. Only paragraphs with a digit or an "@" are checked (no fact is made of words alone
// but the relative deadline "… tre uker", whose paragraph is checked when it has a fix: see FACT_WORDS).
import type { Doc, Edit, Finding } from "./model";
import { applyEdits, safeFixes } from "./edits";
import { extractFacts } from "./facts/extract";

/** Words that can make a fact without a digit (relative deadlines: "innen tre uker", "klagefrist … seks uker"). */
const FACT_WORDS = /\d|@|\b(uke|uker|veke|veker|week|weeks|dag|dagar|dager|days|måned|måneder|månad|månader|months?)\b|\.[a-z]{2,}/i;

function factKey(text: string): string {
  const fs = extractFacts(text);
  let out = "";
  for (const f of fs) out += `${f.kind}\u0000${f.text}\u0000${f.value}\u0001`;
  return out;
}

/** Shift an edit into a paragraph that starts at `offset`. */
function local(e: Edit, offset: number): Edit {
  return { start: e.start - offset, end: e.end - offset, replacement: e.replacement };
}

/**
 * The findings with every fix that would change a fact removed (the finding stays, with its suggestions).
 * Findings must be sorted by start (as sanitizeFindings leaves them).
 */
export function factSafeFindings(doc: Doc, findings: Finding[]): Finding[] {
  const text = doc.text;
  const paragraphs = doc.paragraphs.length > 0 ? doc.paragraphs : [{ start: 0, end: text.length }];
  let drop: Set<Finding> | undefined;
  let p = 0;
  let k = 0;
  while (k < findings.length) {
    if (!findings[k].fix) {
      k++;
      continue;
    }
    const fix = findings[k].fix as Edit;
    while (p < paragraphs.length && paragraphs[p].end < fix.start) p++;
    const para = p < paragraphs.length && paragraphs[p].start <= fix.start && fix.end <= paragraphs[p].end ? paragraphs[p] : { start: 0, end: text.length };
    // The fixed findings of this paragraph.
    const group: Finding[] = [];
    while (k < findings.length && findings[k].start < para.end) {
      const f = findings[k];
      if (f.fix && f.fix.start >= para.start && f.fix.end <= para.end) group.push(f);
      k++;
    }
    if (group.length === 0) continue;
    const ptext = text.slice(para.start, para.end);
    if (!FACT_WORDS.test(ptext)) continue;
    const before = factKey(ptext);
    const kept: Finding[] = [];
    for (const f of group) {
      const e = local(f.fix as Edit, para.start);
      let same = false;
      try {
        same = factKey(applyEdits(ptext, [e])) === before;
      } catch {
        same = false;
      }
      if (same) kept.push(f);
      else (drop ??= new Set()).add(f);
    }
    // Together: the fixes safeFixes() would apply at once must keep the facts too, or none of them is safe.
    if (kept.length > 1) {
      const edits = safeFixes(kept).map((e) => local(e, para.start));
      let same = false;
      try {
        same = factKey(applyEdits(ptext, edits)) === before;
      } catch {
        same = false;
      }
      if (!same) for (const f of kept) (drop ??= new Set()).add(f);
    }
  }
  if (!drop) return findings;
  const dropped = drop;
  return findings.map((f) => {
    if (!dropped.has(f)) return f;
    const { fix: _unsafe, ...rest } = f;
    return { ...rest, data: { ...(f.data ?? {}), fixWithheld: "facts" } };
  });
}
