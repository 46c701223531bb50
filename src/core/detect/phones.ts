// Norwegian phone numbers: 8 digits in the usual groupings ("12 34 56 78", "123 45 678", "12345678"),
// optionally with +47 / 0047, and short numbers (113, 175, 116 117, 1881, 02800) only when introduced
// as a number to call ("ring 113", "telefon 175", "ring legevakten på 116 117"). Pure.
import { remembered } from "./memo";

export interface PhoneSpan {
  start: number;
  end: number;
  text: string;
  /** "+4712345678" for full numbers; the digits ("113") for short numbers. */
  value: string;
  /** True for a short number (3–6 digits). */
  short: boolean;
}

const SEP = "[ \\u00A0\\u202F.]";
const GROUPED = `\\d{2}${SEP}\\d{2}${SEP}\\d{2}${SEP}\\d{2}|\\d{3}${SEP}\\d{2}${SEP}\\d{3}|\\d{4}${SEP}\\d{4}|\\d{8}`;
// Lookbehind: no digit (optionally one separator) and no "+"/"/"/"-" right before; lookahead: no further digit group.
const FULL = new RegExp(
  `(?<!\\d[ \\u00A0\\u202F.,/\\-–]?)(?<![\\p{L}\\d+/\\-–])((?:\\+|00)[ \\u00A0]?47[ \\u00A0.\\-]?)?(${GROUPED})(?![ \\u00A0\\u202F.]?\\d|[,\\-–/]\\d|\\p{L})`,
  "gu",
);
const CONTEXT = /(telefon|tlf|ring|mobil|sms|phone|call|nummer|nr\.?|vakttelefon|kontakt)[^.\n]{0,40}$/i;
// Short numbers are found digits-first (cheap), then the words before them are checked.
const SHORT = /(?<![\d+\-–/.,])(\d{3}[ \u00A0]\d{3}|\d{3,5})(?![\d]|[ \u00A0.,]\d|\p{L})/gu;
const INTRO_BEFORE =
  /(?<![\p{L}])(?:ring(?:e|er|ja|je|a|)?|telefon(?:nummer|nummeret)?|tlf\.?|nødnummer(?:et)?|nummeret|nummer|call|dial|phone)[ \u00A0]+(?:oss[ \u00A0]+|\p{L}{4,}[ \u00A0]+(?=på|til|on))?(?:på[ \u00A0]+|til[ \u00A0]+|on[ \u00A0]+)?$/iu;

function hasDigits(text: string, n: number): boolean {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57 && ++count >= n) return true;
  }
  return false;
}

const phones = remembered(scanPhones);

/** All phone numbers in `text`, in order. Never throws. */
export function detectPhones(text: string): PhoneSpan[] {
  return phones(text).slice();
}

function scanPhones(text: string): PhoneSpan[] {
  if (!text) return [];
  const out: PhoneSpan[] = [];
  FULL.lastIndex = 0;
  // A full number has eight digits: a text with fewer needs no run of the (lookbehind-led, slow) FULL regex.
  for (let m = hasDigits(text, 8) ? FULL.exec(text) : null; m; m = FULL.exec(text)) {
    const prefix = m[1] ?? "";
    const body = m[2];
    const digits = body.replace(/\D/g, "");
    if (digits.length !== 8) continue;
    const first = digits[0];
    if (first === "0" || first === "1") continue;
    // A solid or 4+4 number that is not a mobile needs a hint that it is a phone number.
    const grouped2or3 = /^\d{2}\D\d{2}\D\d{2}\D\d{2}$|^\d{3}\D\d{2}\D\d{3}$/.test(body);
    if (!prefix && !grouped2or3 && first !== "4" && first !== "9") {
      if (!CONTEXT.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    }
    // "kr 12 34 56 78" or "12 345 678 kroner" are amounts, not numbers to call.
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (/kr\.?\s?$|NOK\s?$/i.test(before) || /^\s?(kr|kroner|NOK|,-)/i.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: "+47" + digits, short: false });
  }
  SHORT.lastIndex = 0;
  for (let m = SHORT.exec(text); m; m = SHORT.exec(text)) {
    const num = m[1];
    const start = m.index;
    const digits = num.replace(/\D/g, "");
    if (digits.length === 4 && /^(19|20)\d\d$/.test(digits)) continue; // a year
    // INTRO_BEFORE ends in a space: most numbers (amounts, dates) fail this before the regex has to run.
    const space = text.charCodeAt(start - 1);
    if (space !== 0x20 && space !== 0xa0) continue;
    if (!INTRO_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (out.some((p) => start < p.end && p.start < start + num.length)) continue;
    out.push({ start, end: start + num.length, text: num, value: digits, short: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
