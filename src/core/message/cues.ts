// Cue lists of the message model (cues/{nb,nn,en}.json) compiled once per language into matchers.
// A list entry is a word or phrase, matched whole and case-insensitively; "*" at the end allows any ending.
// Entries written with a capital letter ("De", "Deres søknad") match only as written: the capital is the cue.
import type { Language } from "../model";
import nb from "./cues/nb.json";
import nn from "./cues/nn.json";
import en from "./cues/en.json";

type Data = typeof nb;
export type ListName = { [K in keyof Data]: Data[K] extends string[] ? K : never }[keyof Data];

const DATA: Record<Language, Data> = { nb, nn: nn as unknown as Data, en: en as unknown as Data };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One entry as a regular-expression source: spaces match any run of spaces, "*" any word ending. */
export function entrySource(e: string): string {
  // Each word may have its own "*": "*departementet" ends a compound ("distriktsdepartementet"), "kok*" starts
  // one ("kokevarsel"), "deler ut *prisen" and "push* back" inside a phrase.
  // A "*" on its own is any one word: "mens * er stengt" ("mens hallen er stengt"), "målet med * er at".
  const word = (w: string) => {
    if (w === "*") return "[\\p{L}\\p{N}][\\p{L}\\p{N}-]*";
    const lead = w.startsWith("*") && w.length > 1;
    const trail = w.endsWith("*") && w.length > 1;
    const core = w.slice(lead ? 1 : 0, trail ? -1 : undefined);
    // (A leading "*" starts with a letter: "[\p{L}-]*" tried at every hyphen of a "-----" run went quadratic.)
    return `${lead ? "(?:\\p{L}[\\p{L}-]*)?" : ""}${escape(core)}${trail ? "[\\p{L}-]*" : ""}`;
  };
  return e.split(/\s+/).map(word).join("[\\s\\u00A0]+");
}

/** A matcher for a list: whole words, case-insensitive except for entries with a capital letter. */
export interface Matcher {
  /** Every match in `text` as [start, end) with the entry's text. */
  all(text: string): Array<{ start: number; end: number; text: string }>;
  test(text: string): boolean;
  /** The first match, or undefined. */
  first(text: string): { start: number; end: number; text: string } | undefined;
}

function compile(entries: string[]): Matcher {
  const lower = entries.filter((e) => e === e.toLowerCase()).sort((a, b) => b.replace(/\*/g, "").length - a.replace(/\*/g, "").length);
  const cased = entries.filter((e) => e !== e.toLowerCase()).sort((a, b) => b.length - a.length);
  const source = (list: string[]) =>
    // A word joined by a hyphen is part of a compound ("ras-sikring" is no "ras").
    `(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}]-)(?:${list.map(entrySource).join("|")})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`;
  // The lower-case entries are matched case-sensitively against the lower-cased text: the same matches as
  // the "i" flag, but V8 compiles and runs a case-sensitive pattern about three times faster (measured over
  // the nb lists: 400 → 134 ms for the first use of every list), and the first use is what a user waits for.
  // Lower-casing keeps every offset except where a character lower-cases to two ("İ"); such a text falls
  // back to a case-insensitive pattern, compiled only then.
  const lowerSource = lower.length ? source(lower) : null;
  const lowerRe = lowerSource === null ? null : new RegExp(lowerSource, "gu");
  let foldRe: RegExp | null = null;
  const casedRe = cased.length ? new RegExp(source(cased), "gu") : null;
  /** The patterns to run, each with the text it runs on (offsets are the same as in `text`). */
  const runs = (text: string): Array<[RegExp, string]> => {
    const out: Array<[RegExp, string]> = [];
    if (lowerRe) {
      const lowered = text.toLowerCase();
      if (lowered.length === text.length) out.push([lowerRe, lowered]);
      else out.push([(foldRe ??= new RegExp(lowerSource as string, "giu")), text]);
    }
    if (casedRe) out.push([casedRe, text]);
    return out;
  };
  // Texts longer than a page are never matched as one unit here (callers pass sentences or short blocks).
  const clip = (text: string) => (text.length > 20000 ? text.slice(0, 20000) : text);
  const all = (text: string) => {
    const out: Array<{ start: number; end: number; text: string }> = [];
    const t = clip(text);
    for (const [re, s] of runs(t)) {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) out.push({ start: m.index, end: m.index + m[0].length, text: t.slice(m.index, m.index + m[0].length) });
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  };
  // test and first stop at each pattern's first match: the same answers as all() without listing every match.
  const test = (text: string) =>
    runs(clip(text)).some(([re, s]) => {
      re.lastIndex = 0;
      return re.test(s);
    });
  const first = (text: string) => {
    const t = clip(text);
    let best: { start: number; end: number; text: string } | undefined;
    for (const [re, s] of runs(t)) {
      re.lastIndex = 0;
      const m = re.exec(s);
      // Ties keep all()'s order: the earlier start, then the longer match, then the earlier list.
      if (m && (!best || m.index < best.start || (m.index === best.start && m.index + m[0].length > best.end)))
        best = { start: m.index, end: m.index + m[0].length, text: t.slice(m.index, m.index + m[0].length) };
    }
    return best;
  };
  return { all, test, first };
}

