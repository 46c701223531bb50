// Round 21 of the red team, a moved appointment: the time the next sentence moves is the old one when a new time is
// given after; the SMS says the time is new; a reminder in the paragraph for those who cannot come is theirs, not a
// step for everyone. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Hei Kari Lie,",
  "",
  "Vi har tidlegare sendt deg innkalling til tannkontroll for Emma på Lia tannklinikk onsdag 20. januar 2027 kl. 09.00. Dessverre må vi flytte timen fordi tannlegen er sjuk.",
  "",
  "Ny time er måndag 1. februar 2027 kl. 14.30. Timen blir på Lia tannklinikk, Storgata 4.",
  "",
  "Dersom den nye timen ikkje passar, ber vi om at du gir beskjed så snart som mogleg. Du kan ringje klinikken på 56 78 90 30. Hugs å oppgi namnet til barnet.",
  "",
  "Helsing",
  "Lia tannklinikk",
].join("\n");

describe("an appointment moved in the letter", () => {
  const r = variants(draft, { language: "nn" });
  it("the first time is the old one", () => {
    expect(r.message.times.find((t) => t.text.includes("20. januar"))?.role).toBe("superseded");
  });
  it("the SMS says the new time as new and keeps the old one out", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/Ny tid: (?:måndag )?1\. februar(?: 2027)? kl\. 14\.30/);
    expect(sms).not.toMatch(/20\. januar/);
  });
  it("the reminder is for those who cannot come", () => {
    const remind = r.message.actions.find((a) => a.text.startsWith("Hugs"));
    expect(remind?.condition).toMatch(/Dersom den nye timen ikkje passar/);
    expect(r.variants.sms.text).not.toMatch(/Hugs/);
    expect(r.variants.letter.text).not.toMatch(/Dette må du gjere\nHugs/);
  });
});

describe("an offer of a place named in the title", () => {
  const offer = [
    "Tilbod om plass i kulturskulen – fiolin",
    "",
    "Hei Sara,",
    "",
    "Vi har gleda av å tilby deg plass på fiolin i Lia kulturskule frå hausten 2027.",
    "",
    "Plassen gjeld frå måndag 16. august 2027.",
    "",
    "Tilbodet må stadfestast innan fredag 7. mai 2027. Svar på e-post til kulturskulen@lia.kommune.no.",
    "",
    "Helsing",
    "Lia kulturskule",
  ].join("\n");
  const sms = variants(offer, { language: "nn" }).variants.sms.text;
  it("does not open the SMS on «Plassen …», a thing it has not named", () => {
    expect(sms).not.toMatch(/Plassen gjeld/);
  });
  it("says the passive answer as the reader's reply with its date", () => {
    expect(sms).toMatch(/7\. mai/);
    expect(sms).not.toMatch(/Fristen i brevet/);
  });
});

describe("a header's date field", () => {
  it("is when the letter was written, beside its reference fields", () => {
    const draft = "Lia kommune\n\nKari Lie\nStorgata 1\n9999 Lia\n\nVår ref.: 2026/12-3\nDato: 7. desember 2026\n\nTilbud om plass\n\nDu har fått plass fra fredag 1. januar 2027.\n\nMed hilsen\nLia kommune\n";
    const r = variants(draft, { language: "nb" });
    expect(r.message.times.find((t) => t.text === "7. desember 2026")?.role).toBe("past");
  });
  it("a «Dato:» field of an appointment, with no reference beside it, is the appointment's", () => {
    const draft = "Hei Kari,\n\nDu er kalt inn til samtale.\n\nDato: 12. januar 2027\nTid: 10.00\nSted: Nav Lia\n\nHilsen\nNav Lia\n";
    const r = variants(draft, { language: "nb" });
    expect(r.message.times.find((t) => t.text === "12. januar 2027")?.role).toBe("new");
  });
});
