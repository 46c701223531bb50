// SMS, rendered from the message: the shape real public-sector SMS have (corpus/sms) — a greeting, the one
// key message with its time in its right role, what the reader must do, where to read more as plain text,
// a sign-off with the sender. A warning leads ("Kok vannet før du drikker det"). One part is the target, two
// the limit. A text to one person gets a notice that there is a letter, with the appointment's time and the
// reply or appeal deadline, never the case. Nothing of another role fills a slot: without a new time there
// is no "when"; a superseded, lifted or past date is never shown.
import type { Edit, Fact, Language } from "../model";
import type { Message, MessageAction, MessageTime, Part } from "../message/types";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { hoursOfTitle, deadlineSentence, groupAsCondition, sayableCondition, warningForReaders, withCondition, withoutSource, FRONTED_BACK, namedFromList, lineAround, promiseSentences, sentenceAround, namedDeadline, pointsBackUnsaid, cleanTitle, endSentence, headingAbove, namedSubject, standAlone, withHeading, fullUrl, keepNames, withoutFrontedReason, closureBefore, sentenceBefore, deadlineRows, unshout, introWithList, outsideTimed, overlaps, SENTENCE_STOP, namedObject, titleTopic, withoutPointer, WISH, replacesOldClock, withoutItemReasons, itemSentences, topicalStep, FRAGMENT_ITEM, withoutReason } from "./compose-util";
import { gsmSafe, smsInfo } from "./sms";
import { SMS } from "./profiles";
import { urlDomain } from "../detect";
import { flattenBlock, isStub, withoutAsides, withoutBrackets, labelledTime, LIST_MARKER, omittedRole, sayEach, scheduleDates, withoutAddresses, overlapShare, pruneTimes, plainSentence, readerVoice, repeats, REPLACES, timeText, tidy, TIME_WORDS, wrongRoleTimes } from "./render";
import { framesOnly } from "../message/events";
import { cue, cueList, cueTable } from "../message/cues";
import { rowNames, rowsAsItems } from "../message/table";
import { polishSentence } from "./letter-polish";
import { readerOf } from "./rewrite";
import { onlyAReference } from "./openers";
import imperatives from "../message/cues/imperatives.json";
import calendar from "../facts/calendar.json";
import { append } from "../message/append";
import { livesIn, openingCondition, readerActs, LABEL_V1, DEADLINE_LABEL, LEADING_FIELD } from "../message/actions";
import { mentionsHealth } from "./health-words";
import { hoursBlock, sayHours } from "./hours-block";
import { othersDeadline } from "../message/duty-owner";
import { lineSpanAt, lineTextAt } from "../text/lines";

export type SmsLinkPolicy = "none" | "domain" | "url";

export interface SmsComposeOptions {
  smsLinks: SmsLinkPolicy;
  contactWeb?: string;
  /** Draft spans a channel must never carry (personal data): a sentence holding one is not used. */
  blocked: Array<{ start: number; end: number }>;
  /** Web and e-mail addresses: cut out of a sentence with their preposition ("på https://…"). */
  cuts: Array<{ start: number; end: number }>;
  /** The draft's safe fixes (draft offsets), applied inside the sentences the variant uses. */
  edits: ReadonlyArray<Edit>;
  /** The body's sentences when the draft is itself as short as a message (a few sentences): a personal SMS may
   * then say it in its own words instead of announcing a letter that does not exist. */
  short?: Part[];
}

/** A part the variant left out, and why (filled with a message by the caller). */
export interface Left {
  part: string;
  why: string;
  text?: string;
}

export interface Composed {
  text: string;
  /** Draft facts this variant must keep. */
  required: Fact[];
  omitted: Left[];
}

/**
 * The first candidate that fits one part, else the first that fits two, else the last. With `essential`,
 * candidates that keep every essential part (the action, the place) are preferred up to two parts before any
 * that drops one is taken for fitting in one.
 */
function pick<T extends { text: string; essential?: boolean; broken?: boolean; daysOnly?: boolean }>(candidates: T[], language: Language, warning = false, kind?: string): T {
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
function partsUpToThree(text: string): number {
  return text.length > 2 * SMS.gsm.multi ? 3 : smsInfo(text).segments;
}

function readMore(T: Templates, policy: SmsLinkPolicy, m: Message, contactWeb: string | undefined): string {
  const url = m.links[0];
  const web = url?.text ?? contactWeb;
  // No address in the draft or the profile: no "Les mer på nettsidene våre", which would send readers to look for a
  // page the draft never promised (the omission tells the writer a web address can be added).
  if (!web) return "";
  const value = url ? url.value : contactWeb!.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/^www\./i, "");
  const host = urlDomain(value).toLowerCase();
  if (policy === "url") return fill(T.readMoreUrl, { url: fullUrl(web) });
  if (policy === "domain") return fill(T.readMoreDomain, { domain: host + value.slice(host.length).replace(/\/$/, "") });
  // "none" (default): the bare host as plain text, as real public SMS do ("Logg inn på nav.no").
  return fill(T.readMoreDomain, { domain: host });
}

/** Draft facts inside a message time (a date fact and its clock), which the SMS must then keep. */
function factsOf(t: MessageTime | undefined, facts: Fact[]): Fact[] {
  if (!t) return [];
  const spans = [t, ...(t.clock ? [t.clock] : [])];
  return facts.filter((f) => (f.kind === "date" || f.kind === "time") && spans.some((s) => f.start >= s.start && f.end <= s.end));
}

/** A sentence whose subject is a pronoun for something said before it: first, or after a fronted word and its verb. */
const POINTS_BACK = /^(?:(?:dette|denne|disse|desse|det|den|dei|de|han|ho|hun|this|these|it|they)[ \u00A0]|(?:for å (?:gjøre|gjere|få til) (?:dette|det)|to do (?:this|so)|derfor|difor|because of this|as a result)(?![\p{L}])|\p{L}+[ \u00A0]+(?:er|var|blir|vert|vart|ble|blei|skal|vil|kan|må)[ \u00A0]+(?:det|den|dei|de)[ \u00A0]+\p{L})/iu;

export function composeSms(m: Message, draft: string, facts: Fact[], T: Templates, opts: SmsComposeOptions): Composed {
  const language = m.language;
  // ("From the Norwegian Tax Administration": an English name's "The" is lower case after a word of the sign-off.)
  const inside = (tpl: string, name: string) => (language === "en" && tpl.indexOf("{sender}") > 0 ? name.replace(/^The(?=[ \u00A0]\p{Lu})/u, "the") : name);
  const sign = m.sender ? [fill(T.signoff, { sender: inside(T.signoff, m.sender.name) }), fill(T.signoffShort, { sender: inside(T.signoffShort, m.sender.name) })] : ["", ""];
  return m.audience.value === "personal" ? personalSms(m, facts, T, language, sign, opts, draft) : publicSms(m, draft, facts, T, opts, language, sign);
}

/** The first field line of an offer that labels the reader's appointment and gives its new time, said as it stands. */
function appointmentLine(m: Message, draft: string, language: Language): string | undefined {
  const labels = cue(language, "appointmentLabels");
  for (const t of m.times) {
    if (t.role !== "new" || t.form !== "date") continue;
    const line = lineTextAt(draft, t.start).trim();
    const label = /^([\p{L} -]{3,30}):[ \u00A0]+\S/u.exec(line);
    if (!label || labels.first(label[1])?.start !== 0 || labels.first(label[1])!.end !== label[1].length) continue;
    if (line.length > 110 || cue(language, "sensitive").test(line) || mentionsHealth(line)) return undefined;
    return endSentence(line.replace(/[ \u00A0]+mellom[ \u00A0]+(kl\.[ \u00A0]*)?(\d{1,2}[.:]?\d{0,2})[ \u00A0]+og[ \u00A0]+(?:kl\.[ \u00A0]*)?(\d{1,2}[.:]?\d{0,2})/u, " $1$2–$3"));
  }
  return undefined;
}
// ("Riktige opplysninger gir … lavere risiko for uenigheter": a risk made smaller is a gain, no danger.)
const LESS_RISK = /(?<![\p{L}])(?:lavere|lågare|mindre|redusert|redusere|reduce[sd]?|lower|less|minimal)[ \u00A0]+(?:\p{L}+[ \u00A0]+)?(?:risiko|fare|risk|danger)/iu;
// Between a danger and its step: nothing, or the head of the step's list on the danger's line and the items above it.
const DANGER_GAP = /^[ \t\u00A0]*(?:[^\n]{3,160}:)?(?:[ \t]*\r?\n[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0][^\n]*)*[ \t\u00A0]*(?:\r?\n[ \t]*)?$/u;
const FINITE = /(?<![\p{L}])(?:har|er|blir|ble|vil|skal|kan|må|får|fikk|hadde|var|vert|vart|blei|has|have|is|are|was|were|will)(?![\p{L}])/iu;

const NOUN_SPLIT: Record<Language, RegExp> = {
  nb: /[ \u00A0]+(?:om|på|av|for|vedrørende|angående|–|-)[ \u00A0]+/u,
  nn: /[ \u00A0]+(?:om|på|av|for|vedkomande|–|-)[ \u00A0]+/u,
  en: /[ \u00A0]+(?:about|on|of|for|regarding|–|-)[ \u00A0]+/u,
};

/**
 * What the letter is about, from its own title, without case content: "Tilbud om barnehageplass" stays;
 * "Innkalling til samtale om sykepengene dine" becomes "Innkalling til samtale"; a title that is all case
 * content ("Avslag på bostøtte") gives nothing.
 */
/** A person named at a title's end, with their birth date: " for Julia Kowalczyk (born 12 March 2017)", " til Ola Nordmann". */
const PERSON_AFTER = /[ \u00A0]+(?:for|til|to|om|about|av|of)[ \u00A0]+\p{Lu}\p{Ll}+(?:[ \u00A0-]+\p{Lu}\p{Ll}+){1,3}(?:[ \u00A0]*\((?:born|b\.|f\.|fødd|født|fnr\.?)[^()]{0,40}\))?[ \u00A0]*$/u;
function personalTopic(m: Message, language: Language, blocked: (p: Part) => boolean, draft = "", edits: ReadonlyArray<Edit> = []): string | undefined {
  // A title that is a sentence ("Nav har avvist klagen din") tells the outcome: no topic from it.
  // (With the draft's safe fixes, as the letter has it: "Vi trenger fleire opplysningar" → "Vi treng …" in nynorsk.)
  // (A reference word the title opens on, "Vedrørande …", is cut by cleanTitle, not turned into "Om …" by a fix.)
  // ("New school bus stop for Julia Kowalczyk (born 12 March 2017)": the person the letter is about stays in the letter;
  // the title before them says what it is about.)
  const person = PERSON_AFTER.exec(m.subject.text);
  const kept = person && person.index > 0 && m.subject.text.slice(0, person.index).trim().split(/\s+/u).length >= 2 ? m.subject.text.slice(0, person.index) : undefined;
  const subject = kept ? { start: m.subject.start, end: m.subject.start + kept.length, text: kept } : m.subject;
  const raw = subject.text;
  const noPrefix = !!raw && cleanTitle(raw).toLowerCase() === raw.trim().replace(/\s+/g, " ").toLowerCase();
  const fixed = noPrefix && edits.length && subject.end > subject.start ? pruneTimes(subject, [], edits) ?? raw : raw;
  const title = fixed && !/[.!?]$/.test(fixed.trim()) && !FINITE.test(fixed) ? cleanTitle(fixed) : "";
  // (A date in the title is the news, "Ny husleie fra 1. april 2027"; any other number may be the case's.)
  const dates = m.times.filter((t) => t.start >= subject.start && t.end <= subject.end && (t.form === "date" || t.form === "week") && t.role !== "deadline").map((t) => t.text.trim());
  const undated = dates.reduce((x, d) => x.split(d).join(" "), title);
  if (!title || title.length > 70 || blocked(subject) || /[{}\d]/.test(undated)) return undefined;
  const sensitive = cue(language, "sensitive");
  // "DU MÅ SENDE OSS OPPLYSNINGER" reads as shouting in an SMS: sentence case.
  // (An acronym keeps the case the draft gives it elsewhere: "TT-kort".)
  const cased = unshout(title, draft);
  if (!sensitive.test(cased)) return cased;
  // The title up to the last "om/på/av …" before the first sensitive word: "Svar på søknad om kommunal bostøtte"
  // → "Svar på søknad", "Svar på klage på parkeringsgebyr" → "Svar på klage".
  const hit = sensitive.first(cased);
  const split = new RegExp(NOUN_SPLIT[language].source, "gu");
  let cut = -1;
  for (let mm = split.exec(cased); mm && hit && mm.index < hit.start; mm = split.exec(cased)) cut = mm.index;
  const head = cut > 0 ? cased.slice(0, cut) : cased.split(NOUN_SPLIT[language])[0];
  // A head of one word ("Svar", "Påminnelse") or of letter words only ("Melding om vedtak") says nothing the SMS
  // does not already say.
  const generic = new Set(cueList(language, "genericTitleWords"));
  const onlyGeneric = head.toLowerCase().split(/[\s–-]+/u).filter(Boolean).every((w) => generic.has(w));
  return head && head !== cased && !sensitive.test(head) && head.split(/\s+/).length >= 2 && !onlyGeneric ? head : undefined;
}

