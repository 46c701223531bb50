// personal-data: fødselsnummer / d-nummer (checksum-valid, @navikt/fnrvalidator via core/detect), bank
// account numbers (MOD11), e-mail addresses and phone numbers, each labelled for what it is. Identifiers
// of one person are warnings; shared mailboxes and phone numbers are info (contact details are often
// meant to be there; channel checks decide whether they may appear in an SMS or a post).
import type { Doc, Finding, Severity } from "../model";
import type { Rule, RuleContext } from "./types";
import { detectPersonalData, nationalIdType } from "../detect/index";
import { message } from "./messages";
import { finding } from "./util";

function idKey(digits: string): string {
  const type = nationalIdType(digits);
  if (type === "dnr") return "personal-data.d-number";
  if (type === "hnr") return "personal-data.h-number";
  return "personal-data.national-id";
}

export const personalDataRule: Rule = {
  id: "personal-data",
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const d of detectPersonalData(doc.text)) {
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
