// Letters written for these tests (not taken from the research drafts), to check that the rules
// generalise: each lists what a reviewer would mark and what must be left alone.
import { parse } from "../../../src/core/text/parse";
import { rules } from "../../../src/core/rules/index";
import type { Finding, Language } from "../../../src/core/model";

function findings(text: string, lang: Language): Finding[] {
  const doc = parse(text, lang);
  return rules.flatMap((r) => (r.languages && !r.languages.includes(lang) ? [] : r.run(doc, { language: lang, locale: "nb", options: {}, customWords: [] })));
}
const pairs = (fs: Finding[]) => fs.map((f) => `${f.rule}:${f.text}`);

const BYGG = `Svar på søknad om bruksendring – Kirkeveien 12

Vi viser til Deres søknad av 4. februar 2026. Det bemerkes at søknaden er mottatt i sin helhet, og vedlagt følger vedtaket.

Søknaden er behandlet etter plan- og bygningsloven § 20-1. Kommunen har foretatt en befaring av eiendommen, hvorav det fremgikk at tiltaket er i tråd med reguleringsplanen. Tillatelse gis således på vilkår av at brannkravene etterleves.

Gebyret på kr 9 800 skal innbetales pr. 1. mars 2026. Vennligst ta kontakt med oss snarest dersom De har spørsmål.

Med vennlig hilsen
Undertegnede`;

const NN = `Informasjon om skulestart

Skulestart er 18. august. Elevane vert henta ved busshaldeplassen klokka 08.00. Matpakke må takast med kvar dag.

Foreldre som ikkje har levert samtykkeskjema, vert oppmoda om å gjere dette snarast. Skjemaet leverast til kontaktlæraren. Vi gler oss til å sjå dykk!`;

const EN = `Notice of planned water shutdown

We hereby inform you that the water supply will be shut off on 14 October. Prior to the shutdown, please store drinking water, e.g. in bottles. In accordance with the regulations, residents must not use dishwashers. Questions can be sent to post@example.no.`;

const PLAIN = `Du får barnehageplass fra 17. august

Du har fått plass i Solsiden barnehage fra 17. august 2026. Svar oss innen 8. mai om du vil ha plassen. Logg inn på kommunens nettside og trykk «Svar på tilbud».

Har du spørsmål, kan du ringe oss på 55 55 33 39.`;

test("a stiff building-permit letter gets the findings a reviewer would mark", () => {
  const got = pairs(findings(BYGG, "nb"));
  for (const want of [
    "formal-address:Deres",
    "formal-address:De",
    "kanselli:bemerkes",
    "kanselli:i sin helhet",
    "kanselli:vedlagt følger",
    "kanselli:hvorav",
    "kanselli:fremgikk",
    "kanselli:således",
    "kanselli:etterleves",
    "kanselli:Vennligst",
    "kanselli:snarest",
    "kanselli:Undertegnede",
    "nominalization:foretatt en befaring",
    "passive:Det bemerkes",
    "passive:gis",
    "passive:etterleves",
    "abbreviation:pr.",
  ]) expect(got).toContain(want);
});

test("a nynorsk school letter: vert-passives, the -ast error, modal -ast accepted", () => {
  const fs = findings(NN, "nn");
  const p = fs.filter((f) => f.rule === "passive");
  expect(p.find((f) => f.text === "leverast")?.severity).toBe("error");
  expect(p.find((f) => f.text === "takast")?.severity).toBe("info");
  expect(pairs(fs)).toContain("passive:vert henta");
  expect(pairs(fs)).toContain("kanselli:oppmoda");
  expect(pairs(fs).filter((x) => x.startsWith("formal-address"))).toEqual([]);
});

test("an English notice: plain-English list, abbreviations and passives", () => {
  const got = pairs(findings(EN, "en"));
  for (const want of ["kanselli:hereby", "kanselli:Prior to", "kanselli:In accordance with", "abbreviation:e.g."]) expect(got).toContain(want);
  // The English passive rule: "will be shut off", "can be sent".
  expect(got.filter((x) => x.startsWith("passive:"))).toEqual(["passive:will be shut", "passive:can be sent"]);
});

test("a plain letter gets no findings (its own phone number is contact info, not personal data)", () => {
  expect(findings(PLAIN, "nb")).toEqual([]);
});
