// "Vi viser til at …" and "Vi viser til A, og til B": a reference moved after the message still reads as a sentence.
import { variants } from "../../../src/core/channels";

const letterOf = (draft: string) => variants(draft).variants.letter.text;

describe("a reference opener that is moved", () => {
  it("a that-clause becomes its own statement, not «Dette gjelder at …»", () => {
    const draft = "Kari Nilsen\nStorgata 4\n3050 Mjøndalen\n\nSaksnr.: 2025/77\n\nLeie av kommunal bolig\n\nVi viser til at du leier bolig i Parkveien 12 av kommunen. Husleien blir 9 400 kroner fra 1. mars 2025.\n\nHilsen Lier kommune\n";
    const letter = letterOf(draft);
    expect(letter).toContain("Du leier bolig i Parkveien 12 av kommunen.");
    expect(letter).not.toMatch(/gjelder at/);
  });

  it("the second «til» of «viser til A, og til B» goes with the verb (nn)", () => {
    const draft = "Ola Dale\nFjordvegen 2\n6800 Førde\n\nSaksnr.: 24/812\n\nVedtak om praktisk bistand\n\nVi viser til søknaden din av 3. mars, og til samtalen med sakshandsamar 10. mars. Du får praktisk bistand to timar i veka frå 1. april.\n\nMed helsing\nSunnfjord kommune\n";
    const letter = letterOf(draft);
    expect(letter).toContain("søknaden din av 3. mars, og samtalen med sakshandsamar 10. mars");
    expect(letter).not.toMatch(/og til samtalen/);
  });
});
