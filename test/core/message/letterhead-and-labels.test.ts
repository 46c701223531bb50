// The top of a letter and a labelled deadline, read on own drafts (not in the development set):
// the unit under the organisation's name in the letterhead ("Plan og byggesak") is no title, and a compound
// that ends in "frist" before a date ("Søknadsfrist: 1. mars") names the reader's deadline.
import { extractFacts } from "../../../src/core/facts";
import { variants } from "../../../src/core/channels";

describe("a letterhead with the unit under the organisation", () => {
  const draft = [
    "Solvik kommune",
    "Helse og omsorg",
    "",
    "Kari Nordmann",
    "Fjellveien 3",
    "9990 Solvik",
    "",
    "Varsel om endret vedtak om praktisk bistand",
    "",
    "Vi har vurdert behovet ditt på nytt. Du kan uttale deg innen 15. januar 2027.",
    "",
    "Med hilsen",
    "Solvik kommune",
  ].join("\n");
  it("the title is the letter's heading, not the unit's name", () => {
    const r = variants(draft);
    expect(r.message.subject.text).toBe("Varsel om endret vedtak om praktisk bistand");
    expect(r.variants.sms.text).not.toMatch(/Helse og omsorg/);
  });
});

describe("a compound that ends in «frist» before a date", () => {
  it.each([["Søknadsfrist: 1. mars."], ["Høringsfrist er 3. mai."], ["Innspillsfristen er 3. mai."]])("%s is a deadline", (s) => {
    expect(extractFacts(s).some((f) => f.kind === "deadline")).toBe(true);
  });
  it("a how-to-apply page keeps its application deadline in the SMS and the post", () => {
    const draft = ["Slik søker du om tilskudd til lag", "", "Lag og foreninger i Solvik kan søke om tilskudd.", "", "Fyll ut skjemaet på solvik.kommune.no/tilskudd.", "", "Søknadsfrist: 1. mars."].join("\n");
    const r = variants(draft);
    expect(r.variants.sms.text).toMatch(/1\. mars/);
    expect(r.variants.post.text).toMatch(/1\. mars/);
  });
});
