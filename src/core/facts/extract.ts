// Fact extraction: dates, times, deadlines, amounts, web addresses, e-mail, phone numbers, streets and
// personal identifiers, each with its span and a normalised value. Pure and total (never throws).
import type { Fact, FactKind } from "../model";
import { detectUrls, detectEmails, detectPhones, detectNationalIds, detectAccountNumbers } from "../detect";
import {
  TEXT_DATE, EN_DATE, NUM_DATE, SLASH_DATE, ISO_DATE, MONTH_ONLY, WEEK, KL_TIME, BARE_TIME, COLON_TIME, AMPM_TIME,
  AMOUNT_PREFIX, AMOUNT_SUFFIX, STREET, WEEKDAY_BEFORE, DEADLINE_BEFORE, DEADLINE_RELATIVE, NUMBER_WORDS, monthOf,
} from "./patterns";
import { scanAll } from "./scan";
import { SpanSet } from "./spans";

const pad = (n: number) => String(n).padStart(2, "0");
function isoDate(day: number, month: number, year?: number): string {
  return year ? `${year}-${pad(month)}-${pad(day)}` : `--${pad(month)}-${pad(day)}`;
}
function fullYear(y: string | undefined): number | undefined {
  if (!y) return undefined;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}
function hm(h: string, m?: string): string {
  return `${pad(Number(h))}:${m ?? "00"}`;
}

interface DateAtom extends Fact {
  day: number;
  month: number;
  year?: number;
  /** Range start day in the same month ("1.–3. mai"). */
  fromDay?: number;
}

/** Every match of a global pattern (see scan.ts: patterns that start with a lookbehind are scanned faster). */
function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  return scanAll(re, text);
}

function dateAtoms(text: string, taken: SpanSet): DateAtom[] {
  const atoms: DateAtom[] = [];
  const found = new SpanSet();
  const push = (a: DateAtom) => {
    // Take a weekday in front into the span ("tirsdag 14. oktober 2025").
    const wd = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, a.start - 24), a.start));
    if (wd) {
      a.start -= wd[0].length;
      a.text = text.slice(a.start, a.end);
    }
    if (!taken.overlaps(a) && !found.overlaps(a)) {
      atoms.push(a);
      found.add(a);
    }
  };
  for (const m of matchAll(TEXT_DATE, text)) {
    const month = monthOf(m[4]);
    if (!month) continue;
    // "Children under 12 may not visit": "may" in lower case after a number is the English verb; the month is written
    // "May" ("12 May"), or with its year.
    if (m[4] === "may" && !m[5]) continue;
    const year = fullYear(m[5]);
    const first = Number(m[2]);
    const day = m[3] ? Number(m[3]) : first;
    push({ kind: "date", start: m.index, end: m.index + m[0].length, text: m[0], value: "", day, month, year, fromDay: m[3] ? first : undefined });
  }
  for (const m of matchAll(EN_DATE, text)) {
    const month = monthOf(m[1]);
    if (!month) continue;
    // "May 5" is fine, but Norwegian "mai 2" inside a sentence is rare; accept only with a year or English text.
    if (!m[3] && !/^[A-Z]/.test(m[1])) continue;
    push({ kind: "date", start: m.index, end: m.index + m[0].length, text: m[0], value: "", day: Number(m[2]), month, year: fullYear(m[3]) });
  }
  for (const m of matchAll(NUM_DATE, text)) {
    // A trailing "." without a year must not be the start of a number ("30.4.5").
    push({ kind: "date", start: m.index, end: m.index + m[0].length, text: m[0], value: "", day: Number(m[2]), month: Number(m[3]), year: fullYear(m[4]) });
  }
  for (const m of matchAll(SLASH_DATE, text)) {
    if (!WEEKDAY_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    push({ kind: "date", start: m.index, end: m.index + m[0].length, text: m[0], value: "", day: Number(m[1]), month: Number(m[2]), year: fullYear(m[3]) });
  }
  for (const m of matchAll(ISO_DATE, text)) {
    push({ kind: "date", start: m.index, end: m.index + m[0].length, text: m[0], value: "", day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) });
  }
  atoms.sort((a, b) => a.start - b.start);
  return atoms;
}

