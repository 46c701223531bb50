// Red-team round 27, personal letters and passives (own drafts after its findings):
// - "søknaden deres … med søknadsfrist 15. oktober 2025" in a letter dated 11 March 2026 became "Fristen i brevet er
//   15. oktober": a deadline before the letter's own date had passed;
// - a grant letter's SMS named the final report's 15 October instead of the acceptance due 1 April ("Dersom de takkar
//   ja til tilskotet, må de … innan 1. april"), after which the grant lapses;
// - "Deadline: The graffiti must be removed by 6 April 2026." was no step, so the SMS said only "The deadline in the
//   letter is …";
// - "Hunden skal vaksinerast … av veterinær" became "Du skal vaksinere hunden … av veterinær"; "Fjellrock arrangeres på
//   Torvet" became "Vi arrangerer fjellrock".
import { variants } from "../../../src/core/channels";
import { activeVoice } from "../../../src/core/channels/active";

const header = (name: string, date: string) => ["Strandvik kommune", "", name, "Liavegen 45", "5305 Strandvik", "", "Saksnr.: 26/512", `Dato: ${date}`, ""].join("\n");

describe("a deadline before the letter's date", () => {
  const d = `${header("Lia Gård AS", "11. mars 2026")}\nVedtak om avkorting i tilskudd\n\nVi har behandlet søknaden deres om tilskudd med søknadsfrist 15. oktober 2025.\n\nTilskuddet avkortes med 12 400 kroner. Beløpet blir trukket i utbetalingen 20. mars 2026.\n\nDere kan klage innen tre uker etter at dere fikk dette brevet.\n\nMed vennlig hilsen\nStrandvik kommune`;
  const r = variants(d, { language: "nb" });
  it("is past, and the SMS never names it", () => {
    expect(r.message.times.find((t) => t.text === "15. oktober 2025")?.role).toBe("past");
    expect(r.variants.sms.text).not.toContain("15. oktober");
  });
  it("one after the letter's date stays a deadline", () => {
    const e = d.replace("Vi har behandlet søknaden deres om tilskudd med søknadsfrist 15. oktober 2025.", "Dere må sende inn kvitteringer innen 15. oktober 2026.");
    expect(variants(e, { language: "nb" }).message.times.find((t) => t.text === "15. oktober 2026")?.role).toBe("deadline");
  });
});

describe("the step due first", () => {
  const d = [
    header("Vikøyri burettslag", "2. mars 2026"),
    "Tilsegn om tilskot til sykkelparkering",
    "",
    "Vik kommune gir burettslaget tilsegn om tilskot på inntil 45 000 kroner.",
    "",
    "Vilkår for tilskotet:",
    "- Sluttrapport med kvitteringar skal sendast innan 15. oktober 2026.",
    "",
    "Dersom de takkar ja til tilskotet, må de sende inn akseptskjemaet innan 1. april 2026. Har vi ikkje motteke skjemaet innan fristen, fell tilsegna bort.",
    "",
    "Venleg helsing",
    "Vik kommune",
  ].join("\n");
  it("the SMS names the acceptance, due first, with its condition", () => {
    const sms = variants(d, { language: "nn" }).variants.sms.text;
    expect(sms).toContain("Dersom de takkar ja til tilskotet, må de sende inn akseptskjemaet innan 1. april 2026.");
    expect(sms).not.toContain("15. oktober");
  });
});

describe("a line labelled as the deadline", () => {
  const d = [
    "Strandvik Municipality",
    "",
    "Harbour View Properties AS",
    "Sjøgata 5",
    "5300 Strandvik",
    "",
    "Case no.: 26/2045",
    "Date: 9 March 2026",
    "",
    "Order to remove graffiti",
    "",
    "The municipality orders you to remove the graffiti on the south facade of the building at Sjøgata 5.",
    "",
    "Deadline: The graffiti must be removed by 6 April 2026.",
    "",
    "Appeal",
    "You may appeal this decision within three weeks of receiving this letter.",
    "",
    "Yours sincerely",
    "Strandvik Municipality",
  ].join("\n");
  const r = variants(d, { language: "en" });
  it("is the reader's step, with its deadline", () => {
    expect(r.message.actions.find((a) => a.text.startsWith("Deadline:"))?.deadline?.text).toBe("6 April 2026");
  });
  it("the SMS says what is due by the date, without the label", () => {
    // (With the title that says what the order is, or with the step's own words.)
    expect(r.variants.sms.text).toMatch(/graffiti/u);
    expect(r.variants.sms.text).toMatch(/6 April/u);
    expect(r.variants.sms.text).not.toContain("Deadline:");
  });
});

describe("passives whose doer the writer is not", () => {
  it("an agent named by a bare noun close after the verb keeps the passive", () => {
    expect(activeVoice("Hunden skal vaksinerast mot rabies av veterinær innan 23. mars 2026.", "nn", "vaksinerast")).toBeNull();
  });
  it("an event held is not the writer's", () => {
    expect(activeVoice("Fjellrock arrangeres på Torvet fra torsdag 18. juni til lørdag 20. juni.", "nb", "arrangeres")).toBeNull();
  });
  it("the body's own work is still said with «vi»", () => {
    expect(activeVoice("Registreringen gjennomføres i tjenesten Eiendomsregisteret.", "nb", "gjennomføres")).toMatch(/^Vi gjennomfører registreringen/);
    expect(activeVoice("Inntekta vert brukt som di framtidige inntekt fram til du startar uttak av pensjon.", "nn", "brukt")).toMatch(/^Vi brukar inntekta/);
  });
});

