// Fødselsnummer / d-nummer (validated with @navikt/fnrvalidator) and Norwegian bank account numbers
// (11 digits, MOD11 with weights 5 4 3 2 7 6 5 4 3 2). Pure.
import { idnr } from "@navikt/fnrvalidator";

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

// 11 digits: solid, "DDMMYY NNNNN" (6+5) or account style "NNNN NN NNNNN" / "NNNN.NN.NNNNN".
const ELEVEN = /(?<!\d[ \u00A0.,\-/]?)(?<![\p{L}\d+/])(\d{11}|\d{6}[ \u00A0]\d{5}|\d{4}([ \u00A0.])\d{2}\2\d{5})(?![ \u00A0.]?\d|[,\-/]\d|\p{L})/gu;

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

/** Checksum- and date-valid fødselsnummer, d-nummer, h-nummer or synthetic test number. */
export function nationalIdType(digits: string): string | null {
  if (!/^\d{11}$/.test(digits)) return null;
  try {
    const r = idnr(digits);
    return r.status === "valid" ? r.type : null;
  } catch {
    return null;
  }
}

function elevens(text: string): Array<{ m: RegExpExecArray; digits: string; style: "solid" | "fnr" | "account" }> {
  const out: Array<{ m: RegExpExecArray; digits: string; style: "solid" | "fnr" | "account" }> = [];
  if (!text) return out;
  ELEVEN.lastIndex = 0;
  for (let m = ELEVEN.exec(text); m; m = ELEVEN.exec(text)) {
    const digits = m[1].replace(/\D/g, "");
    const style = /^\d{11}$/.test(m[1]) ? "solid" : /^\d{6}\D\d{5}$/.test(m[1]) ? "fnr" : "account";
    out.push({ m, digits, style });
  }
  return out;
}

const ACCOUNT_HINT = /(konto|kontonummer|kontonr|bankkonto|account)[^.\n]{0,30}$/i;

/** Fødselsnummer and d-nummer (checksum-valid). Account-style groupings (4.2.5) are left to accounts. */
export function detectNationalIds(text: string): NationalIdSpan[] {
  const out: NationalIdSpan[] = [];
  for (const { m, digits, style } of elevens(text)) {
    if (style === "account") continue;
    const type = nationalIdType(digits);
    if (!type) continue;
    if (style === "solid" && isValidAccountNumber(digits) && ACCOUNT_HINT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: digits, type });
  }
  return out;
}

/** Bank account numbers (MOD11-valid). A number that is a valid fødselsnummer counts as one unless written 4.2.5 or introduced as an account. */
export function detectAccountNumbers(text: string): IdSpan[] {
  const out: IdSpan[] = [];
  for (const { m, digits, style } of elevens(text)) {
    if (!isValidAccountNumber(digits)) continue;
    if (style !== "account" && nationalIdType(digits) && !ACCOUNT_HINT.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: digits });
  }
  return out;
}
