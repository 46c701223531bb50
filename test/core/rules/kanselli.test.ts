import { kanselliRule } from "../../../src/core/rules/kanselli";
import nbList from "../../../src/core/lexicon/nb/kanselli.json";
import nnList from "../../../src/core/lexicon/nn/kanselli.json";
import { applyEdits } from "../../../src/core/edits";
import { KANSELLISTEN_SENTENCES } from "./kansellisten-sentences";
import { run, sharedFile, texts } from "./helpers";

describe("kanselli: every Kansellisten entry", () => {
  const nav: Array<{ kanselliord: string }> = JSON.parse(sharedFile("reference", "navikt-spraksjekk", "kansellisten.json")).kansellisten;

  test("the test table and the lexicon cover all 150 entries of NAV's transcription", () => {
    expect(nav).toHaveLength(150);
    const inTable = new Set(KANSELLISTEN_SENTENCES.map(([e]) => e));
    const inLexicon = new Set(nbList.entries.map((e: { kansellisten?: string }) => e.kansellisten).filter(Boolean));
    for (const { kanselliord } of nav) {
      expect(inTable.has(kanselliord)).toBe(true);
      expect(inLexicon.has(kanselliord.trim())).toBe(true);
    }
  });

  test.each(KANSELLISTEN_SENTENCES)("%s: flagged in a real sentence", (entry, sentence, flagged) => {
    const fs = run(kanselliRule, sentence);
    const hit = fs.find((f) => f.text === flagged);
    expect(hit).toBeDefined();
    expect(hit!.rule).toBe("kanselli");
    expect(hit!.start).toBe(sentence.indexOf(flagged));
    // Every entry gives the writer something: a word to click, or advice in the message.
    expect(hit!.suggestions.length > 0 || hit!.message.includes("«", hit!.message.indexOf(flagged) + flagged.length + 1)).toBe(true);
    expect(hit!.message).toContain(flagged);
    expect(String(hit!.data?.source)).toMatch(/\S/);
  });
});

describe("kanselli: inflection", () => {
  test.each([
    ["Det foreligger ingen klage.", "foreligger"],
    ["Det forelå ingen klage.", "forelå"],
    ["Det har ikke foreligget noen klage.", "foreligget"],
    ["Du må påregne ventetid.", "påregne"],
    ["Det kan påregnes ventetid.", "påregnes"],
    ["Feilen medførte forsinkelser.", "medførte"],
    ["Dette kan medføre gebyr.", "medføre"],
    ["Restskatten skal erlegges innen fristen.", "erlegges"],
    ["Vi har erlagt beløpet.", "erlagt"],
    ["Vi viser til de foreliggende opplysningene.", "foreliggende"],
    ["Det fremgikk av søknaden at du bor alene.", "fremgikk"],
    ["Vi har underrettet naboene.", "underrettet"],
  ])("%s", (sentence, flagged) => {
    expect(texts(run(kanselliRule, sentence))).toContain(flagged);
  });

  test("multi-word phrases match across their words and prefer the longest phrase", () => {
    expect(texts(run(kanselliRule, "Vi avslår søknaden som følge av at fristen er ute."))).toEqual(["som følge av at"]);
    expect(texts(run(kanselliRule, "Skaden kom som følge av en ulykke."))).toEqual(["som følge av"]);
    expect(texts(run(kanselliRule, "Gebyret beregnes i henhold til forskriften."))).toEqual(["i henhold til"]);
  });

  test("a phrase never spans punctuation or sentences", () => {
    expect(texts(run(kanselliRule, "Det skjedde som følge. Av at du ringte, vet vi mer."))).toEqual([]);
  });
});

