// The letter's "Dette må du gjøre" never takes a step away from the sentence it leans on: a step that opens on a
// connective ("Likevel må du …" after "Stasjonene er låst") or that follows a condition on the reader ("Ser du døde
// rotter, … Meld fra til oss på telefon …") stays where the draft has it, and a report duty is no "Har du spørsmål?"
// line. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Rottebekjempelse på Bakken",
  "",
  "Vi setter ut åtestasjoner langs Bakkebekken fra mandag 17. mars.",
  "",
  "Stasjonene er låst og merket med gult. Likevel må du holde hunder og katter unna.",
  "",
  "Ser du døde rotter, må du ikke ta på dem med bare hender. Meld fra til oss på telefon 22 33 44 55.",
  "",
  "Miljørettet helsevern",
  "Fjordby kommune",
].join("\n");

describe("steps that lean on the sentence before them", () => {
  const letter = variants(draft).variants.letter.text;
  it("stay after that sentence", () => {
    expect(letter).toMatch(/Stasjonene er låst og merket med gult\. Likevel må du holde hunder og katter unna\./);
    expect(letter).toMatch(/bare hender\. Meld fra til oss på telefon 22 33 44 55\./);
  });
  it("a report duty is not put under «Har du spørsmål?»", () => {
    expect(letter).not.toMatch(/Har du spørsmål\?\nMeld fra/);
  });
});
