// The role of each time in the message, read from the words around it in its own clause:
//   "som skulle vært fredag 1. mai"      → superseded      "flyttes til lørdag 2. mai" → new
//   "Kokepåbudet fra 3. mars er opphevet" → lifted (the order's start, not when anything happens now)
//   "søknaden din av 3. mars", "ble påvist 2. mai" → past   "vi regner med å være ferdige 3. mai" → expected
//   "mandag–fredag 08–16", "hverdager"   → recurring       "innen 20. april" → deadline
// Everything else is "new": a time at which something in the message happens.
import type { Doc, Language } from "../model";
import { lowerBound } from "../text/lower-bound";
import type { TimeRole } from "./types";
import type { TimeMention } from "./times";
import { cue } from "./cues";
import { DATE_FIELD, DATE_LINE, REF_FIELD, STAMP_LINE } from "./date-line";

export interface RoledTime extends TimeMention {
  role: TimeRole;
  /** The cue words that decided the role, for the reasons a front end shows. */
  cue?: string;
}

// Clause boundaries inside a sentence: a comma, semicolon, colon or dash between words — the expression
// BOUNDARY = /[,;:]\s|\s[–—-]\s|\n/u, scanned by hand in clauseEnd.

/**
 * Where the clause that holds `at` begins, as an offset into text.slice(wStart, wEnd): just after the last
 * boundary before it (", ", "; ", ": ", " – ", a line break), else 0. Read from the boundaries of the whole
 * text (found once), so a sentence with thousands of times is not scanned for each of them.
 */
function clauseStart(b: Bounds, wStart: number, wEnd: number, at: number): number {
  const lo = lowerBound(b.key.length, (i) => b.key[i], Math.min(at, wEnd));
  for (let k = lo - 1; k >= 0 && b.key[k] >= wStart; k--) {
    const i = b.key[k];
    const kind = b.kind[k];
    // A stop or a dash needs the character after it inside the window; a dash also the one before it.
    if (kind !== NEWLINE && i + 1 >= wEnd) continue;
    if (kind === DASH && i - 1 < wStart) return 0;
    return (kind === NEWLINE ? i + 1 : i + 2) - wStart;
  }
  return 0;
}

// Old-time cues that also name a plain date ("due on 15 January", "scheduled for Monday").
const PLAIN_SCHEDULED = /^(?:due on|scheduled for|set for|planned for)$/iu;
const NEWLINE = 1;
const STOP = 2;
const DASH = 3;

/**
 * The places BOUNDARY matches in the text, in order, with the length of its shortest alternative there
 * ("\n": 1, ", ": 2, " – ": 3), and the characters a clause starts after (key: the line break, comma,
 * semicolon, colon or dash). Read once per draft: running the expression from each time to its clause's end
 * cost a third of the message reading on a draft with thousands of times.
 */
interface Bounds {
  at: number[];
  len: number[];
  key: number[];
  kind: number[];
}

/** JavaScript's \s as char codes (what BOUNDARY's \s matches), without a regular expression per character. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the line break at i only wraps a sentence: a letter, digit or comma before it, a lower-case letter after it. */
export function softWrap(text: string, i: number): boolean {
  let a = i - 1;
  while (a >= 0 && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9 || text.charCodeAt(a) === 13)) a--;
  let z = i + 1;
  while (z < text.length && (text.charCodeAt(z) === 32 || text.charCodeAt(z) === 9)) z++;
  if (a < 0 || z >= text.length) return false;
  return /[\p{L}\p{N},]/u.test(text[a]) && /\p{Ll}/u.test(text[z]);
}

function boundaries(text: string): Bounds {
  const b: Bounds = { at: [], len: [], key: [], kind: [] };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // A line wrapped inside a sentence ("… in connection with a reported\nburglary on 28 November") is no clause
    // boundary: the next line goes on in lower case after a word.
    if (c === 10 && softWrap(text, i)) continue;
    if (c === 10) {
      b.at.push(i);
      b.len.push(1);
      b.key.push(i);
      b.kind.push(NEWLINE);
      continue;
    }
    const spaceAfter = i + 1 < n && isSpace(text.charCodeAt(i + 1));
    if ((c === 44 || c === 59 || c === 58) && spaceAfter) {
      b.at.push(i);
      b.len.push(2);
      b.key.push(i);
      b.kind.push(STOP);
    } else if ((c === 0x2013 || c === 0x2014 || c === 45) && spaceAfter && i > 0 && isSpace(text.charCodeAt(i - 1))) {
      // The match began at the space before the dash.
      b.at.push(i - 1);
      b.len.push(3);
      b.key.push(i);
      b.kind.push(DASH);
    }
  }
  return b;
}

/**
 * Where BOUNDARY first matches in text.slice(from, windowEnd) (as an offset into the text), else windowEnd:
 * the same as running the expression on the window from `from`.
 */
function clauseEndIn(b: Bounds, from: number, windowEnd: number): number {
  const lo = lowerBound(b.at.length, (i) => b.at[i], from);
  return lo < b.at.length && b.at[lo] + b.len[lo] <= windowEnd ? b.at[lo] : windowEnd;
}

