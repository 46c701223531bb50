// The sentence that speaks of a step's deadline without naming it ("by then", "innen fristen") goes with the step
// under "Dette må du gjøre"; left behind it would point at whatever date comes before it.
import { variants } from "../../../src/core/channels";

describe("a step's consequence goes with it", () => {
  it("English «by then»", () => {
    const d = "Offer of a place at the after-school club\n\nWe refer to your application received on 2 October 2026.\n\nYour child has been offered a place at Dalby after-school club from 4 January 2027.\n\nYou must accept the offer by 10 December 2026 on the parent portal. If we have not received your answer by then, the place will be offered to someone else.\n\nDalby municipality\n";
    const letter = variants(d).variants.letter.text;
    expect(letter).toMatch(/by 10 December 2026 on the parent portal\. If we have not received your answer by then/);
  });
  it("bokmål «innen fristen»", () => {
    const d = "Mangler i søknaden\n\nVi viser til søknaden din om tilskudd mottatt 3. mars 2027.\n\nSøknaden mangler budsjett.\n\nVi ber deg sende budsjettet innen 1. april 2027. Dersom budsjettet ikke er mottatt innen fristen, avslutter vi saken.\n\nHilsen Dalby kommune\n";
    const letter = variants(d).variants.letter.text;
    expect(letter).toMatch(/innen 1\. april 2027\. Dersom budsjettet ikke er mottatt innen fristen/);
  });
});
