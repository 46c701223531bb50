// Channel checks on one variant: the core rules, the fact guards (facts-invented, facts-missing: errors)
// and the checks of its channel (sms-*, post-*, letter-*).
import imageWords from "./image-words.json";
import type { Fact, Finding, Language, Locale, Severity } from "../model";
import { analyze } from "../index";
import { extractFacts } from "../facts";
import { detectPersonalData, detectUrls } from "../detect";
import { msg, type MessageKey } from "./i18n";
import { smsInfo } from "./sms";
import { postLengths, LIMITS, findHashtags, hashtagNeedsCamelCase, findEmoji, findFancyUnicode } from "./post";
import { POST, PLATFORMS, type Platform } from "./profiles";
import type { SmsLinkPolicy } from "./sms-compose";
import { append } from "../message/append";
import { HEALTH } from "./health-words";
import relativeDays from "./relative-days.json";
import calendar from "../facts/calendar.json";

export type Channel = "letter" | "sms" | "post";

export interface CheckOptions {
  locale?: Locale;
  language?: Language;
  smsLinks?: SmsLinkPolicy;
  /** Facts the channel must keep (facts-missing); default: letter keeps every fact, others none. */
  required?: Fact[];
  /** Values the user supplied in options (contact phone/web): not invented. */
  allowed?: string[];
  platforms?: Platform[];
  /** Run the core klarspråk rules too (default true). */
  coreRules?: boolean;
  /** Facts of the variant, when already known. */
  variantFacts?: Fact[];
}

function finding(text: string, rule: string, severity: Severity, start: number, end: number, message: string, extra: Partial<Finding> = {}): Finding {
  return { rule, severity, start, end, text: text.slice(start, end), message, suggestions: [], ...extra };
}

const GUARDED = new Set(["date", "time", "amount", "phone", "url", "email", "deadline"]);

/** v.replace(/^\d{4}-|^--/, ""), without a regular expression (it runs for every date of a long draft). */
function monthDay(v: string): string {
  if (v.length >= 5 && v.charCodeAt(4) === 45 && digit(v, 0) && digit(v, 1) && digit(v, 2) && digit(v, 3)) return v.slice(5);
  return v.startsWith("--") ? v.slice(2) : v;
}

function digit(v: string, i: number): boolean {
  const c = v.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The draft facts a variant fact of this kind is compared with (dates and deadlines with each other). */
function comparable(kind: string, draft: Fact[]): Fact[] {
  return draft.filter((d) => d.kind === kind || (kind === "deadline" && d.kind === "date") || (kind === "date" && d.kind === "deadline"));
}

/**
 * The draft's facts of one kind, indexed: a variant of a long draft has thousands of facts, and comparing each
 * with each took 0.3 s for 100 kB (bench:adversarial "unit soup"). Same answers as comparing one by one.
 */
interface KindIndex {
  facts: Fact[];
  values: Set<string>;
  /** Date ends ("2025-05-01", "--05-01"), their month-day forms, and the month-days of dates without a year. */
  ends: Set<string>;
  endDays: Set<string>;
  yearlessDays: Set<string>;
  /** Time values split at "-" ("08:00-15:00" → 08:00, 15:00). */
  timeParts: Set<string>;
  domains: Set<string>;
}

/** A web address up to its first "/", "?" or "#" (as value.split(/[/?#]/)[0], without the array). */
function hostOf(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 47 || c === 63 || c === 35) return value.slice(0, i);
  }
  return value;
}

function indexOf(facts: Fact[], draft: Fact[]): KindIndex {
  const ix: KindIndex = { facts, values: new Set(), ends: new Set(), endDays: new Set(), yearlessDays: new Set(), timeParts: new Set(), domains: new Set() };
  for (const d of facts) {
    ix.values.add(d.value);
    // (Date ends are read only for dates and deadlines: splitting every address's value cost milliseconds.)
    if (d.kind !== "date" && d.kind !== "deadline") {
      if (d.kind === "url") ix.domains.add(hostOf(d.value));
      continue;
    }
    for (const dv of d.value.split("/")) {
      ix.ends.add(dv);
      ix.endDays.add(monthDay(dv));
      if (dv.startsWith("--")) ix.yearlessDays.add(monthDay(dv));
    }
  }
  // Time parts are read only for times (an index of times holds times only; without any, the draft has none).
  // (Each value split once: a long draft repeats its times.)
  if (facts[0]?.kind === "time") {
    const split = new Set<string>();
    for (const x of draft) {
      if (x.kind !== "time" || split.has(x.value)) continue;
      split.add(x.value);
      for (const p of x.value.split("-")) ix.timeParts.add(p);
    }
  }
  return ix;
}

