import { parse } from "../../../src/core/text/parse";
import { offsetProblems, sentenceTexts } from "./helpers";

const split = (text: string) => sentenceTexts(parse(text));

describe("sentence splitting: abbreviations do not end a sentence", () => {
  const abbreviations = ["f.eks.", "bl.a.", "jf.", "nr.", "kl.", "pga.", "ca.", "dvs.", "iht.", "ev.", "evt.", "gnr.", "bnr.", "tlf.", "mht.", "ifm.", "vedr.", "inkl.", "f.o.m.", "t.o.m.", "m.a.", "t.d."];
  test.each(abbreviations)("%s followed by a capitalised word", (abbr) => {
    const text = `Vi gjelder ${abbr} Ål kommune i denne saken. Neste setning kommer her.`;
    expect(split(text)).toEqual([`Vi gjelder ${abbr} Ål kommune i denne saken.`, "Neste setning kommer her."]);
  });
  test.each(["mv.", "osv.", "m.m.", "o.l.", "e.l.", "mfl."])("%s may close a sentence when a capital follows", (abbr) => {
    expect(split(`Vi trenger papir, penner ${abbr} Husk å svare.`)).toEqual([`Vi trenger papir, penner ${abbr}`, "Husk å svare."]);
  });
  test.each(["mv.", "osv.", "m.m."])("%s does not close a sentence before a lower-case word", (abbr) => {
    expect(split(`Vi trenger papir ${abbr} som du tar med. Takk.`)).toEqual([`Vi trenger papir ${abbr} som du tar med.`, "Takk."]);
  });
  test("common wrong forms with a space (f. eks., bl. a.)", () => {
    expect(split("Du kan f. eks. Ringe oss. Eller bl. a. Skrive til oss.")).toEqual(["Du kan f. eks. Ringe oss.", "Eller bl. a. Skrive til oss."]);
  });
  test("capitalised abbreviation at the start of a sentence", () => {
    expect(split("Kl. 09.00 åpner vi. F.eks. Ola kommer.")).toEqual(["Kl. 09.00 åpner vi.", "F.eks. Ola kommer."]);
  });
  test("'5 min.' at the end of a sentence ends it (one period only)", () => {
    expect(split("La kranen renne i ca. 5 min. Deretter kan du drikke vannet.")).toEqual(["La kranen renne i ca. 5 min.", "Deretter kan du drikke vannet."]);
  });
  test("'min' as a possessive at the end of a sentence", () => {
    expect(split("Dette er søknaden min. Han sendte sin i går.")).toEqual(["Dette er søknaden min.", "Han sendte sin i går."]);
  });
});

describe("sentence splitting: numbers, dates, times, ordinals", () => {
  test("ordinals before months and units", () => {
    expect(split("Fristen er 1. mars 2026. Elever i 2. trinn får skyss hver 14. dag. Vi ses.")).toEqual([
      "Fristen er 1. mars 2026.",
      "Elever i 2. trinn får skyss hver 14. dag.",
      "Vi ses.",
    ]);
  });
  test("date ranges with en dash", () => {
    expect(split("Perioden 2.–15. juni 2025 er ikke mottatt. Send den nå.")).toEqual(["Perioden 2.–15. juni 2025 er ikke mottatt.", "Send den nå."]);
  });
  test("numeric dates, times, decimals", () => {
    const text = "Møtet er 08.02.2027 kl. 09.00–10.30 i rom 2,4. Satsen er 2,4 promille. Ring 23 45 67 89.";
    expect(split(text)).toEqual(["Møtet er 08.02.2027 kl. 09.00–10.30 i rom 2,4.", "Satsen er 2,4 promille.", "Ring 23 45 67 89."]);
  });
  test("a number ending a sentence before a capital", () => {
    expect(split("Restskatten er kr 14 280. KID-nummer står i vedlegget.")).toEqual(["Restskatten er kr 14 280.", "KID-nummer står i vedlegget."]);
  });
  test("capitalised month after an ordinal", () => {
    expect(split("Vi feirer 17. Mai i år. Velkommen.")).toEqual(["Vi feirer 17. Mai i år.", "Velkommen."]);
  });
  test("ordinal before a placeholder", () => {
    expect(split("Frå 1. {virkningstidspunkt} får du meir. Det er bra.")).toEqual(["Frå 1. {virkningstidspunkt} får du meir.", "Det er bra."]);
  });
  test("gnr./bnr., 1:500, case numbers, paragraph signs", () => {
    const text = "Tiltaket på gnr. 14, bnr. 112 i målestokk 1:500 har saksnummer 2025/04417. Se plan- og bygningsloven § 21-7. Takk.";
    expect(split(text)).toEqual(["Tiltaket på gnr. 14, bnr. 112 i målestokk 1:500 har saksnummer 2025/04417.", "Se plan- og bygningsloven § 21-7.", "Takk."]);
  });
});

