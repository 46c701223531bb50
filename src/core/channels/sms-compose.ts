// SMS, rendered from the message: the shape real public-sector SMS have (corpus/sms) — a greeting, the one
// key message with its time in its right role, what the reader must do, where to read more as plain text,
// a sign-off with the sender. A warning leads ("Kok vannet før du drikker det"). One part is the target, two
// the limit. A text to one person gets a notice that there is a letter, with the appointment's time and the
// reply or appeal deadline, never the case (sms-personal.ts). Nothing of another role fills a slot: without a new time
// there is no "when"; a superseded, lifted or past date is never shown. This file holds the public SMS and the entry.
import type { Edit, Fact, Language } from "../model";
import type { Message, MessageAction, MessageTime, Part } from "../message/types";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { hoursOfTitle, deadlineSentence, groupAsCondition, warningForReaders, withCondition, withoutSource, FRONTED_BACK, lineAround, promiseSentences, sentenceAround, namedDeadline, pointsBackUnsaid, cleanTitle, endSentence, headingAbove, namedSubject, withHeading, fullUrl, withoutFrontedReason, closureBefore, sentenceBefore, deadlineRows, unshout, introWithList, outsideTimed, overlaps, SENTENCE_STOP, namedObject, titleTopic, withoutPointer, WISH, replacesOldClock, withoutItemReasons, itemSentences, topicalStep, FRAGMENT_ITEM, withoutReason, POINTS_ELSEWHERE } from "./compose-util";
import { gsmSafe } from "./sms";
import { SMS } from "./profiles";
import { urlDomain } from "../detect";
import { withoutAsides, withoutBrackets, labelledTime, LIST_MARKER, omittedRole, sayEach, scheduleDates, withoutAddresses, overlapShare, repeats, REPLACES, timeText, TIME_WORDS, wrongRoleTimes } from "./render";
import { framesOnly } from "../message/events";
import { cue } from "../message/cues";
import { rowNames } from "../message/table";
import { sayDraftPart } from "./say-part";
import { onlyAReference } from "./openers";
import { append } from "../message/append";
import { livesIn, readerActs, LABEL_V1, RULES_HEAD } from "../message/actions";
import { hoursBlock, sayHours } from "./hours-block";
import { lineSpanAt, lineTextAt } from "../text/lines";
import { personalSms } from "./sms-personal";
import { pick, partsUpToThree, finish, imperativeOf, DEFINITE_OPENING, factsOf } from "./sms-common";

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

/** A sentence whose subject is a pronoun for something said before it: first, or after a fronted word and its verb. */
const POINTS_BACK = /^(?:(?:dette|denne|disse|desse|det|den|dei|de|han|ho|hun|this|these|it|they)[ \u00A0]|(?:for å (?:gjøre|gjere|få til) (?:dette|det)|to do (?:this|so)|derfor|difor|because of this|as a result)(?![\p{L}])|\p{L}+[ \u00A0]+(?:er|var|blir|vert|vart|ble|blei|skal|vil|kan|må)[ \u00A0]+(?:det|den|dei|de)[ \u00A0]+\p{L})/iu;

export function composeSms(m: Message, draft: string, facts: Fact[], T: Templates, opts: SmsComposeOptions): Composed {
  const language = m.language;
  // ("From the Norwegian Tax Administration": an English name's "The" is lower case after a word of the sign-off.)
  const inside = (tpl: string, name: string) => (language === "en" && tpl.indexOf("{sender}") > 0 ? name.replace(/^The(?=[ \u00A0]\p{Lu})/u, "the") : name);
  const sign = m.sender ? [fill(T.signoff, { sender: inside(T.signoff, m.sender.name) }), fill(T.signoffShort, { sender: inside(T.signoffShort, m.sender.name) })] : ["", ""];
  return m.audience.value === "personal" ? personalSms(m, facts, T, language, sign, opts, draft) : publicSms(m, draft, facts, T, opts, language, sign);
}

// ("Riktige opplysninger gir … lavere risiko for uenigheter": a risk made smaller is a gain, no danger.)
const LESS_RISK = /(?<![\p{L}])(?:lavere|lågare|mindre|redusert|redusere|reduce[sd]?|lower|less|minimal)[ \u00A0]+(?:\p{L}+[ \u00A0]+)?(?:risiko|fare|risk|danger)/iu;

