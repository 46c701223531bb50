// A date the body promises ("Leigekontrakten vert sendt til deg innan 1. april") is no deadline of the reader's:
// the SMS says the reader's own deadline ("Kontrakten må signerast og returnerast innan 15. april"), or none.
import { variants } from "../../../src/core/channels";

const nn = (reader: string) =>
  [
    "Vedtak om tildeling av kommunal bustad",
    "",
    "Vi har bestemt at du får tildelt ein leilegheit i Fjellvegen 12. Leigekontrakten vert sendt til deg innan 1. april 2027." + (reader ? ` ${reader}` : "") + " Innflytting kan skje frå 1. mai 2027.",
    "",
    "Med venleg helsing",
    "Fjellheim kommune",
  ].join("\n");
const nb = (reader: string) =>
  [
    "Vedtak om kommunal bolig",
    "",
    "Vi har bestemt at du får leie en leilighet i Fjellveien 12. Vi sender deg leiekontrakten innen 1. april 2027." + (reader ? ` ${reader}` : "") + " Du kan flytte inn fra 1. mai 2027.",
    "",
    "Med vennlig hilsen",
    "Fjordvik kommune",
  ].join("\n");

describe("a date the body promises is not the reader's deadline", () => {
  for (const [lang, draft, reader] of [
    ["nn", nn, "Kontrakten må signerast og returnerast innan 15. april 2027."],
    ["nb", nb, "Kontrakten må signeres og returneres innen 15. april 2027."],
  ] as const) {
    it(`${lang}: with the reader's own deadline, the SMS says 15. april and never 1. april`, () => {
      const v = variants(draft(reader));
      expect(v.variants.sms.text).toContain("15. april");
      expect(v.variants.sms.text).not.toContain("1. april");
      expect(v.message.actions.map((a) => a.deadline?.text)).toEqual(["15. april 2027"]);
    });
    it(`${lang}: without one, the SMS gives no deadline at all`, () => {
      const v = variants(draft(""));
      expect(v.variants.sms.text).not.toMatch(/1\. april|[Ff]rist/);
      expect(v.message.actions).toHaveLength(0);
    });
  }
});

describe("a time the writer gives for its own work is not the reader's deadline", () => {
  const drafts = [
    "Vi har mottatt søknaden din\n\nVi har mottatt søknaden din om startlån. Vi behandler søknaden innen 1. mars 2027. Hvis vi trenger flere opplysninger, tar vi kontakt med deg.\n\nMed vennlig hilsen\nFjordvik kommune",
    "Vi har fått søknaden din\n\nVi har fått søknaden din om startlån. Søknaden vil bli behandlet innen 1. mars 2027.\n\nMed vennlig hilsen\nFjordvik kommune",
    "Vi har fått søknaden din\n\nVi har fått søknaden din om startlån. Vi handsamar søknaden innan 1. mars 2027.\n\nMed venleg helsing\nFjellheim kommune",
  ];
  for (const d of drafts)
    it(`«${d.split("\n")[2].slice(0, 70)}…»: no «Fristen er 1. mars» in the SMS`, () => {
      const sms = variants(d).variants.sms.text;
      expect(sms).not.toMatch(/[Ff]rist/);
    });
  it("«Hvis vi ikke får opplysningene innen …» is still the reader's deadline", () => {
    const d = "Vi trenger opplysninger\n\nVi trenger lønnsslippene dine for å behandle søknaden. Hvis vi ikke får opplysningene innen 1. mars 2027, avgjør vi saken med de opplysningene vi har.\n\nMed vennlig hilsen\nFjordvik kommune";
    expect(variants(d).variants.sms.text).toContain("1. mars");
  });
});

describe("the role of a time the writer gives for its own work", () => {
  it("is «expected» in the message, and the reader's own deadline in the same letter stays a deadline", () => {
    const v = variants(nb("Kontrakten må signeres og returneres innen 15. april 2027."));
    const role = (value: string) => v.message.times.find((t) => t.text.startsWith(value))?.role;
    expect(role("1. april")).toBe("expected");
    expect(role("15. april")).toBe("deadline");
  });
  it("a clause of the reader's after one of the writer's keeps its deadline («Før vi avgjer …, kan du uttale deg innan …»)", () => {
    const v = variants("Varsel om tilbakekrevjing\n\nFør vi avgjer om du skal betale tilbake, kan du uttale deg innan 20. mars 2027.\n\nMed venleg helsing\nNav");
    expect(v.message.times.find((t) => t.text.startsWith("20. mars"))?.role).toBe("deadline");
    expect(v.variants.sms.text).toContain("20. mars");
  });
});

describe("a payment the body makes is not the reader's deadline", () => {
  for (const [lang, sentence] of [
    ["nn", "Du har rett til eingongsstønad og får utbetalt 92 648 kroner innan ei veke."],
    ["nb", "Du har rett til engangsstønad og får utbetalt 92 648 kroner innen en uke."],
  ] as const)
    it(`${lang}: «${sentence}» gives no «Frist» in the SMS`, () => {
      const sign = lang === "nn" ? "Med venleg helsing" : "Med vennlig hilsen";
      const v = variants(`Nav har innvilga søknaden din\n\n${sentence}\n\n${sign}\nNav Familie- og pensjonsytelser`);
      expect(v.variants.sms.text).not.toMatch(/[Ff]rist|innan ei veke|innen en uke/);
    });
});
