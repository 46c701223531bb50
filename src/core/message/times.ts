// Every time a draft mentions, as one list: calendar dates and ranges (kept whole), weeks, weekdays without
// a date ("onsdag 08:00–19:00"), relative days ("i dag", "i morgen"), durations ("tre veker"), deadlines
// and clock times, each with its span, a normalised value and the clock time read with it. Roles are given
// later (roles.ts): this module only reads what is written.
import type { Doc, Fact, Language } from "../model";
import type { TimeForm } from "./types";
import { NUMBER_WORDS } from "../facts/patterns";
import calendar from "../facts/calendar.json";
import { cue, cueTable } from "./cues";
import { append } from "./append";

export interface Clock {
  start: number;
  end: number;
  text: string;
  value: string;
}

export interface TimeMention {
  start: number;
  end: number;
  text: string;
  form: TimeForm;
  value: string;
  clock?: Clock;
  /** Index of the sentence (doc.sentences) that holds it. */
  sentence: number;
  /** Written as a deadline ("innen 20. april", "svarfrist …", "innen tre uker"). */
  deadline?: { start: number; end: number; text: string };
  /** Written as repeated ("mandager", "mandag–fredag", "hverdager"). */
  repeated?: boolean;
}

const WEEKDAYS = new Map<string, number>();
calendar.weekdays.forEach((names, i) => names.forEach((n) => WEEKDAYS.set(n, i + 1)));
const WEEKDAY_ALT = [...WEEKDAYS.keys()].sort((a, b) => b.length - a.length).join("|");
// A weekday, its plural ("mandager", "måndagar", "mondays") or a range of two ("mandag–fredag", "måndag til fredag").
const WEEKDAY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${WEEKDAY_ALT})(er|ar|s)?(?:[ \\u00A0]*(?:[–—-]|til|to|through)[ \\u00A0]*(${WEEKDAY_ALT})(?:er|ar|s)?)?(?![\\p{L}\\p{N}])`,
  "giu",
);
const PLACEHOLDER_DEADLINE = /(?<![\p{L}])(?:innen|innan|senest|seinast|frist(?:en)?(?:[ \u00A0]+er)?:?|svarfrist(?:en)?:?|within|by|before)[ \u00A0]+(\{[^{}\n]{0,40}(?:dato|date|frist|deadline)[^{}\n]{0,40}\})/giu;
// ("frå tysdag 8. desember kl. 06.00 til torsdag 10. desember": a clock of the first day may stand before the join.)
const RANGE_JOIN = /^(?:[ \u00A0]*(?:kl\.?|klokka|klokken|at)?[ \u00A0]*\d{1,2}[.:]\d{2})?[ \u00A0]*(?:til og med|t\.o\.m\.?|fram til|frem til|til|–|—|-|up to and including|to and including|to|until|through|and|og)(?:[ \u00A0]+(?:minst|at least|i alle fall|i alle fall til))?[ \u00A0]*$/iu;
const BETWEEN_BEFORE = /(?:mellom|between)[ \u00A0]+$/iu;

/** Index of the sentence holding offset `at` (binary search over sentence starts). */
export function sentenceAt(doc: Doc, at: number): number {
  const ss = doc.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].start <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function overlapsAny(s: { start: number; end: number }, list: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (const x of list) if (s.start < x.end && x.start < s.end) return true;
  return false;
}

/** Dates from the facts, with two dates joined by "til"/"–"/"and" made one range ("2. september til 20. oktober"). */
function dateMentions(text: string, doc: Doc, facts: Fact[], moved: (sentence: number) => boolean, language: Language): TimeMention[] {
  const sections = cue(language, "sectionLabels");
  const dates = facts.filter((f) => f.kind === "date").sort((a, b) => a.start - b.start);
  const out: TimeMention[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    // "retningslinjene, pkt. 2.1.", "kapittel 3.4": a section number, not a date.
    const before = text.slice(Math.max(0, a.start - 12), a.start);
    const label = sections.all(before).pop();
    if (label && /^[ \u00A0]*$/.test(before.slice(label.end))) continue;
    const week = /W\d/.test(a.value);
    const b = dates[i + 1];
    if (b && !week && !/W\d/.test(b.value) && !a.value.includes("/") && !b.value.includes("/") && b.start - a.end <= 26) {
      const between = text.slice(a.end, b.start);
      const og = /^[ \u00A0]*(?:og|and)[ \u00A0]*$/iu.test(between);
      // "flyttes fra 1. mai til 2. mai" is a move between two dates, not a period.
      // ("up to and including", "til og med" end a period whatever the sentence says: a move never says them.)
      const inclusive = /(?:til og med|t\.o\.m|up to and including|to and including|through)[ \u00A0]*$/iu.test(between);
      if (RANGE_JOIN.test(between) && (!og || BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) && (inclusive || !moved(sentenceAt(doc, a.start)))) {
        out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), form: "date", value: `${a.value}/${b.value}`, sentence: sentenceAt(doc, a.start) });
        i++;
        continue;
      }
    }
    // "natt til søndag 21. september" is the night before that day: the words stay with the date wherever it is
    // shown, or "søndag 21. september kl. 23.00" would be a day late.
    const from = nightBefore(text, a.start);
    out.push({ start: from, end: a.end, text: text.slice(from, a.end), form: week ? "week" : "date", value: a.value, sentence: sentenceAt(doc, a.start) });
  }
  return out;
}

const NIGHT_BEFORE = /(?<![\p{L}])(?:natt(?:a|en)?|nights?)[ \u00A0]+(?:til|mot|to)[ \u00A0]+$/iu;
/** Where a time starts when "natt til" stands before it. */
function nightBefore(text: string, start: number): number {
  const m = NIGHT_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
  return m ? start - m[0].length : start;
}

function weekdayMentions(text: string, doc: Doc, taken: TimeMention[]): TimeMention[] {
  const out: TimeMention[] = [];
  WEEKDAY_RE.lastIndex = 0;
  for (let m = WEEKDAY_RE.exec(text); m; m = WEEKDAY_RE.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(span, taken)) continue;
    // "Good Friday", "Easter Monday": a holiday's name, not a time of its own.
    if (/(?:good|easter|whit|holy|black|cyber)[ \u00A0]+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const first = WEEKDAYS.get(m[1].toLowerCase()) ?? 0;
    const last = m[3] ? WEEKDAYS.get(m[3].toLowerCase()) ?? 0 : 0;
    const value = last ? `wd:${first}/wd:${last}` : `wd:${first}`;
    const from = nightBefore(text, span.start);
    out.push({ start: from, end: span.end, text: text.slice(from, span.end), form: "weekday", value, sentence: sentenceAt(doc, m.index), repeated: !!m[2] || !!m[3] });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function phraseMentions(text: string, doc: Doc, table: Record<string, number>, form: TimeForm, unit: "day" | "week", taken: TimeMention[]): TimeMention[] {
  const keys = Object.keys(table).sort((a, b) => b.length - a.length);
  if (!keys.length) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map((k) => k.split(" ").map(escape).join("[ \\u00A0]+")).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const out: TimeMention[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(span, taken)) continue;
    const n = table[m[0].toLowerCase().replace(/[ \u00A0]+/g, " ")] ?? 0;
    out.push({ ...span, text: m[0], form, value: `${unit}:+${n}`, sentence: sentenceAt(doc, m.index) });
  }
  return out;
}

function durationMentions(text: string, doc: Doc, units: Record<string, string>, taken: TimeMention[]): TimeMention[] {
  const unitAlt = Object.keys(units).sort((a, b) => b.length - a.length).map(escape).join("|");
  const numAlt = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).map(escape).join("|");
  if (!unitAlt) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}|${numAlt})[ \\u00A0]+(${unitAlt})(?![\\p{L}\\p{N}])`, "giu");
  const out: TimeMention[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlapsAny(span, taken)) continue;
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()] ?? 0;
    // "en dag" / "ein dag" alone is rarely a duration ("en dag i uka"): numbers from two, or digits.
    if (!/^\d+$/.test(m[1]) && n < 2) continue;
    const code = units[m[2].toLowerCase()] ?? "D";
    out.push({ ...span, text: m[0], form: "duration", value: code === "H" ? `PT${n}H` : `P${n}${code}`, sentence: sentenceAt(doc, m.index) });
  }
  return out;
}

