// The verb a nominalization finding proposes comes from the verbal-noun list (never from stripping the
// noun's suffix: *avstengne, *timebestille, *utskifte), and nominal headings are left alone.
import nbVerbs from "../../../src/core/lexicon/nb/verbal-nouns.json";
import nnVerbs from "../../../src/core/lexicon/nn/verbal-nouns.json";
import { nominalizationRule, verbsForNoun } from "../../../src/core/rules/nominalization";
import { parse } from "../../../src/core/text/parse";
import type { Finding, Language } from "../../../src/core/model";
import { drafts, run, texts } from "./helpers";

type VerbList = { list: string; language: string; entries: Array<{ noun: string; verbs: string[]; source: string }> };

describe("verbal-noun lists (data)", () => {
  test.each([
    ["nb", nbVerbs as VerbList],
    ["nn", nnVerbs as VerbList],
  ])("%s: at least 80 nouns, each with a verb phrase and a source, no noun twice", (lang, list) => {
    expect(list.language).toBe(lang);
    expect(list.entries.length).toBeGreaterThanOrEqual(80);
    const seen = new Set<string>();
    for (const e of list.entries) {
      expect(e.noun).toBe(e.noun.toLowerCase());
      expect(seen.has(e.noun)).toBe(false);
      seen.add(e.noun);
      expect(e.verbs.length).toBeGreaterThan(0);
      for (const v of e.verbs) expect(v).toMatch(/^\p{Ll}[\p{Ll} ]*\p{Ll}$/u);
      expect(e.source.length).toBeGreaterThan(5);
    }
  });
});

describe("nominalization: the proposed verb is a real, listed one", () => {
  const one = (text: string, lang: Language = "nb") => {
    const fs = run(nominalizationRule, text, lang);
    expect(fs).toHaveLength(1);
    return fs[0];
  };
  test("«foretatt en avstengning» → stenge (not *avstengne)", () => {
    const f = one("Det vil bli foretatt en avstengning av vannforsyningen tirsdag.");
    expect(f.text).toBe("foretatt en avstengning");
    expect(f.message).toContain("«stenge»");
    expect(f.message).not.toMatch(/avstengne/);
    expect(f.data?.verbs).toEqual(["stenge"]);
  });
  test("«Timebestilling foretas» → bestille time (not *timebestille)", () => {
    const f = one("Timebestilling foretas på nettsiden.");
    expect(f.message).toContain("«bestille time»");
    expect(f.message).not.toMatch(/timebestille\b/);
  });
  test("«utskifting av hovedvannledning» → skifte ut (not *utskifte)", () => {
    const f = one("Vannet blir borte i forbindelse med utskifting av hovedvannledning i gata.");
    expect(f.text).toBe("utskifting av hovedvannledning");
    expect(f.message).toContain("«skifte ut»");
    expect(f.message).not.toMatch(/utskifte\b/);
  });
  test("a compound not in the list uses its listed last part", () => {
    expect(one("Det vil bli foretatt en vannavstengning i Sjøgata.").message).toContain("«stenge»");
  });
  test("a listed noun without a verbal suffix counts after foreta («foreta en kontroll»)", () => {
    const f = one("Kommunen vil foreta en kontroll av anlegget.");
    expect(f.text).toBe("foreta en kontroll");
    expect(f.message).toContain("«kontrollere»");
  });
  test("a noun that is not listed gets the generic advice and no made-up verb", () => {
    const f = one("Det ble foretatt en befaring av tomta.");
    expect(f.text).toBe("foretatt en befaring");
    expect(f.data?.verbs).toBeUndefined();
    // Only the flagged words are quoted: no verb is proposed.
    expect(f.message.match(/«[^»]*»/g)).toEqual(["«foretatt en befaring»"]);
  });
  test("nynorsk: «avlesinga av målaren» → lese av", () => {
    const f = one("Vi ventar på avlesinga av målaren.", "nn");
    expect(f.message).toContain("«lese av»");
  });
  test("the verb goes in the message, not in suggestions: a click would not give a sentence", () => {
    for (const s of ["Det vil bli foretatt en avstengning av vannet.", "Utbetaling av stønaden skjer etterskuddsvis.", "Kommunen vil foreta en vurdering av søknaden."]) {
      for (const f of run(nominalizationRule, s)) expect(f.suggestions).toEqual([]);
    }
  });
  test("every verb proposed on the evaluation drafts is a listed verb of the flagged noun", () => {
    let checked = 0;
    for (const d of drafts()) {
      const lang: Language = d.id.startsWith("N") ? "nn" : "nb";
      const doc = parse(d.text, lang);
      const fs: Finding[] = nominalizationRule.run(doc, { language: lang, locale: "nb", options: {}, customWords: [] });
      for (const f of fs) {
        if (f.data?.kind !== "light-verb" && f.data?.kind !== "noun-av") continue;
        const quoted = (f.message.match(/«[^»]*»/g) ?? []).slice(1).map((q) => q.slice(1, -1));
        const verbs = (f.data?.verbs as string[] | undefined) ?? [];
        expect(quoted).toEqual(verbs.slice(0, 3));
        const noun = String(f.data?.noun);
        if (verbs.length > 0) {
          // The noun (in any form) leads to the same list entry.
          const listed = [noun, noun.replace(/(ene|en|a|er|ar|ane)$/, "")].map((n) => verbsForNoun(n, lang)).find((v) => v !== undefined);
          expect(listed).toEqual(verbs);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

describe("nominalization: headings are nominal by nature", () => {
  test.each([
    "Planlagt avstengning av vannforsyningen\n\nVi stenger vannet i Sjøgata tirsdag 14. oktober.",
    "Stenging av vannet i Storgata\n\nVi stenger vannet i Storgata tirsdag.",
    "Bekjentgjøring – planlagt avstengning av vannforsyningen i Sjøgata og omliggende gater\n\nVi stenger vannet tirsdag.",
  ])("no «X-ing av Y» finding in the heading: %s", (text) => {
    const doc = parse(text, "nb");
    expect(doc.sentences[0].kind).toBe("heading");
    expect(texts(run(nominalizationRule, text))).toEqual([]);
  });
  test("the same words in body text are flagged", () => {
    expect(texts(run(nominalizationRule, "Vi varsler om stenging av vannet i Storgata."))).toEqual(["stenging av vannet"]);
  });
  test("light-verb phrases are flagged in headings too", () => {
    const text = "Avstengning av vannet foretas tirsdag\n\nVi stenger vannet i Storgata.";
    expect(parse(text, "nb").sentences[0].kind).toBe("heading");
    expect(texts(run(nominalizationRule, text))).toEqual(["Avstengning av vannet foretas"]);
  });
});
