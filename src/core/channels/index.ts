/**
 * Channel variants: one draft becomes a letter, an SMS and a social post that keep every fact, invent
 * none and leak no personal data.
 *
 *   variants(text, options?)  → VariantsResult (the JSON contract of DESIGN.md)
 *   checkVariant(channel, text, draftFacts, options?) → Finding[]   re-check an edited variant live
 *   smsInfo(text)             → { encoding, segments, length, nonGsm: [{char,start,end,replacement}] … }
 *   gsmSafe(text)             → text with « » – — ’ “ ” … NBSP • replaced by GSM-7 characters (never "?")
 *   postLengths(text)         → { x, facebook, linkedin, instagram }
 *   validateSenderId(id)      → null or the reason it cannot be used
 *
 * Beyond DESIGN.md's contract the result carries `audience` ({ personal, kind }: why a post is unsuitable),
 * `errors` (invalid options, e.g. an SMS sender id) and per variant `required` (the draft facts the channel
 * must keep — pass them to checkVariant when re-checking an edited variant).
 *
 * Composition is deterministic and uses only the draft's own sentences (after the core's safe fixes, with
 * empty openers dropped and long coordinated sentences split), the draft's facts and the fixed phrases in
 * templates/{nb,nn,en}.json; checks guard every variant against invented or lost facts.
 */
import type { Fact, Finding, Language, Locale } from "../model";
import { lowerBound } from "../text/lower-bound";
import { extractFacts } from "../facts";
import { analyzeDoc } from "../index";
import type { Doc, Edit } from "../model";
import { applyEdits, safeFixes } from "../edits";
import { templates, msg, fill, type MessageKey } from "./i18n";
import { readStructure, type DraftStructure } from "../message/structure";
import { readMessage } from "../message/understand";
import type { Message, MessageOverride, Omission, Part } from "../message/types";
import { detectPersonalData, nationalIdType, isValidAccountNumber } from "../detect";
import type { Suitability } from "./suitability";
import { composeLetter } from "./letter";
import { composeSms, type SmsLinkPolicy, type Left } from "./sms-compose";
import { composePost } from "./post-compose";
import { checkVariant, coreFindings, factFindings, type Channel } from "./checks";
import { smsInfo, type SmsEncoding } from "./sms";
import { postLengths, type PostLengths } from "./post";
import { PLATFORMS, type Platform } from "./profiles";
import { cleanTitle, sentenceAround } from "./compose-util";
import { withRelativeDates } from "./render";
import { bringsWriter, clearRewriteMemo, readerOf, setOthersAct, setOthersVerbs, verbStem } from "./rewrite";
import { othersDutyVerb } from "../message/duty-owner";
import { setPartyLetter, setPluralReader } from "./letter-polish";
import { denseLimit, headEnd, shiftedOffset } from "./head";
import { parse } from "../text/parse";

export { checkVariant, type Channel, type CheckOptions } from "./checks";
export { smsInfo, gsmSafe, nonGsmChars, isGsmChar, type SmsInfo, type NonGsmChar, type SmsEncoding } from "./sms";
export { postLengths, xLength, toHashtag, type PostLengths } from "./post";
export { PROFILES, PLATFORMS, type Platform } from "./profiles";
export type { Suitability, PersonalKind } from "./suitability";
export type { SmsLinkPolicy } from "./sms-compose";

export interface VariantOptions {
  /** UI language for messages (default "nb"). */
  locale?: Locale;
  /** Draft language; default: detect. */
  language?: Language | "auto";
  /** Sender named in sign-offs ("Fjordvik kommune"); default: the sender the draft names. */
  senderName?: string;
  /** Alphanumeric SMS sender id (≤ 11 characters, A–Z a–z 0–9 and space). */
  smsSenderId?: string;
  contactPhone?: string;
  contactWeb?: string;
  /**
   * Links in public SMS: "none" (default: the bare host of the draft's web address as plain text, "Les mer på
   * fjordvik.kommune.no"; nothing when neither the draft nor `contactWeb` gives one), "domain" (host and path
   * without scheme, "Les mer på fjordvik.kommune.no/vannavbrudd"), "url" (full https link). A notice about a
   * letter to one person never carries an address.
   */
  smsLinks?: SmsLinkPolicy;
  /** Hashtags for the post (made CamelCase; none are invented). */
  hashtags?: string[];
  /** Platforms the post is checked for (default all four). */
  platforms?: Platform[];
  /** Apply the core's safe fixes (kanselli words etc.) before composing (default true). */
  applySafeFixes?: boolean;
  /** Corrections of the message model (audience, a time's role, the key time, the sender, the kind); the variants re-render from them. */
  message?: MessageOverride;
}