/**
 * Keys a variant fact shares with every draft fact it can be `known` from: a day of the year (or week) of a
 * date's ends, a time's parts, a web address's domain, else the value. Only a narrowing; `known` decides.
 */
function matchKeys(f: Fact): string[] {
  switch (f.kind) {
    case "date":
    case "deadline": {
      if (/^P/.test(f.value)) return [`d:${f.value}`];
      const out: string[] = [];
      for (const e of f.value.split("/")) {
        out.push(`d:${monthDay(e)}`);
        const w = /W\d+$/.exec(e);
        if (w) out.push(`d:${w[0]}`);
      }
      return out;
    }
    case "time":
      return [`t:${f.value}`, ...f.value.split("-").map((p) => `t:${p}`)];
    case "url":
      return [`u:${hostOf(f.value)}`];
    default:
      return [`${f.kind}:${f.value}`];
  }
}

// The draft's index per kind is the same for the letter, the SMS and the post: built once per draft.
const DRAFT_INDEX = new WeakMap<Fact[], Map<string, KindIndex>>();
function draftIndex(draft: Fact[]): Map<string, KindIndex> {
  let m = DRAFT_INDEX.get(draft);
  if (!m) DRAFT_INDEX.set(draft, (m = new Map()));
  return m;
}

/** Does a fact of the variant come from the draft (or the user's options)? */
function known(f: Fact, draft: Fact[], allowed: string[], byKind?: Map<string, KindIndex>): boolean {
  if (allowed.some((a) => a && (f.text.includes(a) || a.replace(/\s/g, "").includes(f.value.replace(/^\+47/, "")) || a.toLowerCase().includes(f.value)))) return true;
  const ix = byKind?.get(f.kind) ?? indexOf(comparable(f.kind, draft), draft);
  byKind?.set(f.kind, ix);
  switch (f.kind) {
    case "date":
    case "deadline": {
      if (/^P/.test(f.value)) return ix.values.has(f.value);
      // An end matches the same end, or the same day of the year when either side has no year.
      return f.value.split("/").every(
        (e) =>
          ix.ends.has(e) ||
          (e.startsWith("--") ? ix.endDays.has(monthDay(e)) : ix.yearlessDays.has(monthDay(e))) ||
          (/W\d/.test(e) && ix.facts.some((d) => d.value.endsWith(e))),
      );
    }
    case "time":
      return ix.values.has(f.value) || ix.timeParts.has(f.value) || f.value.split("-").every((p) => ix.timeParts.has(p));
    case "url": {
      const dom = hostOf(f.value);
      return ix.values.has(f.value) || (f.value === dom && ix.domains.has(dom));
    }
    default:
      return ix.values.has(f.value);
  }
}

