// A notice that announces new hours says which hours they are: the rows under a schedule label go into the SMS and
// the post, and a prohibition with its condition ("Ikke kom hvis du har …") is said to everyone.
import { variants } from "../../../src/core/channels";

const VISITS = "Nye besøkstider ved Sørlandet sykehus\n\nFra mandag 10. februar gjelder nye besøkstider ved alle sengeposter på Sørlandet sykehus Arendal.\n\nBesøkstider:\nHverdager 16.00–18.30\nHelger og helligdager 13.00–18.00\n\nIkke kom på besøk hvis du har hatt oppkast eller diaré de siste 48 timene.\n\nIntensivavdelingen og barselavdelingen har egne regler. Ring avdelingen før du kommer.\n\nSørlandet sykehus\n";

describe("the rows of new hours", () => {
  it("the SMS says the hours, under their label", () => {
    const sms = variants(VISITS).variants.sms.text;
    expect(sms).toContain("Besøkstider: hverdager 16.00-18.30, helger og helligdager 13.00-18.00.");
  });
  it("the post keeps the hours, and the date goes to a line of its own if the lead sentence must give way", () => {
    const post = variants(VISITS).variants.post.text;
    expect(post).toContain("hverdager 16.00–18.30, helger og helligdager 13.00–18.00");
    expect(post).toContain("10. februar");
  });
  it("nynorsk opening hours under a title that names them", () => {
    const draft = "Nye opningstider på biblioteket\n\nFrå 1. februar får Voss bibliotek nye opningstider.\n\nOpningstider:\nMåndag–fredag 10.00–19.00\nLaurdag 10.00–15.00\n\nVoss kommune\n";
    const v = variants(draft).variants;
    expect(v.sms.text).toContain("Opningstider: måndag-fredag 10.00-19.00, laurdag 10.00-15.00.");
    expect(v.post.text).toContain("Opningstider: måndag–fredag 10.00–19.00, laurdag 10.00–15.00.");
  });
  it("a contact line's hours are no such rows", () => {
    const draft = "Nytt nummer til legevakten\n\nFra mandag 3. mars har legevakten nytt telefonnummer: 116 117.\n\nSentralbord:\nMandag–fredag 08.00–15.30\n\nTromsø kommune\n";
    expect(variants(draft).variants.sms.text).not.toContain("08.00");
  });
});

describe("a prohibition with its condition", () => {
  it("is said to everyone, with its condition, and a look back in time does not stop it", () => {
    const v = variants(VISITS).variants;
    expect(v.sms.text).toContain("Ikke kom på besøk hvis du har hatt oppkast eller diaré de siste 48 timene.");
    expect(v.post.text).toContain("Ikke kom på besøk hvis du har hatt oppkast eller diaré de siste 48 timene.");
  });
});

describe("an instruction for the places an exception names", () => {
  it("is not sent to all", () => {
    const r = variants(VISITS);
    expect(r.variants.sms.text).not.toContain("Ring avdelingen");
    // (Said, it goes with the exception that names its wards.)
    if (r.variants.post.text.includes("Ring avdelingen")) expect(r.variants.post.text).toContain("Intensivavdelingen og barselavdelingen har egne regler. Ring avdelingen");
  });
  it("English: «contact the ward» stays with the wards that have their own rules", () => {
    const draft = "New visiting rules at Haukeland\n\nFrom Monday 3 March, new visiting rules apply at all wards at Haukeland University Hospital.\n\nEach patient may have two visitors at the same time.\n\nThe intensive care unit and the maternity ward have their own rules. Please contact the ward before your visit.\n\nHelse Bergen\n";
    const r = variants(draft);
    const a = r.message.actions.find((x) => x.text.startsWith("Please contact the ward"));
    expect(a?.condition).toMatch(/own rules/);
    expect(r.variants.sms.text).not.toContain("contact the ward");
  });
});
