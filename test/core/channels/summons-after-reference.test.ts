// A summons that opens with a reference ("Vi viser til tidligere samtale og innkaller deg til møte torsdag 14.
// januar kl. 10.30"): "tidligere" speaks of the conversation, not of the meeting's date, so the date is the
// event (the SMS says when to come); the letter puts the writer's act first, whole, and does not cut the
// sentence at the period of "kl.".
import { variants } from "../../../src/core/channels";

const draft = (opening: string) =>
  [
    "Innkalling til møte om oppfølging",
    "",
    `${opening} Møtet er i Strandgata 12.`,
    "",
    "Dersom du ikke kan møte, må du gi beskjed senest 12. januar.",
    "",
    "Med vennlig hilsen",
    "NAV Bergvik",
  ].join("\n");

describe("a summons after a reference opener", () => {
  const v = variants(draft("Vi viser til tidligere samtale og innkaller deg herved til oppfølgingsmøte torsdag 14. januar kl. 10.30."));
  it("the meeting's date is the event, not an old date", () => {
    const t = v.message.times.find((x) => x.text === "torsdag 14. januar");
    expect(t?.role).not.toBe("superseded");
    expect(v.variants.sms.text).toMatch(/14\. januar kl\. 10\.30/);
  });
  it("the letter opens with the act, the sentence whole", () => {
    const body = v.variants.letter.text.split("\n\n")[1];
    expect(body).toMatch(/^Vi innkaller deg til oppfølgingsmøte torsdag 14\. januar kl\. 10\.30\./);
    expect(v.variants.letter.text).not.toMatch(/kl\.\n|^10\.30/m);
    expect(v.variants.letter.findings.filter((f) => f.rule === "facts-missing")).toHaveLength(0);
  });
  it("an old date named by the cue stays old", () => {
    const w = variants(draft("Møtet som tidligere var satt til tirsdag 12. januar, blir torsdag 14. januar kl. 10.30."));
    expect(w.message.times.find((x) => x.text === "tirsdag 12. januar")?.role).toBe("superseded");
    expect(w.variants.sms.text).toMatch(/14\. januar/);
    expect(w.variants.sms.text).not.toMatch(/12\. januar kl|tirsdag 12\. januar/);
  });
  it("a reference and a noun joined by «og» are not split", () => {
    const w = variants(draft("Vi viser til søknaden din og dokumentene du sendte 3. januar. Du er kalt inn til samtale torsdag 14. januar kl. 10.30."));
    expect(w.variants.letter.text).not.toMatch(/^Vi dokumentene/m);
  });
});
