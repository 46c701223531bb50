// Regular expressions for dates, times, amounts and places, built from calendar.json.
import calendar from "./calendar.json";
import { matchStarts } from "./scan";

const monthIndex = new Map<string, number>();
calendar.months.forEach((names, i) => names.forEach((n) => monthIndex.set(n, i + 1)));
const weekdayIndex = new Map<string, number>();
calendar.weekdays.forEach((names, i) => names.forEach((n) => weekdayIndex.set(n, i + 1)));

export const NUMBER_WORDS: Record<string, number> = calendar.numbers;

/** Month number (1-12) for a month name or abbreviation, or 0. */
export function monthOf(name: string): number {
  return monthIndex.get(name.toLowerCase().replace(/\.$/, "")) ?? 0;
}

const alt = (xs: string[]) => xs.sort((a, b) => b.length - a.length).join("|");
export const MONTH = `(?:${alt([...monthIndex.keys()])})`;
// A full month name never takes a full stop ("13. mai." ends a sentence); an abbreviation may ("13. okt.").
// An abbreviation is a shorter start of another name of its month ("okt" of "oktober", "sept" of "september");
// "may", "june" and "july" are full names (English "16 May." ends a sentence as "13. mai." does).
// ("februar" starts "february" but is no abbreviation: an abbreviation has four letters at most.)
const FULL_MONTHS = calendar.months.flatMap((names) => names.filter((n) => n.length > 4 || !names.some((o) => o.length > n.length && o.startsWith(n))));
const ABBR_MONTHS = [...monthIndex.keys()].filter((n) => !FULL_MONTHS.includes(n));
const MONTH_DOT = `(?:(?:${alt([...FULL_MONTHS])})|(?:${alt([...ABBR_MONTHS])})\\.?)`;
export const WEEKDAY = `(?:${alt([...weekdayIndex.keys()])})`;
const DAY = "(?:0?[1-9]|[12]\\d|3[01])";
const DASH = "[–—-]";

/**
 * Textual date atom: "tirsdag 14. oktober 2025", "1.–3. mai", "30. april", "30 April 2027", and a period whose
 * second day has its weekday ("mandag 2. til fredag 20. september"; only after a day with its full stop, so
 * "kl. 14 til fredag 20. september" is no period).
 */