function personalSms(m: Message, facts: Fact[], T: Templates, language: Language, sign: string[], opts: SmsComposeOptions, draft: string): Composed {
  const docs = cueTable(language, "personalDoc") as Record<string, string>;
  // "et brev|som du må svare på": the letter, then what is said of it after the sender ("et brev fra Nav som du
  // må svare på", not "et brev du må svare på fra Nav").
  const [head, relIf] = (docs[m.kind] ?? docs["case-letter"] ?? T.docs.letter).split("|");
  // "som du må svare på" only when the letter asks the reader for something: a letter saying Nav has asked the
  // employer ("Vi har bedt om opplysninger fra arbeidsgiveren din") asks the reader for nothing.
  // (To several readers, "som dere må svare på": the plural templates say "Dere har fått …".)
  const plural = readerOf(draft, language) === "dere";
  const rel = relIf && m.actions.length ? (plural ? relIf.replace(/(?<![\p{L}])du(?![\p{L}])/u, language === "nn" ? "de" : "dere") : relIf) : undefined;
  const doc = rel ? `${head} ${rel}` : head;
  const blocked = (p: Part) => opts.blocked.some((b) => overlaps(b, p));
  const topic = personalTopic(m, language, blocked, draft, opts.edits);
  // ("You have a letter from the Norwegian Tax Administration": the article's capital was the signature line's.)
  const sender = language === "en" ? m.sender?.name.replace(/^The(?=[ \u00A0]\p{Lu})/u, "the") : m.sender?.name;
  // "et tilbud" + "Tilbud om barnehageplass" → "et tilbud om barnehageplass" (the title names the letter itself).
  const noun = rel ? "" : (doc.split(" ").pop() ?? "");
  // "eit tilbod" + "Svar på søknad om barnehageplass" → "eit tilbod om barnehageplass": the reply to the application
  // is the letter itself; what it is about follows "om".
  // ("Your application for a parking permit" → "a decision about your application for a parking permit".)
  const enAbout = topic && language === "en" ? /^(?:(?:reply|answer|response)[ \u00A0]+to[ \u00A0]+)?(your[ \u00A0]+application[ \u00A0]+(?:for|about|regarding)[ \u00A0]+.+)$/iu.exec(topic)?.[1] : undefined;
  const about = topic && language !== "en" ? /^svar[ \u00A0]+på[ \u00A0]+(?:(?:din|di|ditt|dykkar|deres)[ \u00A0]+)?søknad(?:en)?(?:[ \u00A0]+(?:din|dykkar|deres))?[ \u00A0]+(om[ \u00A0]+.+)$/iu.exec(topic)?.[1] : enAbout ? `about ${enAbout.charAt(0).toLowerCase()}${enAbout.slice(1)}` : undefined;
  const merged =
    // ("Decision: trade permit" too: the noun with its colon.)
    topic && noun && (topic.toLowerCase().startsWith(noun.toLowerCase() + " ") || (topic.toLowerCase().startsWith(noun.toLowerCase() + ":") && topic.length > noun.length + 2))
      ? // ("Vedtak – skjenkebevilling for Bistro Fjord" → "et vedtak om skjenkebevilling for Bistro Fjord"; "Vedtak – søknad
        // om parkeringstillatelse" → "et vedtak om parkeringstillatelse".)
        doc.slice(0, doc.length - noun.length) + topic.charAt(0).toLowerCase() + topic.slice(1).replace(/^(\p{L}+)[ \u00A0]*[–—:-][ \u00A0]*(?:(?:søknad(?:en)?|application)[ \u00A0]+(?:om|for)[ \u00A0]+)?/iu, language === "en" ? "$1 on " : "$1 om ")
      : about && noun && m.kind !== "case-letter"
        ? `${doc} ${about}`
        : undefined;
  const fromPlain = (withTopic: boolean) => {
    const t = withTopic && topic && !(actText && actText.toLowerCase().startsWith(topic.toLowerCase())) ? topic : undefined;
    return sender ? (t ? fill(T.noticeFromTopic, { doc: head, sender, topic: t }) : fill(T.noticeFrom, { doc: head, sender })) : t ? fill(T.noticeNoSenderTopic, { doc: head, topic: t }) : fill(T.noticeNoSender, { doc: head });
  };
  const fromWithRel = (withTopic: boolean) => {
    const d = `${fill(T.docFrom, { doc: head, sender: sender! })} ${rel}`;
    return withTopic && topic ? fill(T.noticeNoSenderTopic, { doc: d, topic }) : fill(T.noticeNoSender, { doc: d });
  };
  // "en innkalling til dialogmøte med Nav" already names the sender: no "fra Nav" after it.
  const names = (x: string) => !!sender && x.toLowerCase().includes(sender.toLowerCase());
  // (A letter whose action the SMS says is just "et brev": "som du må svare på" would say it twice.)
  // (A title that names what is asked, "Vi trenger flere opplysninger", says it better than "som du må svare på".)
  const from = (withTopic: boolean) =>
    rel && (actText || (withTopic && !!topic))
      ? fromPlain(withTopic)
      : rel && sender
      ? fromWithRel(withTopic)
      : withTopic && merged
      ? sender && !names(merged)
        ? fill(T.noticeFrom, { doc: merged, sender })
        : fill(T.noticeNoSender, { doc: merged })
      : withTopic && topic
      ? sender
        ? fill(T.noticeFromTopic, { doc, sender, topic })
        : fill(T.noticeNoSenderTopic, { doc, topic })
      : sender
        ? fill(T.noticeFrom, { doc, sender })
        : fill(T.noticeNoSender, { doc });
  const omitted: Left[] = [{ part: "case-content", why: "personal" }];
  // The appointment's time (a summons) and the reply or appeal deadline are what real notification SMS
  // carry; the case itself stays in the letter.
  // (A visit moved, "Ny dato er onsdag 19. november mellom kl. 0800 og 1500", says its new date when nothing of the case
  // is in its sentence: "Ny dato: …".)
  const moved = m.kind === "change" && m.events[0]?.when && !cue(language, "sensitive").test(m.events[0].what.text) && !mentionsHealth(m.events[0].what.text) ? m.events[0].when : undefined;
  // (An offer with a time to come, "Visning: fredag 14. mars kl. 14.00.", says it in the letter's own words when they are
  // short, hold nothing of the case and name no one: no capital after the first word but a label's.)
  const offerEv = m.kind === "offer" ? m.events.find((e) => e.when?.role === "new" && e.when.form !== "duration") : undefined;
  // (Not one that opens on a thing the SMS has not named: "Leiligheten er ledig fra fredag 1. januar" says which flat
  // only after the letter's "leilighet nr. 6 i Solstua".)
  const offerSaid = offerEv && offerEv.what.text.length <= 90 && !namedBefore(offerEv.what, draft) && !cue(language, "sensitive").test(offerEv.what.text) && !mentionsHealth(offerEv.what.text) && !blocked(offerEv.what) && !/\n/.test(offerEv.what.text.trim()) && !/(?<![:.] ?|^)(?<=\s)\p{Lu}/u.test(offerEv.what.text.trim()) ? pruneTimes(offerEv.what, [...wrongRoleTimes(m), ...opts.cuts], opts.edits) : undefined;
  // ("Henting: måndag 4. mai mellom kl. 1500 og kl. 1800 på servicetorget i rådhuset." in an offer of a loan: a field line
  // that labels the reader's appointment is said as it stands, when the offer's own sentence is too long or holds the case.)
  const apptLine = m.kind === "offer" ? appointmentLine(m, draft, language) : undefined;
  const offerLine = offerSaid && offerEv!.when && offerSaid.includes(offerEv!.when.text.trim()) ? endSentence(plainSentence(offerSaid, language, draft)) : apptLine ?? "";
  // ("Mattilsynet vil gjennomføre tilsyn hos dere onsdag 13. januar 2027 mellom kl. 07 og 10": a visit the sender makes
  // is a time the reader must be there for, said like a summons's when nothing of the case is in its sentence.)
  // (So is a time and a place given as fields, "Date: Saturday 23 January 2027 / Time: 12:00 / Place: …": a booking.)
  const visit = m.kind === "case-letter" && m.events[0]?.when?.role === "new" && m.events[0].when.form !== "duration" && (cue(language, "visitWords").test(m.events[0].what.text) || !!m.events[0].fields) && !cue(language, "sensitive").test(m.events[0].what.text) && !mentionsHealth(m.events[0].what.text) ? m.events[0].when : undefined;
  // ("Oppstarten, som vi skreiv var 12. august …, er flytta. Første skuledag er no måndag 18. august kl. 0830": an offer
  // whose start is moved gives the new time, as a summons does.)
  const movedOffer = offerEv?.when && !cue(language, "sensitive").test(offerEv.what.text) && !mentionsHealth(offerEv.what.text) && m.times.some((t) => t.role === "superseded" && t.start < offerEv.when!.start) ? offerEv.when : undefined;
  const when = m.kind === "summons" ? m.events[0]?.when : moved ?? visit ?? movedOffer;
  // ("Trenger dere tolk, gi beskjed innen 10. desember": a deadline for some readers only is never "Fristen er …".)
  // (A step the draft asks of the reader in so many words, "Du må stadfeste at du vil ha parsellen innan 1. mars", before
  // a deadline on the reader's thing told as news, "Faktura kjem i posten i mars med forfall 15. april".)
  const dlSteps = m.actions.filter((a) => a.deadline && (a.deadline.form === "date" || a.deadline.form === "duration" || a.deadline.form === "text"));
  // (Of the steps about the letter, the one due first: "… må de sende inn akseptskjema innan 1. april 2026" before the
  // grant's final report "innan 15. oktober 2026". Missed, the first makes the later ones moot.)
  const dueFirst = dlSteps.filter((a) => readerActs(a.text, language) && (!a.condition || cue(language, "letterConditions").test(a.condition) || WISH.test(a.condition.trim())) && a.deadline!.form === "date" && /^\d{4}-\d\d-\d\d$/u.test(a.deadline!.value)).sort((a, b) => (a.deadline!.value < b.deadline!.value ? -1 : a.deadline!.value > b.deadline!.value ? 1 : 0))[0];
  const dlAction0 = dueFirst ?? dlSteps.find((a) => readerActs(a.text, language)) ?? dlSteps[0];
  // (Also in a sentence the model did not take for an action: "Trenger dere tolk, gi beskjed innen 10. desember".)
  const forSome = (t: { start: number; end: number }) => m.actions.some((a) => !!a.condition && t.start >= a.start && t.end <= a.end) || ((c) => READER_IN.test(c) && !WISH.test(c.trim()))(openingCondition(sentenceAround(draft, t)?.text ?? "", language) ?? "");
  // ("Trenger dere tolk, gi beskjed innen 10. desember": a deadline for some readers only is said with its condition
  // in the action's own words, or not at all; never as "Fristen er …".)
  // ("Kan du ikkje kome den nye datoen" before "Du må be om refusjon innan 31. mars": a condition on the reader that
  // the SMS can say in front of the step is said; see `stepSaid`.)
  const condSay = (a: MessageAction) => (a.condition && !(a.text.length <= 400 && a.text.includes(a.condition)) ? sayableCondition(a.condition, language) : undefined);
  const conditionalUnsaid = (a: MessageAction) => !!a.condition && !(a.text.length <= 400 && a.text.includes(a.condition)) && !condSay(a);
  // (A step for some case that may come, "If you move abroad, you must update your address within 14 days", is not
  // what a decision or an invoice is about; only a summons or an offer asks "if you cannot come / if you accept".)
  // (Nor a condition on what the letter says, "Dersom opplysningane ikkje stemmer, …", or the reader's wish, "Ønsker du
  // å uttale deg, …": those are what the letter asks.)
  // (A meeting or a concert called off or moved asks the same of those who cannot come: "Kan du ikkje kome den nye
  // datoen, må du be om refusjon".)
  const aboutTheLetter = (a: MessageAction) => !a.condition || m.kind === "summons" || m.kind === "offer" || m.kind === "cancellation" || m.kind === "change" || WISH.test(a.condition.trim()) || cue(language, "letterConditions").test(a.condition);
  const dlAction1 = dlAction0 && !conditionalUnsaid(dlAction0) && aboutTheLetter(dlAction0) ? dlAction0 : m.actions.find((a) => a.deadline && !a.condition && (a.deadline.form === "date" || a.deadline.form === "duration" || a.deadline.form === "text"));
  // (Or a span counted from the letter: "Du kan klage på vedtaket innan seks veker etter at du har fått dette brevet" is
  // said "Klagefristen er seks veker etter at du fekk brevet".)
  const appealSpan = (t: MessageTime) => spanAnchor(t, draft) === "letter";
  const appealDl = m.appeal?.deadline && (m.appeal.deadline.form === "date" || appealSpan(m.appeal.deadline)) ? m.appeal.deadline : undefined;
  // Without an action's deadline, any deadline the letter states ("Hvis vi ikke får opplysningene innen
  // {fristDato}, …", "… innen to uker") is still what the reader must know.
  // (Not another party's: "… pålegges eier av Storgata 16 å iverksette tiltak … innen 1. mai" is the neighbour's
  // deadline; the complainant told "Fristen er 1. mai" would think it is theirs.)
  // (Nor the writer's own promise: "Vi oppdaterer frammr.no seinast måndag 5. mai kl. 06.00".)
  const othersDuty = (t: { start: number; end: number }) => othersDeadline(sentenceAround(draft, t)?.text ?? "", language);
  // ("Hvis regnskapet ikke er levert innen 26 uker, varsler vi tingretten": a span with nothing said of where it counts
  // from, in a sentence where the writer acts, is no "Fristen i brevet er 26 uker" from today.)
  // (Unless it speaks of what a step asks for: "Hvis vi ikke får opplysningene innen to uker, …" beside "Du må sende oss
  // opplysninger" is that step's time.)
  const stepWords = (x: string) => new Set((x.toLowerCase().match(/\p{L}{6,}/gu) ?? []).map((w) => w.slice(0, 6)));
  // (A title that asks, "DU MÅ SENDE OSS OPPLYSNINGER", is a step too.)
  const stepTexts = [...m.actions.filter((a) => a.text.length <= 400).map((a) => a.text), ...(m.subject.text.length <= 120 && readerActs(m.subject.text, language) ? [m.subject.text] : [])];
  const ofAStep = (x: string) => { const ws = stepWords(x); return stepTexts.some((a) => [...stepWords(a)].some((w) => ws.has(w))); };
  const spanSaid = (t: MessageTime) => t.form !== "duration" || (/^(?:innen|innan|within)\s/iu.test(t.text) && ((x) => spanAnchor(t, draft) === "letter" || readerActs(x, language) || ofAStep(x))(sentenceAround(draft, t)?.text ?? ""));
  const letterDls = m.times.filter((t) => t.role === "deadline" && (t.form === "date" || t.form === "text" || t.form === "duration") && spanSaid(t) && !(m.appeal && t.start >= m.appeal.start && t.end <= m.appeal.end) && !forSome(t) && !othersDuty(t));
  // (Several dates, "Frist: måndag 21. juni" and "Frist: fredag 9. juli" for one order each: the first is said, as the first.)
  const dlDates = letterDls.filter((t) => t.form === "date" && /^\d{4}-\d\d-\d\d/u.test(t.value)).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const severalDls = new Set(dlDates.map((t) => t.value.slice(0, 10))).size >= 2;
  const anyDl = severalDls ? dlDates[0] : letterDls[0];
  // ("Frist: straks." beside dated ones: something is due at once, which no date the SMS gives may hide.)
  const dueNow = DUE_NOW.test(draft.slice(0, 20000));
  // ("Vi må ha svaret ditt innan måndag 1. november" before "Viss du vil ta vare på gravsteinen sjølv, må du hente han før
  // 1. mai 2028": the letter's own earlier deadline, for every reader, outweighs a later step for those who choose it.)
  const laterOption = !!dlAction1?.condition && !!anyDl && anyDl.form === "date" && dlAction1.deadline?.form === "date" && anyDl.value < dlAction1.deadline.value && !overlaps(anyDl, dlAction1);
  const dlAction = laterOption ? undefined : dlAction1;
  const deadline = dlAction?.deadline;
  // (That deadline's own sentence asks for an answer: "Svar innan …".)
  const replyDl = laterOption && /(?<![\p{L}])(?:svar|svaret|svara|reply|answer)(?![\p{L}])/iu.test(sentenceAround(draft, anyDl!)?.text ?? "");
  // (An appeal span is said after the reader's own deadline, not in its place: "Fristen i brevet er 1. november 2025.
  // Klagefristen er tre veker etter at de fekk brevet.")
  const appealDate = appealDl && appealDl.form === "date" ? appealDl : undefined;
  const dl = deadline ?? appealDate ?? anyDl ?? appealDl;
  // The reader's action in the draft's own words when it says nothing of the case ("Svar innen 20. april om
  // du tar imot plassen", "Send oss dokumentasjonen innen to uker"): no amount, no benefit or health word, no
  // personal data; else only its deadline.
  const sensitive = cue(language, "sensitive");
  // (The length first: an action of 100 kB is never safe, and the other tests would read all of it.)
  // (Measured without the web address the SMS leaves out: "Du må bestille skattekort på https://www.skatteetaten.no/…"
  // is a short instruction.)
  // ("Dersom du ikke kan møte av en gyldig grunn, for eksempel sykdom, må du gi beskjed … senest 21. mars.": without its
  // example when too long with it; the step and its date stay.)
  // ("Deadline: The graffiti must be removed by 6 April 2026." is said without its label: the date says it.)
  const pruned = (a: MessageAction) => { const x = pruneTimes(a, [...wrongRoleTimes(m), ...opts.cuts], opts.edits)?.replace(DEADLINE_LABEL, "").replace(LEADING_FIELD, "") ?? null; return x !== null && x.length > 110 ? withoutAsides(x) ?? x : x; };
  const said = (a: MessageAction) => (a.text.length > 400 ? a.text : pruned(a) ?? a.text);
  // A long "how to" ("Du kan lese og svare på møteinnkallingen ved å logge inn på «Min side» og trykke på
  // «Sykmeldte»") is said by its steps ("Logg inn på «Min side» og trykk på «Sykmeldte»").
  // (Steps that name the case are left out: "… og trykk på «Sykmeldte»" → "Logg inn på «Min side - arbeidsgiver».")
  const short = (a: MessageAction) => (said(a).length <= 90 ? said(a) : stepsOf(said(a), language, (x) => !sensitive.test(x)));
  const safeWords = (a: MessageAction) =>
    (short(a) ?? said(a)).length <= 110 && !blocked(a) && !sensitive.test(short(a) ?? said(a)) && !mentionsHealth(short(a) ?? said(a)) && !facts.some((f) => f.kind === "amount" && overlaps(f, a)) && !/\{(?![^}]*(?:dato|date|frist))[^}]*\}/iu.test(short(a) ?? a.text);
  // ("Du må gi opplysninger om dette i skattemeldingen": "dette" is a sentence this SMS does not say.)
  const safe = (a: MessageAction) => safeWords(a) && !pointsBackUnsaid(a, draft, [], language);
  // Without a deadline, the first safe thing to do that points to where the letter is ("Logg inn på Min side …").
  // (A list's lead-in — "Du må sende oss:" — says nothing alone.)
  // A title that tells the reader what to do ("DU MÅ SENDE OSS OPPLYSNINGER") is the letter's main action: the SMS
  // says it (when it holds nothing of the case) rather than a step of the how-to further down ("Velg skjemaet …").
  const t0 = m.subject.text.trim();
  const titleAct =
    t0 && t0.length <= 70 && !/[{}\d]/.test(t0) && !blocked(m.subject) && !sensitive.test(t0) && readerActs(t0, language) ? endSentence(t0 === t0.toUpperCase() ? t0.charAt(0) + t0.slice(1).toLowerCase() : t0) : "";
  // (Without a deadline, only a step that says where the letter is or how to answer it: "Ta med gyldig legitimasjon"
  // alone, out of its letter, tells the reader to bring ID to nowhere.)
  // (Under a summons that gives its time, "Ta med CV." is what to bring to it.)
  const whereToRead = (a: MessageAction) => WHERE_TO_READ.test(a.text) || cue(language, "readVerbs").test(a.text) || (!!when && m.kind === "summons");
  // "Du må bekrefte at du fortsatt ønsker bolig hver sjette måned. Første gang må du gjøre det innen 1. september.": a
  // step with the deadline that points back at the step right before it is said with that step, when both are safe
  // and short ("Første gang må du gjøre det innen 1. september" alone says nothing of what).
  const before0 = dlAction && !safe(dlAction) && safeWords(dlAction) ? sentenceBefore(dlAction, draft) : undefined;
  // ("Hvis du ikke er enig i resultatet, kan du be om en kontrollmåling. Det må du gjøre innen 1. april": the step before
  // may carry the condition the deadline shares, said in its own words.)
  const sameCondition = (a: MessageAction) => !a.condition || (a.text.includes(a.condition) && a.condition === dlAction?.condition);
  // (Or the reader's option the deadline is for, no step of its own: "kan du be om en kontrollmåling".)
  const optionBefore: MessageAction | undefined = before0 && !m.actions.some((a) => a.start === before0.start) && /(?<![\p{L}])(?:(?:du|dere|dykk|you)[ \u00A0]+(?:kan|can|may)|(?:kan|can|may)[ \u00A0]+(?:du|dere|dykk|you))(?![\p{L}])/iu.test(before0.text) ? { ...before0, agent: "reader", ...(dlAction?.condition && before0.text.includes(dlAction.condition) ? { condition: dlAction.condition } : {}) } : undefined;
  const leadAct = before0 ? [...m.actions, ...(optionBefore ? [optionBefore] : [])].find((a) => a.start === before0.start && !a.deadline && sameCondition(a) && safe(a) && said(a).length + said(dlAction!).length <= 140) : undefined;
  const actAction = dlAction && (safe(dlAction) || leadAct) ? dlAction : !dlAction && !titleAct ? m.actions.find((a) => !a.condition && safe(a) && !!short(a) && short(a)!.length <= 90 && !/:\s*$/.test(a.text) && whereToRead(a)) : undefined;
  const steps = actAction && actAction !== dlAction && said(actAction).length > 90 ? short(actAction) : undefined;
  const act = steps ?? (actAction ? pruned(actAction) : null);
  const leadPlain = leadAct ? endSentence(readerVoice(plainSentence(pruneTimes(leadAct, [...wrongRoleTimes(m), ...opts.cuts], opts.edits) ?? leadAct.text, language, draft), language, plural ? "dere" : "du")) : "";
  const actPlain = act ? `${leadPlain ? leadPlain + " " : ""}${endSentence(readerVoice(plainSentence(act, language, draft), language, plural ? "dere" : "du"))}` : "";
  const actCond = actAction && act && !(leadAct?.condition && leadAct.text.includes(leadAct.condition)) ? condSay(actAction) : undefined;
  const actText0 = act ? (actCond ? withCondition(actCond, actPlain, language) : actPlain) : dlAction ? "" : titleAct;
  // ("Passer ikke tidspunktet, må du ringe innen 6. juni" with no time in the SMS: "tidspunktet" points at a time the
  // reader is not told, so the step stays in the letter.)
  // (A call-off that comes back at another time says that time: "Kan du ikke komme på den nye datoen, …" stays.)
  const timeSaid = !!when || (m.kind === "cancellation" && m.events.some((e, i) => i > 0 && e.status === "planned" && !!e.when));
  const actText = actText0 && !timeSaid && THE_TIME.test(actText0) ? "" : actText0;
  // "Gi beskjed innen 3. mars hvis du ikke kan komme" asks only some readers to reply: never "Svar innen 3. mars"
  // for it, and the SMS keeps the action's own words (with its condition) when it has them.
  const conditionalAct = !!actText && !!actAction?.condition;
  // ("Vi ber deg bekrefte at du kommer innen mandag 11. januar": a request to confirm is a reply too.)
  // ("Tilbudet må besvares … innen mandag 21. desember": the passive of answering is a reply too.)
  const reply = !!dlAction && !conditionalAct && (PASSIVE_REPLY.test(dlAction.text.trim()) || /^(?:(?:please|kindly|vennligst|venligst|venlegst)[ \u00A0,]+|(?:du|dere|dykk|de|you)[ \u00A0]+(?:må|must|need to|should)[ \u00A0]+|(?:vi|me|we)[ \u00A0]+(?:ber|bed|ask)[ \u00A0]+(?:deg|dykk|dere|Dem|you)[ \u00A0]+(?:om[ \u00A0]+å[ \u00A0]+|to[ \u00A0]+)?)?(?:svar|gi beskjed|gje beskjed|gi oss beskjed|gje oss beskjed|gi (?:oss )?svar|gje (?:oss )?svar|send (?:oss )?svar|meld fr|bekreft\p{L}*|stadfest\p{L}*|svare|takk\p{L}* ja|ta imot|akseptere|godta|reply|respond|let us know|confirm|accept|decline)(?![\p{L}])/iu.test(dlAction.text));
  const required = [...factsOf(when, facts), ...factsOf(dl, facts)];
  // (A summons that moves an earlier time, "Ny time er torsdag 28. januar kl. 13.15" after the old one, says it is new.)
  // (A visit moved the same way: "Tilsynet som var satt til torsdag 24. april, er flyttet til tirsdag 6. mai".)
  const movedSummons = (m.kind === "summons" || (!!visit && when === visit) || (!!movedOffer && when === movedOffer)) && !!when && m.times.some((t) => t.role === "superseded" && t.start < when.start);
  // ("Oppstartsmøtet, som var satt til 22. mars, blir flyttet til lørdag 29. mars kl. 11.00" in a letter offering a
  // garden plot: what moved is not the letter's offer; "Ny tid: 29. mars" would not say of what. Its own sentence, without
  // the old time, says it when it is short and holds nothing of the case — and no name the title does not.)
  const movedWhat = !!movedOffer && when === movedOffer && offerEv ? offerEv.what : undefined;
  const movedSaid0 = movedWhat && movedWhat.text.length <= 200 && !blocked(movedWhat) && !/\n/.test(movedWhat.text.trim()) ? pruneTimes(movedWhat, [...wrongRoleTimes(m), ...opts.cuts], opts.edits) : null;
  const movedSaid = movedSaid0 && movedSaid0.length <= 120 && movedSaid0.includes(movedOffer!.text.trim()) && (movedSaid0.trim().match(/(?<![:.] ?|^)(?<=\s)\p{Lu}[\p{L}-]*/gu) ?? []).every((w) => m.subject.text.includes(w)) ? endSentence(plainSentence(movedSaid0, language, draft)) : "";
  const whenLine = (short: boolean) => (movedSaid ? movedSaid : when ? fill(moved ? T.newDate : movedSummons ? T.newTime : T.noticeSummons, { when: timeText(when, language, short) }) : offerLine);
  // (A deadline for some readers whose words the SMS cannot say is not said at all.)
  // ("Ønsker du å uttale deg, må du gjøre dette innen …": a wish is no group of readers; the deadline is for anyone
  // who takes the chance, as the letter's whole point.)
  const dlOk = !(dl && dl === deadline && dlAction?.condition && !WISH.test(dlAction.condition.trim()) && !actText);
  // ("Felte dyr skal meldast … innan 14 dagar etter at dyret er felt": a time counted from something other than the
  // letter is no "Frist: innan 14 dagar" from now.)
  const anchor = dl ? spanAnchor(dl, draft) : undefined;
  const counted = !!anchor;
  const anchoredElsewhere = anchor === "elsewhere";
  // ("Du må svare innan 10 dagar etter at du har fått dette brevet": the span is said with what it counts from, "Svar
  // innan 10 dagar etter at du fekk brevet"; a bare "innan 10 dagar" would count from the SMS.)
  const fromLetter = (span: string) => (counted && !anchoredElsewhere ? fill(T.spanFromLetter, { span }) : span);
  const dlText = (short: boolean) => (dl && dlOk && !anchoredElsewhere ? (dl.form === "date" || dl.form === "text" ? timeText(dl, language, short) : /^(?:innen|innan|within)\s/iu.test(dl.text) ? dl.text : "") : "");
  // ("Har du merknader, må du sende dem skriftlig til oss innen 14 dager etter at du fikk varselet, det vil si innen 28.
  // mai. …": too long to say, its condition on the reader and its date are: "Har du merknader, er fristen 28. mai.")
  const ifCond = !dlOk && dlAction && dl === deadline ? condSay(dlAction) ?? (dlAction.text.includes(dlAction.condition ?? "\u0000") ? sayableCondition(dlAction.condition!, language) : undefined) : undefined;
  const ifDate = ifCond && dlAction ? m.times.find((t) => t.role === "deadline" && t.form === "date" && t.start >= dlAction.start && t.end <= dlAction.end) : undefined;
  const dlIf = (short: boolean) => (ifCond && ifDate ? fill(T.noticeDeadlineIf, { condition: ifCond, date: timeText(ifDate, language, short) }) : "");
  // "1. termin: 9 230 kroner innen 20. august" under "Restskatten skal betales i to terminer:": a payment's due date is
  // said as one ("Betalingsfristen er …"), not a bare "Fristen er …" the reader cannot place. (The amount stays out.)
  // (Read in the deadline's own sentence, and the line that introduces it when it is a row: "Tell the club that you
  // will pay with the card", another step of the list, makes "choose the activity before 1 March" no payment.)
  const dlSentence = dl ? sentenceAround(draft, dl)?.text ?? draft.slice(Math.max(0, dl.start - 120), dl.end + 20) : "";
  const dlLineStart = dl ? draft.lastIndexOf("\n", dl.start - 1) : -1;
  const introLine = dl && /^[ \t]*(?:[-–•*]|\d{1,2}[.)]|\d{1,2}\.[ \u00A0]*\p{L}+:)/u.test(draft.slice(dlLineStart + 1, dl.start)) ? draft.slice(Math.max(0, dlLineStart - 200), Math.max(0, dlLineStart)).split("\n").filter((l) => l.trim() && !/^[ \t]*(?:[-–•*]|\d{1,2}[.)])/u.test(l)).pop() ?? "" : "";
  const payDue = !!dl && dl !== appealDl && PAY_WORDS.test(`${dlSentence} ${introLine}`);
  const dlLine = (short: boolean, full: boolean, topicSaid = false) =>
    full && actText && (!dl || actText.includes(dl.text.trim()))
      ? actText
      : dlText(short)
        // (Said without the step it belongs to or the letter's topic, a deadline is the letter's: "Fristen i brevet er
        // 26. februar kl. 12", not a bare "Fristen er …" the reader cannot place.)
        ? [full && actText ? actText : "", dl!.form === "duration"
          // ("Svar innan tre veker.", "Fristen i brevet er tre veker.": a span said with what it is for, never a bare
          // "Frist: innan tre veker".)
          ? fill(dl === appealDl && !deadline ? T.noticeAppealDeadline : reply ? T.noticeReply : full && actText ? T.deadline : counted ? T.noticeDeadline : T.noticeDeadlineLetter, { date: fromLetter(reply || !(full && actText) || (dl === appealDl && !deadline) ? dlText(short).replace(/^(?:innen|innan|within)\s+/iu, "") : dlText(short)) })
          : [!deadline && dueNow ? T.noticeDeadlineNow : "", fill(dl === appealDl && !deadline ? T.noticeAppealDeadline : reply ? T.noticeReply : replyDl && dl === anyDl ? T.noticeReply : payDue ? T.noticePayDeadline : full && actText ? T.noticeDeadline : !deadline && severalDls && dl === anyDl ? T.noticeFirstDeadline : topicSaid ? T.noticeDeadline : T.noticeDeadlineLetter, { date: dlText(short) })].filter(Boolean).join(" ")].filter(Boolean).join(" ")
        : full
          ? actText || dlIf(short)
          : dlIf(short);
  // A meeting called off says so in its own words when they are short ("Dialogmøtet med Nav er avlyst."), like
  // Nav's "Treffet du er invitert til er dessverre avlyst."; the rest stays in the letter.
  // (Else the title when it says so: "Timen din hos tannlegen er avlyst" over "Timen til rotfylling … er avlyst fordi …".)
  const offWords = (t: string) => t.length <= 80 && !sensitive.test(t) && !mentionsHealth(t);
  const offTitle = m.subject.text && m.subject.start !== m.events[0]?.what.start && offWords(m.subject.text) && cue(language, "statusWords").test(m.subject.text) ? m.subject.text : undefined;
  const cancelled0 = m.kind === "cancellation" && m.events[0] ? (offWords(m.events[0].what.text) ? endSentence(cleanTitle(m.events[0].what.text)) : offTitle ? endSentence(cleanTitle(offTitle)) : "") : "";
  // "Konserten blir flytta til laurdag 26. april kl. 18.00." after it: what is called off and comes back at another
  // time says when, in the letter's own words when they are short and hold nothing of the case, else "Ny dato: …".
  const instead = cancelled0 ? m.events.find((e, i) => i > 0 && e.status === "planned" && e.when) : undefined;
  const insteadSaid = instead && instead.what.text.length <= 110 && !sensitive.test(instead.what.text) && !blocked(instead.what) ? pruneTimes(instead.what, [...wrongRoleTimes(m), ...opts.cuts], opts.edits) : undefined;
  const insteadText = instead ? (insteadSaid && insteadSaid.includes(instead.when!.text.trim()) ? endSentence(readerVoice(plainSentence(insteadSaid, language, draft), language)) : fill(T.newDate, { when: timeText(instead.when!, language, false) })) : "";
  const cancelled = [cancelled0, insteadText].filter(Boolean).join(" ");
  // "Les brevet så snart du kan" after "Logg inn på Nav for å lese det" says the same thing twice.
  const readsAlready = !!actText && cue(language, "readVerbs").test(actText);
  // A draft that is itself a short message ("Kontaktinformasjonen din i Altinn er oppdatert. Ring oss om dette
  // ikke stemmer …") is said in its own words when none of it is the case: there is no letter to announce.
  const own = ownWords(opts.short, m, facts, opts, language, draft, sensitive);
  const ownCandidates = own ? [T.greeting + " " + own + " " + sign[0], own + " " + sign[0], own + " " + sign[1], own].map((text) => ({ text, essential: true, own: true })) : [];
  // (The span alone: "Klagefristen er tre veker" as the time's text is said "tre veker".)
  const spanOnly = (t: MessageTime) => t.text.trim().replace(SPAN_START, "");
  const appealAfter = appealDl && dl !== appealDl && appealSpan(appealDl) ? fill(T.noticeAppealDeadline, { date: fill(T.spanFromLetter, { span: spanOnly(appealDl) }) }) : "";
  // (The appeal span gives way to the reader's step in its own words, "Du må signere lånedokumentene innen 15. mai"; with
  // no such step, an SMS without it is not whole.)
  const c = (greet: boolean, short: boolean, s: number, read: boolean, withTopic: boolean, full: boolean, appeal = false) => ({
    text: [greet ? T.greeting : "", cancelled || from(withTopic), whenLine(short), dlLine(short, full, !cancelled && withTopic && !!topic), appeal ? appealAfter : "", read && !(full && readsAlready) ? T.noticeRead : "", sign[s]].filter(Boolean).join(" "),
    essential: (full || !conditionalAct) && (appeal || !appealAfter || !!actText),
  });
  const shapes: Array<[boolean, boolean, number, boolean, boolean, boolean]> = [
    [true, false, 0, true, true, true],
    [false, false, 0, true, true, true],
    [false, true, 1, true, true, true],
    [false, true, 1, false, true, true],
    [false, true, 1, false, true, false],
    [true, true, 0, true, false, false],
    [false, true, 1, true, false, false],
    [false, true, 1, false, false, false],
  ];
  const withAppeal = (xs: typeof shapes) => [...(appealAfter ? xs.map((x) => c(...x, true)) : []), ...xs.map((x) => c(...x))];
  const chosen = pick([...ownCandidates, ...withAppeal(shapes.filter((x) => x[5])), ...withAppeal(shapes.filter((x) => !x[5]))], language);
  if (!when && m.kind === "summons") omitted.push({ part: "when", why: "not-in-draft" });
  // Said in the draft's own words (none of them the case's): nothing of the case was left out for the letter.
  const left = "own" in chosen && chosen.own ? omitted.filter((o) => o.part !== "case-content") : omitted;
  return { text: chosen.text, required, omitted: left };
}

