// Sentence rewrites (rewrites/{nb,nn}.json): bureaucratic constructions become active sentences to the
// reader, facts are carried over unchanged, and the letter and the post use them.
import nb from "../../../src/core/channels/rewrites/nb.json";
import nn from "../../../src/core/channels/rewrites/nn.json";
import { rewriteSentence, informalAddress, factsKept, readerOf } from "../../../src/core/channels/rewrite";
import { variants } from "../../../src/core/channels";
import { analyze } from "../../../src/core";
import { extractFacts } from "../../../src/core/facts";
import { evaluationDrafts, corpus } from "./shared";

describe("rewrite data", () => {
  for (const [lang, data] of [["nb", nb], ["nn", nn]] as const) {
    it(`${lang}: every pattern compiles and names its source and rationale`, () => {
      const ids = new Set<string>();
      for (const p of data.patterns) {
        expect(p.source.length).toBeGreaterThan(10);
        expect(p.rationale.length).toBeGreaterThan(10);
        expect(ids.has(p.id)).toBe(false);
        ids.add(p.id);
        expect(() => new RegExp(p.find.replace(/\{readers\}/g, "x"), "iu")).not.toThrow();
      }
      expect(data.patterns.length).toBeGreaterThanOrEqual(10);
    });
  }
});

describe("rewriteSentence (bokmål)", () => {
  const cases: Array<[string, string]> = [
    ["Abonnentene bes om å besørge tapping av nødvendig drikkevann før avstengningen.", "Vi ber deg sørge for tapping av nødvendig drikkevann før avstengningen."],
    ["Det henstilles til at vaskemaskiner ikke brukes i tidsrommet.", "Vi ber om at vaskemaskiner ikke brukes i tidsrommet."],
    ["Etter at vannet er satt på igjen, kan det påregnes misfarget vann.", "Etter at vannet er satt på igjen, må du regne med misfarget vann."],
    ["Oppdatert informasjon publiseres fortløpende på https://www.fjordvik.kommune.no/vann.", "Vi legger ut oppdatert informasjon fortløpende på https://www.fjordvik.kommune.no/vann."],
    ["Eventuelle henvendelser om arbeidet kan rettes til vakttelefonen på 45 67 89 01.", "Har du spørsmål om arbeidet, kan du ringe vakttelefonen på 45 67 89 01."],
    ["Eventuelle spørsmål angående beregningen kan rettes til skattekontoret.", "Har du spørsmål om beregningen, kan du kontakte skattekontoret."],
    ["Henvendelser kan rettes til servicetorget.", "Har du spørsmål, kan du kontakte servicetorget."],
    ["Restskatten skal betales innen 20. august 2025.", "Du må betale restskatten innen 20. august 2025."],
    ["Det vises til søknaden din.", "Vi viser til søknaden din."],
    ["Dersom De er forhindret, sender vi Dem et skjema.", "Dersom du er forhindret, sender vi deg et skjema."],
  ];
  for (const [a, b] of cases) it(a, () => expect(rewriteSentence(a, "nb")).toBe(b));

  it("speaks to 'dere' when the draft does", () => {
    expect(rewriteSentence("Foresatte bes om å sende skjemaet.", "nb", "dere")).toBe("Vi ber dere sende skjemaet.");
    expect(readerOf("Dere må hente barna innen kl. 16.")).toBe("dere");
    expect(readerOf("Du må hente barnet. Dere kan ringe oss.")).toBe("du");
  });
  it("keeps a qualified group as written and only makes the verb active", () => {
    expect(rewriteSentence("Abonnenter som har vannmåler, bes om å lese av måleren.", "nb")).toBe("Abonnenter som har vannmåler, bes om å lese av måleren.");
    expect(rewriteSentence("Abonnenter med vannmåler bes om å lese av måleren.", "nb")).toBe("Vi ber abonnenter med vannmåler om å lese av måleren.");
  });
  it("leaves sentences without an exact match alone", () => {
    for (const s of ["Vannet blir stengt tirsdag.", "Søknaden sendes til kommunen.", "De ansatte er på kurs.", "Informasjon om vaksinen finner du på nettsidene."]) expect(rewriteSentence(s, "nb")).toBe(s);
  });
  it("turns Deres into din/ditt only before a known noun, never sentence-initial De", () => {
    // The possessive after the definite noun, as bokmål says it ("søknaden din"); before an adjective it stays in front.
    expect(informalAddress("NAV viser til Deres søknad om dagpenger.", "nb")).toBe("NAV viser til søknaden din om dagpenger.");
    expect(informalAddress("Vi har mottatt Deres brev.", "nb")).toBe("Vi har mottatt brevet ditt.");
    expect(informalAddress("Møt opp på Deres lokale NAV-kontor.", "nb")).toBe("Møt opp på ditt lokale NAV-kontor.");
    expect(informalAddress("Deres hage er fin.", "nb")).toBe("Deres hage er fin.");
    expect(informalAddress("De bor i Sjøgata.", "nb")).toBe("De bor i Sjøgata.");
  });
  it("English drafts are not rewritten", () => expect(rewriteSentence("Enquiries may be directed to the office.", "en")).toBe("Enquiries may be directed to the office."));
  it("bad input never throws", () => {
    expect(rewriteSentence("", "nb")).toBe("");
    expect(rewriteSentence(undefined as never, "nb")).toBe(undefined);
    expect(rewriteSentence("x".repeat(5000), "nb")).toHaveLength(5000);
  });
});

