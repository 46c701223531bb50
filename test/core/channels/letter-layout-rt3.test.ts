// Formal letters keep the draft's blocks as laid out (red team round 3, §16, §13, §18): the address, the
// reference fields, the signatories, a heading over a blank line; and a title is found whatever its end mark.
import { variants } from "../../../src/core/channels";
import { parse } from "../../../src/core/text/parse";
import { extractFacts } from "../../../src/core/facts";

const decision = [
  "Bjørkdal kommune",
  "Tildelingskontoret",
  "",
  "Unntatt offentlighet, jf. offentleglova § 13, jf. fvl. § 13",
  "",
  "Hr. Arvid Sunde",
  "Lyngveien 3B",
  "8450 Bjørkdal",
  "",
  "Deres ref.:       Vår ref.: 2025/3312-4       Dato: 14.10.2025",
  "",
  "VEDTAK – SØKNAD OM TT-KORT (TILRETTELAGT TRANSPORT)",
  "",
  "Fødselsnummer: 120348 33415",
  "",
  "Vi viser til søknaden din om TT-kort mottatt 2.9.2025.",
  "",
  "Søknaden er avslått. Vedtaket er fattet etter retningslinjene, pkt. 2.1.",
  "",
  "Med hilsen",
  "",
  "Ragnhild Engen",
  "leder, Tildelingskontoret",
  "",
  "Marit Lund",
  "saksbehandler",
].join("\n");

describe("a formal decision letter keeps its blocks", () => {
  const r = variants(decision);
  const letter = r.variants.letter.text;
  it("keeps the address block together (no blank line after «Hr. Arvid Sunde»)", () => {
    expect(letter).toContain("Hr. Arvid Sunde\nLyngveien 3B\n8450 Bjørkdal");
  });
  it("keeps the blank line after the reference field", () => {
    expect(letter).toMatch(/Fødselsnummer: 120348 33415\n\n/);
  });
  it("keeps the two signatories apart, as in the draft", () => {
    expect(letter).toContain("Med hilsen\n\nRagnhild Engen\nleder, Tildelingskontoret\n\nMarit Lund\nsaksbehandler");
  });
  it("finds the title in capitals and keeps the acronym's case when lowering it", () => {
    expect(r.variants.letter.findings.map((f) => f.message)).not.toContain("Brevet mangler en tittel som sier hva det handler om.");
    expect(letter).toContain("Vedtak – søknad om TT-kort (tilrettelagt transport)");
  });
  it("does not read a section number as a date («pkt. 2.1.», «§ 4.2.»)", () => {
    for (const t of ["Vedtaket er fattet etter retningslinjene, pkt. 2.1.", "Sjå forskrifta § 4.2. for meir."]) expect(extractFacts(t).filter((f) => f.kind === "date")).toEqual([]);
    expect(extractFacts("Møtet er 2.1. kl. 10.").filter((f) => f.kind === "date").length).toBe(1);
  });
});

describe("a title ending in «?» or «!», or opening with a road abbreviation, is a title", () => {
  const body = "\n\nSkulane er stengde i dag, tysdag. Vi melder frå om morgondagen i kveld.\n\nHelsing\nYtre Sogn kommune";
  it("a long question", () => {
    const r = variants("Skulane i Ytre Sogn er stengde i dag – open igjen i morgon?" + body);
    expect(r.variants.letter.findings.map((f) => f.rule + f.message)).not.toContain("letter-main-messageBrevet mangler en tittel som sier hva det handler om.");
  });
  it("a long exclamation", () => {
    const r = variants("Join the big beach clean-up on Saturday 6 June!\n\nHelp us clean the coastline at Sandvika beach from 11 am to 2 pm.\n\nBest regards\nNordhavn Municipality");
    expect(r.variants.letter.findings.map((f) => f.rule)).not.toContain("letter-main-message");
  });
  it("«Fv. 5512 …» is one sentence and the post's title whole", () => {
    const t = "Fv. 5512 Storevegen stengd ved Brekke bru – omkøyring\n\nFrå måndag 20. april blir Storevegen stengd ved Brekke bru. Omkøyring via Brekkevegen.\n\nHelsing\nVestland fylkeskommune";
    const doc = parse(t, "nn");
    expect(t.slice(doc.sentences[0].start, doc.sentences[0].end)).toBe("Fv. 5512 Storevegen stengd ved Brekke bru – omkøyring");
    const post = variants(t).variants.post.text;
    expect(post.split("\n")[0]).not.toBe("Fv.");
  });
  it("«Rv.», «nr.», «kl.», «jf.», «ca.» before a number do not end a sentence", () => {
    for (const s of ["Rv. 13 er stengd.", "Saken har nr. 12 i lista.", "Vi opnar kl. 9 i dag.", "Sjå jf. § 13 i lova.", "Det kostar ca. 200 kroner."]) expect(parse(s, "nn").sentences.length).toBe(1);
    expect(parse("Unntatt offentlighet, jf. fvl. § 13", "nb").sentences.length).toBe(1);
  });
});

describe("a heading and lines of one block keep the draft's breaks", () => {
  const t = [
    "PRESSEMELDING",
    "",
    "Leikarringen Fjellfolk får kulturprisen for 2025",
    "",
    "Hovdal kommune sin kulturpris for 2025 går til leikarringen Fjellfolk. Det vedtok hovudutvalet i møte 4. desember.",
    "",
    "Prisen blir delt ut på nyttårskonserten søndag 11. januar kl. 18.00.",
    "",
    "For meir informasjon, kontakt:",
    "Kulturleiar Eva Nygård, tlf. 905 12 777, eva.nygard@hovdal.kommune.no",
    "Leiar i Fjellfolk, Nils Tveit, tlf. 412 33 908",
  ].join("\n");
  const letter = variants(t).variants.letter.text;
  it("the headline over a blank line is not glued to its paragraph", () => {
    expect(letter).toContain("Leikarringen Fjellfolk får kulturprisen for 2025\n\nHovdal kommune");
  });
  it("a contact line right under its lead-in stays right under it", () => {
    expect(letter).toContain("For meir informasjon, kontakt:\nKulturleiar Eva Nygård, tlf. 905 12 777, eva.nygard@hovdal.kommune.no\nLeiar i Fjellfolk");
  });
});