export interface Variant {
  text: string;
  findings: Finding[];
  unsuitable?: string;
  /** Draft facts this channel must keep (for re-checking an edited variant with checkVariant). */
  required?: Fact[];
  /** What this variant left out of the message, and why. */
  omitted?: Omission[];
}

export interface SmsVariant extends Variant {
  encoding: SmsEncoding;
  segments: number;
  length: number;
}

export interface PostVariant extends Variant {
  lengths: PostLengths;
}

export interface VariantsResult {
  language: Language;
  facts: Fact[];
  /** What the draft says (src/core/message): the variants are rendered from it. */
  message: Message;
  /** Whether the draft is addressed to one person, and why. */
  audience: { personal: boolean; kind: Suitability["kind"] };
  variants: { letter: Variant; sms: SmsVariant; post: PostVariant };
  /** Problems with the options themselves (e.g. an invalid SMS sender id). */
  errors?: string[];
}

/**
 * The body's sentences (headings included, title, signature and footer not) when there are at most four of them and
 * they are no longer than two SMS, under no title: a draft that is itself a short message (a titled draft is a
 * letter or a notice, which the SMS announces).
 */
function shortBody(st: DraftStructure): Part[] | undefined {
  if (st.title) return undefined;
  const out: Part[] = [];
  let length = 0;
  for (const sec of st.sections)
    for (const s of [...(sec.heading ? [sec.heading] : []), ...sec.paras.flatMap((p) => p.sentences)]) {
      length += s.text.trim().length;
      out.push({ text: s.text, start: s.start, end: s.end });
      if (out.length > 5 || length > 300) return undefined;
    }
  return out.length ? out : undefined;
}

/** A short channel's text with its relative days dated; a time it now says is no longer listed as left out. */
function datedRelatives<C extends { text: string; omitted: Left[] }>(c: C, message: Message): C {
  const text = withRelativeDates(c.text, message.times);
  if (text === c.text) return c;
  return { ...c, text, omitted: c.omitted.filter((o) => !(o.part === "time" && o.text && text.includes(o.text.trim()))) };
}

/** Why an SMS sender id cannot be used, or null when it is fine. */
export function validateSenderId(id: string, locale: Locale = "nb"): string | null {
  const why = id.length > 11 ? "sms-sender-id-long" : !/^[A-Za-z0-9 ]+$/.test(id) ? "sms-sender-id-chars" : !/[A-Za-z]/.test(id) ? "sms-sender-id-letter" : null;
  return why ? msg(locale, "sms-sender-id", { id, why: msg(locale, why as MessageKey) }) : null;
}

function pickLanguage(o: VariantOptions): Language | undefined {
  return o.language === "nb" || o.language === "nn" || o.language === "en" ? o.language : undefined;
}

const VAGUE_TITLE = /^(vedtak(?: etter| i medhold)?|vedr\.?|vedrørende|angående|melding|informasjon|brev|varsel)\s*$|^(vedtak etter|vedr\.|vedrørende|angående)(?![\p{L}\p{N}])/iu;

