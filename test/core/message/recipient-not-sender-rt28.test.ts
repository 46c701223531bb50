// Red-team round 28: a summons from a land consolidation court opened with the reader's address block ("Lars Eide" /
// "Nedre Eide gård" / "4373 Vikeid"), and the court's name in the signature was no organisation word; the SMS was
// signed "Hilsen Nedre Eide gård", the reader's own farm. A line under the reader's name in the address block is never
// the letterhead, and a court signs. Own drafts.
import { variants } from "../../../src/core/channels";

const d = (sig: string) =>
  ["Lars Eide", "Nedre Eide gård", "4373 Vikeid", "", "Dato: 20. mai 2027", "", "Innkalling til rettsmøte", "", "Du er kalt inn som part til rettsmøte mandag 14. juni 2027 kl. 1000 på Vikeid grendehus.", "", "Med hilsen", "", "Ingrid Solheim", sig].join("\n");

describe("the reader's address block", () => {
  it("never signs the SMS", () => {
    const r = variants(d("jordskiftedommer"), { language: "nb" });
    expect(r.message.sender?.name).not.toBe("Nedre Eide gård");
    expect(r.variants.sms.text).not.toContain("Nedre Eide gård");
  });
  it("a court in the signature signs", () => {
    const r = variants(d("Agder jordskifterett"), { language: "nb" });
    expect(r.message.sender?.name).toBe("Agder jordskifterett");
    expect(r.variants.sms.text).toContain("Agder jordskifterett");
  });
  it("a letterhead over the address block still signs (a guard)", () => {
    const x = ["Strandvik kommune", "", "Lars Eide", "Nedre Eide gård", "4373 Vikeid", "", "Innkalling til møte", "", "Du er kalt inn til møte mandag 14. juni 2027 kl. 1000.", "", "Med hilsen", "Ingrid Solheim"].join("\n");
    expect(variants(x, { language: "nb" }).message.sender?.name).toBe("Strandvik kommune");
  });
});
