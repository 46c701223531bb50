// Red-team round 30:
// - "Filialen åpner igjen mandag 26. juli, ikke 19. juli som det står i tabellen under." lost only "ikke 19. juli": the
//   SMS said the new date was the table's;
// - the link in one bullet of a list of things to know ("Du melder på barnet på sommerles.no") became "Les mer";
// - "Nye billetter selges på www.…" became "Selg nye billetter …"; "A wallet was handed in to Elvestad police station"
//   became "We handed a wallet in …";
// - a job title under the signer's name ("leder forebyggende avdeling") signed the SMS; a body's name too long with its
//   other name in brackets signed nothing;
// - a letter to a business with a "v/ styrer …" line in its address block, and "sender vi søknaden på høring til
//   politiet", was read as a public consultation, and "går ut samtidig" (expire) as a cancellation.
import { variants } from "../../../src/core/channels";

describe("a denied date with the clause that says where it stood", () => {
  const text = [
    "Sommeråpningstider i bibliotekene",
    "",
    "Oppdatert fredag 11. juni 2027 kl. 1430: Nesbygda filial holder stengt også i uke 29 fordi vi mangler vikar. Filialen åpner igjen mandag 26. juli, ikke 19. juli som det står i tabellen under.",
    "",
    "Publisert mandag 31. mai 2027 kl. 0900",
    "",
    "Fra mandag 21. juni har bibliotekene sommeråpningstider.",
    "",
    "Dette må du vite:",
    "- Lån som har forfall i sommerferien, blir forlenget til mandag 23. august.",
    "- Hvis du skal bruke meråpent, må du ha lånekort med PIN-kode.",
    "- Sommerles for barn starter mandag 21. juni. Du melder på barnet på sommerles.no.",
    "",
    "Les mer på www.storvik.kommune.no/bibliotek",
  ].join("\n");
  const r = variants(text, { language: "nb" });
  it("goes whole: the new date is never said to be the table's", () => {
    for (const out of [r.variants.sms.text, r.variants.post.text]) {
      expect(out).toContain("Filialen åpner igjen mandag 26. juli.");
      expect(out).not.toContain("tabellen");
    }
  });
  it("the draft's own read-more link is the link, not one bullet's", () => {
    expect(r.message.links[0].text).toBe("www.storvik.kommune.no/bibliotek");
    expect(r.variants.post.text).toContain("https://www.storvik.kommune.no/bibliotek");
  });
});

describe("passives done by others", () => {
  it("what the organiser sells on its site is not the reader's to do", () => {
    const text = [
      "Orgelkonserten er flyttet til søndag 14. november",
      "",
      "Orgelkonserten, som skulle vært søndag 31. oktober kl. 1900, er flyttet til søndag 14. november kl. 1900.",
      "",
      "Nye billetter selges på www.vestrefellesrad.no/konsert og i døra fra kl. 1830 samme kveld.",
      "",
      "Vestre kirkelige fellesråd",
    ].join("\n");
    const letter = variants(text, { language: "nb" }).variants.letter.text;
    expect(letter).not.toContain("Selg nye billetter");
  });
  it("what was handed in to the police was handed in by someone else", () => {
    const text = [
      "Ola Hansen",
      "Storgata 1",
      "3000 Elvestad",
      "",
      "Date: 7 June 2027",
      "",
      "Your lost wallet has been handed in to the police",
      "",
      "A wallet was handed in to Elvestad police station on Friday 4 June 2027. We believe the wallet is yours.",
      "",
      "You can collect it at the police station by Friday 2 July 2027.",
      "",
      "Yours sincerely",
      "",
      "Elvestad police station",
    ].join("\n");
    const letter = variants(text, { language: "en" }).variants.letter.text;
    expect(letter).not.toMatch(/We (?:have )?handed/);
    expect(letter).toContain("A wallet was handed in to Elvestad police station");
  });
});

const signed = (lines: string[]) =>
  [
    "Storhaug Jernvare AS",
    "v/ daglig leder Kari Lunde",
    "Fabrikkveien 14",
    "4623 Tangvik",
    "",
    "Vår ref.: 2027/1184-3",
    "Dato: 16. november 2027",
    "",
    "Tillatelse til salg av fyrverkeri 2027",
    "",
    "Dere får tillatelse til å selge fyrverkeri. Dere må sende oss en plantegning innen fredag 10. desember.",
    "",
    "Med hilsen",
    "",
    ...lines,
  ].join("\n");

