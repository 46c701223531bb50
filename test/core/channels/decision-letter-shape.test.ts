// A decision letter to a business (own draft after red-team round 18):
// - "Vedtak – …" as the title names a decision, and the SMS says "et vedtak om …", not "et vedtak - …";
// - a duty each year ("innen 1. mars hvert år") is no deadline of this letter: the SMS never says "Fristen er 1. mars";
// - the paragraph a lead's colon introduces ("… følgende vedtak:") stays right under it: "Dette må du gjøre" never
//   comes between them.
import { variants } from "../../../src/core/channels";

const draft = [
  "Kafé Brygga AS",
  "Strandveien 2",
  "1234 Nordby",
  "",
  "Vedtak – serveringsbevilling for Kafé Brygga",
  "",
  "Nordby kommune har behandlet søknaden datert 2. februar 2025. Formannskapet gjorde i møte 12. mars 2025 følgende vedtak:",
  "",
  "Kafé Brygga AS innvilges serveringsbevilling fra 1. april 2025. Åpningstiden er kl. 08–23.",
  "",
  "Bevillingen kan ikke tas i bruk før gebyret er betalt. Årsoppgave skal sendes kommunen innen 1. februar hvert år.",
  "",
  "Vedtaket kan påklages til Statsforvalteren innen tre uker fra mottak av dette brevet.",
  "",
  "Med vennlig hilsen",
  "Nordby kommune",
].join("\n");

describe("a decision to a business", () => {
  const r = variants(draft);
  it("is a decision", () => {
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.kind).toBe("decision");
  });
  it("the yearly duty is no deadline of this letter", () => {
    expect(r.message.times.find((t) => t.text === "1. februar")?.role).toBe("recurring");
    expect(r.variants.sms.text).not.toMatch(/1\. februar/);
  });
  it("the SMS names the decision with «om»", () => {
    expect(r.variants.sms.text).toMatch(/et vedtak om serveringsbevilling/);
  });
  it("the letter keeps the decision right under «følgende vedtak:»", () => {
    expect(r.variants.letter.text).toMatch(/følgende vedtak:\n\n[^\n]*serveringsbevilling fra 1\. april/);
  });
});

describe("a passive report to someone", () => {
  it("«Ferien skal meldes til barnehagen innen 15. mai» is the reader's step with its deadline", () => {
    const r = variants(["Sommerferie i barnehagen", "", "Alle barnehager i Nordby holder stengt i uke 29 og 30.", "", "Ferien skal meldes til barnehagen innen 15. mai.", "", "Nordby kommune"].join("\n"));
    const a = r.message.actions.find((x) => /meldes til barnehagen/.test(x.text));
    expect(a?.deadline?.text).toBe("15. mai");
  });
});
