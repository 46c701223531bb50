// SMS composition: where to read more (link policy) and the time that goes with the key date.
import { variants, checkVariant } from "../../../src/core/channels";
import { extractFacts } from "../../../src/core/facts";

const NOTICE = "Vannavbrudd i Sjøgata\n\nVannet blir stengt tirsdag 14. oktober 2025 kl. 08.00–16.00. Tapp vann på forhånd.\n\nLes mer på https://www.fjordvik.kommune.no/vannavbrudd.\n\nHilsen Fjordvik kommune";

describe("where to read more", () => {
  it("none (default): the bare host of the draft's own address as plain text", () => {
    const sms = variants(NOTICE).variants.sms;
    expect(sms.text).toContain("Les mer på fjordvik.kommune.no.");
    expect(sms.text).not.toMatch(/https?:|www\.|\/vannavbrudd/);
    expect(sms.findings.filter((f) => f.rule === "sms-link")).toEqual([]);
  });
  it("domain: host and path without scheme", () => {
    const sms = variants(NOTICE, { smsLinks: "domain" }).variants.sms;
    expect(sms.text).toContain("Les mer på fjordvik.kommune.no/vannavbrudd.");
    expect(sms.text).not.toMatch(/https?:|www\./);
    expect(sms.findings.filter((f) => f.rule === "sms-link")).toEqual([]);
  });
  it("url: the full https link", () => {
    const sms = variants(NOTICE, { smsLinks: "url" }).variants.sms;
    expect(sms.text).toContain("https://www.fjordvik.kommune.no/vannavbrudd");
    expect(sms.findings.filter((f) => f.rule === "sms-link")).toEqual([]);
  });
  it("points nowhere without a web address (no page the draft never promised), says so, and uses --contact-web when given", () => {
    const plain = NOTICE.replace(/\n\nLes mer på [^\n]+/, "");
    const r = variants(plain);
    expect(r.variants.sms.text).not.toMatch(/Les mer|nettsid/);
    expect(r.variants.sms.omitted).toContainEqual(expect.objectContaining({ part: "link", why: "not-in-draft" }));
    expect(variants(plain, { contactWeb: "https://www.fjordvik.kommune.no/vann" }).variants.sms.text).toContain("Les mer på fjordvik.kommune.no.");
  });
  it("nynorsk says 'Les meir på <host>'", () => {
    const nn = "Kokevarsel i Nedre Dal\n\nDrikkevatnet må kokast frå 6. mai 2025. Les meir på https://www.fjordvik.kommune.no/kokevarsel.\n\nHelsing Fjordvik kommune";
    expect(variants(nn).variants.sms.text).toContain("Les meir på fjordvik.kommune.no.");
  });
  it("a notice about a letter to one person names no address under any policy", () => {
    const personal = "Vedtak om parkeringstillatelse\n\nDu har fått avslag på søknaden din. Du kan klage innen 10. oktober 2025 på https://www.haugsdal.kommune.no/klage.\n\nMed vennlig hilsen\nHaugsdal kommune";
    for (const smsLinks of ["none", "domain", "url"] as const) expect(variants(personal, { smsLinks }).variants.sms.text).not.toMatch(/haugsdal\.kommune\.no|https?:/);
  });
});

describe("the time goes with the key date", () => {
  const sms = (t: string) => variants(t).variants.sms;
  it("time after the date", () => expect(sms(NOTICE).text).toMatch(/14\. oktober.*kl\. 08\.00-16\.00/));
  it("time before the date in the same sentence", () => {
    const s = sms("Vannavbrudd i Sjøgata\n\nKl. 08.00–16.00 tirsdag 14. oktober 2025 blir vannet stengt i Sjøgata. Tapp vann på forhånd.\n\nHilsen Fjordvik kommune");
    // The sentence keeps its own word order ("Kl. 08.00–16.00 tirsdag 14. oktober blir vannet stengt"), en dash made "-".
    expect(s.text).toMatch(/[Kk]l\. 08\.00-16\.00/);
    expect(s.findings.filter((f) => f.rule === "facts-missing")).toEqual([]);
  });
  it("time far after the date in the same sentence", () => {
    const s = sms("Vannavbrudd i Sjøgata\n\nPå grunn av arbeid på hovedvannledningen blir vannet i Sjøgata stengt tirsdag 14. oktober 2025, og vannet er borte i hele tidsrommet fra kl. 08.00 til kl. 16.00.\n\nHilsen Fjordvik kommune");
    expect(s.text).toContain("kl. 08.00 til kl. 16.00");
  });
  it("the time is required: an edited SMS without it gets facts-missing", () => {
    const r = variants(NOTICE);
    const required = r.variants.sms.required ?? [];
    expect(required.map((f) => f.kind).sort()).toEqual(["date", "time"]);
    const edited = "Hei! Vannet blir stengt 14. oktober. Hilsen Fjordvik kommune";
    const missing = checkVariant("sms", edited, r.facts, { required }).filter((f) => f.rule === "facts-missing");
    expect(missing.map((f) => f.data?.kind)).toEqual(["time"]);
  });
  it("a summons carries its time", () => {
    const t = "Innkalling til time\n\nDu har time hos tannlegen torsdag 22. januar 2026 kl. 10.15.\n\nMed vennlig hilsen\nTannhelsetjenesten";
    const s = variants(t).variants.sms;
    expect(s.text).toContain("kl. 10.15");
    expect((s.required ?? []).some((f) => f.kind === "time")).toBe(true);
  });
  it("no time in the date's sentence: none is added", () => {
    const t = "Vannavbrudd\n\nVannet blir stengt 14. oktober 2025. Arbeidet starter kl. 08.00.\n\nHilsen Fjordvik kommune";
    expect(extractFacts(t).some((f) => f.kind === "time")).toBe(true);
    expect(variants(t).variants.sms.required?.some((f) => f.kind === "time")).toBe(false);
  });
});

