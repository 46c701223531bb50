// Round 23 of the red team, the letter: a step the draft gives after a list's lead-in and items ("Send dokumenta
// innan 28. mars") comes after the items, not before the list names them; how to send them ("Du kan laste dei opp …
// eller sende dei på e-post til …") stays with that step, not under "Har du spørsmål?"; the reader's own details said
// back ("Du har oppgitt kontonummer … og e-postadressa …") are no way to reach us; a goal ("Målet er at du skal …") is
// no step. Own drafts.
import { variants } from "../../../src/core/channels";
import { readerActs } from "../../../src/core/message/actions";

const d = [
  "Vi manglar dokument i søknaden din om kulturmidlar",
  "",
  "Til Ingrid Myklebust",
  "Skulevegen 3",
  "6770 Nordfjordeid",
  "",
  "Takk for søknaden om kulturmidlar til prosjektet «Songar frå fjorden». Vi mottok søknaden 2. mars.",
  "",
  "For at vi skal kunne behandle søknaden, må du sende oss desse dokumenta:",
  "- budsjett for prosjektet",
  "- rapport for kulturmidlane du fekk i 2023",
  "",
  "Send dokumenta innan 28. mars. Du kan laste dei opp i søknadsportalen eller sende dei på e-post til postmottak@stad.kommune.no.",
  "",
  "Du har oppgitt e-postadressa ingrid.myklebust@gmail.com i søknaden. Dersom opplysningane ikkje stemmer, må du rette dei.",
  "",
  "Med vennleg helsing",
  "Oddny Hjelle",
  "Stad kommune",
].join("\n");

describe("the letter's steps around a list", () => {
  const letter = variants(d, { language: "nn" }).variants.letter.text;
  it("keep the list right under its lead-in and the later step after the items", () => {
    expect(letter).toMatch(/desse dokumenta:\n+- budsjett for prosjektet\n- rapport/);
    expect(letter.indexOf("Send dokumenta innan 28. mars")).toBeGreaterThan(letter.indexOf("- rapport"));
  });
  it("keep how to send them with the step", () => {
    expect(letter).toMatch(/Send dokumenta innan 28\. mars\. Du kan laste dei opp/);
    const q = letter.indexOf("Har du spørsmål?");
    if (q >= 0) expect(letter.slice(q)).not.toMatch(/laste dei opp/);
  });
  it("keep the reader's own details with the step that asks to correct them", () => {
    expect(letter).toMatch(/i søknaden\. Dersom opplysningane ikkje stemmer, må du rette dei\./);
  });
});

describe("a goal the writer names", () => {
  it("is no step", () => {
    expect(readerActs("Målet er at du skal komme mer i gang med fritidsaktiviteter.", "nb")).toBe(false);
    expect(readerActs("The aim is that you should be able to live at home.", "en")).toBe(false);
    expect(readerActs("Regjeringen har bestemt at alle må teste seg.", "nb")).toBe(true);
  });
});
