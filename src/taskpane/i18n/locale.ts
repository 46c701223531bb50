/** Choosing the UI language and filling in UI text. */
import type { Locale } from "../../core/model";
import { STRINGS, type Plural, type Strings } from "./strings";

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

export function stringsFor(locale: Locale): Strings {
  return STRINGS[locale] ?? STRINGS.nb;
}

/** Replace {name} placeholders; unknown names are left as they are. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function plural(p: Plural, n: number, values: Record<string, string | number> = {}): string {
  return format(n === 1 ? p.one : p.other, { n, ...values });
}

/** Numbers the way the locale writes them (decimal comma in Norwegian). */
export function formatNumber(locale: Locale, n: number, digits = 0): string {
  const tag = locale === "en" ? "en-GB" : locale === "nn" ? "nn-NO" : "nb-NO";
  try {
    return new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
  } catch {
    return n.toFixed(digits);
  }
}
