// What the two SMS composers share: choosing the text that fits among candidates, and saying steps in the imperative.
import type { Fact, Language } from "../model";
import type { MessageTime } from "../message/types";
import { gsmSafe, smsInfo } from "./sms";
import { SMS } from "./profiles";
import { tidy } from "./render";
import imperatives from "../message/cues/imperatives.json";

/**
 * The first candidate that fits one part, else the first that fits two, else the last. With `essential`,
 * candidates that keep every essential part (the action, the place) are preferred up to two parts before any
 * that drops one is taken for fitting in one.
 */
export function pick<T extends { text: string; essential?: boolean; broken?: boolean; daysOnly?: boolean }>(candidates: T[], language: Language, warning = false, kind?: string): T {
  const clean = candidates.map((c) => ({ ...c, text: tidy(gsmSafe(c.text.replace(/\s+/g, " ").trim(), language)) }));
  const parts = clean.map((c) => partsUpToThree(c.text));
  const first = (ok: (i: number) => boolean) => clean.findIndex((_, i) => ok(i));
  const essential = (i: number) => clean[i].essential !== false;
  // (A schedule said by its days only is sound but rough: after any text that gives its rows.)
  const sound = (i: number) => clean[i].broken !== true && clean[i].daysOnly !== true;
  const rough = (i: number) => clean[i].broken !== true;
  // (In a warning, what keeps the reader safe is worth a third part: the shortest text that says it all comes before
  // any that leaves the action out.)
  if (warning && !clean.some((c, i) => essential(i) && parts[i] <= 2)) {
    const k = clean.map((_, i) => i).filter((i) => essential(i) && sound(i)).pop();
    if (k !== undefined) return clean[k];
  }
  // (Nothing whole fits: in a danger notice the richest text in two parts, the times and "ring 112" with it, comes
  // before a one-part text that keeps only the title.)
  const fits = (ok: (i: number) => boolean, n: number) => (i: number) => ok(i) && parts[i] <= n;
  // (When nothing whole fits two parts, the richest sound text in two parts before a one-part text that has lost more:
  // "Frist: 22. august kl. 20." alone says nothing of what is due.)
  const order = kind === "warning" ? [fits(essential, 1), fits(essential, 2), fits(sound, 2), fits(rough, 2)] : [fits(essential, 1), fits(essential, 2), fits(sound, 2), fits(rough, 2)];
  for (const ok of order) {
    const k = first(ok);
    if (k >= 0) return clean[k];
  }
  // Nothing right fits two parts: a longer SMS that is right (the shortest such) before a short one that is wrong
  // (three moved collections cut to "Ny dato: 1. april"). The length finding tells the writer.
  const last = (ok: (i: number) => boolean) => clean.map((_, i) => i).filter(ok).pop() ?? -1;
  for (const ok of [essential, sound, rough]) {
    const k = last(ok);
    if (k >= 0) return clean[k];
  }
  return clean[clean.length - 1];
}

/**
 * The SMS parts of a text, counted up to three: a text longer than two full GSM-7 parts (2 × 153 characters) needs
 * three or more in either encoding, and pick() only asks for one or two (counting a long text is slow).
 */
export function partsUpToThree(text: string): number {
  return text.length > 2 * SMS.gsm.multi ? 3 : smsInfo(text).segments;
}

export function finish(steps: string[], language: Language): string {
  const joined = steps.join(language === "en" ? " and " : " og ");
  return joined.charAt(0).toUpperCase() + joined.slice(1) + ".";
}

/** An infinitive ("logge", "trykke") or an English gerund ("logging", "clicking") as an imperative the lists know. */
export function imperativeOf(verb: string, language: Language): string | undefined {
  const w = verb.toLowerCase();
  const known = (imperatives as unknown as Record<Language, string[]>)[language];
  const tries = language === "en" ? (w.endsWith("ing") ? [w.slice(0, -3), w.slice(0, -3) + "e", w.slice(0, -4)] : [w]) : [w.endsWith("e") && w.length > 3 ? w.slice(0, -1) : w, w];
  return tries.find((x) => known.includes(x));
}

// A sentence that opens on a definite noun ("Leiligheten er …", "Kontrollen blir …"); its stem is group 1.
export const DEFINITE_OPENING = /^(\p{Lu}\p{Ll}{2,}?)(?:ene|ane|en|et|a)(?=[ \u00A0])/u;

export function factsOf(t: MessageTime | undefined, facts: Fact[]): Fact[] {
  if (!t) return [];
  const spans = [t, ...(t.clock ? [t.clock] : [])];
  return facts.filter((f) => (f.kind === "date" || f.kind === "time") && spans.some((s) => f.start >= s.start && f.end <= s.end));
}