const DEADLINE_NOUN = /(?:^|\s)(?:frist(?:en)?|svarfrist(?:en)?|søknadsfrist(?:en)?|søknadsfristen|innspillsfrist(?:en)?|innspelsfrist(?:en)?|høringsfrist(?:en)?|høyringsfrist(?:en)?|klagefrist(?:en)?|påmeldingsfrist(?:en)?|betalingsfrist(?:en)?|deadline|(?:the[ \u00A0]+)?last[ \u00A0]+day|siste[ \u00A0]+dag(?:en)?|siste[ \u00A0]+dato(?:en)?)(?![\p{L}])/iu;
const BY_BEFORE = /(?:^|[\s(])(innen|innan|senest|seinast|by|before|no later than)[ \u00A0]+(?:(?:på[ \u00A0]+)?(?:den[ \u00A0]+)?)$/iu;
/** A start ("fra 1. august", "from 1 August 2025"): a state that begins then, not a past event. */
// The start may carry its clock before the day ("fra kl. 18 i dag"); the end of such a period is new too
// ("… til kl. 06 i morgen").
const START_BEFORE = /(?:^|[\s(])(?:fra og med|f\.o\.m\.?|fra|frå og med|frå|from|starting|with effect from|med verknad frå|med virkning fra)[ \u00A0]+(?:kl\.?[ \u00A0]?\d{1,2}(?:[.:]\d{2})?[ \u00A0]+)?(?:den[ \u00A0]+)?$/iu;
const END_AFTER_START = /(?:^|[\s(])(?:fra|frå|from)[ \u00A0][^;!?]{1,40}[ \u00A0](?:til|until|to)[ \u00A0]+(?:kl\.?[ \u00A0]?\d{1,2}(?:[.:]\d{2})?[ \u00A0]+)?(?:den[ \u00A0]+)?$/iu;
const FROM_BEFORE = /(?:^|[\s(])(?:fra og med|f\.o\.m\.?|fra|frå og med|frå|av|datert|dated|from|of|since|sidan|siden)[ \u00A0]+(?:den[ \u00A0]+)?$/iu;
const FOR_BEFORE = /(?:^|\s)(?:for|valid for|gjeldende for|gjeldande for)[ \u00A0]+(?:den[ \u00A0]+)?$/iu;
// ("fra mandag 17. mai til og med mandag 31. mai": an end said inclusive makes a period, not a move.)
const FROM_TO = /^[ \u00A0]*(?:til|to|until)[ \u00A0](?!og[ \u00A0]+med(?![\p{L}]))/iu;
// The auxiliary of a present or future passive right before a participle ("blir behandlet", "vil bli vedtatt",
// "skal verte handsama", "will be decided"), with at most one adverb between.
// ("Søknaden må være sendt før 30. april", "must have been sent by": a modal and a perfect ask for it by then.)
const FUTURE_PASSIVE = /(?<![\p{L}])(?:blir|vert|(?:vil|skal|kan|må|bør|kjem til å)[ \u00A0]+(?:bli|verte|være|vere|ha|ha[ \u00A0]+blitt|ha[ \u00A0]+vore)|will[ \u00A0]+be|(?:must|should|will)[ \u00A0]+(?:have[ \u00A0]+been|be|have)|is[ \u00A0]+to[ \u00A0]+be|are[ \u00A0]+to[ \u00A0]+be)[ \u00A0]+(?:\p{L}+[ \u00A0]+)?$/iu;
const AS_ANNOUNCED = /(?:^|[\s(,])(?:som|as)[ \u00A0]+(?:tidligere|tidlegare|previously|earlier)[ \u00A0]+(?:varslet|varsla|varsel|meldt|melde|annonsert|opplyst|nevnt|nemnt|informert|omtalt|kunngjort|announced|stated|mentioned|notified)(?![\p{L}])/iu;

const HAPPENED_AFTER = /^[ \u00A0,]*(?:oppstått|skjedd|hendt|vore|vært|blitt|vorte|kommet|komme|gått|oppdaga|oppdaget|funne|funnet|påvist|registrert|sendt|mottatt|motteke|fått|happened|occurred|been|burst|broken)(?![\p{L}])/iu;
const FOUND_AFTER = /^[ \u00A0,]*(?:påvist|funne|funnet|oppdaga|oppdaget|registrert|målt|observert|avdekt|avdekket|detected|found|measured|observed|recorded)(?![\p{L}])/iu;
const WRONG_SAID = /(?<![\p{L}])(?:var|er|was|is)[ \u00A0]+(?:feil|feilaktig|ikke riktig|ikkje rett|ikkje riktig|wrong|incorrect|not correct)(?![\p{L}])/iu;
const EVERY_YEAR = /^[ \u00A0,]*(?:hvert|kvart|hvart)[ \u00A0]+(?:år|kalenderår|skoleår|skuleår)(?![\p{L}])|^[ \u00A0,]*(?:every|each)[ \u00A0]+year(?![\p{L}])|^[ \u00A0,]*(?:årlig|årleg|annually)(?![\p{L}])/iu;
const INSTEAD_OF = /^(?:i[ \u00A0]+staden[ \u00A0]+for|i[ \u00A0]+stedet[ \u00A0]+for|istadenfor|istedenfor|istedet[ \u00A0]+for|instead[ \u00A0]+of|in[ \u00A0]+place[ \u00A0]+of)$/iu;
const FINITE_AFTER = /(?<![\p{L}])(?:blir|blei|ble|vert|vart|er|var|skal|vil|kjem|kommer|går|held|holder|arrangerer|arrangerar|is|are|will|there[ \u00A0]+(?:is|are|will))(?![\p{L}])/iu;

/** Between a superseded cue and its time: a coordinated clause ("… og innkaller deg …") or a long stretch. */
/** After a time in a clause's subject, the verb that moves it: ", er flytta", " blir i staden halde", " has been postponed". */
// (A short phrase may stand between: "… var 12. august i brevet vårt frå juni, er flytta".)
const MOVED_SUBJECT = /^(?:[ \u00A0]+kl\.?[ \u00A0]*\d{1,2}(?:[.:]\d\d)?)?(?:[ \u00A0]+(?:i|på|in|frå|fra|from)[ \u00A0]+[^,.;:!?\d]{1,40}?(?=,))?[ \u00A0]*,?[ \u00A0]*(?:(?:er|blir|vert|er[ \u00A0]+blitt|er[ \u00A0]+vorte|har[ \u00A0]+blitt|har[ \u00A0]+vorte|må|has[ \u00A0]+been|have[ \u00A0]+been|is|was|will[ \u00A0]+be|must[ \u00A0]+be)[ \u00A0]+(?:(?:no|nå|likevel|derfor|difor|dessverre|now|therefore|unfortunately)[ \u00A0]+)?(?:flytt\p{L}*|utsett\p{L}*|omberam\p{L}*|forskuv\p{L}*|i[ \u00A0]+staden|i[ \u00A0]+stedet|istaden|istedet|moved|postponed|rescheduled|brought[ \u00A0]+forward)|flyttes|flyttast|utsettes|utsetjast|utsetts)(?![\p{L}])/iu;
/** Before a deadline, the past tense that says it has gone by: "hadde forfall", "fristen var", "was due". */
const PAST_DUE = /(?<![\p{L}])(?:hadde[ \u00A0]+(?:forfall|forfallsdato|betalingsfrist|frist)|(?:\p{L}*frist(?:en)?|forfallsdato(?:en)?)[ \u00A0]+(?:var|gjekk ut|gikk ut)|forfalt|forfall[ \u00A0]+var|had[ \u00A0]+(?:a[ \u00A0]+)?(?:due date|deadline)|was[ \u00A0]+due|fell[ \u00A0]+due|expired)[ \u00A0]+(?:(?:den|on|the)[ \u00A0]+)?(?:(?:innen|innan|by)[ \u00A0]+)?$/iu;
const SUP_GAP_BREAK = /(?:^|\s)(?:og|and|men|but|samt)\s+\p{L}+\s+\S|^[^]{61,}$/iu;

/** A span of time a thing happens within ("i løpet av april", "innen utgangen av mars", "within two weeks"). */
const WITHIN_BEFORE = /(?:^|\s)(?:i løpet av|i slutten av|i starten av|i begynnelsen av|i byrjinga av|i midten av|utgangen av|slutten av|within|during|in the course of|by the end of)[ \u00A0]+$/iu;
const NAMED_DEADLINE = /^(?:\p{L}*frist(?:en)?|deadline)(?![\p{L}])/iu;
const REMINDS = /(?<![\p{L}])(?:minner|minnar|påminner|remind|reminds)(?![\p{L}])/iu;
/** A condition that holds the time, up to the end of the clause ("dersom forholdet ikke er rettet innen 1. desember"). */
const TIME_IN_CONDITION = /(?<![\p{L}])(?:dersom|hvis|viss|if|unless)[ \u00A0][^,;]*?(?:innen|innan|senest|seinast|by|before)[ \u00A0]/iu;

/** A clause about the writer's own work or what the writer sends the reader, not under a condition. */
const WE_NEED = /^(?:vi|me|we)[ \u00A0]+(?:må|treng|trenger|need(?:[ \u00A0]+to)?|must)[ \u00A0]+(?:(?:ha|få|motta|ta imot|have|receive|get)[ \u00A0]+)?\p{L}/iu;
const FROM_READER = /(?<![\p{L}])(?:din|ditt|dine|di|dykkar|deres|Deres|your|fr[aå][ \u00A0]+(?:deg|dykk|dere|Dem)|from you)(?![\p{L}])/u;
function writersOwn(clause: string, c: (list: Parameters<typeof cue>[1]) => ReturnType<typeof cue>): boolean {
  if (c("conditions").first(clause)?.start === 0) return false;
  // "Vi vil vedta tvangsmulkt dersom forholdet ikke er rettet innen 1. desember": the time is in the condition,
  // which is the reader's to meet.
  if (TIME_IN_CONDITION.test(clause)) return false;
  // "Vi ber om at de stadfestar timen innan torsdag 13. november": a request, the reader's deadline.
  if (c("request").first(clause)?.start === 0) return false;
  // ("Tilbudet må besvares innen 25. april": the reader answers the offer the body sent.)
  if (c("readerAnswers").test(clause)) return false;
  // ("Vi må ha svaret ditt innan måndag 1. november", "We need your form by …": what the writer must have from the reader
  // by then is the reader's deadline.)
  if (WE_NEED.test(clause) && (c("readerObjects").test(clause) || FROM_READER.test(clause))) return false;
  return /^(?:vi|me|we)[ \u00A0]/iu.test(clause) || c("promiseCues").test(clause);
}

/** Give every mention its role. `mentions` must be sorted by start. */
const ROW_ITEM = /^[ \t]*(?:[-–•*]|\d{1,2}[.)](?=[ \u00A0]+\p{Lu}))[ \u00A0]+|^[ \t]*[^:\n.!?]{2,60}:[ \u00A0]+\S/u;
/** A heading that names deadlines ("Frister", "Viktige frister", "Deadlines"); also read by the SMS's deadline rows. */
export const DEADLINE_HEAD = /^(?:(?:viktige|important|key)[ \u00A0]+)?(?:\p{L}*frist(?:er|ar|ene|ane)?|deadlines?|due dates?)$/iu;
/**
 * The heading over the list row that holds `at` when it names deadlines ("Frister" / "- Arbeidstakere: 30. april",
 * "Deadlines" / "- Self-employed people: 31 May"), else undefined. Rows are walked up to the heading, no blank line
 * between.
 */
function deadlineHeading(text: string, at: number): string | undefined {
  let ls = text.lastIndexOf("\n", at - 1) + 1;
  const own = text.slice(ls, text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at));
  if (!ROW_ITEM.test(own)) return undefined;
  for (let k = 0; k < 12 && ls > 0; k++) {
    const prevStart = text.lastIndexOf("\n", ls - 2) + 1;
    const line = text.slice(prevStart, ls - 1).trim();
    if (!line) return undefined;
    if (ROW_ITEM.test(line) && !/:$/.test(line)) {
      ls = prevStart;
      continue;
    }
    const head = line.replace(/:$/, "").trim();
    return DEADLINE_HEAD.test(head) ? head : undefined;
  }
  return undefined;
}

export function assignRoles(doc: Doc, mentions: TimeMention[], language: Language): RoledTime[] {
  const text = doc.text;
  // The matchers by list (cue() builds a key for each look-up; this runs ten times for every time).
  const matchers = new Map<Parameters<typeof cue>[1], ReturnType<typeof cue>>();
  const c = (list: Parameters<typeof cue>[1]) => {
    let m = matchers.get(list);
    if (!m) matchers.set(list, (m = cue(language, list)));
    return m;
  };
  const bounds = mentions.length ? boundaries(text) : { at: [], len: [], key: [], kind: [] };
  // What a cue list or pattern found in the last piece of text it read: the times of a long run of equal
  // clauses ("kl. 9 kl. 9 …") read the same 240 characters before each of them.
  const last = new Map<string, { piece: string; value: unknown }>();
  const once = <T>(what: string, piece: string, find: () => T): T => {
    const l = last.get(what);
    if (l && l.piece === piece) return l.value as T;
    const value = find();
    last.set(what, { piece, value });
    return value;
  };
  const lastCue = (list: Parameters<typeof cue>[1], piece: string) => once(list, piece, () => c(list).all(piece).pop());
  const fromBefore = (piece: string) => once("FROM_BEFORE", piece, () => FROM_BEFORE.test(piece));
  const out: RoledTime[] = mentions.map((m, i) => {
    const s = doc.sentences[m.sentence];
    // The words around the time: its sentence, but never more than 240 characters on either side (a cue that
    // decides a role is close; a "sentence" of 100,000 characters must not be scanned for every time in it).
    const s0 = s ? s.start : 0;
    const s1 = s ? s.end : text.length;
    const sStart = Math.max(s0, m.start - 240);
    const sText = text.slice(sStart, Math.min(s1, m.end + 240));
    // A clock in front of its day ("innen kl. 20 i kveld") is part of the time: its cues stand before the clock.
    const at = (m.clock && m.clock.start < m.start && m.clock.start >= sStart ? m.clock.start : m.start) - sStart;
    const endAt = m.end - sStart;
    const sEnd = sStart + sText.length;
    const cStart = clauseStart(bounds, sStart, sEnd, m.start);
    const left = sText.slice(cStart, at);
    const near = left.slice(-32);
    const rightClause = text.slice(m.end, Math.max(m.end, clauseEndIn(bounds, m.end, sEnd)));
    const rightSentence = sText.slice(endAt);
    const role = (r: TimeRole, why?: string): RoledTime => ({ ...m, role: r, cue: why });

    // A cue speaks for the nearest time after it: not past another time of the same sentence.
    const prev = i > 0 && mentions[i - 1].sentence === m.sentence ? mentions[i - 1] : undefined;
    const ownLeft = prev && prev.end - sStart > cStart ? sText.slice(prev.end - sStart, at) : left;
    // "Emma (født 12.05.2023)": a birth date is a fact about a person, never when anything happens.
    const birth = lastCue("birth", near);
    if (birth && near.length - birth.end <= 3) return role("past", birth.text);
    // "legeerklæring av 18.9.2025", "søknad mottatt 2.9.2025", "your letter dated 3 March": a document's own date is
    // when it was written or came in, never when anything happens.
    // "Fenalår, 1,2 kg, best før 30.06.2026": the date on the goods says which ones are meant.
    const product = c("productDate").all(near).pop();
    if (product && /^[ \u00A0:]*$/u.test(near.slice(product.end))) return role("label", product.text);
    const dated = c("documentDated").all(near).pop();
    if (dated && /^[ \u00A0]+(?:den[ \u00A0]+)?$/u.test(near.slice(dated.end))) return role("past", "document");
    // "Emil Rasmussen Dahle, f. 14.05.2016": "f." before a full date with its year (the sentence splitter may
    // have cut after the abbreviation, so the draft itself is read).
    // ("Fødd: 03.05.1973", "Date of birth: 14 July 1961": a label with its colon, where the splitter may have cut too.)
    if (/^\d{4}-\d\d-\d\d$/.test(m.value) && /(?<![\p{L}])(?:f\.|f\.d\.|fødd?\.?|født|b\.|fødselsdato|f\.dato|born|date of birth|birth date)[ \u00A0]*:?[ \u00A0]*$/iu.test(text.slice(Math.max(0, m.start - 16), m.start))) return role("past", "f.");
    // ("Hamnevesenet har i dag stengt flytebrygge B og C", "Mattilsynet har i dag opphevet påbudet": a relative day between
    // the perfect's auxiliary and its participle is when a thing was done; it is no time the reader must keep.)
    // (Not what a lifting or a calling-off says is now over: "har i dag opphevet påbudet" is the news and its day.)
    if (m.form === "relative-day" && /(?<![\p{L}])(?:har|hadde|have|has|had)[ \u00A0]+$/iu.test(near) && /^[ \u00A0]+(?:\p{Ll}+[ \u00A0]+)?\p{Ll}{3,}(?:et|t|a|d|dd|te|de|en|ed)(?![\p{L}])/u.test(rightClause) && !c("liftVerbs").test(rightClause.slice(0, 30)) && !c("cancelVerbs").test(rightClause.slice(0, 30))) return role("past", "done");
    // "(ikke 7. juni som tidligere meldt)", "not on 7 June as announced": a date said not to hold is the old one.
    // (A negated event on that day is not: "Ferja går ikkje i morgon", "Vi tømmer ikke mandag 1. mai".)
    // ("Museet opnar ikkje 3. mai, men først laurdag 19. juni": a negated day that a "men"/"but" answers with another is
    // the old one too.)
    const deniedFor = /(?<![\p{L}])(?:ikke|ikkje|not)[ \u00A0]+(?:(?:på|on|den)[ \u00A0]+)?$/iu.test(near) && /^[ \u00A0]*,?[ \u00A0]*(?:men|but)[ \u00A0]/iu.test(text.slice(m.end, m.end + 12));
    if (deniedFor || /(?:^|[,(]|[ \u00A0](?:og|men|and|but))[ \u00A0]*(?:ikke|ikkje|not)[ \u00A0]+(?:(?:på|on|den)[ \u00A0]+)?$/iu.test(near) || /^[ \u00A0]*(?:som|as)[ \u00A0]+(?:tidligere|tidlegare|først|previously|first|originally)[ \u00A0]+(?:meldt|varslet|varsla|annonsert|opplyst|announced|planned|stated)/iu.test(rightClause)) return role("superseded", "ikke");
    // The cue must speak of this time: not of a noun before another verb ("Vi viser til tidligere samtale og
    // innkaller deg til møte torsdag 14. januar": the meeting is new, the conversation was earlier).
    // "Old time: Thursdays 10.15–11.30, 5 February to 26 March" / "Tidligere tid: …": a line labelled as the old
    // time is old in every time it gives, not only its first.
    const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
    // "Elvheim, 8. mars 2027" on a line of its own: the letter's dateline says when it was written.
    const lineEnd0 = text.indexOf("\n", m.end);
    const line = text.slice(lineStart, lineEnd0 < 0 ? text.length : lineEnd0).trim();
    if (line.length <= 60 && (DATE_LINE.test(line) || STAMP_LINE.test(line))) return role("past", "document");
    // ("Vår ref.: 2026/4471-3" / "Dato: 7. desember 2026": the header's date field is when the letter was written.)
    if (line.length <= 160 && DATE_FIELD.test(line) && REF_FIELD.test(text.slice(Math.max(0, lineStart - 200), Math.min(text.length, lineStart + line.length + 200)))) return role("past", "document");
    // ("Det har i natt oppstått brudd på en hovedvannledning": what has happened, in the perfect, is past.)
    if (/(?:^|\s)(?:har|hadde|has|had)[ \u00A0]+$/iu.test(left) && HAPPENED_AFTER.test(text.slice(m.end, m.end + 24))) return role("past", "har");
    // ("Det er ved prøvetaking mandag 28. juni påvist høye konsentrasjoner …": a finding made on the day is past.)
    if (/(?:^|\s)(?:er|ble|blei|vart|har[ \u00A0]+blitt|har[ \u00A0]+vorte|was|were|has[ \u00A0]+been|have[ \u00A0]+been)(?:\s|$)/iu.test(left) && FOUND_AFTER.test(text.slice(m.end, m.end + 24))) return role("past", "funnet");
    const label = /^[ \t]*([^:\n]{2,30}):/u.exec(text.slice(lineStart, Math.min(m.start, lineStart + 40)));
    if (label && c("superseded").first(label[1].trim())?.start === 0) return role("superseded", "label");
    // ("Fristen som stod i Nordvik-Posten 1. desember (20. januar), var feil.": a time the sentence says was wrong is the
    // old one.)
    if (WRONG_SAID.test(sText) && /^[ \u00A0]*\(?$/u.test(near.slice(-2)) && /^\)/u.test(text.slice(m.end, m.end + 1))) return role("superseded", "feil");
    // ("Timen de fekk for 4. mars, er flytta.", "Møtet vi føreslo 12. mars, blir i staden halde onsdag 19. mars",
    // "The meeting on 5 May has been postponed": a time in the subject of a clause that moves it is the old one. Not
    // a start: "Frå 1. mai er ruta flytta til Storgata" says from when.)
    if (MOVED_SUBJECT.test(text.slice(m.end, m.end + 48)) && !/(?:^|[\s(])(?:fra|frå|from|fom|f\.o\.m\.|etter|after|innen|innan|by|før|before)[ \u00A0]+(?:og[ \u00A0]+med[ \u00A0]+)?(?:den[ \u00A0]+)?$/iu.test(near.slice(-24))) return role("superseded", "moved subject");
    const sup = lastCue("superseded", ownLeft);
    // "Som tidligere varslet blir vannet stengt tirsdag 5. mai": said before and still so, not an old date.
    const asSaid = !!sup && AS_ANNOUNCED.test(ownLeft.slice(Math.max(0, sup.start - 6), sup.end + 24));
    // ("Your first instalment is due on 15 January": "due on", "scheduled for" and "set for" name a plain date; it is the
    // old one only in a sentence that moves it or gives another date after it.)
    // ("The meeting was first planned for 25 February": "was", "first" or "originally" before it make it the old one.)
    const plainOnly = !!sup && PLAIN_SCHEDULED.test(sup.text) && !/(?:was|were|been|first|originally)[ \u00A0]+$/iu.test(ownLeft.slice(Math.max(0, sup.start - 24), sup.start)) && !c("moveVerbs").test(sText) && !c("newAfter").test(sText) && !c("cancelVerbs").test(sText) && !mentions.slice(i + 1, i + 4).some((x) => x.sentence === m.sentence && x.form === m.form);
    // ("i staden for bål blir det konsert kl. 1900": "i staden for" names what is replaced, and a verb after it starts
    // the clause of what comes instead; the time there is the new one.)
    const insteadClause = !!sup && INSTEAD_OF.test(sup.text) && FINITE_AFTER.test(ownLeft.slice(sup.end));
    if (sup && !asSaid && !plainOnly && !insteadClause && !SUP_GAP_BREAK.test(ownLeft.slice(sup.end))) return role("superseded", sup.text);
    // "… will take place on Saturday 19 April instead": that time is new, and an earlier one in the
    // sentence ("due on Friday 18 April") is the one it replaces.
    if (c("newAfter").test(rightClause.slice(0, 20))) return role("new", "instead");
    const later = mentions.slice(i + 1, i + 6).find((x) => x.sentence === m.sentence && x.form === m.form && c("newAfter").test(text.slice(x.end, Math.max(x.end, clauseEndIn(bounds, x.end, sEnd))).slice(0, 20)));
    if (later) return role("superseded", "instead");
    // "flyttes fra 1. mai til 2. mai": the first time is the old one. ("Mens vi flytter, er biblioteket stengt fra
    // 17. mai til 31. mai": what is closed for a while is a period.)
    const next = mentions[i + 1];
    // "Wednesday 24 December -> Tuesday 23 December", "fredag 1. mai → lørdag 2. mai": a table row from the old day to
    // the new one.
    if (next && /^[ \u00A0]*(?:->|→|=>|⇒)[ \u00A0]*$/u.test(text.slice(m.end, next.start))) return role("superseded", "->");
    if (fromBefore(left) && next && next.sentence === m.sentence && FROM_TO.test(text.slice(m.end, next.start)) && c("moveVerbs").test(sText) && !c("closedFor").test(left)) {
      return role("superseded", "fra … til");
    }
    // "vi regner med at nye prøvesvar ligger føre innen 13. mai": a forecast, not the reader's deadline.
    const expFirst = lastCue("expected", left);
    if (expFirst) return role("expected", expFirst.text);
    // ("Kulturutvalet behandlar søknadene 22. april", "The committee will consider the applications on 3 May": when the
    // body handles the applications is what to expect.)
    const handling = lastCue("caseHandling", left);
    if (handling && !c("readerSubjects").test(left.slice(0, handling.start))) return role("expected", handling.text);
    // "Vi behandler søknaden innen 1. mars", "Leigekontrakten vert sendt til deg innan 1. april": a time the writer
    // gives for its own work is what to expect, never the reader's deadline. ("Hvis vi ikke får opplysningene
    // innen 1. mars, …" is: the condition is the reader's.)
    // (Read in the time's own clause: "Før vi avgjer …, kan du uttale deg innan {fristdato}" is the reader's.)
    // ("Vi minner om fristen 30. april for å levere skattemeldingen": a time named a deadline, or one the writer
    // reminds the reader of, is the reader's.)
    if (m.deadline && !NAMED_DEADLINE.test(m.deadline.text) && !REMINDS.test(left) && writersOwn(`${left}${m.text}${rightClause}`.trimStart(), c)) return role("expected", "promise");
    // ("Omsetningsoppgave skal sendes kommunen innen 1. mars hvert år": a duty each year is no deadline of this letter's;
    // said alone, "Fristen er 1. mars" is either past or eleven months away.)
    if (EVERY_YEAR.test(text.slice(m.end, m.end + 20))) return role("recurring", "hvert år");
    // ("Fakturaen hadde forfall 20. april", "Fristen var 1. mars", "The invoice was due on 20 April": a deadline said
    // in the past tense has gone by; the reader's deadline is a later one.)
    if (m.deadline && PAST_DUE.test(left.slice(-40))) return role("past", "hadde forfall");
    if (m.deadline) return role("deadline", m.deadline.text.slice(0, Math.max(0, m.start - m.deadline.start)).trim() || undefined);
    // "Vi behandler søknadene i løpet av april": the writer's own work within a time is what to expect.
    if (WITHIN_BEFORE.test(near) && writersOwn(`${left}${m.text}${rightClause}`.trimStart(), c)) return role("expected", "promise");
    // "innan kl. 06.30", "innen mandag i uke 47 kl. 07.00", "by 7 am": a clock, weekday or week after "innen/by"
    // is the latest time to do something (a date after "innen" is a deadline fact already).
    if (m.form !== "date" && m.form !== "duration" && BY_BEFORE.test(near)) return role("deadline", BY_BEFORE.exec(near)![1]);
    // "Frist for å sende innspill til planen er 1. oktober": the clause names a deadline.
    const named = once("DEADLINE_NOUN", left, () => DEADLINE_NOUN.exec(left)?.[0]);
    if (named && once("IS_BEFORE", left, () => /(?:^|\s)(?:er|blir|is)[ \u00A0]+(?:den[ \u00A0]+)?$/iu.test(left))) return role("deadline", named.trim());
    // "Klagefristen er seks uker fra skattelisten ble lagt ut 26. februar, altså 9. april": the date that restates the
    // named deadline is it.
    // (The comma ends the clause: the deadline's noun is read in the sentence before it.)
    const restates = /,[ \u00A0]*(?:altså|dvs\.?|det vil si|det vil seie|that is|i\.e\.,?)[ \u00A0]+(?:den[ \u00A0]+|on[ \u00A0]+)?$/iu.exec(sText.slice(0, at));
    const restated = restates ? DEADLINE_NOUN.exec(sText.slice(Math.max(0, at - 200), at))?.[0] : undefined;
    if (restated) return role("deadline", restated.trim());
    // "… kan da få utsatt frist til 30. juni", "an extended deadline to 30 June": the date the deadline moves to.
    if (named && once("NOUN_TIL", left, () => /(?:frist(?:en)?|deadline)[ \u00A0]+(?:til|på|to|of)[ \u00A0]+(?:den[ \u00A0]+)?$/iu.test(left))) return role("deadline", named.trim());
    // "Deadlines" / "- Employees and pensioners: 30 April": a row under a heading that names deadlines is one.
    const dlHead = once("DEADLINE_HEAD", String(m.start), () => deadlineHeading(text, m.start));
    if (dlHead) return role("deadline", dlHead);
    const fresh = lastCue("newBefore", near);
    if (fresh && fresh.end >= near.trimEnd().length - 1) return role("new", fresh.text);
    // A date attached to an order that is now lifted ("Kokepåbudet fra 3. mars er nå opphevet"), but not the
    // date of the lifting itself ("oppheves fra 5. mars").
    const lift = c("liftVerbs");
    if (fromBefore(left) && once("liftVerbs", rightSentence, () => lift.test(rightSentence)) && !once("liftVerbs", left, () => lift.test(left))) {
      const noun = lastCue("liftNouns", left);
      if (noun) return role("lifted", noun.text);
    }
    // (The expected cue in `left` was looked for above: none.)
    if (m.repeated) return role("recurring", m.text);
    const around = left + " " + rightClause.slice(0, 24);
    const rec = m.form === "weekday" || m.form === "clock" || /^wd:/.test(m.value) ? once("recurring", around, () => c("recurring").first(around)) : undefined;
    if (rec) return role("recurring", rec.text);
    // "has been offered a place from 1 August": the past verb is the offer, the time its start.
    // ("has issued a red warning for Friday 8 January": a time after "for" is what the warning is for, not when it
    // was issued.)
    const past0 = START_BEFORE.test(near) || FOR_BEFORE.test(near) || once("END_AFTER_START", left, () => END_AFTER_START.test(left.slice(-70))) ? undefined : lastCue("past", left);
    // "Tildelingen vil bli vedtatt … 4. mars": a participle after "blir", "vil bli" or "will be" is a passive in
    // the present or future, not a past event.
    const past = past0 && !FUTURE_PASSIVE.test(left.slice(Math.max(0, past0.start - 24), past0.start)) ? past0 : undefined;
    if (past) return role("past", past.text);
    // "Søknaden må være sendt før 30. april": a date after "før" in a clause that asks ("må", "skal", "must") is the
    // last day to do it.
    const byModal = /(?:^|[\s(])(?:før|innen|innan|senest|seinast|before|by)[ \u00A0]+(?:den[ \u00A0]+)?$/iu.test(near) && /(?<![\p{L}])(?:må|skal|bør|must|should)(?![\p{L}])/iu.test(left);
    if (byModal && !writersOwn(`${left}${m.text}${rightClause}`.trimStart(), c)) return role("deadline", "før");
    // "… drikkevatnet 6. mai 2025 vart påvist …": a past verb right after the time.
    // ("Ved befaring 28. april 2025 registrerte kommunen …": a finding said in the past after the fronted visit.)
    const pastAfter = /^[ \u00A0]*(?:(?:kl\.?[ \u00A0]?[\d.:–-]+)[ \u00A0]+)?(?:vart|ble|blei|var|fikk|fekk|registrerte|fant|fann|påviste|oppdaget|oppdaga|observerte|målte|konstaterte|avdekket|avdekte|så|såg|was|were|had|found|showed|detected|recorded|observed|noted|measured)(?![\p{L}])/iu.exec(rightClause);
    if (pastAfter) return role("past", pastAfter[0].trim());
    // "søknaden din av 3. mars", "brevet datert 2. mai": a document's date.
    if (!WITHIN_BEFORE.test(near) && once("DOC_DATE", left, () => /(?:^|\s)(?:av|datert|dated|of|frå|fra)[ \u00A0]+(?:den[ \u00A0]+)?$/iu.test(left))) {
      const noun = lastCue("pastNouns", left);
      if (noun && left.length - noun.end <= 12) return role("past", noun.text);
    }
    // "Vi viser til samtalen vår 20. februar, der du sa ja …", "We refer to our letter of 3 March": what a letter
    // refers back to happened before it (a date right after the thing its opening names).
    const opener = c("referenceOpeners").first(left);
    if (opener && opener.start <= 2) {
      const noun = lastCue("pastNouns", left);
      if (noun && noun.start > opener.end && left.length - noun.end <= 12 && !/[,;]/u.test(left.slice(opener.end))) return role("past", opener.text);
    }
    return role("new");
  });
  // "Kulturskulen: søk plass før 1. mars" over "Søknadsfristen er 1. mars 2027": a date the draft names a deadline
  // is a deadline wherever it stands after "før"/"innen"/"before" too, never the time of the event.
  const deadlineDays = new Set(out.filter((t) => t.role === "deadline" && t.form === "date").map((t) => t.value.replace(/^\d{4}-|^--/, "")));
  // "Kommunestyremøtet 5. mars er utsatt" over "Kommunestyremøtet som skulle vært holdt torsdag 5. mars …, er utsatt på
  // ubestemt tid": the title's date names the meeting the body says was moved; with no new date of that day in the
  // body, it is the old one too.
  const oldDays = new Set(out.filter((t) => t.role === "superseded" && t.form === "date").map((t) => t.value.replace(/^\d{4}-|^--/, "")));
  const titleEnd = /\n[ \t]*\n/.exec(text)?.index ?? -1;
  const titleLine = titleEnd > 0 && titleEnd <= 160 && !/[.!?]\s*$/.test(text.slice(0, titleEnd)) ? titleEnd : -1;
  const day = (t: RoledTime) => t.value.replace(/^\d{4}-|^--/, "");
  const newInBody = new Set(out.filter((t) => t.start > titleLine && t.role === "new" && t.form === "date").map(day));
  const out1 = oldDays.size && titleLine > 0 ? out.map((t) => (t.end <= titleLine && t.role === "new" && t.form === "date" && oldDays.has(day(t)) && !newInBody.has(day(t)) ? { ...t, role: "superseded" as const, cue: "title names the moved one" } : t)) : out;
  // "Vi har tidlegare sendt deg innkalling … tysdag 19. januar 2027 kl. 10.30. Dessverre må vi flytte timen …" and
  // further on "Ny time er torsdag 28. januar 2027 kl. 13.15": the time the next sentence moves, when it has no time
  // of its own and a new time is given after, is the old one.
  // (Read once: the last new date said as new, and the sentences that hold a time other than a clock.)
  const lastNew = out.reduce((at, x) => (x.role === "new" && x.form === "date" && x.start > at && c("newBefore").test(text.slice(Math.max(0, x.start - 30), x.start)) ? x.start : at), -1);
  const timed = new Set(out.filter((x) => x.form !== "clock").map((x) => x.sentence));
  const out1b = out1.map((t) => {
    if ((t.role !== "past" && t.role !== "new") || t.form !== "date" || !t.clock || lastNew <= t.end) return t;
    const next = doc.sentences[t.sentence + 1];
    if (!next || next.paragraph !== doc.sentences[t.sentence]?.paragraph || timed.has(t.sentence + 1) || next.text.length > 400 || !c("moveVerbs").test(next.text)) return t;
    return { ...t, role: "superseded" as const, cue: "moved in the next sentence" };
  });
  // "med forfall 20.04. og 20.09.", "innen 1. mars eller 1. april": a date joined to a deadline by "og"/"eller" is one
  // of the same kind.
  const out2 = out1b.map((t, i) => {
    const prev = i > 0 ? out1b[i - 1] : undefined;
    return prev && prev.role === "deadline" && t.role === "new" && t.form === "date" && prev.form === "date" && /^[ \u00A0]*(?:og|eller|and|or)[ \u00A0]+(?:den[ \u00A0]+|on[ \u00A0]+)?$/iu.test(text.slice(prev.end, t.start)) ? { ...t, role: "deadline" as const, cue: prev.cue } : t;
  });
  // "We expect poor air quality from Monday 10 March until at least Thursday 13 March, especially between 7 am and 10 am
  // and between 3 pm and 6 pm": hours said within the days of a forecast are the forecast's, not a time of their own.
  const out3 = out2.map((t, i) => {
    if (t.role !== "new" || t.form !== "clock") return t;
    const day = out2.slice(0, i).reverse().find((x) => x.sentence === t.sentence && x.form === "date");
    if (!day || day.role !== "expected" || out2.some((x) => x.sentence === t.sentence && x.role === "new" && x.form === "date")) return t;
    return { ...t, role: "expected" as const, cue: day.cue };
  });
  if (!deadlineDays.size) return out3;
  return out3.map((t) =>
    t.role === "new" && t.form === "date" && deadlineDays.has(t.value.replace(/^\d{4}-|^--/, "")) && /(?:^|[\s(])(?:før|innen|innan|senest|seinast|before|by)[ \u00A0]+(?:den[ \u00A0]+)?$/iu.test(text.slice(Math.max(0, t.start - 16), t.start))
      ? { ...t, role: "deadline" as const, cue: "named deadline" }
      : t,
  );
}
