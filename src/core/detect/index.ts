/**
 * Low-level detectors: pure functions that return spans (UTF-16 offsets, `text === input.slice(start, end)`),
 * sorted by position. None of them throws; empty or odd input gives [].
 *
 *   detectUrls(text)            → UrlSpan[]      web addresses with or without scheme (linkifyjs);
 *                                                 value "nav.no/klage", domain "nav.no", hasScheme
 *   detectEmails(text)          → EmailSpan[]    e-mail addresses; freeMail for free-mail/provider domains
 *                                                 (free-mail.json), likelyPersonal for those and name-like local parts
 *   detectPhones(text)          → PhoneSpan[]    8-digit Norwegian numbers (12 34 56 78, 123 45 678, 12345678,
 *                                                 +47/0047), value "+4712345678"; short numbers (113, 175,
 *                                                 116 117) only after "ring", "telefon", "tlf." …, short: true
 *   detectNationalIds(text)     → NationalIdSpan[] fødselsnummer / d- / h-nummer (checksum-valid, @navikt/fnrvalidator)
 *                                                 solid, 6+5 (010307-49843), 01.03.07 49843, 01 03 07 49843,
 *                                                 6-3-2 (010307 498 43), glued to a word (fnr:01030749843)
 *   detectAccountNumbers(text)  → IdSpan[]       bank account numbers (11 digits, MOD11): 1234.56.78903,
 *                                                 1234 56 78903, solid, glued
 *   detectPersonalData(text)    → PersonalData[] all of the above that identify a person or their money:
 *                                                 kind "national-id" | "account-number" | "email" | "phone"
 *
 * `detectPersonalData` reports every e-mail and phone (a rule decides by channel whether they may appear);
 * `personal` says whether it is likely about one person (national id, account, name-like e-mail) — shared
 * boxes such as post@kommune.no and switchboard numbers are `personal: false`. `idType` (national ids) and
 * `freeMail` (e-mail) say more; `maskNationalId` gives the masked spelling ("******49843").
 */
export { detectUrls, detectEmails, normaliseUrl, urlDomain } from "./urls";
export type { UrlSpan, EmailSpan } from "./urls";
export { detectPhones } from "./phones";
export type { PhoneSpan } from "./phones";
export { detectNationalIds, detectAccountNumbers, isValidAccountNumber, nationalIdType, maskNationalId } from "./ids";
export { isFreeMailDomain } from "./urls";
export type { IdSpan, NationalIdSpan } from "./ids";

import { detectEmails } from "./urls";
import { detectPhones } from "./phones";
import { detectNationalIds, detectAccountNumbers } from "./ids";

export type PersonalDataKind = "national-id" | "account-number" | "email" | "phone";

export interface PersonalData {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
  /** Normalised value (digits, "+47…", lower-case address). */
  value: string;
  /** Likely about one person (always true for national ids and account numbers). */
  personal: boolean;
  /** National ids: "fnr", "dnr", "hnr", "tnr" … (@navikt/fnrvalidator). */
  idType?: string;
  /** E-mail: at a free-mail or internet-provider domain, so a private person's address. */
  freeMail?: boolean;
}

/** National ids, account numbers, e-mail addresses and phone numbers in `text`, sorted, never overlapping. */
export function detectPersonalData(text: string): PersonalData[] {
  if (!text) return [];
  const all: PersonalData[] = [];
  for (const d of detectNationalIds(text)) all.push({ kind: "national-id", start: d.start, end: d.end, text: d.text, value: d.value, personal: true, idType: d.type });
  for (const d of detectAccountNumbers(text)) all.push({ kind: "account-number", start: d.start, end: d.end, text: d.text, value: d.value, personal: true });
  for (const d of detectEmails(text)) all.push({ kind: "email", start: d.start, end: d.end, text: d.text, value: d.value, personal: d.likelyPersonal, freeMail: d.freeMail });
  for (const d of detectPhones(text)) all.push({ kind: "phone", start: d.start, end: d.end, text: d.text, value: d.value, personal: false });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonalData[] = [];
  for (const d of all) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}
