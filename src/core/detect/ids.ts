// Fødselsnummer / D-nummer / H-nummer (validated with @navikt/fnrvalidator) and Norwegian bank account numbers
// (11 digits, MOD11 with weights 5 4 3 2 7 6 5 4 3 2), in the spellings people write them:
//   solid              01030749843, also glued to a word: "fnr:01030749843", "nr01030749843"
//   date + number      010307-49843, 010307 49843, 01.03.07 49843, 01 03 07 49843, 01-03-07-49843
//   6-3-2              010307 498 43
//   account 4-2-5      1234.56.78903, 1234 56 78903
// Letters may touch the number (glued); digits may not (a longer number is something else). Pure.
import { idnr } from "@navikt/fnrvalidator";
import { remembered } from "./memo";

export interface IdSpan {
  start: number;
  end: number;
  text: string;
  /** The 11 digits. */
  value: string;
}

export interface NationalIdSpan extends IdSpan {
  /** "fnr", "dnr", "hnr", "tnr" … as reported by @navikt/fnrvalidator. */
  type: string;
}

const SP = "[ \\u00A0\\u202F]";
const SEP = "[ \\u00A0\\u202F.\\-]";
// Alternatives, most grouped first (at one position the first that fits wins):
//   2: DD.MM.YY[ -]NNNNN (same separator between the date parts)   3: 6-3-2   4: 6+5   5: account 4-2-5   6: solid
const ELEVEN = new RegExp(
  `(?<!\\d[ \\u00A0\\u202F.,\\-/]?)(?<![+/])(` +
    `(\\d{2}(${SEP})\\d{2}\\3\\d{2}${SEP}?\\d{5})` +
    `|(\\d{6}${SP}\\d{3}${SP}\\d{2})` +
    `|(\\d{6}${SEP}\\d{5})` +
    `|(\\d{4}([ \\u00A0\\u202F.])\\d{2}\\7\\d{5})` +
    `|(\\d{11})` +
    `)(?![ \\u00A0\\u202F.]?\\d|[,\\-/]\\d)`,
  "gu",
);

const W = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** MOD11 check used by Norwegian bank account numbers. */
export function isValidAccountNumber(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += W[i] * Number(digits[i]);
  const r = 11 - (sum % 11);
  const check = r === 11 ? 0 : r;
  return check !== 10 && check === Number(digits[10]);
}

/** Answers by digits: a draft may repeat a number thousands of times, and the validator takes microseconds. */
const ID_TYPES = new Map<string, string | null>();

/** Checksum- and date-valid fødselsnummer, d-nummer, h-nummer or synthetic test number. */
export function nationalIdType(digits: string): string | null {
  if (!/^\d{11}$/.test(digits)) return null;
  const known = ID_TYPES.get(digits);
  if (known !== undefined) return known;
  let type: string | null;
  try {
    const r = idnr(digits);
    type = r.status === "valid" ? r.type : null;
  } catch {
    type = null;
  }
  if (ID_TYPES.size >= 10_000) ID_TYPES.clear();
  ID_TYPES.set(digits, type);
  return type;
}

type Style = "solid" | "fnr" | "account";

type Eleven = { index: number; raw: string; digits: string; style: Style };

/** The numbers of the last texts scanned: detectNationalIds and detectAccountNumbers read the same text in turn, and again for detectPersonalData. */
const elevens = remembered(scanElevens);

function scanElevens(text: string): Eleven[] {
  const out: Eleven[] = [];
  if (!text) return out;
  ELEVEN.lastIndex = 0;
  for (let m = ELEVEN.exec(text); m; m = ELEVEN.exec(text)) {
    const raw = m[1];
    const style: Style = m[8] !== undefined ? "solid" : m[6] !== undefined ? "account" : "fnr";
    out.push({ index: m.index, raw, digits: raw.replace(/\D/g, ""), style });
  }
  return out;
}

/** A label that says the number after it is a national id ("Fødselsnummer:", "fnr.", "D-nummer", "national identity number"). */
const ID_LABEL = /(?:fødselsnummer|fødselsnr\.?|fnr\.?|personnummer|personnr\.?|d-nummer|h-nummer|d-number|d number|h-number|national identity number|national id number|identity number|personal identity number|personal number|birth number)[^.\n\d]{0,12}$/iu;
const ACCOUNT_HINT = /(konto\p{L}*|bankkonto\p{L}*|account\p{L}*)\.?[^.\n]{0,30}$/iu;

/** Fødselsnummer, d-nummer and h-nummer (checksum-valid). Account-style groupings (4.2.5) are left to accounts. */
export function detectNationalIds(text: string): NationalIdSpan[] {
  const out: NationalIdSpan[] = [];
  for (const { index, raw, digits, style } of elevens(text)) {
    if (style === "account") continue;
    // A number the draft calls a fødselsnummer is one, whatever its check digits: a typo in them, or a made-up
    // number in a template, is no licence to send it by SMS.
    const type = nationalIdType(digits) ?? (ID_LABEL.test(text.slice(Math.max(0, index - 40), index)) ? "labelled" : null);
    if (!type) continue;
    if (style === "solid" && isValidAccountNumber(digits) && ACCOUNT_HINT.test(text.slice(Math.max(0, index - 40), index))) continue;
    out.push({ start: index, end: index + raw.length, text: raw, value: digits, type });
  }
  return out;
}

/** Bank account numbers (MOD11-valid). A number that is a valid fødselsnummer counts as one unless written 4.2.5 or introduced as an account. */
export function detectAccountNumbers(text: string): IdSpan[] {
  const out: IdSpan[] = [];
  for (const { index, raw, digits, style } of elevens(text)) {
    // Of the date-style spellings only "NNNNNN NNNNN" was ever an account spelling.
    // (A number the draft calls an account number is one, whatever its check digit.)
    const labelled = ACCOUNT_HINT.test(text.slice(Math.max(0, index - 40), index)) && !ID_LABEL.test(text.slice(Math.max(0, index - 40), index));
    if ((style === "fnr" && !/^\d{6}[ \u00A0]\d{5}$/.test(raw)) || (!isValidAccountNumber(digits) && !labelled)) continue;
    if (style !== "account" && nationalIdType(digits) && !ACCOUNT_HINT.test(text.slice(Math.max(0, index - 40), index))) continue;
    out.push({ start: index, end: index + raw.length, text: raw, value: digits });
  }
  return out;
}

/**
 * The masked form of a national id as written: every digit but the last five becomes one "*" per digit of the
 * date part (six), the separators inside the masked part are dropped, and the last five keep their spelling
 * ("010307-49843" → "******-49843", "01.03.07 49843" → "****** 49843", "010307 498 43" → "****** 498 43").
 */
export function maskNationalId(written: string): string {
  let seen = 0;
  let k = written.length;
  while (k > 0 && seen < 5) {
    k--;
    const c = written.charCodeAt(k);
    if (c >= 48 && c <= 57) seen++;
  }
  if (seen < 5) return written;
  const sep = k > 0 && !/\d/.test(written[k - 1]) ? written[k - 1] : "";
  return "******" + sep + written.slice(k);
}