const CACHE = new Map<string, Matcher>();

/** The matcher of one cue list in one language. */
export function cue(language: Language, list: ListName): Matcher {
  const key = `${language}:${list}`;
  let m = CACHE.get(key);
  if (!m) {
    m = compile(DATA[language][list] as string[]);
    CACHE.set(key, m);
  }
  return m;
}

/** A cue list's raw entries. */
export function cueList(language: Language, list: ListName): readonly string[] {
  return DATA[language][list] as string[];
}

/** A keyed table of a language (relativeDays, durationUnits, personalDoc …). */
export function cueTable<K extends "relativeDays" | "relativeWeeks" | "durationUnits" | "personalDoc">(language: Language, key: K): Data[K] {
  return DATA[language][key];
}

const CLAUSE_BREAK = /[,;:.!?]\s|\s[–—-]\s|\n/gu;

/**
 * The first match of `list` that stands in a main clause: not after a subordinator of its own clause
 * ("Vi gir beskjed når vannet er trygt igjen" does not say the water is safe).
 */
export function mainClauseMatch(language: Language, list: ListName, text: string): { start: number; end: number; text: string } | undefined {
  const subs = cue(language, "subordinators");
  for (const m of cue(language, list).all(text)) {
    // "Forslaget går ut på å …" (consists of): a verb with its particle that makes it another verb is no match.
    if (list === "cancelVerbs" && /^[ \u00A0]+(?:på|frå|fra|ifrå|ifra)(?![\p{L}])/iu.test(text.slice(m.end))) continue;
    // ("Festet på gravstedet går ut 31.12.2025": going out on a date is expiring, not being called off.)
    // ("… gjelder for fire år om gangen og går ut samtidig": going out with anything after it but the end of the clause or
    // a day word is expiring too; "Møtet i kveld går ut." is called off.)
    if (list === "cancelVerbs" && /^(?:går|gjeng)[ \u00A0]+ut$|^utgår$/iu.test(m.text) && !/^[ \u00A0]*(?:[.,;:!?)]|$|(?:i[ \u00A0]+(?:dag|kveld|morgon|morgen)|denne|dette|this)(?![\p{L}]))/iu.test(text.slice(m.end))) continue;
    let clause = 0;
    CLAUSE_BREAK.lastIndex = 0;
    for (let b = CLAUSE_BREAK.exec(text); b && b.index < m.start; b = CLAUSE_BREAK.exec(text)) clause = b.index + b[0].length;
    if (!subs.test(text.slice(clause, m.start))) return m;
  }
  return undefined;
}

/**
 * The text with its purpose clauses blanked ("… for å unngå kø" → "…             "; offsets kept): a warning word
 * in a purpose clause says why the writer acts, never what threatens the reader.
 */
export function withoutPurpose(language: Language, text: string): string {
  let out = text;
  for (const m of cue(language, "purposeOpeners").all(text)) {
    const stop = /[,;.!?\n]/u.exec(text.slice(m.end));
    const end = stop ? m.end + stop.index : text.length;
    out = out.slice(0, m.start) + " ".repeat(end - m.start) + out.slice(end);
  }
  return out;
}
