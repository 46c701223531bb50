// The scorer of `npm run eval` on small hand-made results: each check must catch what it claims to catch
// and stay quiet on a right answer.
import type { Finding } from "../../src/core/model";
import { includesText, normText, type Annotation, type DevEntry } from "./devset";
import { personalData, privateEmails, referenceOpening, mixedAddress, signOffNames, signOffAllowed, signatureBlock } from "../../bench/eval-checks";
import { sameTimeValue, scoreText, type ResultLike } from "../../bench/eval-score";
import { summarise, targets } from "../../bench/eval-summary";

const DRAFT = `Endret tømmedag

Tømming som skulle vært fredag 1. mai, flyttes til lørdag 2. mai. Sett dunken ut kvelden før.

Med vennlig hilsen
Fjordvik kommune
`;

function annotation(over: Partial<Annotation> = {}): Annotation {
  return {
    id: "t-flyttet",
    source: "own",
    language: "nb",
    kind: "change",
    audience: "public",
    sender: "Fjordvik kommune",
    key: { what: ["tømm"], when: { text: "lørdag 2. mai", value: "--05-02", role: "new" }, where: null },
    wrongRole: ["1. mai"],
    actions: [{ text: "Sett dunken ut kvelden før", deadline: null }],
    notActions: [],
    sms: { must: [["2. mai"], ["flytt", "i stedet"]], mustNot: [] },
    post: { must: [["2. mai"]], mustNot: [] },
    notes: "A test annotation.",
    ...over,
  };
}

const entry = (a: Annotation = annotation(), text = DRAFT): DevEntry => ({ annotation: a, text, path: "(test)" });

function result(sms: string, post: string, over: { message?: unknown; letter?: string; findings?: Finding[] } = {}): ResultLike {
  const message =
    "message" in over
      ? over.message
      : {
          kind: "change",
          audience: { value: "public", reasons: [] },
          sender: { name: "Fjordvik kommune", source: "signature" },
          events: [{ when: { text: "lørdag 2. mai", value: "--05-02", role: "new" } }],
          actions: [{ text: "Sett dunken ut kvelden før.", agent: "reader" }],
        };
  return {
    audience: { personal: false },
    message,
    variants: { letter: { text: over.letter ?? "Tømming flyttes\n\nTømmingen flyttes til lørdag 2. mai.", findings: over.findings ?? [] }, sms: { text: sms, findings: [] }, post: { text: post, findings: [] } },
  };
}

const noPlain = { countPlain: () => 0 };
const GOOD_SMS = "Tømming flyttes til lørdag 2. mai. Sett dunken ut kvelden før. Hilsen Fjordvik kommune";

describe("matching", () => {
  it("does not find a date inside a longer number", () => {
    expect(includesText("Tømming 11. mai", "1. mai")).toBe(false);
    expect(includesText("Tømming fredag 1. mai", "1. mai")).toBe(true);
    expect(includesText("kl. 130", "kl. 13")).toBe(false);
  });
  it("finds word stems inside compounds and inflections", () => {
    expect(includesText("Avfallstømmingen flyttes", "tømming")).toBe(true);
    expect(includesText("Avfallstømmingen flyttes", "FLYTT")).toBe(true);
  });
  it("treats dash, colon and thousands-space spellings alike", () => {
    expect(normText("08:00–19:00")).toBe(normText("08.00 - 19.00"));
    expect(includesText("lånet på 850000 kroner", "850 000")).toBe(true);
    expect(includesText("«Skriv til oss»", '"skriv til oss"')).toBe(true);
  });
});

describe("time values", () => {
  it("matches a date without a year to the same day in any year", () => {
    expect(sameTimeValue("--05-02", "2027-05-02")).toBe(true);
    expect(sameTimeValue("2027-05-02", "2026-05-02")).toBe(false);
    expect(sameTimeValue("--09-02/--09-20", "2025-09-02/2025-09-20")).toBe(true);
    expect(sameTimeValue("--09-02/--09-20", "2025-09-02")).toBe(false);
    expect(sameTimeValue("W47", "2025-W47")).toBe(true);
    expect(sameTimeValue("", "")).toBe(false);
  });
});

