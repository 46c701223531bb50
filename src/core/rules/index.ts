// Rule registry: analyze() calls runRules once per document. Every rule is one file with a stable id.
import type { Doc, Finding, AnalyzeOptions, Locale } from "../model";
import type { Rule } from "./types";
import { kanselliRule } from "./kanselli";

export const rules: Rule[] = [kanselliRule];

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
