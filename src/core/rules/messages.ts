// Finding messages in the UI locale. The templates are data (lexicon/messages/<locale>.json);
// "{name}" placeholders are filled from `vars`.
import type { Locale } from "../model";
import nb from "../lexicon/messages/nb.json";
import nn from "../lexicon/messages/nn.json";
import en from "../lexicon/messages/en.json";

interface MessageFile {
  locale: string;
  quote: string[];
  or: string;
  messages: Record<string, string>;
}

const FILES: Record<Locale, MessageFile> = { nb, nn, en } as Record<Locale, MessageFile>;

function fileFor(locale: Locale | undefined): MessageFile {
  return (locale && FILES[locale]) || FILES.nb;
}

/** Fill the template `key` for `locale` (falls back to bokmål, then to the key itself). */
export function message(locale: Locale | undefined, key: string, vars: Record<string, string | number> = {}): string {
  const tpl = fileFor(locale).messages[key] ?? FILES.nb.messages[key] ?? key;
  const parts = compiled(tpl);
  if (parts.length === 1) return parts[0];
  let out = parts[0];
  for (let k = 1; k < parts.length; k += 2) {
    const name = parts[k];
    out += (name in vars ? String(vars[name]) : `{${name}}`) + parts[k + 1];
  }
  return out;
}

/** Templates split once into [text, name, text, name, …, text]; a large text makes thousands of messages. */
const compiledTemplates = new Map<string, string[]>();

function compiled(tpl: string): string[] {
  let parts = compiledTemplates.get(tpl);
  if (!parts) {
    parts = tpl.split(/\{(\w+)\}/);
    compiledTemplates.set(tpl, parts);
  }
  return parts;
}

/** Quote a word the locale's way: «om» / “om”. */
export function quote(locale: Locale | undefined, word: string): string {
  const q = fileFor(locale).quote;
  return `${q[0]}${word}${q[1]}`;
}

/** «a», «b» eller «c» — at most `max` alternatives. */
export function altList(locale: Locale | undefined, alts: readonly string[], max = 3): string {
  // "(stryk ordet)" is advice, not a word to write: no quotes.
  const list = alts.slice(0, max).map((a) => (a.startsWith("(") ? a : quote(locale, a)));
  if (list.length <= 1) return list[0] ?? "";
  return `${list.slice(0, -1).join(", ")} ${fileFor(locale).or} ${list[list.length - 1]}`;
}
