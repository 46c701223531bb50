/** Choosing the UI language and filling in UI text. */
import type { Locale } from "../../core/model";
import { STRINGS, type Plural, type Strings } from "./strings";

export { LOCALES, localeFromTag, pickLocale } from "./pick-locale";

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

/**
 * Numbers the way the locale writes them: "1 234,5" in Norwegian (no-break space, decimal comma),
 * "1,234.5" in English. Written out by hand: the first Intl.NumberFormat costs ~50 ms at page load.
 */
export function formatNumber(locale: Locale, n: number, digits = 0): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(digits);
  let [int, frac = ""] = fixed.split(".");
  frac = frac.replace(/0+$/, "");
  const group = locale === "en" ? "," : "\u00a0";
  const decimal = locale === "en" ? "." : ",";
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = n < 0 && Number(fixed) !== 0 ? "−" : "";
  return sign + int + (frac ? decimal + frac : "");
}