describe("the sender in the signature", () => {
  it("is the body, not the job title written under the name", () => {
    const r = variants(signed(["Leif Ove Skarstein", "leder forebyggende avdeling", "Vestkyst brann og redning IKS"]), { language: "nb" });
    expect(r.message.sender?.name).toBe("Vestkyst brann og redning IKS");
    expect(r.variants.sms.text).not.toContain("leder forebyggende avdeling");
  });
  it("is a body's name said before its other name in brackets", () => {
    const r = variants(signed(["Sunniva Rød", "seniorrådgiver", "Statsforvalteren i Nordfjell (tidligere Fylkesmannen i Nordfjell)"]), { language: "nb" });
    expect(r.message.sender?.name).toBe("Statsforvalteren i Nordfjell");
  });
  it("is never the business the letter is addressed to", () => {
    const r = variants(signed(["Sunniva Rød", "seniorrådgiver"]), { language: "nb" });
    expect(r.message.sender?.name).not.toBe("Storhaug Jernvare AS");
    expect(r.variants.sms.text).not.toContain("Storhaug Jernvare AS");
  });
});

describe("a letter to one business about its licence", () => {
  const text = [
    "Brasseriet Fjordkanten AS",
    "v/ styrer Jonas Myhre",
    "Bryggegata 7",
    "8006 Nordvåg",
    "",
    "Dato: 20. mars 2028",
    "",
    "Fornyelse av skjenkebevilling",
    "",
    "Skjenkebevillingen til Brasseriet Fjordkanten AS går ut 30. september 2028. Alle skjenkebevillinger i kommunen gjelder for fire år om gangen og går ut samtidig. Hvis dere vil fortsette å skjenke, må dere søke om ny bevilling innen torsdag 1. juni 2028 på søknadsskjemaet.",
    "",
    "Hvis dere vil utvide skjenketiden, må dere skrive det i søknaden. Da sender vi søknaden på høring til politiet og NAV.",
    "",
    "Med vennlig hilsen",
    "",
    "Nordvåg kommune",
  ].join("\n");
  const r = variants(text, { language: "nb" });
  it("is personal: the address block names the business, and an application sent to named bodies is no public consultation", () => {
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.audience.reasons.map((x) => x.code)).toContain("address-block");
    expect(r.message.audience.reasons.map((x) => x.code)).not.toContain("consultation");
    expect(r.variants.post.text).toBe("");
  });
  it("a licence that expires is no cancellation", () => {
    expect(r.message.kind).not.toBe("cancellation");
  });
});

describe("an update that denies a day and gives another, after a deadline has passed", () => {
  const text = [
    "Kystmuseet stengjer for oppussing",
    "",
    "Oppdatert måndag 22. mars 2027 kl. 1100: Oppussinga tek lengre tid enn planlagt. Museet opnar ikkje 3. mai, men først laurdag 19. juni.",
    "",
    "Publisert måndag 1. februar 2027 kl. 0900",
    "",
    "Kystmuseet stengjer frå måndag 15. februar for å skifte tak.",
    "",
    "Dersom du har leigd møterommet i museet i perioden, må du ta kontakt med oss innan fredag 12. februar, så finn vi eit anna rom.",
    "",
    "Kystmuseet i Sjøbygda",
  ].join("\n");
  const r = variants(text, { language: "nn" });
  it("the denied day is the old one, the other the new; the deadline before the update has passed", () => {
    expect(r.message.times.find((t) => t.text === "3. mai")?.role).toBe("superseded");
    expect(r.message.events[0].when?.text).toBe("laurdag 19. juni");
    expect(r.message.times.find((t) => t.text === "fredag 12. februar")?.role).toBe("past");
  });
  it("the SMS says the new day without the denial's «men», and no passed deadline", () => {
    const sms = r.variants.sms.text;
    expect(sms).toContain("Museet opnar først laurdag 19. juni.");
    expect(sms).not.toMatch(/3\. mai|12\. februar|opnar, men/);
  });
});