function dateFacts(text: string, taken: SpanSet): Fact[] {
  const atoms = dateAtoms(text, taken);
  const out: Fact[] = [];
  const found = new SpanSet();
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    // Cross-month range "20. oktober–14. november 2025".
    if (b && /^[ \u00A0]?[–—-][ \u00A0]?$/.test(text.slice(a.end, b.start))) {
      const year = b.year ?? a.year;
      const fromYear = a.year ?? (year !== undefined && a.month > b.month ? year - 1 : year);
      const f: Fact = { kind: "date", start: a.start, end: b.end, text: text.slice(a.start, b.end), value: `${isoDate(a.fromDay ?? a.day, a.month, fromYear)}/${isoDate(b.day, b.month, year)}` };
      out.push(f);
      found.add(f);
      i++;
      continue;
    }
    const value = a.fromDay !== undefined ? `${isoDate(a.fromDay, a.month, a.year)}/${isoDate(a.day, a.month, a.year)}` : isoDate(a.day, a.month, a.year);
    const f: Fact = { kind: "date", start: a.start, end: a.end, text: a.text, value };
    out.push(f);
    found.add(f);
  }
  // "innen utgangen av mars", "fra januar 2020": a month is a time too (value "--03", "2020-01").
  for (const m of matchAll(MONTH_ONLY, text)) {
    const lead = (m[1] ?? m[5] ?? "").length;
    const name = m[2] ?? m[6];
    const year = m[4] ?? m[7];
    // "may" in lower case is the English verb ("you may in some cases"), not the month.
    if (!name || name === "may" || m[3] === "may") continue;
    const month = monthOf(name);
    if (!month) continue;
    const start = m.index + lead;
    const one = (mo: number, y?: string) => (y ? `${y}-${pad(mo)}` : `--${pad(mo)}`);
    // "i januar og februar 2027": one period, the year said once for both ("desember og januar 2027" runs over New Year).
    const month2 = m[3] ? monthOf(m[3]) : 0;
    const value = month2 && month2 !== month ? `${one(month, year && month2 < month ? String(Number(year) - 1) : year)}/${one(month2, year)}` : one(month, year);
    const f: Fact = { kind: "date", start, end: m.index + m[0].length, text: m[0].slice(lead), value };
    if (!found.overlaps(f) && !taken.overlaps(f)) {
      out.push(f);
      found.add(f);
    }
  }
  for (const m of matchAll(WEEK, text)) {
    const f: Fact = { kind: "date", start: m.index, end: m.index + m[0].length, text: m[0], value: m[3] ? `${m[3]}-W${pad(Number(m[2]))}` : `W${pad(Number(m[2]))}` };
    if (Number(m[2]) >= 1 && Number(m[2]) <= 53 && !found.overlaps(f) && !taken.overlaps(f)) {
      out.push(f);
      found.add(f);
    }
  }
  return out;
}

function timeFacts(text: string, taken: SpanSet): Fact[] {
  const out: Fact[] = [];
  const found = new SpanSet();
  const add = (start: number, end: number, value: string) => {
    const f: Fact = { kind: "time", start, end, text: text.slice(start, end), value };
    if (!found.overlaps(f) && !taken.overlaps(f)) {
      out.push(f);
      found.add(f);
    }
  };
  for (const m of matchAll(KL_TIME, text)) add(m.index, m.index + m[0].length, hm(m[1], m[2]) + (m[3] ? "-" + hm(m[3], m[4]) : ""));
  for (const m of matchAll(BARE_TIME, text)) add(m.index, m.index + m[0].length, `${hm(m[1], m[2])}-${hm(m[3], m[4])}`);
  for (const m of matchAll(COLON_TIME, text)) add(m.index, m.index + m[0].length, hm(m[1], m[2]) + (m[3] ? "-" + hm(m[3], m[4]) : ""));
  const h24 = (h: string, ap: string) => String((Number(h) % 12) + (/^p/i.test(ap) ? 12 : 0));
  for (const m of matchAll(AMPM_TIME, text)) {
    add(m.index, m.index + m[0].length, hm(h24(m[1], m[3]), m[2]) + (m[4] ? "-" + hm(h24(m[4], m[6]), m[5]) : ""));
  }
  return out;
}

const SCALES: Record<string, number> = { millioner: 1e6, million: 1e6, mill: 1e6, milliarder: 1e9, milliard: 1e9, mrd: 1e9, billion: 1e9 };
function amountValue(num: string, dec: string | undefined, scale: string | undefined): string {
  // (Most amounts have no group separator: the replace cost a microsecond each, 40 ms on 100 kB of "kr 1".)
  const grouped = num.includes(" ") || num.includes("\u00A0") || num.includes("\u202F") || num.includes(".");
  const whole = grouped ? num.replace(/[ \u00A0\u202F.]/g, "") : num;
  const factor = scale ? SCALES[scale.toLowerCase().replace(/\.$/, "")] ?? 1 : 1;
  if (factor > 1) {
    const v = Number(`${whole}.${dec && dec !== "-" ? dec : "0"}`) * factor;
    return String(Math.round(v));
  }
  return dec && dec !== "-" && Number(dec) !== 0 ? `${whole}.${dec.padEnd(2, "0")}` : whole;
}

function amountFacts(text: string, taken: SpanSet): Fact[] {
  const out: Fact[] = [];
  const found = new SpanSet();
  const add = (m: RegExpExecArray, value: string) => {
    const f: Fact = { kind: "amount", start: m.index, end: m.index + m[0].length, text: m[0], value };
    if (!found.overlaps(f) && !taken.overlaps(f)) {
      out.push(f);
      found.add(f);
    }
  };
  for (const m of matchAll(AMOUNT_PREFIX, text)) add(m, amountValue(m[1], m[2], m[3]));
  for (const m of matchAll(AMOUNT_SUFFIX, text)) add(m, amountValue(m[1], m[2], m[3]));
  return out;
}