describe("sign-offs", () => {
  it("reads the name after a greeting on the same line and in the lines below", () => {
    expect(signOffNames("Logg inn på nav.no. Vennlig hilsen Nav")).toEqual(["Nav"]);
    expect(signOffNames("Tekst.\n\nMed vennlig hilsen\n\nKari Nordmann\nrådgiver\n\nDokumentet er godkjent.")).toEqual(["Kari Nordmann", "rådgiver"]);
    expect(signOffNames("Takk.\n\nMed venleg helsing\nFjellheim kommune")).toEqual(["Fjellheim kommune"]);
    expect(signOffNames("Vi sender deg en hilsen fra ordføreren.")).toEqual([]);
  });
  it("reads a closing 'From X' and sentences that claim a sender", () => {
    expect(signOffNames("Boil water notice: 9 June. Read more at fjordvik.kommune.no. From Fjordvik kommune")).toEqual(["Fjordvik kommune"]);
    expect(signOffNames("From Monday 3 March the library is closed. Welcome back later.")).toEqual([]);
    expect(signOffNames("Hei! Du har fått et brev fra Nav som du må lese.")).toEqual(["Nav"]);
    expect(signOffNames("Important information from Strandvik kommune. Read more.")).toEqual(["Strandvik kommune"]);
    expect(signOffNames("Du har fått 500 kroner for mykje utbetalt frå og med mai.")).toEqual([]);
  });
  it("takes a draft's signature block up to a field or a sentence", () => {
    const draft = "Tekst.\n\nMed hilsen\n\nKari Solberg (e.f.)\navdelingsdirektør\n\nOle Moen\nseniorrådgiver\n\nKopi: Fjordvik kommune\n";
    expect(signatureBlock(draft)).toEqual(["Kari Solberg (e.f.)", "avdelingsdirektør", "Ole Moen", "seniorrådgiver"]);
    expect(signatureBlock("Ingen hilsen her.\n\nKilde: Regjeringen.no\n")).toEqual([]);
  });
  it("allows the sender, a shorter form of it and placeholders, not another body", () => {
    expect(signOffAllowed("Nav", ["Nav Familie- og pensjonsytelser"])).toBe(true);
    expect(signOffAllowed("{enhet}", [])).toBe(true);
    expect(signOffAllowed("Sør-Vest politidistrikt", ["Agder politidistrikt"])).toBe(false);
    expect(signOffAllowed("NAV", ["{felles.behandlendeEnhet.navn}"])).toBe(false);
    expect(signOffAllowed("Fjordvik kommune", ["Fjordvik kommune, Kultur og idrett"])).toBe(true);
  });
});

describe("personal data", () => {
  it.each(["010307-49843", "01.03.07 49843", "01 03 07 49843", "nr01030749843", "01030749843"])("finds the fødselsnummer spelt %s", (s) => {
    expect(personalData(`Saken gjelder ${s}.`).map((h) => h.kind)).toEqual(["fnr"]);
  });
  it("finds account numbers and the draft's private e-mail, not phones or dates", () => {
    expect(personalData("Til konto 1503.12.34562.").map((h) => h.kind)).toEqual(["account"]);
    expect(personalData("Ring 55 55 33 33 eller kom 14.10.2025 kl. 08.00-16.00.")).toEqual([]);
    const emails = privateEmails("Svar til kari@hotmail.com eller post@fjordvik.kommune.no.");
    expect(emails).toEqual(["kari@hotmail.com"]);
    expect(personalData("Skriv til Kari@hotmail.com", emails).map((h) => h.kind)).toEqual(["email"]);
  });
});

describe("letter checks", () => {
  it("finds a reference opener after the title and a reference line", () => {
    expect(referenceOpening("Svar på søknad\n\nVår ref.: 24/123\n\nVi viser til søknaden din.")).toBe("Vi viser til");
    expect(referenceOpening("Svar på søknad\n\nDu får plass. Vi viser til søknaden din.")).toBeNull();
    const headed = "Departementet\n\nAdvokat Hilde Berg\nPostboks 123\n0101 Oslo\n\nDeres ref.: HB/1\nDato: 14. mars 2025\n\nAnmodning om omgjøring\n\nDet vises til Deres brev.";
    expect(referenceOpening(headed)).toBe("Det vises til");
    expect(referenceOpening("Brev\n\nMangelfull søknad – gnr. 45 bnr. 12\nVi viser til din søknad om tilbygg.")).toBe("Vi viser til");
    expect(referenceOpening("Har du spørsmål?\n\nRing oss. Vi viser til nettsiden.")).toBeNull();
  });
  it("finds du and De in one letter, but not sentence-initial De meaning they", () => {
    expect(mixedAddress("Vi har mottatt Deres søknad. Du får svar snart.", "nb")).not.toBeNull();
    expect(mixedAddress("De som søker, får svar. Du får svar snart.", "nb")).toBeNull();
    expect(mixedAddress("Vi ser at De har søkt. Du får svar.", "nb")).not.toBeNull();
    expect(mixedAddress("Vi viser til din søknad.\n\nDe bes om å ettersende dokumentene.", "nb")).not.toBeNull();
    expect(mixedAddress("De kan søke på nettet. Du får svar.", "nb")).toBeNull();
  });
});

