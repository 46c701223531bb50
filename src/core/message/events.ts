// The key event: what happens, when (only a time in the role "new"), where, and the other times of the same
// event (the superseded date of a move, the start of a lifted order). Read from the focus first (the newest
// update, else the title and the lead paragraph), then the first paragraphs of the body. A time of another
// role never fills "when": a message without a new time has none, and the channels say so.
import { isContingency } from "./contingency";
import type { Fact, Language } from "../model";
import type { MessageEvent, MessageKind, MessageTime, Part } from "./types";
import type { RoledTime } from "./roles";
import { cellsOf, RULE_ROW } from "./table";
import { isCalendarWord } from "./calendar-words";
import { cue, cueList, mainClauseMatch } from "./cues";
import calendar from "../facts/calendar.json";

export interface EventInput {
  text: string;
  language: Language;
  kind: MessageKind;
  title?: Part;
  /** Sentences in priority order: the focus first, then the body (each a draft span). */
  sentences: Part[];
  /** How many of `sentences` belong to the focus. */
  focusCount: number;
  times: RoledTime[];
  facts: Fact[];
}

export function toMessageTime(t: RoledTime): MessageTime {
  const out: MessageTime = { start: t.start, end: t.end, text: t.text, role: t.role, form: t.form, value: t.value };
  if (t.clock) out.clock = { ...t.clock };
  return out;
}

