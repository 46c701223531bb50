// Round 9: an amount with its currency code is never a place; with no time for the event and nothing for the reader to
// do, what the sender will do by a date is what the SMS and the post say next, and a deadline named in a sentence of its
// own ("Fristen for å betale blir 20. mars") is said with what it is for; never a branch of a list for some readers.
import { variants } from "../../../src/core/channels";

const invoice = `Feil i straumrekninga frå kommunen

Rekninga for kommunale avgifter som vart send ut 3. september, hadde feil sum. Mange fekk eit tillegg på NOK 1 200 som ikkje skulle vore med.

Vi sender ny rekning innan 1. oktober. Fristen for å betale blir 25. oktober.

- Har du alt betalt: Du får pengane tilbake innan 15. oktober.

Helsing
Fjellby kommune
`;

const apply = `Slik søker du om parkeringskort

Fyll ut skjemaet på fjellby.kommune.no innen 1. mai. Du får svar innen utgangen av juni.

Fjellby kommune
`;

describe("what happens next, when the reader has nothing to do", () => {
  const r = variants(invoice);
  it("«på NOK 1 200» is no place", () => {
    expect(r.message.events[0]?.where).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/Stad|Sted|Hvor/);
  });
  it("the SMS says the new bill and the deadline with what it is for", () => {
    expect(r.variants.sms.text).toContain("ny rekning innan 1. oktober");
    expect(r.variants.sms.text).toContain("Fristen for å betale blir 25. oktober");
    expect(r.variants.sms.text).not.toMatch(/Frist: 25/);
    // In the draft's order: the new bill first, then when to pay it.
    expect(r.variants.sms.text.indexOf("ny rekning")).toBeLessThan(r.variants.sms.text.indexOf("Fristen for å betale"));
  });
  it("the post says the same, and no bare «Frist:» line", () => {
    expect(r.variants.post.text).toContain("ny rekning innan 1. oktober");
    expect(r.variants.post.text).toContain("Fristen for å betale blir 25. oktober");
    expect(r.variants.post.text).not.toMatch(/^Frist/m);
  });
  it("a refund promised in one branch of a list never reaches everyone", () => {
    expect(r.variants.sms.text).not.toContain("15. oktober");
    expect(r.variants.post.text).not.toContain("15. oktober");
  });
  it("where the reader has a step, the promise of an answer comes after it", () => {
    const s = variants(apply).variants.sms.text;
    expect(s).toContain("1. mai");
    expect(s).toContain("utgangen av juni");
    expect(s.indexOf("innen 1. mai")).toBeLessThan(s.indexOf("utgangen av juni"));
  });
});

describe("a deadline named by what happens if the reader has not acted", () => {
  const course = `Gratis svømmekurs for voksne fra 2. juni

Fra 2. juni holder vi gratis svømmekurs for voksne i Fjellbyhallen. Kurset går over seks kvelder.

Hvis du ikke har meldt deg på innen 20. mai, får du ikke plass på kurset. Du melder deg på fjellby.kommune.no/svomming.

Hilsen
Fjellby kommune
`;
  const r = variants(course);
  it("gives the instruction the deadline («meldt deg på» / «melder deg på»)", () => {
    expect(r.message.actions.find((a) => a.text.startsWith("Du melder"))?.deadline?.text).toBe("20. mai");
  });
  it("the SMS and the post say what is due by then, never a bare «Frist:» or a stub «Du melder.»", () => {
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toContain("meldt deg på innen 20. mai");
      expect(t).not.toMatch(/Frist: 20/);
      expect(t).not.toMatch(/Du melder\./);
    }
  });
});

describe("an English sender's sign-off", () => {
  it("«From the Norwegian Public Roads Administration», never «From The …»", () => {
    const r = variants(`Road closed on Friday 3 May

The E6 at Fjellby is closed on Friday 3 May from 10 pm.

The Norwegian Public Roads Administration
`);
    expect(r.variants.sms.text).toContain("From the Norwegian Public Roads Administration");
  });
});
