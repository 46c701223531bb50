// Round 22 of the red team: an instruction to a group it names as its subject ("Foresatte må likevel registrere
// barnet …") is for all of that group, not for the group the sentence before names; said alone, it drops the
// "likevel" that answered that sentence. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Påmelding til sommerskolen 2027",
  "",
  "Alle elever på 5.–7. trinn kan gå på sommerskolen i uke 26. Elever som er folkeregistrert i Lia kommune, får automatisk tilbud om plass. Foresatte må likevel registrere barnet elektronisk innen fredag 7. mai 2027, slik at vi kan planlegge grupper og mat.",
  "",
  "Registreringen gjøres på www.lia.kommune.no/sommerskole. Det er nødvendig å logge inn med BankID.",
  "",
  "Det vil bli avholdt informasjonsmøte for foresatte tirsdag 20. april kl. 18.00–19.00 i kantina på Lia skole, Skoleveien 2.",
  "",
  "Lia kommune",
].join("\n");

describe("an instruction to the group it names", () => {
  const r = variants(draft, { language: "nb" });
  it("carries no condition from the sentence before", () => {
    const a = r.message.actions.find((x) => x.text.startsWith("Foresatte må"));
    expect(a?.condition).toBeUndefined();
  });
  it("is in the public SMS with its deadline, without the «likevel» that leaned on that sentence", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/7\. mai/);
    expect(sms).not.toMatch(/likevel/);
  });
});

describe("a place in the sentence that gives the reason", () => {
  it("is not where the change happens", () => {
    const d = [
      "Ny rute for buss 40 frå 4. januar",
      "",
      "Frå måndag 4. januar 2027 vert det gjort endringar i rute 40 mellom Lia sentrum og Bakken. Endringane kjem som følgje av at Elvevegen skal byggjast om.",
      "",
      "Helsing",
      "Lia kommune",
    ].join("\n");
    const r = variants(d, { language: "nn" });
    expect(r.message.events[0].where?.text ?? "").not.toMatch(/Elvevegen/);
    expect(r.variants.sms.text).not.toMatch(/Stad: Elvevegen/);
  });
});

describe("a longer group named with its relative clause", () => {
  it("limits the instruction right after it", () => {
    const d = [
      "Gratis ved til eldre",
      "",
      "Kommunen deler ut gratis ved frå 1. desember. Pensjonistar og personar med nedsett funksjonsevne som ikkje sjølv kan hente ved, kan få veden levert heim. Ta kontakt med frivilligsentralen på telefon 53 00 00 00 innan fredag 20. november for å bli sett opp på lista.",
      "",
      "Helsing",
      "Lia kommune",
    ].join("\n");
    const r = variants(d, { language: "nn" });
    const a = r.message.actions.find((x) => x.text.startsWith("Ta kontakt"));
    expect(a?.condition).toMatch(/^Pensjonistar og personar med nedsett funksjonsevne som ikkje sjølv kan hente ved/);
  });
});

describe("where to send the appeal", () => {
  it("stays in the appeal block", () => {
    const d = [
      "Your application to keep bees",
      "",
      "Dear Mr Berg,",
      "",
      "We have refused your application to keep bees at Lia 3.",
      "",
      "You have the right to appeal this decision. The deadline for appeal is three weeks from the date you received this letter. The appeal must be in writing. Send it to Lia Municipality, P.O. Box 5, 9999 Lia, or by e-mail to post@lia.kommune.no.",
      "",
      "Yours sincerely,",
      "Lia Municipality",
    ].join("\n");
    const letter = variants(d, { language: "en" }).variants.letter.text;
    expect(letter).toMatch(/The appeal must be in writing\. Send it to Lia Municipality/);
    expect(letter).not.toMatch(/What you need to do\nSend it/);
  });
});
