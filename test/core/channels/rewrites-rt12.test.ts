// Rewrites that keep the sentence whole: "Vennligst" before an imperative goes (not "Vi ber deg betal"), an agent
// with a "der" clause is not split from it, a common noun inside a sentence keeps its lower case, and a contact
// line that answers a question stays under it.
import { polishSentence } from "../../../src/core/channels/letter-polish";
import { variants } from "../../../src/core/channels";

describe("rewrites that keep the sentence whole", () => {
  it("«Vennligst» before an imperative goes", () => {
    expect(polishSentence("Vennligst fyll ut skjemaet innen 1. mai.", "nb")).toBe("Fyll ut skjemaet innen 1. mai.");
    expect(polishSentence("Vennligst fyll ut skjemaet innen 1. mai.", "nb")).not.toMatch(/ber deg fyll/);
  });

  it("an agent with a «der» clause stays as written; a common noun agent keeps its case inside a sentence", () => {
    expect(polishSentence("Du kan søke om tilskudd, men søknaden behandles av fylket der du bor.", "nb")).not.toMatch(/Fylket|behandler søknaden der/);
    expect(polishSentence("Du kan søke, men søknaden behandles av kommunen innen tre uker.", "nb")).toBe("Du kan søke, men kommunen behandler søknaden innen tre uker.");
  });

  it("a contact line that answers a question stays under it in the letter", () => {
    const draft = "Ola Nordmann\nBakken 3\n5000 Bergen\n\nInnkalling til møte\n\nDu er kalt inn til møte tirsdag 4. mars kl. 10.00 på Nav Bergenhus.\n\nKan du ikke komme? Ta kontakt med veilederen din på tlf. 55 55 33 33.\n\nMed vennlig hilsen\nNav Bergenhus\n";
    const letter = variants(draft).variants.letter.text;
    expect(letter).toMatch(/Kan du ikke komme\? Ta kontakt med veilederen din på tlf\. 55 55 33 33/);
    expect(letter).not.toMatch(/Har du spørsmål\?\n[^\n]*55 55 33 33/);
  });
});
