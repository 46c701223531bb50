// Red-team rounds 24 and 25. In a notice that is not itself a warning (rat control, blasting near a building site), the
// draft names a danger and what keeps the reader safe from it ("Åtestasjonene inneholder gift. Ikke rør stasjonene …").
// The public SMS must say that step, with the danger, before any other: leaving it out for a list of places sends
// children to play at poison. And "Bussane går som vanleg" names no group of readers. Own drafts.
import { variants } from "../../../src/core/channels";
import { namesGroup } from "../../../src/core/message/actions";

const rats = [
  "Rottebekjempelse i sentrum i uke 38–40",
  "",
  "Kommunen har fått mange meldinger om rotter i sentrum i sommer.",
  "",
  "I uke 38, 39 og 40 setter Anticimex ut låste åtestasjoner på disse stedene:",
  "- bak Kulturhuset",
  "- langs Elvepromenaden fra brua til båthavna",
  "- i bakgården til Torggata 5–15",
  "- ved containerne på Stasjonsplassen",
  "",
  "Åtestasjonene inneholder gift. Ikke rør stasjonene, og hold hunder i bånd i områdene.",
  "",
  "Dersom du ser rotter på egen eiendom, kan du melde fra til kommunen innen 12. september.",
  "",
  "Stasjonene blir hentet inn fredag 3. oktober.",
  "",
  "Med vennlig hilsen",
  "Kongsberg kommune",
].join("\n");

describe("a danger and its step in a notice", () => {
  it("the SMS says the step with its danger, even when that takes a third part", () => {
    const sms = variants(rats, { language: "nb" }).variants.sms.text;
    expect(sms).toMatch(/Åtestasjonene inneholder gift\. Ikke rør stasjonene/);
    expect(sms).toMatch(/uke 38, 39 og 40/);
  });
  it("the danger is said once", () => {
    const sms = variants(rats, { language: "nb" }).variants.sms.text;
    expect(sms.match(/inneholder gift/g)?.length).toBe(1);
  });
  it("a safety step in a list item, under a signal, is for everyone near the site", () => {
    const d = [
      "Sprenging ved byggjefeltet på Hagaløkka",
      "",
      "Det vert sprengt kvardagar frå og med veke 12 til og med veke 15.",
      "",
      "Før kvar sprenging høyrer du desse lydsignala:",
      "- Eitt langt signal: sprenging om fem minutt. Hald deg unna sperra område.",
      "- Fem korte signal: sprenginga skjer no.",
      "",
      "Skadar på hus skal meldast til Vestbygg AS.",
      "",
      "Med venleg helsing",
      "Voss herad",
    ].join("\n");
    const sms = variants(d, { language: "nn" }).variants.sms.text;
    expect(sms).toMatch(/Hald deg unna sperra område\./);
    expect(sms).toMatch(/veke 12/);
  });
  it("a step for some readers that is no safety step stays out", () => {
    const d = rats.replace("Åtestasjonene inneholder gift. Ikke rør stasjonene, og hold hunder i bånd i områdene.", "Stasjonene er merket med kommunens logo.");
    const sms = variants(d, { language: "nb" }).variants.sms.text;
    expect(sms).not.toMatch(/Dersom du ser rotter/);
  });
});

describe("«som vanleg» is no relative clause", () => {
  it("names no group", () => {
    expect(namesGroup("Bussane går som vanleg.", "nn")).toBeUndefined();
    expect(namesGroup("Bussene går som vanlig.", "nb")).toBeUndefined();
    expect(namesGroup("Beboere som har bil, må flytte den.", "nb")).toBe("Beboere som har bil");
  });
  it("so the step after it is for everyone", () => {
    const d = [
      "Dieselforbod onsdag 15. januar",
      "",
      "Bergen kommune innfører dieselforbod onsdag 15. januar frå kl. 0600 til kl. 2200.",
      "",
      "Bussane går som vanleg. Vi rår deg til å la bilen stå og ta buss eller bybane.",
      "",
      "Med venleg helsing",
      "Bergen kommune",
    ].join("\n");
    const a = variants(d, { language: "nn" }).message.actions.find((x) => x.text.startsWith("Vi rår deg"));
    expect(a?.condition).toBeUndefined();
  });
});

describe("an old time that says which of several moved", () => {
  const d = [
    "Henting av juletrær",
    "",
    "Juletreinnsamlingen som var satt opp til mandag 6. januar, er flyttet til onsdag 8. januar. Alle andre dager gjelder som før.",
    "",
    "Vi henter juletrær i uke 2 etter denne planen:",
    "- Onsdag 8. januar: Sentrum og Bråten",
    "- Torsdag 9. januar: Haugen og Solhaug",
    "",
    "Med vennlig hilsen",
    "Aurskog-Høland kommune",
  ].join("\n");
  it("stays in its restricting clause when the other days stand", () => {
    const r = variants(d, { language: "nb" });
    expect(r.variants.sms.text).toMatch(/som var satt opp til mandag 6\. januar, er flyttet til onsdag 8\. januar/);
    expect(r.variants.post.text).toMatch(/som var satt opp til mandag 6\. januar/);
  });
  it("goes when nothing says the others stand", () => {
    const one = d.replace(" Alle andre dager gjelder som før.", "");
    const sms = variants(one, { language: "nb" }).variants.sms.text;
    expect(sms).not.toMatch(/6\. januar/);
    expect(sms).toMatch(/onsdag 8\. januar/);
  });
});

describe("a conditional step too long with its example", () => {
  it("is said without the example, not as a bare «er fristen»", () => {
    const d = [
      "Stian Olsen",
      "Skogveien 7",
      "1621 Gressvik",
      "",
      "Innkalling til møte i forliksrådet",
      "",
      "Du innkalles til møte i forliksrådet tirsdag 25. mars kl. 1000 i Fredrikstad rådhus.",
      "",
      "Du må møte personlig. Dersom du ikke kan møte av en gyldig grunn, for eksempel sykdom, må du gi beskjed til forliksrådet snarest og senest 21. mars.",
      "",
      "Med vennlig hilsen",
      "Fredrikstad kommune",
    ].join("\n");
    const sms = variants(d, { language: "nb" }).variants.sms.text;
    expect(sms).toMatch(/må du gi beskjed til forliksrådet[^.]*21\. mars/);
    expect(sms).not.toMatch(/sykdom/);
    expect(sms).not.toMatch(/er fristen 21\. mars/);
  });
});
