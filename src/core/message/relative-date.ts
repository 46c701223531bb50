/**
 * The calendar day a relative day names ("i dag", "i morgen", "tomorrow"), counted from the draft's own stamp: the
 * update it stands in ("Oppdatert tirsdag 17. mars kl. 1400: … har i dag opphevet …") or the page's publishing line
 * ("Publisert tirsdag 10. mars" over "I morgen kveld er … åpne som vanlig"). A short channel is read on another day
 * than it was written: "i morgen" alone then names the wrong night. With the stamp, the channel can say the day too.
 *
 * Written here, not taken from a date library: the dates are year-less as often as not ("--03-17"), and the weekday
 * comes from the stamp's own words; a few lines of month arithmetic do it.
 */
import type { Language } from "../model";
import type { RoledTime } from "./roles";
import calendar from "../facts/calendar.json";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The weekday (0 = Monday) a stamp's text names, if any. */
function weekdayIn(text: string): number | undefined {
  const w = /^\p{L}+/u.exec(text.trim())?.[0].toLowerCase();
  if (!w) return undefined;
  const i = calendar.weekdays.findIndex((names) => names.includes(w));
  return i < 0 ? undefined : i;
}

function weekdayName(i: number, language: Language): string {
  const names = calendar.weekdays[i];
  if (language === "en") {
    const en = names[names.length - 1];
    return en.charAt(0).toUpperCase() + en.slice(1);
  }
  return language === "nn" && names.length === 3 ? names[1] : names[0];
}

function monthName(i: number, language: Language): string {
  const names = calendar.months[i];
  if (language !== "en") return names[0];
  // The English name is the longest entry that is not the Norwegian one ("march", "may"), else the shared one ("april").
  const en = names.slice(1).filter((n) => n.length >= 3 && !names[0].startsWith(n)).sort((a, b) => b.length - a.length)[0] ?? names[0];
  return en.charAt(0).toUpperCase() + en.slice(1);
}

/**
 * The day `offset` days after the stamp's date, as a value ("2027-03-18" or "--03-18") and as words ("onsdag 18.
 * mars", "Wednesday 18 March"; the weekday only when the stamp gives one or its year). Undefined for a stamp that is
 * no single day.
 */
export function dayAfter(stamp: Pick<RoledTime, "value" | "text" | "form">, offset: number, language: Language): { value: string; text: string } | undefined {
  if (stamp.form !== "date") return undefined;
  const m = /^(\d{4}|-)-(\d{2})-(\d{2})$/u.exec(stamp.value);
  if (!m || offset < 0 || offset > 7) return undefined;
  const year = m[1] === "-" ? undefined : Number(m[1]);
  let month = Number(m[2]) - 1;
  let day = Number(m[3]) + offset;
  let y = year;
  const length = (mo: number, yr: number | undefined) => (mo === 1 && yr !== undefined && leap(yr) ? 29 : DAYS_IN_MONTH[mo]);
  while (day > length(month, y)) {
    day -= length(month, y);
    month += 1;
    if (month > 11) {
      month = 0;
      if (y !== undefined) y += 1;
    }
  }
  let wd = weekdayIn(stamp.text);
  if (wd === undefined && year !== undefined) wd = (new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]))).getUTCDay() + 6) % 7;
  const weekday = wd === undefined ? "" : `${weekdayName((wd + offset) % 7, language)} `;
  const value = `${y === undefined ? "-" : String(y)}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const text = language === "en" ? `${weekday}${day} ${monthName(month, language)}` : `${weekday}${day}. ${monthName(month, language)}`;
  return { value, text };
}

/** The offset a relative day's value gives ("day:+1" → 1), or undefined. */
export function dayOffset(value: string): number | undefined {
  const m = /^day:([+-]\d+)$/u.exec(value);
  return m ? Number(m[1]) : undefined;
}
