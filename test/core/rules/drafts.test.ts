// The evaluation drafts of plain-language.md §7, checked as a reviewer would: the key findings of each
// draft's "Contains" line that belong to our rules, and the traps it sets (false positives to avoid).
import { parse } from "../../../src/core/text/parse";
import { rules } from "../../../src/core/rules/index";
import type { Finding, Language } from "../../../src/core/model";
import { drafts } from "./helpers";

function analyse(id: string): { text: string; findings: Finding[] } {
  const d = drafts().find((x) => x.id === id);
  if (!d) throw new Error(`draft ${id} not found in plain-language.md §7`);
  const lang: Language = id.startsWith("N") ? "nn" : "nb";
  const doc = parse(d.text, lang);
  const findings = rules.flatMap((r) => (r.languages && !r.languages.includes(lang) ? [] : r.run(doc, { language: lang, locale: "nb", options: {}, customWords: [] })));
  return { text: d.text, findings };
}

const has = (fs: Finding[], rule: string, text: string) => fs.some((f) => f.rule === rule && f.text === text);

const EXPECT: Record<string, Array<[string, string]>> = {
  B01: [
    ["formal-address", "Dem"],
    ...["tilstilt", "meddeles", "foreliggende", "medfører", "erlegges", "fremgår", "henstand", "angående", "undertegnede", "uten ytterligere varsel"].map((t) => ["kanselli", t] as [string, string]),
    ...["innbetales", "bli oversendt", "Ønskes", "fremsettes", "innvilges", "Det gjøres", "Det vises"].map((t) => ["passive", t] as [string, string]),
    ["nominalization", "foretatt en endring"],
  ],
  B02: [
    ["formal-address", "De"],
    ...["således", "I medhold av", "unnlatelse", "medfører", "foreligger", "underrette", "herunder"].map((t) => ["kanselli", t] as [string, string]),
    ["abbreviation", "f.eks."],
    ...["det varsles", "bli stanset", "sendes", "rekvireres"].map((t) => ["passive", t] as [string, string]),
  ],
  B03: [
    ["formal-address", "Deres"],
    ...["Angående", "samtlige", "påkrevde", "foreligger", "herunder", "ytterligere", "oppebåret", "samt", "hvorvidt"].map((t) => ["kanselli", t] as [string, string]),
    ["nominalization", "vurderingen av hvorvidt"],
    ...["ferdigbehandles", "ettersendes", "bli avslått"].map((t) => ["passive", t] as [string, string]),
    ["abbreviation", "p.t."],
    ["abbreviation", "ca."],
    ["abbreviation", "jf."],
  ],
  B04: [
    ...["Bekjentgjøring", "underretter", "samtlige", "beliggende", "besørge", "henstilles til", "medføre", "påregnes", "utgjør", "dog", "vedrørende"].map((t) => ["kanselli", t] as [string, string]),
    ["nominalization", "foretatt en avstengning"],
    ["nominalization", "tapping av nødvendig"],
    ...["anmodes", "benyttes", "publiseres"].map((t) => ["passive", t] as [string, string]),
  ],
  B05: [
    ["passive", "Det informeres"],
    ["passive", "det kan søkes"],
    ["nominalization", "foreta innskrivingen"],
    ["kanselli", "samtlige"],
    ["kanselli", "hjemmehørende"],
  ],
  B06: [
    ...["bekjentgjør", "samt", "herunder", "erlegges", "forevises", "hjemmehørende"].map((t) => ["kanselli", t] as [string, string]),
    ...["bli gjennomført", "settes", "forevises"].map((t) => ["passive", t] as [string, string]),
    ["nominalization", "Timebestilling foretas"],
  ],
  B07: [
    ...["i medhold av", "beliggende", "inneværende", "medfører", "således", "Ytterligere", "fremgår"].map((t) => ["kanselli", t] as [string, string]),
    ["nominalization", "fremsettelse av klage"],
    ...["betales", "faktureres", "sendes", "Det gjøres"].map((t) => ["passive", t] as [string, string]),
  ],
  B08: [
    ["passive", "Det meddeles"],
    ["passive", "bli tømt"],
    ["passive", "bli hentet"],
    ...["meddeles", "samtlige", "som følge av at", "samt", "tilstilt"].map((t) => ["kanselli", t] as [string, string]),
    ["nominalization", "bestilling av bytte foretas"],
  ],
  B09: [
    ...["ovennevnte", "foreligger", "samt", "således", "anses som", "vedrørende", "idet"].map((t) => ["kanselli", t] as [string, string]),
    ["nominalization", "tas under behandling"],
    ["nominalization", "oppføring av garasje"],
    ["formal-address", "Deres"],
  ],
  B10: [
    ...["meddeles", "underretning", "ansett som"].map((t) => ["kanselli", t] as [string, string]),
    ...["meddeles det", "beregnes", "det innvilges", "aksepteres", "stiles"].map((t) => ["passive", t] as [string, string]),
    ["formal-address", "Deres"],
  ],
  B11: [
    ["passive", "Det varsles"],
    ["nominalization", "foretatt feiing"],
    ...["samt", "beliggende", "besørge", "herunder", "Unnlatelse", "medføre", "meddelt", "angående"].map((t) => ["kanselli", t] as [string, string]),
  ],
  B12: [
    ["passive", "Det informeres"],
    ["passive", "bli stengt"],
    ["passive", "bli omdirigert"],
    ...["medføre", "påregne", "henstilles til", "samt"].map((t) => ["kanselli", t] as [string, string]),
    ["abbreviation", "pga."],
  ],
  B13: [
    ...["vedrørende", "foreliggende", "anses", "således", "underretning", "foreligger"].map((t) => ["kanselli", t] as [string, string]),
    ["nominalization", "tildeling av parkeringstillatelse"],
    ...["sendes", "vedlegges", "gjøres"].map((t) => ["passive", t] as [string, string]),
  ],
  B14: [
    ["kanselli", "Undertegnede"],
    ["formal-address", "Deres"],
    ...["samt", "påkrevd", "unnlatelse", "medføre"].map((t) => ["kanselli", t] as [string, string]),
    ["abbreviation", "bl.a."],
    ...["bes det", "avbestilles", "det ilegges", "bli sendt", "anmodes"].map((t) => ["passive", t] as [string, string]),
  ],
  B15: [
    ["nominalization", "avgi rapport"],
    ...["herunder", "foreligger", "fremkommer", "likeledes", "angående", "uten ugrunnet opphold"].map((t) => ["kanselli", t] as [string, string]),
    ...["ble innvilget", "innsendes", "kreves", "utelukkes", "tilbakebetales"].map((t) => ["passive", t] as [string, string]),
  ],
  N01: [
    ["passive", "handsamast"],
    ["passive", "kokast"],
    ["passive", "vert publisert"],
    ...["samtlege", "ovannemnde", "vedkomande", "med verknad frå dags dato"].map((t) => ["kanselli", t] as [string, string]),
  ],
  N02: [
    ["passive", "Det vert med dette gjort"],
    ...["i medhald av", "påreknast", "medføre"].map((t) => ["kanselli", t] as [string, string]),
    ["passive", "verte handsama"],
  ],
  N03: [
    ["passive", "handsamast"],
    ...["Samtlege", "inneverande", "jamfør", "medføre"].map((t) => ["kanselli", t] as [string, string]),
    ["passive", "vert registrert"],
  ],
};

