// Bad input gives variants or a clear reason and never throws.
import fc from "fast-check";
import { variants } from "../../../src/core/channels";
import { detectNationalIds } from "../../../src/core/detect";

function wellFormed(r: ReturnType<typeof variants>) {
  for (const v of [r.variants.letter, r.variants.sms, r.variants.post]) {
    expect(typeof v.text).toBe("string");
    if (!v.text) expect(typeof v.unsuitable).toBe("string");
    for (const f of v.findings) expect(v.text.slice(f.start, f.end)).toBe(f.text);
  }
}

const PAGE = `Stenging av Storgata

Storgata blir stengt for all trafikk mandag 3. mars 2025 kl. 07.00–18.00 fordi vi skifter vannledningen. Bussene kjører om Parkveien. Vi beklager ulempene dette gir for dere som bor i området.

Har du spørsmål? Ring oss på 55 55 33 33 eller les mer på https://www.fjordvik.kommune.no/storgata.

Med vennlig hilsen
Fjordvik kommune
`;

describe("bad input", () => {
  it("empty and blank drafts give a clear reason for every channel", () => {
    for (const t of ["", "   \n\n\t "]) {
      const r = variants(t);
      wellFormed(r);
      expect(r.variants.letter.unsuitable).toMatch(/innhold/);
      expect(r.variants.sms.unsuitable).toMatch(/innhold/);
      expect(r.variants.post.unsuitable).toMatch(/innhold/);
    }
  });
  it("a draft with no date and no address still gives three variants", () => {
    const r = variants("Biblioteket har fått nye bøker\n\nVi har fått over hundre nye bøker for barn og unge. Velkommen innom!\n\nHilsen Fjordvik bibliotek");
    wellFormed(r);
    expect(r.variants.letter.text).toContain("Vi har fått over hundre nye bøker");
    expect(r.variants.sms.text).toContain("Biblioteket har fått nye bøker");
    expect(r.variants.post.text).toContain("Biblioteket har fått nye bøker");
    // No web address in the draft: no address is invented, and no page is promised ("Les mer på nettsidene våre").
    expect(r.variants.sms.text).not.toMatch(/https?:|\.no|Les mer/);
  });
  it("only a heading gives variants built from the heading", () => {
    const r = variants("Vannavbrudd i Sjøgata");
    wellFormed(r);
    expect(r.variants.sms.text).toContain("Vannavbrudd i Sjøgata");
  });
  it("only personal data: no SMS text, no post, and the number never leaves the letter", () => {
    const r = variants("13097248022");
    wellFormed(r);
    expect(r.variants.sms.text).toBe("");
    expect(r.variants.sms.unsuitable).toBeTruthy();
    expect(r.variants.post.text).toBe("");
    expect(detectNationalIds(r.variants.sms.text + r.variants.post.text)).toEqual([]);
  });
  it("50 pages give variants with every fact of the letter kept", () => {
    const t = Array.from({ length: 50 }, () => PAGE).join("\n");
    const r = variants(t);
    wellFormed(r);
    expect(r.variants.sms.segments).toBeLessThanOrEqual(2);
    expect(r.variants.post.lengths.x).toBeLessThanOrEqual(280);
    expect(r.variants.letter.findings.filter((f) => f.rule === "facts-missing")).toEqual([]);
  });
  it("binary junk, lone surrogates and placeholders never throw", () => {
    for (const t of ["\u0000\u0001\uD800", "{{{}}}", "§§§ ### ***", "\uFEFFHei\r\n\r\nDu", "Frist: 31.02.2025 kl. 25.99"]) {
      expect(() => wellFormed(variants(t))).not.toThrow();
    }
  });
  it("odd options are ignored or reported, never thrown", () => {
    const r = variants(PAGE, { smsLinks: "bogus" as never, hashtags: ["", "!!", "#ok"], platforms: ["myspace" as never], locale: "xx" as never, language: "de" as never });
    wellFormed(r);
    expect(r.variants.post.text).toContain("#Ok");
    expect(r.variants.post.text).not.toContain("#!!");
  });
  it("property: any text up to 2 000 characters gives well-formed variants", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000, unit: "grapheme" }), (t) => {
        wellFormed(variants(t));
      }),
      { numRuns: 40 },
    );
  });
});

describe("drafts without a title", () => {
  it("an e-mail that opens with a greeting: no greeting as title, the date once in SMS and post", () => {
    const r = variants("Hei,\n\nVannet i Sjøgata blir stengt tirsdag 14. oktober 2025 kl. 08.00–16.00. Tapp vann på forhånd.\n\nMed vennlig hilsen\nFjordvik kommune\n");
    expect(r.variants.letter.text.startsWith("Hei")).toBe(false);
    expect(r.variants.sms.text.match(/14\. oktober/g)).toHaveLength(1);
    expect(r.variants.post.text.match(/14\. oktober/g)).toHaveLength(1);
    expect(r.variants.sms.text).toContain("Fjordvik kommune");
  });
});

describe("odd titles", () => {
  it("a question as title keeps its question mark and gets the date on its own", () => {
    const r = variants("Skal du søke barnehageplass?\n\nSøknadsfristen er 1. mars 2026. Søk på fjordvik.kommune.no/barnehage.");
    expect(r.variants.sms.text).toContain("Skal du søke barnehageplass?");
    expect(r.variants.sms.text).not.toContain("barnehageplass:");
  });
  it("a very long title still gives an SMS of at most two parts", () => {
    const title = "Informasjon om " + "viktige endringer i ordningen for tildeling av kommunale tjenester og tilskudd ".repeat(5);
    const r = variants(`${title}\n\nEndringene gjelder fra 1. mars 2026.\n\nMed vennlig hilsen\nFjordvik kommune`);
    expect(r.variants.sms.segments).toBeLessThanOrEqual(2);
    expect(r.variants.sms.text).toContain("Fjordvik kommune");
  });
});
