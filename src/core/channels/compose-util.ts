// Small helpers shared by the composers.
import type { Language } from "../model";
import imperatives from "../message/cues/imperatives.json";
import { cue } from "../message/cues";
import { openingCondition } from "../message/actions";
import { DEADLINE_HEAD } from "../message/roles";
import type { Message, MessageAction, MessageTime, Part } from "../message/types";
import { LIST_MARKER } from "./render";
import { lineSpanAt, lineTextAt } from "../text/lines";

/** Whether two spans share a character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

// (Each a whole word: "Vedr" is not stripped off "Vedrørande", which left "ørande søknad".)
// (A genre label in front, "Pressemelding: …", "Press release: …", names the kind of text for editors; citizens
// reading an SMS or a post need the news.)
const TITLE_PREFIX = /^(?:(?:vedrørende|vedrørande|vedkommende|vedkomande|vedr|angående|angåande|gjelder|gjeld|bekjentgjøring|kunngjøring|kunngjering)(?![\p{L}])\.?|ang\.|vedr\.|re:|(?:pressemelding|pressemelding|press release|news release|nyhet|nyheit|news)[ \u00A0]*[:–—-])\s*[:–—-]?\s*/iu;

/** The title without reference prefixes ("Vedrørende", "Bekjentgjøring –"), first letter upper-case. */
export function cleanTitle(title: string): string {
  let t = title.trim().replace(/\s+/g, " ");
  const stripped = t.replace(TITLE_PREFIX, "");
  if (stripped.length >= 8) t = stripped;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

// "Hogst langs Elvestien – disse strekningene blir stengt": a part of a title that points at a list ("disse",
// "følgende", "the following") says nothing in a channel that does not give the list.
const POINTER = /(?<![\p{L}])(?:disse|desse|these|those|følgende|følgjande|the following)(?![\p{L}])/iu;
/**
 * A sentence that points at a part of the draft below or above it ("Tabellen under er ikkje retta enno", "som det står
 * i lista nedanfor", "in the table below"): a short channel, which never holds that part, cannot say it.
 */
export const POINTS_ELSEWHERE = /(?<![\p{L}])(?:tabellen|tabell|lista|listen|liste|oversikten|oversikta|skjemaet|the[ \u00A0]+(?:table|list|form|overview))[ \u00A0]+(?:under|nedanfor|nedenfor|ovanfor|ovenfor|over|below|above)(?![\p{L}])|(?<![\p{L}])(?:se|sjå|see)[ \u00A0]+(?:under|nedanfor|nedenfor|below)(?![\p{L}])/iu;

/**
 * The title without pointing at a list the short channel leaves out: "disse strekningene" → "noen strekninger",
 * "desse vegane" → "nokre vegar", "these sections" → "some sections"; else without the part that points; the title
 * itself when no part is left.
 */
export function withoutPointer(title: string): string {
  if (!POINTER.test(title)) return title;
  const some = title
    .replace(/(?<![\p{L}])(D|d)(isse|esse)[ \u00A0]+(\p{Ll}{2,}?)(ene|ane)(?![\p{L}])/gu, (_, d: string, nn: string, stem: string, end: string) => `${d === "D" ? "N" : "n"}${nn === "esse" ? "okre" : "oen"} ${stem}${end === "ane" ? "ar" : "er"}`)
    .replace(/(?<![\p{L}])(T|t)(?:hese|he following)[ \u00A0]+(?=\p{Ll}+s(?![\p{L}]))/gu, (_, t: string) => (t === "T" ? "Some " : "some "));
  if (!POINTER.test(some)) return some;
  const parts = title.split(/[ \u00A0]+[–—-][ \u00A0]+|:[ \u00A0]+/u);
  const kept = parts.filter((p) => !POINTER.test(p));
  const out = kept.join(" – ").trim();
  return kept.length && kept.length < parts.length && out.length >= 8 ? out : title;
}

export function endSentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : t.replace(/[:;,]$/, "") + ".";
}

// A sentence that opens by pointing back at one a short channel leaves out ("For å gjøre dette må vannet stenges i to
// omganger", "Derfor er skolen stengt"): without the opener it stands alone. Norwegian puts the verb second, so the
// subject moves to the front again; only a pronoun or a one-word definite noun is moved, else the sentence is kept.
const BACK_OPENER = /^(?:for å (?:gjøre|gjere|få til) (?:dette|det)|derfor|difor|dermed|to do (?:this|so)|because of this|as a result|therefore)[ \u00A0]*,?[ \u00A0]+/iu;
const V2 = /^(må|skal|blir|vert|vil|kan|er|har|får)[ \u00A0]+(vi|me|det|de|dei|du|den|han|ho|hun|\p{L}+(?:et|en|a|ene|ane|na))(?=[ \u00A0])/iu;

export function standAlone(s: string, language: Language): string {
  const m = BACK_OPENER.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  if (language === "en") return rest.charAt(0).toUpperCase() + rest.slice(1);
  const v = V2.exec(rest);
  if (!v) return s;
  const subject = v[2];
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${v[1].toLowerCase()}${rest.slice(v[0].length)}`;
}

// "Prisen er på 30 000 kroner … Han blir delt ut av ordføraren …": a sentence said without the one before it names the
// thing its pronoun stands for. Only a subject pronoun first in the sentence, and only when the sentence before it
// opens on a definite noun and its verb ("Prisen er …", "The prize is …"); "Det" and "It" are often no pronoun at all.
const PRONOUN_FIRST = /^(han|ho|hun|den|dei|de|they)(?=[ \u00A0]+\p{Ll})/u;
const NOUN_FIRST = /^((?:the[ \u00A0]+)?\p{L}[\p{Ll}-]{2,})[ \u00A0]+(?:er|var|blir|vert|vart|ble|har|hadde|skal|kan|vil|går|gjeld|gjelder|is|are|was|were|will|has|have)(?![\p{L}])/iu;

export function namedSubject(sentence: string, before: string, language: Language): string {
  const p = PRONOUN_FIRST.exec(sentence.replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
  if (!p) return sentence;
  const prev = before.split(/(?<=[.!?])[ \u00A0\n]+/u).filter((x) => x.trim()).pop()?.trim() ?? "";
  const n = NOUN_FIRST.exec(prev);
  if (!n) return sentence;
  const noun = n[1];
  const plural = /^(?:dei|de|they)$/.test(p[1]);
  // The noun's number must agree: "-ene/-ane" (or English "-s") for "dei/de/they", a singular definite else.
  const definite = language === "en" ? /^the[ \u00A0]/i.test(noun) : /(?:en|et|a|ane|ene|na)$/u.test(noun);
  const nounPlural = language === "en" ? /s$/.test(noun) : /(?:ane|ene|na)$/u.test(noun);
  if (!definite || plural !== nounPlural) return sentence;
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)}${sentence.slice(p[1].length)}`;
}