function letterFindings(text: string, st: ReturnType<typeof readStructure>, draftFacts: Fact[], suit: Suitability, locale: Locale): Finding[] {
  const out: Finding[] = [];
  const f = (rule: string, severity: Finding["severity"], start: number, end: number, message: string): Finding => ({ rule, severity, start, end, text: text.slice(start, end), message, suggestions: [] });
  const firstLineEnd = text.indexOf("\n") < 0 ? text.length : text.indexOf("\n");
  if (!st.title) out.push(f("letter-main-message", "warning", 0, 0, msg(locale, "letter-main-message")));
  else {
    const t = cleanTitle(st.title.text);
    if (VAGUE_TITLE.test(t)) out.push(f("letter-main-message", "warning", 0, firstLineEnd, msg(locale, "letter-title-vague", { text: t })));
  }
  // The main message first: not "Det vises til …" / "Med henvisning til …".
  const REF = /(?:^|\n\n)((?:det vises til|vi viser til|viser til|med henvisning til|under henvisning til|det visast til|vi viser til|med tilvising til|reference is made to|with reference to)(?![\p{L}]))/iu;
  const afterTitle = st.title ? text.indexOf("\n\n") + 2 : 0;
  const ref = REF.exec(text.slice(afterTitle, afterTitle + 400));
  if (ref) {
    const at = afterTitle + ref.index + ref[0].length - ref[1].length;
    out.push(f("letter-main-message", "warning", at, at + ref[1].length, msg(locale, "letter-reference-opening", { text: ref[1] })));
  }
  const relative = draftFacts.filter((x) => x.kind === "deadline" && /^P/.test(x.value));
  const dated = draftFacts.some((x) => x.kind === "deadline" && !/^P/.test(x.value));
  for (const r of relative) {
    if (dated) continue;
    const i = text.indexOf(r.text);
    if (i >= 0) out.push(f("letter-deadline", "info", i, i + r.text.length, msg(locale, "letter-deadline", { text: r.text })));
  }
  if (suit.kind === "decision") {
    const missing: string[] = [];
    if (!/(?<![\p{L}\p{N}])(klage|klagerett|påklage|anke|appeal)\p{L}*/iu.test(text)) missing.push(msg(locale, "appeal-right"));
    if (!draftFacts.some((x) => x.kind === "deadline") && !/(?<![\p{L}\p{N}])(klagefrist\p{L}*|tre uker|3 uker|seks uker|6 uker|three weeks)(?![\p{L}\p{N}])/iu.test(text)) missing.push(msg(locale, "appeal-deadline"));
    if (!/(?<![\p{L}\p{N}])(innsyn|se dokumentene|sjå dokumenta|see the documents)(?![\p{L}\p{N}])/iu.test(text)) missing.push(msg(locale, "appeal-access"));
    if (missing.length) out.push(f("letter-appeal", "warning", 0, firstLineEnd, msg(locale, "letter-appeal", { what: missing.join(", ") })));
  }
  return out;
}

/** The draft with the core's safe fixes applied (fixes that need no human reading). */
function withSafeFixes(text: string, language: Language | undefined): { text: string; doc?: Doc; edits: Edit[] } {
  try {
    const { findings, doc } = analyzeDoc(text, { language: language ?? "auto" });
    const edits = safeFixes(findings, text.length);
    return edits.length ? { text: applyEdits(text, edits), edits } : { text, doc, edits };
  } catch {
    return { text, edits: [] };
  }
}

/**
 * The draft's facts moved to their places in the fixed text (safe fixes replace words, not facts).
 * Returns null when an edit touches a fact, so the caller extracts afresh.
 */
function shiftFacts(facts: Fact[], edits: Edit[], fixed: string): Fact[] | null {
  const sorted = edits.every((e, i) => i === 0 || edits[i - 1].start <= e.start) ? edits : [...edits].sort((a, b) => a.start - b.start);
  const out: Fact[] = [];
  // The edits that shift a fact are those before the first that ends after its start: for facts in order of
  // start, that first edit only moves on (one walk over the edits, not one per fact).
  let k = 0;
  let delta = 0;
  let last = -Infinity;
  for (const f of facts) {
    if (f.start < last) {
      k = 0;
      delta = 0;
    }
    last = f.start;
    for (; k < sorted.length && sorted[k].end <= f.start; k++) delta += sorted[k].replacement.length - (sorted[k].end - sorted[k].start);
    if (k < sorted.length && sorted[k].start < f.end) return null;
    const moved = { ...f, start: f.start + delta, end: f.end + delta };
    if (fixed.slice(moved.start, moved.end) !== f.text) return null;
    out.push(moved);
  }
  return out;
}

/**
 * The facts of a long draft's letter: those of its re-laid first part, read afresh, and those of the fixed
 * draft's rest, which the letter ends with as written (read once already), moved to their places.
 */
function letterFacts(letter: string, tail: string, fixed: string, fixedCut: number, facts: Fact[]): Fact[] | undefined {
  const at = letter.length - tail.length - 1;
  const from = fixed.indexOf(tail, fixedCut);
  if (at < 0 || from < 0 || letter.slice(at, at + tail.length) !== tail) return undefined;
  const delta = at - from;
  const out = extractFacts(letter.slice(0, at));
  for (const f of facts) if (f.start >= from && f.end <= from + tail.length) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  return out;
}

/**
 * shiftFacts for a long draft (head.ts): a fact an edit touches is looked for near its place in the fixed text
 * (the safe fixes keep every fact's kind, text and value), so one touched fact does not cost reading 100 kB
 * again. Returns null when one is not found there.
 */