describe("kanselli: ambiguous entries only in their stiff collocations", () => {
  test.each([
    ["Du har gitt oss riktige opplysninger.", []],
    ["Du må melde fra om opphold i utlandet.", []],
    ["Gjenstanden ble funnet i parken.", []],
    ["Hun yter sitt beste på jobben.", []],
    ["Hvilket skjema skal jeg bruke?", []],
    ["Hva gjelder saken?", []],
    ["Han tilsto at han hadde kjørt for fort.", []],
    ["Den oppsatte timen passer ikke.", []],
    ["Riket ble samlet i vikingtiden.", []],
  ])("%s → nothing", (sentence, expected) => {
    expect(texts(run(kanselliRule, sentence))).toEqual(expected);
  });

  test.each([
    ["Saken har vært gjenstand for behandling.", "gjenstand for"],
    ["Klagen ble avvist, hvilket betyr at vedtaket står.", "hvilket"],
    ["Ubenyttede midler skal tilbakebetales uten ugrunnet opphold.", "uten ugrunnet opphold"],
    ["Stønad ytes til personer over 67 år.", "Stønad ytes"],
  ])("%s → %s", (sentence, flagged) => {
    expect(texts(run(kanselliRule, sentence))).toContain(flagged);
  });

  test("vesentlig is only info: often ordinary language as an adjective", () => {
    const [f] = run(kanselliRule, "Søkeren har vesentlige vansker med å gå.");
    expect(f.text).toBe("vesentlige");
    expect(f.severity).toBe("info");
  });
});

describe("kanselli: safe fixes", () => {
  test.each([
    ["Vedrørende søknaden din: den er mottatt.", "Om søknaden din: den er mottatt."],
    ["Vi skriver vedrørende søknaden din.", "Vi skriver om søknaden din."],
    ["Gebyret beregnes i henhold til forskriften.", "Gebyret beregnes etter forskriften."],
    ["Brevet går til samtlige husstander.", "Brevet går til alle husstander."],
    ["Du må vurdere hvorvidt du vil klage.", "Du må vurdere om du vil klage."],
    ["Restskatten skal erlegges innen fristen.", "Restskatten skal betales innen fristen."],
    ["Vi mangler påkrevde dokumenter.", "Vi mangler nødvendige dokumenter."],
    ["Ta med pass samt førerkort.", "Ta med pass og førerkort."],
    ["VEDRØRENDE SØKNADEN", "OM SØKNADEN"],
  ])("%s", (input, expected) => {
    const fixes = run(kanselliRule, input).flatMap((f) => (f.fix ? [f.fix] : []));
    expect(applyEdits(input, fixes)).toBe(expected);
  });

  test("herved/hereby is deleted with the space before it, but not at a sentence start", () => {
    const input = "Det meddeles herved at fristen er ute.";
    expect(applyEdits(input, run(kanselliRule, input).flatMap((f) => (f.fix ? [f.fix] : [])))).toBe("Det meddeles at fristen er ute.");
    expect(run(kanselliRule, "Herved varsles du.").find((f) => f.text === "Herved")?.fix).toBeUndefined();
    const en = "We hereby inform you.";
    expect(applyEdits(en, run(kanselliRule, en, "en").flatMap((f) => (f.fix ? [f.fix] : [])))).toBe("We inform you.");
  });

  test("no fix where the replacement needs a human: verbs with particles, reflexives, word order", () => {
    for (const s of ["Dette kan medføre gebyr.", "Du må påregne ventetid.", "Det foreligger ingen klage.", "Du kan benytte deg av tilbudet.", "Han døde, dog ikke før han skrev testamentet."]) {
      for (const f of run(kanselliRule, s)) expect(f.fix).toBeUndefined();
    }
    const [f] = run(kanselliRule, "Du kan benytte tilbudet.");
    expect(f.fix?.replacement).toBe("bruke");
  });

  test("ambiguous past/participle forms get no fix (underrettet = informerte or informert)", () => {
    const [f] = run(kanselliRule, "Vi har underrettet naboene.");
    expect(f.fix).toBeUndefined();
    const [g] = run(kanselliRule, "Vi underretter naboene.");
    expect(g.fix?.replacement).toBe("informerer");
  });
});

