import { checkVariant, validateSenderId, variants } from "../../../src/core/channels";
import { extractFacts } from "../../../src/core/facts";
import type { Finding } from "../../../src/core/model";

const rules = (fs: Finding[]) => fs.map((f) => f.rule);
const of = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);
const DRAFT = "Vannet blir stengt tirsdag 14. oktober 2025 kl. 08.00–16.00. Les mer på https://www.fjordvik.kommune.no/vann. Ring 45 67 89 01.";
const draftFacts = extractFacts(DRAFT);

describe("fact guards", () => {
  it("flags a date, time, amount, phone or address that the draft does not have", () => {
    const t = "Vannet blir stengt 15. oktober kl. 09.00. Gebyr kr 500. Ring 22 33 44 55 eller les mer på bergen.kommune.no.";
    const inv = of(checkVariant("sms", t, draftFacts, { coreRules: false }), "facts-invented");
    expect(inv.map((f) => f.text)).toEqual(["15. oktober", "kl. 09.00", "kr 500", "22 33 44 55", "bergen.kommune.no"]);
    for (const f of inv) expect(f.severity).toBe("error");
  });
  it("accepts the draft's facts written shorter: date without weekday or year, the domain of a draft address", () => {
    const t = "Hei! Vannet blir stengt 14. oktober, kl. 08.00-16.00. Les mer på fjordvik.kommune.no. Ring 45 67 89 01.";
    expect(of(checkVariant("sms", t, draftFacts, { coreRules: false }), "facts-invented")).toEqual([]);
  });
  it("accepts what the user gave in the options", () => {
    const t = "Ring oss på 99 88 77 66.";
    expect(of(checkVariant("letter", t, [], { coreRules: false, allowed: ["99 88 77 66"], required: [] }), "facts-invented")).toEqual([]);
  });
  it("flags a required fact that is missing", () => {
    const date = draftFacts.find((f) => f.kind === "date")!;
    const miss = of(checkVariant("sms", "Hei! Vannet blir stengt.", draftFacts, { coreRules: false, required: [date] }), "facts-missing");
    expect(miss).toHaveLength(1);
    expect(miss[0].severity).toBe("error");
    expect(miss[0].message).toContain("tirsdag 14. oktober 2025");
  });
  it("the letter must keep every fact by default", () => {
    const miss = of(checkVariant("letter", "Vannet blir stengt.", draftFacts, { coreRules: false }), "facts-missing");
    expect(miss.length).toBeGreaterThanOrEqual(4);
  });
});

describe("SMS checks", () => {
  it("pinpoints each character that forces UCS-2, with a fix", () => {
    const t = "Frist 1.–3. mai «nå»";
    const enc = of(checkVariant("sms", t, extractFacts(t), { coreRules: false }), "sms-encoding");
    expect(enc.map((f) => [f.text, f.fix?.replacement])).toEqual([["–", "-"], ["«", '"'], ["»", '"']]);
  });
  it("reports parts: info at two, warning above", () => {
    expect(of(checkVariant("sms", "a".repeat(200), [], { coreRules: false }), "sms-length")[0].severity).toBe("info");
    expect(of(checkVariant("sms", "a".repeat(400), [], { coreRules: false }), "sms-length")[0].severity).toBe("warning");
    expect(of(checkVariant("sms", "a".repeat(160), [], { coreRules: false }), "sms-length")).toEqual([]);
  });
  it("applies the link policy", () => {
    const t = "Les mer på https://www.nav.no/klage eller nav.no.";
    const f = extractFacts(t);
    expect(of(checkVariant("sms", t, f, { coreRules: false, smsLinks: "none" }), "sms-link").map((x) => x.text)).toEqual(["https://www.nav.no/klage"]);
    // "domain": the address as plain text without scheme or www, path kept; a bare host and a scheme-less path pass.
    expect(of(checkVariant("sms", t, f, { coreRules: false, smsLinks: "domain" }), "sms-link").map((x) => x.fix?.replacement)).toEqual(["nav.no/klage"]);
    expect(of(checkVariant("sms", "Les mer på nav.no/klage.", extractFacts("Les mer på nav.no/klage."), { coreRules: false, smsLinks: "domain" }), "sms-link")).toEqual([]);
    // "none": a bare host is plain text and allowed; a path is flagged.
    expect(of(checkVariant("sms", "Les mer på nav.no.", extractFacts("Les mer på nav.no."), { coreRules: false, smsLinks: "none" }), "sms-link")).toEqual([]);
    expect(of(checkVariant("sms", "Les mer på nav.no/klage.", extractFacts("Les mer på nav.no/klage."), { coreRules: false, smsLinks: "none" }), "sms-link")).toHaveLength(1);
    expect(of(checkVariant("sms", t, f, { coreRules: false, smsLinks: "url" }), "sms-link")).toEqual([]);
    expect(of(checkVariant("sms", "Se bit.ly/abc", [], { coreRules: false, smsLinks: "url" }), "sms-link")).toHaveLength(1);
  });
  it("flags personal data and health details", () => {
    const t = "Fnr 13097248022, konto 1234 56 78903, diagnose og resept.";
    const p = of(checkVariant("sms", t, extractFacts(t), { coreRules: false }), "sms-personal-data");
    expect(p.map((x) => [x.text, x.severity])).toEqual([
      ["13097248022", "error"],
      ["1234 56 78903", "error"],
      ["diagnose", "warning"],
      ["resept", "warning"],
    ]);
  });
});

