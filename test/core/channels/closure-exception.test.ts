// A closure notice: those it does not cover ("1.–3. trinn har undervisning som vanlig") are told in the SMS, its
// reason left to the letter so the closure's own sentence still fits.
import { variants } from "../../../src/core/channels";

const draft = `Streik: Fjellby ungdomsskole er stengt fra tirsdag

Lærerne ved Fjellby skole er tatt ut i streik fra tirsdag 9. juni. Skolen holder derfor stengt for elevene på 8.–10. trinn fra tirsdag og inntil videre.

Elevene på 1.–7. trinn har undervisning som vanlig, fordi lærerne ved barneskolen ikke er tatt ut i streik.

Med vennlig hilsen
Fjellby kommune
`;

describe("a closure with those it does not cover", () => {
  const r = variants(draft);
  it("finds the exception", () => {
    expect(r.message.exception?.text).toContain("1.–7. trinn har undervisning som vanlig");
  });
  it("says it in the SMS, without its reason, beside the closure's own sentence", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/Elevene på 1\.[-–]7\. trinn har undervisning som vanlig\./);
    expect(sms).not.toContain("barneskolen ikke er tatt ut");
    expect(sms).toContain("inntil videre");
  });
});
