// Round 21 of the red team: under "Dette må du gjøre", the lead-in of the list that follows the section goes last, so
// no other step stands between "Du må sende oss:" and its items. Own draft.
import { variants } from "../../../src/core/channels";

describe("a list's lead-in among the reader's steps", () => {
  it("stays right above its items", () => {
    const draft = [
      "Lia kommune",
      "",
      "Lia idrettslag",
      "Postboks 3",
      "9999 Lia",
      "",
      "Søknad om tilskudd – vi trenger mer dokumentasjon",
      "",
      "Vi har mottatt søknaden deres av 1. oktober 2026 om tilskudd til nye lysmaster. Søknaden mangler noe dokumentasjon.",
      "",
      "Følgende dokumentasjon må ettersendes:",
      "- årsregnskap for 2025",
      "- to tilbud fra leverandører",
      "",
      "Dokumentasjonen kan sendes til postmottak@lia.kommune.no. Merk sendingen med saksnummer 2026/1200.",
      "",
      "Med vennlig hilsen",
      "Lia kommune",
    ].join("\n");
    const letter = variants(draft, { language: "nb" }).variants.letter.text;
    expect(letter).toMatch(/følgende dokumentasjon:\n+- årsregnskap for 2025/i);
    expect(letter).not.toMatch(/dokumentasjon: Merk/);
  });
});

describe("a step that names a thing by «dette …»", () => {
  it("stays with the sentence that gives the thing", () => {
    const draft = [
      "Hei Per,",
      "",
      "Du har betalt 2 450 kroner for mye for SFO.",
      "",
      "Vi betaler beløpet tilbake. Vi har registrert følgende kontonummer på deg: 1503.60.12347. Vi ber deg kontrollere at dette kontonummeret er riktig. Dersom kontonummeret ikke stemmer, må du gi beskjed innen mandag 21. desember 2026.",
      "",
      "Vi sender kopi av dette brevet til din private e-postadresse per@example.com, slik du har bedt om.",
      "",
      "Vennlig hilsen",
      "Lia kommune",
    ].join("\n");
    const letter = variants(draft, { language: "nb" }).variants.letter.text;
    expect(letter).toMatch(/1503\.60\.12347\. Vi ber deg kontrollere at dette kontonummeret er riktig\./);
    expect(letter).not.toMatch(/Har du spørsmål\?\nVi sender kopi/);
  });
});