// Where a letter is read or answered: a login, an inbox, a web service.
const WHERE_TO_READ = /(?<![\p{L}])(?:logg?[ \u00A0]+(?:deg[ \u00A0]+)?inn|log[ \u00A0]+in|min[ \u00A0]+side|mi[ \u00A0]+side|mine[ \u00A0]+sider|dine[ \u00A0]+sider|my[ \u00A0]+page|innboks\p{L}*|inbox|digipost|e-boks|altinn|helsenorge|nav\.no|skatteetaten\.no|www\.|https?:|svar[ \u00A0]+(?:på|via)|answer[ \u00A0]+(?:at|via|on))/iu;
const GREETING_ONLY = /^(?:hei|hallo|heisann|hi|hello)[ \u00A0]*[.!,]?$/iu;
// A template field that is not a date ("{correspondenceRecipientName}", "{beløp}") may hold anything of the case.
const CASE_FIELD = /\{(?![^}]*(?:dato|date|frist))[^}]*\}/iu;

/**
 * The short draft's sentences as the SMS can say them (plain, "du", wrong-role times cut), or undefined when any
 * of them holds the case: a benefit, health or money word, an amount, personal data or a case field.
 */
function ownWords(short: Part[] | undefined, m: Message, facts: Fact[], opts: SmsComposeOptions, language: Language, draft: string, sensitive: ReturnType<typeof cue>): string | undefined {
  if (!short?.length) return undefined;
  const wrong = wrongRoleTimes(m);
  const out: string[] = [];
  for (const p of short) {
    const t = p.text.trim();
    if (!t || GREETING_ONLY.test(t)) continue;
    if (opts.blocked.some((b) => overlaps(b, p)) || sensitive.test(t) || CASE_FIELD.test(t) || facts.some((f) => f.kind === "amount" && overlaps(f, p))) return undefined;
    const pruned = pruneTimes(p, [...wrong, ...opts.cuts], opts.edits);
    if (pruned === null) return undefined;
    out.push(endSentence(keepNames(pruned, polishSentence(readerVoice(plainSentence(pruned, language, draft), language), language), draft, language)));
  }
  return out.length ? out.join(" ") : undefined;
}

const TIMEISH = /\d{1,2}[.:]\d{2}|\d{1,2}\.\s*\p{L}{3,}|(?<![\p{L}])(?:kl\.|klokka|uke|veke|week|veker|uker|weeks|dagar|dager|days)(?![\p{L}])|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*/iu;

