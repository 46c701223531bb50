// A step the next sentence points at ("Husk å oppgi målernummeret. Det står på selve måleren.") stays in place; a
// text that asks "Spørsmål?" itself gets no "Har du spørsmål?" heading over it.
import { variants } from "../../../src/core/channels";

const draft = `Les av strømmåleren

Du må lese av måleren innen 15. januar 2027.

Husk å oppgi målernummeret. Det står på selve måleren.

Spørsmål? Kontakt servicetorget på 74 00 00 00.

Fjellby kommune
`;

describe("back-pointing sentences", () => {
  const letter = variants(draft).variants.letter.text;
  it("keep the step they speak of before them", () => {
    expect(letter).toContain("Husk å oppgi målernummeret. Det står på selve måleren.");
  });
  it("no question heading over a text that asks it", () => {
    expect(letter).not.toContain("Har du spørsmål?\nSpørsmål?");
  });
});
