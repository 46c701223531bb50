// Who signs: the public body over its unit; which link is "read more": never a shop. Own drafts (not in the
// development set).
import { variants } from "../../../src/core/channels";

describe("a unit over its body in the signature", () => {
  const draft = ["Influensavaksine", "", "Vi vaksinerer tysdag 13. oktober kl. 12.00–18.00 på helsestasjonen.", "", "Helsestasjonen", "Fjordane kommune"].join("\n");
  it("the body signs the SMS", () => {
    const r = variants(draft);
    expect(r.message.sender?.name).toBe("Fjordane kommune");
    expect(r.variants.sms.text).toMatch(/Fjordane kommune$/);
  });
  it("a unit alone still signs", () => {
    expect(variants(draft.replace("\nFjordane kommune", "")).message.sender?.name).toBe("Helsestasjonen");
  });
  it("a unit in the signature under a letterhead with the body: the body signs", () => {
    const letter = [
      "Nordby kommune",
      "Tildelingskontoret",
      "",
      "Kari Nordmann",
      "Fjellveien 3",
      "9990 Nordby",
      "",
      "Svar på søknad om parkeringstillatelse",
      "",
      "Du har fått et vedtak i saken din. Du kan klage innen tre uker.",
      "",
      "Med hilsen",
      "",
      "Ola Hansen",
      "leder, Tildelingskontoret",
    ].join("\n");
    expect(variants(letter).message.sender?.name).toBe("Nordby kommune");
  });
});

describe("a ticket shop is no «read more» link", () => {
  const draft = [
    "Kulturveka 2026",
    "",
    "Kulturveka i Bremnes startar måndag 8. juni. Dei fleste arrangementa er gratis.",
    "",
    "Konsert med Bremnes storband fredag 12. juni kl. 20.00. Billettar 200 kr på billett.no.",
    "",
    "Bremnes kommune",
  ].join("\n");
  it("the SMS and the post do not send readers to the shop for more", () => {
    const r = variants(draft);
    expect(r.message.links).toEqual([]);
    expect(r.variants.sms.text).not.toMatch(/Les meir på billett\.no/);
    expect(r.variants.post.text).not.toMatch(/https:\/\/billett\.no/);
  });
});