function shiftFactsNear(facts: Fact[], edits: Edit[], fixed: string): Fact[] | null {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const out: Fact[] = [];
  let k = 0;
  let delta = 0;
  for (const f of facts) {
    // Edits do not overlap: those that end before f (sorted by start, so by end too) shift it.
    while (k < sorted.length && sorted[k].end <= f.start) {
      delta += sorted[k].replacement.length - (sorted[k].end - sorted[k].start);
      k++;
    }
    const start = f.start + delta;
    if (fixed.startsWith(f.text, start)) {
      out.push({ ...f, start, end: start + f.text.length });
      continue;
    }
    const from = Math.max(0, start - 64);
    const at = fixed.indexOf(f.text, from);
    if (at < 0 || at > start + 64) return null;
    out.push({ ...f, start: at, end: at + f.text.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The Suitability of the older API, read from the message (audience.personal / audience.kind in the JSON). */
function suitabilityOf(m: Message): Suitability {
  if (m.audience.value !== "personal") return { personal: false, kind: null };
  const byKind: Partial<Record<Message["kind"], Suitability["kind"]>> = { decision: "decision", summons: "summons", offer: "offer", demand: "demand" };
  const r = m.audience.reasons;
  const k =
    byKind[m.kind] ??
    (r.some((x) => x.code === "personal-id")
      ? "personal-data"
      : r.some((x) => x.code === "application" || (x.code === "case-content" && /søknad|application/iu.test(x.text ?? "")))
        ? "application"
        : "case");
  return { personal: true, kind: k };
}

// Eleven digits in any grouping ("010307-49843", "01.03.07 49843", "01 03 07 49843", "010307 498 43",
// "1234.56.78903"), also glued to a word ("nr01030749843"). Bounded: one run is at most 20 characters.
const ELEVEN_ANY = /\d(?:[ .\u00A0-]?\d){10}(?!\d)/g;

/**
 * Draft spans no SMS or post may carry: personal data (fødselsnummer and d-numbers, account numbers, private
 * e-mail) as the detectors find it, and — whatever a detector misses — any run of eleven digits in any
 * grouping whose digits are a valid fødselsnummer/d-number or account number. A sentence holding one is never
 * composed into a short channel.
 */
function blockedSpans(draft: string, facts: Fact[], runs: ElevenRun[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const d of detectPersonalData(draft)) if (d.personal) out.push({ start: d.start, end: d.end });
  for (const f of facts) if (f.kind === "personal-id" || f.kind === "account-number") out.push({ start: f.start, end: f.end });
  // (The same digits are checked once: a run repeated thousands of times cost a check each.)
  const account = new Map<string, boolean>();
  for (const r of runs) {
    let valid = account.get(r.digits);
    if (valid === undefined && !r.id) account.set(r.digits, (valid = isValidAccountNumber(r.digits)));
    if (r.id || valid) out.push({ start: r.start, end: r.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

interface ElevenRun {
  start: number;
  end: number;
  text: string;
  digits: string;
  id: ReturnType<typeof nationalIdType>;
}

/** The draft's runs of eleven digits that do not go on a longer run of digits, with their national-id type (read once per draft). */
function elevenRuns(draft: string): ElevenRun[] {
  const out: ElevenRun[] = [];
  const types = new Map<string, ElevenRun["id"]>();
  ELEVEN_ANY.lastIndex = 0;
  for (let m = ELEVEN_ANY.exec(draft); m; m = ELEVEN_ANY.exec(draft)) {
    if (m.index > 0 && /\d/.test(draft[m.index - 1])) continue;
    const digits = m[0].replace(/\D/g, "");
    // (The same digits are checked once: a run repeated thousands of times cost a validation each.)
    let id = types.get(digits);
    if (id === undefined) types.set(digits, (id = nationalIdType(digits)));
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], digits, id });
  }
  return out;
}

/** Valid fødselsnummer/d-numbers written in a grouping the fact extractor did not report, as personal-id facts. */
function nationalIdRuns(runs: ElevenRun[], facts: Fact[]): Fact[] {
  const out: Fact[] = [];
  // The extractor's personal ids by start, with the furthest end so far: a run overlaps one of them exactly
  // when the furthest end of those that start before the run's end lies after its start (one binary search
  // instead of a pass over every fact for every run).
  const ids = facts.filter((f) => f.kind === "personal-id").sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const f of ids) reach.push(Math.max(f.end, reach[reach.length - 1] ?? -Infinity));
  const overlaps = (start: number, end: number) => {
    const lo = lowerBound(ids.length, (i) => ids[i].start, end);
    return lo > 0 && reach[lo - 1] > start;
  };
  for (const r of runs) {
    if (out.length >= 100) break;
    if (r.id && !overlaps(r.start, r.end)) out.push({ kind: "personal-id", start: r.start, end: r.end, text: r.text, value: r.digits });
  }
  return out;
}

/** Whether a composed text holds personal data (the last guard: no composer path may let one through). */
function leaksPersonalData(text: string): boolean {
  if (detectPersonalData(text).some((d) => d.personal)) return true;
  ELEVEN_ANY.lastIndex = 0;
  for (let m = ELEVEN_ANY.exec(text); m; m = ELEVEN_ANY.exec(text)) {
    const digits = m[0].replace(/\D/g, "");
    if (nationalIdType(digits) || isValidAccountNumber(digits)) return true;
  }
  return false;
}

/** Web and e-mail addresses: a sentence keeps its words without them (the link has its own line). */
const BARE_HOST = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;

function cutSpans(facts: Fact[]): Array<{ start: number; end: number }> {
  return facts.filter((f) => f.kind === "url" || f.kind === "email").map((f) => ({ start: f.start, end: f.end }));
}

/** Omissions with their message in the UI language. */
function omissions(list: Left[], locale: Locale): Omission[] {
  const seen = new Set<string>();
  const out: Omission[] = [];
  for (const o of list) {
    const key = `${o.part}|${o.why}|${o.text ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const why = o.why.startsWith("role-") ? "role" : o.why;
    const role = why === "role" ? msg(locale, `role-${o.why.slice(5)}` as MessageKey) : "";
    // "Les mer på nettsidene våre" dropped for room has no words of the draft to quote.
    const template = why === "too-long" && !o.text ? "omit-too-long-bare" : `omit-${why}`;
    const message = msg(locale, template as MessageKey, { part: msg(locale, `part-${o.part}` as MessageKey), text: o.text ?? "", role });
    out.push({ part: o.part, why: o.why, message, ...(o.text ? { text: o.text } : {}) });
  }
  return out;
}

/**
 * What the list of omissions must also say: a time the message gives in its own role (a new time or a deadline) that
 * the public SMS or post does not carry and no other entry names ("Informasjonsmøte tirsdag 8. april kl. 18" left out
 * for room). The writer reads the list to know what to add back; a silent gap is a list that cannot be trusted.
 */
function unsaidTimes(m: Message, text: string, list: Left[], draft: string): Left[] {
  if (m.audience.value !== "public" || !text) return [];
  const flat = (t: string) => t.replace(/[–—]/g, "-").replace(/\s+/g, " ").toLowerCase();
  const said = flat(text);
  const listed = list.map((o) => flat(o.text ?? ""));
  const out: Left[] = [];
  for (const t of m.times.slice(0, 200)) {
    if ((t.role !== "new" && t.role !== "deadline") || t.form === "clock" || t.form === "duration") continue;
    const x = flat(t.text.trim());
    if (!x || said.includes(x) || listed.some((l) => l.includes(x)) || out.some((o) => flat(o.text ?? "").includes(x))) continue;
    // (Quoted in its sentence, so the writer sees what the time is of.)
    const around = sentenceAround(draft, t)?.text;
    out.push({ part: t.role === "deadline" ? "deadline" : "time", why: "too-long", text: around && around.length <= 200 ? around : t.text.trim() });
  }
  return out;
}

/**
 * A time the text under an update still gives, though the update moved or called it off (Message.stale): the letter
 * keeps the draft's words, so the writer is told where to mend them. Found in the letter by the words right before it
 * in the draft (the update names the same time too); at the first mention when those words were rewritten.
 */
function staleFindings(letterText: string, draft: string, m: Message, locale: Locale): Finding[] {
  const out: Finding[] = [];
  for (const x of (m.stale ?? []).slice(0, 20)) {
    const t = x.time.text.trim();
    const before = draft.slice(Math.max(0, x.time.start - 24), x.time.start);
    const withBefore = letterText.indexOf(before + t);
    const at = withBefore >= 0 ? withBefore + before.length : letterText.indexOf(t);
    if (at < 0) continue;
    // (The update's own sentence, without its stamp, says what changed: "Det opne huset … er flytt til laurdag 12. juni …".)
    const said = (sentenceAround(draft, x.by)?.text ?? x.by.text).replace(/^[^:\n]{0,60}\d[^:\n]{0,30}:[ \u00A0]+/u, "").trim();
    const by = said.length > 160 ? `${said.slice(0, 157).replace(/[ \u00A0]+\S*$/u, "")} …` : said;
    out.push({ rule: "letter-stale-time", severity: "warning", start: at, end: at + t.length, text: t, message: msg(locale, "letter-stale-time", { text: t, by }), suggestions: [] });
  }
  return out;
}

/** "facts-missing" for a part the channel needs and the draft does not give (never filled with another role). */
function missingPartFindings(text: string, list: Left[], locale: Locale): Finding[] {
  return list
    .filter((o) => o.why === "not-in-draft" && (o.part === "when" || o.part === "action"))
    .map((o) => ({ rule: "facts-missing", severity: "warning" as const, start: 0, end: 0, text: text.slice(0, 0), message: msg(locale, `missing-${o.part}` as MessageKey), suggestions: [], data: { part: o.part } }));
}

/** The kinds of fact a letter must keep. */
const LETTER_KEEPS = new Set(["date", "time", "deadline", "amount", "url", "email", "phone"]);

/** Compose and check the three variants of a draft. Never throws. */
export function variants(text: string, options: VariantOptions = {}): VariantsResult {
  const draft = typeof text === "string" ? text : String(text ?? "");
  clearRewriteMemo();
  const locale: Locale = options.locale === "nn" || options.locale === "en" ? options.locale : "nb";
  const errors: string[] = [];
  if (options.smsSenderId !== undefined) {
    const e = validateSenderId(options.smsSenderId, locale);
    if (e) errors.push(e);
  }
  const policy: SmsLinkPolicy = options.smsLinks === "domain" || options.smsLinks === "url" ? options.smsLinks : "none";
  const draftFacts = extractFacts(draft);
  // The draft as the user wrote it: the message and its spans are read from it; the safe fixes are applied
  // inside each sentence a variant uses.
  const analysed = analyzeDoc(draft, { language: options.language ?? "auto" });
  let edits = options.applySafeFixes === false ? [] : safeFixes(analysed.findings, draft.length);
  const profileSender = options.senderName?.trim() || (options.smsSenderId && !validateSenderId(options.smsSenderId) ? options.smsSenderId : undefined);
  // A fødselsnummer the detectors missed (an unusual spelling) still makes the draft personal.
  const runs = elevenRuns(draft);
  const ids = nationalIdRuns(runs, draftFacts);
  // A draft over LONG_DRAFT characters, or with thousands of paragraphs, facts or findings, has its message read
  // from its first part (head.ts).
  const limit = denseLimit(draft.length, analysed.doc.paragraphs, draftFacts, analysed.findings);
  const cut = headEnd(draft, limit);
  const inHead = (f: Fact) => f.end <= cut;
  const headDoc = cut < draft.length ? parse(draft.slice(0, cut), analysed.doc.language) : analysed.doc;
  const headFacts = cut < draft.length ? draftFacts.filter(inHead) : draftFacts;
  const headIds = cut < draft.length ? ids.filter(inHead) : ids;
  const read = readMessage(headDoc, headIds.length ? [...headFacts, ...headIds].sort((a, b) => a.start - b.start) : headFacts, { senderName: profileSender, override: options.message });
  const message = read.message;
  const language = message.language;
  // The draft passes on another body's word ("BKK Nett har varsla …"): no rewrite of this draft makes "vi" act.
  setOthersAct(!!message.relayedFrom);
  // (So do the checker's safe fixes: "Det anbefales at" → "Vi anbefaler at" would make the writer recommend what the
  // other body does.)
  if (message.relayedFrom) edits = edits.filter((e) => !bringsWriter(draft.slice(e.start, e.end), e.replacement));
  setPartyLetter(message.audience.value === "personal");
  setPluralReader(readerOf(draft, language) === "dere");
  // ("Entreprenøren Vestbygg AS må sprengje bort fjell": the verbs of a third party's work, from the first sentences.)
  const othersVerbs = new Set<string>();
  for (const s of headDoc.sentences.slice(0, 200)) {
    const v = s.text.length <= 400 ? othersDutyVerb(s.text, language) : undefined;
    if (v && v.length >= 4) othersVerbs.add(verbStem(v));
  }
  setOthersVerbs(othersVerbs);
  try {
    return composeAll();
  } finally {
    setOthersAct(false);
    setPartyLetter(false);
    setPluralReader(false);
    setOthersVerbs(new Set());
  }
  function composeAll(): VariantsResult {
  // (The draft's own form of address: "Dette må dere gjøre" over a letter to a couple that says "dere" throughout.)
  const T = templates(language, readerOf(draft, language));
  const suit = suitabilityOf(message);
  const blocked = blockedSpans(draft, draftFacts, runs);
  const cuts = cutSpans(draftFacts);
  // (A day the draft names by "i morgen" under its stamp, said with its date: the draft's own day, not an invented one.)
  const allowed = [options.contactPhone ?? "", options.contactWeb ?? "", ...message.times.flatMap((t) => (t.dated ? [t.dated.value] : []))].filter(Boolean);
  const platforms = options.platforms?.length ? options.platforms.filter((p) => PLATFORMS.includes(p)) : PLATFORMS;
  const st0 = read.structure;
  const hasContent = st0.sections.some((s) => s.paras.some((p) => p.sentences.some((x) => /\p{L}{2,}/u.test(x.text)))) || !!st0.title;
  let rest = "";
  let at = 0;
  for (const b of [...blocked, ...cuts].sort((x, y) => x.start - y.start)) {
    if (b.start > at) rest += draft.slice(at, b.start);
    at = Math.max(at, b.end);
  }
  rest += draft.slice(at);
  // (Removing the digit groups removes no letter: three letters in a row before it are three after it.)
  const onlyPersonalData = hasContent && !/\p{L}{3,}/u.test(rest) && !/\p{L}{3,}/u.test(rest.replace(/\d[\d .]*\d/g, ""));

  // Letter: the fixed draft re-laid and rewritten (its own structure, from the fixed text).
  const fixed = edits.length ? applyEdits(draft, edits) : draft;
  // (A long draft's facts go straight to shiftFactsNear: it gives shiftFacts' answer wherever that has one.)
  const facts = fixed === draft ? draftFacts : (cut < draft.length ? shiftFactsNear(draftFacts, edits, fixed) : shiftFacts(draftFacts, edits, fixed)) ?? extractFacts(fixed);
  // A long draft's letter re-lays its first part and keeps the rest as written (head.ts).
  // (Only a draft over the bound: the safe fixes may make a shorter one longer, "f.eks." → "for eksempel".)
  const fixedCut = cut < draft.length ? headEnd(fixed, limit === undefined ? undefined : shiftedOffset(limit, edits)) : fixed.length;
  const st = fixed === draft ? st0 : fixedCut < fixed.length ? readStructure(fixed.slice(0, fixedCut), facts.filter((f) => f.end <= fixedCut), language) : readStructure(fixed, facts, language);
  const tail = fixedCut < fixed.length ? fixed.slice(fixedCut).trim() : undefined;
  const letterText = draft.trim() ? composeLetter(st, facts, suit, T, { senderName: message.sender?.source === "signature" ? undefined : message.sender?.name, contactPhone: options.contactPhone, contactWeb: options.contactWeb, tail, keyTime: message.events[0]?.when?.text, inOrder: message.updates.length >= 2 }) : "";
  const letterRequired = draftFacts.filter((f) => LETTER_KEEPS.has(f.kind));
  const letter: Variant = { text: letterText, findings: [], required: letterRequired, omitted: [] };
  if (!letterText) letter.unsuitable = msg(locale, "unsuitable-empty");
  else {
    letter.findings = [
      // A long draft's letter: the core rules read the re-laid part only (the rest is the draft's, as written).
      ...checkVariant("letter", letterText, draftFacts, { locale, language, required: letterRequired, allowed, variantFacts: tail ? letterFacts(letterText, tail, fixed, fixedCut, facts) : undefined, coreRules: !tail }),
      ...(tail ? coreFindings(letterText.slice(0, Math.max(0, letterText.length - tail.length - 1)), language, locale) : []),
      ...letterFindings(letterText, st, draftFacts, suit, locale),
      ...staleFindings(letterText, draft, message, locale),
      ...(st.signature.length || message.sender
        ? []
        : [{ rule: "letter-sender", severity: "info" as const, start: letterText.length, end: letterText.length, text: "", message: msg(locale, "letter-sender"), suggestions: [] }]),
    ].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  // SMS.
  let sms: SmsVariant;
  if (!hasContent || onlyPersonalData) {
    const why = msg(locale, onlyPersonalData ? "unsuitable-personal-data" : "unsuitable-empty");
    sms = { text: "", findings: [], unsuitable: why, encoding: "GSM-7", segments: 0, length: 0, omitted: onlyPersonalData ? omissions([{ part: "personal-data", why: "personal-data" }], locale) : [] };
  } else {
    // ("Sjå nye rutetider på kringom.no eller i appen": a bare host as written is what the SMS's own "Les meir på …"
    // would say, so the sentence keeps it; a full address or an e-mail address is cut.)
    const smsCuts = cutSpans(draftFacts.filter((f) => !(f.kind === "url" && BARE_HOST.test(f.text))));
    let c = composeSms(message, draft, draftFacts, T, { smsLinks: policy, contactWeb: options.contactWeb, blocked, cuts: smsCuts, edits, short: shortBody(st0) });
    c = datedRelatives(c, message);
    // Last guard: personal data in the composed SMS (a sender name or title that held it) → a notice that says
    // nothing but that there is a letter, with no name and no facts.
    if (leaksPersonalData(c.text)) c = { text: message.audience.value === "personal" ? fill(T.noticeNoSender, { doc: T.docs.letter }) + " " + T.noticeRead : T.generalNoticeNoSender, required: [], omitted: [...c.omitted, { part: "personal-data", why: "personal-data" }] };
    const info = smsInfo(c.text);
    const findings = [...checkVariant("sms", c.text, draftFacts, { locale, language, smsLinks: policy, required: c.required, allowed }), ...missingPartFindings(c.text, c.omitted, locale)];
    if (!message.sender) findings.push({ rule: "sms-sender", severity: "info", start: 0, end: 0, text: "", message: msg(locale, "sms-sender"), suggestions: [] });
    sms = { text: c.text, findings, encoding: info.encoding, segments: info.segments, length: info.length, required: c.required, omitted: omissions([...c.omitted, ...unsaidTimes(message, c.text, c.omitted, draft)], locale) };
  }

  // Post.
  let post: PostVariant;
  if (suit.personal) {
    const why = msg(locale, "unsuitable-personal", { why: msg(locale, `why-${suit.kind ?? "case"}` as MessageKey) });
    post = {
      text: "",
      unsuitable: why,
      lengths: postLengths(""),
      findings: [{ rule: "post-unsuitable", severity: "info", start: 0, end: 0, text: "", message: why, suggestions: [], data: { kind: suit.kind } }],
      omitted: omissions([{ part: "post", why: "personal" }], locale),
    };
  } else if (!hasContent || onlyPersonalData) {
    const why = msg(locale, onlyPersonalData ? "unsuitable-personal-data" : "unsuitable-empty");
    post = { text: "", unsuitable: why, lengths: postLengths(""), findings: [{ rule: "post-unsuitable", severity: "info", start: 0, end: 0, text: "", message: why, suggestions: [] }], omitted: [] };
  } else {
    // A post may name an organisation's own e-mail address ("e-poster fra webmaster@altinn.no"); web addresses
    // still go to the link line, and private addresses are blocked as personal data.
    let c = composePost(message, draft, draftFacts, T, { hashtags: options.hashtags, contactWeb: options.contactWeb, blocked, cuts: cutSpans(draftFacts.filter((f) => f.kind !== "email")), edits });
    c = datedRelatives(c, message);
    if (leaksPersonalData(c.text)) c = { text: "", required: [], omitted: [...c.omitted, { part: "personal-data", why: "personal-data" }] };
    const unsuitable = c.text ? undefined : msg(locale, "unsuitable-personal-data");
    post = {
      ...(unsuitable ? { unsuitable } : {}),
      text: c.text,
      lengths: postLengths(c.text),
      findings: [...checkVariant("post", c.text, draftFacts, { locale, language, required: c.required, allowed, platforms }), ...missingPartFindings(c.text, c.omitted, locale)],
      required: c.required,
      omitted: omissions([...c.omitted, ...unsaidTimes(message, c.text, c.omitted, draft)], locale),
    };
  }

  const result: VariantsResult = { language, facts: draftFacts, message, audience: { personal: suit.personal, kind: suit.kind }, variants: { letter, sms, post } };
  if (errors.length) result.errors = errors;
  return result;
  }
}

export { factFindings };
