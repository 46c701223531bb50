// A personal SMS says what its deadline is for: a payment's due date is "Betalingsfristen er …", an answer to an offer
// "Svar innen …"; never a bare "Fristen er …" the reader cannot place. The amount stays in the letter.
import { variants } from "../../../src/core/channels";

describe("the deadline's purpose in a personal SMS", () => {
  it("a payment in instalments", () => {
    const d = "Eiendomsskatt 2027 for eiendommen din\n\nDu skal betale 5 400 kroner i eiendomsskatt for 2027.\n\nBeløpet betales i to terminer:\n1. termin: 2 700 kroner innen 20. mars 2027\n2. termin: 2 700 kroner innen 20. september 2027\n\nDu kan klage innen seks uker.\n\nVennlig hilsen\nDalby kommune\n";
    const sms = variants(d).variants.sms.text;
    expect(sms).toMatch(/Betalingsfristen er 20\. mars 2027/);
    expect(sms).not.toMatch(/2 700|5 400/);
  });
  it("an offer to accept or decline", () => {
    const d = "Offer of a place at the after-school club\n\nDear parent,\n\nYour child has been offered a place at Dalby after-school club from 4 January 2027. You must accept or decline the offer by 10 December 2026 on the parent portal.\n\nDalby municipality\n";
    expect(variants(d).variants.sms.text).toMatch(/Reply by 10 December/);
  });
});