describe("kanselli: other stiff words from Språkrådet's guidance", () => {
  test.each(["samt", "dog", "herved", "hvorvidt", "idet", "likeledes", "tillike", "herunder", "hvorledes", "undertegnede", "ovennevnte"])("%s", (w) => {
    const sentence = `Vi skriver ${w} noen ord om saken.`;
    expect(texts(run(kanselliRule, sentence))).toContain(w);
  });
  test.each(["hva gjelder", "i medhold av", "i henhold til", "som følge av at", "med hensyn til"])("%s", (p) => {
    expect(texts(run(kanselliRule, `Dette er skrevet ${p} reglene.`))).toContain(p);
  });
});

describe("kanselli: more stiff phrases seen in public letters", () => {
  test.each([
    ["Attesten ble utferdiget i mai.", "utferdiget"],
    ["Ordningen gjelder med virkning fra 1. mai.", "med virkning fra"],
    ["Du kan fremme klage innen tre uker.", "fremme klage"],
    ["Hvis du oversitter fristen, kan vi ikke behandle klagen.", "oversitter fristen"],
    ["Ansvaret påhviler eieren.", "påhviler"],
    ["Du må fremlegge legeerklæring.", "fremlegge"],
    ["Vi har innhentet opplysninger fra Skatteetaten.", "innhentet"],
  ])("%s", (sentence, flagged) => {
    expect(texts(run(kanselliRule, sentence))).toContain(flagged);
  });
  test("'fremme' and 'oversitte' only in their stiff collocations", () => {
    expect(texts(run(kanselliRule, "Tiltaket skal fremme helse."))).toEqual([]);
  });
  test("safe: med virkning fra → fra", () => {
    const input = "Satsen endres med virkning fra 1. mai.";
    expect(applyEdits(input, run(kanselliRule, input).flatMap((f) => (f.fix ? [f.fix] : [])))).toBe("Satsen endres fra 1. mai.");
  });
});

describe("kanselli: nynorsk list", () => {
  test("nynorsk stiff words", () => {
    const s = "Det ligg føre ein søknad frå samtlege abonnentar vedkomande ovannemnde eigedom i medhald av lova.";
    expect(texts(run(kanselliRule, s, "nn"))).toEqual(["ligg føre", "samtlege", "vedkomande", "ovannemnde", "i medhald av"]);
  });
  test("bokmål-only entries do not fire on nynorsk text", () => {
    expect(texts(run(kanselliRule, "Vi har sendt brevet til alle.", "nn"))).toEqual([]);
  });
  test("every nynorsk entry names its source", () => {
    for (const e of nnList.entries) expect(String((e as { source: string }).source).length).toBeGreaterThan(2);
  });
  test("safe nynorsk fix keeps capitalisation", () => {
    const input = "Samtlege elevar får brev.";
    const fixes = run(kanselliRule, input, "nn").flatMap((f) => (f.fix ? [f.fix] : []));
    expect(applyEdits(input, fixes)).toBe("Alle elevar får brev.");
  });
});

describe("kanselli: organisation word list", () => {
  test("custom words are flagged with their alternative, in any language", () => {
    const fs = run(kanselliRule, "Send inn egenerklæringen før fristen.", "nb", {}, "nb", [{ word: "egenerklæringen", alternative: "skjemaet" }]);
    expect(fs).toHaveLength(1);
    expect(fs[0].suggestions).toEqual(["skjemaet"]);
    expect(fs[0].message).toContain("organisasjonens ordliste");
  });
});

describe("kanselli: messages in the UI locale", () => {
  test("nb, nn and en", () => {
    expect(run(kanselliRule, "Vi skriver vedrørende saken.", "nb", {}, "nb")[0].message).toContain("kansellistil");
    expect(run(kanselliRule, "Vi skriver vedrørende saken.", "nb", {}, "nn")[0].message).toContain("Skriv heller");
    expect(run(kanselliRule, "Vi skriver vedrørende saken.", "nb", {}, "en")[0].message).toContain("bureaucratic");
  });
});

