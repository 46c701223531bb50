// A moved meeting whose title gives the new date ("Foreldremøtet er flyttet til 3. mars") and whose body gives it
// again with its clock a few paragraphs on ("Nytt tidspunkt er torsdag 3. mars 2027 kl. 19.00"): the SMS says the
// clock. A sentence that opens with "Dette møtet …" speaks of the old meeting and is not said without it.
import { variants } from "../../../src/core/channels";

const nb = `Foreldremøtet er flyttet til 3. mars

Til foresatte på 5. trinn

Vi sendte ut invitasjon til foreldremøte tirsdag 24. februar kl. 18.00 i gymsalen. Dette møtet er dessverre utsatt, fordi rektor er syk.

Nytt tidspunkt er torsdag 3. mars 2027 kl. 19.00. Møtet holdes i biblioteket.

Gi beskjed til kontaktlæreren innen mandag 1. mars om dere kommer.

Med vennlig hilsen
Lia skole
Nordby kommune
`;

describe("a moved meeting", () => {
  const r = variants(nb);
  it("gives the new time with its clock", () => {
    expect(r.message.events[0]?.when?.clock?.text ?? "").toContain("19.00");
    expect(r.variants.sms.text).toContain("19.00");
  });
  it("never says «Dette møtet er … utsatt» beside the new date", () => {
    expect(r.variants.sms.text).not.toContain("Dette møtet");
    expect(r.variants.sms.text).not.toContain("24. februar");
  });
});