describe("sentence splitting: names, domains, punctuation", () => {
  test("a missing space after a full stop", () => {
    expect(split("Vi har mottatt søknaden din.Den behandles nå. Les mer på nav.no.")).toEqual(["Vi har mottatt søknaden din.", "Den behandles nå.", "Les mer på nav.no."]);
  });
  test("a house letter before a full stop is not an initial", () => {
    expect(split("Eiendommen ligger i Storgata 5 B. Den er solgt.")).toEqual(["Eiendommen ligger i Storgata 5 B.", "Den er solgt."]);
  });
  test("initials", () => {
    expect(split("Saken behandles av K. M. Nordmann i Oslo. Hun svarer snart.")).toEqual(["Saken behandles av K. M. Nordmann i Oslo.", "Hun svarer snart."]);
  });
  test("domains, URLs and e-mail addresses keep their dots", () => {
    const text = "Les mer på nav.no/klage. Gå til https://www.skatteetaten.no/betaling. Skriv til kultur@lundebygd.kommune.no. Takk.";
    expect(split(text)).toEqual(["Les mer på nav.no/klage.", "Gå til https://www.skatteetaten.no/betaling.", "Skriv til kultur@lundebygd.kommune.no.", "Takk."]);
  });
  test("Æ, Ø and Å start sentences", () => {
    expect(split("Svar fortløpende. Ønsker du svar? Åpent hus i dag! Ære være.")).toEqual(["Svar fortløpende.", "Ønsker du svar?", "Åpent hus i dag!", "Ære være."]);
  });
  test("no split before a lower-case word", () => {
    expect(split("Det koster 5 kr. pr. måned og varer. i alt tre uker.")).toEqual(["Det koster 5 kr. pr. måned og varer. i alt tre uker."]);
  });
  test("closing quotes and brackets stay with their sentence", () => {
    expect(split("Han sa «Kom nå.» Vi kom (og ble.) Så gikk vi.")).toEqual(["Han sa «Kom nå.»", "Vi kom (og ble.)", "Så gikk vi."]);
  });
  test("question and exclamation marks, ellipsis", () => {
    expect(split("Hei! Har du spørsmål?! Vi venter… Ring oss...")).toEqual(["Hei!", "Har du spørsmål?!", "Vi venter…", "Ring oss..."]);
  });
  test("a colon ends a sentence only at a line break", () => {
    expect(split("Vi trenger dette: navn og adresse.")).toHaveLength(1);
    const doc = parse("Dokumentasjon kan være:\n- lønnsslipp\n- arbeidsavtale");
    expect(sentenceTexts(doc)).toEqual(["Dokumentasjon kan være:", "- lønnsslipp", "- arbeidsavtale"]);
  });
  test("placeholders in braces start a sentence", () => {
    expect(split("Hei. {mottakar} har motteke ei ny melding.")).toEqual(["Hei.", "{mottakar} har motteke ei ny melding."]);
  });
  test("offsets are exact", () => {
    const text = "  Hei!  Du har fått et vedtak fra Nav.\r\nLogg inn på nav.no.  ";
    const doc = parse(text);
    expect(offsetProblems(doc)).toEqual([]);
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length];
    expect(doc.sentences.map((s) => [s.start, s.end])).toEqual([at("Hei!"), at("Du har fått et vedtak fra Nav."), at("Logg inn på nav.no.")]);
  });
});

describe("sentence splitting: nynorsk and reference numbers", () => {
  test("nynorsk abbreviations", () => {
    expect(split("Du kan t.d. Ringje oss. Vi treng m.a. Lønnsslipp, skattemelding osb. Send dei i dag.")).toEqual([
      "Du kan t.d. Ringje oss.",
      "Vi treng m.a. Lønnsslipp, skattemelding osb.",
      "Send dei i dag.",
    ]);
  });
  test("nynorsk letter with ordinals, dates and times", () => {
    const text = "Kokevarselet gjeld frå 6. mai 2025 kl. 12.00. Nye prøvesvar ligg føre innan 13. mai. Spørsmål kan rettast til vakttelefonen.";
    expect(split(text)).toEqual(["Kokevarselet gjeld frå 6. mai 2025 kl. 12.00.", "Nye prøvesvar ligg føre innan 13. mai.", "Spørsmål kan rettast til vakttelefonen."]);
  });
  test("case and reference numbers", () => {
    expect(split("Oppgi saksnr. 2025/123 og org.nr. 974 760 673 når du svarer. Takk.")).toEqual(["Oppgi saksnr. 2025/123 og org.nr. 974 760 673 når du svarer.", "Takk."]);
  });
  test("'art.' may end a sentence (the word art)", () => {
    expect(split("Dette er en sjelden art. Den er fredet.")).toEqual(["Dette er en sjelden art.", "Den er fredet."]);
  });
  test("English abbreviations", () => {
    expect(split("Bring e.g. Your passport. We open at 9 a.m. every day. Thanks.")).toHaveLength(3);
  });
});