describe("post checks", () => {
  it("checks length per platform", () => {
    const t = "a ".repeat(200);
    const f = of(checkVariant("post", t, [], { coreRules: false }), "post-length");
    expect(f.map((x) => (x.data as { platform: string }).platform)).toEqual(["x"]);
  });
  it("checks hashtags, fancy letters, emoji, link text and images", () => {
    const t = "𝐕𝐢𝐤𝐭𝐢𝐠: 👍 Klikk her for å se bildet. #vannavbruddsjogata #a #b #c #d #e";
    const r = rules(checkVariant("post", t, [], { coreRules: false }));
    for (const id of ["post-fancy-unicode", "post-emoji", "post-link-text", "post-alt-text", "post-hashtag-case"]) expect(r).toContain(id);
    expect(of(checkVariant("post", t, [], { coreRules: false }), "post-hashtag-case").some((f) => (f.data as { platform?: string } | undefined)?.platform === "instagram")).toBe(true);
  });
  it("flags personal data in a post", () => {
    expect(rules(checkVariant("post", "Kontakt kari.nordmann@example.no", [], { coreRules: false }))).toContain("personal-data");
  });
});

describe("letter checks", () => {
  it("asks for a title and for a date instead of a period", () => {
    const r = variants("Du kan klage innen tre uker.\n\nMed vennlig hilsen\nFjordvik kommune");
    const ids = rules(r.variants.letter.findings);
    expect(ids).toContain("letter-main-message");
    expect(ids).toContain("letter-deadline");
  });
  it("asks a decision for the right to appeal and to see the documents", () => {
    const r = variants("Vedtak om parkeringstillatelse\n\nSøknaden din er avslått.\n\nMed vennlig hilsen\nFjordvik kommune");
    const f = of(r.variants.letter.findings, "letter-appeal");
    expect(f).toHaveLength(1);
    expect(f[0].message).toMatch(/klage/);
    expect(f[0].message).toMatch(/innsyn/);
  });
  it("every finding points into the variant text", () => {
    const r = variants("Vedtak om parkeringstillatelse\n\nSøknaden din er avslått.\n\nDu kan klage innen tre uker.");
    for (const v of Object.values(r.variants)) for (const f of v.findings) expect(v.text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("SMS sender id", () => {
  it("accepts up to 11 letters, digits and spaces", () => {
    expect(validateSenderId("Fjordvik")).toBeNull();
    expect(validateSenderId("NAV 2")).toBeNull();
  });
  it("explains why an id cannot be used", () => {
    expect(validateSenderId("Skatteetaten")).toMatch(/11 tegn/);
    expect(validateSenderId("Bærum")).toMatch(/A–Z/);
    expect(validateSenderId("12345")).toMatch(/bokstav/);
    expect(validateSenderId("Skatteetaten", "en")).toMatch(/11 characters/);
  });
  it("is reported by variants() as an error and not used as sender", () => {
    const r = variants("Vannavbrudd\n\nVannet blir stengt 14. oktober 2025.", { smsSenderId: "Fjordvik kommune" });
    expect(r.errors?.[0]).toMatch(/Fjordvik kommune/);
    expect(r.variants.sms.text).not.toContain("Fjordvik kommune");
  });
});

describe("letter main message", () => {
  it("moves a reference opener after the message instead of opening with it", () => {
    const r = variants("Søknad om barnehageplass\n\nDet vises til søknaden din. Du har fått plass i Solsiden barnehage.\n\nMed vennlig hilsen\nFjordvik kommune");
    const f = r.variants.letter.findings.filter((x) => x.rule === "letter-main-message");
    // The letter puts the message first and keeps the reference after it, so it has nothing to flag.
    expect(f).toEqual([]);
    const body = r.variants.letter.text.split("\n\n");
    expect(body[1]).toBe("Du har fått plass i Solsiden barnehage.");
    expect(body[2]).toBe("Dette gjelder søknaden din.");
  });
  it("does not flag a letter that starts with the message", () => {
    const r = variants("Du har fått barnehageplass\n\nDu har fått plass i Solsiden barnehage fra 17. august 2026.\n\nMed vennlig hilsen\nFjordvik kommune");
    expect(r.variants.letter.findings.filter((x) => x.rule === "letter-main-message")).toEqual([]);
  });
});

describe("which channels suit the draft", () => {
  const audience = (t: string) => variants(t).audience;
  it("public information goes to every channel", () => {
    expect(audience("Vannavbrudd i Sjøgata\n\nVannet blir stengt tirsdag 14. oktober 2025 kl. 08.00–16.00.").personal).toBe(false);
    expect(audience("Vaksine mot influensa\n\nAlle over 65 år får tilbud om vaksine fra 20. oktober 2025.").personal).toBe(false);
  });
  it("formal address in a notice to all subscribers does not make it personal", () => {
    expect(audience("Vannmåler\n\nAlle abonnenter bes lese av vannmåleren. De kan registrere stand på nettsidene.").personal).toBe(false);
  });
  it("a decision, summons, offer, demand, application answer or personal data is for one person", () => {
    const cases: Array<[string, string]> = [
      ["Vedtak om startlån\n\nDu har fått innvilget startlån.", "decision"],
      ["Søknaden din er avslått\n\nVi har avslått søknaden.", "decision"],
      ["Innkalling til samtale\n\nDu er kalt inn til samtale.", "summons"],
      ["Tilbud om barnehageplass\n\nBarnet ditt har fått plass.", "offer"],
      ["Vi trenger flere opplysninger\n\nDu må sende oss lønnsslipp.", "demand"],
      ["Svar på søknad om parkering\n\nVi har behandlet saken.", "application"],
      ["Melding\n\nFødselsnummer 13097248022 er registrert.", "personal-data"],
      ["Purring\n\nVi har ikke mottatt betaling for ubetalt faktura.", "case"],
    ];
    for (const [t, kind] of cases) expect(audience(t)).toEqual({ personal: true, kind });
  });
});

describe("sender hints", () => {
  it("asks for a sender when neither the draft nor the options name one", () => {
    const r = variants("Vannavbrudd\n\nVannet blir stengt 14. oktober 2025.");
    expect(r.variants.letter.findings.map((f) => f.rule)).toContain("letter-sender");
    expect(r.variants.sms.findings.map((f) => f.rule)).toContain("sms-sender");
    const named = variants("Vannavbrudd\n\nVannet blir stengt 14. oktober 2025.", { senderName: "Fjordvik kommune" });
    expect(named.variants.letter.findings.map((f) => f.rule)).not.toContain("letter-sender");
    expect(named.variants.sms.text).toContain("Fjordvik kommune");
  });
});

describe("options", () => {
  it("contact web and phone fill in what the draft lacks, and are not taken as invented", () => {
    const r = variants("Biblioteket stenger\n\nBiblioteket er stengt mandag 3. mars 2025.", { contactWeb: "fjordvik.kommune.no/bibliotek", contactPhone: "55 55 33 33", senderName: "Fjordvik kommune" });
    expect(r.variants.post.text).toContain("https://fjordvik.kommune.no/bibliotek");
    expect(r.variants.letter.text).toContain("55 55 33 33");
    for (const v of Object.values(r.variants)) expect(v.findings.filter((f) => f.rule === "facts-invented")).toEqual([]);
  });
});

describe("post alt text: only a picture shown with the post", () => {
  const alt = (t: string) => checkVariant("post", t, [], { coreRules: false }).filter((f) => f.rule === "post-alt-text").length;
  it("«legitimasjon med bilde» names no picture in the post", () => {
    expect(alt("Husk legitimasjon med bilde når du skal stemme.")).toBe(0);
    expect(alt("Bring photo ID when you vote.")).toBe(0);
  });
  it("a definite picture or a caption label does", () => {
    expect(alt("Se bildet fra åpningen i går.")).toBe(1);
    expect(alt("Åpningen var en suksess.\nFoto: Kari Nordmann")).toBe(1);
    expect(alt("Watch the video from the opening.")).toBe(1);
  });
});