/**
 * The heading right above a block of rows ("Servicetorget" over "Tysdag 23. desember: 08.00–13.00 …"): what the rows
 * are for. Said alone, the rows would read as the hours of everything the notice names.
 */
export function headingAbove(draft: string, start: number): string | undefined {
  const before = draft.slice(Math.max(0, start - 200), start);
  const lines = before.split("\n");
  if (lines[lines.length - 1].trim() !== "" || lines.length < 2) return undefined;
  const h = lines[lines.length - 2].trim();
  const above = lines.length >= 3 ? lines[lines.length - 3].trim() : "";
  if (!h || above !== "" || /[.!?:,;]$/.test(h) || h.split(/\s+/).length > 5 || !/^\p{Lu}/u.test(h)) return undefined;
  return h;
}

/** A schedule said with its heading in front ("Servicetorget – tysdag 23. desember: …"). */
export function withHeading(said: string, heading: string | undefined, language: Language): string {
  if (!heading || said.toLowerCase().startsWith(heading.toLowerCase())) return said;
  const rest = language !== "en" && /^\p{Lu}\p{Ll}*dag(?![\p{L}])/u.test(said) ? said.charAt(0).toLowerCase() + said.slice(1) : said;
  return `${heading} – ${rest}`;
}

const CONDITIONAL = /^(?:[\p{L}-]+\s+som|dersom|hvis|viss|om|når|if|when|those who|anyone who)\s/iu;

