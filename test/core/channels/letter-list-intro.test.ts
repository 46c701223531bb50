// A paragraph that ends in a colon introduces the list under it: the letter keeps them together even when the
// key event's time (in the list) moves up before what the reader must do.
import { variants } from "../../../src/core/channels";

const draft = `Åpen dag på gjenvinningsstasjonen

Fjellby kommune inviterer til åpen dag med gratis levering av hageavfall.

Du kan levere hageavfall gratis på Moa gjenvinningsstasjon, Industriveien 9, disse dagene:

Lørdag 8. mai kl. 10.00–16.00
Lørdag 15. mai kl. 10.00–14.00

Sorter avfallet før du kommer.

Hilsen Fjellby kommune
`;

describe("a colon lead-in and its list", () => {
  it("stay together in the letter", () => {
    const letter = variants(draft).variants.letter.text;
    expect(letter).toMatch(/disse dagene:\n\nLørdag 8\. mai kl\. 10\.00–16\.00\nLørdag 15\. mai/);
  });
});
