// The names of days and months (facts/calendar.json, all three languages): a capitalised word that is one of them
// ("Monday", "Mars") names no place, body or thing.
import calendar from "../facts/calendar.json";

const WORDS = new Set([...calendar.weekdays.flat(), ...calendar.months.flat()].map((w) => w.toLowerCase()));

/** Whether `word` is a day or month name (any case; an English plural "Mondays" too). */
export function isCalendarWord(word: string): boolean {
  const w = word.toLowerCase();
  return WORDS.has(w) || WORDS.has(w.replace(/s$/u, ""));
}
