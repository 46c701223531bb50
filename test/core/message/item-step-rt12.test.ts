// A step further on in a list item is for that item only: "- Tur til Ålesund. … Påmelding innan 9. april." is for
// those who join the trip, not for every reader of the programme.
import { variants } from "../../../src/core/channels";

const DRAFT = [
  "Program for Hovden frivilligsentral – mai",
  "",
  "Alle er velkomne. Det er ikkje naudsynt med påmelding, med mindre anna er oppgitt.",
  "",
  "Arrangement:",
  "- Tysdag 6. mai kl. 12.00: Foredrag om fuglar",
  "- Torsdag 15. mai: Tur til Geiranger. Avreise kl. 08.00 frå torget. Påmelding innan 10. mai.",
  "",
  "Hovden kommune",
  "",
].join("\n");

describe("a step inside one list item", () => {
  it("carries the item as its condition", () => {
    const step = variants(DRAFT).message.actions.find((a) => a.text.startsWith("Påmelding"));
    expect(step?.condition).toMatch(/Tur til Geiranger/);
  });

  it("is not said in the SMS or post as the whole programme's deadline", () => {
    const r = variants(DRAFT);
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      if (/10\. mai/.test(t)) expect(t).toMatch(/Geiranger/);
    }
  });
});
