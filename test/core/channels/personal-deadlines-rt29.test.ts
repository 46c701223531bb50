// Red-team round 29, letters to one reader: the SMS named the wrong deadline or none that mattered.
// - Three orders due "straks", 21 June and 9 July: "Fristen i brevet er 9. juli" (the step "innan fristane" took the
//   nearest date, the last);
// - "Hvis regnskapet ikke er levert innen 26 uker, varsler vi tingretten": "Fristen i brevet er 26 uker";
// - "Vi må ha svaret ditt innan måndag 1. november" was read as the writer's promise, and a later step for those who
//   want to keep the gravestone became the SMS's deadline;
// - titles with a person ("… for Julia Kowalczyk (born 12 March 2017)") or a date ("Ny husleie fra 1. april 2027") were
//   never said, so the SMS told no one what the letter is about.
import { variants } from "../../../src/core/channels";

const orders = [
  "Fjordkroa AS",
  "Kaivegen 2",
  "6900 Florø",
  "",
  "Vår ref.: 2027/118",
  "Dato: 14. juni 2027",
  "",
  "Vedtak om pålegg etter inspeksjon",
  "",
  "Vi fann fleire brot på regelverket for mattryggleik då vi var hos dykk. Med heimel i matlova § 23 pålegg vi Fjordkroa AS å:",
  "1. reingjere kjølerommet. Frist: måndag 21. juni 2027.",
  "2. sørgje for at temperaturen i kjøledisken er 4 °C eller lågare. Frist: straks.",
  "3. lage rutinar for handtering av allergen. Frist: fredag 9. juli 2027.",
  "",
  "De må sende oss ei stadfesting på at pålegga er gjennomførte innan fristane.",
  "",
  "De kan klage på vedtaket. Klagen må vere send innan tre veker frå de fekk dette brevet.",
  "",
  "Med helsing",
  "",
  "Lene Aarskog",
  "inspektør",
  "Mattilsynet",
].join("\n");

describe("a decision with several deadlines, one of them at once", () => {
  const r = variants(orders, { language: "nn" });
  it("a step said against the deadlines, plural, takes none of them", () => {
    const step = r.message.actions.find((a) => a.text.includes("innan fristane"));
    expect(step).toBeDefined();
    expect(step?.deadline).toBeUndefined();
  });
  it("the SMS says that something is due at once, and gives the first date as the first", () => {
    const sms = r.variants.sms.text;
    expect(sms).toContain("Noko av det brevet ber om, må gjerast straks.");
    expect(sms).toContain("Den første fristen i brevet er måndag 21. juni 2027.");
    expect(sms).not.toContain("9. juli");
  });
});

describe("a span with nothing said of where it counts from", () => {
  const text = [
    "Kafé Lykkebo AS",
    "Strandpromenaden 3",
    "3182 Horten",
    "",
    "Dato: 18. august 2027",
    "",
    "Forsinkelsesgebyr – årsregnskapet er ikke levert",
    "",
    "Selskapet må betale forsinkelsesgebyr fra og med 2. august 2027 til regnskapet er levert, men høyst i 26 uker.",
    "",
    "Hvis regnskapet ikke er levert innen 26 uker, varsler vi tingretten.",
    "",
    "Med vennlig hilsen",
    "",
    "Regnskapsregisteret",
  ].join("\n");
  it("is no deadline the SMS gives as from today", () => {
    const sms = variants(text, { language: "nb" }).variants.sms.text;
    expect(sms).not.toContain("26 uker");
  });
  it("while a span beside the step it is for is still said", () => {
    const nav = [
      "DU MÅ SENDE OSS OPPLYSNINGER",
      "",
      "For at vi skal kunne behandle søknaden din, må du sende oss:",
      "",
      "- lønnsslippene dine for de siste tre månedene",
      "",
      "Hvis vi ikke får opplysningene innen to uker, vil vi avgjøre saken med de opplysningene vi har.",
      "",
      "Med vennlig hilsen",
      "NAV",
    ].join("\n");
    expect(variants(nav, { language: "nb" }).variants.sms.text).toContain("innen to uker");
  });
});

describe("the writer must have the reader's answer by a date", () => {
  const text = [
    "Kvamsøy kyrkjelege fellesråd",
    "Gravplassforvaltninga",
    "",
    "Arne Kvåle",
    "Nedre Strandgate 18",
    "4005 Stavanger",
    "",
    "Vår ref.: 27/0412",
    "Dato: 6. september 2027",
    "",
    "Festet for gravstaden på Skeie kyrkjegard går ut 31. desember 2027",
    "",
    "Viss du vil halde på gravstaden, må du fornye festet. Fyll ut svarslippen som ligg ved, og send han til oss.",
    "",
    "Vi må ha svaret ditt innan måndag 1. november 2027.",
    "",
    "Viss du ikkje vil fornye festet, blir gravstaden sletta. Viss du vil ta vare på gravsteinen sjølv, må du hente han før 1. mai 2028.",
    "",
    "Med venleg helsing",
    "",
    "Solveig Haugland",
    "kyrkjeverje",
    "Kvamsøy kyrkjelege fellesråd",
  ].join("\n");
  const r = variants(text, { language: "nn" });
  it("that date is the reader's deadline, not the writer's promise", () => {
    expect(r.message.times.find((t) => t.text === "måndag 1. november 2027")?.role).toBe("deadline");
  });
  it("a letterhead whose name has an adjective before the body's word is no title", () => {
    expect(r.message.subject.text).toBe("Festet for gravstaden på Skeie kyrkjegard går ut 31. desember 2027");
  });
  it("the SMS asks for the answer by then, before a later step for those who choose it", () => {
    const sms = r.variants.sms.text;
    expect(sms).toContain("Svar innan 1. november.");
    expect(sms).not.toContain("gravsteinen");
  });
});

describe("a title that names the person or the date", () => {
  it("is said without the person", () => {
    const text = [
      "Bergvik Municipality",
      "",
      "Anna Kowalczyk",
      "Kleivveien 7",
      "3970 Bergvik",
      "",
      "Date: 9 August 2027",
      "",
      "New school bus stop for Julia Kowalczyk (born 12 March 2017)",
      "",
      "From Monday 16 August 2027, the school bus will no longer stop at Kleivveien. Julia's new bus stop is Kleiv crossroads.",
      "",
      "If you want a school taxi, you must tell us by Thursday 12 August.",
      "",
      "Yours sincerely",
      "",
      "Hilde Moen",
      "School Transport Officer",
      "Bergvik Municipality",
    ].join("\n");
    const sms = variants(text, { language: "en" }).variants.sms.text;
    expect(sms).toContain("New school bus stop");
    expect(sms).not.toMatch(/Julia|Kowalczyk|2017/);
  });
  it("is said with its date", () => {
    const text = [
      "Lindvik kommune",
      "",
      "Per Hansen",
      "Furuveien 12",
      "3800 Lindvik",
      "",
      "Dato: 10. januar 2027",
      "",
      "Ny husleie fra 1. april 2027",
      "",
      "Husleien for boligen din øker fra 1. april 2027. Hvis du mener at økningen er feil beregnet, kan du skrive til oss innen 1. mars 2027.",
      "",
      "Med vennlig hilsen",
      "",
      "Hanne Strand",
      "Lindvik kommune",
    ].join("\n");
    expect(variants(text, { language: "nb" }).variants.sms.text).toContain("Ny husleie fra 1. april 2027");
  });
});
