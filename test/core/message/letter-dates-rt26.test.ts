// Red-team round 26. A personal SMS said "Tid: 20. august" — the letter's own "Dato:" line, under a name and address
// block with no "Til" and a bare "Referanse:" line — and "Tid: 28. april" for a site visit the letter says happened
// ("Ved befaring 28. april 2025 registrerte kommunen …"). Neither is a time the reader must keep. Own drafts.
import { variants } from "../../../src/core/channels";

describe("the letter's own date under a name and address block", () => {
  const d = [
    "Innkalling til sesjon",
    "",
    "Emil Haugland",
    "Bakkeveien 5 B",
    "7040 Trondheim",
    "",
    "Referanse: SES-2025-338921",
    "Dato: 20. august 2025",
    "",
    "Du er kalt inn til sesjon del 2.",
    "",
    "Tid: torsdag 9. oktober kl. 07.45",
    "Sted: Sesjonssenteret, Lade leir, Trondheim",
    "",
    "Med hilsen",
    "Vernepliktsverket",
  ].join("\n");
  const r = variants(d, { language: "nb" });
  it("is no time of the summons", () => {
    expect(r.message.events[0].when?.text).toMatch(/9\. oktober/);
    expect(r.variants.sms.text).not.toMatch(/20\. august/);
    expect(r.variants.sms.text).toMatch(/9\. oktober kl\. 07\.45/);
  });
  it("the block is kept as the letter's address and references", () => {
    expect(r.variants.letter.text).toContain("Emil Haugland\nBakkeveien 5 B\n7040 Trondheim");
    expect(r.variants.letter.text).toContain("Referanse: SES-2025-338921\nDato: 20. august 2025");
  });
  it("the reader's home address is not where the summons is", () => {
    expect(r.message.events[0].where?.text ?? "").not.toMatch(/Bakkeveien/);
  });
});

describe("a visit the letter says happened", () => {
  it("«Ved befaring 28. april 2025 registrerte kommunen …» is past", () => {
    const d = ["Varsel om pålegg om å fjerne flytebrygge", "", "Ved befaring 28. april 2025 registrerte kommunen at det er lagt ut en flytebrygge utenfor eiendommen din.", "", "Du har rett til å uttale deg innen tre uker etter at du har mottatt dette brevet.", "", "Grimstad kommune"].join("\n");
    const r = variants(d, { language: "nb" });
    expect(r.message.times.find((t) => t.text.startsWith("28. april"))?.role).toBe("past");
    expect(r.variants.sms.text).not.toMatch(/28\. april/);
  });
});