describe("rewriteSentence (nynorsk)", () => {
  const cases: Array<[string, string]> = [
    ["Oppdatert informasjon vert publisert fortløpande på https://www.fjordvik.kommune.no/kokevarsel.", "Vi legg ut oppdatert informasjon fortløpande på https://www.fjordvik.kommune.no/kokevarsel."],
    ["Spørsmål vedkomande kokevarselet kan rettast til vakttelefonen på 45 67 89 01.", "Har du spørsmål om kokevarselet, kan du ringje vakttelefonen på 45 67 89 01."],
    ["Abonnentane vert bedne om å lese av målaren.", "Vi ber deg lese av målaren."],
    ["Samtlege abonnentar med vassmålar i Storøya kommune vert med dette oppmoda om å lese av vassmålaren.", "Vi ber samtlege abonnentar med vassmålar i Storøya kommune om å lese av vassmålaren."],
    ["Det vert tilrådd at vatn vert kjøpt på flaske.", "Vi rår til at vatn vert kjøpt på flaske."],
  ];
  for (const [a, b] of cases) it(a, () => expect(rewriteSentence(a, "nn")).toBe(b));
});

describe("fact guard", () => {
  it("factsKept needs the same facts, as written", () => {
    expect(factsKept("Vannet stenges 14. oktober 2025 kl. 08.00–16.00.", "Vi stenger vannet 14. oktober 2025 kl. 08.00–16.00.")).toBe(true);
    expect(factsKept("Vannet stenges 14. oktober 2025.", "Vannet stenges 14.10.2025.")).toBe(false);
    expect(factsKept("Ring 45 67 89 01.", "Ring oss.")).toBe(false);
    expect(factsKept("Ring oss.", "Ring 45 67 89 01.")).toBe(false);
  });
  it("every rewritten sentence of the §7 drafts and the corpus keeps its facts", () => {
    const texts = [...evaluationDrafts().map((d) => d.text), ...corpus(["letter", "notice"]).map((d) => d.text)];
    let rewritten = 0;
    for (const t of texts) {
      for (const s of t.split(/(?<=[.!?])\s+|\n+/)) {
        const lang = /\b(ikkje|vert|eg|dykk|frå)\b/.test(t) ? "nn" : "nb";
        const r = rewriteSentence(s, lang);
        if (r === s) continue;
        rewritten++;
        expect(extractFacts(r).map((f) => f.text)).toEqual(extractFacts(s).map((f) => f.text));
      }
    }
    expect(rewritten).toBeGreaterThan(15);
  });
});

