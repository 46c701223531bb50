import { detectLanguage, languageScores } from "../../../src/core/text/language";
import { parse } from "../../../src/core/text/parse";
import { tokenize } from "../../../src/core/text/tokenize";

describe("detectLanguage", () => {
  test.each([
    ["nb", "Hei! Du har fått et vedtak fra Nav. Logg inn på Nav for å lese det. Vennlig hilsen Nav"],
    ["nn", "Hei. {mottakar} har motteke ei ny melding frå {avsendar}. Logg deg inn i Altinn for å sjå denne meldinga."],
    ["nn", "Kontaktinformasjonen din i Altinn er oppdatert. Ring oss om dette ikkje stemmer."],
    ["nb", "Kontaktinformasjonen din i Altinn er oppdatert. Ring oss om dette ikke stemmer."],
    ["en", "Your contact information in Altinn has been updated. Call us if this is not correct."],
    ["nn", "Eg veit ikkje kva du meiner."],
    ["nb", "Jeg vet ikke hva du mener."],
    ["nn", "Søknaden din er motteken. Vi vil sjå på han og gje deg svar innan tre veker."],
    ["nb", "Søknaden din er mottatt. Vi vil se på den og gi deg svar innen tre uker."],
    // Few function words, but forms only nynorsk has (tysdag, treng): the form-pair lists vote too; "mellom" is
    // the same word in both standards and says nothing.
    ["nn", "Vaksineringa skjer tysdag 20. oktober mellom klokka 09 og 15. Du treng ikkje bestille time. Dersom du har feber, må du vente mellom to og tre dagar."],
    ["nb", "Vaksineringen skjer tirsdag 20. oktober mellom klokken 09 og 15. Du trenger ikke bestille time."],
  ])("%s: %s", (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  test("defaults to bokmål without evidence", () => {
    expect(detectLanguage("")).toBe("nb");
    expect(detectLanguage("Nav 55 55 33 33")).toBe("nb");
    expect(detectLanguage("😀 👍")).toBe("nb");
  });

  test("URLs do not vote (the 'no' in nav.no is not nynorsk 'no')", () => {
    const s = languageScores(tokenize("nav.no skatteetaten.no altinn.no"));
    expect(s).toEqual({ nb: 0, nn: 0, en: 0 });
  });

  test("parse uses detection unless a language is given", () => {
    const nn = "Du må melde frå om endringar. Du finn meir informasjon på nav.no.";
    expect(parse(nn).language).toBe("nn");
    expect(parse(nn, "nb").language).toBe("nb");
  });
});