describe("a title that says what the writer needs from readers", () => {
  const text = [
    "Vi trenger frivillige til Lierfjell-rennet",
    "",
    "Lierfjell-rennet går lørdag 6. mars 2027 med fellesstart kl. 1000 på Lierfjell skistadion. I år venter vi over 900 løpere.",
    "",
    "Meld deg på www.lierfjellrennet.no/frivillig innen mandag 15. februar.",
    "",
    "Lierfjell IL",
  ].join("\n");
  it("goes in front of the event it is for, so the step reads as the volunteers' sign-up", () => {
    const sms = variants(text, { language: "nb" }).variants.sms.text;
    expect(sms).toMatch(/^(?:Hei! )?Vi trenger frivillige til Lierfjell-rennet\. Lierfjell-rennet går lørdag 6\. mars/);
  });
});

describe("rules put in force, under «Dette gjelder fra … til …:»", () => {
  const text = [
    "Influensa på Solbakken sykehjem – færre besøk",
    "",
    "Det er påvist influensa hos ni beboere på Solbakken sykehjem. For å hindre at smitten sprer seg, innfører vi besøksbegrensninger fra torsdag 21. januar.",
    "",
    "Dette gjelder fra torsdag 21. januar til og med søndag 31. januar:",
    "- Avdeling 2 og 3: Ingen besøk.",
    "- Avdeling 1: Én besøkende per beboer om gangen.",
    "- Kafeen i 1. etasje er stengt.",
    "",
    "Alle besøkende må vaske hendene når de kommer.",
    "",
    "Sørnes kommune",
  ].join("\n");
  it("are said whole in the SMS, with their period, even at the cost of a part", () => {
    const sms = variants(text, { language: "nb" }).variants.sms.text;
    expect(sms).toContain("til og med søndag 31. januar");
    expect(sms).toMatch(/Avdeling 2 og 3: [Ii]ngen besøk/);
    expect(sms).toContain("Kafeen i 1. etasje er stengt");
  });
});

describe("a list of schemes, each with its own deadline", () => {
  const text = [
    "Søk kulturmidlar for 2027",
    "",
    "Vestdal kommune deler ut 850 000 kroner i kulturmidlar i 2027.",
    "",
    "Det er tre ordningar med ulike fristar:",
    "1. Driftstilskot til lag og foreiningar. Søknadsfrist: måndag 15. mars 2027.",
    "2. Arrangementsstøtte. Søknadsfristar: 1. april og 1. september 2027.",
    "3. Tilskot til unge kunstnarar under 26 år. Søknadsfrist: fredag 30. april 2027.",
    "",
    "Slik søkjer du:",
    "Du søkjer i søknadsportalen på www.vestdal.kommune.no/kulturmidlar. Legg ved budsjett.",
    "",
    "Vestdal kommune",
  ].join("\n");
  const r = variants(text, { language: "nn" });
  it("gives no one row's deadline to the step for all", () => {
    const step = r.message.actions.find((a) => a.text.startsWith("Du søkjer i søknadsportalen"));
    expect(step?.deadline).toBeUndefined();
  });
  it("the SMS never gives the young artists' deadline as everyone's", () => {
    expect(r.variants.sms.text).not.toContain("30. april");
  });
});

describe("a step that answers the key event with «instead»", () => {
  const text = [
    "Free bike repair day on Saturday 24 April",
    "",
    "Updated Wednesday 21 April 2027 at 15:20: The stand at Nordli school is cancelled because the schoolyard is being resurfaced. Please go to the library stand instead. The other stands are open as planned.",
    "",
    "Published Monday 12 April 2027 at 09:00",
    "",
    "On Saturday 24 April, Elvdal Municipality offers free bike checks at three places in the town.",
    "",
    "If it rains heavily, the stand on the town hall square moves indoors to the town hall foyer.",
    "",
    "Elvdal Municipality",
  ].join("\n");
  it("follows it in the SMS, before any aside", () => {
    const sms = variants(text, { language: "en" }).variants.sms.text;
    expect(sms).toMatch(/is cancelled[^.]*\. Please go to the library stand instead\./);
  });
});

