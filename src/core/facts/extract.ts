// Fact extraction: dates, times, deadlines, amounts, web addresses, e-mail, phone numbers, streets and
// personal identifiers, each with its span and a normalised value. Pure and total (never throws).
import type { Fact, FactKind } from "../model";
import { detectUrls, detectEmails, detectPhones, detectNationalIds, detectAccountNumbers } from "../detect";
import {
  TEXT_DATE, EN_DATE, NUM_DATE, ISO_DATE, WEEK, KL_TIME, BARE_TIME, COLON_TIME, AMPM_TIME,
  AMOUNT_PREFIX, AMOUNT_SUFFIX, STREET, WEEKDAY_BEFORE, DEADLINE_BEFORE, DEADLINE_RELATIVE, NUMBER_WORDS, monthOf,
} from "./patterns";
import { scanAll } from "./scan";

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

function overlaps(a: { start: number; end: number }, list: Array<{ start: number; end: number }>): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

/** Every match of a global pattern (see scan.ts: patterns that start with a lookbehind are scanned faster). */
function matchAll(re: RegExp, text: string): RegExpExecArray[] {
  return scanAll(re, text);
}

function dateAtoms(text: string, taken: Fact[]): DateAtom[] {
  const atoms: DateAtom[] = [];
  const push = (a: DateAtom) => {
    // Take a weekday in front into the span ("tirsdag 14. oktober 2025").
    const wd = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, a.start - 24), a.start));
    if (wd) {
      a.start -= wd[0].length;
      a.text = text.slice(a.start, a.end);
    }
    if (!overlaps(a, taken) && !overlaps(a, atoms)) atoms.push(a);
  };
  for (const m of matchAll(TEXT_DATE, text)) {
    const month = monthOf(m[4]);
    if (!month) continue;
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
  for (const m of matchAll(ISO_DATE, text)) {
    push({ kind: "date", start: m.index, end: m.index + m[0].length, text: m[0], value: "", day: Number(m[3]), month: Number(m[2]), year: Number(m[1]) });
  }
  atoms.sort((a, b) => a.start - b.start);
  return atoms;
}

function dateFacts(text: string, taken: Fact[]): Fact[] {
  const atoms = dateAtoms(text, taken);
  const out: Fact[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    const b = atoms[i + 1];
    // Cross-month range "20. oktober–14. november 2025".
    if (b && /^[ \u00A0]?[–—-][ \u00A0]?$/.test(text.slice(a.end, b.start))) {
      const year = b.year ?? a.year;
      const fromYear = a.year ?? (year !== undefined && a.month > b.month ? year - 1 : year);
      out.push({ kind: "date", start: a.start, end: b.end, text: text.slice(a.start, b.end), value: `${isoDate(a.fromDay ?? a.day, a.month, fromYear)}/${isoDate(b.day, b.month, year)}` });
      i++;
      continue;
    }
    const value = a.fromDay !== undefined ? `${isoDate(a.fromDay, a.month, a.year)}/${isoDate(a.day, a.month, a.year)}` : isoDate(a.day, a.month, a.year);
    out.push({ kind: "date", start: a.start, end: a.end, text: a.text, value });
  }
  for (const m of matchAll(WEEK, text)) {
    const f: Fact = { kind: "date", start: m.index, end: m.index + m[0].length, text: m[0], value: m[3] ? `${m[3]}-W${pad(Number(m[2]))}` : `W${pad(Number(m[2]))}` };
    if (Number(m[2]) >= 1 && Number(m[2]) <= 53 && !overlaps(f, out) && !overlaps(f, taken)) out.push(f);
  }
  return out;
}

function timeFacts(text: string, taken: Fact[]): Fact[] {
  const out: Fact[] = [];
  const add = (start: number, end: number, value: string) => {
    const f: Fact = { kind: "time", start, end, text: text.slice(start, end), value };
    if (!overlaps(f, out) && !overlaps(f, taken)) out.push(f);
  };
  for (const m of matchAll(KL_TIME, text)) add(m.index, m.index + m[0].length, hm(m[1], m[2]) + (m[3] ? "-" + hm(m[3], m[4]) : ""));
  for (const m of matchAll(BARE_TIME, text)) add(m.index, m.index + m[0].length, `${hm(m[1], m[2])}-${hm(m[3], m[4])}`);
  for (const m of matchAll(COLON_TIME, text)) add(m.index, m.index + m[0].length, hm(m[1], m[2]));
  const h24 = (h: string, ap: string) => String((Number(h) % 12) + (/^p/i.test(ap) ? 12 : 0));
  for (const m of matchAll(AMPM_TIME, text)) {
    add(m.index, m.index + m[0].length, hm(h24(m[1], m[3]), m[2]) + (m[4] ? "-" + hm(h24(m[4], m[6]), m[5]) : ""));
  }
  return out;
}

