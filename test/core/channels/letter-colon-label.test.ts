// A paragraph that ends in a colon ("Arbeidsoppgåver:") introduces the paragraph under it: the letter keeps that
// paragraph under it, never moves it away under "Dette må du gjere" (job duties are no task of the reader's, and
// the label would stand empty).
import { variants } from "../../../src/core/channels";

const nn = `Ledig stilling som reinhaldar

Vik kommune har ledig ei fast stilling som reinhaldar, 60 prosent, ved Vik rådhus.

Arbeidsoppgåver:
Du skal halde kontora reine, bestille reinhaldsutstyr og føre reinhaldsplanar.

Søknadsfrist: 17. januar 2027. Søk elektronisk via vik.kommune.no/jobb.

Vik kommune
`;

describe("a label that ends in a colon", () => {
  it("keeps the paragraph under it", () => {
    const letter = variants(nn).variants.letter.text;
    expect(letter).toMatch(/Arbeidsoppgåver:\nDu skal halde kontora reine/);
    expect(letter).not.toMatch(/Dette må du gjere\nDu skal halde/);
  });
});