interface Piece {
  /** The extra lead sentence and the aside (exception, detour, what happens in bad weather); "aside" keeps only the
   * aside, "main" only the extra sentence. */
  extra: boolean | "aside" | "main";
  greet: boolean;
  short: boolean;
  compact: boolean;
  action: "full" | "deadline" | "none";
  where: boolean;
  more: boolean;
  sign: 0 | 1;
  /** The event sentence without the reason that opens it ("For at brøytebilene skal komme fram, …"). */
  lean?: boolean;
}

/** The sentence that starts after `at` on the same line ("… torsdag 19. juni. Bussen går … kl. 10.00 …"), or undefined. */
function sentenceAfter(draft: string, at: number): Part | undefined {
  const gap = /^[ \t\u00A0]+/u.exec(draft.slice(at, at + 20));
  if (!gap) return undefined;
  const start = at + gap[0].length;
  const rest = draft.slice(start, start + 300);
  if (!/^\p{Lu}/u.test(rest)) return undefined;
  // (It ends at a stop before a capital or the line's end: not at "kl. 10.00" or "ca. 15".)
  const stop = SENTENCE_STOP.exec(rest);
  if (!stop || rest.slice(0, stop.index).includes("\n")) return undefined;
  return { start, end: start + stop.index + 1, text: rest.slice(0, stop.index + 1) };
}

