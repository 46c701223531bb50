// Own drafts after red-team rounds 17–18:
// - a summons whose lead calls the old time off ("Denne timen er avlyst …") and whose next paragraph gives the new one
//   ("Ny time er onsdag 19. mars …") stays a summons, and its SMS gives the new time;
// - "går ut 31.12.2025" is an expiry, not a cancellation.
import { variants } from "../../../src/core/channels";

describe("a new time after a cancelled one", () => {
  const draft = [
    "Ny time hos fysioterapeut",
    "",
    "Jonas hadde time hos fysioterapeut tirsdag 4. mars kl. 14.00. Denne timen er avlyst fordi fysioterapeuten er syk.",
    "",
    "Ny time er torsdag 13. mars kl. 10.00–10.45 på Nordby helsestasjon.",
    "",
    "Kan dere ikke komme på den nye timen, må dere gi beskjed senest dagen før på telefon 55 55 12 34.",
    "",
    "Med vennlig hilsen",
    "Nordby kommune",
  ].join("\n");
  const r = variants(draft);
  it("is a summons, and the SMS gives the new time, never the cancelled one", () => {
    expect(r.message.kind).toBe("summons");
    expect(r.variants.sms.text).toMatch(/13\. mars kl\. 10\.00-10\.45/);
    expect(r.variants.sms.text).not.toMatch(/avlyst|4\. mars/);
  });
});

describe("an expiry", () => {
  it("«går ut 31.12.2025» calls nothing off", () => {
    const r = variants(["Fornyelse av feste", "", "Festet på gravstedet B-12 går ut 31.12.2025. Vil du fornye festet, må du gi beskjed innen 1. november 2025.", "", "Med vennlig hilsen", "Nordby kommune"].join("\n"));
    expect(r.message.kind).not.toBe("cancellation");
  });
});
