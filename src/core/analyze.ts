// analyze(text, options) and what it is made of: the checker without the channel code, so a program that only
// checks (the CLI's `check`) does not load the composers. The public API is src/core/index.ts.
import type { AnalysisResult, AnalyzeOptions, Doc, Finding, Language, Locale } from "./model";
import { readability } from "./readability";
import { factSafeFindings } from "./fact-guard";
import { mergeSameSpan } from "./rules/merge";
import { rules, runRules } from "./rules/index";
import { parse } from "./text/parse";

const RULE_ORDER = rules.map((r) => r.id);

function pickLanguage(options: AnalyzeOptions | undefined): Language | undefined {
  const l = options?.language;
  return l === "nb" || l === "nn" || l === "en" ? l : undefined;
}

function pickLocale(options: AnalyzeOptions | undefined): Locale {
  const l = options?.locale;
  return l === "nn" || l === "en" ? l : "nb";
}

/** Run every rule; a rule that throws is skipped so the others still report. */
function findingsFor(doc: Doc, options: AnalyzeOptions & { locale: Locale }): Finding[] {
  try {
    return runRules(doc, options);
  } catch {
    const out: Finding[] = [];
    for (const rule of rules) {
      if (rule.languages && !rule.languages.includes(doc.language)) continue;
      const ro = options.ruleOptions?.[rule.id];
      if (ro === false) continue;
      try {
        for (const f of rule.run(doc, { language: doc.language, locale: options.locale, options: ro ?? {}, customWords: options.customWords ?? [] })) out.push(f);
      } catch {
        // A broken rule must not hide the other findings.
      }
    }
    return out;
  }
}

/**
 * Keep only findings whose range lies in the text; repair `text` to equal input.slice(start, end);
 * drop a fix that is out of range.
 */
export function sanitizeFindings(input: string, findings: ReadonlyArray<Finding>): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f || !Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end < f.start || f.end > input.length) continue;
    const text = input.slice(f.start, f.end);
    let fixed: Finding = f.text === text ? f : { ...f, text };
    const fix = fixed.fix;
    if (fix && !(Number.isInteger(fix.start) && Number.isInteger(fix.end) && fix.start >= 0 && fix.end >= fix.start && fix.end <= input.length && typeof fix.replacement === "string")) {
      const { fix: _dropped, ...rest } = fixed;
      fixed = rest;
    }
    if (!Array.isArray(fixed.suggestions)) fixed = { ...fixed, suggestions: [] };
    out.push(fixed);
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return out;
}

/** analyze() plus the parsed document, for front ends that need sentences and tokens too. */
export function analyzeDoc(text: string, options?: AnalyzeOptions): AnalysisResult & { doc: Doc } {
  const input = typeof text === "string" ? text : String(text ?? "");
  const doc = parse(input, pickLanguage(options));
  const locale = pickLocale(options);
  const findings = factSafeFindings(doc, mergeSameSpan(sanitizeFindings(input, findingsFor(doc, { ...(options ?? {}), locale })), RULE_ORDER));
  return { language: doc.language, stats: readability(doc), findings, doc };
}

/** Check a draft: language, readability statistics and findings sorted by position. Never throws. */
export function analyze(text: string, options?: AnalyzeOptions): AnalysisResult {
  const { language, stats, findings } = analyzeDoc(text, options);
  return { language, stats, findings };
}