// "Forbudet gjelder fra …", "Stenginga varer til …", "The ban applies from …": a definite noun and a verb of lasting.
const PERIOD_OF = /^(?:\p{Lu}\p{Ll}+(?:et|en|a|ene|ane|i)|The[ \u00A0]+\p{Ll}+)[ \u00A0]+(?:gjelder|gjeld|varer|varar|vil vare|applies|lasts|runs|is in force)(?![\p{L}])/u;
function publicSms(m: Message, draft: string, facts: Fact[], T: Templates, opts: SmsComposeOptions, language: Language, sign: string[]): Composed {
  const ev = m.events[0];
  const when = ev?.when;
  const wrong = wrongRoleTimes(m, draft);
  const blocked = (p: Part) => opts.blocked.some((b) => overlaps(b, p));
  const omitted: Left[] = [];
  // A draft sentence as the SMS can say it: plain, "du", every wrong-role time cut out; undefined when not possible.
  const sayOne = (p: Part | undefined): string | undefined => {
    if (!p || p.text.length > 400 || blocked(p)) return undefined;
    const pruned = pruneTimes(p, [...wrong, ...opts.cuts], opts.edits);
    if (pruned === null) return undefined;
    const flat0 = flattenBlock(rowsAsItems(pruned, p.start, p.end, draft, language), language);
    // ("Residents in these streets …" under a short list of the streets: the streets by name.)
    const flat = namedFromList(flat0, p.start, draft, language) ?? flat0;
    const out = endSentence(standAlone(keepNames(flat, polishSentence(readerVoice(plainSentence(flat, language, draft), language), language), draft, language), language));
    return isStub(p.text, out, draft.slice(p.end, p.end + 12)) ? undefined : out;
  };
  // A block of several moves is said sentence by sentence (each made plain on its own).
  const say = (p: Part | undefined): string | undefined => (p && ev && p === ev.what && ev.status === "moved" ? sayEach(p, sayOne) : sayOne(p));
  const title = m.subject.text && m.subject.start === ev?.what.start ? m.subject : undefined;
  // The subject names the SMS unless it holds personal data (then a general opening, never the number).
  const subjectPart = m.subject.text ? m.subject : ev?.what;
  const label = subjectPart && !blocked(subjectPart) ? unshout(withoutPointer(cleanTitle(subjectPart.text.slice(0, 200))), draft) : sign[0] ? fill(T.generalNotice, { sender: m.sender!.name }).replace(/[.!]$/, "") : T.generalNoticeNoSender.replace(/[.!]$/, "");
  // (A time with its clock is said only with the clock: "Road closed tonight" does not say "10 pm".)
  // (Compared as the safe fixes write them: "3. mars t.o.m. 28. mars" is said by "3. mars til og med 28. mars".)
  const holds = (s0: string, t: MessageTime | undefined) => {
    if (!t) return true;
    const s = spelledOut(s0.replace(/\s+/gu, " "));
    const x = spelledOut(t.text.trim().replace(/\s+/gu, " "));
    return (s.includes(x) || s.includes(x.replace(/^\p{Lu}/u, (c) => c.toLowerCase())) || s.includes(x.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))) && (!t.until || s.includes(spelledOut(t.until.text.trim()))) && (!t.clock || s.includes(spelledOut(t.clock.text.trim())));
  };

  // The lead: a warning first in a warning; else the sentence that states the event (from the title when the
  // title is that sentence); else the subject.
  // (A danger stated for some readers only — "- Møt opp på evakueringssenteret" under "Til deg som bor innenfor
  // sperringen:" — is said with them, or not as the SMS's warning.)
  // (What the reader must do about the danger before a sentence that states it: "Ikke gå på stien." leads under "Fare for
  // steinsprang – turstien … er stengt", not "Etter det kraftige regnet i helgen er det fare for steinsprang …".)
  const instructs = (w: Part) => m.actions.some((a) => overlaps(a, w));
  const warningsFirst = [...m.warnings.filter(instructs), ...m.warnings.filter((w) => !instructs(w))];
  const warning = m.kind === "warning" ? warningsFirst.map((w) => ({ w, s: warningForReaders(w, m, say) })).find((x) => x.s && x.s.length <= 140) : undefined;
  const keySentence0 = ev && ev.what !== title && !(title && ev.what.start === m.subject.start) ? say(ev.what) : undefined;
  // ("Han blir delt ut …" alone says "Prisen blir delt ut …": the sentence it leans on is not said.)
  const keySentence1a = keySentence0 && ev ? namedSubject(keySentence0, draft.slice(Math.max(0, ev.what.start - 300), ev.what.start).split(/\n[ \t]*\n/).pop() ?? "", language) : keySentence0;
  // ("Vi har funne ein lekkasje i Fjordgata. For å reparere han må vi stenge vatnet …": the sentence that names what
  // "han" stands for goes with it.)
  const backPrev0 = keySentence1a && ev && BACK_OBJECT.test(ev.what.text.trimStart()) ? m.lead.find((p) => p.end <= ev.what.start && /^\s*$/u.test(draft.slice(p.end, ev.what.start))) : undefined;
  // ("Helse- og omsorgsetaten … har ledig 100 % fast stilling som miljøterapeut … Tiltredelse etter avtale, fortrinnsvis
  // 1. juni 2025." under a title too long to go in front: the lead's first sentence, right before the one with the time
  // and with no time of its own, says what the time is of; without it the SMS tells of a start date and not of a job.)
  const intro = keySentence1a && ev && !backPrev0 && m.kind !== "warning" && m.kind !== "press-release" && label.length > 60 && m.lead[0] && m.lead[0].start !== m.subject.start && m.lead[0].end <= ev.what.start && /^[ \u00A0]*$/u.test(draft.slice(m.lead[0].end, ev.what.start)) && !m.times.some((t) => t.start >= m.lead[0].start && t.end <= m.lead[0].end) && !POINTS_BACK.test(ev.what.text.trimStart()) ? m.lead[0] : undefined;
  const backPrev = backPrev0 ?? intro;
  const backSaid = backPrev ? say(backPrev) : undefined;
  const keySentence1 = backSaid && backSaid.length <= (intro ? 140 : 110) ? `${backSaid} ${keySentence1a}` : keySentence1a;
  // (Rows under a heading of their own are said with it: "Servicetorget – tysdag 23. desember: 08.00–13.00; …".)
  const rowsHeading = ev && ev.what.text.includes("\n") ? headingAbove(draft, ev.what.start) : undefined;
  const keySentence = keySentence1 && rowsHeading && rowsHeading !== m.subject.text.trim() ? withHeading(keySentence1, rowsHeading, language) : keySentence1;
  // The same thing elsewhere at another time ("I Kirkeveien blir vannet stengt onsdag 9. desember …") is said
  // with the key event, or the SMS tells those readers nothing.
  // (With the title as the key event, the other events follow it: "17. mai-arrangementet … er avlyst. Konserten … er
  // flyttet til Kulturhuset samme dag kl. 14.00.")
  const titleKey = !!ev && !keySentence && m.events.length > 1;
  // (Without their reasons: "… er flyttet til onsdag 15. oktober fordi vaksinene blir levert senere" says the move.)
  const siblings = keySentence || titleKey ? m.events.slice(1).map((e) => withoutReason(say(e.what))) : [];
  const siblingText = siblings.length && siblings.every(Boolean) ? siblings.join(" ") : "";
  let eventSentence = keySentence && siblingText && `${keySentence} ${siblingText}`.length <= 300 ? `${keySentence} ${siblingText}` : keySentence ?? (titleKey && siblingText.length <= 200 ? siblingText || undefined : undefined);
  // A press release's news is its title ("Strandvik kommune vinner klarspråkprisen"); the sentence follows.
  const titled = m.kind === "press-release" && title === undefined && m.subject.text && eventSentence && !repeats(eventSentence, m.subject.text);
  // A lead sentence that does not say what the title says ("Sett sekkene ved veien …" under "Henting av
  // hageavfall") gets the title in front, so the reader knows what it is about.
  const offTopic = !!eventSentence && !!m.subject.text && m.subject.start !== ev?.what.start && label.length <= 60 && overlapShare(eventSentence, label, 4) === 0;
  // The sentence with the key time found deep in the body ("… kan søke om forhåndsgodkjenning fra mandag 22.
  // februar"): the title in front says what it is about.
  const far = !!eventSentence && !!m.subject.text && !!ev && !m.lead.some((p) => overlaps(p, ev.what)) && label.length <= 80 && !repeats(eventSentence, label);
  // "School closed on Friday due to storm warning" over "The Meteorological Institute has issued a red warning for
  // Friday 8 January": a title that says the thing is closed, cancelled or moved goes in front of an event
  // sentence that does not say so, or the SMS never says what happens.
  const status = cue(language, "statusWords");
  const titleStatus = !!eventSentence && !!m.subject.text && m.subject.start !== ev?.what.start && label.length <= 80 && status.test(label) && !status.all(label).some((w) => eventSentence!.toLowerCase().includes(w.text.toLowerCase().slice(0, 5)));
  // ("Sau på beite – køyr forsiktig" over "Frå måndag 1. juni slepper bøndene … sauene på beite": a title whose part after
  // its dash or colon tells the reader what to do says it for the whole notice; it goes in front.)
  const titleAsks = !!eventSentence && !!m.subject.text && m.subject.start !== ev?.what.start && label.length <= 80 && label.split(/[ \u00A0][–—-][ \u00A0]|:[ \u00A0]/u).slice(1).some((x) => readerActs(x.trim(), language)) && !repeats(eventSentence, label);
  // "Dette er falske e-poster.": a sentence that points back at the title says nothing without it.
  // (Also with the pronoun after a fronted word and its verb: "No er det flytta til torsdag 17. desember" once
  // the sentence before it, with the old date, is left out.)
  // "Alle elever på 8. trinn får tilbud om helsekontroll. Kontrollen blir onsdag 11. mars …": a sentence after the
  // first that opens on a definite noun named before (inside "helsekontroll") points back the same way: alone,
  // "Kontrollen blir onsdag" does not say which.
  const definiteBack = (s: string, at: number) => {
    if (!m.lead.length || at <= m.lead[0].start) return false;
    const noun =
      language === "en" ? /^The[ \u00A0]+(\p{Ll}{4,})(?=[ \u00A0])/u.exec(s)?.[1] : DEFINITE_OPENING.exec(s)?.[1];
    // (A short stem too: "Stien er stengt …" under "… turstien Lia–Fjellstua er stengt".)
    if (!noun || noun.length < 3) return false;
    const before = [m.subject.text, ...m.lead.filter((p) => p.start < at).map((p) => p.text)].join(" ").toLowerCase();
    // Named before inside a longer word ("helsekontroll"), as a word of its own ("… for sesongen 2025/2026") or after
    // another word ("council meeting").
    return new RegExp(language === "en" ? `\\p{L}[ \\u00A0]+${noun.toLowerCase()}` : noun.toLowerCase(), "u").test(before);
  };
  // ("Mattilsynet har i dag opphevet påbudet i sone 2" under "Fugleinfluensa: Påbud om å holde fjørfe innendørs": what
  // is lifted, named by its definite noun only, is what the title names; said without the title, "påbudet" names nothing.)
  const liftedBack = (s: string) => {
    const lift = cue(language, "liftVerbs").first(s);
    const noun = lift ? /^[ \u00A0]+(?:(?:the|det|den)[ \u00A0]+)?(\p{Ll}{3,}?)(?:et|en|a|ene|ane|s)?(?![\p{L}])/u.exec(s.slice(lift.end))?.[1] : undefined;
    return !!noun && noun.length >= 4 && m.subject.text.toLowerCase().includes(noun.toLowerCase()) && !s.slice(0, lift!.start).toLowerCase().includes(noun.toLowerCase());
  };
  const pointsBack = !!eventSentence && !!m.subject.text && m.subject.start !== ev?.what.start && label.length <= 80 && (POINTS_BACK.test(eventSentence) || definiteBack(eventSentence, ev?.what.start ?? 0) || liftedBack(eventSentence));
  // A press release with no event sentence: its first sentence says who, what and where ("Statens vegvesen har
  // tildelt Fjellheim kommune 2,4 millionar … mellom sentrum og Hauge skule"), after the title.
  // So is the newest update's first sentence in a text with dated updates ("Kvinnen er funnet i god behold").
  const newsLead = (m.kind === "press-release" || m.updates.length > 0) && !eventSentence && m.lead[0] && m.lead[0].start !== m.subject.start ? say(m.lead[0]) : undefined;
  // "Nye innreiseregler fra 28. februar" over "Reglene gjelder fra 28. februar.": a sentence that says only what
  // the title already says, with the same time, is not said twice.
  // (So does the framing event's own sentence, "Fjordbyløpet blir i år arrangert lørdag 7. september", under "Veier
  // stengt under Fjordbyløpet lørdag 7. september": the title has its name and its day.)
  const echoes = !!eventSentence && !!m.subject.text && !!when && !blocked(m.subject) && holds(label, when) && (saysNoMore(eventSentence, label, language) || (!!ev && framesOnly(m.subject.text, ev.what.text) && !cue(language, "statusWords").test(ev.what.text)));
  // A press release whose event sentence comes after its news ("Årets kulturpris går til korpset … Prisen blir
  // delt ut … lørdag 10. januar kl. 19.00"): the news first, or the SMS tells of a prize and not who won it.
  // (A title that names the winner is the label already; else the lead sentence before the event that does.)
  const winner = cue(language, "newsWinner");
  const newsPart = m.kind === "press-release" && eventSentence && ev && !winner.test(m.subject.text) ? m.lead.find((x) => x.start < ev.what.start && !overlaps(x, ev.what) && winner.test(x.text)) : undefined;
  const news0 = newsPart ? say(newsPart) : undefined;
  const pressNews = news0 && !repeats(eventSentence!, news0) && news0.length + eventSentence!.length <= 300 ? `${news0} ${eventSentence}` : undefined;
  // ("For at brøytemannskapene skal kunne fjerne snøen, innfører vi parkeringsforbud i disse gatene: …": a schedule's
  // lead-in too long with its reason is said without it, so the rows fit.)
  const eventLimit = ev && eventSentence && (ev.what.text.includes("\n") || eventSentence !== keySentence || (ev.status === "moved" && /[.!?][ \u00A0]+\p{Lu}/u.test(ev.what.text))) ? 300 : 150;
  const eventShort = eventSentence && eventSentence.length > eventLimit ? withoutFrontedReason(eventSentence, language) : undefined;
  if (eventShort && eventShort.length <= eventLimit) eventSentence = eventShort;
  // (A table too long to say whole, under a line that introduces it: that line with the names of its rows, "… vil
  // følgende veier … bli stengt for biltrafikk: Storgata, Brugata og Parkeringsplassen ved Torvet". Each row's times
  // are the letter's; one row's alone would read as the times of all.)
  let rowsNamed: string | undefined;
  if (ev && eventSentence && eventSentence.length > eventLimit && ev.what.text.includes("\n")) {
    const line = ev.what.text.split("\n")[0];
    const names = /:[ \t]*$/.test(line) ? rowNames(draft, ev.what.start, ev.what.end, language) : undefined;
    const intro = names ? sayOne({ start: ev.what.start, end: ev.what.start + line.length, text: line }) : undefined;
    const named = intro ? `${intro.replace(/[.:!]+$/u, "")}: ${names}.` : undefined;
    if (named && named.length <= eventLimit) eventSentence = rowsNamed = named;
  }
  // ("Ny gjenvinningsstasjon på Moane opnar – Hauge gjenvinningsstasjon vert lagd ned": a title of two news items joined by
  // a dash; a time after it would read as the time of both, so the event sentence says whose time it is.)
  const twoNews = label.split(/[ \u00A0][–—-][ \u00A0]/u).filter((x) => x.trim().split(/\s+/u).length >= 3).length >= 2;
  const leadFull =
    echoes || (pointsBack && repeats(label, eventSentence!) && !twoNews)
      ? endSentence(label)
      : pressNews
      ? pressNews
      : eventSentence && eventSentence.length <= eventLimit
      ? titled || offTopic || far || pointsBack || titleStatus || titleAsks
        ? `${endSentence(label)} ${eventSentence}`
        : eventSentence
      : newsLead && newsLead.length <= 160 && !repeats(label, newsLead)
        ? `${endSentence(label)} ${newsLead}`
        : endSentence(label);
  // A schedule (several times in lines under one intro) is said whole or not at all: its first line alone would
  // read as the only time.
  // (Also when its rows are too long to say: "Apotek med vakt i påska: 17. april kl. 12.00–16.00" would give its first
  // row as the only time; its days, every one, are said instead.)
  const schedule = !!ev && ev.what.text.includes("\n") && (!!eventSentence || (!!ev.when && !!scheduleDates(m, ev.what, language)));
  const whenIn = (s: string) => holds(s, when);
  // ("…: mandag 11. januar til og med fredag 29. januar 2027, alle netter søndag–torsdag kl. 21.00–06.00": the days
  // and hours that say when within the period go with it, or the SMS says it is closed day and night.)
  const whenEnd = when ? Math.max(when.end, when.until?.end ?? 0, when.clock?.end ?? 0) : 0;
  const recurring = when && ev ? m.times.find((t) => t.role === "recurring" && t.start >= whenEnd && t.end <= ev.what.end && t.start - whenEnd <= 40) : undefined;
  const within = recurring ? draft.slice(whenEnd, Math.max(recurring.end, recurring.clock?.end ?? 0)) : "";
  const withinText = /^,[ \u00A0]+[^!?\n]{0,80}$/u.test(within) && !/[.!?][ \u00A0]+\p{Lu}/u.test(within) ? within : "";
  const timeStr = (short: boolean) => (when ? timeText(when, language, short) + withinText : "");
  const whereText = ev?.where?.text;
  // (A labelled line that gives the new time whole, "New time: Wednesdays 15.00–16.00, 4 March to 1 April", says it.)
  const rowsUnsaid = !!ev && ev.what.text.includes("\n") && (!eventSentence || !leadFull || !leadFull.includes(eventSentence)) && !(when && labelledTime(draft, when, language));
  const lead = (compact: boolean, short: boolean, extraOn = false, lean = false): string => {
    // A schedule too long to say whole: its days, every one of them, without hours and places (the letter has them).
    // (Rows too long to say at all: their days when those say it, else none of their times — "Apotek med vakt i påska:
    // 17. april kl. 12.00–16.00" would give the first row as the only one; the letter and the link have the rows.)
    const days = (compact || rowsUnsaid) && schedule && ev ? scheduleDates(m, ev.what, language, short) : undefined;
    if (days) return `${endSentence(label)} ${fill(T.datesLine, { dates: days })}`;
    if (rowsUnsaid) return compact || !leadFull ? endSentence(label) : leadFull;
    const base0 = compact || !leadFull ? endSentence(label) : leadFull;
    // (A reason that opens the event sentence gives way before the extra sentence does: "Forbudet gjelder fra 1.
    // desember til 31. mars" outweighs "For at brøytebilene skal komme fram".)
    const base = lean && eventSentence && base0.includes(eventSentence) ? base0.replace(eventSentence, withoutFrontedReason(eventSentence, language) ?? eventSentence) : base0;
    // (Rows of a schedule not said: the key time is one row's, and alone it would read as the time of all.)
    if (!when || whenIn(base) || (schedule && (!eventSentence || !base.includes(eventSentence) || eventSentence === rowsNamed) && !labelledTime(draft, when, language))) return base;
    // The start is there and the end is in a sentence of its own ("Arbeidet varer til og med 28. juni."): the
    // extra sentence carries it.
    if (when.until && !compact && extraOn && base.includes(when.text.trim()) && extra && extra.includes(when.until.text.trim())) return base;
    // "New time: Fridays 12.30–13.45, 6 February to 27 March": the draft's own line says the new time whole.
    const labelled = labelledTime(draft, when, language);
    if (labelled) return `${base} ${labelled.label}: ${labelled.value}.`;
    if (m.kind === "change") return `${base} ${fill(T.newDate, { when: timeStr(short) })}`;
    // "Konserten … er avlyst. Vi flyttar konserten til laurdag 26. april": the called-off time goes with what is called
    // off, before the new one; at the end it would read as the new time.
    const head = endSentence(label);
    if (ev?.status === "cancelled" && m.events.length > 1 && base.startsWith(`${head} `) && !/\?$/.test(head)) return `${head.replace(/[.!:]$/, "")}: ${timeStr(short)}. ${base.slice(head.length + 1)}`;
    // A sentence with a time of its own ("Badet åpner igjen 26. januar kl. 07.00") would read the key time as
    // the time of what it says: the time goes on a line of its own.
    // So does a question ("Kva er Altinn?"): "Kva er Altinn: i dag." would answer it with a time.
    if (TIMEISH.test(base) || /\?$/.test(base)) return `${base} ${fill(T.whenLine, { when: timeStr(short) })}`;
    // "Vannet blir stengt: tirsdag 14. oktober kl. 08–16."
    return `${base.replace(/[.!?:]$/, "")}: ${timeStr(short)}.`;
  };
  // No "Sted:" line when the text already names the place ("Legekontoret" beside "Nordbygd legekontor er stengt").
  const whereLine = (s: string) => (whereText && !s.includes(whereText) && overlapShare(s, whereText) < 1 ? fill(T.whereLine, { where: whereText }) : "");

  // The action: the first thing the reader must do that the lead does not already say.
  // (The other events said with the key event are said: "We have moved the kayak trip to Thursday 8 July" is no extra.)
  const siblingSpans = siblingText && eventSentence?.includes(siblingText) ? m.events.slice(1).map((e) => e.what) : [];
  const usedSpans: Part[] = [...(warning ? [warning.w] : []), ...(ev ? [ev.what] : []), ...siblingSpans, ...(backPrev && backSaid && backSaid.length <= 110 ? [backPrev] : [])];
  let action: MessageAction | undefined;
  let actionText = "";
  // An action with a deadline first ("what to do by when"), then the others in draft order.
  // "Høringsfristen er fredag 29. januar 2027.": with no action that has a deadline, the sentence that names the
  // deadline is what the reader must keep to; it goes before any step without one ("Merk e-posten med …").
  const named = !m.actions.some((a) => a.deadline) ? namedDeadline(m, draft) : undefined;
  const namedSentence = named ? sentenceAround(draft, named) : undefined;
  const namedAction: MessageAction[] = named && namedSentence && namedSentence.text.length <= 110 ? [{ ...namedSentence, agent: "reader", deadline: named }] : [];
  // "Åtestasjonene inneholder gift. Ikke rør stasjonene, …" in a notice on rat control: a step about a danger the draft
  // names — the danger's own sentence or right after it — keeps every reader safe. It goes before any other step, with
  // the danger said when that is a short sentence of its own, and it is worth a third part. ("Hald deg unna sperra
  // område." under the first blasting signal is for everyone near the site, not only those who heard that signal.)
  // (Or right before the head of the step's list: "Det kan ligge igjen udetonerte granater i feltet. Finner du noe som
  // ligner en granat:" / "- Ikke rør gjenstanden." / "- Ring politiet på 02800.")
  const dangerBefore = (a: MessageAction) => m.warnings.find((w) => !overlaps(w, a) && w.end <= a.start && DANGER_GAP.test(draft.slice(w.end, a.start)));
  const dangerStep = (a: MessageAction) => m.kind !== "warning" && (!a.condition || !a.text.includes(a.condition)) && (m.warnings.some((w) => overlaps(w, a)) || !!dangerBefore(a));
  // (Every reader's step with its deadline before one for those who wish: "Ring frivilligsentralen … innan tysdag 25. mars"
  // before "Vil du heller ha pengane tilbake, kan du ta kontakt med oss innan 21. mars".)
  const listedWith = (a: MessageAction, first: string): string | undefined => {
    if (a.deadline || !LIST_MARKER.test(a.text)) return undefined;
    const run: string[] = [first];
    let last: Part = a;
    for (const x of m.actions.filter((y) => y.start > a.end)) {
      if (x.condition !== a.condition || x.deadline || !LIST_MARKER.test(x.text) || !/^[ \t]*\r?\n[ \t]*$/u.test(draft.slice(last.end, x.start))) break;
      const t = say(x);
      if (!t || t.length > 70 || usedSpans.some((u) => overlaps(u, x))) return undefined;
      run.push(t);
      last = x;
    }
    if (run.length < 2 || run.length > 4 || run.some((t) => !/^[^.!?;:]+[.!]$/u.test(t))) return undefined;
    const bare = run.map((t, i) => (i ? `${t.charAt(0).toLowerCase()}${t.slice(1)}` : t).replace(/[.!]$/u, ""));
    const joined = `${bare.slice(0, -1).join(", ")} ${language === "en" ? "and" : "og"} ${bare[bare.length - 1]}.`;
    for (const x of m.actions) if (x !== a && x.start > a.end && x.end <= last.end) usedSpans.push(x);
    return joined;
  };
  const byDeadline0 = [...namedAction, ...m.actions.filter((a) => a.deadline && !a.condition), ...m.actions.filter((a) => a.deadline && a.condition), ...m.actions.filter((a) => !a.deadline)];
  const byDeadline = [...byDeadline0.filter(dangerStep), ...byDeadline0.filter((a) => !dangerStep(a))];
  let safety = false;
  const leadSaid = [warning?.s, eventSentence].filter(Boolean).join(" ");
  for (const a of byDeadline) {
    if (usedSpans.some((u) => overlaps(u, a))) continue;
    // A public SMS says what everyone must do; "If you need to drive through …" is for some readers only.
    // (An emergency is no condition for some readers: "Ved akutt sykdom, ring legevakten på 116 117" is for all.)
    // (The draft's first action, in its lead and said with its readers — "Du som driver enkeltpersonforetak, må levere
    // skattemeldingen innen 31. mai" — is what the text is about: said whole, it tells the others it is not theirs.)
    const leading = a === m.actions[0] && a.text.includes(a.condition ?? "\u0000") && m.lead.some((p) => overlaps(p, a));
    // "Har du kjøpt produktet, må du ikkje ete det.": when every step the draft gives is for those who bought what the
    // notice is about, the first is what it asks of those it concerns (a recall's buyers); said with its condition,
    // it tells the others it is not theirs. Without it, the SMS would ask nothing. ("Bor du i utlandet, må du …" is
    // for some readers of an election notice: left out.)
    const onlyConditional = a === m.actions[0] && a.text.includes(a.condition ?? "\u0000") && m.actions.every((x) => !!x.condition) && cue(language, "purchaseWords").test(a.condition ?? "");
    // (Nor is a call to the emergency numbers, whatever its words: "Om nokon går gjennom isen: Ring 110 straks.")
    const emergency = cue(language, "emergencyCall").test(a.text) && a.text.includes(a.condition ?? "\u0000");
    // (Nor is a condition that names the readers the title speaks to: "Er du huseier, må du …" under "Til huseiere i
    // Nordbygda: …" is every reader the text is for.)
    const titleReaders = a.text.includes(a.condition ?? "\u0000") && namesTitleReaders(a.condition!, m.subject.text, language);
    // (In a danger notice, a step under a head that names its readers — "Til deg som bor i nærheten:" / "- Hold
    // vinduer og dører lukket." — is said with them: "Bor du i nærheten, hold vinduer og dører lukket.")
    // (So is a danger's step under a head that asks the reader: "Skal du på tur i fjellet:" / "- Ha med skredsøkjar …" →
    // "Skal du på tur i fjellet, ha med skredsøkjar …"; said without it, drivers are told to carry avalanche gear.)
    const askedHead = dangerStep(a) && a.condition && !a.text.includes(a.condition) && LABEL_V1.test(`${a.condition.trim()} `) ? a.condition.trim() : undefined;
    const groupCond = askedHead ?? (m.kind === "warning" && a.condition && !a.text.includes(a.condition) ? groupAsCondition(a.condition, language) : undefined);
    // (One step for a group is enough when the warning has named it: no second "Må du likevel ut på isen, …".)
    if (groupCond && warning?.s?.startsWith(groupCond)) {
      omitted.push({ part: "action", why: "too-long", text: a.text });
      continue;
    }
    // (Nor, in a notice written to a group, "Til foreldre i Solsikken barnehage", with no step for all of them, a step with
    // a deadline said whole with its readers, "Treng du tilsyn for barnet ditt, gi beskjed til styraren innan 1.
    // november": the SMS goes to that group, those it is for must hear of the deadline in time, and the others read
    // that it is not theirs. Written to everyone, "Bor du i utlandet, må du …" stays in the letter.)
    const toGroup = m.audience.reasons.some((x) => x.code === "addressed-group");
    const timedForSome = toGroup && m.actions.every((x) => !!x.condition) && !!a.deadline && a.deadline.form === "date" && a.text.includes(a.condition ?? "\u0000") && a.text.length <= 130;
    // ("Dersom du vil ha fiber inn i huset, må du bestille tilknytning innan 31. mars": a wish is no group of readers;
    // the deadline is for anyone who takes the chance, said whole with its condition.)
    const wishBy = !!a.deadline && a.deadline.form === "date" && WISH.test(a.condition?.trim() ?? "") && a.text.includes(a.condition ?? "\u0000") && a.text.length <= 130;
    // ("Sykler som ser forlatte ut, blir merket med en gul lapp …" / "Hvis sykkelen din har fått en gul lapp …, må du fjerne
    // lappen innen fredag 20. mars kl. 1200": a step with a date whose condition is the very thing the notice is about
    // is what the notice asks of those it touches; said whole with its condition, the others read it is not theirs.
    // "Bor du i utlandet, må du …" under an election notice names another matter: left out.)
    const topical = topicalStep(a, `${m.subject.text} ${eventSentence ?? ""}`) && a.text.length <= 130;
    if (a.condition && !leading && !onlyConditional && !emergency && !titleReaders && !groupCond && !timedForSome && !wishBy && !topical && !dangerStep(a) && !cue(language, "urgentCondition").test(a.condition)) {
      omitted.push({ part: "action", why: "conditional", text: a.text });
      continue;
    }
    // ("Rute 12 køyrer ikkje lenger om Skogheim. Bruk rute 14 frå Skogheim sentrum i staden.": a step that points back
    // at the sentence right before it in its paragraph is said with that sentence when it is short, holds no time and
    // no case, and does not itself point back.)
    const leansBack = pointsBackUnsaid(a, draft, usedSpans, language);
    const prev = leansBack ? sentenceBefore(a, draft) : undefined;
    const prevOk = !!prev && !usedSpans.some((u) => overlaps(u, prev)) && prev.text.length <= 120 && !m.times.some((t) => overlaps(t, prev)) && !cue(language, "sensitive").test(prev.text) && !pointsBackUnsaid({ ...prev }, draft, usedSpans, language) && !/\?\s*$/u.test(prev.text);
    if (leansBack && !prevOk) {
      omitted.push({ part: "action", why: "leans", text: a.text });
      continue;
    }
    // "Bruk gangveien langs Bjørkvegen." is said with what it is the way round ("Gang- og sykkelveien … blir stengt"),
    // or not at all.
    const closed = prevOk ? prev : closureBefore(a, draft, language);
    const closedText = closed && !usedSpans.some((u) => overlaps(u, closed)) ? say(closed) : undefined;
    if (closed && !usedSpans.some((u) => overlaps(u, closed)) && (!closedText || closedText.length > 120)) {
      omitted.push({ part: "action", why: "leans", text: a.text });
      continue;
    }
    // ("Please empty it …" after "The old brown container for paper will be collected in week 8.": the step names the
    // thing when the sentence that did is not said.)
    const own0 = say(a);
    // ("Du må likevel registrere barnet …" said without the sentence it answers: the contrast has nothing to stand on.)
    const own1 = own0 && !closedText && !usedSpans.some((u) => { const b = sentenceBefore(a, draft); return !!b && overlaps(u, b); }) ? own0.replace(LEANING_ADVERB, "$1") : own0;
    const own = own1 && !closedText ? namedObject(a, own1, draft, language) ?? own1 : own1;
    // ("Finner du noe som ligner en granat:" / "- Ikke rør gjenstanden." / "- Merk stedet godt." / "- Ring politiet på
    // 02800.": the short steps of one list under a head that asks the reader are one thing to do, said together after
    // it — "…, ikke rør gjenstanden, merk stedet godt og ring politiet på 02800." One alone tells the finder to walk away
    // and never call.)
    const together = groupCond && own && !closedText ? listedWith(a, own) : undefined;
    const s00 = closedText ? `${closedText} ${own ?? ""}`.trim() : together ?? own;
    const danger = dangerStep(a) ? dangerBefore(a) : undefined;
    const dangerText = danger && !usedSpans.some((u) => overlaps(u, danger)) ? say(danger) : undefined;
    const s0a = groupCond && s00 ? withCondition(groupCond, s00, language) : s00;
    // (The danger said first only when the step still fits with it: the step outweighs the reason for it.)
    const s0 = dangerText && dangerText.length <= 80 && s0a && dangerText.length + s0a.length < 170 ? `${dangerText} ${s0a}` : s0a;
    // Too long with the addresses it lists: what to do and by when, without them.
    // (Then without its example and its purpose: "…, for eksempel oksygenkonsentrator, …, slik at vi kan …".)
    const s1 = s0 && s0.length > 130 ? withoutAddresses(s0) ?? s0 : s0;
    const s2 = s1 && s1.length > 130 ? withoutAsides(s1) ?? s1 : s1;
    // ("- Lat grindene stå slik du fann dei. Ei open grind kan føre til …": too long with them, the steps of a list are
    // said without the reasons each item gives after its step.)
    const s = s2 && s2.length > 130 && a.text.includes("\n") ? withoutItemReasons(a.text, s2) ?? s2 : s2;
    // "Kok vannet før du drikker det." after "Fra i dag må du koke vannet før du drikker det …": said already.
    if (s && leadSaid && repeats(leadSaid, s)) continue;
    // (In a warning, what keeps the reader safe may take a longer sentence: "Residents in Strandgata, … and
    // Kaiveien are advised to move valuables and cars to higher ground by Wednesday 12:00.")
    // (So may the steps of a list said whole: "Dette må du gjere: Set ned farten … Lat grindene stå … Ikkje gje …".)
    // (Items that are each a sentence; fragments that finish the head, "Vi ber deg om å:" / "- levere skjemaet …", are said
    // by the item with the deadline when the whole does not fit.)
    // (Fragments with no deadline too, "Vi ber alle om å:" / "- holde seg unna elvekanten …": no item of theirs can say
    // the step alone.)
    const sentenceItems = /:[ \t]*\r?\n[ \t]*[-–•*][ \u00A0]+\p{Lu}/u.test(a.text);
    const fragmentItems = !a.deadline && /:[ \t]*\r?\n[ \t]*[-–•*][ \u00A0]+\p{Ll}/u.test(a.text);
    if (s && s.length <= (m.kind === "warning" || dangerStep(a) || sentenceItems || fragmentItems ? 170 : 130)) {
      action = a;
      safety = dangerStep(a);
      if (dangerText && s.startsWith(dangerText)) usedSpans.push(danger!);
      // ("Du må bestille time." and the call right after it: "Ring vaksinetelefonen på 70 05 88 20 …" is how.)
      const how = callAfter(a, draft, facts);
      const howText = how ? say(how) : undefined;
      actionText = howText && s.length + howText.length < 200 ? `${s} ${howText}` : s;
      if (howText && actionText !== s) usedSpans.push(how!);
      break;
    }
    if (!action) action = a;
  }
  // In a warning, a call to the emergency numbers ("If someone becomes confused or unconscious, call 113 at once.")
  // goes with the first action: it is what saves a life, and a second SMS part is a small price.
  // (So in a lifting: "Ser du brann: ring 110 straks." after a fire ban ends.)
  const emergencyAction = m.kind === "warning" || m.kind === "lifting" ? m.actions.find((a) => a !== action && cue(language, "emergencyCall").test(a.text) && (!a.condition || a.text.includes(a.condition)) && !usedSpans.some((u) => overlaps(u, a))) : undefined;
  const emergencyText = emergencyAction ? say(emergencyAction) : undefined;
  if (emergencyAction && emergencyText && emergencyText.length <= 120 && !(leadSaid && repeats(leadSaid, emergencyText))) {
    actionText = actionText ? `${actionText} ${emergencyText}` : emergencyText;
    if (!action) action = emergencyAction;
    usedSpans.push(emergencyAction);
    const k = omitted.findIndex((o) => o.part === "action" && o.text === emergencyAction.text);
    if (k >= 0) omitted.splice(k, 1);
  }
  const dl = action?.deadline ?? m.actions.find((a) => a.deadline && !a.condition)?.deadline ?? namedAction[0]?.deadline;
  const dlForSome = !!action?.condition && !!dl && dl === action.deadline;
  // One more sentence of the lead when there is room ("SFO er også stengt.", "Du kan drikke vannet som vanlig.").
  // The one that adds most (fewest words the lead already has), the shorter on a tie.
  // (A line that names the goods by the date printed on them, "Gjeld: Fenalår, 1,2 kg, best før 30.06.2026", may stand
  // outside the lead: it is a candidate too.)
  const labelLines = m.times
    .filter((t) => t.role === "label")
    .map((t) => lineAround(draft, t))
    .filter((p, i, all): p is Part => !!p && p.text.length <= 140 && all.findIndex((q) => q?.start === p.start) === i && !m.lead.some((l) => overlaps(l, p)));
  const promiseLines = when ? [] : promiseSentences(m, draft, language);
  // "Because of road works, these buses will not run on Friday 12 June:" and the items under it are one sentence:
  // alone it says "these buses" and never which.
  const leadBlocks = m.lead.flatMap((p, i) => {
    if (LIST_MARKER.test(p.text)) return [];
    if (!/:\s*$/.test(p.text)) return [p];
    let j = i;
    while (j + 1 < m.lead.length && j - i < 8 && LIST_MARKER.test(m.lead[j + 1].text)) j++;
    return j > i ? [{ start: p.start, end: m.lead[j].end, text: draft.slice(p.start, m.lead[j].end) }] : [];
  });
  const listItems = m.lead.filter((p) => LIST_MARKER.test(p.text));
  // ("Vi viser til tidligere varsel." alone tells the SMS's reader nothing.)
  // (The rows of hours a "new hours" notice announces, when they stand outside the lead.)
  const hoursRows = hoursBlock(m, draft, language);
  // ("Parkeringsforbud … natt til tirsdag og natt til fredag …" and, after the streets, "Forbudet gjelder fra 1.
  // desember til 31. mars.": the sentence that says how long the event's rule holds, on its own noun, is its period.)
  const periodTime = ev ? m.times.find((t) => t.role === "new" && (!!t.until || t.value.includes("/")) && t.start >= ev.what.end && t.start - ev.what.end <= 300) : undefined;
  const periodSent = periodTime ? sentenceAround(draft, periodTime) : undefined;
  const periodPart0 = periodSent && PERIOD_OF.test(periodSent.text) && periodSent.text.length <= 120 ? [periodSent] : [];
  // ("I staden arrangerer vi ein kortare tur … torsdag 19. juni. Bussen går frå Solheim eldresenter kl. 10.00 og er
  // tilbake om lag kl. 15.30.": the sentence right after the last event, in its paragraph, that gives its clock and no
  // date of its own says when and where it starts.)
  const lastEv = m.events.length > 1 ? m.events[m.events.length - 1] : undefined;
  const nextSent = lastEv && lastEv.when?.form === "date" && !lastEv.when.clock ? sentenceAfter(draft, lastEv.what.end) : undefined;
  const detailSent = nextSent && nextSent.start > lastEv!.what.end && !/\n/.test(draft.slice(lastEv!.what.end, nextSent.start)) && nextSent.text.length <= 110 && m.times.some((t) => t.form === "clock" && t.role === "new" && t.start >= nextSent.start && t.end <= nextSent.end) && !m.times.some((t) => t.form !== "clock" && t.start >= nextSent.start && t.end <= nextSent.end) ? nextSent : undefined;
  const periodPart = [...periodPart0, ...(detailSent ? [detailSent] : [])];
  // A sentence outside the lead with a date of its own for what happens ("Passkontoret holder stengt 14.–17. oktober"
  // under "Nye åpningstider fra 1. oktober"): said alone, the lead sends readers to a shut door on those days. A public
  // SMS has room for one such sentence when the lead leaves it.
  const titleHours = hoursOfTitle(m, draft, when, language);
  const timedOutside = m.audience.value === "public" ? outsideTimed(m, draft, when, language, titleHours) : [];
  // (A goal the writer names, "Målet er å ta vare på aurebestanden", is why, not what happens: no extra.)
  // ("Det er fare for utglidning av masser langs elvekanten." in a notice that a path is closed by flood: a danger the draft
  // states, in a sentence of its own, is the first extra of any notice, and the SMS keeps it.)
  const dangerLines = m.kind !== "lifting" && !warning ? m.warnings.filter((w) => cue(language, "danger").test(w.text) && !LESS_RISK.test(w.text) && !m.actions.some((a) => overlaps(a, w)) && w.text.length <= 110 && !/\n/u.test(w.text.trim())) : [];
  const free = [...leadBlocks, ...listItems, ...labelLines, ...promiseLines, ...(hoursRows ? [hoursRows] : []), ...periodPart, ...timedOutside, ...dangerLines.filter((d) => !m.lead.some((l) => overlaps(l, d)))].filter((p) => !onlyAReference(p.text) && cue(language, "goalOpeners").first(p.text.trimStart())?.start !== 0 && !usedSpans.some((u) => overlaps(u, p)) && !(action && overlaps(action, p)) && !m.warnings.some((w) => overlaps(w, p) && warning && overlaps(warning.w, w)));
  // Opening hours in several sentences ("Vi holder åpent mandag til fredag kl. 09–15. Torsdager har vi åpent til
  // kl. 18.") are said together or not at all: one of them alone reads as all the hours there are.
  const hours = free.filter((p) => m.times.some((t) => t.role === "recurring" && t.start >= p.start && t.end <= p.end));
  const sayFree = (p: Part) => (p === hoursRows ? sayHours(p, language) : timedOutside.includes(p) ? withoutReason(say(p)) : say(p));
  const hoursText = hours.length > 1 ? hours.map(sayFree) : [];
  const allHours = hoursText.length && hoursText.every(Boolean) && hoursText.join(" ").length <= 200 ? hoursText.join(" ") : undefined;
  // "Perioden vil då vare lengre": a sentence that leans on the one before it says nothing without it.
  // (The hours of what the title says happens, with the roads they are for: "Disse veiene er stengt fra kl. 08.00 til
  // kl. 14.00:" and its list is the news the title announces; its "Disse" points at the list it holds, not back.)
  const isTitleHours = (p: Part) => !!titleHours && p.start === titleHours.start && p.end === titleHours.end;
  const leans = (p: Part) => {
    if (isTitleHours(p)) return false;
    // ("Vi tek nye prøvar torsdag 17. juli. Svaret kjem truleg laurdag 19. juli …": a sentence that opens on a definite
    // noun the SMS has not named, right after a sentence of its paragraph the SMS does not say, answers that one.)
    const def = DEFINITE_OPENING.exec(p.text.trimStart());
    const before = def ? sentenceBefore(p, draft) : undefined;
    // (Only after a sentence with a time of its own that the SMS leaves out: "Arbeidet tek om lag tre veker" after an
    // untimed "Vi skal skifte vassleidningen" speaks of the work the lead names.)
    if (def && before && !usedSpans.some((u) => overlaps(u, before)) && !m.events.some((e) => overlaps(e.what, before)) && m.times.some((t) => t.role === "new" && t.form !== "duration" && t.value !== when?.value && t.start >= before.start && t.end <= before.end && !`${label} ${leadFull ?? ""}`.toLowerCase().includes(t.text.trim().toLowerCase())) && !`${label} ${leadFull ?? ""}`.toLowerCase().includes(def[1].toLowerCase())) return true;
    // ("De ber om BankID-kode …" after "… personer som ringer eldre": a pronoun for people named before.)
    // ("Dette møtet er dessverre utsatt" after "Vi sendte ut invitasjon til foreldremøte tirsdag 12. januar": said
    // alone, "dette møtet" would be the moved one.)
    if (!LEANS.test(p.text) && !PEOPLE_BACK.test(p.text.trimStart()) && !THEN_BACK.test(p.text.trimStart()) && !THIS_BACK.test(p.text.trimStart()) && !FRONTED_BACK.test(p.text.trimStart())) return false;
    const k = m.lead.findIndex((x) => x.start === p.start);
    const prev = k > 0 ? m.lead[k - 1] : undefined;
    return !prev || !usedSpans.some((u) => overlaps(u, prev));
  };
  // One item of a list alone ("- Havna: mandag 22. september") reads as the only one: list items are no extra.
  // What happens to readers who do not act ("Søknader som kommer inn etter fristen, blir ikke behandlet") comes
  // after what the text offers or says happens: it is the extra only when nothing else is.
  const consequence = (p: Part) => m.consequences.some((c) => overlaps(c, p));
  // (A closure or a cancellation too: "1.–4. trinn har undervisning som vanlig" under "Skolen er stengt".)
  const closure = m.kind === "cancellation" || (!!ev && (ev.status === "cancelled" || cue(language, "closedFor").test(ev.what.text) || (!!m.subject.text && cue(language, "closedFor").test(m.subject.text))));
  // ("… her kan du bade som vanleg:" over the beaches: a lead-in is said with its items, or not at all.)
  const exception0 = m.kind === "lifting" || m.kind === "warning" || closure ? m.exception : undefined;
  const exception = exception0 ? introWithList(exception0, draft) : undefined;
  const aside = (p: Part) => [exception, m.detour, m.contingency].some((x) => !!x && overlaps(x, p));
  // (Nor is one row of a timetable without markers: "Mandag 21. desember: 07.00–21.00" among the days under it.)
  // "Midlertidig parkeringsforbud om natten på grunn av snøbrøyting" over "Fra mandag 14. desember … vil det bli
  // gjennomført brøyting …": a lead sentence that names what the title announces and the event sentence does not
  // ("I denne perioden innføres det parkeringsforbud … mellom kl. 22.00 og kl. 06.00 hver natt") is the news itself:
  // the first extra, and it may be longer.
  const saidStems = new Set(((eventSentence ?? "") + " " + (leadFull ?? "")).toLowerCase().match(/\p{L}{8,}/gu)?.map((w) => w.slice(0, 8)) ?? []);
  const titleNews = new Set((label.toLowerCase().match(/\p{L}{8,}/gu) ?? []).map((w) => w.slice(0, 8)).filter((w) => !saidStems.has(w)));
  // (With a time of its own: the ban's hours. "… innreisereglene som ble innført 29. januar" restates old news.)
  const newsOfTitle = (p: Part) => titleNews.size > 0 && m.lead.some((l) => overlaps(l, p)) && (p.text.toLowerCase().match(/\p{L}{8,}/gu) ?? []).some((w) => titleNews.has(w.slice(0, 8))) && m.times.some((t) => (t.role === "new" || t.role === "recurring") && t.start >= p.start && t.end <= p.end);
  // ("For deg som bur i Nordbygda, blir middagen levert mellom kl. 1030 og 1200. Til no har han kome mellom kl. 1300 og
  // 1430.": a new clock time beside the old one it replaces is the change the readers must know.)
  // (Not a time said to stay as it was: "I sentrum blir leveringstida som før, …".)
  const changedClock = (p: Part) => timedOutside.includes(p) && !cue(language, "asUsual").test(p.text) && m.times.some((t) => t.start >= p.start && t.end <= p.end && replacesOldClock(m, draft, t));
  // ("Forsvaret har skarpskyting i Hjerkinn skytefelt … Området er stengt for all ferdsel i denne perioden.": a sentence
  // that shuts a place or bans a deed, beside an event sentence that does neither, is what the reader must keep to: the
  // first extra, and the SMS does not drop it to save a part.)
  const shuts = (x: string) => cue(language, "closedFor").test(x) || cue(language, "ruleWords").test(x);
  // (Only a closure during the event: said bare — "Området er stengt for all ferdsel." — or tied to its time, "i denne
  // perioden". "Leksehjelpen er stengt i høstferien" is a detail of its own.)
  const shutsExtra = (x: string) => {
    if (!["notice", "warning", "change"].includes(m.kind) || shuts(`${label} ${eventSentence ?? ""}`)) return false;
    const at = cue(language, "closedFor").first(x) ?? cue(language, "ruleWords").first(x);
    if (!at) return false;
    const rest = x.slice(at.end).replace(/^[ \u00A0]+(?:for|to)[ \u00A0]+(?:(?:all|alle|alt|any)[ \u00A0]+)?\p{L}+/u, "").trim();
    return /^[.!]?$/u.test(rest) || cue(language, "duringEvent").test(x);
  };
  const best0 = (allHours ? [] : free.filter((p) => !aside(p) && (!hours.includes(p) || hours.length < 2) && (dangerLines.includes(p) || !leans(p)) && !LIST_MARKER.test(p.text) && !tableRow(draft, p)))
    .map((p) => ({ p, x: sayFree(p), late: consequence(p) }))
    // A sentence that repeats the lead is no extra, unless it brings another time (the second moved date).
    .filter((c): c is { p: Part; x: string; late: boolean } => !!c.x && c.x.length <= (c.p.text.includes("\n") ? 220 : newsOfTitle(c.p) ? 170 : 110) && !/\?$/.test(c.x) && (!repeats(`${label} ${leadFull}`, c.x) || (TIMEISH.test(c.x) && !(when && c.x.includes(when.text.trim())))))
    // A sentence with another time in it (a second moved date, the opening hours, "i tre veker") first; then
    // the one that adds most for its length ("SFO er også stengt." before a long sentence that restates the lead).
    // (One from outside the lead comes after the lead's own, timed or not: the lead says what the text is about. Of
    // those, what is called off elsewhere comes after what happens: "The planned shut-off in Bakken … has been
    // cancelled" after "the water will have to be shut off again tonight between 22:00 and 04:00".)
    .map(({ p, x, late }) => ({ p, x, r: overlapShare(`${label} ${leadFull}`, x) + x.length / 300, t: newsOfTitle(p) || changedClock(p) || isTitleHours(p) ? -1 : shutsExtra(x) ? -0.8 : dangerLines.includes(p) ? -0.75 : (TIMEISH.test(x) && !(when && x.includes(when.text.trim())) ? 0 : late ? 2 : 1) + (timedOutside.includes(p) ? (m.kind !== "cancellation" && cue(language, "cancelVerbs").test(x) ? 1.75 : TIMEISH.test(x) && titleTopic(m.subject.text, p.text) && !cue(language, "statusWords").test(x) ? 0.5 : 1.5) : 0) }))
    .sort((a, b) => a.t - b.t || a.r - b.r)[0];
  // (The part it was said from, when it is one sentence: the opening hours said together are several.)
  const part0 = best0?.p;
  const extra0 = best0?.x ?? allHours;
  // The way around a closure ("Trafikken blir omdirigert via Rv 3 og Fv 30") goes with the extra sentence: drivers
  // need it as much as the dates. It is dropped with the extra when the SMS must be short.
  // So does what happens instead if the weather stops it ("Dersom det blir dårlig vær, flyttes arrangementet til
  // gymsalen"): without it, the SMS sends everyone to the wrong place on a rainy day.
  // Whom the news does not cover comes first of these: they would be told the wrong thing.
  // (Whom the news does not cover may take a longer sentence: without it, those readers are told the wrong thing.)
  // (Only where the news is a danger or its end: in other notices an exemption is a detail the letter gives.)
  // (What happens in bad weather says its condition and the new time or place: it may be a little longer.)
  const asideMax = (x: Part) => (x === m.exception ? 160 : x === m.contingency ? 140 : 110);
  // (Not the action the SMS says already: "Kjør via Nordre ringvei" may be both the detour and the reader's action.)
  // (Under a closure the way around comes first: drivers need it more than news of the school bus.)
  const asides = closure && m.kind !== "lifting" && m.kind !== "warning" ? [m.detour, exception, m.contingency] : [exception, m.detour, m.contingency];
  // (Without a bracketed aside when it is too long with it: "… at Kirkeveien 5, 2nd floor (entrance from the car park
  // behind the library)" → "… at Kirkeveien 5, 2nd floor".)
  const fitAside = (x: Part, t: string | undefined) => (t && t.length > asideMax(x) ? withoutBrackets(t) : t);
  // ("- bruke Skogstien som alternativ rute" under "Vi ber alle om å:": a fragment item says nothing alone.)
  const detourPart = asides.find((x) => !!x && !FRAGMENT_ITEM.test(x.text) && !usedSpans.some((u) => overlaps(u, x)) && !(action && overlaps(action, x)) && (fitAside(x, withoutSource(say(x)))?.length ?? Infinity) <= asideMax(x));
  // (Its reason is the letter's: "…, fordi lærerne på småtrinnet ikke er tatt ut i streik" makes room for the dates.)
  const detourText = detourPart ? fitAside(detourPart, withoutSource(withoutReason(say(detourPart)))) : undefined;
  // (A reason or a detail gives way to it; another time of the event does not.)
  const timed0 = !!extra0 && ((TIMEISH.test(extra0) && !(when && extra0.includes(when.text.trim()))) || (!!part0 && m.times.some((t) => t.start >= part0.start && t.end <= part0.end && t !== when)));
  const extra = detourText ? (timed0 ? (`${extra0} ${detourText}`.length <= 220 ? `${extra0} ${detourText}` : extra0) : detourText) : extra0;
  const eventParts = eventSentence !== keySentence ? m.events.map((e) => e.what) : ev ? [ev.what] : [];
  const eventTimes = ev && eventSentence ? m.times.filter((t) => t.role === "new" && eventParts.some((w) => t.start >= w.start && t.end <= w.end)) : [];
  const extraAt = (x: string) => free.find((p) => sayFree(p) === x)?.start;
  const labelled = !!part0 && m.times.some((t) => t.role === "label" && t.start >= part0.start && t.end <= part0.end);
  // "… three streets next week" beside a schedule of dates: the week only says roughly what the rows say exactly.
  const ts0 = part0 ? m.times.filter((t) => t.start >= part0.start && t.end <= part0.end && t.form !== "clock") : [];
  const roughOnly = schedule && ts0.length > 0 && ts0.every((t) => t.form === "week");
  // (A clock alone, "innan kl. 07.00 på hentedagen", is no deadline a bare "Frist: kl. 07.00" can say.)
  const dlLine = (short: boolean) => (dl && dl.form !== "duration" && dl.form !== "clock" ? fill(T.deadline, { date: timeText(dl, language, short) }) : "");
  // With the action's own words gone, the sentence that holds its deadline says what is due by then ("Hvis du ikke
  // har søkt innen 25. juni, får du ikke bostøtte for juli."); a bare "Frist: 25. juni." does not.
  // ("Vi ber deg om å:" / "- levere skjemaet til kontaktlærer innen fredag 2. mai": the item that holds the deadline,
  // said as the instruction it is — "Lever skjemaet til kontaktlærer innen fredag 2. mai." — not a bare "Frist: …".)
  const dlItem = (): string | undefined => {
    if (!dl) return undefined;
    const lineStart = lineSpanAt(draft, dl.start).start;
    // ("Dette må du gjere:" / "1. Meld på barnet ditt i Visma Flyt Skole innan 28. august." / "2. …": an item that is a
    // whole instruction with the deadline is said as it stands: the step that is due.)
    const line = lineTextAt(draft, dl.start);
    const whole = /^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+(\p{Lu}[^\n]*?[.!])[ \t]*$/u.exec(line);
    if (whole && readerActs(whole[1], language)) {
      const first = itemSentences(whole[1])[0];
      const said0 = say({ start: lineStart + line.indexOf(first), end: lineStart + line.indexOf(first) + first.length, text: first });
      if (said0 && said0.length <= 130 && said0.includes(dl.text.trim()) && !cue(language, "sensitive").test(said0)) return said0;
    }
    const m = /^[ \t]*[-–•*][ \u00A0]+(\p{Ll}+)([^\n]*)$/u.exec(line);
    const imp = m ? imperativeOf(m[1], language) : undefined;
    if (!m || !imp || !/(?:å|to):[ \t]*$/u.test(draft.slice(Math.max(0, lineStart - 400), lineStart).split("\n").filter((l) => l.trim() && !/^[ \t]*[-–•*]/u.test(l)).pop() ?? "")) return undefined;
    const out = endSentence(`${imp.charAt(0).toUpperCase()}${imp.slice(1)}${m[2].replace(/[;,]$/u, "")}`);
    return out.length <= 130 && !cue(language, "sensitive").test(out) ? out : undefined;
  };
  const dlSay = deadlineSentence(dl, draft, say, [...usedSpans, ...(action ? [action] : [])]) ?? dlItem();
  // ("Deadlines" / "- Employees and pensioners: 30 April" / "- Self-employed people: 31 May": with no step that has a
  // deadline, the rows are what the reader must keep to, said whole.)
  const dlRows = !dl ? deadlineRows(m, draft) : undefined;
  const more = readMore(T, opts.smsLinks, m, opts.contactWeb);
  // The address "Les meir på …" gives when it is a bare host ("kringom.no"), else nothing.
  const moreHost = opts.smsLinks !== "url" && m.links[0] ? urlDomain(m.links[0].value).toLowerCase() : "";
  const hostRe = moreHost ? new RegExp(`(?<![\\p{L}\\p{N}.-])${moreHost.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}/-])`, "iu") : undefined;

  // A warning: the subject first unless the instruction already says it ("Kok vannet" / "Du må koke
  // drikkevannet"), then the instruction, then the time when the event line adds one.
  const warningHead = (w: string, event: string) => {
    const words = label.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
    const said = words.every((x) => w.toLowerCase().includes(x.slice(0, 3)));
    const parts = [said ? "" : endSentence(label), w];
    // The event line built on the title would say the title twice ("Farevarsel: Sterk vind i kveld. … Farevarsel:
    // Sterk vind i kveld: i dag kl. 18."): then only the time.
    const onTitle = event === endSentence(label) || event.startsWith(label.replace(/[.!?:]+$/, ""));
    // (Rows not said — "Tuesday 14 October, 08.00–22.00" / "Wednesday 15 October …" — are said by their days or not at
    // all: the first row alone reads as the only time.)
    const rows = !!ev && ev.what.text.includes("\n") && !(when && labelledTime(draft, when, language));
    const days = rows && ev ? scheduleDates(m, ev.what, language) : undefined;
    const head0 = endSentence(label);
    const rest = event.startsWith(head0) ? event.slice(head0.length).trim() : event;
    if (rows && !whenIn(w)) parts.push(rest && !rest.startsWith(fill(T.whenLine, { when: "" }).trim()) ? rest : days ? fill(T.datesLine, { dates: days }) : "");
    else if (when && !whenIn(w)) parts.push(onTitle && !said ? `${fill(T.whenLine, { when: timeStr(false) })}` : event);
    else if (eventSentence && ev && !overlaps(warning!.w, ev.what)) parts.push(eventSentence);
    return parts.filter(Boolean).join(" ");
  };
  // The key event is said for some readers only: its sentence opens with a condition on the reader ("Bur du i rute B,
  // …", "If your normal collection day is Friday, …").
  const opener = ev ? cue(language, "conditions").first(ev.what.text.trimStart().slice(0, 80)) : undefined;
  const forSome = !!ev && opener?.start === 0 && /(?<![\p{L}])(?:du|dere|de|dykk|you|your)(?![\p{L}])/iu.test(ev.what.text.trimStart().split(",")[0]);
  const build = (p: Piece) => {
    // A warning leads; the event line follows when it adds a time or says what happens.
    const event = lead(p.compact, p.short, p.extra === true, p.lean === true);
    // ("Ved fare for liv og helse, ring 112." is a standing call, not the news: the event, with its time, comes first.)
    const head = warning ? (cue(language, "emergencyCall").test(warning.s!) && event !== endSentence(label) ? `${event} ${warning.s}` : warningHead(warning.s!, event)) : event;
    let act = "";
    const extraP = p.extra === "aside" ? (detourText && extra?.includes(detourText) && extra !== detourText ? detourText : undefined) : p.extra === "main" ? extra0 : p.extra ? extra : undefined;
    const more2 = extraP && !head.includes(extraP) ? extraP : "";
    // The deadline said already ("Ny frist er 1. oktober.") is not said again as "Frist: 1. oktober.".
    const saidDl = !!dl && `${head} ${more2}`.includes(dl.text.trim());
    // The action in its own words, with its deadline after it when the words do not say it.
    if (p.action === "full" && actionText) act = dl && !actionText.includes(dl.text.trim()) && !saidDl && dlLine(p.short) ? `${actionText} ${dlLine(p.short)}` : actionText;
    else if (dl && (p.action !== "none" || !actionText) && !saidDl && !dlForSome) act = p.action !== "none" && dlSay ? dlSay : dlLine(p.short);
    // The deadline is never dropped: "none" still keeps "Frist: …" when the action had one.
    // (Unless it is for some readers: "Bruker du medisinsk utstyr …, må du ringe oss … senest mandag 9. mars" is said
    // whole or not at all; a bare "Frist: 9. mars" would be everyone's.)
    if (p.action === "none" && dl && !saidDl && !dlForSome) act = dlLine(p.short);
    // (A schedule's rows each have their place: the first row's is not the place of them all.)
    const daysOnly = schedule && p.compact && !!ev && !!scheduleDates(m, ev.what, language);
    const place = p.where && !daysOnly ? whereLine(`${head} ${more2} ${act}`) : "";
    // "Konserten blir i stedet holdt søndag 18. mai": a sentence that answers the one before it comes after it.
    const answers = !!more2 && !warning && !!ev && REPLACES.test(head) && (extraAt(more2) ?? Infinity) < ev.what.start;
    // ("Les meir på kringom.no" after a sentence that names kringom.no says it twice.)
    const hostSaid = !!hostRe && hostRe.test(`${head} ${more2} ${act}`);
    // ("Du får svar innen utgangen av juni" comes after "Fyll ut skjemaet … innen 1. mai": what the sender will do in
    // return follows the reader's step where the draft says it after; "Vi sender ny faktura innen 1. mars" stays
    // before "Fristen for å betale blir 20. mars".)
    const later = !!more2 && !!act && !!action && !answers && more2 === extra0 && !!part0 && part0.start > action.start && m.times.some((t) => t.role === "expected" && t.start >= part0.start && t.end <= part0.end);
    // (The place goes with the event it is the place of: "Vi bryt straumen tysdag 9. desember kl. 09.00–15.00. Stad:
    // Nordbygda." before "Ved uvêr kan arbeidet bli utsett.", not after it.)
    // (The extra sentence said already as what a step points back at is not said twice.)
    const text = [p.greet ? T.greeting : "", answers ? more2 : head, answers ? head : "", place, answers || later || (!!more2 && act.includes(more2)) ? "" : more2, act, dlRows && p.action !== "none" ? dlRows.text : "", later ? more2 : "", p.more && !hostSaid ? more : "", sign[p.sign]].filter(Boolean).join(" ");
    // Essential: the action (when there is one) and the place (when the draft names one) are in the text.
    // A link the user asked for (--sms-links domain|url) is essential too.
    // The extra sentence is essential when it holds another time (a second moved date, the opening hours) or
    // when it is all the SMS would say besides the title (no time, no action).
    // (So is a line that says which goods are meant, by the date printed on them: "Gjeld: Fenalår, 1,2 kg, best før
    // 30.06.2026, partinummer 26-118". A recall SMS without it sends everyone to throw out the wrong packs.)
    const extraNeeded = !!extra && ((!!detourText && extra.includes(detourText)) || labelled || shutsExtra(extra) || (!!part0 && dangerLines.includes(part0) && extra === extra0) || (TIMEISH.test(extra) && !(when && extra.includes(when.text.trim())) && !roughOnly) || (!when && !actionText && !warning));
    // A press release's first sentence is its news when no sentence states an event: it stays.
    // Every new time of the event sentence is said ("from 10 pm tonight until 6 am tomorrow"): a shorter text that
    // drops the end of a closure says it lasts for ever.
    // (A table said by the names of its rows gives none of their times, and says so: the letter has them.)
    const namedOnly = !!rowsNamed && text.includes(rowsNamed);
    const timesSaid = eventTimes.every((t) => holds(text, t)) || daysOnly || namedOnly;
    const essential = timesSaid && (!actionText || p.action === "full") && (!whereText || text.includes(whereText) || overlapShare(text, whereText) >= 1) && (opts.smsLinks === "none" || p.more) && (!extraNeeded || (!!more2 && !(p.extra === "aside" && (timed0 || labelled)))) && (!(newsLead || pressNews) || !p.compact) && !(schedule && p.compact);
    // Wrong, not only short: a time of the event gone (a closure that never ends) or a schedule cut to one row
    // (its first row alone reads as the only time). Chosen only when nothing else fits two parts.
    // (Its days alone, every one named, are short but not wrong.)
    // ("Bur du i rute B (…), vert dunken din tømd laurdag 26. desember": the title and the day alone would send
    // every household out with its bin.)
    // (An all-clear or a warning said without the part of the area it leaves out is wrong for the people there.)
    const broken = !timesSaid || (schedule && p.compact && !daysOnly) || (p.compact && forSome) || (asideFirst && !more2);
    return { text, p, essential, broken, daysOnly: daysOnly || namedOnly, namedOnly };
  };
  // Give up the niceties first (greeting, weekday and year, the long sign-off), then the extra lead sentence,
  // then "Les mer", then the action's wording (its deadline stays), then the place.
  // (Before the extra goes whole, the aside alone: whom the news does not cover outweighs one more sentence of the lead.)
  // (When the extra sentence says how long the event lasts — "Forbudet gjelder fra 1. desember til 31. mars" — a step
  // without a deadline gives way before it does.)
  const periodFirst = !!part0 && periodPart.includes(part0) && !!actionText && !action?.deadline;
  // (An extra sentence with a time of its own — "Hauge gjenvinningsstasjon … stengjer for godt laurdag 4. september" —
  // outweighs "Les meir på …": the link is in the letter and on the web, the other date is not in the SMS at all.)
  const moreFirst = timed0 && !!extra0 && !detourText;
  // (Where the news is a danger or its end and part of the area is left out of it — "Kokevarselet for Nedre Eik gjelder
  // fortsatt" — that exception outweighs the wording of a step and "Les mer": readers there would be told they are
  // safe.)
  const asideFirst = (m.kind === "lifting" || m.kind === "warning") && !!exception && detourPart === exception && !cue(language, "asUsual").test(exception.text);
  // (The title's news said by the extra sentence goes before any aside: "… kan perioden bli forlenget" gives way.)
  const newsExtra = !!part0 && newsOfTitle(part0) && !!detourText;
  // ("We recommend that you take the bus …" beside "During the renovation we will be at Kirkeveien 5": a suggestion gives
  // way before where a closed service is meanwhile.)
  const suggestionOnly = !!detourText && !warning && !!action && !action.deadline && cue(language, "suggestionWords").test(action.text);
  const steps: Array<Partial<Piece>> = [{}, { greet: false }, { short: true }, { sign: 1 }, { lean: true }, ...(suggestionOnly ? [{ action: "none" as const }] : []), ...(periodFirst ? [{ action: "deadline" as const }] : []), ...(asideFirst ? [{ more: false }, { action: "deadline" as const }, { action: "none" as const }] : []), ...(moreFirst ? [{ more: false }] : []), ...(newsExtra ? [{ extra: "main" as const }, { more: false }] : [{ extra: "aside" as const }]), { extra: false }, { more: false }, { action: "deadline" }, { compact: true }, { where: false }, { action: "none" }];
  // (A warning or an evacuation order does not open with "Hei!", nor does a press release.)
  const greetAllowed = m.kind !== "warning" && m.kind !== "press-release";
  let cur: Piece = { extra: true, greet: greetAllowed, short: false, compact: false, action: "full", where: true, more: true, sign: 0 };
  const candidates = steps.map((s) => build((cur = { ...cur, ...s })));
  // (A warning that leads with what to do, "Boil the water for at least one minute …", has said it: no third part for
  // another wording of the same.)
  const warningActs = !!warning && m.actions.some((a) => overlaps(a, warning.w));
  let chosen = pick(candidates, language, (m.kind === "warning" && !warningActs) || safety || (!!part0 && dangerLines.includes(part0)), m.kind);
  // A part given up before a later one went too may fit again: each only if the SMS keeps its parts and soundness.
  // (What was given up for room comes back in the order it matters: "Les mer på …", the extra sentence, then the
  // niceties.)
  for (const nicety of [{ more: true }, { extra: true }, { short: false }, { sign: 0 as const }, { greet: greetAllowed }]) {
    const trial = pick([build({ ...chosen.p, ...nicety })], language);
    if (trial.text !== chosen.text && partsUpToThree(chosen.text) <= 2 && partsUpToThree(trial.text) <= partsUpToThree(chosen.text) && trial.essential === chosen.essential && trial.broken === chosen.broken && trial.daysOnly === chosen.daysOnly) chosen = trial;
  }
  const p = chosen.p;

  // (A schedule said by its days keeps each day's date; the hours are in the letter.)
  const required: Fact[] = chosen.namedOnly ? [] : chosen.daysOnly && ev ? facts.filter((f) => f.kind === "date" && f.start >= ev.what.start && f.end <= ev.what.end) : [...factsOf(when, facts)];
  if (dl && dl.form === "date" && (p.action !== "none" || !actionText) && chosen.text.includes(timeText(dl, language, p.short))) append(required, factsOf(dl, facts));
  // What the SMS left out, and why.
  if (!when && ev && ["notice", "change", "warning"].includes(m.kind)) omitted.push({ part: "when", why: "not-in-draft" });
  for (const t of wrong) omitted.push({ part: "time", why: omittedRole(t), text: t.text });
  if (action && p.action !== "full" && actionText) omitted.push({ part: "action", why: "too-long", text: action.text });
  if (action && !actionText) omitted.push({ part: "action", why: blocked(action) ? "personal-data" : "too-long", text: action.text });
  if (!m.actions.length && (m.kind === "warning" || m.kind === "application-info")) omitted.push({ part: "action", why: "not-in-draft" });
  if (whereText && !p.where && !chosen.text.includes(whereText)) omitted.push({ part: "where", why: "too-long", text: whereText });
  if (!more) omitted.push({ part: "link", why: "not-in-draft" });
  else if (!p.more) omitted.push({ part: "link", why: "too-long" });
  if (m.links.length && opts.smsLinks === "none") omitted.push({ part: "link", why: "channel-policy", text: m.links[0].text });
  if (!m.sender) omitted.push({ part: "sender", why: "not-in-draft" });
  // Whom the news does not cover, the way round and what happens in bad weather, when the SMS could not say them:
  // the writer must know ("If the wind is too strong on Monday, the inspection will take place on Tuesday").
  // A sentence the SMS says after all (as its extra sentence) was not left out: the list says only what is missing.
  const loose = (x: string) => gsmSafe(x).replace(/\s+/g, " ").replace(/[.!?]+$/u, "").trim().toLowerCase();
  const saidText = loose(chosen.text);
  for (const x of [exception, m.detour, m.contingency]) {
    if (!x || usedSpans.some((u) => overlaps(u, x)) || (action && overlaps(action, x))) continue;
    // (Said in its plain form: "Du kan bruke vatnet til dusj …" for "Vatnet kan brukast til dusj …".)
    const sx = x === detourPart ? detourText : say(x);
    if (sx && saidText.includes(loose(sx))) continue;
    omitted.push({ part: "lead", why: "too-long", text: x.text.trim() });
  }
  return { text: chosen.text, required, omitted: omitted.filter((o) => !(o.text && o.part !== "time" && o.part !== "link" && saidText.includes(loose(o.text)))) };
}

