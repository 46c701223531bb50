import {
  detectUrls,
  detectEmails,
  detectPhones,
  detectNationalIds,
  detectAccountNumbers,
  detectPersonalData,
  isValidAccountNumber,
  normaliseUrl,
} from "../../../src/core/detect";

function spansOk(text: string, spans: Array<{ start: number; end: number; text: string }>) {
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

describe("detectUrls", () => {
  it("finds addresses with and without scheme and normalises them", () => {
    const t = "Les mer på nav.no/klage. Søk via https://www.skatteetaten.no/betaling eller www.Fjordvik.kommune.no/vann/.";
    const u = detectUrls(t);
    spansOk(t, u);
    expect(u.map((x) => x.value)).toEqual(["nav.no/klage", "skatteetaten.no/betaling", "fjordvik.kommune.no/vann"]);
    expect(u.map((x) => x.hasScheme)).toEqual([false, true, false]);
    expect(u[1].domain).toBe("skatteetaten.no");
  });
  it("does not take abbreviations or sentence punctuation for addresses", () => {
    const t = "Ta med bl.a. legitimasjon, f.eks. pass, jf. § 3. Se nav.no.";
    const u = detectUrls(t);
    expect(u.map((x) => x.text)).toEqual(["nav.no"]);
  });
  it("normaliseUrl treats scheme, www and trailing slash as the same address", () => {
    expect(normaliseUrl("https://www.NAV.no/klage/")).toBe(normaliseUrl("nav.no/klage"));
  });
  it("returns [] for empty input", () => {
    expect(detectUrls("")).toEqual([]);
  });
});

describe("detectEmails", () => {
  it("finds addresses and guesses which belong to a person", () => {
    const t = "Skriv til kultur@lundebygd.kommune.no eller ola.nordmann@fjordvik.kommune.no.";
    const e = detectEmails(t);
    spansOk(t, e);
    expect(e.map((x) => [x.value, x.likelyPersonal])).toEqual([
      ["kultur@lundebygd.kommune.no", false],
      ["ola.nordmann@fjordvik.kommune.no", true],
    ]);
  });
});

describe("a run of thousands of characters without a space", () => {
  it("still yields the e-mail addresses glued into it, and no web address", () => {
    const junk = "x".repeat(3000);
    const t = `Se ${junk}kari.nordmann@hotmail.com,${junk}nav.no/klage slutt`;
    const e = detectEmails(t);
    spansOk(t, e);
    // The local part is read back at most 64 characters (RFC 5321), so the span covers the address.
    expect(e.map((x) => x.value)).toEqual([`${"x".repeat(51)}kari.nordmann@hotmail.com`]);
    expect(detectUrls(t).map((u) => u.value)).not.toContain("nav.no/klage");
  });
  it("gives up on an address-shaped run with no real address (no 16-second scan)", () => {
    const t = "a@" + "b.".repeat(30000) + "no";
    expect(detectEmails(t)).toEqual([]);
  });
});

describe("private e-mail (free-mail domains)", () => {
  it("marks free-mail and provider domains, not an organisation's own", () => {
    const t = "kari@gmail.com ola@hotmail.no per@online.no anne@yahoo.co.uk postmottak@fjordvik.kommune.no ola.nordmann@nav.no x@outlook.kommune.no";
    expect(detectEmails(t).map((x) => [x.value, x.freeMail])).toEqual([
      ["kari@gmail.com", true],
      ["ola@hotmail.no", true],
      ["per@online.no", true],
      ["anne@yahoo.co.uk", true],
      ["postmottak@fjordvik.kommune.no", false],
      ["ola.nordmann@nav.no", false],
      ["x@outlook.kommune.no", false],
    ]);
    expect(detectPersonalData("Skriv til kari@gmail.com.").map((x) => [x.kind, x.personal, x.freeMail])).toEqual([["email", true, true]]);
  });
});

describe("detectPhones", () => {
  it("finds the usual groupings and country prefixes", () => {
    const t = "Ring 55 55 33 33, tlf. 915 48 222, +47 22 33 44 55, 0047 45678901 eller 41234567.";
    const p = detectPhones(t);
    spansOk(t, p);
    expect(p.map((x) => x.value)).toEqual(["+4755553333", "+4791548222", "+4722334455", "+4745678901", "+4741234567"]);
  });
  it("finds short numbers only when introduced as a number to call", () => {
    const t = "Ring 113 ved akutt sykdom. Ring legevakten på telefon 116 117. Det gjelder 113 elever og 175 hus.";
    const p = detectPhones(t);
    expect(p.map((x) => [x.text, x.short])).toEqual([
      ["113", true],
      ["116 117", true],
    ]);
  });
  it("does not take amounts, years, dates, org or case numbers for phones", () => {
    const t = "Restskatt kr 14 280. Bunnfradrag 850 000 kroner, eller 12 345 678 kroner. Saksnummer 2025/04417. Org.nr. 974 760 673. Dato 20250820. Skoleåret 2026/2027. Telefon 2026 er et år.";
    expect(detectPhones(t)).toEqual([]);
  });
  it("needs a hint for a solid landline number", () => {
    expect(detectPhones("Referanse 23456789 gjelder saken.")).toEqual([]);
    expect(detectPhones("Ring oss på 23456789.").map((x) => x.value)).toEqual(["+4723456789"]);
  });
});

describe("national ids and account numbers", () => {
  // 13097248022 is a synthetic, checksum-valid fødselsnummer used in @navikt/fnrvalidator's docs.
  it("finds a checksum-valid fødselsnummer, solid or grouped 6+5, and rejects an invalid one", () => {
    const t = "Fødselsnummer 13097248022 og 130972 48022, men ikke 13097248023.";
    const ids = detectNationalIds(t);
    spansOk(t, ids);
    expect(ids.map((x) => x.value)).toEqual(["13097248022", "13097248022"]);
  });
  it("finds a d-nummer", () => {
    expect(detectNationalIds("D-nummer: 53097248016").map((x) => x.type)).toEqual(["dnr"]);
  });
  it("validates account numbers with MOD11", () => {
    expect(isValidAccountNumber("12345678903")).toBe(true);
    expect(isValidAccountNumber("12345678904")).toBe(false);
    const t = "Betal til konto 1234.56.78903 eller 1234 56 78903, ikke 1234 56 78904.";
    const a = detectAccountNumbers(t);
    spansOk(t, a);
    expect(a.map((x) => x.text)).toEqual(["1234.56.78903", "1234 56 78903"]);
  });
});

describe("detectPersonalData", () => {
  it("lists every kind once, sorted, never overlapping", () => {
    const t = "Navn: Kari. Fnr. 13097248022. Konto 1234 56 78903. E-post kari.nordmann@example.no. Mobil 912 34 567.";
    const d = detectPersonalData(t);
    spansOk(t, d);
    expect(d.map((x) => x.kind)).toEqual(["national-id", "account-number", "email", "phone"]);
    for (let i = 1; i < d.length; i++) expect(d[i].start).toBeGreaterThanOrEqual(d[i - 1].end);
  });
  it("never throws on odd input", () => {
    for (const t of ["", "@", "+47", "0".repeat(5000), "\uD800", "http://", "a@b"]) expect(() => detectPersonalData(t)).not.toThrow();
  });
});

import fc from "fast-check";

describe("detectPersonalData: property", () => {
  it("spans match the text and never overlap, for any mix of digits, spaces and punctuation", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("1", "3", "0", "9", "4", " ", ".", "+47 ", "@", "a", "nav.no", "\u00A0", "-", "\n"), { maxLength: 80 }), (parts) => {
        const t = parts.join("");
        const d = detectPersonalData(t);
        for (const x of d) expect(t.slice(x.start, x.end)).toBe(x.text);
        for (let i = 1; i < d.length; i++) expect(d[i].start).toBeGreaterThanOrEqual(d[i - 1].end);
      }),
      { numRuns: 300 },
    );
  });
});
