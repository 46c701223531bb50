// Red-team round 29: an update moved or called off a time that the text under it still gave as it was ("Det opne
// huset …, som skulle vere laurdag 5. juni, er flytt til laurdag 12. juni" over "… inviterer til ope hus … laurdag 5.
// juni"). The SMS gave both dates, the old one last; the sweep notice's SMS gave the old week as the schedule; the
// letter kept the clash without a word to the writer. Also: a stamp with its clock after a comma ("Updated Tuesday 29
// June 2027, 14:00:") kept the update's first sentence out of every channel, and a second event of the newest update
// was dropped from the post for a step of the same weight.
import { variants } from "../../../src/core/channels";

const ambulance = [
  "Ambulansestasjonen i Vik flyttar til Nesøyra",
  "",
  "Oppdatert fredag 4. juni 2027 kl. 1430: Det opne huset på den nye stasjonen, som skulle vere laurdag 5. juni, er flytt til laurdag 12. juni kl. 1100–1500 fordi nokre av bilane ikkje er ferdig utstyrte.",
  "",
  "Publisert måndag 24. mai 2027",
  "",
  "Frå tysdag 1. juni held ambulansetenesta i Vik til i den nye ambulansestasjonen på Nesøyra, Nesøyrvegen 40.",
  "",
  "Du skal ikkje gjere noko annleis. Ring 113 når det hastar, som før.",
  "",
  "Ope hus",
  "Helse Vestfjord inviterer til ope hus på den nye stasjonen laurdag 5. juni kl. 1100–1500. Der kan du sjå ambulansane og utstyret.",
  "",
  "Les meir: https://www.helse-vestfjord.no/ambulanse-vik",
].join("\n");

describe("a date an update moved, still given in the text under it", () => {
  const r = variants(ambulance, { language: "nn" });
  const body = ambulance.indexOf("inviterer til ope hus");
  it("is the old date there too", () => {
    const old = r.message.times.filter((t) => t.text === "laurdag 5. juni");
    expect(old).toHaveLength(2);
    expect(old.every((t) => t.role === "superseded")).toBe(true);
    expect(r.message.stale?.map((x) => x.time.start)).toEqual([ambulance.indexOf("laurdag 5. juni", body)]);
  });
  it("no channel gives it", () => {
    expect(r.variants.sms.text).not.toContain("5. juni");
    expect(r.variants.post.text).not.toContain("5. juni");
    expect(r.variants.sms.text).toContain("laurdag 12. juni");
  });
  it("the letter tells the writer where the text still says it, quoting the update", () => {
    const f = r.variants.letter.findings.filter((x) => x.rule === "letter-stale-time");
    expect(f).toHaveLength(1);
    expect(r.variants.letter.text.slice(f[0].start, f[0].end)).toBe("laurdag 5. juni");
    expect(r.variants.letter.text.slice(f[0].start - 40, f[0].start)).toContain("ope hus på den nye stasjonen");
    expect(f[0].message).toContain("er flytt til laurdag 12. juni");
  });
});

describe("the same day in the body about something else", () => {
  const text = ambulance.replace("Helse Vestfjord inviterer til ope hus på den nye stasjonen laurdag 5. juni kl. 1100–1500. Der kan du sjå ambulansane og utstyret.", "Biblioteket i Vik held stengt laurdag 5. juni.");
  it("keeps its own role, with no finding", () => {
    const r = variants(text, { language: "nn" });
    const body = r.message.times.find((t) => t.text === "laurdag 5. juni" && t.start > text.indexOf("Biblioteket"));
    expect(body?.role).toBe("new");
    expect(r.variants.letter.findings.some((x) => x.rule === "letter-stale-time")).toBe(false);
  });
});

const sweep = [
  "Feieren kommer til Nordbygda og Åsen i høst",
  "",
  "Oppdatert torsdag 16. september 2027 kl. 1015: Feiingen på Åsen er utsatt fra uke 39 til uke 41 fordi feierbilen er på verksted. Nordbygda går som planlagt.",
  "",
  "Publisert mandag 6. september 2027 kl. 0900",
  "",
  "Bergvik brann og redning feier piper og gjør tilsyn med ildsteder i Nordbygda og på Åsen i høst.",
  "",
  "Når kommer feieren?",
  "- Nordbygda: uke 38 (20.–24. september)",
  "- Åsen: uke 39 (27. september–1. oktober)",
  "",
  "Les mer på bergvik.kommune.no/feiing.",
].join("\n");

