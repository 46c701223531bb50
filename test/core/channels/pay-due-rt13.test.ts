// "Betalingsfristen er …" / "The payment is due …" only when the deadline's own sentence (or the line over its row)
// speaks of paying: another step of the list that mentions paying does not make "choose the activity before 1 March"
// a payment.
import { variants } from "../../../src/core/channels";

describe("a deadline next to a step that mentions paying", () => {
  it("is not called a payment", () => {
    const draft = "Decision on your application for an activity card\n\nTo: Sara Lind\nCase number: 2025/4471\n\nWe have processed your application. Your son has been granted an activity card worth NOK 2,000.\n\nWhat you must do:\n- Log in to the app with BankID and choose the activity before 1 March.\n- Tell the club that you will pay with the activity card.\n\nKind regards\nAgency for Children and Youth\n";
    const sms = variants(draft).variants.sms.text;
    expect(sms).not.toMatch(/payment is due/i);
    expect(sms).toContain("1 March");
  });
  it("a row under «Restskatten skal betales i to terminer:» is still a payment", () => {
    const draft = "Restskatt for 2025\n\nTil: Ola Hansen\nFødselsnummer: 01010112345\n\nDu har fått restskatt. Restskatten skal betales i to terminer:\n1. termin: innen 20. august\n2. termin: innen 17. september\n\nHilsen\nSkatteetaten\n";
    expect(variants(draft).variants.sms.text).toMatch(/Betalingsfristen er 20\. august/);
  });
});
