// A sentence that goes on from a condition ("If …, you need do nothing. It will then be sent automatically on …") is
// that branch's outcome: its time is not when the news happens for everyone.
import { variants } from "../../../src/core/channels";

describe("the outcome of a condition is no key time", () => {
  it("English", () => {
    const d = "Your pension statement is ready\n\nYour pension statement for 2026 is now available at dalby.no. Please check it.\n\nIf the statement is correct, you do not need to reply. It will then be approved automatically on 15 March 2027.\n\nDalby Pension Fund\n";
    const r = variants(d);
    expect(r.message.events[0]?.when?.text ?? "").not.toMatch(/15 March/);
    expect(r.variants.sms.text).not.toMatch(/will then be approved/);
  });
  it("nynorsk", () => {
    const d = "Skattemeldinga di er klar\n\nSkattemeldinga for 2026 ligg no på skatteetaten.no. Du må sjekke at opplysningane stemmer.\n\nDersom alt er rett, treng du ikkje gjere noko. Skattemeldinga blir då levert automatisk 30. april 2027.\n\nSkatteetaten\n";
    const r = variants(d);
    expect(r.message.events[0]?.when?.text ?? "").not.toMatch(/30\. april/);
    expect(r.variants.sms.text).not.toMatch(/blir då levert/);
  });
});