const SPECIFIC: Partial<Record<TimeForm, number>> = { date: 3, weekday: 2, "relative-day": 1 };

/** "i dag, onsdag", "i morgen tirsdag 4. mai": neighbouring day words for one day are one mention. */
function mergeAdjacent(text: string, mentions: TimeMention[]): TimeMention[] {
  const out: TimeMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const a = prev ? SPECIFIC[prev.form] : undefined;
    const b = SPECIFIC[m.form];
    if (prev && a && b && !(a === 3 && b === 3) && prev.sentence === m.sentence && /^,?[ \u00A0]*(?:den[ \u00A0]+)?$/u.test(text.slice(prev.end, m.start)) && !prev.value.includes("/") && !m.value.includes("/")) {
      const best = b > a ? m : prev;
      out[out.length - 1] = { ...best, start: prev.start, end: m.end, text: text.slice(prev.start, m.end), deadline: prev.deadline ?? m.deadline, repeated: prev.repeated || m.repeated };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Attach each clock time to the nearest date-like mention of its sentence (a date takes one clock). */
function attachClocks(text: string, mentions: TimeMention[], clocks: Fact[], doc: Doc): TimeMention[] {
  const loose: TimeMention[] = [];
  for (const c of clocks) {
    // ("from Tuesday 4 February at 18:00 until Wednesday 5 February": a clock inside a period read whole is part of it,
    // not a time of its own.)
    if (mentions.some((m) => c.start >= m.start && c.end <= m.end)) continue;
    const si = sentenceAt(doc, c.start);
    let best: TimeMention | undefined;
    let bestGap = Infinity;
    for (const m of mentions) {
      if (m.sentence !== si || m.clock || m.form === "duration") continue;
      // A clock after the date ("4. februar kl. 13.00") is read with it before one in front of it.
      const gap = c.start >= m.end ? c.start - m.end : (m.start - c.end) * 1.5 + 1;
      if (gap < 0 || gap > 60) continue;
      // Not across another clause: a full stop, a semicolon or a new sentence in between.
      const between = c.start >= m.end ? text.slice(m.end, c.start) : text.slice(c.end, m.start);
      if (/[.;!?]\s/.test(between) || between.includes("\n")) continue;
      // (Nor past another clock: "…, especially between 7 am and 10 am and between 3 pm and 6 pm" — the second is one of
      // a list, no more the day's one time than the first.)
      if (c.start >= m.end && clocks.some((o) => o !== c && o.start >= m.end && o.end <= c.start)) continue;
      if (gap < bestGap) {
        best = m;
        bestGap = gap;
      }
    }
    const clock: Clock = { start: c.start, end: c.end, text: c.text, value: c.value };
    // ("innstilt i dag, torsdag 16. oktober: kl. 1430, 1530 og 1630 fra Holmen": the first of a list of clock times is
    // not the day's one time; the day stays without a clock and the list is said whole or not at all.)
    const listed = /^[ \u00A0]*(?:,|og|eller|and|or)[ \u00A0]*(?:(?:mellom|between|fra|frå|from)[ \u00A0]+)?(?:kl\.?[ \u00A0]*)?\d{1,2}(?:[.:]?\d{2})?(?![\d])/iu.test(text.slice(c.end, c.end + 24));
    if (best && !listed) best.clock = clock;
    else if (best) continue;
    else loose.push({ start: c.start, end: c.end, text: c.text, form: "clock", value: c.value, clock, sentence: si });
  }
  return loose;
}

/** Every time mention in the draft, sorted by position; none overlap (a deadline marks the date inside it). */
export function readTimes(doc: Doc, facts: Fact[], language: Language): TimeMention[] {
  const text = doc.text;
  const moves = cue(language, "moveVerbs");
  const mentions = dateMentions(text, doc, facts, (si) => !!doc.sentences[si] && moves.test(doc.sentences[si].text), language);
  // Deadlines: mark the date inside; a relative deadline ("innen tre uker") is a duration of its own.
  for (const d of facts) {
    if (d.kind !== "deadline") continue;
    const inside = mentions.find((m) => m.start >= d.start && m.start < d.end);
    const span = { start: d.start, end: d.end, text: d.text };
    if (inside) inside.deadline = span;
    else if (/^P/.test(d.value)) {
      mentions.push({ start: d.start, end: d.end, text: d.text, form: "duration", value: d.value, sentence: sentenceAt(doc, d.start), deadline: span });
    }
  }
  // A mail-merge deadline ("innen {fristDato}") is a deadline whose date the merge fills in.
  PLACEHOLDER_DEADLINE.lastIndex = 0;
  for (let m = PLACEHOLDER_DEADLINE.exec(text); m; m = PLACEHOLDER_DEADLINE.exec(text)) {
    const at = m.index + m[0].length - m[1].length;
    const span = { start: at, end: at + m[1].length };
    if (overlapsAny(span, mentions)) continue;
    mentions.push({ ...span, text: m[1], form: "text", value: "", sentence: sentenceAt(doc, at), deadline: { start: m.index, end: span.end, text: m[0] } });
  }
  append(mentions, weekdayMentions(text, doc, mentions));
  append(mentions, phraseMentions(text, doc, cueTable(language, "relativeDays"), "relative-day", "day", mentions));
  append(mentions, phraseMentions(text, doc, cueTable(language, "relativeWeeks"), "week", "week", mentions));
  append(mentions, durationMentions(text, doc, cueTable(language, "durationUnits"), mentions));
  mentions.sort((a, b) => a.start - b.start);
  const merged = mergeAdjacent(text, mentions);
  mentions.length = 0;
  append(mentions, merged);
  const clocks = facts.filter((f) => f.kind === "time").sort((a, b) => a.start - b.start);
  append(mentions, attachClocks(text, mentions, clocks, doc));
  // A weekday right before a date is already inside the date's span ("tirsdag 14. oktober"); a weekday in
  // front of a date with words between stays separate.
  return mentions.sort((a, b) => a.start - b.start);
}
