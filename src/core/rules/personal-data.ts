// personal-data: data about one person in the draft. A checksum-valid fødselsnummer / D- / H-nummer
// (@navikt/fnrvalidator via core/detect, in every spelling) is an error whose first suggestion masks it,
// keeping the last five digits ("******49843"; data.fixLabel names the action: «Masker»). The mask is a
// suggestion, not a `fix`: whether the number must stay (a decision to that person) needs a human, and a
// safe fix must never change a fact of the draft (the composers apply safe fixes before reading facts); a bank account number (MOD11) and a private e-mail address (free-mail or
// internet-provider domain, free-mail.json) are warnings. The organisation's own contact details (its phone
// numbers, post@kommune.no, an employee's address at its domain) are not personal data: nothing is said
// (channel checks decide whether they may appear in an SMS or a post).
import type { Doc, Finding, Severity } from "../model";
import type { Rule, RuleContext } from "./types";
import { detectAccountNumbers, detectEmails, detectNationalIds, isValidAccountNumber, maskNationalId, type PersonalData } from "../detect/index";
import { message } from "./messages";
import { finding } from "./util";

function idKey(type: string | undefined): string {
  // (A number the draft labels as one whose check digits fail: said so, never called valid.)
  if (type === "labelled") return "personal-data.national-id.labelled";
  if (type === "dnr") return "personal-data.d-number";
  if (type === "hnr") return "personal-data.h-number";
  return "personal-data.national-id";
}

const DIGIT = /[0-9]/g;
const ADDRESS_CHAR = /[\p{L}\p{M}\p{N}._%+\-'!#$&*/=?^`{|}~]/u;

/** Runs of characters that can belong to an e-mail address around each "@" in text[from, to). */
function atRuns(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = text.indexOf("@", from);
  while (k >= 0 && k < to) {
    let a = k;
    while (a > from && k - a < 256 && ADDRESS_CHAR.test(text[a - 1])) a--;
    let b = k + 1;
    while (b < to && b - k < 256 && (ADDRESS_CHAR.test(text[b]) || text[b] === "@")) b++;
    // An address needs a local part before "@" and a dot in the domain after it.
    if (a < k && text.indexOf(".", k + 1) > k && text.indexOf(".", k + 1) < b) out.push([a, b]);
    k = text.indexOf("@", Math.max(b, k + 1));
  }
  return out;
}

/**
 * Personal data found by the core/detect detectors, run only where it can be: ids and account numbers on
 * paragraphs with 11 digits or more, e-mail addresses on the runs of address characters around an "@"
 * (the e-mail scanner is the slow one; an address never holds spaces, brackets or quotes). Offsets are shifted back to the document; overlaps are resolved
 * as detectPersonalData does (earliest first, longest first).
 */
function candidates(doc: Doc): PersonalData[] {
  const all: PersonalData[] = [];
  const text = doc.text;
  const spans = doc.paragraphs.length > 0 ? doc.paragraphs : [{ start: 0, end: text.length }];
  // Digits per paragraph: ids and account numbers have 11, phone numbers at least 3. Runs of digits are found
  // by one regex pass over the text (much faster than reading it character by character), then counted per
  // paragraph with a cursor; paragraphs are in text order.
  // (test() finds the next digit without making a match array; the run is then read in place.)
  const runs: number[] = [];
  DIGIT.lastIndex = 0;
  while (DIGIT.test(text)) {
    const a = DIGIT.lastIndex - 1;
    let b = DIGIT.lastIndex;
    for (let c = text.charCodeAt(b); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++b));
    runs.push(a, b);
    DIGIT.lastIndex = b;
  }
  let r = 0;
  let nextAt = -1;
  for (const p of spans) {
    let digits = 0;
    while (r < runs.length && runs[r + 1] <= p.start) r += 2;
    for (let q = r; q < runs.length && runs[q] < p.end; q += 2) digits += Math.min(runs[q + 1], p.end) - Math.max(runs[q], p.start);
    if (nextAt < p.start) nextAt = text.indexOf("@", p.start) >>> 0; // -1 becomes 2^32-1: no "@" further on
    const at = nextAt < p.end;
    if (digits >= 11) {
      const chunk = text.slice(p.start, p.end);
      const o = p.start;
      for (const d of detectNationalIds(chunk)) all.push({ kind: "national-id", start: d.start + o, end: d.end + o, text: d.text, value: d.value, personal: true, idType: d.type });
      for (const d of detectAccountNumbers(chunk)) all.push({ kind: "account-number", start: d.start + o, end: d.end + o, text: d.text, value: d.value, personal: true });
    }
    if (at) {
      for (const [a, b] of atRuns(text, p.start, p.end)) {
        for (const d of detectEmails(text.slice(a, b))) all.push({ kind: "email", start: d.start + a, end: d.end + a, text: d.text, value: d.value, personal: d.likelyPersonal, freeMail: d.freeMail });
      }
    }
  }
  all.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: PersonalData[] = [];
  for (const d of all) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}

