// Templates (per draft language) and finding messages (per UI language), both data.
import type { Language, Locale } from "../model";
import nb from "./templates/nb.json";
import nn from "./templates/nn.json";
import en from "./templates/en.json";
import messages from "./messages.json";

export type Templates = typeof nb;
const TEMPLATES: Record<Language, Templates> = { nb, nn, en };

export function templates(language: Language): Templates {
  return TEMPLATES[language] ?? nb;
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