describe("a letter with an urgent step and a later optional one", () => {
  const text = [
    "Nordstrand kyrkjelege fellesråd",
    "",
    "Kari Nilsen",
    "Strandvegen 4",
    "6800 Førde",
    "",
    "Vår ref.: 27/0031",
    "Dato: 12. januar 2027",
    "",
    "Nedsetjing av urne i minnelunden",
    "",
    "Urna blir sett ned i minnelunden fredag 5. februar 2027.",
    "",
    "Dersom du eller andre pårørande vil vere til stades, må du gi oss beskjed innan fredag 29. januar.",
    "",
    "Dersom du vil ha namneplate, må du godkjenne teksten innan måndag 15. mars 2027. Namneplatene blir sette opp i juni.",
    "",
    "Med venleg helsing",
    "",
    "Solveig Haugland",
    "kyrkjeverje",
    "Nordstrand kyrkjelege fellesråd",
  ].join("\n");
  const r = variants(text, { language: "nn" });
  it("the SMS gives the step due first, its date without a year read in the letter's year", () => {
    expect(r.variants.sms.text).toContain("innan fredag 29. januar");
    expect(r.variants.sms.text).not.toContain("15. mars");
  });
  it("the letter never turns «blir sette opp» into «ser opp»", () => {
    expect(r.variants.letter.text).not.toMatch(/ser opp namneplatene/iu);
  });
});

describe("sentences that point where a short channel cannot follow", () => {
  const bus = [
    "Færre bussar i haustferien",
    "",
    "Oppdatert onsdag 29. september 2027 kl. 0940: Rute 420 Vik–Holmen køyrer likevel etter vanleg rutetid i haustferien. Tabellen under er ikkje retta enno.",
    "",
    "Publisert fredag 17. september 2027 kl. 1300",
    "",
    "I haustferien, frå måndag 4. oktober til og med fredag 8. oktober, køyrer fleire av bussrutene i Fjordbygd færre avgangar.",
    "",
    "Sjå alle rutetider på www.fjordbuss.no/haustferie.",
  ].join("\n");
  const r = variants(bus, { language: "nn" });
  it("a look-here sentence whose address was cut is not said, and nor is «Tabellen under …»", () => {
    for (const out of [r.variants.sms.text, r.variants.post.text]) {
      expect(out).not.toMatch(/Sjå alle rutetider\./);
      expect(out).not.toContain("Tabellen under");
    }
  });
  it("a definite noun named after a name in the unsaid sentence before is that one, not the SMS's", () => {
    const lib = [
      "Sommaropning i bibliotek",
      "",
      "Nesbygda filial held stengt i veke 29. Filialen opnar att måndag 26. juli.",
      "",
      "Fjellstua filial er stengt heile sommaren fordi lokalet skal pussast opp. Filialen opnar att måndag 16. august kl. 1000.",
      "",
      "Storvik kommune",
    ].join("\n");
    const sms = variants(lib, { language: "nn" }).variants.sms.text;
    expect(sms).not.toMatch(/Nesbygda[^.]*\.[^.]*Filialen opnar att måndag 16\. august/);
  });
});

describe("a hospital's summons", () => {
  const text = [
    "Helse Vestfjord HF",
    "Kirurgisk poliklinikk, Volda sjukehus",
    "",
    "Synnøve Rusten",
    "Fjellvegen 3",
    "6100 Volda",
    "",
    "Vår ref.: 27/5521",
    "Dato: 10. november 2027",
    "",
    "Ny time til gastroskopi",
    "",
    "Du har fått ny time torsdag 2. desember 2027 kl. 0815. Dersom du ikkje kan kome, må du gje beskjed seinast 24 timar før timen.",
    "",
    "Venleg helsing",
    "",
    "Kari Helseth",
    "seksjonsleiar",
    "Kirurgisk poliklinikk, Volda sjukehus",
  ].join("\n");
  const r = variants(text, { language: "nn" });
  it("says no examination and no clinic in the SMS: the hospital signs", () => {
    const sms = r.variants.sms.text;
    expect(sms).not.toMatch(/gastroskopi|[Kk]irurgisk/);
    expect(sms).toContain("Volda sjukehus");
    expect(sms).toContain("torsdag 2. desember 2027 kl. 0815");
  });
});
