// A step that opens on a pronoun for what the sentence before it names stays with that sentence; moved under
// "Dette må du gjøre" it would say "Du må bestille den …" of nothing.
import { variants } from "../../../src/core/channels";

describe("a step opening on a pronoun stays in its paragraph", () => {
  it("bokmål", () => {
    const d = "Nye bussruter fra 4. januar\n\nFra mandag 4. januar 2027 blir det endringer i bussrutene i Dalby.\n\nRute 12 til Lia blir lagt ned. Reisende til Lia kan i stedet bruke bestillingstransport. Den må bestilles senest to timer før avreise på telefon 177.\n\nHilsen Dalby kommune\n";
    const letter = variants(d).variants.letter.text;
    expect(letter).toMatch(/bestillingstransport\. (?:Du må bestille den|Den må bestilles)/);
    expect(letter).not.toMatch(/Dette må du gjøre\n(?:Du må bestille den|Den må bestilles)/);
  });
});
