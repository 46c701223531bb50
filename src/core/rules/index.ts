// Rule registry: analyze() calls runRules once per document. Every rule is one file with a stable id
// (DESIGN.md); each returns findings with text === input.slice(start, end).
import type { Doc, Finding, AnalyzeOptions, Locale } from "../model";
import type { Rule } from "./types";
import { longSentenceRule } from "./long-sentence";
import { longParagraphRule } from "./long-paragraph";
import { kanselliRule } from "./kanselli";
import { passiveRule } from "./passive";
import { nominalizationRule } from "./nominalization";
import { formalAddressRule } from "./formal-address";
import { abbreviationRule } from "./abbreviation";
import { personalDataRule } from "./personal-data";
import { repeatedWordRule } from "./repeated-word";
import { vagueDeadlineRule } from "./vague-deadline";
import { readerAddressRule } from "./reader-address";
import { nynorskFormRule, bokmalFormRule } from "./form-pairs";
import { prepareSubstitutionLists } from "./substitution";

export const rules: Rule[] = [
  longSentenceRule,
  longParagraphRule,
  kanselliRule,
  passiveRule,
  nominalizationRule,
  formalAddressRule,
  abbreviationRule,
  personalDataRule,
  repeatedWordRule,
  vagueDeadlineRule,
  readerAddressRule,
  nynorskFormRule,
  bokmalFormRule,
];

export function runRules(doc: Doc, options: AnalyzeOptions & { locale: Locale }): Finding[] {
  const out: Finding[] = [];
  prepareSubstitutionLists(doc.language);
  for (const rule of rules) {
    if (rule.languages && !rule.languages.includes(doc.language)) continue;
    const ro = options.ruleOptions?.[rule.id];
    if (ro === false) continue;
    // A loop, not push(...): a spread of 100 000+ findings overflows the call stack.
    for (const f of rule.run(doc, { language: doc.language, locale: options.locale, options: ro ?? {}, customWords: options.customWords ?? [] })) out.push(f);
  }
  return out;
}
