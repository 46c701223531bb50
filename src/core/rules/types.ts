import type { Doc, Finding, Language, Locale } from "../model";

/** What every rule gets besides the parsed document. */
export interface RuleContext {
  language: Language;
  locale: Locale;
  /** This rule's options from AnalyzeOptions.ruleOptions[rule.id] (empty object when none). */
  options: Record<string, unknown>;
  /** Organisation word list (stiff word -> plain alternative). */
  customWords: Array<{ word: string; alternative: string }>;
}

/** One klarspråk rule: one thing, one file. */
export interface Rule {
  id: string;
  /** Languages the rule runs for (all when absent). */
  languages?: Language[];
  run(doc: Doc, ctx: RuleContext): Finding[];
}