describe("a week an update moved, still in the schedule under it", () => {
  const r = variants(sweep, { language: "nb" });
  it("the week and the dates that spell it out are old in the schedule", () => {
    const row = sweep.indexOf("- Åsen");
    expect(r.message.times.filter((t) => t.start > row).map((t) => t.role)).toEqual(["superseded", "superseded"]);
  });
  it("the key event is the move, not another week's row", () => {
    expect(r.message.events[0].when?.text).toBe("uke 41");
    expect(r.message.events[0].what.text).toContain("Feiingen på Åsen er utsatt");
  });
  it("the SMS and the post give the new week and never the old one", () => {
    for (const out of [r.variants.sms.text, r.variants.post.text]) {
      expect(out).toContain("Feiingen på Åsen er utsatt til uke 41");
      expect(out).not.toContain("uke 39");
      expect(out).not.toContain("27. september");
    }
  });
});

const club = [
  "Summer at the youth club – programme for July",
  "",
  "Updated Tuesday 29 June 2027, 14:00: The kayak trip has been moved from Wednesday 7 July to Thursday 8 July because of the weather forecast. The football tournament on 14 July is cancelled.",
  "",
  "The youth club at Lindvik Youth Centre is open all summer for young people aged 13–18.",
  "",
  "Activities in July",
  "- Monday 5 July: Barbecue and games at Lindvik beach, 14:00–18:00",
  "- Wednesday 7 July: Kayak trip on Lindvann, 10:00–15:00",
  "- Wednesday 14 July: Football tournament at Lindvik stadium, 13:00–17:00",
  "",
  "Bring a packed lunch and clothes for the weather.",
  "",
  "Send a text message with your name, age and the activity to 902 11 456.",
  "",
  "Read more at lindvik.kommune.no/summerclub.",
].join("\n");

describe("an update that moves one activity and calls off another", () => {
  const r = variants(club, { language: "en" });
  it("the list's rows for both are old, and the letter says so twice", () => {
    const list = club.indexOf("Activities in July");
    const old = r.message.times.filter((t) => t.start > list && t.role === "superseded").map((t) => t.text);
    expect(old).toEqual(["Wednesday 7 July", "Wednesday 14 July"]);
    expect(r.variants.letter.findings.filter((x) => x.rule === "letter-stale-time").map((x) => x.text)).toEqual(["Wednesday 7 July", "Wednesday 14 July"]);
  });
  it("the SMS and the post say both changes once (the stamp with its clock after a comma cut away)", () => {
    for (const out of [r.variants.sms.text, r.variants.post.text]) {
      expect(out).toContain("The football tournament on 14 July is cancelled.");
      expect(out).toMatch(/kayak trip (?:has been moved )?to Thursday 8 July|moved the kayak trip to Thursday 8 July/);
      expect(out).not.toContain("Updated");
      expect(out.match(/kayak/g)).toHaveLength(1);
    }
  });
});

describe("an update that moves a thing and names only its new day (red-team round 31)", () => {
  const text = [
    "Folkemøte om kunstgressbane på Moen",
    "",
    "Oppdatert mandag 10. mai 2027 kl. 1200: Folkemøtet er flyttet til torsdag 27. mai kl. 1900, fordi storsalen er dobbeltbooket.",
    "",
    "Publisert mandag 3. mai 2027",
    "",
    "Folkemøte tirsdag 18. mai kl. 1900 i storsalen i Moen samfunnshus, Moenvegen 40.",
    "",
    "Lindås kommune",
  ].join("\n");
  const r = variants(text, { language: "nb" });
  it("makes the body's other day for it the old one, and the letter says where it still stands", () => {
    expect(r.message.times.find((t) => t.text === "tirsdag 18. mai")?.role).toBe("superseded");
    expect(r.variants.letter.findings.some((f) => f.rule === "letter-stale-time" && f.text === "tirsdag 18. mai")).toBe(true);
  });
  it("the SMS gives the new day only", () => {
    expect(r.variants.sms.text).toContain("torsdag 27. mai");
    expect(r.variants.sms.text).not.toContain("18. mai");
  });
});