const SCALES: Record<string, number> = { millioner: 1e6, million: 1e6, mill: 1e6, milliarder: 1e9, milliard: 1e9, mrd: 1e9, billion: 1e9 };
function amountValue(num: string, dec: string | undefined, scale: string | undefined): string {
  const whole = num.replace(/[ \u00A0\u202F.]/g, "");
  const factor = scale ? SCALES[scale.toLowerCase().replace(/\.$/, "")] ?? 1 : 1;
  if (factor > 1) {
    const v = Number(`${whole}.${dec && dec !== "-" ? dec : "0"}`) * factor;
    return String(Math.round(v));
  }
  return dec && dec !== "-" && Number(dec) !== 0 ? `${whole}.${dec.padEnd(2, "0")}` : whole;
}

function amountFacts(text: string, taken: Fact[]): Fact[] {
  const out: Fact[] = [];
  const add = (m: RegExpExecArray, value: string) => {
    const f: Fact = { kind: "amount", start: m.index, end: m.index + m[0].length, text: m[0], value };
    if (!overlaps(f, out) && !overlaps(f, taken)) out.push(f);
  };
  for (const m of matchAll(AMOUNT_PREFIX, text)) add(m, amountValue(m[1], m[2], m[3]));
  for (const m of matchAll(AMOUNT_SUFFIX, text)) add(m, amountValue(m[1], m[2], m[3]));
  return out;
}

function deadlineFacts(text: string, dates: Fact[], taken: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    const m = DEADLINE_BEFORE.exec(before);
    if (!m) continue;
    const start = d.start - m[0].length;
    // The deadline is the (last) date of the range.
    const value = d.value.includes("/") ? d.value.split("/")[1] : d.value;
    out.push({ kind: "deadline", start, end: d.end, text: text.slice(start, d.end), value });
  }
  // Relative deadlines need a unit ("uker", "dager" …): skip the costly scan when there is none.
  const units = /(?:uke|veke|dag|måned|månad|time|timar|week|day|hour|month)/i.test(text);
  for (const m of units ? matchAll(DEADLINE_RELATIVE, text) : []) {
    const f: Fact = { kind: "deadline", start: m.index, end: m.index + m[0].length, text: m[0], value: "" };
    if (overlaps(f, out)) continue;
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()] ?? 0;
    const unit = m[2].toLowerCase();
    const code = /^(uke|veke|week)/.test(unit) ? "W" : /^(time|hour)/.test(unit) ? "H" : /^(måned|månad|month)/.test(unit) ? "M" : "D";
    f.value = code === "H" ? `PT${n}H` : `P${n}${code}`;
    if (!overlaps(f, taken)) out.push(f);
  }
  return out;
}

function placeFacts(text: string, taken: Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const m of matchAll(STREET, text)) {
    const f: Fact = { kind: "place", start: m.index, end: m.index + m[0].length, text: m[0], value: m[0].replace(/[ \u00A0]+/g, " ").replace(/[–—]/g, "-") };
    if (!overlaps(f, taken) && !overlaps(f, out)) out.push(f);
  }
  return out;
}

/** Placeholders such as "{fristDato}" in templates are not facts. */
function placeholders(text: string): Fact[] {
  return matchAll(/\{[^{}\n]{1,80}\}/g, text).map((m) => ({ kind: "place" as FactKind, start: m.index, end: m.index + m[0].length, text: m[0], value: "" }));
}

/**
 * Every fact in `text`, sorted by start. Dates and deadlines overlap on purpose (a deadline fact spans
 * "innen 20. august 2025" and holds the ISO date); all other kinds never overlap each other.
 */
export function extractFacts(text: string): Fact[] {
  if (typeof text !== "string" || text.length === 0) return [];
  try {
    const facts: Fact[] = [];
    const taken: Fact[] = placeholders(text);
    for (const u of detectUrls(text)) facts.push({ kind: "url", start: u.start, end: u.end, text: u.text, value: u.value });
    for (const e of detectEmails(text)) facts.push({ kind: "email", start: e.start, end: e.end, text: e.text, value: e.value });
    taken.push(...facts);
    for (const d of detectNationalIds(text)) if (!overlaps(d, taken)) facts.push({ kind: "personal-id", start: d.start, end: d.end, text: d.text, value: d.value });
    for (const d of detectAccountNumbers(text)) if (!overlaps(d, taken) && !overlaps(d, facts)) facts.push({ kind: "account-number", start: d.start, end: d.end, text: d.text, value: d.value });
    taken.push(...facts.filter((f) => !taken.includes(f)));
    const times = timeFacts(text, taken);
    facts.push(...times);
    taken.push(...times);
    const dates = dateFacts(text, taken);
    facts.push(...dates);
    taken.push(...dates);
    for (const p of detectPhones(text)) {
      const f: Fact = { kind: "phone", start: p.start, end: p.end, text: p.text, value: p.value };
      if (!overlaps(f, taken)) {
        facts.push(f);
        taken.push(f);
      }
    }
    const amounts = amountFacts(text, taken);
    facts.push(...amounts);
    taken.push(...amounts);
    facts.push(...deadlineFacts(text, dates, taken.filter((f) => f.kind !== "date")));
    facts.push(...placeFacts(text, taken));
    return facts.sort((a, b) => a.start - b.start || b.end - a.end);
  } catch {
    return [];
  }
}