// Round 27: the letter lifted the lead-in "Dette må du gjøre:" away from its list and left it over the body's own list
// ("Dette gjør kommunen:"), so the reader's tasks stood under the municipality's heading; and "Husk å skrive
// fødselsnummeret …" was lifted out of the paragraph it goes on from.
describe("lead-ins and reminders in the letter", () => {
  const d = [
    header("Kari Nordmann", "2. mars 2026"),
    "Vedtak om nytt adressenavn",
    "",
    "Adressen din endres fra Bakkeveien 7 til Lyngbakken 3. Den nye adressen gjelder fra 1. juni 2026.",
    "",
    "Dette gjør kommunen:",
    "- registrerer den nye adressen i matrikkelen.",
    "- setter opp nye veiskilt i uke 22.",
    "",
    "Dette må du gjøre:",
    "- Sett opp nytt husnummer på huset innen 1. juli 2026.",
    "- Gi beskjed om den nye adressen til banken din.",
    "",
    "Du kan sende spørsmål på e-post. Husk å skrive saksnummeret i e-posten.",
    "",
    "Med vennlig hilsen",
    "Strandvik kommune",
  ].join("\n");
  const l = variants(d, { language: "nb" }).variants.letter.text;
  it("a lead-in stays with its list", () => {
    expect(l).toMatch(/Dette gjør kommunen:\n- registrerer/u);
    expect(l).toMatch(/Dette må du gjøre:\n- Sett opp nytt husnummer/u);
    // (The body's own list is never under the reader's lead-in.)
    expect(l).not.toMatch(/Dette må du gjøre:\n+Dette gjør kommunen:/u);
  });
  it("a reminder stays after the sentence it goes on from", () => {
    expect(l).toMatch(/Du kan sende spørsmål på e-post\. Husk å skrive saksnummeret i e-posten\./u);
  });
});

// Round 27: an offer to lend an e-bike gave only the fallback step ("Dersom du ikkje kan hente sykkelen 4. mai, …"),
// never when and where to pick it up.
describe("an offer's appointment given as a field line", () => {
  const d = [
    "Vik kommune",
    "",
    "Sigrid Nesheim",
    "Kyrkjevegen 8",
    "6893 Vik i Sogn",
    "",
    "Vår ref.: 26/310-2",
    "Dato: 20. april 2026",
    "",
    "Du får låne elsykkel i fire veker",
    "",
    "Takk for søknaden din. Du har fått tildelt ein elsykkel frå utlånsordninga til kommunen i perioden 4.–29. mai 2026.",
    "",
    "Henting: måndag 4. mai mellom kl. 1500 og kl. 1800 på servicetorget i rådhuset.",
    "Levering: fredag 29. mai innan kl. 1500 same stad.",
    "",
    "Dersom du ikkje kan hente sykkelen 4. mai, må du gje beskjed innan 30. april.",
    "",
    "Venleg helsing",
    "Vik kommune",
  ].join("\n");
  it("the SMS says the pick-up line", () => {
    const r = variants(d, { language: "nn" });
    expect(r.message.kind).toBe("offer");
    // (The SMS writes the range with a GSM-7 hyphen.)
    expect(r.variants.sms.text).toMatch(/Henting: måndag 4\. mai kl\. 1500[–-]1800 på servicetorget i rådhuset\./u);
  });
});

// Round 27: a letter moving an ID-card appointment («Timen din … er flyttet», "Ny time: torsdag 12. mars kl. 1330") was
// read as a case letter, and its SMS withheld the new time.
describe("a moved appointment named by its «Ny time:» line", () => {
  const d = [
    "Sør-Vest politidistrikt",
    "",
    "Ola Nordmann",
    "Storgata 1",
    "4006 Stavanger",
    "",
    "Dato: 27. februar 2026",
    "",
    "Timen din for nasjonalt ID-kort er flyttet",
    "",
    "Du hadde time for å søke om nasjonalt ID-kort tirsdag 10. mars kl. 1015 ved passkontoret. På grunn av sykdom må vi dessverre flytte timen.",
    "",
    "Ny time: torsdag 12. mars kl. 1330",
    "Sted: Stavanger politistasjon",
    "",
    "Med hilsen",
    "Sør-Vest politidistrikt",
  ].join("\n");
  it("is a change, and the SMS gives the new time, never the old", () => {
    const r = variants(d, { language: "nb" });
    expect(r.message.kind).toBe("change");
    expect(r.variants.sms.text).toContain("torsdag 12. mars kl. 1330");
    expect(r.variants.sms.text).not.toContain("10. mars");
  });
});

// Corpus read at the end of stop 38: Altinn's notice template "{textToken} Logg deg inn i Altinn for å sjå denne
// meldinga." gave an SMS that never said where to read: a template field at a sentence's start hid the instruction.
describe("a template field before an instruction", () => {
  it("is no word of the sentence: the step is read, and the SMS says where to read", () => {
    const d = "Hei. {mottakar} har motteke ei ny melding frå {avsendar}. {tekst} Logg deg inn i Altinn for å sjå denne meldinga.";
    const r = variants(d, { language: "nn" });
    expect(r.message.actions.some((a) => a.text.includes("Logg deg inn i Altinn"))).toBe(true);
    expect(r.variants.sms.text).toContain("Logg deg inn i Altinn for å sjå denne meldinga.");
    expect(r.variants.sms.text).not.toMatch(/\{tekst\}/u);
  });
});