describe("letters use the rewrites", () => {
  const drafts = new Map(evaluationDrafts().map((d) => [d.id, d.text]));
  const B04 = variants(drafts.get("B04")!);
  const letter = B04.variants.letter.text;
  it("B04: the bureaucratic constructions are gone and the facts are kept", () => {
    for (const gone of ["bes om å", "anmodes", "Det henstilles", "påregnes", "publiseres", "Eventuelle henvendelser"]) expect(letter).not.toContain(gone);
    expect(letter).toContain("Vi ber deg sørge for tapping av nødvendig drikkevann før avstengningen.");
    expect(letter).toContain("Har du spørsmål om arbeidet, kan du ringe vakttelefonen på 45 67 89 01.");
    expect(B04.variants.letter.findings.filter((f) => f.rule.startsWith("facts-"))).toEqual([]);
  });
  it("B04: the rewritten request goes under 'Dette må du gjøre'", () => {
    const i = letter.indexOf("Dette må du gjøre\n");
    expect(i).toBeGreaterThan(0);
    expect(letter.slice(i).split("\n\n")[0]).toContain("Vi ber deg sørge for");
  });
  it("never says 'Har du spørsmål' twice", () => {
    for (const [id, t] of drafts) {
      const l = variants(t).variants.letter.text;
      expect([id, (l.match(/Har du spørsmål/g) ?? []).length <= 1]).toEqual([id, true]);
    }
    const own = variants("Vannavbrudd\n\nVannet blir stengt 14. oktober 2025.\n\nHar du spørsmål?\nEventuelle henvendelser kan rettes til vakttelefonen på 45 67 89 01.\n\nMed vennlig hilsen\nFjordvik kommune").variants.letter.text;
    expect(own.match(/Har du spørsmål/g)).toHaveLength(1);
    expect(own).toContain("Har du spørsmål, kan du ringe vakttelefonen på 45 67 89 01.");
  });
  it("B02/B03: De/Deres become du/din in a letter to one reader", () => {
    for (const id of ["B02", "B03"]) {
      const l = variants(drafts.get(id)!).variants.letter.text;
      expect(analyze(l).findings.filter((f) => f.rule === "formal-address")).toEqual([]);
    }
  });
  it("the §7 letters check clearly better than the drafts (kanselli, passive, formal address, long sentences)", () => {
    const counted = ["kanselli", "passive", "formal-address", "long-sentence"];
    const count = (t: string) => analyze(t).findings.filter((f) => counted.includes(f.rule)).length;
    let before = 0;
    let after = 0;
    for (const t of drafts.values()) {
      before += count(t);
      after += count(variants(t).variants.letter.text);
    }
    // Measured 403 → 257 with the rewrites (403 → 331 before them, safe fixes only); at least a quarter fewer is the floor.
    expect(after).toBeLessThan(before * 0.75);
  });
});

describe("posts use the rewrites", () => {
  it("B04: the post has no 'bes om å besørge'", () => {
    const d = evaluationDrafts().find((x) => x.id === "B04")!;
    const p = variants(d.text).variants.post.text;
    expect(p).not.toMatch(/bes om å|besørge/);
    expect(p).toContain("Vi ber deg sørge for tapping");
  });
});

describe("long sentences split only where a main clause follows", () => {
  const { splitLong } = require("../../../src/core/text/split") as typeof import("../../../src/core/text/split");
  const long = "Personer som er hjemmehørende i kommunen og som bor hjemme hele året, men som av helsemessige årsaker er forhindret fra å møte på legekontoret, kan be om hjemmebesøk.";
  it("keeps ', men som …' in one sentence", () => expect(splitLong(long)).toBe(long));
  it("splits ', men det …' into two", () => {
    const s = "Elevene får som hovedregel plass ved nærskolen i den skolekretsen der de bor hele året, men det kan søkes om plass ved en annen skole dersom søsken går der.";
    expect(splitLong(s)).toBe("Elevene får som hovedregel plass ved nærskolen i den skolekretsen der de bor hele året. Men det kan søkes om plass ved en annen skole dersom søsken går der.");
  });
});