// Between a danger and its step: nothing, or the head of the step's list on the danger's line and the items above it.
const DANGER_GAP = /^[ \t\u00A0]*(?:[^\n]{3,160}:)?(?:[ \t]*\r?\n[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0][^\n]*)*[ \t\u00A0]*(?:\r?\n[ \t]*)?$/u;

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
/** A line of its own that ends in a colon, the first such in the text it is run on (read against RULES_HEAD). */
const RULES_LINE = /(?:^|\n)[ \t]*([^\n]{4,120}:)[ \t]*\r?\n/u;
const PERIOD_OF = /^(?:\p{Lu}\p{Ll}+(?:et|en|a|ene|ane|i)|The[ \u00A0]+\p{Ll}+)[ \u00A0]+(?:gjelder|gjeld|varer|varar|vil vare|applies|lasts|runs|is in force)(?![\p{L}])/u;

function publicSms(m: Message, draft: string, facts: Fact[], T: Templates, opts: SmsComposeOptions, language: Language, sign: string[]): Composed {
  const ev = m.events[0];
  const when = ev?.when;
  const wrong = wrongRoleTimes(m, draft);
  const blocked = (p: Part) => opts.blocked.some((b) => overlaps(b, p));
  const omitted: Left[] = [];
  // A draft sentence as the SMS can say it: plain, "du", every wrong-role time cut out; undefined when not possible.
  const sayOne = (p: Part | undefined): string | undefined => sayDraftPart(p, draft, language, [...wrong, ...opts.cuts], opts.edits, opts.blocked);
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
  // ("Vi trenger frivillige til Lierfjell-rennet" over "Lierfjell-rennet går lørdag 6. mars …": a title that says what the
  // writer needs from readers is the news; the event sentence says only when the need is, so the title goes in front.)
  const titleNeeds = !!eventSentence && !!m.subject.text && m.subject.start !== ev?.what.start && label.length <= 80 && cue(language, "needOpeners").first(label)?.start === 0 && !repeats(eventSentence, label);
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
      ? titled || offTopic || far || pointsBack || titleStatus || titleAsks || titleNeeds
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
  // ("Dette gjelder fra torsdag 21. januar til og med søndag 31. januar:" over "- Avdeling 2 og 3: Ingen besøk." …: the rules
  // a notice puts in force, with their period, are what readers must keep to; said whole, or the SMS tells relatives
  // there are limits and never which.)
  const rulesLine = ev ? RULES_LINE.exec(draft.slice(ev.what.end, ev.what.end + 3000)) : null;
  const rulesAt = rulesLine && ev ? ev.what.end + rulesLine.index + rulesLine[0].indexOf(rulesLine[1]) : -1;
  const rulesBlock0 = rulesLine && RULES_HEAD.test(rulesLine[1].trim()) && /\d/u.test(rulesLine[1]) ? introWithList({ start: rulesAt, end: rulesAt + rulesLine[1].length, text: rulesLine[1] }, draft) : undefined;
  const rulesBlock = rulesBlock0 && rulesBlock0.text.length <= 400 && !blocked(rulesBlock0) ? rulesBlock0 : undefined;
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
  const free = [...leadBlocks, ...listItems, ...labelLines, ...(rulesBlock ? [rulesBlock] : []), ...promiseLines, ...(hoursRows ? [hoursRows] : []), ...periodPart, ...timedOutside, ...dangerLines.filter((d) => !m.lead.some((l) => overlaps(l, d)))].filter((p) => !onlyAReference(p.text) && cue(language, "goalOpeners").first(p.text.trimStart())?.start !== 0 && !usedSpans.some((u) => overlaps(u, p)) && !(action && overlaps(action, p)) && !m.warnings.some((w) => overlaps(w, p) && warning && overlaps(warning.w, w)));
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
    // ("Fjellstua filial er stengt hele sommeren … Filialen åpner igjen mandag 16. august": a definite noun named in the
    // unsaid sentence right before, after a name of its own, is that one; said after another "filial" the SMS names, it
    // would be read as the wrong one.)
    if (def && before && !usedSpans.some((u) => overlaps(u, before)) && !m.events.some((e) => overlaps(e.what, before)) && new RegExp(`\\p{Lu}[\\p{L}-]+[ \\u00A0]+${def[1].toLowerCase()}`, "u").test(before.text)) return true;
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
  const best0 = (allHours ? [] : free.filter((p) => !aside(p) && (!hours.includes(p) || hours.length < 2) && (dangerLines.includes(p) || p === rulesBlock || !leans(p)) && !LIST_MARKER.test(p.text) && !tableRow(draft, p)))
    .map((p) => ({ p, x: sayFree(p), late: consequence(p) }))
    // A sentence that repeats the lead is no extra, unless it brings another time (the second moved date).
    .filter((c): c is { p: Part; x: string; late: boolean } => !!c.x && !POINTS_ELSEWHERE.test(c.x) && c.x.length <= (c.p === rulesBlock ? 320 : c.p.text.includes("\n") ? 220 : newsOfTitle(c.p) ? 170 : 110) && !/\?$/.test(c.x) && (!repeats(`${label} ${leadFull}`, c.x) || (TIMEISH.test(c.x) && !(when && c.x.includes(when.text.trim())))))
    // A sentence with another time in it (a second moved date, the opening hours, "i tre veker") first; then
    // the one that adds most for its length ("SFO er også stengt." before a long sentence that restates the lead).
    // (One from outside the lead comes after the lead's own, timed or not: the lead says what the text is about. Of
    // those, what is called off elsewhere comes after what happens: "The planned shut-off in Bakken … has been
    // cancelled" after "the water will have to be shut off again tonight between 22:00 and 04:00".)
    .map(({ p, x, late }) => ({ p, x, r: overlapShare(`${label} ${leadFull}`, x) + x.length / 300, t: p === rulesBlock || newsOfTitle(p) || changedClock(p) || isTitleHours(p) ? -1 : shutsExtra(x) ? -0.8 : dangerLines.includes(p) ? -0.75 : (TIMEISH.test(x) && !(when && x.includes(when.text.trim())) ? 0 : late ? 2 : 1) + (timedOutside.includes(p) ? (m.kind !== "cancellation" && cue(language, "cancelVerbs").test(x) ? 1.75 : TIMEISH.test(x) && titleTopic(m.subject.text, p.text) && !cue(language, "statusWords").test(x) ? 0.5 : 1.5) : 0) }))
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
    // ("The stand at Nordli school is cancelled … Please go to the library stand instead.": a step that answers the key
    // event with "instead" follows it; an aside between them, "If it rains heavily, …", would read as what it answers.)
    const answersKey = !!more2 && !!act && !!action && !!ev && REPLACES.test(action.text) && action.start >= ev.what.end && action.start - ev.what.end <= 4;
    const later = answersKey || (!!more2 && !!act && !!action && !answers && more2 === extra0 && !!part0 && part0.start > action.start && m.times.some((t) => t.role === "expected" && t.start >= part0.start && t.end <= part0.end));
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
    const extraNeeded = !!extra && ((!!detourText && extra.includes(detourText)) || labelled || (!!rulesBlock && part0 === rulesBlock) || shutsExtra(extra) || (!!part0 && dangerLines.includes(part0) && extra === extra0) || (TIMEISH.test(extra) && !(when && extra.includes(when.text.trim())) && !roughOnly) || (!when && !actionText && !warning));
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
  // (Rules in force, with their period, are worth a third part as a danger is.)
  let chosen = pick(candidates, language, (m.kind === "warning" && !warningActs) || safety || (!!part0 && (dangerLines.includes(part0) || part0 === rulesBlock)), m.kind);
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

// An adverb after the modal that answers the sentence before: "må likevel", "må derfor", "must therefore".
const LEANING_ADVERB = /((?<![\p{L}])(?:må|skal|bør|kan|må du|skal du|must|should)[ \u00A0]+)(?:likevel|derfor|difor|dermed|altså|therefore|nevertheless|still)[ \u00A0]+/iu;