export function factFindings(text: string, draftFacts: Fact[], variantFacts: Fact[], required: Fact[], locale: Locale, allowed: string[]): Finding[] {
  const out: Finding[] = [];
  const byKind = draftIndex(draftFacts);
  // known() reads a fact's kind and value (and its text, for the user's own values): a long variant repeats
  // them thousands of times, each answered once.
  // (With the user's own values, the text counts too: then each fact is asked.)
  const verdicts = new Map<string, Map<string, boolean>>();
  for (const f of variantFacts) {
    if (!GUARDED.has(f.kind)) continue;
    let ok: boolean | undefined;
    if (allowed.length) ok = known(f, draftFacts, allowed, byKind);
    else {
      let ofKind = verdicts.get(f.kind);
      if (!ofKind) verdicts.set(f.kind, (ofKind = new Map()));
      ok = ofKind.get(f.value);
      if (ok === undefined) ofKind.set(f.value, (ok = known(f, draftFacts, allowed, byKind)));
    }
    if (!ok) out.push(finding(text, "facts-invented", "error", f.start, f.end, msg(locale, "facts-invented", { text: f.text }), { data: { kind: f.kind, value: f.value } }));
  }
  // The variant's facts by what a required fact can match on, so each required fact is compared only with
  // those that may be it (a long draft requires thousands; each with each was quadratic).
  // (One fact per kind and value: known(v, [r]) below reads no more of it.)
  const byKey = new Map<string, Fact[]>();
  const keyed = new Map<string, Set<string>>();
  for (const v of variantFacts) {
    let values = keyed.get(v.kind);
    if (!values) keyed.set(v.kind, (values = new Set()));
    if (values.has(v.value)) continue;
    values.add(v.value);
    for (const k of matchKeys(v)) {
      const list = byKey.get(k);
      if (list) list.push(v);
      else byKey.set(k, [v]);
    }
  }
  // The months the variant's dates fall in, as "MM" and "YYYY-MM" (a month is kept by a day of it: "januar" is said by
  // "laurdag 9. januar 2027").
  const months = new Set<string>();
  for (const v of variantFacts) {
    const d = v.kind === "date" ? /^(--|\d{4}-)(\d\d)-\d\d$/.exec(v.value) : null;
    if (d) months.add(d[2]).add(d[1] === "--" ? `--${d[2]}` : `${d[1]}${d[2]}`);
  }
  const seen = new Set<string>();
  for (const r of required) {
    const key = `${r.kind}:${r.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Kept when a fact of the variant is the required one (possibly written shorter: no weekday or year).
    const perKind = new Map<string, KindIndex>();
    // (A month without a year is kept by that month of any year; "2027-01" by January 2027 or a January without one.)
    const month = r.kind === "date" ? /^(--|\d{4}-)(\d\d)$/.exec(r.value) : null;
    const inMonth = !!month && (month[1] === "--" ? months.has(month[2]) : months.has(r.value) || months.has(`--${month[2]}`));
    const present = inMonth || matchKeys(r).some((k) => byKey.get(k)?.some((v) => known(v, [r], [], perKind)));
    if (!present) {
      out.push(finding(text, "facts-missing", "error", 0, 0, msg(locale, "facts-missing", { kind: msg(locale, `kind-${r.kind}` as MessageKey), text: r.text }), { data: { kind: r.kind, value: r.value, draftStart: r.start, draftEnd: r.end } }));
    }
  }
  return out;
}

const SHORTENERS = /^(bit\.ly|tinyurl\.com|t\.co|goo\.gl|ow\.ly|is\.gd|buff\.ly|rebrand\.ly|cutt\.ly|shorturl\.at)$/i;

export function smsFindings(text: string, locale: Locale, policy: SmsLinkPolicy): Finding[] {
  const out: Finding[] = [];
  const info = smsInfo(text);
  for (const c of info.nonGsm) {
    const m =
      c.replacement !== undefined
        ? msg(locale, "sms-encoding", { char: c.char, name: c.name ?? c.char, replacement: c.replacement })
        : msg(locale, "sms-encoding-nofix", { char: c.char });
    out.push(finding(text, "sms-encoding", "warning", c.start, c.end, m, c.replacement !== undefined ? { suggestions: [c.replacement], fix: { start: c.start, end: c.end, replacement: c.replacement } } : {}));
  }
  if (info.segments > 2) out.push(finding(text, "sms-length", "warning", 0, text.length, msg(locale, "sms-length", { segments: info.segments, length: info.length }), { data: { segments: info.segments, length: info.length } }));
  else if (info.segments === 2) out.push(finding(text, "sms-length", "info", 0, text.length, msg(locale, "sms-length-2", { length: info.length }), { data: { segments: 2, length: info.length } }));
  for (const u of detectUrls(text)) {
    const isLink = u.hasScheme || u.value.includes("/") || /^www\./i.test(u.text);
    if (SHORTENERS.test(u.domain)) out.push(finding(text, "sms-link", "warning", u.start, u.end, msg(locale, "sms-link-shortener")));
    else if (policy === "none" && isLink) out.push(finding(text, "sms-link", "warning", u.start, u.end, msg(locale, "sms-link-none"), { suggestions: [u.domain] }));
    else if (policy === "domain" && (u.hasScheme || /^www\./i.test(u.text))) out.push(finding(text, "sms-link", "warning", u.start, u.end, msg(locale, "sms-link-domain", { domain: u.value }), { suggestions: [u.value], fix: { start: u.start, end: u.end, replacement: u.value } }));
    else if (policy === "url" && isLink && !/^https:\/\//i.test(u.text)) out.push(finding(text, "sms-link", "info", u.start, u.end, msg(locale, "sms-link-https")));
  }
  for (const d of detectPersonalData(text)) {
    if (d.kind === "phone" || (d.kind === "email" && !d.personal)) continue;
    out.push(finding(text, "sms-personal-data", "error", d.start, d.end, msg(locale, "sms-personal-data", { what: msg(locale, `what-${d.kind}` as MessageKey) }), { data: { kind: d.kind } }));
  }
  HEALTH.lastIndex = 0;
  for (let m = HEALTH.exec(text); m; m = HEALTH.exec(text)) out.push(finding(text, "sms-personal-data", "warning", m.index, m.index + m[0].length, msg(locale, "sms-health", { text: m[0] }), { data: { kind: "health" } }));
  return out;
}

const LINK_TEXT = /(?<![\p{L}\p{N}])(klikk her|trykk her|klikk på lenken|trykk på lenka|click here|les mer her|les meir her)(?![\p{L}\p{N}])/giu;
// A picture shown with the post: a definite word for it ("se bildet", "the photo") or a caption label ("Foto: …").
const IMAGE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${imageWords.shown.join("|").replace(/ /g, "[ \\u00A0]+")})(?![\\p{L}\\p{N}])|(?:^|\\n)[ \\t]*(?:${imageWords.labels.join("|")})[ \\t]*:`,
  "iu",
);
const PLATFORM_NAMES: Record<Platform, string> = { x: "X", facebook: "Facebook", linkedin: "LinkedIn", instagram: "Instagram" };

export function postFindings(text: string, locale: Locale, platforms: Platform[] = PLATFORMS): Finding[] {
  const out: Finding[] = [];
  const lengths = postLengths(text);
  for (const p of platforms) {
    if (lengths[p] > LIMITS[p]) out.push(finding(text, "post-length", "warning", 0, text.length, msg(locale, "post-length", { platform: PLATFORM_NAMES[p], length: lengths[p], max: LIMITS[p] }), { data: { platform: p, length: lengths[p], max: LIMITS[p] } }));
  }
  const tags = findHashtags(text);
  for (const h of tags) if (hashtagNeedsCamelCase(h.text)) out.push(finding(text, "post-hashtag-case", "warning", h.start, h.end, msg(locale, "post-hashtag-case")));
  if (platforms.includes("instagram") && tags.length > POST.instagram.maxHashtags) {
    const h = tags[POST.instagram.maxHashtags];
    out.push(finding(text, "post-hashtag-case", "warning", h.start, tags[tags.length - 1].end, msg(locale, "post-hashtag-count", { count: tags.length }), { data: { platform: "instagram" } }));
  }
  for (const f of findFancyUnicode(text)) out.push(finding(text, "post-fancy-unicode", "error", f.start, f.end, msg(locale, "post-fancy-unicode", { text: f.text })));
  const emoji = findEmoji(text);
  // Where the trailing run of words, spaces and hashtags begins (emoji there count as "at the end").
  let trailing = text.length;
  while (trailing > 0 && /[\s#\p{L}\p{N}_]/u.test(text[trailing - 1])) trailing--;
  emoji.forEach((e, i) => {
    const late = e.start >= trailing - 16;
    const severity: Severity = i >= POST.maxEmoji || !late ? "warning" : "info";
    out.push(finding(text, "post-emoji", severity, e.start, e.end, msg(locale, "post-emoji")));
  });
  LINK_TEXT.lastIndex = 0;
  for (let m = LINK_TEXT.exec(text); m; m = LINK_TEXT.exec(text)) out.push(finding(text, "post-link-text", "warning", m.index, m.index + m[0].length, msg(locale, "post-link-text", { text: m[0] })));
  const img = IMAGE.exec(text);
  if (img) out.push(finding(text, "post-alt-text", "info", img.index, img.index + img[0].length, msg(locale, "post-alt-text")));
  for (const d of detectPersonalData(text)) {
    if (!d.personal) continue;
    out.push(finding(text, "personal-data", "error", d.start, d.end, msg(locale, "sms-personal-data", { what: msg(locale, `what-${d.kind}` as MessageKey) }).replace(/SMS(-en)?/g, "innlegget"), { data: { kind: d.kind } }));
  }
  return out;
}

/**
 * A variant longer than this (some thirteen pages of dense prose) gets the core rules on its first part up to
 * this length only: the letter of a 100 kB draft is as long as the draft, and checking all of it again doubled
 * the time of variants(). The facts are still checked in the whole variant.
 */
export const CORE_CHECK_MAX = 40_000;

/**
 * The part of a long variant the core rules read: up to CORE_CHECK_MAX, cut at a line break or else after a
 * sentence in its second half (a letter's gathered paragraphs may run for pages without a line break).
 */
export function coreCheckedPart(text: string): string {
  const max = CORE_CHECK_MAX;
  if (text.length <= max) return text;
  let cut = text.lastIndexOf("\n", max - 1);
  if (cut < max / 2) {
    const stop = Math.max(text.lastIndexOf(". ", max - 2), text.lastIndexOf("! ", max - 2), text.lastIndexOf("? ", max - 2));
    cut = stop >= max / 2 ? stop + 1 : max;
  }
  // Never between the two halves of a surrogate pair.
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return text.slice(0, cut);
}

/** The core klarspråk rules on a variant (the letter gets all; SMS and post the sentence-level ones). */
export function coreFindings(text: string, language: Language, locale: Locale): Finding[] {
  if (!text) return [];
  try {
    return analyze(coreCheckedPart(text), { language, locale }).findings;
  } catch {
    return [];
  }
}

/**
 * Check one variant (e.g. after the user edited it). `draftFacts` are the facts of the draft
 * (extractFacts(draft)). Findings are sorted by position; each has text === variant.slice(start, end).
 */
const RELATIVE_DAY: Record<Language, RegExp> = {
  nb: new RegExp(`(?<![\\p{L}])(?:${relativeDays.nb.join("|")})(?![\\p{L}])`, "giu"),
  nn: new RegExp(`(?<![\\p{L}])(?:${relativeDays.nn.join("|")})(?![\\p{L}])`, "giu"),
  en: new RegExp(`(?<![\\p{L}])(?:${relativeDays.en.join("|")})(?![\\p{L}])`, "giu"),
};
// A date said in full in the same sentence: "9. desember", "9.12.", "9 December".
const FULL_DATE = new RegExp(`\\d{1,2}\\.[ \\u00A0]?(?:\\d{1,2}\\.|(?:${calendar.months.flat().join("|")}))|\\d{1,2}[ \\u00A0]+(?:${calendar.months.flat().join("|")})`, "iu");

/**
 * "Første natt er allerede i morgen", "Stengt i kveld": a day counted from the day it is sent, in an SMS or post, with
 * no date in its sentence. Read a day late it names the wrong day (research DATE-01): a warning, with the words.
 */
function relativeDayFindings(text: string, language: Language, locale: Locale): Finding[] {
  if (!text || text.length > 20_000) return [];
  const out: Finding[] = [];
  const re = RELATIVE_DAY[language];
  re.lastIndex = 0;
  let seen = 0;
  for (let m = re.exec(text); m && out.length < 5 && seen++ < 50; m = re.exec(text)) {
    let from = m.index;
    while (from > 0 && text[from - 1] !== "\n" && !(/[.!?]/.test(text[from - 1]) && /\s/.test(text[from] ?? "") && !/\d/.test(text[from - 2] ?? ""))) from--;
    // (The sentence ends at a full stop that does not close a day's number: "tirsdag 9. desember" goes on.)
    const ends = /(?<!\d)[.!?](?=\s|$)|\n/u.exec(text.slice(m.index + m[0].length));
    const to = ends ? m.index + m[0].length + ends.index : text.length;
    if (FULL_DATE.test(text.slice(from, to))) continue;
    // ("natt til tirsdag": the weekday goes with it.)
    const day = /til$/iu.test(m[0]) ? /^[ \u00A0]+\p{L}+/u.exec(text.slice(m.index + m[0].length)) : null;
    const end = m.index + m[0].length + (day ? day[0].length : 0);
    out.push(finding(text, "relative-day", "warning", m.index, end, msg(locale, "relative-day", { text: text.slice(m.index, end) })));
  }
  return out;
}

export function checkVariant(channel: Channel, text: string, draftFacts: Fact[], options: CheckOptions = {}): Finding[] {
  const t = typeof text === "string" ? text : "";
  const locale = options.locale ?? "nb";
  const language = options.language ?? "nb";
  const variantFacts = options.variantFacts ?? extractFacts(t);
  const required = options.required ?? (channel === "letter" ? draftFacts.filter((f) => GUARDED.has(f.kind)) : []);
  const out: Finding[] = [];
  // In an SMS, sms-personal-data speaks for the core's personal-data rule (one finding per place, not two). An SMS
  // is one paragraph by its nature (a phone shows no paragraphs): long-paragraph says nothing there; sms-length does.
  if (t && options.coreRules !== false) append(out, coreFindings(t, language, locale).filter((f) => !(channel === "sms" && (f.rule === "personal-data" || f.rule === "long-paragraph"))));
  append(out, factFindings(t, draftFacts, variantFacts, required, locale, options.allowed ?? []));
  if (channel === "sms") append(out, smsFindings(t, locale, options.smsLinks ?? "none"));
  if (channel === "post") append(out, postFindings(t, locale, options.platforms));
  if (channel === "sms" || channel === "post") append(out, relativeDayFindings(t, language, locale));
  const seen = new Set<string>();
  return out
    .filter((f) => {
      const k = `${f.rule}:${f.start}:${f.end}:${f.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : 1));
}