describe("scoreText", () => {
  it("scores a right result without failures", () => {
    const s = scoreText(entry(), result(GOOD_SMS, "Tømming flyttes til lørdag 2. mai."), noPlain);
    expect(s.failures).toEqual([]);
    expect(s.roleOk).toBe(true);
    expect(s.sms.complete).toBe(true);
  });
  it("counts one wrong-role fact when the SMS gives the superseded date", () => {
    const s = scoreText(entry(), result("Tømming flyttes: fredag 1. mai. Hilsen Fjordvik kommune", "Tømming flyttes til lørdag 2. mai."), noPlain);
    expect(s.wrongRole).toEqual([{ channel: "sms", text: "1. mai" }]);
    expect(s.sms.missing).toEqual([["2. mai"]]);
  });
  it("scores the key time wrong when the model picked the superseded date", () => {
    const message = { kind: "change", audience: { value: "public" }, events: [{ when: { text: "fredag 1. mai", value: "--05-01", role: "new" } }], actions: [] };
    const s = scoreText(entry(), result(GOOD_SMS, "x 2. mai", { message }), noPlain);
    expect(s.keyTime.ok).toBe(false);
    expect(s.roleOk).toBe(false);
    expect(s.sender.ok).toBe(false);
    expect(s.actions.missing).toEqual(["Sett dunken ut kvelden før"]);
  });
  it("scores a missing message as wrong without throwing, using the old audience flag", () => {
    const s = scoreText(entry(), result(GOOD_SMS, "2. mai", { message: undefined }), noPlain);
    expect(s.hasMessage).toBe(false);
    expect(s.roleOk).toBe(false);
    expect(s.audienceCheck).toMatchObject({ ok: true, from: "result" });
    expect(s.failures).toContain("message: missing");
    expect(() => scoreText(entry(), { variants: {} } as unknown as ResultLike, noPlain)).not.toThrow();
  });
  it("accepts no new-role time when none is expected", () => {
    const a = annotation({ key: { what: ["tømm"], when: null, where: null } });
    const lifted = { events: [{ when: { text: "3. mars", value: "--03-03", role: "lifted" } }] };
    expect(scoreText(entry(a), result(GOOD_SMS, "", { message: lifted }), noPlain).keyRole.ok).toBe(true);
    const wrong = { events: [{ when: { text: "3. mars", value: "--03-03", role: "new" } }] };
    expect(scoreText(entry(a), result(GOOD_SMS, "", { message: wrong }), noPlain).keyRole.ok).toBe(false);
  });
  it("counts a sign-off with a name the draft does not sign with", () => {
    const a = annotation({ sender: null });
    const draft = "Strandvik kommune vant prisen 2. mai.\n";
    const s = scoreText(entry(a, draft), result("Strandvik kommune vant prisen 2. mai. Hilsen Strandvik kommune", "2. mai"), noPlain);
    expect(s.signOffsWrong).toEqual([{ channel: "sms", name: "Strandvik kommune" }]);
  });
  it("counts a post made for a personal text, personal data and the letter checks", () => {
    const a = annotation({ audience: "personal", post: null, sms: { must: [["2. mai"]], mustNot: ["dialyse"] } });
    const draft = DRAFT + "Fødselsnummer 010307-49843. Du får dialyse.\n";
    const r = result("Time 2. mai for 01 03 07 49843. Hilsen Fjordvik kommune", "Post", { letter: "Innkalling\n\nDet vises til Deres søknad. Du får time.", findings: [{ rule: "facts-missing", severity: "error", start: 0, end: 0, text: "", message: "mangler 2. mai", suggestions: [] }] });
    const s = scoreText(entry(a, draft), r, { countPlain: (t) => (t.includes("Deres") ? 1 : 3) });
    expect(s.post.madeWhenNone).toBe(true);
    expect(s.personalData.map((p) => p.kind)).toEqual(["fnr"]);
    expect(s.referenceOpening).toBe("Det vises til");
    expect(s.mixedAddress).not.toBeNull();
    expect(s.facts.letter.missing).toEqual(["mangler 2. mai"]);
    expect(s.plain).toEqual({ draft: 3, letter: 1 });
  });
  it("counts someone else's work listed as a reader action", () => {
    const a = annotation({ notActions: ["Gravemassene må kjøres bort"] });
    const message = { events: [{ when: { text: "lørdag 2. mai", value: "--05-02", role: "new" } }], actions: [{ text: "Gravemassene må kjøres bort." }] };
    const s = scoreText(entry(a, DRAFT + "Gravemassene må kjøres bort.\n"), result(GOOD_SMS, "2. mai", { message }), noPlain);
    expect(s.notActionsAsActions).toEqual(["Gravemassene må kjøres bort"]);
  });
});

describe("summarise", () => {
  it("adds up the texts and reads the targets", () => {
    const good = scoreText(entry(), result(GOOD_SMS, "Tømming flyttes til lørdag 2. mai."), { countPlain: (t) => (t === DRAFT ? 4 : 1) });
    const bad = scoreText(entry(), result("Tømming flyttes: fredag 1. mai. Hilsen Strandvik kommune", ""), { countPlain: (t) => (t === DRAFT ? 4 : 1) });
    good.ms = 5;
    bad.ms = 9;
    const t = summarise([good, bad]);
    expect(t.wrongRoleFacts).toBe(1);
    expect(t.senderWrong).toBe(1);
    expect(t.smsCompleteness).toEqual({ ok: 1, total: 2, share: 0.5 });
    expect(t.letterPlainness).toEqual({ draft: 8, letter: 2, share: 0.25 });
    expect(t.timing).toEqual({ medianMs: 7, maxMs: 9 });
    const row = targets(t).find((x) => x.metric.startsWith("wrong-role"));
    expect(row?.met).toBe(false);
  });
});
