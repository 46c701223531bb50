// Round 21 of the red team, public notices: the SMS says what the title announces when the event sentence does not
// (a ban during snow clearing); a time in a proposal said for school days is no event time; a meeting "first set up
// for" a date was moved from it; an expletive "det" after an s-passive is no object of the active. Own drafts.
import { variants } from "../../../src/core/channels";
import { activeVoice } from "../../../src/core/channels/active";

describe("the title's news said by a lead sentence the event sentence does not cover", () => {
  const draft = [
    "Midlertidig parkeringsforbud om natta på grunn av gatefeiing",
    "",
    "Fra tirsdag 6. april til og med torsdag 8. april 2027 blir det gatefeiing i Kongens gate og Brugata. I disse dagene innføres det parkeringsforbud i begge gatene mellom kl. 23.00 og kl. 05.00.",
    "",
    "Biler som står i gata, blir tauet bort. Dersom det regner mye, kan feiingen bli utsatt.",
    "",
    "Les mer på www.elvik.kommune.no/feiing.",
    "",
    "Med vennlig hilsen",
    "Elvik kommune",
  ].join("\n");
  it("is in the SMS, with its hours", () => {
    const sms = variants(draft, { language: "nb" }).variants.sms.text;
    expect(sms).toMatch(/parkeringsforbud/);
    expect(sms).toMatch(/kl\. 23\.00 og kl\. 05\.00/);
    expect(sms).toMatch(/6\. april/);
  });
  it("is turned without the expletive «det»", () => {
    const sms = variants(draft, { language: "nb" }).variants.sms.text;
    expect(sms).not.toMatch(/innfører vi det/);
  });
});

describe("an expletive «det» after an s-passive", () => {
  it.each([
    ["I denne perioden innføres det parkeringsforbud i gata.", "innføres", "I denne perioden innfører vi parkeringsforbud i gata."],
    ["I morgen stenges det to gater.", "stenges", "I morgen stenger vi to gater."],
  ])("%s", (s, v, want) => {
    expect(activeVoice(s, "nb", v)).toBe(want);
  });
});

describe("a proposal's hours and a meeting first set up for another day", () => {
  const draft = [
    "Invitasjon til ope møte om trafikk ved Li skule",
    "",
    "Kommunen arbeider med ein plan for trafikken rundt Li skule. Det er foreslått å stenge Skulebakken for bilar kl. 07.45–08.15 på skuledagar.",
    "",
    "Vi inviterer difor til ope møte tysdag 9. mars 2027 kl. 18.00 i kantina på Li skule. Møtet var først sett opp til 2. mars, men er flytta.",
    "",
    "Helsing",
    "Lia kommune",
  ].join("\n");
  const r = variants(draft, { language: "nn" });
  it("the meeting is the event, with its own date and clock", () => {
    expect(r.message.events[0].when?.text).toMatch(/9\. mars/);
    expect(r.variants.sms.text).toMatch(/9\. mars 2027 kl\. 18\.00/);
    // (The proposal may be said as what it is, never as the meeting's time.)
    expect(r.variants.sms.text).not.toMatch(/(?:Tid|Når|skule): kl\. 07\.45/);
  });
  it("the proposal's hours are for school days, and the first date is the old one", () => {
    expect(r.message.times.find((t) => t.text.includes("07.45"))?.role).toBe("recurring");
    expect(r.message.times.find((t) => t.text === "2. mars")?.role).toBe("superseded");
  });
});

describe("a title that names two things", () => {
  it("the SMS gives the second thing's own dates, not only the first's", () => {
    const draft = [
      "Hjartestartar – kurs og utlån",
      "",
      "Lia kommune inviterer til gratis kurs i bruk av hjartestartar tysdag 13. april 2027 kl. 18.00–20.00 i kantina på Lia rådhus. Det er ikkje påmelding.",
      "",
      "Hjartestartarar kan lånast til arrangement. Biblioteket har utlån av hjartestartar laurdag 17. april og laurdag 24. april 2027 kl. 10.00–14.00.",
      "",
      "Helsing",
      "Lia kommune",
    ].join("\n");
    const sms = variants(draft, { language: "nn" }).variants.sms.text;
    expect(sms).toMatch(/13\. april/);
    expect(sms).toMatch(/17\. april/);
  });
});