describe("reflexives", () => {
  it("never writes 'du … seg'", () => {
    expect(rewriteSentence("Foresatte som har behov for bistand i forbindelse med innskrivingen, kan henvende seg til servicetorget på telefon 56 78 90 12.", "nb")).toBe(
      "Trenger du hjelp med innskrivingen, kan du kontakte servicetorget på telefon 56 78 90 12.",
    );
    expect(rewriteSentence("Søker kan melde seg på kurset.", "nb")).toBe("Søker kan melde seg på kurset.");
    expect(rewriteSentence("Abonnenter som har spørsmål, kan wende seg til oss.", "nb")).toBe("Abonnenter som har spørsmål, kan wende seg til oss.");
    for (const d of evaluationDrafts()) expect([d.id, /(?<![\p{L}])du (?:kan |må |skal |bør )?\p{L}+ seg(?![\p{L}])/iu.test(variants(d.text).variants.letter.text)]).toEqual([d.id, false]);
  });
});

describe("the post prefers the plainest sentences", () => {
  it("of three instructions, leaves out the one with kanselli", () => {
    const t = "Vannavbrudd i Sjøgata\n\nVannet blir stengt 14. oktober 2025.\n\nDu må besørge tapping av vann før avstengningen. Du må fylle vann i flasker. Du må slå av vaskemaskinen.\n\nHilsen Fjordvik kommune";
    const p = variants(t).variants.post.text;
    expect(p).toContain("Du må fylle vann i flasker. Du må slå av vaskemaskinen.");
    expect(p).not.toContain("besørge");
  });
  it("with two instructions, keeps both in draft order", () => {
    const t = "Vannavbrudd i Sjøgata\n\nVannet blir stengt 14. oktober 2025.\n\nDu må besørge tapping av vann før avstengningen. Du må slå av vaskemaskinen.\n\nHilsen Fjordvik kommune";
    expect(variants(t).variants.post.text).toContain("Du må besørge tapping av vann før avstengningen. Du må slå av vaskemaskinen.");
  });
});

describe("«nevnte»/«nemnde» as a determiner", () => {
  it.each([
    ["nb", "Nevnte opplysninger er overført til fylket.", "Disse opplysningene er overført til fylket."],
    ["nn", "Nemnde opplysningar er sende vidare.", "Desse opplysningane er sende vidare."],
    ["nn", "Nemnde tenester er stengde.", "Desse tenestene er stengde."],
    // The past tense of «nevne» is left alone.
    ["nb", "Han nevnte problemer i går.", "Han nevnte problemer i går."],
  ] as const)("%s: %s", (language, s, want) => {
    expect(rewriteSentence(s, language)).toBe(want);
  });
});

// The possessive after a definite noun ("Søknaden Deres", "legeerklæringa Dykkar") follows the noun's gender and
// number: a letter that turned every "De" into "du" but kept "søknaden Deres" mixed both forms of address.
describe("a formal possessive after its noun", () => {
  it.each([
    ["nb", "Søknaden Deres er avslått.", "Søknaden din er avslått."],
    ["nb", "Vi har mottatt legeerklæringen Deres.", "Vi har mottatt legeerklæringen din."],
    ["nb", "Vi har lest brevet Deres.", "Vi har lest brevet ditt."],
    ["nb", "Vi har mottatt opplysningene Deres.", "Vi har mottatt opplysningene dine."],
    ["nn", "Vi har motteke søknaden Dykkar.", "Vi har motteke søknaden din."],
    ["nn", "Vi har lese klaga Dykkar.", "Vi har lese klaga di."],
  ])("%s: %s", (lang, from, to) => {
    expect(informalAddress(from, lang as "nb" | "nn")).toBe(to);
  });
  it("a letter in the De form keeps no «Deres» after a noun", () => {
    const draft = "Svar på søknad om parkeringstillatelse\n\nSøknaden Deres om parkeringstillatelse er avslått. Legeerklæringen Deres viser ikke at De har problemer med å gå.\n\nDe kan klage på vedtaket innen tre uker.\n\nMed hilsen\nSolvik kommune";
    const letter = variants(draft).variants.letter.text;
    expect(letter).not.toMatch(/Deres|\bDe\b/);
    expect(letter).toMatch(/Søknaden din/);
    expect(letter).toMatch(/Legeerklæringen din/);
  });
});