const FROM_WORD = /(?:^|[\s(])(?:fra|frå|fra og med|frå og med|f\.o\.m\.|from|starting)[ \u00A0]+$/iu;
const UNTIL_WORD = /(?:^|[\s(])(?:til|til og med|t\.o\.m\.|fram til|frem til|until|to|through)[ \u00A0]+$/iu;
const inside = (t: { start: number; end: number }, s: { start: number; end: number }) => t.start >= s.start && t.end <= s.end;

const STATUS: Partial<Record<MessageKind, MessageEvent["status"]>> = { change: "moved", cancellation: "cancelled", lifting: "lifted" };

// A place after "i", "på", "ved" …: capitalised words ("i Nordbygda", "på Fjordvik skole"), not a month,
// weekday or the first word of the sentence.
const PLACE_EN = /(?<=(?:^|[\s(])(?:in|at|on|near|along|outside)[ \u00A0]+)(\p{Lu}[\p{L}-]+(?:[ \u00A0]+(?:\p{Lu}[\p{L}-]+|\d{1,4}[A-Za-z]?))*)/gu;
const PLACE = /(?<=(?:^|[\s(])(?:i|på|ved|langs|mellom|utenfor|utanfor)[ \u00A0]+)(\p{Lu}[\p{L}-]+(?:[ \u00A0]+(?:\p{Lu}[\p{L}-]+|skole|skule|barnehage|kirke|kyrkje|hall|hallen|senter|sentrum|stadion|bibliotek|sjukeheim|sykehjem|brygge|kai|torg|park|\d{1,4}[A-Za-z]?)(?![\p{L}\p{N}]))*)/gu;
// A named place after its preposition, "hele" allowed ("i hele Byparken"), for a run of places joined in one phrase.
const RUN_PLACE = /(?<=(?:^|[\s(])(?:i|på|ved|langs|in|at|along|near)[ \u00A0]+)((?:(?:hele|heile|the[ \u00A0]+whole[ \u00A0]+of|all[ \u00A0]+of)[ \u00A0]+)?\p{Lu}[\p{L}-]+)/gu;
// Between two places of one run: a comma or "og"/"and", and the next preposition.
// (A comma or a conjunction must join them: "Eiendomsregisteret på Kartverkets …" is one thing within another.)
const RUN_GAP = /^(?:,[ \u00A0]*(?:(?:og|eller|and|or)[ \u00A0]+)?|[ \u00A0]+(?:og|eller|and|or)[ \u00A0]+)(?:i|på|ved|langs|in|at|along|near)[ \u00A0]+(?:(?:hele|heile|the[ \u00A0]+whole[ \u00A0]+of|all[ \u00A0]+of)[ \u00A0]+)?$/u;

/** Three or more, or two with their own prepositions, named places joined in one phrase: from the first to the last. */
function placeRun(s: string): { start: number; end: number } | undefined {
  RUN_PLACE.lastIndex = 0;
  let first: RegExpExecArray | null = null;
  let last: RegExpExecArray | null = null;
  let n = 0;
  for (let m = RUN_PLACE.exec(s); m; m = RUN_PLACE.exec(s)) {
    // (Not an owner's genitive: "på Kartverkets nye tjeneste".)
    if (/s$/u.test(m[1]) && /^[ \u00A0]+\p{Ll}/u.test(s.slice(m.index + m[0].length))) break;
    if (last && RUN_GAP.test(s.slice(last.index + last[0].length, m.index))) {
      last = m;
      n++;
      continue;
    }
    if (n >= 2) break;
    first = m;
    last = m;
    n = 1;
  }
  return n >= 2 && first && last ? { start: first.index, end: last.index + last[0].length } : undefined;
}

const PLACE_NAME = "\\p{Lu}[\\p{L}-]+(?:[ \\u00A0]+(?:gate|vei|veg|allé|plass|\\d{1,4}[A-Za-z]?))?";
const PLACE_LIST = new RegExp(`^(?:,[ \\u00A0]+${PLACE_NAME})*(?:[ \\u00A0]+(?:og|eller|and|or)[ \\u00A0]+${PLACE_NAME})?`, "u");
const NOT_PLACE = /^(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|mandag|måndag|tirsdag|tysdag|onsdag|torsdag|fredag|lørdag|laurdag|søndag|sundag|nav|norge|noreg|norway|du|de|dere|dykk|vi|kl|uke|veke|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|may|june|july|october|december|week)$/iu;

const LOCATIVE_BEFORE = /(?:^|[\s(])(?:på|i|ved|hos|utenfor|utanfor|inne i|inni|bak|foran|framfor|at|in|inside|outside|near)[ \u00A0]+(?:(?:den|det|the)[ \u00A0]+)?$/iu;

/** "ved Sentrum legesenter", "på Bakkely skole": a venue word in lower case after a name belongs to the place. */
function withVenueWord(text: string, end: number, limit: number, language: Language): number {
  const m = /^[ \u00A0]+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(end, Math.min(limit, end + 40)));
  if (!m || /^(?:kommune|fylkeskommune|kommunes)$/u.test(m[1])) return end;
  return cue(language, "orgWords").test(m[1]) || cue(language, "venues").test(m[1]) ? end + m[0].length : end;
}

// A word for people just before the place's preposition ("innbyggere i", "residents of").
const PEOPLE_OF = /(?<![\p{L}])(?:innbyggere|innbyggjarar|innbyggarar|beboere|bebuarar|lag og foreninger|lag og organisasjonar|lag og organisasjoner|foreninger|foreiningar|organisasjoner|organisasjonar|bedrifter|verksemder|næringsdrivende|næringsdrivande|elever|elevar|familier|familiar|alle|residents|businesses|people|everyone|organisations|organizations|clubs)[ \u00A0]+(?:i|på|in|of|on)[ \u00A0]+$/iu;

const VENUE_BEFORE = /(?<![\p{L}])(?:at|in|på|i|ved)[ \u00A0]+(\p{Lu}[\p{L}-]*(?:[ \u00A0]+(?:\p{Lu}[\p{L}-]*|skole|skule|kirke|kyrkje|hall|senter|senteret)){0,3}),[ \u00A0]*$/u;

/**
 * A place that is not where something happens: the route of a detour ("Omkjøring er skiltet via Elvegata") or the
 * old or wrong place ("ikke i klasserommet som tidligere varslet, men i gymsalen", "instead of the town hall").
 */
function notWhere(text: string, span: Part, at: number, language: Language): boolean {
  if (cue(language, "detourWords").test(text.slice(span.start, span.end))) return true;
  // The words just before the place, its preposition apart ("ikke i", "i stedet for", "not in").
  const before = text.slice(Math.max(span.start, at - 30), at).replace(/(?:(?<![\p{L}])(?:i|på|ved|fra|frå|in|at|on|from))?[ \u00A0]*$/u, "");
  const last = cue(language, "placeReplaced").all(before).pop();
  // Up to two verb words between ("not be held in", "ikkje vere i"), never "only" ("not only in Oslo but …").
  return !!last && /^(?:[ \u00A0]+(?!(?:only|just|bare|berre|kun)(?![\p{L}]))\p{L}+){0,2}[ \u00A0]*$/u.test(before.slice(last.end));
}

/** Where a room the venue list knows starts, right before "på/at X" ("aulaen på "), or undefined. */
function roomBefore(before: string, language: Language): number | undefined {
  const tail = before.slice(-60);
  // The room as one word ("aulaen") or two or three ("the main hall").
  for (const re of [/(?:^|[ \u00A0])([\p{L}-]+)[ \u00A0]+(?:på|i|at|in|of)[ \u00A0]+$/u, /(?:^|[ \u00A0])([\p{L}-]+[ \u00A0]+[\p{L}-]+(?:[ \u00A0]+[\p{L}-]+)?)[ \u00A0]+(?:at|in|of)[ \u00A0]+$/u]) {
    const m = re.exec(tail);
    if (!m) continue;
    const v = cue(language, "venues").first(m[1]);
    if (v && v.start === 0 && v.end === m[1].length) return before.length - m[0].length + m[0].indexOf(m[1]);
  }
  return undefined;
}

export function placeIn(text: string, span: Part, facts: Fact[], language: Language): Part | undefined {
  // ("Forbudet gjelder i hele Byparken, ved Svanedammen og langs Bekkestien": places joined in one phrase are one
  // place; the last alone would narrow the area.)
  const run = span.end - span.start <= 600 ? placeRun(text.slice(span.start, span.end)) : undefined;
  if (run && !notWhere(text, span, span.start + run.start, language)) {
    const end = withVenueWord(text, span.start + run.end, span.end, language);
    return { start: span.start + run.start, end, text: text.slice(span.start + run.start, end) };
  }
  const fact = facts.find((f) => f.kind === "place" && f.value && inside(f, span) && !notWhere(text, span, f.start, language));
  if (fact) {
    const more = PLACE_LIST.exec(text.slice(fact.end, Math.min(span.end, fact.end + 120)));
    const end = withVenueWord(text, fact.end + (more ? more[0].length : 0), span.end, language);
    // The venue's name before its address ("at Holmen Swimming Pool, Holmenveien 2", "på Nordby skole, Skoleveien 3").
    const named = VENUE_BEFORE.exec(text.slice(Math.max(span.start, fact.start - 60), fact.start));
    const room = named ? undefined : roomBefore(text.slice(Math.max(span.start, fact.start - 60), fact.start), language);
    const start = named ? fact.start - named[0].length + named[0].indexOf(named[1]) : room !== undefined ? fact.start - Math.min(60, fact.start - span.start) + room : fact.start;
    return { start, end, text: text.slice(start, end) };
  }
  // A venue written in lower case ("på rådhuset", "i helsestasjonen").
  // Only where the words say it is where ("på rådhuset", "i gymsalen"), not "fire kilometer fra skolen".
  const spanText = text.slice(span.start, span.end);
  const venue = cue(language, "venues")
    .all(spanText)
    .find((v) => LOCATIVE_BEFORE.test(spanText.slice(Math.max(0, v.start - 20), v.start)) && !notWhere(text, span, span.start + v.start, language));
  const re = language === "en" ? PLACE_EN : PLACE;
  re.lastIndex = 0;
  const s = text.slice(span.start, span.end);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const word = m[1].split(/[ \u00A0]/)[0];
    if (NOT_PLACE.test(word) || notWhere(text, span, span.start + m.index, language)) continue;
    // "et tillegg på NOK 2 150": an amount with its currency code is never a place.
    const at = span.start + m.index;
    if (facts.some((f) => f.kind === "amount" && f.start < at + m[1].length && f.end > at)) continue;
    // "Lag og foreninger i Fjordvik kan søke", "Alle innbyggere i Nordby": the place says which people, not where
    // something happens.
    if (PEOPLE_OF.test(s.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "i Kartverkets nye tjeneste": a genitive before a noun names an owner, not a place.
    if (m[1].length > 3 && /s$/u.test(m[1]) && /^[ \u00A0]+\p{Ll}/u.test(s.slice(m.index + m[1].length)) && !/[ \u00A0]/.test(m[1])) continue;
    // "i Storøya kommune", "i Fjordvik fylkeskommune": the body that writes, not where something happens.
    if (/^[ \u00A0]+(?:kommune|fylkeskommune|kommunes|municipality|council)(?![\p{L}])/iu.test(s.slice(m.index + m[1].length))) continue;
    // A list of places is one place ("Sjøgata, Bakkeveien og Nordre gate").
    const more = PLACE_LIST.exec(s.slice(m.index + m[1].length));
    const len0 = withVenueWord(s, m.index + m[1].length + (more ? more[0].length : 0), s.length, language) - m.index;
    // "mellom Lia parkering og Fjellstua": a stretch between two places is both ends.
    const between = /(?:mellom|between)[ \u00A0]+$/iu.test(s.slice(Math.max(0, m.index - 10), m.index)) ? /^[ \u00A0]+(?:og|and)[ \u00A0]+\p{Lu}[\p{L}-]+/u.exec(s.slice(m.index + len0)) : null;
    const len = between ? withVenueWord(s, m.index + len0 + between[0].length, s.length, language) - m.index : len0;
    // The room before the building ("i aulaen på Åsen ungdomsskole", "in the main hall at Hill School").
    const room = roomBefore(s.slice(0, m.index), language);
    // (Said with its "mellom": "Sted: mellom Lia parkering og Fjellstua".)
    const from = room ?? (between ? m.index - /(?:mellom|between)[ \u00A0]+$/iu.exec(s.slice(Math.max(0, m.index - 10), m.index))![0].length : m.index);
    return { start: span.start + from, end: span.start + m.index + len, text: s.slice(from, m.index + len) };
  }
  if (venue) return { start: span.start + venue.start, end: span.start + venue.end, text: venue.text };
  return undefined;
}

/** A line that is a time field: "Når: onsdag 18. mars kl. 18.00", "Time: 6 pm" (timeLabels cue data). */
function timeField(line: string, language: Language): boolean {
  const labels = cueList(language, "timeLabels");
  return labels.length > 0 && new RegExp(`^[ \\t\\u00A0]*(?:${labels.join("|")})[ \\t\\u00A0]*:`, "iu").test(line);
}

/** "Adresse: Helsehuset, Storgata 12, 2. etasje." → "Helsehuset, Storgata 12" (up to the second comma or the stop). */
function labelledPlace(text: string, language: Language): Part | undefined {
  const labels = cueList(language, "placeLabels");
  if (!labels.length) return undefined;
  // (The line may go on after the place: "New address: Brumunddal helsehus, Furnesvegen 6, 2nd floor. The entrance is …".)
  const re = new RegExp(`(?:^|\\n)[ \\u00A0]*(?:${labels.join("|")})[ \\u00A0]*:[ \\u00A0]*([^\\n.]{2,60}?)(?:,[^,\\n]*?(?:etasje|etg|floor)[^\\n.]*)?(?:[.]?[ \\u00A0]*(?=\\n|$)|[.][ \\u00A0]+(?=\\S))`, "iu");
  const t = text.length > 20000 ? text.slice(0, 20000) : text;
  const m = re.exec(t);
  // (A new sentence after it starts with a capital: checked apart, the pattern ignores case.)
  if (!m || (/[.][ \u00A0]+$/u.test(m[0]) && !/^\p{Lu}/u.test(t.slice(m.index + m[0].length)))) return undefined;
  const at = m.index + m[0].indexOf(m[1]);
  return { start: at, end: at + m[1].length, text: m[1] };
}

function durationEvent(sentence: string, language: Language): boolean {
  return cue(language, "noticeVerbs").test(sentence) || cue(language, "moveVerbs").test(sentence) || cue(language, "cancelVerbs").test(sentence);
}

/** Status words of a kind, to find the sentence that states the event ("er opphevet", "er avlyst", "flyttes"). */
function statusCue(kind: MessageKind, language: Language) {
  if (kind === "lifting") return cue(language, "liftVerbs");
  if (kind === "cancellation") return cue(language, "cancelVerbs");
  if (kind === "change") return cue(language, "moveVerbs");
  if (kind === "warning") return cue(language, "warning");
  return undefined;
}

/**
 * Does a sentence speak of the title's subject? A long word of the title (8+ letters) and one of the sentence
 * begin alike over 8 letters ("forhåndsgodkjennes" / "forhåndsgodkjenning"). Short sentences only.
 */
function sharesTopic(title: string, sentence: string, commonOnly = false): boolean {
  if (sentence.length > 220) return false;
  // (With commonOnly, names do not count: "Gjølstadstranda" in a sentence about a course there shares a place, not the
  // title's topic "Badeforbud ved Gjølstadvannet".)
  // (A capital that opens the text is the sentence's, not a name's: "Kokevarselet gjelder …".)
  const stems = (t: string) => new Set([...t.matchAll(/\p{L}{8,}/gu)].filter((w) => !commonOnly || !/^\p{Lu}/u.test(w[0]) || t.slice(0, w.index).trim() === "").map((w) => w[0].toLowerCase().slice(0, 8)));
  const a = stems(title);
  for (const w of stems(sentence)) if (a.has(w)) return true;
  return false;
}

/**
 * The sentence that says the measure a warning's title names ("Evakuering" / "skal evakuerast", "Kokevarsel" / "må
 * koke"): a word of the warning cues in the title (not the alert's own name, "…varsel") that a word of the sentence
 * begins like over six letters. Short sentences only; not the forecast's own sentence.
 */
function measureSentence(title: string, zones: Part[], forecast: Part | undefined, language: Language): Part | undefined {
  const words = cue(language, "warning")
    .all(title)
    .map((m) => m.text.toLowerCase())
    .filter((w) => /^\p{L}{6,}$/u.test(w) && !/varsel$|warning$|alert$/u.test(w))
    .map((w) => w.slice(0, 6));
  if (!words.length) return undefined;
  return zones.find((z) => z !== forecast && z.text.length <= 220 && (z.text.toLowerCase().match(/\p{L}{6,}/gu) ?? []).some((w) => words.includes(w.slice(0, 6))));
}

/** "fra i dag, mandag 15. februar 2027, og inntil videre": a start with no end, said whole. */
function openEndedAt(text: string, t: RoledTime, language: Language): Part | undefined {
  // The start word right before the time ("fra", "from"), with only spaces between.
  const before = text.slice(Math.max(0, t.start - 16), t.start);
  const from = cue(language, "openFrom")
    .all(before)
    .filter((m) => /^[ \u00A0]+$/.test(before.slice(m.end)) && (m.start === 0 || /[\s(]/.test(before[m.start - 1])))
    .pop();
  // The open end right after it (", og inntil videre", "until further notice").
  const after = text.slice(t.end, t.end + 40);
  const lead = /^,?[ \u00A0]*(?:(?:og|and)[ \u00A0]+)?/u.exec(after)![0];
  const end = cue(language, "untilFurtherNotice").first(after.slice(lead.length));
  if (!from || !end || end.start !== 0) return undefined;
  const s = t.start - before.length + from.start;
  const e = t.end + lead.length + end.end;
  return { start: s, end: e, text: text.slice(s, e) };
}


const LINE_BREAK = /^[ \t\u00A0]*\r?\n[ \t\u00A0]*$/u;
const INTRO_BREAK = /^[ \t\u00A0]*(?:\r?\n[ \t\u00A0]*){1,2}$/u;
/**
 * The gap between a line ending in a colon and the rows it introduces: a line break or a blank line, or a table's head
 * between them ("… bli stengt for biltrafikk:" / "Vei/plass | Stengt fra | Åpner igjen" / the rows).
 */
function introGap(gap: string): boolean {
  if (INTRO_BREAK.test(gap)) return true;
  const lines = gap.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.length >= 1 && lines.length <= 2 && !!cellsOf(lines[0]) && !/\p{N}/u.test(lines[0]) && (lines.length === 1 || RULE_ROW.test(lines[1])) && (gap.match(/\n/g) ?? []).length <= lines.length + 2;
}
/** A short line of a list or timetable: a list marker or a digit in it, and no more than 120 characters. */
const isItem = (z: Part) => z.text.length <= 120 && /^(?:[-–•*][ \u00A0]|\d)|\d/u.test(z.text.trim());

/**
 * The schedule a line belongs to: two or more short lines one under the other (no blank line between them),
 * with the line ending in a colon just above them ("… to informasjonsmøter:" / "Biblioteket har redusert
 * åpningstid i påsken:"). The span runs from the introducing line (or the first item) to the last item.
 */
function scheduleBlock(text: string, zones: Part[], line: Part, title?: Part): Part | undefined {
  const at = zones.findIndex((z) => z.start === line.start && z.end === line.end);
  if (at < 0 || line === title || !isItem(line)) return undefined;
  let lo = at;
  let hi = at;
  while (lo > 0 && zones[lo - 1] !== title && isItem(zones[lo - 1]) && LINE_BREAK.test(text.slice(zones[lo - 1].end, zones[lo].start))) lo--;
  while (hi + 1 < zones.length && zones[hi + 1] !== title && isItem(zones[hi + 1]) && LINE_BREAK.test(text.slice(zones[hi].end, zones[hi + 1].start))) hi++;
  if (hi === lo) return undefined;
  const intro = lo > 0 && zones[lo - 1] !== title && /:\s*$/.test(zones[lo - 1].text) && introGap(text.slice(zones[lo - 1].end, zones[lo].start)) ? zones[lo - 1] : undefined;
  const start = intro ? intro.start : zones[lo].start;
  return { start, end: zones[hi].end, text: text.slice(start, zones[hi].end) };
}

/**
 * A sentence that ends on a colon and the list right under it ("… er disse avgangene innstilt mandag 3. februar:" /
 * "- Fra Fjellby kl. 07.15 og kl. 08.45" / …): the sentence says nothing without its items, so the event is both.
 * At most eight short items.
 */
function introBlock(text: string, zones: Part[], line: Part, title?: Part, language?: Language): Part | undefined {
  if (line === title) return undefined;
  // ("Helsestasjonen har nye opningstider frå veke 2." over "Måndag kl. 14.00–17.00 …" / "Onsdag kl. 12.00–16.00 …": a
  // sentence that names a schedule introduces the day rows under it, colon or not.)
  const names = !!language && cue(language, "scheduleNouns").test(line.text);
  if (!/:\s*$/.test(line.text) && !names) return undefined;
  const at = zones.findIndex((z) => z.start === line.start && z.end === line.end);
  if (at < 0 || at + 1 >= zones.length || !introGap(text.slice(line.end, zones[at + 1].start))) return undefined;
  // (Rows of a text table are items too: "Moen | 07:00–19:00 | 09:00–15:00" under "… new opening hours from 4 May.")
  const item = (z: Part) => LIST_ITEM.test(z.text) || DAY_ROW.test(z.text) || !!cellsOf(z.text);
  let hi = at;
  while (hi + 1 < zones.length && hi - at < 8 && zones[hi + 1] !== title && item(zones[hi + 1]) && zones[hi + 1].text.length <= 120 && (hi === at || LINE_BREAK.test(text.slice(zones[hi].end, zones[hi + 1].start)))) hi++;
  if (hi === at) return undefined;
  return { start: line.start, end: zones[hi].end, text: text.slice(line.start, zones[hi].end) };
}
/** A clause that says something is not done: "blir ikke testet", "er ikkje med", "is not included". */
const NEGATED = /(?<![\p{L}])(?:ikke|ikkje|not|no longer)(?![\p{L}])/iu;
const LIST_ITEM = /^[ \t\u00A0]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+\S/u;
/** A sentence about a digital service: "digital mailbox", "innboksen", "i appen", "on the website". */
const DIGITAL = /(?<![\p{L}])(?:digital\p{L}*|innboks\p{L}*|postkasse\p{L}*|mailbox\p{L}*|inbox\p{L}*|appen|app|online|nettsid\p{L}*|website)(?![\p{L}])/iu;
/** A word that makes a sentence answer the one before: "difor", "derfor", "therefore". */
const THEREFORE = /(?<![\p{L}])(?:derfor|difor|dermed|therefore|as a result|consequently)(?![\p{L}])/iu;
/** A sentence about the old thing a new one replaces: "Det gamle nummeret …", "The old card …". */
const OLD_THING = /(?<![\p{L}])(?:det|den|dei|de|the)[ \u00A0]+(?:gamle|gammelt|gamalt|old|former|previous)(?![\p{L}])/iu;
// A row of a timetable with no list marker: a weekday first and a clock time in it ("Måndag kl. 14.00–17.00 på …").
const DAY_ROW = new RegExp(`^[ \\t\\u00A0]*(?:${calendar.weekdays.flat().join("|")})(?:er|ar|s)?(?![\\p{L}])[^\\n]{0,100}?\\d{1,2}[.:]\\d{2}`, "iu");

/** A sentence that moves one time to another: a replaced time, then a new one ("Tømming som skulle vært fredag 25. desember, blir lørdag 26. desember"). */
function movesOne(z: Part, times: RoledTime[]): boolean {
  const sup = times.find((t) => t.role === "superseded" && inside(t, z));
  return !!sup && times.some((t) => t.role === "new" && t.start > sup.end && inside(t, z));
}

/**
 * Several moves one after the other ("Tømming som skulle vært fredag 25. desember, blir lørdag 26. desember.
 * Tømming som skulle vært fredag 1. januar, blir lørdag 2. januar."): the event is all of them. Each old date
 * names which collection moves; the first move alone would read as the only one, and its new date alone as
 * everyone's new day.
 */
function movesBlock(text: string, zones: Part[], line: Part, times: RoledTime[], kind: MessageKind): Part | undefined {
  if (kind !== "change" || !movesOne(line, times)) return undefined;
  const byStart = [...zones].sort((a, b) => a.start - b.start);
  const at = byStart.findIndex((z) => z.start === line.start && z.end === line.end);
  if (at < 0) return undefined;
  // Neighbours in the same paragraph or list (no blank line between), at most six.
  const near = (a: Part, b: Part) => /^[ \t\u00A0]*(?:\r?\n[ \t\u00A0]*)?$/u.test(text.slice(a.end, b.start));
  let lo = at;
  let hi = at;
  while (lo > 0 && at - lo < 5 && near(byStart[lo - 1], byStart[lo]) && movesOne(byStart[lo - 1], times)) lo--;
  while (hi + 1 < byStart.length && hi - lo < 5 && near(byStart[hi], byStart[hi + 1]) && movesOne(byStart[hi + 1], times)) hi++;
  if (hi === lo) return undefined;
  const start = byStart[lo].start;
  const end = byStart[hi].end;
  return { start, end, text: text.slice(start, end) };
}

/** Inside a list item that opens on a condition and a colon ("- If you have already paid: …", "- Har du betalt: …"). */
function conditionalItem(text: string, z: Part, language: Language): boolean {
  const lineStart = text.lastIndexOf("\n", z.start - 1) + 1;
  const m = /^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+([^:\n]{3,100}):/u.exec(text.slice(lineStart, Math.min(text.length, lineStart + 200)));
  if (!m) return false;
  const cond = cue(language, "conditions").first(m[1]);
  return (!!cond && cond.start === 0) || /^\p{Lu}\p{Ll}+[ \u00A0]+(?:du|dere|De|dykk|you)[ \u00A0]/u.test(m[1]);
}

/** A sentence that opens with a reference to something earlier ("Vi viser til …", "We refer to …"). */
function refersBack(text: string, language: Language): boolean {
  const m = cue(language, "referenceOpeners").first(text.trimStart().slice(0, 60));
  return !!m && m.start === 0;
}

const FRAME = /(?<![\p{L}])(?:during|under|i forbindelse med|i samband med|in connection with)[ \u00A0]+(?:the[ \u00A0]+)?(\p{Lu}[\p{L}-]+)/u;
/** The event a title frames its news by ("Veier stengt under Fjordbyløpet …" → "Fjordbyløpet"), or undefined. */
export const frameOf = (title: string): string | undefined => FRAME.exec(title)?.[1];
/** Whether a sentence is the framing event's own ("Fjordbyløpet blir i år arrangert lørdag 7. september"). */
export const framesOnly = (title: string, sentence: string): boolean => {
  const frame = frameOf(title);
  return !!frame && sentence.trimStart().replace(/^(?:the|den|det)[ \u00A0]+/iu, "").startsWith(frame);
};
/** ISO week number of a calendar day. */
function isoWeek(y: number, m: number, d: number): number {
  const t = new Date(Date.UTC(y, m - 1, d));
  const day = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - day + 3);
  const first = new Date(Date.UTC(t.getUTCFullYear(), 0, 4));
  return 1 + Math.round(((t.getTime() - first.getTime()) / 86_400_000 - 3 + ((first.getUTCDay() + 6) % 7)) / 7);
}
/**
 * Whether a date falls before the weeks a week time names ("uke 43 og 44"): judged only when a year is known (the
 * date's own, else one the draft gives with a full date).
 */
function beforeWeeks(d: RoledTime, week: RoledTime, times: RoledTime[]): boolean {
  if (week.form !== "week") return false;
  const weeks = [...week.text.matchAll(/\d{1,2}/gu)].map((x) => Number(x[0])).filter((n) => n >= 1 && n <= 53);
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})/u.exec(d.value);
  if (!weeks.length || !m) return false;
  const year = m[1] !== "-" ? Number(m[1]) : Number(/^(\d{4})-/u.exec(times.find((t) => /^\d{4}-/u.test(t.value))?.value ?? "")?.[1] ?? NaN);
  if (!Number.isFinite(year)) return false;
  // (Only before them: a date right after — "Hallen åpner igjen mandag 8. mars" under "stengt i uke 9" — says when
  // the week's news ends.)
  return isoWeek(year, Number(m[2]), Number(m[3])) < Math.min(...weeks);
}
export function readKeyEvent(e: EventInput): MessageEvent | undefined {
  const { text, title, sentences, times } = e;
  const zones: Part[] = [...(title ? [title] : []), ...sentences];
  const focusZones = (title ? 1 : 0) + e.focusCount;
  // "when": the first new time in the focus, else in the body; a duration only when nothing else is given.
  const isNew = (t: RoledTime) => t.role === "new";
  let key: RoledTime | undefined;
  const frame = title ? FRAME.exec(title.text)?.[1] : undefined;
  for (const pass of [0, 1]) {
    for (let zi = 0; zi < zones.length && !key; zi++) {
      const z = zones[zi];
      // A duration is a key time only in a sentence that says something happens for that long ("Vegen er
      // stengd i tre veker"), never "vi tar vare på svara dine i 72 timar".
      // Beyond the title and the lead, "i dag" is more often "nowadays" ("I dag er Altinn ein veletablert
      // plattform") than the day of the news: a relative day is a key time only where the message is stated.
      // "Vi viser til samtalen med deg 2. mars. Du kalles inn til møte onsdag 17. mars …": a reference points back;
      // its time is the key event only when no other sentence gives one.
      if (pass === 0 && refersBack(z.text, e.language)) continue;
      // "Traffic and parking changes during Bergenfest" over "Bergenfest takes place … from 11 June to 14 June": the
      // title names its news as what happens during an event; the event's own sentence is the frame, and its time is
      // not when the changes apply (they have their own: "Bradbenken will be closed from 9 June …").
      if (pass === 0 && frame && z !== title && framesOnly(title!.text, z.text) && !cue(e.language, "statusWords").test(z.text)) continue;
      // "If everything is correct, you do not have to do anything. The tax return will then be submitted automatically on
      // 30 April.": a sentence that goes on from a condition ("then", "da", "i så fall") is that branch's outcome,
      // never when the news happens for everyone.
      if (zi > 0 && zones[zi - 1] !== title && THEN_LEANS.test(z.text) && cue(e.language, "conditions").first(zones[zi - 1].text.trimStart())?.start === 0) continue;
      // "- If you pay by AvtaleGiro: The payment on 20 February has been stopped": a list item for one group of
      // readers is their branch, never when the news happens for everyone.
      if (conditionalItem(text, z, e.language)) continue;
      // A warning's forecast ("The Meteorological Institute expects temperatures above 30 °C from Tuesday 20 July to
      // Thursday 22 July") is when the danger is: in the title or lead, when nothing else gives a time.
      // (A forecast of the weather, not the writer's promise: "Vi reknar med nye prøvesvar innan 13. mai" is no time of
      // the danger.)
      const forecast = (t: RoledTime) =>
        pass === 1 && e.kind === "warning" && t.role === "expected" && zi < focusZones && t.form !== "duration" && FORECAST.test(z.text) && !/(?:innen|innan|by|before)[ \u00A0]+$/iu.test(text.slice(Math.max(0, t.start - 8), t.start));
      const cands = times.filter((t) => (isNew(t) || forecast(t)) && inside(t, z) && (t.form !== "duration" || (pass === 1 && durationEvent(z.text, e.language))) && (t.form !== "relative-day" || zi < focusZones));
      // A change names its new time with a cue ("flyttes til"): that one before any other.
      key = (e.kind === "change" ? cands.find((t) => t.cue) : undefined) ?? cands[0];
      // Beyond the focus, a time counts only near it, or in a sentence about the title's own subject (a press
      // release that tells the start date late: "Nå må innkvartering … forhåndsgodkjennes" … "kan søke om
      // forhåndsgodkjenning fra mandag 22. februar"); a date only, never a duration or a relative day.
      // A press release's news is in its lead; beyond it, a time is when the public may come only where the draft
      // invites them ("Det blir holdt et åpent informasjonsmøte … tirsdag 12. januar kl. 19.00. Alle er velkomne."), not
      // the next step of the project ("Anbudskonkurransen blir lyst ut i mars 2027").
      const invites = e.kind === "press-release" && zi >= focusZones && (INVITES.test(z.text) || (zi + 1 < zones.length && INVITES.test(zones[zi + 1].text) && zones[zi + 1].text.length <= 60));
      if (key && e.kind === "press-release" && zi >= focusZones + 3 && !invites) key = undefined;
      if (key && zi >= focusZones + 6 && !invites && !(pass === 0 && key.form === "date" && title && sharesTopic(title.text, z.text))) key = undefined;
      // A warning's time is in what states the warning (title and lead) or in a sentence about its subject: "Vi tek
      // nye prøvar måndag 3. november" under a boil-water order is no time of the order.
      // So is the time of information about applying: "Tildelingen vil bli vedtatt i kulturutvalget 4. mars" at the
      // end of a reminder about the deadline is a later step, not when what the title says happens.
      if (key && (e.kind === "warning" || e.kind === "application-info") && zi >= focusZones && !(title && sharesTopic(title.text, z.text, e.kind === "warning"))) key = undefined;
    }
    if (key) break;
  }
  // "… will resurface three streets next week. … closed on these days:" over "Storgata: Monday 8 June" /
  // "Parkveien: Wednesday 10 June": the week says when only roughly; a schedule or a move after it says it exactly.
  // So does a weekday in the title over a schedule of dates ("… natt til onsdag og natt til torsdag" over "1. fra
  // tirsdag 3. mars kl. 2200 til onsdag 4. mars kl. 0600").
  const roughTitle = !!key && !!title && inside(key, title) && (key.form === "weekday" || key.form === "relative-day");
  // ("Da er det mørkt i gatene fra kl. 1600 til kl. 2200." over "Her blir det mørkt:" and the streets with their dates:
  // hours with no day say when in the day; the schedule under them says which days.)
  const dayless = !!key && key.form === "clock";
  if (key && (key.form === "week" || roughTitle || dayless)) {
    const k = key;
    const kz = zones.findIndex((z) => inside(k, z));
    // ("Library closed in week 12" over "The library reopens on Monday 29 March …" and, paragraphs later, "The reading
    // café … has been moved to Wednesday 7 April": once the week's own paragraph gives an exact date of its own, a
    // move further down is another matter, not the week said exactly.)
    let crossed = 0;
    let ownDate = false;
    for (let zi = kz + 1; kz >= 0 && zi < Math.min(zones.length, focusZones + 12); zi++) {
      const z = zones[zi];
      if (/\n[ \t\u00A0]*\n/u.test(text.slice(zones[zi - 1].end, z.start)) && ++crossed > (zones[kz] === title ? 1 : 0) && ownDate) break;
      // ("Åsen er utsatt … til uke 41" over "- Nordbygda: uke 38 (20.–24. september)": a date that spells out another
      // week is that week's, never this one said exactly.)
      if (times.some((t) => t.form === "week" && t.value !== k.value && inside(t, z))) continue;
      const d = times.find((t) => isNew(t) && t.form === "date" && inside(t, z));
      // ("Løv hentes i uke 43 og 44" over "Løvsekker kan hentes … fra mandag 18. oktober": a date outside the week is
      // another matter, not the week said exactly; the rows of collection days further on are.)
      if (d && !scheduleBlock(text, zones, z, title) && !movesOne(z, times) && !beforeWeeks(d, k, times)) ownDate = true;
      // ("Drop-in vaksinering i uke 42 og 43. Vi har åpent tirsdager og torsdager kl. 1200–1800": the week's own days
      // say when; a session moved paragraphs later is one of them, not the key.)
      if (times.some((t) => t.role === "recurring" && inside(t, z))) ownDate = true;
      // (So do moves that follow it: "… endret i uke 12 og 13." / "Tømming som skulle vært torsdag 25. mars, blir
      // i stedet utført onsdag 24. mars.")
      // (Rows read as one zone, one per line, are a schedule too.)
      const rows = z.text.includes("\n") && times.filter((t) => isNew(t) && t.form === "date" && inside(t, z)).length >= 2;
      if (d && (scheduleBlock(text, zones, z, title) || rows || (!roughTitle && movesOne(z, times)))) {
        key = d;
        break;
      }
    }
  }
  // The key time read from the title, given again in the lead: the lead's sentence says more (the day, the place).
  // The same time ("Grøfting i Lia i veke 12" / "Frå måndag i veke 12 grev vi …"), or the title's weekday with
  // its date ("Legekontoret stengt fredag" / "stengt fredag 28. mars").
  if (key && title && inside(key, title)) {
    const k = key;
    const day = k.text.trim().toLowerCase();
    const lead = zones.slice(1, Math.max(focusZones, 1) + 1);
    // ("Foreldremøtet er flyttet til 20. januar" / … / "Nytt tidspunkt er onsdag 20. januar 2027 kl. 18.30": the
    // same date with its clock a few sentences on says it whole.)
    const near = zones.slice(1, Math.max(focusZones, 1) + 6);
    const again = times.find(
      (t) =>
        t !== k &&
        isNew(t) &&
        !inside(t, title) &&
        (lead.some((z) => inside(t, z)) || (!k.clock && !!t.clock && t.form === "date" && k.form === "date" && t.value.replace(/^\d{4}-|^--/, "") === k.value.replace(/^\d{4}-|^--/, "") && near.some((z) => inside(t, z)))) &&
        ((t.value === k.value && t.form === k.form) || (!k.clock && !!t.clock && t.form === "date" && k.form === "date" && t.value.replace(/^\d{4}-|^--/, "") === k.value.replace(/^\d{4}-|^--/, "")) ||
          (k.form === "weekday" && t.form === "date" && t.text.trim().toLowerCase().startsWith(day)) ||
          // "Båndtvang fra 1. april" in the title, "i perioden 1. april–20. august" in the lead: the whole period.
          (k.form === "date" && t.form === "date" && t.value.includes("/") && !k.value.includes("/") && t.value.split("/")[0].replace(/^\d{4}-|^--/, "") === k.value.replace(/^\d{4}-|^--/, "")) ||
          // A month in the title ("Planleggingsdager i januar"), its days in the lead ("fredag 2. januar").
          (/^--\d\d$/.test(k.value) && t.form === "date" && t.value.startsWith(`${k.value}-`)) ||
          // "i dag" in the title, "i dag, tysdag" in the lead.
          (k.form === "relative-day" && t.form === "weekday" && t.text.trim().toLowerCase().startsWith(day)) ||
          // "i morgen" in the title, "lørdag 6. september" in the lead: the date holds when the SMS is read late.
          (k.form === "relative-day" && t.form === "date" && !t.value.includes("/")) ||
          // "Jobbmesse … neste uke" in the title, "Tirsdag 12/10 kl. 10–14" in the lead's first sentences: the day.
          (k.form === "week" && t.form === "date" && !t.value.includes("/") && lead.slice(0, 2).some((z) => inside(t, z)))),
    );
    if (again) key = again;
  }
  // "Straumbrot i morgon" in the title and "i morgon frå kl. 09 til 13" in the lead: the same day, with its clock.
  if (key && !key.clock && key.form !== "duration") {
    const k = key;
    // Only for a time read from the title: a clock in another sentence of the body may belong to something else.
    const inTitle = !!title && inside(k, title);
    // A bare clock only from the sentence that says the title's news, not from something that goes ahead anyway
    // ("17. mai-arrangementet … er avlyst" / "Barnetoget går likevel som planlagt kl. 10.00").
    // (Only the lead's first sentence: further on a clock may be another event's, "Konserten … er flytta til
    // Kulturhuset kl. 14.00".)
    const about = (t: RoledTime) => {
      if (t.form !== "clock") return true;
      const z = zones.find((x) => inside(t, x));
      return !!z && z === zones.find((x) => x !== title) && !cue(e.language, "asPlanned").test(z.text);
    };
    const same = inTitle ? times.find((t) => t !== k && isNew(t) && t.clock && zones.slice(0, Math.max(focusZones, 1) + 1).some((z) => inside(t, z)) && (t.value === k.value || k.form === "relative-day" || k.form === "weekday" || t.form === "clock") && about(t)) : undefined;
    if (same && same.form !== "clock") key = same;
    else if (same) key = { ...k, clock: same.clock };
  }
  // "what": the sentence that holds the key time, else the one that states the status, else the title or lead.
  const status = statusCue(e.kind, e.language);
  let holder = key ? zones.find((z) => inside(key!, z)) : undefined;
  // "Når: onsdag 18. mars kl. 18.00–19.30": a field line gives the time of what the title or the lead says; it is
  // no sentence of its own to say.
  if (holder && holder !== title && timeField(holder.text, e.language)) holder = undefined;
  // The lead's own sentence before the title: "Bygdedagen … er avlyst" names what the title may only hint at
  // ("Arrangementet i morgen er avlyst").
  const focus = zones.slice(0, Math.max(1, focusZones));
  // (In a warning, what is closed for it is the measure the reader must heed: "Badeplassen ved Gjølstadstranda er derfor
  // stengt for bading inntil videre" before "Det frarådes også å la hunder bade …".)
  const closedMeasure = e.kind === "warning" ? focus.find((z) => z !== title && (!!mainClauseMatch(e.language, "closedFor", z.text) || CLOSED_ADV.test(z.text))) : undefined;
  const stated = status ? closedMeasure ?? focus.find((z) => z !== title && status.test(z.text)) ?? focus.find((z) => status.test(z.text)) : undefined;
  // "Rådet om å holde vinduer lukket gjelder ikke lenger." / "Industriveien er fortsatt stengt … til kl. 20 i kveld.":
  // what still holds after a lifting is another matter; its time is not when the lifting happens.
  if ((e.kind === "lifting" || e.kind === "cancellation") && stated && holder && stated !== holder && holder !== title && cue(e.language, "stillHolds").test(holder.text)) {
    key = undefined;
    holder = undefined;
  }
  // ("Denne timen er avlyst …" and then "Ny time er torsdag 13. mars …": the time of a sentence that gives the new time
  // is when it comes back, never when the cancelled one was; the cancelled event keeps no time of its own.)
  if (e.kind === "cancellation" && stated && holder && stated !== holder && holder !== title && (cue(e.language, "newBefore").test(holder.text) || cue(e.language, "newAfter").test(holder.text) || cue(e.language, "moveVerbs").test(holder.text))) {
    key = undefined;
    holder = undefined;
  }
  // "Flaumvarsel: Evakuering av bustader …" over a forecast in the lead ("Vasstanden vil vere på det høgaste i morgon") and
  // "Kommunen har bestemt at bustadene … skal evakuerast": the measure the title names is what the warning says, not
  // the forecast that gave its time.
  const measure = e.kind === "warning" && holder && holder !== title && (FORECAST.test(holder.text) || PROGNOSIS.test(holder.text)) && title ? measureSentence(title.text, zones.slice(1, focusZones + 4), holder, e.language) : undefined;
  const line = measure ?? (e.kind === "lifting" || e.kind === "cancellation" ? stated ?? holder : holder ?? stated) ?? title ?? sentences[0];
  if (!line) return undefined;
  // One line of a schedule ("- Tirsdag 3. februar kl. 18.00 i Nordby samfunnshus" and the line under it) is never
  // the whole message: the event is the block, with the line that introduces it.
  const what = scheduleBlock(text, zones, line, title) ?? movesBlock(text, zones, line, times, e.kind) ?? introBlock(text, zones, line, title, e.language) ?? line;
  const others = times.filter((t) => (t.role === "superseded" || t.role === "lifted") && (inside(t, what) || (holder && inside(t, holder)))).map(toMessageTime);
  // Where: in the sentence that says what happens, else the title, the key time's sentence, the rest of the focus.
  const whereZones = [what, ...(title && what !== title ? [title] : []), ...(holder && holder !== what ? [holder] : []), ...zones.slice(0, focusZones).filter((z) => z !== what && z !== title && z !== holder)];
  // A labelled line says it outright ("Adresse: Helsehuset, Storgata 12").
  let where: Part | undefined = labelledPlace(text, e.language);
  const fieldPlace = !!where;
  // A sentence that says where it will now be gives the place before any other ("The lessons will now take place
  // at Holmen Swimming Pool, not at Lindeberg", after "Because of repairs to the pool at Lindeberg …").
  // (About the event itself: "Holdeplassen Torget flyttes til Parkveien 3" under a street closure is a bus stop's
  // move, not where the closure is.)
  // (Common words only: a shared place name, "Torget", says nothing of what moves.)
  // (A capital first in a sentence is no name: "Practice will now take place …".)
  const common = (t: string) => contentStems(t.replace(/(?<=[\p{L}\p{N},;][ \u00A0]+)\p{Lu}[\p{L}-]*/gu, " "), e.language);
  // (Inside a compound too: "Møtet holdes fortsatt i aulaen" under "foreldremøte".)
  const topic = `${title?.text ?? ""} ${what.text}`.toLowerCase();
  // (The first such sentence that names a place: "Foreldremøtet er flyttet til torsdag 15. januar" moves a time.)
  // "During the closure, swimming lessons will take place at Strømmen pool": what happens meanwhile is elsewhere.
  const meanwhile = (z: Part) => z !== what && z !== title && cue(e.language, "meanwhileOpeners").first(z.text.trimStart().slice(0, 60))?.start === 0;
  // "Loppemarknaden som skulle vere same dag, blir flytta til … i idrettshallen" under "Bygdedagen er flytta": a
  // sentence whose subject is another thing (a noun in its definite form the title and the event do not name) moves
  // that thing, not the event.
  const otherSubject = (z: Part) => {
    const w = /^[ \t]*(\p{Lu}\p{Ll}{5,})(?![\p{L}])/u.exec(z.text)?.[1].toLowerCase();
    return !!w && /(?:en|et|a|ane|ene|na|ne)$/u.test(w) && !topic.includes(w.slice(0, 5));
  };
  // (A place in another sentence with a time of its own is that time's place: "Fjellvang kommune har i tillegg
  // valgdag søndag 7. september i Solvang krets" is not where the election on Monday is.)
  const ownTime = (z: Part) => z !== what && z !== title && !!key && times.some((t) => isNew(t) && inside(t, z) && t.value !== key.value && (t.form === "date" || t.form === "weekday" || t.form === "relative-day"));
  // (Also for a sentence that says where something is held: "Informasjonsmøte om ordningen holdes på Rindal
  // eldresenter onsdag 9. desember" is the meeting's place, not where the scheme starting 4 January is.)
  for (const z of where ? [] : zones.slice(0, focusZones + 8)) {
    if (z.text.length > 300 || (WHOLE_AREA.test(what.text) && z !== what) || meanwhile(z) || otherSubject(z) || ownTime(z) || !cue(e.language, "newVenue").test(z.text) || ![...common(z.text)].some((w) => topic.includes(w) || (MOVED_FROM.test(z.text) && topic.includes(w.slice(0, 4))))) continue;
    // "Møtet er flytta frå kommunestyresalen i rådhuset til storsalen i Ørsta kulturhus": the place it moves to,
    // never the one it leaves.
    const away = MOVED_FROM.exec(z.text);
    where = placeIn(text, away ? { start: z.start + away.index + away[0].length, end: z.end, text: z.text.slice(away.index + away[0].length) } : z, e.facts, e.language);
    if (where) break;
  }
  // ("… er båndtvang i hele kommunen i perioden …": the event sentence says where in words, and a place named by
  // another rule further on, "Hele året skal hunder holdes i bånd … i Byparken", is not it.)
  const everywhere = WHOLE_AREA.test(what.text);
  // ("Endringane kjem som følgje av at Haugsetervegen skal byggjast om": a place in a sentence that gives the reason is
  // where the cause is, not where the event happens.)
  // ("What do you think about … opening hours at the library?": a question the draft opens with asks about a topic;
  // the place in it is no venue.)
  const asks = (z: Part) => z !== what && z !== title && /\?["»”)]*\s*$/u.test(z.text);
  // ("Det er venta høg luftforureining i Bergen sentrum …" before "Bergen kommune innfører difor dieselforbod …": the
  // sentence the event answers with "difor" gives the cause, and its place is where the cause is.)
  // ("Letters will be delivered to your digital mailbox in Digipost or e-Boks": a digital service is no place to go.)
  const digital = (z: Part) => z !== what && z !== title && DIGITAL.test(z.text);
  // (Unless the event speaks of the thing the place belongs to: "… ovenfor turstien mellom Berg parkering og Toppvarden.
  // Stien er derfor stengt …" closes that trail.)
  const causeBefore = (z: Part) => {
    if (z === title || z.end > what.start || !THEREFORE.test(what.text)) return false;
    const p = placeIn(text, z, e.facts, e.language);
    const head = p ? /(\p{L}{5,})[ \u00A0]+(?:(?:i|på|ved|langs|mellom|in|at|on|near|along|between)[ \u00A0]+)?$/u.exec(text.slice(Math.max(z.start, p.start - 40), p.start))?.[1] : undefined;
    return !head || !what.text.toLowerCase().includes(head.toLowerCase().slice(-5));
  };
  for (const z of whereZones) if (!where && !ownTime(z) && !meanwhile(z) && !asks(z) && !causeBefore(z) && !digital(z) && !(everywhere && z !== what) && !(z !== what && z !== title && REASON_SENT.test(z.text))) where = placeIn(text, z, e.facts, e.language);
  const ev: MessageEvent = { what, otherTimes: others, status: STATUS[e.kind] ?? (key ? "planned" : "ongoing") };
  if (key) {
    ev.when = toMessageTime(key);
    const open = openEndedAt(text, key, e.language);
    if (open) ev.when.openEnded = open;
    // "Fra mandag 10. juni skifter vi …" and, in one of the next sentences, "Arbeidet varer til og med 28. juni":
    // the start and its end make one period.
    const k = key;
    const kAt = zones.findIndex((z) => inside(k, z));
    const startWord = FROM_WORD.test(text.slice(Math.max(0, k.start - 12), k.start));
    // (Not for a lifting: "opphevar med verknad frå i dag" is a moment, and "Det generelle forbodet … gjeld likevel fram
    // til 15. september" two sentences on is the end of the rule that still holds, never of the lifted one.)
    if (startWord && !k.value.includes("/") && kAt >= 0 && e.kind !== "lifting") {
      const next = zones.slice(kAt, kAt + 3);
      // (Not the end of another period: "stengt fra 17. mai til og med 31. mai" a sentence after "Fra 1. juni finner du
      // biblioteket …" ends the closure, and an end before the start ends nothing.)
      const ownStart = (t: RoledTime) => times.some((x) => x !== k && x.end <= t.start && x.start >= (zones.find((z) => inside(t, z))?.start ?? t.start) && FROM_WORD.test(text.slice(Math.max(0, x.start - 12), x.start)));
      const dayOf = (v: string) => (/^(?:\d{4}-|--)(\d\d-\d\d)$/.exec(v)?.[1]);
      const before = (t: RoledTime) => !!dayOf(t.value) && !!dayOf(k.value) && dayOf(t.value)! < dayOf(k.value)! && !(/^\d{4}/.test(t.value) && /^\d{4}/.test(k.value) && t.value.slice(0, 4) > k.value.slice(0, 4));
      const stillOther = (t: RoledTime) => { const z = next.find((x) => inside(t, x)); return !!z && !inside(k, z) && cue(e.language, "stillHolds").test(z.text); };
      // (Nor the end of the old thing the new one replaces: "Det gamle nummeret virker fram til 30. april" after "Fra
      // mandag 3. mars har kommunen nytt hovednummer".)
      const oldThing = (t: RoledTime) => { const z = next.find((x) => inside(t, x)); return !!z && !inside(k, z) && OLD_THING.test(z.text); };
      const end = times.find((t) => t !== k && t.start > k.end && (t.form === "date" || t.form === "weekday") && !t.value.includes("/") && isNew(t) && next.some((z) => inside(t, z)) && UNTIL_WORD.test(text.slice(Math.max(0, t.start - 16), t.start)) && !ownStart(t) && !before(t) && !stillOther(t) && !oldThing(t));
      if (end) ev.when.until = { start: end.start, end: end.end, text: end.text, value: end.value, ...(end.clock && !(end.clock.start >= end.start && end.clock.end <= end.end) ? { clock: { start: end.clock.start, end: end.clock.end, text: end.clock.text } } : {}) };
      // ("Med verknad frå i dag, fredag 20. juni 2025, er det totalforbod …" with no end: a start, said with its "frå";
      // "forbod mot all open eld: i dag, fredag 20. juni" would read as a ban for one day.)
      const fromWord = /(?<![\p{L}])(?:fra og med|frå og med|f\.o\.m\.?|fra|frå|from|starting)[ \u00A0]+$/iu.exec(text.slice(Math.max(0, k.start - 16), k.start));
      const clockAfter = k.clock && k.clock.start >= k.end && k.clock.start - k.end <= 8 ? k.clock.end : k.end;
      if (!end && !ev.when.openEnded && fromWord) {
        const s0 = k.start - fromWord[0].length;
        ev.when.openEnded = { start: s0, end: clockAfter, text: text.slice(s0, clockAfter) };
      }
    }
  }
  // ("Du kan hente sandsekker … på disse stedene:" over three list items: the place in one item is one of several, and
  // a short channel that gives it alone sends every reader to it. The list is said with its lead-in, or not at all.)
  const itemOf = (p: Part) => { const ls = text.lastIndexOf("\n", p.start - 1) + 1; return LIST_ITEM.test(text.slice(ls, p.end)) ? ls : -1; };
  const items = where && what.text.includes("\n") && itemOf(where) >= what.start ? what.text.split("\n").filter((l) => LIST_ITEM.test(l)).length : 0;
  // ("… tyfoner i sentrum, ved Havna og på Moen." and further on "Tyfonen på Moen … blir ikke testet denne gangen": a
  // place the draft then leaves out of the event is no place of it; said as "Sted:", it sends readers the wrong way.)
  const names = where ? (where.text.match(/\p{Lu}[\p{L}-]{2,}/gu) ?? []) : [];
  const leftOut = names.length > 1 && zones.some((z) => z.start >= what.end && z.start - what.end <= 1500 && !(where!.start >= z.start && where!.end <= z.end) && NEGATED.test(z.text) && names.some((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, "u").test(z.text)));
  if (where && items < 2 && !leftOut) ev.where = where;
  // "Date: Saturday 23 January 2027 / Time: 12:00 / Place: Holmestad culture centre": a time and a place given as
  // fields make a booking the reader is to keep.
  if (key && fieldPlace && key.role === "new") {
    const lineStart = text.lastIndexOf("\n", key.start - 1) + 1;
    const lineEnd = text.indexOf("\n", key.end);
    if (timeField(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd), e.language)) {
      ev.fields = true;
      // ("Time: 12:00" on the next field line is the clock of that date.)
      const nextEnd = lineEnd < 0 ? -1 : text.indexOf("\n", lineEnd + 1);
      const next = lineEnd < 0 ? "" : text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
      const clock = !ev.when!.clock && next && timeField(next, e.language) ? times.find((t) => t.form === "clock" && t.role === "new" && t.start > lineEnd && t.end <= lineEnd + 1 + next.length) : undefined;
      if (clock) ev.when!.clock = { start: clock.start, end: clock.end, text: clock.text, value: clock.value };
    }
  }
  return ev;
}

// A sentence that gives a reason: "fordi", "som følgje av at", "på grunn av", "because", "due to".
const REASON_SENT = /(?<![\p{L}])(?:fordi|som[ \u00A0]+følge[ \u00A0]+av|som[ \u00A0]+følgje[ \u00A0]+av|på[ \u00A0]+grunn[ \u00A0]+av|grunnet|grunna|because|due[ \u00A0]+to|as[ \u00A0]+a[ \u00A0]+result[ \u00A0]+of)(?![\p{L}])/iu;
// The whole area, said in words: "i hele kommunen", "i heile fylket", "overalt i byen", "throughout the municipality".
const WHOLE_AREA = /(?<![\p{L}])(?:i[ \u00A0]+(?:hele|heile)[ \u00A0]+(?:kommunen|fylket|byen|bygda|landet|regionen)|overalt|alle[ \u00A0]+steder|alle[ \u00A0]+stader|throughout[ \u00A0]+the|across[ \u00A0]+the[ \u00A0]+(?:whole[ \u00A0]+)?(?:municipality|county|city|country)|in[ \u00A0]+the[ \u00A0]+whole[ \u00A0]+(?:municipality|county|city|country))(?![\p{L}])/iu;
// ("er derfor stengt", "vert difor stengd", "is therefore closed": closed with one adverb between.)
const CLOSED_ADV = /(?<![\p{L}])(?:er|blir|vert|is|are)[ \u00A0]+(?:derfor|difor|nå|no|dermed|therefore|now)[ \u00A0]+(?:stengt|stengd|closed)(?![\p{L}])/iu;
const MOVED_FROM = /(?<![\p{L}])(?:fra|frå|from)[ \u00A0][^,.;:]{2,100}?[ \u00A0](?:til|to)[ \u00A0]+/iu;
/** Words that forecast weather or a hazard ("Meteorologisk institutt venter …", "varslar", "expects", "forecast"). */
// An invitation to the public: "åpent møte", "Alle er velkomne", "open to all", "everyone is welcome".
const INVITES = /(?<![\p{L}])(?:åpent|åpne|ope|opent|opne|open|velkommen|velkomne|velkomen|welcome|inviterer|invites)(?![\p{L}])/iu;
// A sentence that goes on from the one before it, among its first words: "will then be", "blir da", "i så fall".
const THEN_LEANS = /^(?:\S+[ \u00A0]+){0,5}?(?:then|da|då|så|i[ \u00A0]+så[ \u00A0]+fall|i[ \u00A0]+så[ \u00A0]+tilfelle|in[ \u00A0]+that[ \u00A0]+case|if[ \u00A0]+so)(?![\p{L}])/iu;
// What a forecast says by its words, beyond the verbs: "etter prognosane", "er venta", "is likely to".
const PROGNOSIS = /(?<![\p{L}])(?:prognos\p{L}*|venta|ventes|forventa|forventet|forventes|forventast|anslått|likely|forecast)(?![\p{L}])/iu;
const FORECAST = /(?<![\p{L}])(?:venter|ventar|varsler|varslar|varslet|varsla|meldt|melder|expects?|expected|forecasts?|forecasted|predicts?)(?![\p{L}])/iu;

/** Content words of a sentence as 5-letter stems (no day or month names). */
/**
 * The content words of a text by their first five letters (inflection aside): words of `min` letters or more, no
 * function word and no day or month name. What two sentences share of these says they speak of the same thing.
 */
export function contentStems(t: string, language: Language, min = 5): Set<string> {
  const fn = cue(language, "functionWords");
  return new Set((t.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= min && !fn.test(w) && !isCalendarWord(w)).map((w) => w.slice(0, 5)));
}

/**
 * The same thing happening elsewhere at another time, said in its own sentence after the key event ("Vannet blir
 * stengt i Storgata tirsdag 8. desember …" / "I Kirkeveien blir vannet stengt onsdag 9. desember …"): each is an
 * event of its own, so the short channels say all of them (the first alone tells Kirkeveien nothing). A sibling
 * holds a new date or weekday of its own, names a place other than the key event's, shares what happens (a
 * content word of the key sentence) and is no instruction to the reader. At most three, within the next few
 * sentences.
 */
/**
 * Another thing moved, in a sentence of its own away from the key event ("17. mai-arrangementet … er avlyst" …
 * "Konserten som skulle vært i Strandparken kl. 13.00, er flyttet til Kulturhuset samme dag kl. 14.00"): an event
 * of its own, or the short channels say only what is called off and readers think the concert is too.
 */
export function movedElsewhere(key: MessageEvent, sentences: Part[], times: RoledTime[], taken: MessageEvent[]): MessageEvent[] {
  const out: MessageEvent[] = [];
  for (const z of sentences) {
    if (out.length >= 2) break;
    if (z.text.length > 240 || [...taken, ...out].some((e) => e.what.start < z.end && z.start < e.what.end) || !movesOne(z, times)) continue;
    const sup = times.filter((t) => t.role === "superseded" && inside(t, z));
    const to = times.find((t) => t.role === "new" && inside(t, z) && t.start > sup[0].end);
    if (!to || (key.when && to.value === key.when.value && to.form === key.when.form)) continue;
    out.push({ what: z, when: toMessageTime(to), otherTimes: sup.map(toMessageTime), status: "moved" });
  }
  return out;
}

/**
 * When a cancelled event happens instead ("Tenningen gjennomføres i stedet søndag 7. desember kl. 17.00", "Ny dato
 * er …", "The fair will now take place on …"), in any paragraph after it: an event of its own, or the SMS says it
 * is cancelled and never when it comes back.
 */
export function replacementEvent(key: MessageEvent, sentences: Part[], times: RoledTime[], language: Language, taken: MessageEvent[]): MessageEvent[] {
  // "… your bin will not be emptied on Friday 25 December or Friday 1 January. Instead, we will collect on Monday 28
  // December …": a key sentence that says what will not happen, and the next sentence that opens with "instead".
  const negated = key.status !== "cancelled" && /(?<![\p{L}])(?:not|ikke|ikkje)(?![\p{L}])/iu.test(key.what.text);
  if (key.status !== "cancelled" && !negated) return [];
  const words = cue(language, "replacementWords");
  for (const z of sentences) {
    if (z.start < key.what.end || z.text.length > 240 || taken.some((e) => e.what.start < z.end && z.start < e.what.end)) continue;
    if (negated && (z.start - key.what.end > 4 || words.first(z.text.trimStart().slice(0, 30))?.start !== 0)) continue;
    if (!words.test(z.text) || isContingency(z.text, language)) continue;
    const to = times.find((t) => t.role === "new" && inside(t, z) && (t.form === "date" || t.form === "weekday" || t.form === "relative-day" || t.form === "week") && !(key.when && t.value === key.when.value && t.form === key.when.form));
    if (to) return [{ what: z, when: toMessageTime(to), otherTimes: [], status: "planned" }];
  }
  return [];
}

/**
 * "Kurset i Ål kyrkjelydshus 15. oktober er avlyst. Påmelde til det kurset får plass på kurset 28. oktober …" under a
 * schedule of courses, "Den åpne lekeplassdagen … 24. mai er avlyst. I stedet inviterer vi til … Bjørkeparken lørdag
 * 24. mai kl. 12.00–15.00" under a closure: one thing with its own time called off, beside a key event that is not, is
 * an event of its own — and what happens instead, in the sentence right after it, another. Without them those who
 * meant to come are not told.
 */
export function calledOffElsewhere(key: MessageEvent, sentences: Part[], times: RoledTime[], language: Language, taken: MessageEvent[], title?: string): MessageEvent[] {
  if (key.status === "cancelled") return [];
  const off = cue(language, "cancelVerbs");
  const instead = cue(language, "replacementWords");
  const free = (z: Part, more: MessageEvent[] = []) => ![...taken, ...more].some((e) => e.what.start < z.end && z.start < e.what.end);
  const timed = (z: Part) => times.find((t) => t.role === "new" && inside(t, z) && (t.form === "date" || t.form === "weekday" || t.form === "relative-day"));
  // (For the same readers only: every name it holds is in the title or the key event — "Furulunden", "Ål". "The planned
  // water shut-off in Vika … has been cancelled" under a break in Holm is news for others.)
  const known = `${title ?? ""} ${key.what.text}`.toLowerCase();
  const ownNames = (x: Part) => (x.text.match(/(?<=[\p{L}\p{N},][ \u00A0]+)\p{Lu}[\p{L}-]+/gu) ?? []).filter((w) => !isCalendarWord(w)).every((w) => known.includes(w.toLowerCase()));
  const z = sentences.find((x) => x.start >= key.what.end && x.text.length <= 200 && free(x) && off.test(x.text) && !!timed(x) && ownNames(x) && !isContingency(x.text, language) && !/\?\s*$/u.test(x.text));
  if (!z) return [];
  const cancelled: MessageEvent = { what: z, when: toMessageTime(timed(z)!), otherTimes: [], status: "cancelled" };
  // (What comes instead, opening the next sentence: "I stedet inviterer vi til …", "Ny dato er …".)
  const next = sentences.find((x) => x.start >= z.end && x.start - z.end <= 4);
  const opens = next ? instead.first(next.text.trimStart().slice(0, 30)) : undefined;
  const then = next && opens?.start === 0 && next.text.length <= 200 && free(next, [cancelled]) ? timed(next) : undefined;
  return then && next ? [cancelled, { what: next, when: toMessageTime(then), otherTimes: [], status: "planned" }] : [cancelled];
}

/**
 * "Tyfonen på Moen er under reparasjon og blir ikke testet denne gangen. Den testes i stedet tirsdag 8. juni kl. 1200."
 * under a test of all the sirens on 2 June: a sentence that says the key event does not happen in one place, and the
 * next that says when it happens there instead. Both are events of their own, or the short channels send the people
 * at that place the key event's time (and, here, leave them to take the real test for an alarm).
 */
export function exceptedElsewhere(key: MessageEvent, sentences: Part[], times: RoledTime[], language: Language, taken: MessageEvent[]): MessageEvent[] {
  if (key.status !== "planned" || !key.when || NEGATED.test(key.what.text)) return [];
  const instead = cue(language, "replacementWords");
  const keyWords = contentStems(key.what.text, language, 4);
  const free = (z: Part) => !taken.some((e) => e.what.start < z.end && z.start < e.what.end);
  for (const z of sentences) {
    if (z.start < key.what.end || z.start - key.what.end > 1500) continue;
    if (z.text.length > 200 || !free(z) || !NEGATED.test(z.text) || !/\p{Lu}/u.test(z.text.slice(1))) continue;
    if (![...contentStems(z.text, language, 4)].some((w) => keyWords.has(w))) continue;
    const next = sentences.find((x) => x.start >= z.end && x.start - z.end <= 4);
    const then = next && next.text.length <= 200 && instead.test(next.text) && free(next) ? times.find((t) => t.role === "new" && inside(t, next) && (t.form === "date" || t.form === "weekday")) : undefined;
    if (!then || !next) continue;
    return [
      { what: z, when: key.when, otherTimes: [], status: "cancelled" },
      { what: next, when: toMessageTime(then), otherTimes: [], status: "planned" },
    ];
  }
  return [];
}

export function parallelEvents(key: MessageEvent, sentences: Part[], times: RoledTime[], text: string, facts: Fact[], language: Language, isAction: (p: Part) => boolean): MessageEvent[] {
  if (!key.when || !key.where || key.what.text.includes("\n")) return [];
  const keyWhen = key.when;
  const keyStems = contentStems(key.what.text, language);
  const after = [...sentences].filter((z) => z.start >= key.what.end && z.start - key.what.end <= 700).sort((a, b) => a.start - b.start).slice(0, 6);
  const out: MessageEvent[] = [];
  for (const z of after) {
    // "Dersom vegane framleis er stengde, blir skulane i Ytre krins stengde også i morgon": what may happen is no
    // second event.
    if (out.length >= 3 || z.text.length > 220 || isAction(z) || isContingency(z.text, language) || cue(language, "hypothetical").first(z.text)?.start === 0) continue;
    const t = times.find((x) => x.role === "new" && inside(x, z) && (x.form === "date" || x.form === "weekday" || x.form === "relative-day") && x.value !== keyWhen.value);
    if (!t) continue;
    const shared = [...contentStems(z.text, language)].filter((w) => keyStems.has(w));
    // Two content words in common ("vannet … stengt"), or all the key sentence has: one word ("planforslaget" in an
    // information meeting about the plan under a public hearing) names a topic, not the same happening.
    if (shared.length < Math.min(2, keyStems.size)) continue;
    const where = placeIn(text, z, facts, language);
    if (!where || where.text.trim().toLowerCase() === key.where.text.trim().toLowerCase()) continue;
    out.push({ what: z, when: toMessageTime(t), otherTimes: [], where, status: key.status });
  }
  return out;
}
