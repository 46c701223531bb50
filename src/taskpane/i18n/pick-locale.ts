/** Choosing the UI language (no UI text here: the page's first script uses it). */
import type { Locale } from "../../core/model";

export const LOCALES: Locale[] = ["nb", "nn", "en"];

/** Map a BCP 47 tag ("nb-NO", "nn", "no", "en-GB") to a UI locale, or undefined when we have none. */
export function localeFromTag(tag: string | undefined | null): Locale | undefined {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "nn") return "nn";
  if (primary === "nb" || primary === "no") return "nb";
  if (primary === "en") return "en";
  return undefined;
}

/**
 * The user's explicit choice wins; then Office's display language; then the browser's languages in
 * order; bokmål when none of them is one we speak.
 */
export function pickLocale(choice: Locale | undefined, displayLanguage: string | undefined, browserLanguages: readonly string[] = []): Locale {
  if (choice && LOCALES.includes(choice)) return choice;
  for (const tag of [displayLanguage, ...browserLanguages]) {
    const l = localeFromTag(tag);
    if (l) return l;
  }
  return "nb";
}

/** The browser's languages, best first. */
export function browserLangs(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
