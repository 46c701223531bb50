// personal-data: fødselsnummer / d-nummer (checksum-valid, @navikt/fnrvalidator via core/detect), bank
// account numbers (MOD11), e-mail addresses and phone numbers, each labelled for what it is. Identifiers
// of one person are warnings; shared mailboxes and phone numbers are info (contact details are often
// meant to be there; channel checks decide whether they may appear in an SMS or a post).
import type { Doc, Finding, Severity } from "../model";
import type { Rule, RuleContext } from "./types";
import { detectPersonalData, nationalIdType, type PersonalData } from "../detect/index";
import { message } from "./messages";
import { finding } from "./util";

function idKey(digits: string): string {
  const type = nationalIdType(digits);
  if (type === "dnr") return "personal-data.d-number";
  if (type === "hnr") return "personal-data.h-number";
  return "personal-data.national-id";
}

/**
 * Run the detectors only on paragraphs that can hold personal data (a digit or an "@"), with offsets
 * shifted back to the document: the detectors scan with several regular expressions, and most
 * paragraphs of a letter have neither.
 */
function candidates(doc: Doc): PersonalData[] {
  const out: PersonalData[] = [];
  const text = doc.text;
  const spans = doc.paragraphs.length > 0 ? doc.paragraphs : [{ start: 0, end: text.length }];
  for (const p of spans) {
    let hit = false;
    for (let k = p.start; k < p.end; k++) {
      const c = text.charCodeAt(k);
      if ((c >= 48 && c <= 57) || c === 64 || c === 0xff20) {
        hit = true;
        break;
      }
    }
    if (!hit) continue;
    for (const d of detectPersonalData(text.slice(p.start, p.end))) out.push({ ...d, start: d.start + p.start, end: d.end + p.start });
  }
  return out;
}

export const personalDataRule: Rule = {
  id: "personal-data",
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const d of candidates(doc)) {
      let key: string;
      let severity: Severity;
      if (d.kind === "national-id") {
        key = idKey(d.value);
        severity = "warning";
      } else if (d.kind === "account-number") {
        key = "personal-data.account-number";
        severity = "warning";
      } else if (d.kind === "email") {
        key = d.personal ? "personal-data.email.personal" : "personal-data.email";
        severity = d.personal ? "warning" : "info";
      } else {
        key = "personal-data.phone";
        severity = "info";
      }
      out.push(
        finding(doc, {
          rule: "personal-data",
          severity,
          start: d.start,
          end: d.end,
          message: message(ctx.locale, key),
          data: { kind: d.kind, value: d.value, personal: d.personal, ...(d.kind === "national-id" ? { idType: nationalIdType(d.value) } : {}) },
        }),
      );
    }
    return out;
  },
};
