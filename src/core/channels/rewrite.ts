// Sentence rewrites for the letter and the post: the frequent bureaucratic constructions ("Abonnentene bes
// om å …", "Det henstilles til at …", "kan det påregnes", "Eventuelle henvendelser … kan rettes til …",
// De/Dem/Deres) turned into active sentences addressed to the reader. The patterns are data
// (rewrites/{nb,nn}.json, each with its source); a pattern applies only on an exact match, and a rewrite is
// dropped when any fact in the sentence (date, time, amount, address, number) would not be carried over
// unchanged or a new one would appear.
import { imperativeOf } from "../rules/passive";
import type { Language } from "../model";
import { extractFacts } from "../facts";
import { scanTest } from "../facts/scan";
import nb from "./rewrites/nb.json";
import nn from "./rewrites/nn.json";
import en from "./rewrites/en.json";

export type Reader = "du" | "dere";

interface PatternData {
  id: string;
  find: string;
  replace: string;
}
interface RewriteData {
  /** The reader's pronouns (subject, object, possessive) for one reader ("du") and for several ("dere"; nynorsk "de"). */
  readerPronouns?: Record<Reader, { subj: string; obj: string; poss: string }>;
  readers: string[];
  verbs: Record<string, string>;
  passives: Record<string, string>;
  passiveInfinitives?: Record<string, string>;
  patterns: PatternData[];
  formalAddress: { pronouns: Record<string, string>; possessive: string; skipWords: string[]; nouns: Record<string, string | null>; postposed?: Record<string, string> };
}

