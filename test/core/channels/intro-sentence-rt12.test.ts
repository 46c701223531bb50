// The SMS says what a time is of: the lead's first sentence, with no time of its own, goes before the sentence
// with the key time ("… har ledig stilling som … Tiltredelse 1. juni."), or the title does.
import { variants } from "../../../src/core/channels";

describe("the sentence that introduces the key time", () => {
  it("is said with it, or the title is", () => {
    const draft = "Ledig stilling: Lærer i matematikk i 100 % fast stilling – Sandvik ungdomsskole\n\nOppvekstetaten i Sandvik kommune har ledig 100 % fast stilling som lærer ved Sandvik ungdomsskole. Tiltredelse etter avtale, fortrinnsvis 11. august 2025.\n\nSøknadsfrist: 1. mai 2025.\n\nHilsen Sandvik kommune\n";
    const sms = variants(draft).variants.sms.text;
    expect(sms).toMatch(/stilling/i);
    expect(sms).toContain("11. august 2025");
  });
});
