// "Nye åpningstider på passkontoret" is a title, not a letterhead (its lower-case words say what is new; they name no
// one), and the rows of days and hours under the lead sentence are said as rows, in "kl. 0800–1500" form too.
// Own draft (not in the development set).
import { variants } from "../../../src/core/channels";
import { readStructure } from "../../../src/core/message/structure";
import { extractFacts } from "../../../src/core/facts/extract";

const draft = [
  "Nye åpningstider på skattekontoret",
  "",
  "Fra 1. november får skattekontoret i rådhuset nye åpningstider:",
  "mandag–torsdag kl. 0900–1500",
  "fredag kl. 0900–1300",
  "",
  "Du må bestille time før du kommer.",
  "",
  "Nordby kommune",
].join("\n");

describe("new opening hours in rows under the lead sentence", () => {
  it("reads the first line as the title", () => {
    expect(readStructure(draft, extractFacts(draft), "nb").title?.text).toBe("Nye åpningstider på skattekontoret");
  });
  it("still reads a body's name over a title as the letterhead", () => {
    const d = `Nordby kommune\nSkatt og innfordring\n\n${draft}`;
    expect(readStructure(d, extractFacts(d), "nb").title?.text).toBe("Nye åpningstider på skattekontoret");
  });
  it("the SMS and the post give every row of hours", () => {
    const r = variants(draft);
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toMatch(/mandag.torsdag kl\. 0900.1500/);
      expect(t).toMatch(/fredag kl\. 0900.1300/);
    }
  });
});