/** A full https:// link for a web address written with or without scheme. */
export function fullUrl(text: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  const slash = text.search(/[/?#]/);
  return "https://" + (slash < 0 ? text.toLowerCase() : text.slice(0, slash).toLowerCase() + text.slice(slash));
}

/** Sentences that say what the reader must do ("Drikkevatn skal kokast …"); not questions or conditions. */
const MUST = /(?<![\p{L}])(skal|må|bør|must|should)(?![\p{L}])/iu;
const INSTRUCTION = new Map<string, boolean>();
export function isInstruction(text: string): boolean {
  let r = INSTRUCTION.get(text);
  if (r === undefined) {
    if (INSTRUCTION.size > 5000) INSTRUCTION.clear();
    r = instruction(text);
    INSTRUCTION.set(text, r);
  }
  return r;
}

const IMPERATIVE = new Set([...imperatives.nb, ...imperatives.nn, ...imperatives.en]);

function instruction(text: string): boolean {
  const t = text.trim();
  // "Tapp vann på forhånd." — an imperative first is an instruction (not "Les mer …", which only points on).
  const first = t.split(/\s+/, 2);
  if (IMPERATIVE.has(first[0]?.toLowerCase() ?? "") && !/^(?:mer|meir|more)$/i.test(first[1] ?? "") && !/\?$/.test(t)) return true;
  // "Vi ber deg sende …", "Vi ber om at …" (the rewritten "Abonnentene bes om å …") ask the reader to act.
  if (/^(?:vi ber (?:deg|dere|dykk|om at|alle|samtlige|samtlege)|vi oppfordrer (?:deg|dere|dykk)|we ask you)(?![\p{L}])/iu.test(t) && !/\?$/.test(t)) return true;
  if (!MUST.test(t)) return false;
  // Questions, conditions and inverted conditions ("Er du revisjonspliktig, må du …") are not instructions to all.
  if (/\?$/.test(t) || CONDITIONAL.test(t) || /^\p{L}+\s+(?:du|dere|dykk|you)\s/iu.test(t)) return false;
  // The modal is the main-clause verb (Norwegian V2: within the first five words), and not negated.
  const words = t.split(/\s+/).map((w) => w.replace(/[,.;:!]+$/, "").toLowerCase());
  const i = words.findIndex((w) => MUST.test(w));
  return i >= 1 && i <= 4 && !words.slice(i + 1, i + 3).some((w) => /^(ikke|ikkje|aldri|not|never)$/.test(w));
}


// Names: words the draft writes with a capital inside a sentence or a title ("Stenging av Storbrua",
// "… langs Kyrkjevegen"). A rewrite that moves such a word from the start of its sentence must keep its capital
// ("Storbrua stenges" → "Vi stenger Storbrua"); the rewriters themselves only know the usual name endings.
let namesOf: { text: string; names: Set<string> } | undefined;
function draftNames(draft: string): Set<string> {
  if (namesOf?.text === draft) return namesOf.names;
  const names = new Set<string>();
  // Only the first 200 kB: a name that matters to a short channel is named early.
  const t = draft.length > 200_000 ? draft.slice(0, 200_000) : draft;
  for (const m of t.matchAll(/(?<=[\p{Ll}\p{N},;:][ \u00A0]+)\p{Lu}[\p{Ll}-]{2,}/gu)) names.add(m[0]);
  // The first word of a name of several capitalised words on a short line of its own below the title, as a
  // signature or letterhead gives it ("Lørenskog Municipality", "Bodø Havn KF"); a title may capitalise every word,
  // and in a sentence the first word may be a common noun before a name ("Holdeplassen Torget flyttes …").
  const below = t.indexOf("\n");
  if (below >= 0)
    for (const m of t.slice(below).matchAll(/(?<=\n[ \t]*)(\p{Lu}[\p{Ll}-]{2,})[ \u00A0]+\p{Lu}[\p{L}-]*(?:[ \u00A0]+[\p{L}-]+){0,3}[ \t]*(?=\n|$)/gu)) names.add(m[1]);
  // ("Pris: Vaksinen er gratis" beside "Hvem bør ta vaksinen?": a word the draft also writes in lower case is no name.)
  // (The draft's lower-case words are collected once: a regular expression per name would read the draft again for
  // each.)
  if (names.size) {
    const lower = new Set(t.match(/(?<![\p{L}\p{N}-])\p{Ll}[\p{Ll}-]{2,}(?![\p{L}\p{N}])/gu) ?? []);
    for (const n of [...names]) if (lower.has(n.charAt(0).toLowerCase() + n.slice(1))) names.delete(n);
  }
  namesOf = { text: draft, names };
  return names;
}

// Nynorsk allows "vi" and "me" for the writer; a rewrite that brings in "vi" follows the draft's own choice.
let meOf: { text: string; me: boolean } | undefined;
function draftSaysMe(draft: string): boolean {
  if (meOf?.text === draft) return meOf.me;
  const t = draft.length > 200_000 ? draft.slice(0, 200_000) : draft;
  const me = (t.match(/(?<![\p{L}])[Mm]e(?![\p{L}])/gu) ?? []).length;
  const vi = (t.match(/(?<![\p{L}])[Vv]i(?![\p{L}])/gu) ?? []).length;
  meOf = { text: draft, me: me > vi };
  return meOf.me;
}

/**
 * `out` with the capital back on every name of the draft that `original` had capitalised and `out` lower-cased,
 * and, in a nynorsk draft that says "me", the writer as "me" where the rewrite brought in "vi".
 */
export function keepNames(original: string, out: string, draft: string, language?: string): string {
  if (out === original) return out;
  if (language === "nn" && !/(?<![\p{L}])[Vv]i(?![\p{L}])/u.test(original) && draftSaysMe(draft)) out = out.replace(/(?<![\p{L}])([Vv])i(?![\p{L}])/gu, (_, v: string) => (v === "V" ? "Me" : "me"));
  const names = draftNames(draft);
  if (!names.size) return out;
  // Only the word that opened the original sentence: that is the one a rewrite moves and lower-cases ("Storbrua
  // stenges" → "Vi stenger storbrua"); "the road surface" stays as written beside "Harbour Road".
  const first = /^[\s«"“(]*(\p{Lu}[\p{Ll}-]{2,})/u.exec(original)?.[1];
  if (!first || !names.has(first)) return out;
  const low = first.charAt(0).toLowerCase() + first.slice(1);
  const at = out.search(new RegExp(`(?<![\\p{L}\\p{N}])${low.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u"));
  return at < 0 ? out : out.slice(0, at) + first + out.slice(at + low.length);
}

/** A title written in capitals, in sentence case with the draft's own case for names ("AVLESNING AV VANNMÅLER"). */
export function unshout(title: string, draft: string): string {
  return /\p{Ll}/u.test(title) || !/\p{Lu}{3}/u.test(title) ? title : caseFromDraft(title.charAt(0) + title.slice(1).toLowerCase(), draft);
}

/**
 * A title lowered from capitals gives each word the case the draft writes it in elsewhere, where that is not
 * plain lower case: "tt-kort" → "TT-kort", "bjørkdal" → "Bjørkdal" (a capital inside a sentence is a name's).
 */
export function caseFromDraft(title: string, draft: string): string {
  return title.replace(/(?<![\p{L}\d])[\p{L}][\p{L}\d-]*/gu, (w, at: number) => {
    if (at === 0) return w;
    const re = new RegExp(`(?<![\\p{L}\\d-])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d-])`, "giu");
    for (const m of draft.matchAll(re)) {
      const form = m[0];
      if (form === w || !/\p{Ll}/u.test(form)) continue;
      const inner = /.\p{Lu}/u.test(form);
      const midSentence = /[\p{L}\d,][ \u00A0]$/u.test(draft.slice(Math.max(0, (m.index ?? 0) - 2), m.index));
      if (inner || midSentence) return form;
    }
    return w;
  });
}

/**
 * Whether an action says "dette"/"this" for what the sentence before it says ("Det er mulig å drive med ulike
 * aktiviteter i et enkeltpersonforetak. Du må melde om dette til Brønnøysundregistrene."), while that sentence is
 * not among the parts the variant says. Alone, it asks the reader to report something no one can name.
 * ("for dette året", "about this week": a time, not a pointer back.)
 */
export function pointsBackUnsaid(a: { start: number; end: number; text: string }, draft: string, said: Array<{ start: number; end: number }>, language: Language): boolean {
  const fronted = FRONTED_BACK.exec(a.text.trimStart());
  // ("Følg råda frå dei.", "Follow advice from them.": a pronoun that ends the sentence stands for someone named before.)
  const trailing = TRAILING_PRONOUN.exec(a.text);
  // ("Use the Torget stop instead." points back at the stop it replaces; "i stedet for Bryggen" names it.)
  const hit = cue(language, "backReference").all(a.text).find((h) => !BACK_TIME.test(a.text.slice(h.end)) && !/^[ \u00A0]+(?:for|of)(?![\p{L}])/iu.test(a.text.slice(h.end))) ?? (fronted ? { start: 0, end: fronted[0].length } : undefined) ?? (trailing ? { start: trailing.index, end: trailing.index + trailing[0].length } : undefined);
  // ("There will be an introduction day … on Saturday 24 April at 11:00 … Bring gloves.": what to bring is for the event the
  // sentence before names; said without it, the step sends the reader nowhere.)
  const bring = !hit && a.text.length <= 100 && cue(language, "bringVerbs").first(a.text.trimStart())?.start === 0;
  if (bring) {
    const before = sentenceBefore(a, draft);
    return !!before && /\d/u.test(before.text) && !said.some((p) => overlaps(p, before));
  }
  if (!hit) return false;
  // ("Dette må du gjere:" over its items: a head points forward, at the list it holds.)
  const headEnd = /^[^\n]*:[ \t]*\r?\n/u.exec(a.text)?.[0].length;
  if (headEnd !== undefined && hit.start < headEnd) return false;
  // "Har du fleire opplysningar, må du gjere dette innan …": the condition that opens its own sentence names it.
  // (Not "Vær oppmerksom på at når du har fått vedtaket, kan du ikke gjøre om på dette valget": the choice is before.)
  const opening = openingCondition(a.text, language);
  if (opening && a.text.indexOf(opening) + opening.length <= hit.start) return false;
  // The sentence before the action ends at the last character before the space in front of it.
  let k = a.start;
  while (k > 0 && /\s/u.test(draft[k - 1])) k--;
  if (k === 0) return false;
  // (An action that starts inside its sentence, "Har du flere aktiviteter, må du melde om dette", has its own.)
  if (!/[.!?:]/u.test(draft[k - 1]) && !draft.slice(k, a.start).includes("\n")) return false;
  return !said.some((p) => p.start < k && p.end >= k);
}
/**
 * A sentence that opens with what the one before named: a pronoun object fronted before the modal and "du" ("Den må
 * du også fjerne", "Dei kan du levere på …"), or a time that follows the one before ("Etter det blir dei gitt bort",
 * "After that, they are given to charity"). Alone it points at nothing.
 */
// ("Fram til då skal farleg avfall leverast …", "Until then, …": a time that ends at the one before is said with it.)
export const FRONTED_BACK = /^(?:(?:den|det|dei|dem|disse|desse)[ \u00A0]+(?:må|skal|kan|bør|får)[ \u00A0]+(?:du|dere|De|dykk)|etter[ \u00A0]+det(?:te)?|deretter|etterpå|after[ \u00A0]+(?:that|this)|afterwards|(?:fram|frem|inntil|til)[ \u00A0]+(?:til[ \u00A0]+)?(?:da|då|det)|until[ \u00A0]+then|till[ \u00A0]+then|in[ \u00A0]+the[ \u00A0]+meantime|i[ \u00A0]+mellomtida|i[ \u00A0]+mellomtiden)(?![\p{L}])/iu;
const TRAILING_PRONOUN = /(?<=[ \u00A0])(?:dei|dem|them|ham|henne|him|her)(?=[ \u00A0]*[.!]?[ \u00A0]*$)/u;
const BACK_TIME = /^[ \u00A0]+(?:år(?:et)?|uke[an]?|veka?|veke|måned(?:en)?|månad(?:en)?|helg(?:a|en)?|høst(?:en)?|haust(?:en)?|vår(?:en)?|sommer(?:en)?|sommar(?:en)?|vinter(?:en)?|year|week|month|weekend|spring|summer|autumn|winter)(?![\p{L}])/iu;

/** "Høringsfristen er fredag 29. januar 2027.": a deadline the draft names in a sentence of its own. */
export function namedDeadline(m: Message, draft: string): MessageTime | undefined {
  return m.times.find((t) => t.role === "deadline" && t.form === "date" && NAMED_DEADLINE.test(draft.slice(Math.max(0, t.start - 60), t.start)) && !forSomeReaders(t, draft, m.language));
}

/**
 * "If you cannot go to a polling station …, you can apply to vote at home. The deadline is Wednesday 8 September":
 * a deadline in a sentence that opens on a condition on the reader, or right after one in its paragraph, is for
 * the readers the condition names; said alone as "The deadline is …" it would be everyone's.
 */
function forSomeReaders(t: { start: number; end: number }, draft: string, language: Language): boolean {
  const own = sentenceAround(draft, t);
  if (!own) return false;
  if (openingCondition(own.text, language)) return true;
  const head = draft.slice(Math.max(0, own.start - 300), own.start);
  if (/\n[ \t]*\n[ \t]*$/u.test(head) || !/[.!?][ \t]*\n?[ \t]*$/u.test(head)) return false;
  const prev = head.replace(/[ \t\n]+$/u, "").split(/(?<=[.!?])[ \t]+(?=\p{Lu})|\n/u).pop() ?? "";
  return !!openingCondition(prev, language);
}
const NAMED_DEADLINE = /(?:\p{L}*frist(?:en)?|deadline|last[ \u00A0]+day|siste[ \u00A0]+dag(?:en)?)[^.!?\n]{0,40}?[ \u00A0](?:er|blir|vert|is|will[ \u00A0]+be)[ \u00A0]+$/iu;

/**
 * A sentence without the clause of purpose or reason that opens it, its main clause in subject-first order: "For at
 * brøytemannskapene skal kunne fjerne snøen, innfører vi forbod …" → "Vi innfører forbod …". Undefined when the
 * main clause's subject is not a pronoun (the verb-second order cannot be turned back safely).
 */
export function withoutFrontedReason(text: string, language: Language): string | undefined {
  if (language === "en") {
    const m = /^(?:because|since|so that|in order to|due to)[ \u00A0][^,]{3,160},[ \u00A0]+(?=\p{L})/iu.exec(text);
    return m ? text.charAt(m[0].length).toUpperCase() + text.slice(m[0].length + 1) : undefined;
  }
  const m = /^(?:for at|fordi|ettersom|på grunn av|grunna|for å)[ \u00A0][^,]{3,160},[ \u00A0]+(\p{Ll}+)[ \u00A0]+(vi|me|du|dere|de|dei|det)(?=[ \u00A0])/iu.exec(text);
  return m ? `${m[2].charAt(0).toUpperCase()}${m[2].slice(1)} ${m[1]}${text.slice(m[0].length)}` : undefined;
}


/** An action that offers a way round ("Bruk gangveien langs Bjørkvegen", "Use the temporary stop …", "Ta buss 12"). */
const ALTERNATIVE = /^(?:bruk|nytt|ta|kjør|køyr|gå|sykle|følg|fylg|use|take|drive|walk|follow|go)(?![\p{L}])/iu;

/**
 * The sentence right before an action that offers a way round, when it says what is closed ("Gang- og sykkelveien
 * langs skolen blir stengt i hele anleggsperioden. Bruk gangveien langs Bjørkvegen."): the action says nothing
 * without it. Undefined otherwise.
 */
export function closureBefore(a: { start: number; text: string }, draft: string, language: Language): { start: number; end: number; text: string } | undefined {
  if (!ALTERNATIVE.test(a.text.trimStart())) return undefined;
  const before = sentenceBefore(a, draft);
  const text = before?.text;
  if (!text || !(cue(language, "closedFor").test(text) || cue(language, "statusWords").test(text) || cue(language, "notRunning").test(text))) return undefined;
  return before;
}

/** The sentence right before `a` in its paragraph ("Rute 12 køyrer ikkje lenger om Skogheim." before "Bruk rute 14 i staden."). */
export function sentenceBefore(a: { start: number }, draft: string): { start: number; end: number; text: string } | undefined {
  let k = a.start;
  while (k > 0 && /[ \t\u00A0]/u.test(draft[k - 1])) k--;
  if (k === 0 || !/[.!?]/u.test(draft[k - 1])) return undefined;
  const head = draft.slice(Math.max(0, k - 300), k - 1);
  const cut = Math.max(head.search(/[.!?][ \t\u00A0]+\p{Lu}[^.!?]*$/u) + 1, head.lastIndexOf("\n") + 1);
  const text = head.slice(cut).trim();
  if (!text) return undefined;
  const start = k - 1 - head.length + cut + (head.slice(cut).length - head.slice(cut).trimStart().length);
  return { start, end: k, text: draft.slice(start, k) };
}

/** The line that holds `at` ("Gjeld: Fenalår, 1,2 kg, best før 30.06.2026, partinummer 26-118."), trimmed. */
export function lineAround(draft: string, at: { start: number; end: number }): Part | undefined {
  const start = lineSpanAt(draft, at.start).start;
  const raw = draft.slice(start, lineSpanAt(draft, at.end).end);
  const text = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  return text ? { start: start + lead, end: start + lead + text.length, text } : undefined;
}

/** The stop that ends a sentence: before a capital (or a quote, a bracket) or at the end of the line. */
export const SENTENCE_STOP = /[.!?](?=[ \t\u00A0]+[\p{Lu}«"(]|[ \t\u00A0]*(?:\r?\n|$))/u;
const SENTENCE_END = new RegExp(`${SENTENCE_STOP.source}|\\n`, "u");

export function sentenceAround(draft: string, at: { start: number; end: number }): Part | undefined {
  const head = draft.slice(Math.max(0, at.start - 300), at.start);
  // A sentence ends at a line break or at a stop with a capital after it: not inside "frammr.no", "1. mars" or
  // "kl. 06.00".
  let stop = -1;
  for (const b of head.matchAll(/[.!?:](?=[ \t\u00A0]+[\p{Lu}«"(])|\n/gu)) stop = b.index ?? stop;
  const start = at.start - head.length + stop + 1;
  // (It ends like `sentenceAfter`'s: at a stop before a capital or the line's end, so "kl. 08.00" and "ca. 15" do not end
  // it.)
  const tail = SENTENCE_END.exec(draft.slice(at.end, at.end + 300));
  if (!tail) return undefined;
  const end = at.end + tail.index + (tail[0] === "\n" ? 0 : 1);
  const raw = draft.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return text ? { start: start + lead, end: start + lead + text.length, text } : undefined;
}

/**
 * What the sender will do by a date ("Vi sender ny faktura innen 1. mars."), wherever the draft says it: with no time
 * for the event and nothing for the reader to do, it is what happens next. Never one branch of a list or a sentence for some readers ("- Hvis du
 * allerede har betalt: Du får pengene tilbake innen 15. mars"), nor a sentence of the lead (said already).
 */
export function promiseSentences(m: Message, draft: string, language: Language): Part[] {
  // (Where the reader has a step to take, that step is the news: "Du får svar innen utgangen av april" comes after
  // applying, and the letter says it.)
  if (m.actions.length) return [];
  const conditions = cue(language, "conditions");
  const opensOnCondition = (x: string) => conditions.first(x.slice(0, 80))?.start === 0;
  return m.times
    .filter((t) => t.role === "expected" && t.form === "date")
    .map((t) => ({ s: sentenceAround(draft, t), line: lineAround(draft, t) }))
    .filter((x): x is { s: Part; line: Part } => !!x.s && !!x.line && x.s.text.length <= 140 && !LIST_MARKER.test(x.line.text) && !opensOnCondition(x.line.text) && !opensOnCondition(x.s.text) && !m.lead.some((l) => l.start < x.s!.end && x.s!.start < l.end))
    .map((x) => x.s)
    .filter((p, i, all) => all.findIndex((q) => q.start === p.start) === i);
}

/**
 * Sentences outside the lead that give a date or a week of their own for when something is shut, called off, moved,
 * open again or not done ("Passkontoret holder stengt 14.–17. oktober fordi vi oppgraderer datasystemet." under news
 * of new opening hours; "I uke 12 blir det ikke sprengt"), in draft order: a reader who goes by the lead alone comes
 * on the wrong day. Not the sender's follow-up work ("Vi tek nye prøvar måndag 3. november", "En geolog skal undersøke
 * fjellsiden i uke 47"), a step of the reader's, a consequence or a warning (each has its own place), one item of a
 * list, a sentence for some readers ("Hvis du …"), or one whose only time is the event's own.
 */
/**
 * "For deg som bur i Nordbygda, blir middagen levert mellom kl. 1030 og 1200. Til no har han kome mellom kl. 1300 og
 * 1430.": a new clock time beside the old one it replaces, in its paragraph, is the change itself.
 */
export function replacesOldClock(m: Message, draft: string, t: MessageTime): boolean {
  return t.role === "new" && t.form === "clock" && m.times.some((x) => x.role === "superseded" && x.form === "clock" && Math.abs(x.start - t.start) < 240 && !/\n[ \t]*\n/u.test(draft.slice(Math.min(x.end, t.end), Math.max(x.start, t.start))));
}

export function outsideTimed(m: Message, draft: string, when: MessageTime | undefined, language: Language, hours = hoursOfTitle(m, draft, when, language)): Part[] {
  const conditions = cue(language, "conditions");
  const status = cue(language, "statusWords");
  const out: Part[] = [];
  for (const t of m.times.slice(0, 200)) {
    const movedClock = replacesOldClock(m, draft, t);
    if (t.role !== "new" || (!["date", "week", "weekday", "relative-day"].includes(t.form) && !movedClock) || (when && (overlaps(t, when) || (t.form !== "relative-day" && (t.value === when.value || when.value.split("/").includes(t.value)))))) continue;
    // (The title's date is the lead's: "Bandtvang for hund frå 1. april" over "Frå 1. april til 20. august …".)
    if ([m.subject, ...m.lead, ...m.actions, ...m.consequences, ...m.warnings].some((p) => overlaps(t, p)) || m.events.some((e) => e.when === t)) continue;
    const s = sentenceAround(draft, t);
    const line = lineAround(draft, t);
    if (!s || !line || LIST_MARKER.test(line.text) || /\?$/.test(s.text) || (conditions.first(s.text.slice(0, 80))?.start === 0 && !movedClock)) continue;
    // ("Helsestasjonen held vaksinasjonsdagar onsdag 5. mai og onsdag 26. mai" under "TBE – informasjonsmøte og
    // vaksinasjon": the dates of what the title names besides the lead's event.)
    if (!movedClock && !status.test(s.text) && !/(?<![\p{L}])(?:ikke|ikkje|not|no)(?![\p{L}])/iu.test(s.text) && !titleTopic(m.subject.text, s.text)) continue;
    if (out.some((o) => o.start === s.start) || m.lead.some((l) => overlaps(l, s))) continue;
    out.push(s);
  }
  if (hours && !out.some((o) => overlaps(o, hours))) out.push(hours);
  return out;
}

/**
 * "Disse veiene er stengt fra kl. 08.00 til kl. 14.00:" and the roads under it, beside "Veier stengt under Fjordbyløpet
 * lørdag 7. september": the hours of what the title says happens on its day, said with the list they introduce; the
 * frame's own sentence ("Fjordbyløpet blir arrangert lørdag 7. september") says neither which roads nor when.
 */
export function hoursOfTitle(m: Message, draft: string, when: MessageTime | undefined, language: Language): Part | undefined {
  const status = cue(language, "statusWords");
  const said = status.all(m.subject.text).map((w) => w.text.toLowerCase().slice(0, 5));
  if (!said.length) return undefined;
  for (const t of m.times.slice(0, 200)) {
    if (t.role !== "new" || t.form !== "clock" || (when && overlaps(t, when)) || [m.subject, ...m.actions, ...m.warnings].some((p) => overlaps(t, p))) continue;
    const s = sentenceAround(draft, t);
    if (!s || s.text.length > 200 || LIST_MARKER.test(lineAround(draft, t)?.text ?? "-") || !status.all(s.text).some((w) => said.includes(w.text.toLowerCase().slice(0, 5)))) continue;
    const whole = introWithList(s, draft);
    if (whole) return whole;
  }
  return undefined;
}

/**
 * Does a sentence speak of the second of two things the title names ("informasjonsmøte og vaksinasjon": a long word
 * after the last "og"/"and", begun alike over 8 letters)? A title of one thing has no second to give its own time.
 */
export function titleTopic(title: string, sentence: string): boolean {
  const and = title ? /^(?:[\s\S]*)[ \u00A0](?:og|and|&)[ \u00A0]+([\s\S]+)$/iu.exec(title) : null;
  if (!and || sentence.length > 220) return false;
  const stems = (and[1].toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 8));
  return (sentence.toLowerCase().match(/\p{L}{5,}/gu) ?? []).some((w) => stems.some((x) => w.startsWith(x)));
}

/**
 * "Residents in these streets are advised to …" after "The following streets are at risk of flooding:" and its items:
 * said alone, "these streets" names nothing. The items take its place ("Residents in Strandgata, Brugata from number
 * 10 to 40 and Kaiveien are advised to …") when the list is short (up to five items of up to 40 characters), ends at
 * most two lines before the sentence, and its intro names the same thing ("streets"). Otherwise undefined.
 */
export function namedFromList(text: string, at: number, draft: string, language: Language): string | undefined {
  const m = THESE_NOUN.exec(text);
  if (!m) return undefined;
  const before = draft.slice(Math.max(0, at - 600), at);
  const lines = before.split(/\r?\n/);
  // The list's last item within the last few lines, then its items upward to the intro ending on a colon.
  let i = lines.length - 1;
  while (i >= 0 && lines.length - 1 - i <= 2 && !LIST_MARKER.test(lines[i])) i--;
  if (i < 0 || !LIST_MARKER.test(lines[i])) return undefined;
  const items: string[] = [];
  while (i >= 0 && LIST_MARKER.test(lines[i])) items.unshift(lines[i--].replace(LIST_MARKER, "").trim().replace(/[.;,]$/u, ""));
  const intro = i >= 0 ? lines[i].trim() : "";
  if (!/:$/.test(intro) || items.length < 1 || items.length > 5 || items.some((x) => x.length > 40 || !x)) return undefined;
  const noun = m[2].toLowerCase().slice(0, 5);
  if (!intro.toLowerCase().includes(noun)) return undefined;
  const and = language === "en" ? "and" : "og";
  const joined = items.length === 1 ? items[0] : `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
  return text.slice(0, m.index) + joined + text.slice(m.index + m[0].length);
}
const THESE_NOUN = /(?<![\p{L}])(these|those|disse|desse|dei|de)[ \u00A0]+(\p{Ll}{4,})(?![\p{L}])/u;

/**
 * A sentence that ends on a colon, with the list right under it ("The following streets are at risk of flooding:" /
 * "- Strandgata" / …): the block of both, up to eight items of up to 120 characters; undefined when no list follows
 * (said alone, the sentence promises what it never gives).
 */
export function introWithList(p: Part, draft: string): Part | undefined {
  if (!/:\s*$/.test(p.text)) return p;
  const rest = draft.slice(p.end, p.end + 1200);
  const m = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?((?:[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+[^\n]{1,120}(?:\r?\n|$)){1,8})/u.exec(rest);
  if (!m) return undefined;
  const end = p.end + m.index + m[0].replace(/\s+$/u, "").length;
  return { start: p.start, end, text: draft.slice(p.start, end) };
}

/**
 * A sentence without the source it cites at its end ("…, slik det står i forskrift om brannførebyggjande tiltak.",
 * "…, jf. forvaltningsloven § 28.", "…, as set out in the regulations."): a short channel says the rule, the letter
 * its source. Unchanged when nothing of substance would be left.
 */
export function withoutSource(text: string | undefined): string | undefined {
  if (!text) return text;
  const m = /,[ \u00A0]+(?:slik|som)[ \u00A0]+det[ \u00A0]+(?:står|går fram|kjem fram|kommer fram)[ \u00A0]+(?:i|av)[ \u00A0][^.!?]*([.!]?)$|,[ \u00A0]+(?:jf\.|jamfør|jfr\.|etter|ifølge|ifølgje|i samsvar med)[ \u00A0][^.!?,]*(?:§|lov|forskrift|vedtak|reglement)[^.!?]*([.!]?)$|,[ \u00A0]+(?:as set out in|according to|in accordance with|under)[ \u00A0][^.!?]*(?:act|regulations?|section|law|§)[^.!?]*([.!]?)$/iu.exec(text);
  return m && m.index >= 30 ? text.slice(0, m.index) + (m[1] || m[2] || m[3] || ".") : text;
}

/**
 * The sentence that holds a deadline, said, when the action's own words are not ("Hvis du ikke har søkt innen 25. juni,
 * får du ikke bostøtte for juli."): it says what is due by then, which a bare "Frist: 25. juni" does not. Undefined
 * when that sentence is said already (`taken`), is longer than 130 characters or loses the deadline in the saying.
 */
export function deadlineSentence(dl: MessageTime | undefined, draft: string, say: (p: Part) => string | undefined, taken: Array<{ start: number; end: number }>): string | undefined {
  const part = dl ? sentenceAround(draft, dl) : undefined;
  if (!dl || !part || taken.some((u) => u.start < part.end && part.start < u.end)) return undefined;
  const said = say(part);
  return said && said.length <= 130 && said.includes(dl.text.trim()) ? said : undefined;
}

/**
 * A list head that names its readers, said as the condition that opens a sentence: "Til deg som bor i nærheten" →
 * "Bor du i nærheten", "Til dykk som bur nær elva" → "Bur de nær elva", "For those who live nearby" → "If you live
 * nearby". Undefined for any other condition.
 */
export function groupAsCondition(condition: string, language: Language): string | undefined {
  if (language === "en") {
    const m = /^(?:[Ff]or|[Tt]o)[ \u00A0]+(?:those|everyone|anyone|you)[ \u00A0]+who[ \u00A0]+(\p{Ll}+)(.*)$/u.exec(condition.trim());
    if (!m) return undefined;
    const verb = /^(?:is|are)$/u.test(m[1]) ? "are" : /^has$/u.test(m[1]) ? "have" : m[1].replace(/(?<=[^s])s$/u, "");
    return `If you ${verb}${m[2]}`;
  }
  // ("Til deg som likevel må ut på isen" → "Må du likevel ut på isen": an adverb before the verb goes after the subject.)
  const m = /^(?:til|for)[ \u00A0]+(deg|dere|dykk|alle)[ \u00A0]+som[ \u00A0]+((?:likevel|også|òg|ikke|ikkje|fortsatt|framleis|allerede|alt|ofte|gjerne)[ \u00A0]+)?(\p{Ll}+)(.*)$/iu.exec(condition.trim());
  if (!m) return undefined;
  const you = /^dykk$/iu.test(m[1]) ? "de" : /^dere$/iu.test(m[1]) ? "dere" : "du";
  return `${m[3].charAt(0).toUpperCase()}${m[3].slice(1)} ${you}${m[2] ? ` ${m[2].trim()}` : ""}${m[4]}`;
}

/**
 * A step said after the condition that opens its sentence: "Bor du i nærheten" + "Hold vinduer …" → "Bor du i
 * nærheten, hold vinduer …". In Norwegian the verb comes second, so a step with its subject first turns round:
 * "Kan du ikkje kome" + "Du må be om refusjon …" → "Kan du ikkje kome, må du be om refusjon …".
 */
export function withCondition(condition: string, said: string, language: Language): string {
  const v2 = language === "en" ? null : /^(du|dere|dykk|De)[ \u00A0]+(\p{Ll}+)(?=[ \u00A0])/u.exec(said.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()));
  const rest = v2 ? `${v2[2]} ${v2[1]}${said.slice(v2[0].length)}` : `${said.charAt(0).toLowerCase()}${said.slice(1)}`;
  return `${condition}, ${rest}`;
}

/**
 * A step's condition as a short channel can say it before the step: a group head turned into a condition ("Til deg
 * som bor i nærleiken" → "Bor du i nærleiken"), or a condition already on the reader ("Kan du ikkje kome den nye
 * datoen", "Hvis du har betalt"); undefined for anything else (a list item's head, a scope of places).
 */
export function sayableCondition(condition: string, language: Language): string | undefined {
  const c = condition.trim().replace(/[,:]$/u, "");
  if (c.length > 80 || /[\n{}]/u.test(c)) return undefined;
  const group = groupAsCondition(c, language);
  if (group) return group;
  const onReader = /^(?:(?:hvis|dersom|viss|om|if|when|når)[ \u00A0]+(?:du|dere|dykk|de|you)|\p{L}+[ \u00A0]+(?:du|dere|dykk|de|you))(?![\p{L}])/iu;
  return onReader.test(c) ? c : undefined;
}

/**
 * A warning said as a short channel may: alone when it is for everyone; with its readers when it is a step for
 * those a list head names ("- Møt opp på evakueringssenteret" under "Til deg som bor innenfor sperringen:" → "Bor du
 * innenfor sperringen, møt opp på evakueringssenteret …"); undefined when it is for some readers it cannot name.
 */
export function warningForReaders(w: Part, m: Message, say: (p: Part) => string | undefined): string | undefined {
  const a = m.actions.find((x) => x.start < w.end && w.start < x.end && !!x.condition && !x.text.includes(x.condition));
  if (!a) return say(w);
  const g = groupAsCondition(a.condition!, m.language);
  const x = g ? say(w) : undefined;
  return g && x ? withCondition(g, x, m.language) : undefined;
}

/**
 * Deadlines given as rows under a heading that names them ("Frister" / "- Arbeidstakere og pensjonister: 30. april" /
 * "- Selvstendig næringsdrivende: 31. mai"), said as one line: "Frister: arbeidstakere og pensjonister 30. april,
 * selvstendig næringsdrivende 31. mai." Undefined when no deadline of the message stands in such rows, or when a row
 * holds more than a label and its date.
 */
export function deadlineRows(m: Message, draft: string): { part: Part; text: string } | undefined {
  const t = m.times.find((x) => x.role === "deadline" && /^[ \t]*[-–•*][ \u00A0]+[^:\n]{2,60}:[ \u00A0]*\S/u.test(lineTextAt(draft, x.start)) && !m.actions.some((a) => x.start >= a.start && x.end <= a.end));
  if (!t) return undefined;
  const lines: Array<{ start: number; end: number }> = [];
  let at = lineSpanAt(draft, t.start);
  while (at.start > 0 && /^[ \t]*[-–•*][ \u00A0]/u.test(draft.slice(at.start, at.end))) {
    lines.unshift(at);
    at = lineSpanAt(draft, at.start - 1);
  }
  const head = draft.slice(at.start, at.end).trim().replace(/:$/u, "");
  if (!head || !DEADLINE_HEAD.test(head)) return undefined;
  for (let next = lineSpanAt(draft, lines[lines.length - 1].end + 1); lines[lines.length - 1].end < draft.length && /^[ \t]*[-–•*][ \u00A0]/u.test(draft.slice(next.start, next.end)) && lines.length < 6; next = lineSpanAt(draft, next.end + 1)) lines.push(next);
  const rows = lines.map((l) => /^[ \t]*[-–•*][ \u00A0]+([^:\n]{2,60}):[ \u00A0]*([^\n]+?)[ \t.;,]*$/u.exec(draft.slice(l.start, l.end)));
  if (rows.some((r) => !r || r[2].length > 40)) return undefined;
  const said = rows.map((r) => `${r![1].trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())} ${r![2].trim()}`);
  return { part: { start: at.start, end: lines[lines.length - 1].end, text: draft.slice(at.start, lines[lines.length - 1].end) }, text: `${head}: ${said.join(", ")}.` };
}

/**
 * "The old brown container for paper will be collected in week 8. Please empty it and leave it by the road …": a step
 * whose object is a pronoun for the thing the sentence right before it opens on. Said without that sentence, the
 * pronoun names nothing (or the wrong thing); `said` gets the thing's own words instead ("Please empty the old brown
 * container for paper and leave it …"). Undefined when the step has no such pronoun or the sentence before names no
 * definite thing first.
 */
export function namedObject(step: { start: number; text: string }, said: string, draft: string, language: Language): string | undefined {
  const m = OBJECT_PRONOUN.exec(step.text.trimStart());
  if (!m) return undefined;
  const prev = sentenceBefore(step, draft);
  if (!prev || /\n/u.test(draft.slice(prev.end, step.start))) return undefined;
  const np = (language === "en" ? NP_FIRST_EN : NP_FIRST_NO).exec(prev.text.trimStart())?.[1];
  if (!np || (language !== "en" && !/(?:en|et|a|ene|ane|na)(?![\p{L}])/u.test(np))) return undefined;
  const at = said.search(new RegExp(`(?<![\\p{L}])${m[1]}[ \\u00A0]+${m[2]}(?![\\p{L}])`, "iu"));
  if (at < 0) return undefined;
  const thing = /^\p{Lu}\p{Ll}/u.test(np) && /^(?:the|den|det|dei|de)[ \u00A0]/iu.test(np) ? np.charAt(0).toLowerCase() + np.slice(1) : np;
  const verbEnd = at + m[1].length;
  const pronounStart = said.indexOf(m[2], verbEnd);
  return said.slice(0, pronounStart) + thing + said.slice(pronounStart + m[2].length);
}
// An imperative (after "Please" or "Vennligst") and an object pronoun: "Please empty it", "Tøm den", "Set them out".
const OBJECT_PRONOUN = /^(?:(?:please|vennligst|venlegst)[ \u00A0]+)?(\p{L}{2,})[ \u00A0]+(it|them|den|det|dei|dem)(?=[ \u00A0,.;]|$)/iu;
// The thing a sentence opens on, up to its finite verb: "The old brown container for paper will be …".
const NP_FIRST_EN = /^(The[ \u00A0][^,.;:]{3,60}?)[ \u00A0]+(?:will|is|are|must|has|have|was|were|can|should|may)(?![\p{L}])/u;
const NP_FIRST_NO = /^((?:(?:Den|Det|Dei|De)[ \u00A0]+)?\p{Lu}?[^,.;:]{3,60}?)[ \u00A0]+(?:blir|vil|skal|er|må|kan|vert|var|ble|blei|vart)(?![\p{L}])/u;

/** A condition that is only the reader's wish: "Dersom du vil ha …", "Ønsker du …", "If you want …"; no group of readers. */
// ("Dersom du eller andre pårørande vil vere til stades": the reader and others like them, wishing, is a wish too.)
export const WISH = /^(?:(?:dersom|hvis|viss|om|if)[ \u00A0]+)?(?:(?:ønsker|ønskjer|vil)[ \u00A0]+(?:du|dere|De|dykk|de)|(?:du|dere|De|dykk|de)(?:[ \u00A0]+(?:eller|og|or|and)(?:[ \u00A0]+\p{L}+){1,2}?)?[ \u00A0]+(?:ønsker|ønskjer|vil)|you(?:[ \u00A0]+(?:or|and)(?:[ \u00A0]+\p{L}+){1,2}?)?[ \u00A0]+(?:want|wish|would like))(?![\p{L}])/iu;

/**
 * A list of steps as a short channel said it, without the reasons each item gives after its step ("Dette må du gjere:"
 * / "- Lat grindene stå slik du fann dei. Ei open grind kan føre til …" → "… Lat grindene stå slik du fann dei. …"):
 * the steps stay, whole; the letter keeps why. Undefined when the list has no such tails, or they are not found as said.
 */
export function withoutItemReasons(list: string, said: string): string | undefined {
  const lines = list.split(/\r?\n/u).slice(1);
  if (lines.length < 2 || !lines.every((l) => !l.trim() || LIST_MARKER.test(l))) return undefined;
  const tails = lines.flatMap((l) => itemSentences(l.replace(LIST_MARKER, "")).slice(1));
  let out = said;
  for (const t of tails) out = out.replace(` ${t.trim()}`, "");
  return out !== said ? out : undefined;
}

/** A list item in lower case: a fragment that finishes the clause of the head over it ("Vi ber alle om å:" / "- holde …"). */
export const FRAGMENT_ITEM = /^[ \t]*[-–•*][ \u00A0]+\p{Ll}/u;

/** A list item's sentences ("Lat grindene stå slik du fann dei. Ei open grind kan …" → two); a day's number ends none. */
export function itemSentences(item: string): string[] {
  return item.trim().split(/(?<=[^\d][.!])[ \u00A0]+(?=\p{Lu})/u);
}

/** Whether two texts share a content word (its first five letters, in words of five letters or more). */
function sharesStem(a: string, b: string): boolean {
  const stems = (x: string) => new Set((x.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5)));
  const sb = stems(b);
  return [...stems(a)].some((w) => sb.has(w));
}

/**
 * A step with a date whose condition is the very thing the notice is about ("Sykler som ser forlatte ut, blir merket med
 * en gul lapp" / "Hvis sykkelen din har fått en gul lapp …, må du fjerne lappen innen fredag 20. mars"): what the notice
 * asks of those it touches, said whole with its condition in a public channel. `about` is the title and the event
 * sentence. "Bor du i utlandet, må du …" under an election notice names another matter.
 */
export function topicalStep(a: MessageAction, about: string): boolean {
  return !!a.condition && !!a.deadline && a.deadline.form === "date" && a.text.includes(a.condition) && sharesStem(a.condition, about);
}

/** A sentence without the reason clause at its end ("…, fordi …", "… because …"), when what is left still says something. */
export function withoutReason(text: string | undefined): string | undefined {
  if (!text) return text;
  const m = /,?[ \u00A0]+(?:fordi|ettersom|because|på[ \u00A0]grunn[ \u00A0]av|due[ \u00A0]to)[ \u00A0][^.!?]*([.!]?)$/u.exec(text);
  return m && m.index >= 30 ? text.slice(0, m.index) + (m[1] || ".") : text;
}