/**
 * Whether `s` says nothing `title` does not: every content word of it (four letters or more, not a time word and
 * not a light verb such as "gjelder") is in the title, also inside a compound ("reglene" in "innreiseregler").
 */
/** Words that tie a sentence to the one before it ("då", "derfor", "i så fall", "then", "therefore"). */
/** A sentence that opens with a pronoun for people named before it ("De ber om …", "They ask for …"). */
const PEOPLE_BACK = /^(?:[Dd]ei?|[Hh]an|[Hh]o|[Hh]un|[Tt]hey|[Hh]e|[Ss]he)[ \u00A0]+(?!som[ \u00A0]|who[ \u00A0])\p{Ll}/u;
/** "Skolen starter da som vanlig kl. 08.30", "Da må du …": bokmål "da" (then) in the adverb's place points back. */
const THEN_BACK = /^(?:[\p{L}-]+[ \u00A0]+[\p{L}-]+[ \u00A0]+da|da[ \u00A0]+(?:må|skal|kan|vil|er|blir|starter|begynner|åpner|gjelder))(?![\p{L}])/iu;
/** A sentence that opens with a demonstrative and its noun ("Dette møtet …", "This meeting …") speaks of the one before. */
const THIS_BACK = /^(?:dette|denne|disse|desse|this|these|that|those)[ \u00A0]+\p{Ll}{3,}(?![\p{L}])/iu;
/** "For å reparere han …", "To repair it …": a purpose clause whose object is a pronoun for a noun said before. */
// Up to the number that starts a span ("Klagefristen er tre veker" → "tre veker"); the number words are calendar.json's.
const SPAN_START = new RegExp(`^[\\s\\S]*?(?<![\\p{L}\\p{N}])(?=(?:\\d+|${Object.keys(calendar.numbers).join("|")})[ \\u00A0]+\\p{L})`, "iu");
const BACK_OBJECT = /^(?:for[ \u00A0]+å|to)[ \u00A0]+\p{L}+[ \u00A0]+(?:han|ho|hun|henne|den|det|dei|dem|it|them|him|her)(?![\p{L}])/iu;
const LEANS = /(?<![\p{L}])(?:då|derfor|difor|dermed|i så fall|i så tilfelle|i slike tilfelle|then|therefore|thus|in that case|in this case)(?![\p{L}])/iu;

