// Own drafts after red-team round 18:
// - "Tilbudet må besvares innen …": the reader answers the offer the body sent, so the time is a deadline, not the
//   body's promise ("Henvendelser besvares innen tre dager" stays a promise);
// - a letter titled "Tilbud om …" is an offer;
// - a personal letter that gives a new visit and calls the earlier one off moves the visit (a change), and its SMS
//   says the new date, never the cancelled one;
// - "Ein nøkkel … må leverast innan …" is the reader's step;
// - a clock inside a period read whole ("from Tuesday 4 February at 18:00 until …") is no time of its own.
import { variants } from "../../../src/core/channels";

describe("an offer to answer", () => {
  const draft = [
    "Kari Hansen",
    "Bakkeveien 3",
    "1234 Nordby",
    "",
    "Tilbud om plass i SFO",
    "",
    "Det vises til søknad om SFO-plass. Sofie tilbys 60 % plass ved Nordby skole fra mandag 18. august.",
    "Tilbudet må besvares innen 2. mai via foreldreportalen. Dersom svar ikke er mottatt innen fristen, går plassen til andre.",
    "",
    "Med vennlig hilsen",
    "Nordby kommune",
  ].join("\n");
  const r = variants(draft);
  it("is an offer, and its answer time is the reader's deadline", () => {
    expect(r.message.kind).toBe("offer");
    expect(r.message.times.find((t) => t.text === "2. mai")?.role).toBe("deadline");
  });
  it("the SMS asks for the answer by the date", () => {
    expect(r.variants.sms.text).toMatch(/innen 2\. mai/);
    expect(r.variants.sms.text).not.toMatch(/Sofie/);
  });
  it("the body's own answering time stays a promise", () => {
    const p = variants(["Kontakt oss", "", "Henvendelser besvares innen 3. mars.", "", "Nordby kommune"].join("\n"));
    expect(p.message.times.find((t) => t.text.includes("3. mars"))?.role).not.toBe("deadline");
  });
});

describe("a visit moved in a personal letter", () => {
  const draft = [
    "Installering av trygghetsalarm",
    "",
    "Du har fått tildelt trygghetsalarm. Alarmen blir installert hjemme hos deg tirsdag 8. april mellom kl. 10 og 13. Tidligere avtalt besøk fredag 4. april er avlyst.",
    "",
    "En nøkkel til boligen må leveres til hjemmetjenesten innen torsdag 10. april.",
    "",
    "Hilsen",
    "Tildelingskontoret, Nordby kommune",
  ].join("\n");
  const r = variants(draft);
  it("is a change, not a cancellation", () => {
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.kind).toBe("change");
    expect(r.message.times.find((t) => t.text.includes("4. april"))?.role).toBe("superseded");
  });
  it("the SMS gives the new date and not the cancelled one", () => {
    expect(r.variants.sms.text).toMatch(/8\. april/);
    expect(r.variants.sms.text).not.toMatch(/4\. april|avlyst/);
  });
  it("handing in the key is the reader's step", () => {
    expect(r.message.actions.some((a) => /nøkkel/.test(a.text) && a.deadline?.text.includes("10. april"))).toBe(true);
  });
});

describe("a clock inside a period", () => {
  it("is part of the period, not a past time", () => {
    const r = variants(["Storm warning", "", "The Meteorological Institute has issued a red warning for Nordby from Tuesday 4 February at 18:00 until Wednesday 5 February at 12:00.", "", "Stay indoors.", "", "Nordby Municipality"].join("\n"));
    expect(r.message.times.filter((t) => t.text === "18:00")).toEqual([]);
    expect((r.variants.sms.omitted ?? []).map((o) => o.text ?? "").join(" ")).not.toMatch(/18:00/);
  });
});

describe("a list of clock times after a day", () => {
  it("the first clock of the list is not the day's one time", () => {
    const r = variants(["Bussavganger innstilt", "", "På grunn av glatt føre er følgende avganger på linje 12 innstilt i dag, mandag 3. februar: kl. 0715, 0815 og 0915 fra Sentrum.", "", "Nordby kommune"].join("\n"));
    expect(r.message.events[0].when?.clock).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/3\. februar,? kl\. 0715(?!, 0815)/);
  });
});