describe.each(Object.keys(EXPECT))("draft %s", (id) => {
  const { text, findings } = analyse(id);
  test.each(EXPECT[id])("%s: %s", (rule, t) => {
    expect(has(findings, rule, t)).toBe(true);
  });
  test("offsets are exact", () => {
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("traps the drafts set", () => {
  test("B02: 'opphold i utlandet' is ordinary; the 54-word sentence is one long sentence despite '2.–15. juni' and '14. dag'", () => {
    const { findings } = analyse("B02");
    expect(findings.some((f) => f.rule === "kanselli" && f.text.includes("opphold"))).toBe(false);
    const long = findings.filter((f) => f.rule === "long-sentence" && f.severity === "warning");
    expect(long.some((f) => f.text.includes("2.–15. juni") && (f.data?.words as number) > 25)).toBe(true);
    expect(long.some((f) => f.text.includes("hver 14. dag") && (f.data?.words as number) > 25)).toBe(true);
  });
  test("B11: 'finnes' is a deponent, not a passive", () => {
    expect(analyse("B11").findings.some((f) => f.rule === "passive" && f.text.includes("finnes"))).toBe(false);
  });
  test("B13: 'vesentlige vansker' is info at most", () => {
    const f = analyse("B13").findings.find((x) => x.text === "vesentlige");
    expect(f?.severity).toBe("info");
  });
  test("B15: the shared mailbox is the organisation's contact, not personal data (nothing said)", () => {
    expect(analyse("B15").text).toContain("kultur@lundebygd.kommune.no");
    expect(analyse("B15").findings.filter((x) => x.rule === "personal-data")).toEqual([]);
  });
  test("N01: the correct modal -ast passives are info, the present -ast is an error", () => {
    const ps = analyse("N01").findings.filter((f) => f.rule === "passive");
    expect(ps.find((f) => f.text === "handsamast")?.severity).toBe("error");
    for (const t of ["kokast", "nyttast", "rettast"]) expect(ps.find((f) => f.text === t)?.severity).toBe("info");
  });
  test("no draft gets a formal-address finding for a sentence-initial 'De' meaning 'they'", () => {
    for (const id of Object.keys(EXPECT)) for (const f of analyse(id).findings.filter((x) => x.rule === "formal-address")) expect(["De", "Dem", "Deres"]).toContain(f.text);
  });
});
