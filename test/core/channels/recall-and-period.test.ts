// A recall: the date printed on the goods names which packs are meant (never the notice's time), and the SMS says
// both which goods and what buyers must do. A title that gives a period's first day: the SMS says the whole period.
import { variants } from "../../../src/core/channels";

const recall = `Tilbakekalling av spekeskinke

Fjellgarden AS kaller tilbake spekeskinke fordi det er funnet salmonella i en produksjon.

Gjelder: Spekeskinke i skiver, 100 g, best før 14.11.2027, lot 4471.

Varen er solgt i butikker i Innlandet.

Har du kjøpt varen, må du ikke spise den. Du kan levere den tilbake i butikken.

Mattilsynet
`;

describe("a recall", () => {
  const r = variants(recall);
  it("gives the best-before date the role of a label, not the key time", () => {
    const t = r.message.times.find((x) => x.text.includes("14.11.2027"));
    expect(t?.role).toBe("label");
    expect(r.message.events[0]?.when?.text ?? "").not.toContain("14.11.2027");
  });
  it("says which goods and what buyers must do in the SMS", () => {
    const sms = r.variants.sms.text;
    expect(sms).toContain("best før 14.11.2027");
    expect(sms).toContain("lot 4471");
    expect(sms).toContain("Har du kjøpt varen, må du ikke spise den.");
  });
});

const leash = `Båndtvang fra 15. april

Det er båndtvang for hunder i hele kommunen i perioden 15. april–31. august.

Fjellby kommune
`;

describe("a period in the lead behind a title's first day", () => {
  it("is the key time, said whole in the SMS", () => {
    const r = variants(leash);
    expect(r.message.events[0]?.when?.text).toBe("15. april–31. august");
    expect(r.variants.sms.text).toMatch(/15\. april-31\. august|15\. april–31\. august/);
  });
});

const bus = `Nye rutetider for båten

Fra mandag 6. januar går båten til Holmøy 15 minutter senere. Se rutetidene på fjordbat.no eller i Billett-appen.

Fjordbåt AS
`;

describe("a bare web address in a sentence", () => {
  it("stays in the SMS sentence, and «Les mer på» does not repeat it", () => {
    const r = variants(bus);
    expect(r.message.links.map((l) => l.value)).toContain("fjordbat.no");
    const sms = r.variants.sms.text;
    expect(sms).toContain("Se rutetidene på fjordbat.no eller i Billett-appen.");
    expect(sms.split("fjordbat.no").length - 1).toBe(1);
  });
});
