// A key sentence that opens on a pronoun for the thing named the sentence before: said alone, it names the thing.
// Own drafts (not in the development set).
import { variants } from "../../../src/core/channels";

describe("a pronoun for the thing named before", () => {
  it("nynorsk «Han blir delt ut …» after «Prisen er på …» says «Prisen blir delt ut …»", () => {
    const draft = [
      "Kulturprisen 2026 til Nordvik songlag",
      "",
      "Nordvik kommune sin kulturpris for 2026 går til Nordvik songlag.",
      "",
      "Prisen er på 30 000 kroner og eit kunstverk. Han blir delt ut av ordføraren på nyttårskonserten i Nordvik kyrkje søndag 10. januar kl. 18.00.",
      "",
      "Nordvik kommune",
    ].join("\n");
    const r = variants(draft);
    expect(r.variants.sms.text).toMatch(/Prisen blir delt ut/);
    expect(r.variants.sms.text).not.toMatch(/Han blir delt ut/);
  });
  it("a pronoun for a person is left alone when no definite noun opens the sentence before", () => {
    const draft = ["Ny rektor", "", "Kari Lie er tilsett som rektor. Ho byrjar måndag 3. august kl. 08.00 på Nordvik skule.", "", "Nordvik kommune"].join("\n");
    expect(variants(draft).variants.sms.text).not.toMatch(/Lie byrjar|Kari byrjar/);
  });
});