describe("kanselli: data", () => {
  test("every entry names its source, has an alternative and a safe flag that matches its fix", () => {
    for (const e of [...nbList.entries, ...nnList.entries] as Array<{ match: string; alt: string[]; source: string; safe: boolean; fix?: string; fixMap?: object; delete?: boolean }>) {
      expect(e.source.length).toBeGreaterThan(2);
      expect(e.alt.length > 0 || e.delete === true).toBe(true);
      expect(e.safe).toBe(e.fix !== undefined || e.fixMap !== undefined);
    }
  });
});

describe("phrases whose words move (entry `gap`: pronouns and adverbs after the finite verb)", () => {
  test.each([
    ["Samtidig gjør vi oppmerksom på at fristen er kort.", "gjør vi oppmerksom på"],
    ["Vi gjør innledningsvis oppmerksom på at saken er sendt.", "gjør innledningsvis oppmerksom på"],
    ["Vi gjør Dem oppmerksom på at betalingen er forsinket.", "gjør Dem oppmerksom på"],
    ["Vi gjør deg herved oppmerksom på at fristen er kort.", "gjør deg herved oppmerksom på"],
    ["Vi gjorde ham oppmerksom på feilen.", "gjorde ham oppmerksom på"],
  ])("%s", (sentence, flagged) => {
    const fs = run(kanselliRule, sentence).filter((f) => f.data?.entry === "gjøre oppmerksom på");
    expect(fs.map((f) => f.text)).toEqual([flagged]);
    // The words in the gap would be lost by a replacement: a gapped match has no fix.
    expect(fs[0].fix).toBeUndefined();
  });
  test("other words, or more than three gap words, do not stand in the gap", () => {
    expect(run(kanselliRule, "Vi gjør ikke noe med det, men er oppmerksom på det.").filter((f) => f.data?.entry === "gjøre oppmerksom på")).toEqual([]);
    expect(run(kanselliRule, "Vi gjør naboene oppmerksom på det.").filter((f) => f.data?.entry === "gjøre oppmerksom på")).toEqual([]);
    expect(run(kanselliRule, "Gjør vi da ikke deg oppmerksom på det?").filter((f) => f.data?.entry === "gjøre oppmerksom på")).toEqual([]);
  });
  test("an inverted «anses» keeps its entry", () => {
    expect(texts(run(kanselliRule, "Inntekten anses ikke som formue."))).toEqual(["anses ikke som"]);
  });
});

describe("issue 13: entries that were missing", () => {
  test.each([
    ["Arbeidet ble igangsatt i fjor høst.", "igangsatt"],
    ["Naboene har rett til å inngi merknader til søknaden.", "inngi merknader"],
    ["Under henvisning til brevet ditt sender vi skjemaet.", "Under henvisning til"],
    ["Biblioteket holder stengt grunnet oppussing.", "grunnet"],
    ["Ved spørsmål, ring oss.", "Ved spørsmål"],
    ["Vi sender svar i påvente av dokumentasjonen.", "i påvente av"],
  ])("%s", (sentence, flagged) => {
    expect(texts(run(kanselliRule, sentence))).toContain(flagged);
  });
  test("«ytterligere» never offers a bare «enda» (Kansellisten: «enda mer/flere»)", () => {
    const f = run(kanselliRule, "Ytterligere informasjon finner du på nettsidene.")[0];
    expect(f.suggestions).not.toContain("Enda");
    expect(f.suggestions).toContain("Mer");
  });
  test("«inngi» alone (not with a listed object) is not flagged", () => {
    expect(run(kanselliRule, "Han inngir tillit.")).toEqual([]);
  });
});

describe("issue 13: «utover» is kanselli as «mer enn», not in time or place (entry unlessNext)", () => {
  test("«utover kvelden», «utover fjorden» are left alone; «utover dette» is flagged", () => {
    expect(run(kanselliRule, "Arrangementet fortsetter utover kvelden med musikk.")).toEqual([]);
    expect(run(kanselliRule, "Vi så utover fjorden.")).toEqual([]);
    expect(texts(run(kanselliRule, "Utover dette har du ingen rettigheter."))).toEqual(["Utover"]);
  });
});
