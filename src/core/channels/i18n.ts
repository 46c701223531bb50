// Templates (per draft language) and finding messages (per UI language), both data.
import type { Language, Locale } from "../model";
import nb from "./templates/nb.json";
import nn from "./templates/nn.json";
import en from "./templates/en.json";
import messages from "./messages.json";

export type Templates = typeof nb;
// (English "you" is one form for one reader and for several: no plural table.)
const TEMPLATES: Record<Language, Templates> = { nb, nn, en: en as Templates };
const PLURAL = new Map<Language, Templates>();

/** The phrases of a language, to one reader or (`reader` "dere") to several: "Dette må dere gjøre", "De kan klage". */
export function templates(language: Language, reader: "du" | "dere" = "du"): Templates {
  const t = TEMPLATES[language] ?? nb;
  const plural = (t as Partial<Templates>).plural;
  if (reader !== "dere" || !plural) return t;
  let p = PLURAL.get(language);
  if (!p) {
    p = { ...t, ...plural, headings: { ...t.headings, ...plural.headings } } as Templates;
    PLURAL.set(language, p);
  }
  return p;
}

/** Fill "{name}" placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

type MessageKey = keyof typeof messages.nb;

export function msg(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  const table = (messages as unknown as Record<string, Record<string, string>>)[locale] ?? messages.nb;
  // A key missing in every table gives the key itself, never a crash (variants() must never throw).
  return fill(table[key] ?? messages.nb[key] ?? key, values);
}
export type { MessageKey };