function deadlineFacts(text: string, dates: Fact[], taken: SpanSet): Fact[] {
  const out: Fact[] = [];
  const found = new SpanSet();
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    const m = DEADLINE_BEFORE.exec(before);
    if (!m) continue;
    const start = d.start - m[0].length;
    // The deadline is the (last) date of the range.
    const value = d.value.includes("/") ? d.value.split("/")[1] : d.value;
    const f: Fact = { kind: "deadline", start, end: d.end, text: text.slice(start, d.end), value };
    out.push(f);
    found.add(f);
  }
  // Relative deadlines need a unit ("uker", "dager" …): skip the costly scan when there is none.
  const units = /(?:uke|veke|dag|måned|månad|time|timar|week|day|hour|month)/i.test(text);
  for (const m of units ? matchAll(DEADLINE_RELATIVE, text) : []) {
    const f: Fact = { kind: "deadline", start: m.index, end: m.index + m[0].length, text: m[0], value: "" };
    if (found.overlaps(f)) continue;
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()] ?? 0;
    const unit = m[2].toLowerCase();
    const code = /^(uke|veke|week)/.test(unit) ? "W" : /^(time|hour)/.test(unit) ? "H" : /^(måned|månad|month)/.test(unit) ? "M" : "D";
    f.value = code === "H" ? `PT${n}H` : `P${n}${code}`;
    if (!taken.overlaps(f)) {
      out.push(f);
      found.add(f);
    }
  }
  return out;
}

function placeFacts(text: string, taken: SpanSet): Fact[] {
  const out: Fact[] = [];
  const found = new SpanSet();
  for (const m of matchAll(STREET, text)) {
    const f: Fact = { kind: "place", start: m.index, end: m.index + m[0].length, text: m[0], value: m[0].replace(/[ \u00A0]+/g, " ").replace(/[–—]/g, "-") };
    if (!taken.overlaps(f) && !found.overlaps(f)) {
      out.push(f);
      found.add(f);
    }
  }
  return out;
}

/** Placeholders such as "{fristDato}" in templates are not facts. */
function placeholders(text: string): Fact[] {
  return matchAll(/\{[^{}\n]{1,80}\}/g, text).map((m) => ({ kind: "place" as FactKind, start: m.index, end: m.index + m[0].length, text: m[0], value: "" }));
}

/** Append `items` to `list` one by one (a spread of 120,000+ items overflows the call stack). */
function append<T>(list: T[], items: readonly T[]): void {
  for (const x of items) list.push(x);
}

/** Append `found` to `facts` and add each span to `taken` (and to `also` when given). */
function take(facts: Fact[], found: readonly Fact[], taken: SpanSet, also?: SpanSet): void {
  for (const f of found) {
    facts.push(f);
    taken.add(f);
    also?.add(f);
  }
}

/**
 * Every fact in `text`, sorted by start. Dates and deadlines overlap on purpose (a deadline fact spans
 * "innen 20. august 2025" and holds the ISO date); all other kinds never overlap each other.
 * Linear in the number of candidate matches (overlap checks are O(log² n)), with no spread of long arrays: a
 * draft with 150,000 facts gets all of them.
 */
export function extractFacts(text: string): Fact[] {
  if (typeof text !== "string" || text.length === 0) return [];
  const facts: Fact[] = [];
  // Everything found so far, and the same without dates (a deadline may span its date).
  const taken = new SpanSet(placeholders(text));
  const takenNoDates = new SpanSet(placeholders(text));
  const ids: Fact[] = [];
  for (const u of detectUrls(text)) ids.push({ kind: "url", start: u.start, end: u.end, text: u.text, value: u.value });
  for (const e of detectEmails(text)) ids.push({ kind: "email", start: e.start, end: e.end, text: e.text, value: e.value });
  take(facts, ids, taken, takenNoDates);
  const personal: Fact[] = [];
  const personalSet = new SpanSet();
  for (const d of detectNationalIds(text)) {
    if (taken.overlaps(d)) continue;
    const f: Fact = { kind: "personal-id", start: d.start, end: d.end, text: d.text, value: d.value };
    personal.push(f);
    personalSet.add(f);
  }
  for (const d of detectAccountNumbers(text)) {
    if (!taken.overlaps(d) && !personalSet.overlaps(d)) personal.push({ kind: "account-number", start: d.start, end: d.end, text: d.text, value: d.value });
  }
  take(facts, personal, taken, takenNoDates);
  take(facts, timeFacts(text, taken), taken, takenNoDates);
  const dates = dateFacts(text, taken);
  take(facts, dates, taken);
  for (const p of detectPhones(text)) {
    const f: Fact = { kind: "phone", start: p.start, end: p.end, text: p.text, value: p.value };
    if (taken.overlaps(f)) continue;
    facts.push(f);
    taken.add(f);
    takenNoDates.add(f);
  }
  take(facts, amountFacts(text, taken), taken, takenNoDates);
  append(facts, deadlineFacts(text, dates, takenNoDates));
  append(facts, placeFacts(text, taken));
  return facts.sort((a, b) => a.start - b.start || b.end - a.end);
}
