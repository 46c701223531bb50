// Rule registry. Filled in by the rules work (issue 2); analyze() calls runRules once per document.
import type { Doc, Finding, AnalyzeOptions, Locale } from "../model";
import type { Rule } from "./types";

export const rules: Rule[] = [];

export function runRules(doc: Doc, options: AnalyzeOptions & { locale: Locale }): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    if (rule.languages && !rule.languages.includes(doc.language)) continue;
    const ro = options.ruleOptions?.[rule.id];
    if (ro === false) continue;
    out.push(...rule.run(doc, { language: doc.language, locale: options.locale, options: ro ?? {}, customWords: options.customWords ?? [] }));
  }
  return out;
}