export const TEXT_DATE = new RegExp(
  `(?<![\\p{L}\\d.])()(${DAY})\\.?(?:(?:[ \\u00A0]?${DASH}[ \\u00A0]?|[ \\u00A0]+(?:til|to|until)[ \\u00A0]+)(?:(?<=\\.(?:[ \\u00A0]?${DASH}[ \\u00A0]?|[ \\u00A0]+til[ \\u00A0]+))${WEEKDAY},?[ \\u00A0]+)?(${DAY})\\.?)?[ \\u00A0]+(${MONTH_DOT})(?![\\p{L}])(?:[ \\u00A0]+(\\d{4})(?!\\d))?`,
  "giu",
);
/** A weekday right before a date ("tirsdag 14. oktober", "Friday, 2 May"): extends the date's span. */
// (A line may wrap between them: "… for Friday\n8 January 2027".)
export const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])${WEEKDAY},?(?:[ \\u00A0]*\\n[ \\u00A0]*|[ \\u00A0]+)(?:den[ \\u00A0]+)?$`, "iu");
/** English month-first: "April 30, 2027". */
export const EN_DATE = new RegExp(`(?<![\\p{L}])(${MONTH})[ \\u00A0]+(${DAY})(?:st|nd|rd|th)?(?:,?[ \\u00A0]+(\\d{4}))?(?![\\d\\p{L}])`, "giu");
/**
 * Numeric: "30.04.2027", "30.4.27", "30.4." (a trailing dot is needed without a year), ISO "2027-04-30". Not a
 * clock time ("kl. 10.30") nor a section number ("pkt. 2.1.", "§ 4.2.", "kap. 3.1.", "nr. 1.2.").
 */
export const NUM_DATE = new RegExp(
  `(?<![\\d.,:]|kl\\.?[ \\u00A0]?|(?:pkt|kap|nr)\\.?[ \\u00A0]?|punkt[ \\u00A0]|§[ \\u00A0]?)()(${DAY})\\.(0?[1-9]|1[0-2])\\.(?:(\\d{4}|\\d{2})(?![\\d.]\\d|\\d)|(?![\\d]))`,
  "giu",
);
/**
 * "tirsdag 12/10", "fredag 1/6/2027": day and month with a slash, read as a date only right after a weekday (the
 * caller checks it): alone, "12/10" may be a case number, a fraction or a score.
 */
export const SLASH_DATE = new RegExp(`(?<![\\d/.])(${DAY})/(0?[1-9]|1[0-2])(?:/(\\d{4}|\\d{2}))?(?![\\d/])`, "gu");
export const ISO_DATE = /(?<![\d-])(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d])/g;
/**
 * A month without a day, after a word that makes it a time ("innen utgangen av mars", "i løpet av april", "fra
 * januar 2020", "in March") or with its year ("januar 2020"). Full month names only ("mar" is no month here).
 * Two months joined after such a word are one period ("i januar og februar 2027", "fra mars til mai").
 */
export const MONTH_ONLY = new RegExp(
  // (The word before is matched, not looked behind at: a lookbehind with a run of spaces in it is tried backwards
  // at every position of a long run of spaces. Its length is the match's group 1.)
  `(?<![\\p{L}])((?:innen|innan|i løpet av|utgangen av|slutten av|starten av|begynnelsen av|byrjinga av|midten av|fra og med|frå og med|til og med|fra|frå|til|i|by the end of|the end of|in|during|from|until|before|by)[ \\u00A0]{1,3})(${alt([...FULL_MONTHS])})(?:[ \\u00A0]{1,3}(?:og|and|til|to|${DASH})[ \\u00A0]{1,3}(${alt([...FULL_MONTHS])}))?(?:[ \\u00A0]{1,3}(\\d{4}))?(?![\\p{L}\\d-])|(?<![\\p{L}\\d.])()(${alt([...FULL_MONTHS])})[ \\u00A0]{1,3}(\\d{4})(?![\\d])`,
  "giu",
);
// ("uke 42 og 43", "weeks 38 and 39", "veke 37–38": the second week goes with the first, so no channel says one alone.)
export const WEEK = /(?<![\p{L}])(uke|veke|weeks?)[ \u00A0]+(\d{1,2})(?:(?:[ \u00A0]*[–-][ \u00A0]*|[ \u00A0]+(?:og|and|til|to)[ \u00A0]+)\d{1,2}(?![\d.:,]\d))?(?:[ \u00A0]+(?:i[ \u00A0]+)?(\d{4}))?(?!\d)/giu;

const HH = "(?:[01]?\\d|2[0-3])";
const MM = "[0-5]\\d";
/** "kl. 09.00–14.00", "kl. 9", "klokka 14.30", "kl 10:15", "kl. 1700" (four digits, no separator). */
export const KL_TIME = new RegExp(
  // ("mellom kl. 0800 og 1500", "between 8 and 15": after "mellom"/"between", "og"/"and" joins a range.)
  `(?<![\\p{L}])(?:kl\\.?|klokka|klokken|klokka)[ \\u00A0]?(${HH})(?:[.:]?(${MM}))?(?:[ \\u00A0]?(?:${DASH}|til|(?<=(?:mellom|between)[ \\u00A0](?:kl\\.?|klokka|klokken)[ \\u00A0]?\\d{1,2}(?:[.:]?\\d{2})?[ \\u00A0])(?:og|and))[ \\u00A0]?(?:kl\\.?[ \\u00A0]?)?(${HH})(?:[.:]?(${MM}))?)?(?![\\d])`,
  "giu",
);
/** Bare ranges "09.00-15.00" and colon times "14:30"; "9 am". */
export const BARE_TIME = new RegExp(`(?<![\\d.,:])(${HH})[.:](${MM})[ \\u00A0]?${DASH}[ \\u00A0]?(${HH})[.:](${MM})(?![\\d]|\\.\\d)`, "g");
// ("from 10:00 to 14:00", "10:00–14:00": a range of two colon times is one time.)
export const COLON_TIME = new RegExp(`(?<![\\d.,:])(${HH}):(${MM})(?:(?:[ \\u00A0]?${DASH}[ \\u00A0]?|[ \\u00A0]+(?:to|until|til)[ \\u00A0]+)(${HH}):(${MM}))?(?![\\d:])`, "g");
export const AMPM_TIME = /(?<![\d.,:])(1[0-2]|0?[1-9])(?::([0-5]\d))?[ \u00A0]?(am|pm|a\.m\.|p\.m\.)(?:[ \u00A0]?(?:[–—-]|to|until|and)[ \u00A0]?(1[0-2]|0?[1-9])(?::([0-5]\d))?[ \u00A0]?(am|pm|a\.m\.|p\.m\.))?(?![\p{L}])/giu;

// Bounded (at most 21 digits) so that a long run of digits or digit groups costs linear time in the scan of
// scan.ts, which tries the pattern at every position of the run (see the note there).
const NUM = "(\\d{1,3}(?:[ \\u00A0\\u202F.]\\d{3}){1,6}|\\d{1,21})(?:,(\\d{1,2}|-))?";
const SCALE = "(millioner|million|milliarder|milliard|mill\\.?|mrd\\.?|billion)";
export const AMOUNT_PREFIX = new RegExp(`(?<![\\p{L}])(?:kr\\.?|NOK)[ \\u00A0]?${NUM}(?:[ \\u00A0]${SCALE})?(?![\\d])`, "giu");
export const AMOUNT_SUFFIX = matchStarts(new RegExp(`(?<![\\d.,])${NUM}(?:[ \\u00A0]${SCALE})?[ \\u00A0](kroner|kr\\.?|NOK)(?![\\p{L}])`, "giu"), /\d/);

/**
 * Street names, optionally with house numbers or a range: "Storgata 1–45", "Nordre gate", "Bakkeveien 3 B",
 * "Harbour Road", "Mill Street" (English suffixes after a capitalised name).
 * A name is at most 40 letters and hyphens before its ending: the scan of scan.ts tries the pattern at every
 * position of a long capitalised run ("AAAA…"), and an unbounded name made that quadratic.
 */
export const STREET = matchStarts(new RegExp(
  `(?<![\\p{L}])((?:(?:Nordre|Søndre|Øvre|Nedre|Store|Lille|Vestre|Østre|Gamle|Nye)[ \\u00A0])?[A-ZÆØÅ][\\p{L}-]{0,40}(?:gata|gaten|gate|veien|vegen|vei|veg|plassen|allé|bakken|stien|torget|brygga|kaia|svingen)|[A-ZÆØÅ][\\p{L}]{1,40}[ \\u00A0](?:gate|vei|veg|allé|plass)|(?!(?:The|A|An|This|That|Our|Your|Every|No|One)[ \\u00A0])[A-Z][\\p{L}]{1,40}[ \\u00A0](?:Road|Street|Avenue|Lane|Drive|Square|Crescent|Terrace|Close|Row))(?:[ \\u00A0](\\d{1,4}[ \\u00A0]?[A-Za-z]?(?:[ \\u00A0]?${DASH}[ \\u00A0]?\\d{1,4}[ \\u00A0]?[A-Za-z]?)?))?(?![\\p{L}\\d])`,
    "gu",
  ),
  /[A-ZÆØÅ]/u,
);

// (A compound that ends in "frist" names a deadline too: "Søknadsfrist: 1. mars", "Høringsfrist er 3. mai".)
export const DEADLINE_BEFORE = /(?<![\p{L}\p{N}])(?:innen|innan|senest|seinast|within|\p{L}*frist(?:en)?(?:[ \u00A0]+(?:er|for[ \u00A0]+\p{L}+))?:?|svarfrist(?:en)?:?|klagefrist(?:en)?(?:[ \u00A0]+er)?:?|betalingsfrist(?:en)?:?|forfall(?:er|sdato)?:?|by|before|prior to|no later than|not later than|deadline:?)[ \u00A0]+(?:(?:den|utgangen av|end of|the)[ \u00A0]+)?$/iu;
export const DEADLINE_RELATIVE = new RegExp(
  `(?<![\\p{L}])(?:klagefrist(?:en)?|ankefrist(?:en)?|svarfrist(?:en)?|frist(?:en)?(?:[ \\u00A0]+for[ \\u00A0]+å[ \\u00A0]+\\p{L}+)?|innen|innan|senest|seinast|within)(?:[ \\u00A0]+(?:er|på|is))?[ \\u00A0]+(\\d{1,3}|${alt(Object.keys(NUMBER_WORDS))})[ \\u00A0]+(uker|uke|veker|veke|dager|dagar|virkedager|yrkedagar|måneder|månader|timer|timar|weeks|days|hours|months)(?![\\p{L}])`,
  "giu",
);