/** Abbreviations of time words written out, as the checker's safe fixes do ("t.o.m." → "til og med"). */
function spelledOut(s: string): string {
  return s
    .replace(/(?<![\p{L}])t\.o\.m\.?(?![\p{L}])/giu, "til og med")
    .replace(/(?<![\p{L}])f\.o\.m\.?(?![\p{L}])/giu, "fra og med")
    .replace(/(?<![\p{L}])(?:fra og med|frå og med|til og med|fra|frå|til)[ \u00A0]+/giu, "");
}

function saysNoMore(s: string, title: string, language: Language): boolean {
  const t = title.toLowerCase();
  const rest = s.toLowerCase().replace(/\d+/g, " ");
  const light = cue(language, "lightWords");
  let stripped = rest;
  for (const w of light.all(rest).reverse()) stripped = stripped.slice(0, w.start) + " " + stripped.slice(w.end);
  const words = (stripped.match(/\p{L}{4,}/gu) ?? []).filter((w) => !TIME_WORDS.has(w));
  return words.length > 0 && words.every((w) => t.includes(w.slice(0, Math.max(4, Math.min(5, w.length - 1)))));
}

const HOW_BY_STEPS = /^(?:du|dere|dykk|you)[ \u00A0]+(?:kan|can)[ \u00A0]+[^.;?]{2,120}?[ \u00A0]+(?:ved å|ved at du|by)[ \u00A0]+([^.;?]+)[.!]?$/iu;

