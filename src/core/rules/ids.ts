// The id of every rule of the registry (index.ts), in registry order. Kept apart from the rules themselves so the
// pane's settings can list the rules without loading a lexicon; test/core/rules/ids.test.ts keeps the two equal.
export const RULE_IDS = [
  "long-sentence",
  "long-paragraph",
  "kanselli",
  "passive",
  "nominalization",
  "formal-address",
  "abbreviation",
  "personal-data",
  "repeated-word",
  "vague-deadline",
  "reader-address",
  "nynorsk-form",
  "bokmal-form",
] as const;

export type RuleId = (typeof RULE_IDS)[number];