interface Compiled {
  data: RewriteData;
  patterns: Array<{ id: string; re: RegExp; replace: string }>;
  possessive: RegExp;
  pronoun: RegExp;
  /** The possessive after a definite noun ("Søknaden Deres"), made on first use. */
  postposed?: RegExp;
  /** The pronouns and the possessive: a sentence without any of them has no formal address to rewrite. */
  formalWords: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CACHE = new Map<Language, Compiled | null>();

function compiled(language: Language): Compiled | null {
  if (CACHE.has(language)) return CACHE.get(language)!;
  const data = (language === "nb" ? nb : language === "nn" ? nn : language === "en" ? en : null) as RewriteData | null;
  let c: Compiled | null = null;
  if (data) {
    const readers = [...data.readers].sort((a, b) => b.length - a.length).map(escape).join("|");
    c = {
      data,
      patterns: data.patterns.map((p) => ({ id: p.id, re: new RegExp(p.find.replace(/\{readers\}/g, readers), "iu"), replace: p.replace })),
      // (English has no formal address: patterns that never match.)
      possessive: data.formalAddress.possessive ? new RegExp(`(?<![\\p{L}\\p{N}])${escape(data.formalAddress.possessive)}\\s+(\\S+)(\\s+(\\S+))?`, "u") : /(?!)/u,
      formalWords: [...Object.keys(data.formalAddress.pronouns), ...(data.formalAddress.possessive ? [data.formalAddress.possessive] : [])],
      pronoun: Object.keys(data.formalAddress.pronouns).length ? new RegExp(`(?<=[\\p{Ll}\\p{N},;:)]\\s+)(${Object.keys(data.formalAddress.pronouns).map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u") : /(?!)/u,
    };
  }
  CACHE.set(language, c);
  return c;
}

const PRONOUNS: Record<Reader, { subj: string; obj: string; poss: string }> = {
  du: { subj: "du", obj: "deg", poss: "din" },
  dere: { subj: "dere", obj: "dere", poss: "deres" },
};

/** "tappes" → "tapp", "kontrolleres" → "kontroller", "tas" → "ta": the reader's imperative of a bokmål s-passive. */
function imperativeOfPassive(v: string): string {
  const w = v.toLowerCase();
  if (w === "tas") return "ta";
  return imperativeOf(w.replace(/es$/u, "e"));
}

function fill(template: string, m: RegExpExecArray, data: RewriteData, reader: Reader): string {
  const p = data.readerPronouns?.[reader] ?? PRONOUNS[reader];
  const groups = m.groups ?? {};
  const group = (name: string): string => {
    // "v2" is the alternative spelling of group v (a pattern cannot name two groups alike).
    const v = name === "v" ? groups.v ?? groups.v2 : groups[name];
    if (v === undefined) return "";
    if (name === "v") return data.verbs[v.toLowerCase()] ?? v;
    if (name === "pv") return data.passives[v.toLowerCase()] ?? v;
    if (name === "pi") return data.passiveInfinitives?.[v.toLowerCase()] ?? v;
    // An s-passive as the imperative ("tappes" → "tapp", "tas" → "ta"), said to the reader.
    if (name === "imp") return imperativeOfPassive(v);
    if (name === "s") return v.charAt(0).toLowerCase() + v.slice(1);
    if (name === "who") return v.charAt(0).toLowerCase() + v.slice(1);
    if (name === "about") return v.replace(/^(?:vedrørende|angående|vedkomande|angåande)\s+/iu, "");
    return v;
  };
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return template
    .replace(/\{(\w+):([^}]*)\}/g, (_, name: string, inner: string) => (groups[name] !== undefined ? inner : ""))
    .replace(/\{(Subj|subj|obj|poss)\}/g, (_, k: string) => (k === "Subj" ? cap(p.subj) : p[k as "subj" | "obj" | "poss"]))
    .replace(/\$<(\w+)>/g, (_, name: string) => group(name))
    .replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? "");
}

/**
 * Results of the pure functions below for the sentences of one composition: the letter, the SMS and the post
 * rewrite the same draft sentences, and the letter asks for each sentence more than once. variants() empties
 * the memo when it starts (so each composition does its own work once); it is bounded for other callers.
 */
const MEMO = { factKeys: new Map<string, string[]>(), rewrite: new Map<string, string>(), informal: new Map<string, string>() };
const MEMO_MAX = 4000;

/** Forget the memoised rewrites (called at the start of each variants()). */
export function clearRewriteMemo(): void {
  MEMO.factKeys.clear();
  MEMO.rewrite.clear();
  MEMO.informal.clear();
}

function remember<T>(map: Map<string, T>, key: string, value: T): T {
  if (map.size >= MEMO_MAX) map.clear();
  map.set(key, value);
  return value;
}

const DEADLINE_WORD = /^(?:innen|innan|senest|seinast|by|before|prior to|no later than|not later than)[ \u00A0]+/iu;

/** Facts of a sentence as the multiset of their texts (kind + text). */
function factKeys(text: string): string[] {
  const known = MEMO.factKeys.get(text);
  if (known !== undefined) return known;
  let keys: string[];
  try {
    // A deadline is the same fact after another word for "by" ("prior to 1 March" → "before 1 March"): its date
    // as written is compared, not the preposition.
    keys = extractFacts(text)
      .map((f) => `${f.kind}\u0000${f.kind === "deadline" ? f.text.replace(DEADLINE_WORD, "") : f.text}`)
      .sort();
  } catch {
    keys = [];
  }
  return remember(MEMO.factKeys, text, keys);
}

/** Every fact of the draft sentence is in the rewrite, as written, and the rewrite has no other. */
export function factsKept(before: string, after: string): boolean {
  const a = factKeys(before);
  const b = factKeys(after);
  if (a.length === b.length && a.every((x, i) => x === b[i])) return true;
  // "Holdeplassen Torget flyttes …" → "Vi flytter holdeplassen Torget …": a common noun that was a "place" only
  // by its sentence-initial capital is the same word lower-cased inside the rewrite, not a lost fact.
  const first = /^[\s«"“(]*(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])/u.exec(before)?.[1];
  if (!first) return false;
  const key = `place\u0000${first}`;
  const lower = first.charAt(0).toLowerCase() + first.slice(1);
  if (!a.includes(key) || b.includes(key) || !new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, "u").test(after)) return false;
  const rest = [...a];
  rest.splice(rest.indexOf(key), 1);
  return rest.length === b.length && rest.every((x, i) => x === b[i]);
}

/** De/Dem/Deres → du/deg/din(e) (only mid-sentence for De/Dem; Deres only before a listed noun). */
/**
 * "søknad" + "din" → "søknaden din", "brev" + "ditt" → "brevet ditt", "opplysninger" + "dine" →
 * "opplysningene dine" (bokmål only; the gender comes from the possessive in rewrites/nb.json). Null when the
 * definite form is not regular ("-dom" doubles its m: "eiendommen").
 */
function definite(noun: string, poss: string, c: Compiled): string | null {
  if (/[^\p{Ll}-]/u.test(noun)) return null;
  // Nynorsk: "Dykkar søknad" → "søknaden din", "sak" → "saka di", "vedtak" → "vedtaket ditt", "opplysningar" →
  // "opplysningane dine" (the gender from the possessive in rewrites/nn.json; regular endings only).
  if (c.data === (nn as unknown as RewriteData)) {
    let d: string;
    if (poss === "dine") d = noun.endsWith("ar") ? noun.slice(0, -2) + "ane" : noun.endsWith("er") ? noun.slice(0, -2) + "ene" : "";
    else if (poss === "ditt") d = noun.endsWith("e") ? noun + "t" : noun + "et";
    else if (poss === "di") d = noun.endsWith("e") ? noun.slice(0, -1) + "a" : noun + "a";
    else d = noun.endsWith("e") ? noun + "n" : noun + "en";
    return d ? `${d} ${poss}` : null;
  }
  if (c.data !== (nb as unknown as RewriteData)) return null;
  let d: string;
  if (poss === "dine") d = noun.endsWith("er") ? noun.slice(0, -1) + "ne" : noun + "ene";
  else if (poss === "ditt") d = noun.endsWith("e") ? noun + "t" : noun + "et";
  else d = noun.endsWith("dom") ? noun + "men" : noun.endsWith("e") ? noun + "n" : noun.endsWith("a") ? noun + "en" : noun + "en";
  return `${d} ${poss}`;
}

function informal(s: string, c: Compiled): string {
  let out = s;
  const fa = c.data.formalAddress;
  // The patterns below are case-sensitive and each needs a pronoun or the possessive written out: a sentence
  // without any is not read three times over.
  if (!c.formalWords.some((w) => out.includes(w))) return out;
  for (let guard = 0; guard < 8; guard++) {
    const m = c.pronoun.exec(out);
    if (!m) break;
    out = out.slice(0, m.index) + fa.pronouns[m[1]] + out.slice(m.index + m[1].length);
  }
  for (let guard = 0; guard < 8; guard++) {
    const m = c.possessive.exec(out);
    if (!m) break;
    const word = (w: string | undefined) => (w ?? "").replace(/[.,;:!?)]+$/, "");
    let noun = word(m[1]);
    if (fa.skipWords.includes(noun.toLowerCase()) && m[3]) noun = word(m[3]);
    const poss = fa.nouns[noun] ?? fa.nouns[noun.toLowerCase()];
    if (!poss) break;
    const atStart = m.index === 0;
    // Bokmål puts the possessive after the definite noun: "Deres søknad" → "søknaden din".
    const direct = word(m[1]) === noun ? definite(noun, poss, c) : null;
    if (direct) {
      const rep = atStart ? direct.charAt(0).toUpperCase() + direct.slice(1) : direct;
      out = out.slice(0, m.index) + rep + out.slice(m.index + fa.possessive.length + 1 + noun.length);
      continue;
    }
    const rep = atStart ? poss.charAt(0).toUpperCase() + poss.slice(1) : poss;
    out = out.slice(0, m.index) + rep + out.slice(m.index + fa.possessive.length);
  }
  // "Søknaden Deres", "legeerklæringa Dykkar": after a definite noun the possessive takes the noun's gender and
  // number, from the noun list (by its indefinite form) or its definite ending.
  if (fa.possessive && fa.postposed) {
    // (Compiled once per language: a pattern made on every call cost much on a draft of many sentences.)
    const after = (c.postposed ??= new RegExp(`(?<![\\p{L}])(\\p{L}+?)(${Object.keys(fa.postposed).sort((a, b) => b.length - a.length).map(escape).join("|")})[ \\u00A0]+${escape(fa.possessive)}(?![\\p{L}\\p{N}])`, "u"));
    for (let guard = 0; guard < 8; guard++) {
      const m = after.exec(out);
      if (!m) break;
      const listed = fa.nouns[m[1]] ?? fa.nouns[m[1].toLowerCase()];
      const poss = listed ?? fa.postposed[m[2]];
      const at = m.index + m[0].length - fa.possessive.length;
      out = out.slice(0, at) + poss + out.slice(at + fa.possessive.length);
    }
  }
  return out;
}

/**
 * De/Dem/Deres → du/deg/din in a sentence or title (facts unchanged), before any opener is dropped. With
 * `formalDraft` (the draft addresses its reader as De elsewhere), a "De" that opens the sentence is the
 * reader too ("De bes bekrefte …" → "Du bes bekrefte …"), not "they".
 */
export function informalAddress(sentence: string, language: Language, formalDraft = false): string {
  const c = compiled(language);
  if (!c || typeof sentence !== "string" || sentence.length > 2000) return sentence;
  const key = `${language}\u0000${formalDraft ? 1 : 0}\u0000${sentence}`;
  const known = MEMO.informal.get(key);
  if (known !== undefined) return known;
  let out = informal(sentence, c);
  if (formalDraft && /^De(?= )/.test(out)) out = "Du" + out.slice(2);
  return remember(MEMO.informal, key, out !== sentence && factsKept(sentence, out) ? out : sentence);
}

/** The writer speaking of itself: "vi", "me" (nn), "oss", "we", "us". */
export const WRITER = /(?<![\p{L}])(?:vi|me|we|oss|us)(?![\p{L}])/iu;
/** Whether a rewrite brings in the writer as the one who acts, where the text had none. */
export const bringsWriter = (before: string, after: string | null): boolean => !!after && WRITER.test(after) && !WRITER.test(before);

/**
 * Set by variants() when the draft passes on another body's word ("BKK Nett har varsla …", "Statens legemiddelverk
 * informerer om at …"): no rewrite makes the writer the one who acts ("Det anbefales at" → "Vi anbefaler at").
 */
let othersAct = false;
export function setOthersAct(v: boolean): void {
  othersAct = v;
}
export function othersActing(): boolean {
  return othersAct;
}

/**
 * Set by variants(): the stems of the verbs whose work the draft lays on a third party ("Entreprenøren Vestbygg AS må
 * sprengje …"): a passive of one of them ("Det vert sprengt kvardagar") is never turned with "vi" as its doer.
 */
let othersVerbs = new Set<string>();
// (Their stems joined once, for the rewrite memo's key: polishSentence reads it for every sentence.)
let othersKey = "";
export const verbStem = (verb: string): string => verb.toLowerCase().slice(0, 5);
export function setOthersVerbs(v: Set<string>): void {
  othersVerbs = v;
  othersKey = [...v].sort().join(",");
}
export function othersDo(verb: string): boolean {
  return othersVerbs.size > 0 && othersVerbs.has(verbStem(verb));
}
export function othersVerbKey(): string {
  return othersKey;
}

/**
 * The sentence rewritten by the first matching patterns (each pattern at most once), or the sentence itself
 * when nothing matches or a fact would change.
 */
export function rewriteSentence(sentence: string, language: Language, reader: Reader = "du", formal = true): string {
  const c = compiled(language);
  if (!c || typeof sentence !== "string" || sentence.length > 2000) return sentence;
  const key = `${language}\u0000${reader}\u0000${formal ? 1 : 0}\u0000${othersAct ? "o" : ""}\u0000${sentence}`;
  const known = MEMO.rewrite.get(key);
  if (known !== undefined) return known;
  return remember(MEMO.rewrite, key, rewrite(sentence, c, reader, formal));
}

function rewrite(sentence: string, c: Compiled, reader: Reader, formal: boolean): string {
  let out = sentence;
  for (const p of c.patterns) {
    const m = p.re.exec(out);
    if (!m) continue;
    const rep = fill(p.replace, m, c.data, reader);
    if (othersAct && bringsWriter(m[0], rep)) continue;
    let next = out.slice(0, m.index) + rep + out.slice(m.index + m[0].length);
    if (m.index === 0) next = next.charAt(0).toUpperCase() + next.slice(1);
    out = next.replace(/\s{2,}/g, " ");
  }
  if (formal) out = informal(out, c);
  if (out === sentence) return sentence;
  return factsKept(sentence, out) ? out : sentence;
}

/**
 * Whether the draft speaks to several readers ("dere"; in nynorsk "de", "dykk", "dykkar" in lower case inside a
 * sentence, as to a couple who applied together) and never to one ("du"). Nynorsk's capital De/Dykk/Dykkar is the
 * polite singular; bokmål's lower-case "de" is "they".
 */
const DERE = /(?<![\p{L}])dere(?![\p{L}])/iu;
const NN_PLURAL = /(?<=[\p{Ll}\p{N},;:] )(?:de|dykk|dykkar)(?![\p{L}\p{N}])/u;
const DU = /(?<![\p{L}])(?:du|deg|din|ditt|dine)(?![\p{L}])/iu;
export function readerOf(text: string, language?: Language): Reader {
  const plural = language === "nn" ? scanTest(NN_PLURAL, text) : scanTest(DERE, text);
  return plural && !scanTest(DU, text) ? "dere" : "du";
}

/**
 * Whether a draft addresses its reader as De/Dem/Deres (a capital De/Dem/Deres inside a sentence); with
 * language "nn", also as Dykk/Dykkar.
 */
export function formalDraft(text: string, language?: Language): boolean {
  return scanTest(FORMAL, text) || (language === "nn" && scanTest(FORMAL_NN, text));
}
const FORMAL = /(?<=[\p{Ll}\p{N},;:] )(?:De|Dem|Deres)(?![\p{L}\p{N}])/u;
const FORMAL_NN = /(?<=[\p{Ll}\p{N},;:] )(?:Dykk|Dykkar)(?![\p{L}\p{N}])/u;
