// Abbreviations whose period does not end a sentence (data in abbreviations.json, sources named there).
import data from "./abbreviations.json";

export type AbbreviationEnd = "never" | "can";

interface AbbreviationEntry {
  abbr: string;
  end: string;
  source: string;
}

const entries = (data as { entries: AbbreviationEntry[] }).entries;

/** Key: lower-case form without spaces ("f. eks." -> "f.eks."). */
const byKey = new Map<string, AbbreviationEnd>();
for (const e of entries) byKey.set(abbreviationKey(e.abbr), e.end === "can" ? "can" : "never");

/** Normalise an abbreviation for lookup: lower case, inner spaces removed. */
export function abbreviationKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "");
}

/** "never" | "can" for a known abbreviation (with its final period), undefined otherwise. */
export function abbreviationEnd(text: string): AbbreviationEnd | undefined {
  return byKey.get(abbreviationKey(text));
}

/**
 * abbreviationEnd() for a text that is already lower case (a word token's `lower`): no copy is made unless
 * the text holds white space.
 */
export function abbreviationEndLower(lower: string): AbbreviationEnd | undefined {
  return byKey.get(mayHaveSpace(lower) ? lower.replace(/\s+/g, "") : lower);
}

/** True when s may hold a character that /\s/ matches (a cheap superset test). */
function mayHaveSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff) return true;
  }
  return false;
}

export function isKnownAbbreviation(text: string): boolean {
  return byKey.has(abbreviationKey(text));
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Every spelling abbreviationPattern() accepts (before its optional spaces): lower case, Capitalised, UPPER. */
function abbreviationForms(): Set<string> {
  const forms = new Set<string>();
  for (const e of entries) {
    const lower = e.abbr.toLowerCase();
    forms.add(lower);
    // Single letters ("s.", "g.") only in lower case: a capital letter with a period is an initial.
    if (lower.length <= 2) continue;
    forms.add(lower.charAt(0).toUpperCase() + lower.slice(1));
    forms.add(lower.toUpperCase());
  }
  return forms;
}

/**
 * Regex source (for a /u regex without the i flag) matching any listed abbreviation in lower case or with a
 * capitalised first letter, longest first. A space inside the data form ("f. eks.") is optional.
 */
export function abbreviationPattern(): string {
  const sorted = [...abbreviationForms()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return sorted.map((f) => escapeRegExp(f).replace(/ /g, " ?")).join("|");
}

/**
 * The letters before the first period of every spelling abbreviationPattern() accepts ("kl", "Kl", "KL", "f").
 * Every listed abbreviation is letters, periods and spaces after a period, so the pattern can match only where
 * the text holds one of these heads directly followed by a period: a cheap test before running the regex.
 */
export function abbreviationHeads(): Set<string> {
  const heads = new Set<string>();
  for (const f of abbreviationForms()) heads.add(f.slice(0, f.indexOf(".")));
  return heads;
}

export const abbreviationSources: Record<string, string> = (data as { sources: Record<string, string> }).sources;