// "Betal til kontonummer …", "innbetales til konto …", "Kontonummer for innbetaling: …", "Pay to account number …".
const PAYEE_BEFORE = /(?:(?:til|to|into|inn[ \u00A0]+på)[ \u00A0]+(?:vårt[ \u00A0]+|vår[ \u00A0]+|our[ \u00A0]+|kommunens[ \u00A0]+|kommunen[ \u00A0]+sin[ \u00A0]+)?(?:bank)?(?:konto(?:nummer|nr\.?)?|kontonummeret|kontoen|account(?:[ \u00A0]+(?:number|no\.?))?)|(?:konto(?:nummer|nr\.?)?|account(?:[ \u00A0]+number)?)[ \u00A0]+(?:for|til|ved)[ \u00A0]+(?:innbetaling|betaling|payment)\p{L}*)[ \u00A0]*:?[ \u00A0]*$/iu;

// ("Vi betaler pengene til kontonummer …", "Pengene blir betalt til …": the body pays the reader.)
const PAID_OUT = /(?:utbetal|tilbakebetal|refunder|refusjon|overfør|pengene|beløpet[ \u00A0]+blir[ \u00A0]+betalt|(?<![\p{L}])(?:vi|me)[ \u00A0]+betaler|paid[ \u00A0]+out|pay[ \u00A0]+out|refund|reimburs|transferred|the[ \u00A0]+money|(?<![\p{L}])we[ \u00A0]+(?:will[ \u00A0]+)?pay)/iu;

export const personalDataRule: Rule = {
  id: "personal-data",
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const d of candidates(doc)) {
      let key: string;
      let severity: Severity;
      let mask: string | undefined;
      if (d.kind === "national-id") {
        key = idKey(d.idType);
        severity = "error";
        mask = maskNationalId(d.text);
      } else if (d.kind === "account-number") {
        // The account the readers are told to pay to is the sender's own, no one's personal data: said only when its
        // check digit is wrong (the payments would go astray).
        // ("Lånet blir utbetalt til konto …": what is paid out goes to the reader's own account.)
        const before = doc.text.slice(Math.max(0, d.start - 60), d.start);
        const payee = PAYEE_BEFORE.test(before) && !PAID_OUT.test(before);
        if (payee && isValidAccountNumber(d.value)) continue;
        key = payee ? "personal-data.account-number.payee-invalid" : isValidAccountNumber(d.value) ? "personal-data.account-number" : "personal-data.account-number.labelled";
        severity = "warning";
      } else if (d.kind === "email" && d.freeMail) {
        key = "personal-data.email.private";
        severity = "warning";
      } else continue; // the organisation's own addresses and numbers
      out.push(
        finding(doc, {
          rule: "personal-data",
          severity,
          start: d.start,
          end: d.end,
          message: message(ctx.locale, key),
          suggestions: mask !== undefined ? [mask] : [],
          data: { kind: d.kind, value: d.value, personal: d.personal, ...(mask !== undefined ? { idType: d.idType, mask, fixLabel: message(ctx.locale, "personal-data.mask") } : {}) },
        }),
      );
    }
    return out;
  },
};
