// What a writer sees and clicks: deletions said in words (not "(stryk ordet)" as text to insert),
// suggestions in the matched form's inflection, and no advice text among the suggestions.
import { kanselliRule } from "../../../src/core/rules/kanselli";
import { rules } from "../../../src/core/rules/index";
import { applyEdits } from "../../../src/core/edits";
import { parse } from "../../../src/core/text/parse";
import type { Language } from "../../../src/core/model";
import { KANSELLISTEN_SENTENCES } from "./kansellisten-sentences";
import { drafts, run } from "./helpers";

describe("deletion: the word can simply go", () => {
  test.each([
    ["nb", "nb", "Vi sender herved vedtaket.", "herved", "«herved» er kansellistil og kan strykes.", "Vi sender vedtaket."],
    ["nn", "nn", "Vi sender herved vedtaket.", "herved", "«herved» er kansellistil og kan strykast.", "Vi sender vedtaket."],
    ["en", "en", "We hereby inform you of the decision.", "hereby", "“hereby” is bureaucratic language and can be deleted.", "We inform you of the decision."],
  ] as Array<[Language, "nb" | "nn" | "en", string, string, string, string]>)("%s: message says so, fix deletes, no pseudo-suggestion", (lang, locale, text, word, msg, after) => {
    const [f] = run(kanselliRule, text, lang, {}, locale).filter((x) => x.text === word);
    expect(f.message).toBe(msg);
    expect(f.suggestions).toEqual([]);
    expect(f.fix?.replacement).toBe("");
    expect(f.data?.delete).toBe(true);
    expect(applyEdits(text, [f.fix!])).toBe(after);
  });
  test("a deletion with an alternative offers the alternative and says the word can go", () => {
    const [f] = run(kanselliRule, "Vi sender hermed vedtaket.");
    expect(f.message).toBe("«hermed» er kansellistil. Stryk ordet, eller skriv «med dette».");
    expect(f.suggestions).toEqual(["med dette"]);
    expect(f.fix).toBeUndefined();
    const [en] = run(kanselliRule, "Please find herewith the form.", "en", {}, "en");
    expect(en.message).toBe("“herewith” is bureaucratic language. Delete it, or write “with this letter”.");
    expect(en.suggestions).toEqual(["with this letter"]);
  });
});

describe("suggestions are text to put in, in the matched form", () => {
  test("no suggestion on any draft or Kansellisten sentence is advice («…», «+», brackets, «/»)", () => {
    const docs: Array<[string, Language]> = [...drafts().map((d) => [d.text, d.id.startsWith("N") ? "nn" : "nb"] as [string, Language]), ...KANSELLISTEN_SENTENCES.map(([, s]) => [s, "nb"] as [string, Language])];
    let n = 0;
    for (const [text, lang] of docs) {
      const doc = parse(text, lang);
      for (const r of rules) {
        if (r.languages && !r.languages.includes(lang)) continue;
        for (const f of r.run(doc, { language: lang, locale: "nb", options: {}, customWords: [] })) {
          expect(f.message).not.toMatch(/\(stryk|\(delete/);
          for (const s of f.suggestions) {
            expect(s).not.toMatch(/[…+()/=]|\.\.\./);
            n++;
          }
        }
      }
    }
    expect(n).toBeGreaterThan(50);
  });
  test("an inflected match gets suggestions in that inflection only", () => {
    const [f] = run(kanselliRule, "Kommunen underretter alle abonnenter.");
    expect(f.suggestions).toEqual(["informerer", "gir beskjed"]);
    expect(f.message).toBe("«underretter» er kansellistil. Skriv heller «informerer» eller «gir beskjed».");
    const [g] = run(kanselliRule, "Abonnentene anmodes om å tappe vann.");
    expect(g.suggestions).toEqual(["bes"]);
  });
  test("the base form gets the base-form list", () => {
    const [f] = run(kanselliRule, "Vi vil underrette deg om vedtaket.");
    expect(f.suggestions).toEqual(["informere", "gi beskjed"]);
  });
  test("an inflected form the list cannot inflect gets the infinitive list once", () => {
    const [f] = run(kanselliRule, "Feilen medfører ekstra kostnader.");
    expect(f.suggestions).toEqual(["føre til", "innebære"]);
    expect(f.message).toBe("«medfører» er kansellistil. Skriv heller «føre til» eller «innebære».");
  });
  test("an adjective in the -e form gets alternatives in the -e form", () => {
    const [f] = run(kanselliRule, "Det er vesentlige endringer i saken.");
    expect(f.suggestions).toEqual(["viktige", "store", "hovedsakelige"]);
    const [g] = run(kanselliRule, "Det er en vesentlig endring.");
    expect(g.suggestions).toEqual(["viktig", "stor", "hovedsakelig"]);
  });
  test("an organisation word with no alternative gets a message without an empty «Skriv heller»", () => {
    const [f] = run(kanselliRule, "Vi bruker ordet egenerklæring her.", "nb", {}, "nb", [{ word: "egenerklæring", alternative: "" }]);
    expect(f.message).toBe("«egenerklæring» står på organisasjonens ordliste over ord som ikke skal brukes.");
    expect(f.suggestions).toEqual([]);
  });
  test("advice stays in the message, not in the suggestions", () => {
    const [f] = run(kanselliRule, "Unnlatelse av å sende meldekort gir stans.");
    expect(f.suggestions).toEqual([]);
    expect(f.message).toContain("«hvis du ikke …»");
  });
});