/** An infinitive ("logge", "trykke") or an English gerund ("logging", "clicking") as an imperative the lists know. */
function imperativeOf(verb: string, language: Language): string | undefined {
  const w = verb.toLowerCase();
  const known = (imperatives as unknown as Record<Language, string[]>)[language];
  const tries = language === "en" ? (w.endsWith("ing") ? [w.slice(0, -3), w.slice(0, -3) + "e", w.slice(0, -4)] : [w]) : [w.endsWith("e") && w.length > 3 ? w.slice(0, -1) : w, w];
  return tries.find((x) => known.includes(x));
}

/**
 * The steps of a "how to" sentence as instructions: "Du kan lese … ved å logge inn på X og trykke på Y" → "Logg inn
 * på X og trykk på Y."; "You can … by logging in to X" → "Log in to X.". Undefined when a verb is not one the
 * imperative lists know (the sentence is then not shortened).
 */
function stepsOf(text: string, language: Language, ok: (step: string) => boolean = () => true): string | undefined {
  const m = HOW_BY_STEPS.exec(text.trim());
  if (!m) return undefined;
  const parts = m[1].split(/[ \u00A0]+(?=(?:og|and)[ \u00A0]+\p{L})/u);
  const out: string[] = [];
  for (const [k, p0] of parts.entries()) {
    const p = k === 0 ? p0 : p0.replace(/^(?:og|and)[ \u00A0]+/u, "");
    const verb = /^\p{L}+/u.exec(p)?.[0];
    if (!verb) return undefined;
    const imp = imperativeOf(verb, language);
    // "… og trykke på «Sykmeldte»": each coordinated infinitive becomes an imperative; other words stay.
    if (!imp || !ok(p)) return k === 0 ? undefined : finish(out, language);
    out.push(imp + p.slice(verb.length));
  }
  return finish(out, language);
}

function finish(steps: string[], language: Language): string {
  const joined = steps.join(language === "en" ? " and " : " og ");
  return joined.charAt(0).toUpperCase() + joined.slice(1) + ".";
}

/** The sentence of the draft around a span: from after the last full stop before it to the next one after it. */
/** A line of a table ("Mandag 21. desember: 07.00–21.00") with a line of the same shape right above or under it. */
const ROW_LINE = /^[ \t]*[^:\n]{2,60}:[ \t]*\S[^\n]{0,80}$/u;
function tableRow(draft: string, p: Part): boolean {
  const row = (l: Part | undefined) => !!l && ROW_LINE.test(l.text) && /\d/.test(l.text);
  const line = lineAround(draft, p);
  if (!line || !row(line)) return false;
  // (The lines right above and under it, by their own line breaks.)
  const start = draft.lastIndexOf("\n", line.start - 1);
  const end = draft.indexOf("\n", line.end);
  return row(start > 0 ? lineAround(draft, { start: start - 1, end: start - 1 }) : undefined) || row(end >= 0 && end + 1 < draft.length ? lineAround(draft, { start: end + 1, end: end + 1 }) : undefined);
}

/** "Frist: straks", "Deadline: immediately": a step due at once, labelled as such. */
const DUE_NOW = /(?<![\p{L}])(?:frist|fristen|deadline)[ \u00A0]*:[ \u00A0]*(?:straks|umiddelbart|snarest|snarast|omgåande|omgående|immediately|at once)(?![\p{L}])/iu;

// A condition on the reader ("Trenger dere tolk"), not the writer's own ("Hvis vi ikke får opplysningene innen …").
const READER_IN = /(?<![\p{L}])(?:du|dere|De|dykk|de|you|your)(?![\p{L}])/u;

/** The sentence right after an action, in its paragraph, that says to call or write to a number or address. */
function callAfter(a: Part, draft: string, facts: Fact[]): Part | undefined {
  const rest = draft.slice(a.end, a.end + 240);
  // (It ends at a stop before a capital or the line's end: "kl. 09.00–11.30" has stops of its own.)
  const m = /^[ \t\u00A0]+((?:ring|call|phone)(?![\p{L}])[^\n]*?[.!](?=[ \t\u00A0]*(?:\n|$)|[ \t\u00A0]+[\p{Lu}«"]))/iu.exec(rest);
  if (!m) return undefined;
  const start = a.end + rest.indexOf(m[1]);
  const end = start + m[1].length;
  return facts.some((f) => (f.kind === "phone" || f.kind === "email") && f.start >= start && f.end <= end) ? { start, end, text: m[1] } : undefined;
}

const PAY_WORDS = /(?<![\p{L}])(?:betal\p{L}*|innbetal\p{L}*|forfall\p{L}*|forfell|termin(?:en)?|pay|paid|payment|due)(?![\p{L}])/iu;

/**
 * Whether a condition on the reader names the people the title addresses: a word for readers in the title
 * ("huseiere", "søkere", readerSubjects cue data) that a word of the condition begins like over its first six
 * letters ("Er du huseier, …" under "Til huseiere i Nordbygda: …").
 */
function namesTitleReaders(condition: string, title: string, language: Language): boolean {
  if (!title) return false;
  // "Dersom du bur i området", "If you live in the area", "Bor du på Holmen" under "Evakuering … Holmen": living where the
  // notice is about is every reader it is sent to.
  const lives = livesIn(condition);
  if (lives && (lives.area || (/^\p{Lu}/u.test(lives.place) && title.includes(lives.place.split(/[ \u00A0]/u)[0])))) return true;
  const titled = new Set(cue(language, "readerSubjects").all(title).map((w) => w.text.toLowerCase()).filter((w) => /^\p{L}{5,}$/u.test(w) && w !== "alle som").map((w) => w.slice(0, 6)));
  return titled.size > 0 && (condition.toLowerCase().match(/\p{L}{5,}/gu) ?? []).some((w) => titled.has(w.slice(0, 6)));
}

// A sentence that opens on a definite noun ("Leiligheten er …", "Kontrollen blir …"); its stem is group 1.
const DEFINITE_OPENING = /^(\p{Lu}\p{Ll}{2,}?)(?:ene|ane|en|et|a)(?=[ \u00A0])/u;
/** Does the part open on a definite noun the draft named before it ("leilighet" in the title, then "Leiligheten er …")? */
function namedBefore(p: Part, draft: string): boolean {
  const m = DEFINITE_OPENING.exec(p.text.trimStart());
  return !!m && m[1].length >= 4 && draft.slice(Math.max(0, p.start - 3000), p.start).toLowerCase().includes(m[1].toLowerCase());
}
// "Tilbudet må besvares …", "Invitasjonen må stadfestast …", "The offer must be accepted …": answering, said in the passive.
const PASSIVE_REPLY = /^\p{L}+[ \u00A0]+(?:må|skal|must|should)[ \u00A0]+(?:besvares|besvarast|bekreftes|stadfestast|stadfestes|aksepteres|aksepterast|godtas|godtakast|be[ \u00A0]+(?:answered|confirmed|accepted))(?![\p{L}])/iu;

// An adverb after the modal that answers the sentence before: "må likevel", "må derfor", "must therefore".
const LEANING_ADVERB = /((?<![\p{L}])(?:må|skal|bør|kan|må du|skal du|must|should)[ \u00A0]+)(?:likevel|derfor|difor|dermed|altså|therefore|nevertheless|still)[ \u00A0]+/iu;

// After a span, what it is counted from: "innan 14 dagar etter at dyret er felt", "within 10 days of the visit".
const COUNTED_FROM = /^[ \u00A0,]*(?:etter|frå|fra|from|after|of)(?![\p{L}])/iu;
// Counted from the letter itself: "frå de mottok dette brevet", "etter at du fikk vedtaket", "of receiving this letter".
// (Not an invoice still to come: "innen 14 dager etter at du har fått fakturaen" under "Du får faktura … i løpet av
// mars" counts from that invoice; "denne fakturaen", "this invoice" is the letter itself.)
/**
 * What a span of time counts from, read in its sentence: "letter" ("innan 10 dagar etter at du har fått dette brevet"),
 * "elsewhere" ("innen 14 dager etter at du har fått fakturaen", "… etter at dyret er felt"), or undefined when it counts
 * from nothing the sentence says (or is no span).
 */
function spanAnchor(t: MessageTime, draft: string): "letter" | "elsewhere" | undefined {
  if (t.form !== "duration") return undefined;
  const x = sentenceAround(draft, t)?.text ?? "";
  const at = x.indexOf(t.text.trim());
  if (at < 0 || !COUNTED_FROM.test(x.slice(at + t.text.trim().length, at + t.text.trim().length + 60))) return undefined;
  return FROM_THE_LETTER.test(x) ? "letter" : "elsewhere";
}
const FROM_THE_LETTER = /(?<![\p{L}])(?:brevet|brev|vedtaket|vedtak|varselet|denne[ \u00A0]+fakturaen|this[ \u00A0]+invoice|letter|decision|notice|(?:mottok|mottek|motteke|mottatt|fikk|fekk|fått|received)(?![ \u00A0]+(?:fakturaen|faktura|invoice|the[ \u00A0]+invoice))|mottak|receiving|receipt)(?![\p{L}])/iu;

// A step that names the appointment's time by a definite noun: "Passer ikke tidspunktet …", "If the time does not suit …".
// (With "new" between: "confirm the new date", "den nye datoen", "det nye tidspunktet".)
const THE_TIME = /(?<![\p{L}])(?:tidspunktet|tida|tiden|timen|datoen|klokkeslettet|the time|the date|the appointment|(?:den|det|the)[ \u00A0]+(?:nye|new)[ \u00A0]+(?:tidspunktet|tida|tiden|timen|datoen|time|date|appointment))(?![\p{L}])/iu;
