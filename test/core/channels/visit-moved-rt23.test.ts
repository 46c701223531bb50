// Round 23 of the red team: a letter that moves an inspection at the reader's home ("Tilsynet som var satt til torsdag
// 24. april, er flyttet til tirsdag 6. mai") gives the new date in the SMS, as a new time; the SMS said only "ny dato"
// and left the reader to find it. Nothing of the case is in it. Own draft.
import { variants } from "../../../src/core/channels";

const d = [
  "Tilsyn med avløpsanlegget ditt – ny dato",
  "",
  "Geir Moen",
  "Tjernsli 41",
  "2074 Eidsvoll Verk",
  "",
  "Vi viser til brevet vårt av 3. mars om tilsyn med det private avløpsanlegget ditt. Tilsynet som var satt til torsdag 24. april, er flyttet til tirsdag 6. mai.",
  "",
  "Du trenger ikke være hjemme. Tilsynet koster 1 850 kroner.",
  "",
  "Dersom den nye datoen ikke passer, må du gi beskjed innen 29. april.",
  "",
  "Med vennlig hilsen",
  "Eidsvoll kommune",
].join("\n");

describe("a moved visit in a personal letter", () => {
  const sms = variants(d, { language: "nb" }).variants.sms.text;
  it("gives the new date as a new time, never the old one", () => {
    expect(sms).toMatch(/Ny tid: (?:tirsdag )?6\. mai/);
    expect(sms).not.toMatch(/24\. april/);
  });
  it("keeps the amount in the letter", () => {
    expect(sms).not.toMatch(/1 850/);
  });
});
