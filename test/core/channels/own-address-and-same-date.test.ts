// The letter (own drafts after red-team round 18):
// - the reader's own e-mail address said back to them ("Vi har registrert e-postadressen din som …") is no contact
//   line: never under "Har du spørsmål?";
// - a step whose deadline is "innen samme dato" goes with the step before it into "Dette må du gjøre".
import { variants } from "../../../src/core/channels";

describe("the reader's own address", () => {
  const draft = [
    "Bekreftelse på time",
    "",
    "Du har fått time hos byggesaksavdelingen tirsdag 6. mai kl. 10.00 i rådhuset.",
    "",
    "Ta med tegningene av tilbygget.",
    "",
    "Vi har registrert din e-postadresse som ola.hansen@gmail.com.",
    "",
    "Med vennlig hilsen",
    "Nordby kommune",
  ].join("\n");
  it("is not said under «Har du spørsmål?»", () => {
    expect(variants(draft).variants.letter.text).not.toMatch(/Har du spørsmål\?\n[^\n]*ola\.hansen/);
  });
});

describe("the same deadline", () => {
  const draft = [
    "Foreldremøte for 5. trinn",
    "",
    "Velkommen til foreldremøte for 5. trinn ved Nordby skole torsdag 11. september kl. 18.00 i gymsalen.",
    "",
    "Tema er leirskolen og klassemiljøet.",
    "",
    "Gi beskjed til kontaktlæreren innen mandag 8. september om dere kommer. Trenger dere tolk, må dere si fra innen samme dato. Det er ikke anledning til å ta med barn.",
    "",
    "Hilsen",
    "Nordby skole",
  ].join("\n");
  it("goes with the step it leans on", () => {
    expect(variants(draft).variants.letter.text).toMatch(/innen mandag 8\. september om dere kommer\. Trenger dere tolk, må dere si fra innen samme dato\./);
  });
});

describe("the outcome of the reader's appeal", () => {
  it("stays the letter's news, not under «Du kan klage»", () => {
    const letter = variants(["Svar på klage på gebyr", "", "Vi viser til klagen din mottatt 3. mars.", "", "Klagen er vurdert, og den tas delvis til følge. Gebyret på 500 kroner frafalles.", "", "Du kan klage på avgjørelsen til Statsforvalteren innen tre uker.", "", "Med vennlig hilsen", "Nordby kommune"].join("\n")).variants.letter.text;
    expect(letter).not.toMatch(/Du kan klage\n[^\n]*til følge/);
  });
});

describe("how to send a consultation response", () => {
  it("stays with the deadline, not under «Har du spørsmål?»", () => {
    const letter = variants(["Høring om ny skolestruktur", "", "Kommunestyret sender forslaget til ny skolestruktur på høring.", "", "Høringsfristen er 1. februar 2027. Innspill kan sendes via skjema på www.nordby.kommune.no/skole eller på e-post til postmottak@nordby.kommune.no.", "", "Nordby kommune"].join("\n")).variants.letter.text;
    expect(letter).not.toMatch(/Har du spørsmål\?\n[^\n]*innspill/i);
  });
});

describe("a booking step with a phone number", () => {
  it("is the reader's step, said in the SMS, not a «Har du spørsmål?» line", () => {
    const r = variants(["Influensavaksine for eldre", "", "Nordby kommune tilbyr influensavaksine til deg som er 65 år eller eldre. Vaksineringen skjer på helsestasjonen fra 3. november til 28. november, tirsdager og torsdager kl. 9–15.", "", "Du må bestille time på www.nordby.kommune.no/vaksine eller ringe vaksinetelefonen 55 12 34 56 mandag–fredag kl. 08–11.", "", "Nordby kommune"].join("\n"));
    expect(r.message.actions.some((a) => /bestille time/.test(a.text))).toBe(true);
    expect(r.variants.sms.text).toMatch(/bestille time/);
    expect(r.variants.letter.text).not.toMatch(/Har du spørsmål\?\n[^\n]*bestille time/);
  });
});