describe("the personal SMS names the letter, never the case", () => {
  it("keeps the title up to the last 'om/på' before a benefit or fee word", () => {
    const a = variants("Svar på søknad om kommunal bostøtte\n\nVi har behandlet søknaden din. Du får ikke bostøtte.\n\nDu kan klage innen tre uker.\n\nMed vennlig hilsen\nFjordvik kommune", { message: { audience: "personal" } }).variants.sms.text;
    expect(a).toContain("Svar på søknad");
    expect(a).not.toMatch(/bostøtte/i);
    const b = variants("Svar på klage på parkeringsgebyr\n\nVi har vurdert klagen din.\n\nMed vennlig hilsen\nFjordvik kommune", { message: { audience: "personal" } }).variants.sms.text;
    expect(b).toContain("Svar på klage");
    expect(b).not.toMatch(/gebyr/i);
  });
});

describe("a press release's SMS", () => {
  it("keeps the first sentence after the title when no sentence states an event (who, what, where)", () => {
    const sms = variants(
      "Fjellheim kommune får 2,4 millionar til ny gang- og sykkelveg\n\nStatens vegvesen har tildelt Fjellheim kommune 2,4 millionar kroner til gang- og sykkelveg mellom sentrum og Hauge skule.\n\n– Dette er ein stor dag, seier ordføraren.\n\nMed venleg helsing\nFjellheim kommune",
    ).variants.sms.text;
    expect(sms).toContain("Hauge skule");
    expect(sms).toContain("2,4 millionar");
  });
});

describe("a reply asked only of some readers", () => {
  it("keeps its condition: never «Svar innen …» for «Gi beskjed innen … hvis du ikke kan komme»", () => {
    const sms = variants("Påminnelse om time\n\nDu har time hos tannklinikken torsdag 6. mars kl. 09.30.\n\nGi beskjed innen 3. mars hvis du ikke kan komme.\n\nHilsen\nNordbygd tannklinikk").variants.sms.text;
    expect(sms).toContain("hvis du ikke kan komme");
    expect(sms).not.toContain("Svar innen");
  });
});

describe("a closure notice", () => {
  const sms = variants(
    "Legekontoret stengt fredag\n\nNordbygd legekontor er stengt fredag 28. mars på grunn av kurs. Vanlige åpningstider er mandag–fredag kl. 08–15.\n\nVed akutt sykdom, ring legevakten på 116 117.\n\nHilsen\nNordbygd legekontor",
  ).variants.sms.text;
  it("gives the weekday of the title its date from the lead", () => expect(sms).toContain("fredag 28. mars"));
  it("keeps an emergency instruction: an emergency is no condition for some readers only", () => expect(sms).toContain("ring legevakten på 116 117"));
  it("adds no «Sted:» line for a place the text already names", () => expect(sms).not.toContain("Sted:"));
});

describe("an instruction for some readers only", () => {
  it("«Meld fra innen 10. oktober hvis du har spesielle behov» never takes the place of what everyone must do; «hvis du har» alone is no condition", () => {
    const sms = variants("Vannet stenges\n\nVi stenger vannet i Nedre Lia tirsdag 14. oktober kl. 08–16.\n\nMeld fra innen 10. oktober hvis du har spesielle behov, for eksempel dialyse hjemme.\n\nTapp vann på forhånd.\n\nHilsen\nNordbygd kommune").variants.sms.text;
    expect(sms).toContain("Tapp vann på forhånd.");
    const r = variants("Dugnad\n\nVi inviterer til dugnad i parken tirsdag 6. mai kl. 17.00–20.00.\n\nTa med rake og arbeidshansker hvis du har.\n\nHilsen\nNordbygd kommune");
    expect(r.message?.actions[0]?.condition).toBeUndefined();
    expect(r.variants.sms.text).toContain("Ta med rake");
  });
});

describe("what the SMS left out", () => {
  it("never quotes empty words: the generic «Les mer» line dropped for room is named without a quote", () => {
    const r = variants("Hei,\nVi minner om at du kan registrere eiendomsopplysninger i Kartverkets nye tjeneste.\nLogg inn på Eiendomsregisteret på våre nettsider.\nMvh Kartverket");
    for (const o of r.variants.sms.omitted ?? []) expect(o.message).not.toMatch(/«»|“”/);
  });
});

describe("an action with an e-mail address in a public SMS", () => {
  it("keeps the action without the address (no orphan «Deadline:» line)", () => {
    const r = variants("Public meeting\n\nThe meeting takes place at Nordby community hall on Wednesday 11 March at 18:00.\n\nYou can send written comments to post@fjordvik.kommune.no by 31 March.\n\nFjordvik Municipality");
    expect(r.variants.sms.text).toContain("You can send written comments by 31 March.");
    expect(r.variants.sms.text).not.toContain("Deadline:");
  });
});

describe("opening hours in several sentences", () => {
  it("go into the SMS together or not at all", () => {
    const r = variants("Ny åpningstid på servicetorget\n\nFra 1. januar 2027 får servicetorget nye åpningstider. Vi holder åpent mandag til fredag kl. 09.00–15.00. Torsdager har vi åpent til kl. 18.00.\n\nFjordvik kommune");
    const sms = r.variants.sms.text;
    expect(sms.includes("Torsdager har vi åpent til kl. 18.00")).toBe(sms.includes("mandag til fredag kl. 09.00-15.00"));
    expect(sms).toContain("mandag til fredag kl. 09.00-15.00");
  });
});
