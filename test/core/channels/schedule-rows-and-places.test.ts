// Timetable rows with a label each ("Storgata: Monday 8 June"), a week refined by such rows, and places that are
// not where something happens (a detour's route, the old venue). Each case is a principle: a short channel must
// never give one row of a timetable as the only time, nor a route or an old venue as "where".
import { variants } from "../../../src/core/channels";

const rows = (lines: string[]) => lines.join("\n");

describe("rows of a timetable, each with its own label", () => {
  it("are the event, said whole in the SMS and the post (no intro line needed)", () => {
    const places = ["Sandvik helsestasjon", "Fjordvik legesenter", "Nordbygda grendehus"];
    const dates = ["tirsdag 6. oktober kl. 10–14", "torsdag 8. oktober kl. 12–18", "mandag 12. oktober kl. 10–13"];
    const r = variants(`Vaksinering mot influensa\n\nFjordvik kommune tilbyr gratis influensavaksine til alle over 65 år. Du trenger ikke å bestille time.\n\n${rows(places.map((p, i) => `${p}: ${dates[i]}`))}\n\nTa med legitimasjon.\n\nMed vennlig hilsen\nFjordvik kommune`);
    expect(r.message.events[0]?.when?.text).toBe("tirsdag 6. oktober");
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      for (let i = 0; i < places.length; i++) expect(t).toContain(`${places[i]}: ${dates[i].replace("–", t === r.variants.sms.text ? "-" : "–")}`);
      // One row after the other, never run together ("kl. 10–14 Fjordvik legesenter").
      expect(t).not.toMatch(/\d [A-ZÆØÅ]\p{Ll}+ (?:legesenter|grendehus)/u);
    }
    expect((r.variants.sms.omitted ?? []).some((o) => o.part === "when")).toBe(false);
  });

  it("say exactly when a lead says «next week»: every row is in the SMS, never the first alone", () => {
    const r = variants(
      "Road resurfacing in the town centre\n\nFjordvik Municipality will resurface three streets next week. The streets will be closed to traffic from 07:00 to 16:00 on these days:\n\nStorgata: Monday 8 June\nParkveien: Wednesday 10 June\nKirkegata: Friday 12 June\n\nPark your car elsewhere on these days. Cars left in the street may be towed.\n\nKind regards\nFjordvik Municipality",
    );
    expect(r.message.events[0]?.when?.text).toBe("Monday 8 June");
    const sms = r.variants.sms.text;
    for (const s of ["Storgata", "8 June", "Parkveien", "10 June", "Kirkegata", "12 June", "07:00", "16:00"]) expect(sms).toContain(s);
    expect(sms).not.toMatch(/Where: Storgata/u);
  });
});

describe("a place that is not where it happens", () => {
  it("the route of a detour is no «Sted»", () => {
    const r = variants("Nattestenging av Storbrua\n\nStorbrua blir stengt for all trafikk om natta fra mandag 9. mars til fredag 13. mars, kl. 20–06. Om dagen er brua åpen som vanlig. Omkjøring er skiltet via Elvegata.\n\nMed vennlig hilsen\nFjordvik kommune");
    expect(r.message.events[0]?.where?.text ?? "").not.toBe("Elvegata");
    expect(r.variants.sms.text).not.toMatch(/Sted: Elvegata/u);
    expect(r.variants.sms.text).toContain("kl. 20-06");
  });

  it("the old or wrong venue is never the event's place", () => {
    const nb = variants("Nytt sted for foreldremøtet\n\nForeldremøtet for 5. trinn blir tirsdag 14. april kl. 18.00. Møtet blir ikke på rådhuset som tidligere varslet, men på biblioteket.\n\nMed vennlig hilsen\nSandvik skole");
    expect(nb.message.events[0]?.where?.text).toBe("biblioteket");
    const en = variants("Council meeting moved\n\nThe council meeting on Thursday 5 March at 18:00 will not be in Fjordvik Town Hall. It will be in Fjordvik Library.\n\nFjordvik Council");
    expect(en.message.events[0]?.where?.text).toBe("Fjordvik Library");
    expect(en.variants.sms.text).toContain("Fjordvik Library");
    // "not only in X": X is a place of the event too.
    const only = variants("Open days\n\nThe open days on Saturday 7 March are not only in Fjordvik Library but also in the schools.\n\nFjordvik Council");
    expect(only.message.events[0]?.where?.text).toBe("Fjordvik Library");
  });
});

describe("an event sentence that points back with a definite noun", () => {
  it("gets the title in front, so the SMS says which check it is", () => {
    const r = variants("Innkalling til helsekontroll\n\nAlle elever på 8. trinn får tilbud om helsekontroll hos skolehelsetjenesten. Kontrollen blir onsdag 11. mars kl. 09.00–14.00 på helsesykepleierens kontor.\n\nMed vennlig hilsen\nSandvik skole");
    expect(r.variants.sms.text).toMatch(/helsekontroll\. Kontrollen blir onsdag 11\. mars/u);
  });
  it("a sentence that names its own subject in full needs no title", () => {
    const r = variants("Nytt sted for foreldremøtet\n\nForeldremøtet for 5. trinn blir tirsdag 14. april kl. 18.00 i gymsalen.\n\nMed vennlig hilsen\nSandvik skole");
    expect(r.variants.sms.text).not.toContain("Nytt sted for foreldremøtet. Foreldremøtet");
  });
});

describe("a name moved from the start of its sentence", () => {
  it("keeps its capital when it is a place name built on a size or direction word", () => {
    const r = variants("Storbrua stengt om natta\n\nStorbrua blir stengt for all trafikk fra mandag 9. mars til fredag 13. mars. Stengingen gjelder bare om natta, fra kl. 20.00 til kl. 06.00.\n\nMed vennlig hilsen\nFjordvik kommune");
    expect(r.variants.sms.text).not.toContain("storbrua");
    expect(r.variants.sms.text).toContain("kl. 20.00 til kl. 06.00");
  });
});

describe("moves of several days after a week in the lead", () => {
  const text = "Endret tømmedag i påskeuken\n\nPå grunn av helligdagene i påsken blir tømmedagene endret i uke 12 og 13.\n\nTømming som skulle vært torsdag 25. mars, blir i stedet utført onsdag 24. mars. Tømming som skulle vært fredag 26. mars, blir utført tirsdag 30. mars.\n\nMed vennlig hilsen\nMidtre Renovasjon IKS";
  it("give the new dates exactly, each with the old day's name and never the old date", () => {
    const r = variants(text);
    expect(r.message.events[0]?.when?.text).toBe("onsdag 24. mars");
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toContain("24. mars");
      expect(t).toContain("30. mars");
      expect(t).toMatch(/torsdag,[^.]*24\. mars/u);
      expect(t).toMatch(/fredag,[^.]*30\. mars/u);
      expect(t).not.toContain("25. mars");
      expect(t).not.toContain("26. mars");
    }
  });
});

describe("a holiday timetable with closed days", () => {
  const text = "Opningstider i jula\n\nServicetorget og biblioteket har endra opningstider i jula:\n\nMåndag 20. desember: 08.00–15.30\nTysdag 21. desember: 08.00–15.30\nOnsdag 22. desember: 08.00–12.00\nTorsdag 23. desember: stengt\n27.–30. desember: 10.00–14.00\n31. desember: stengt\n\nFrå måndag 3. januar 2028 er opningstidene som vanleg.\n\nMed venleg helsing\nLustrafjord kommune";
  it("is no list of dated updates: no row is read as past", () => {
    const r = variants(text);
    expect(r.message.times.filter((t) => t.role === "past")).toEqual([]);
    expect(r.message.updates).toEqual([]);
  });
  it("is said row by row, the closed days included («31. desember» is a date, not a list number)", () => {
    const r = variants(text);
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toMatch(/torsdag 23\. desember stengt/u);
      expect(t).toMatch(/31\. desember stengt/u);
      expect(t).toMatch(/måndag 20\. desember 08\.00.15\.30/u);
    }
  });
});

describe("a cancellation with something else moved", () => {
  const text = "17. mai-arrangementet i Strandparken er avlyst\n\nKommunen har besluttet å avlyse arrangementet i Strandparken på grunn av meldt storm. Barnetoget går likevel som planlagt kl. 10.00 fra Torget.\n\nKonserten med Sandvær skolekorps som skulle vært i Strandparken kl. 13.00, er flyttet til Kulturhuset samme dag kl. 14.00.\n\nMed vennlig hilsen\nSandvær kommune, Kultur";
  it("never gives what goes ahead anyway as the time of what is called off", () => {
    const r = variants(text);
    expect(r.message.events[0]?.when?.clock).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/Når: 17\. mai kl\./u);
  });
  it("says the move in the SMS and the post, without the old time", () => {
    const r = variants(text);
    expect(r.message.times.find((t) => t.text === "kl. 13.00")?.role).toBe("superseded");
    expect(r.message.events.some((e) => e.status === "moved" && e.when?.text === "kl. 14.00")).toBe(true);
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toMatch(/Konserten[^.]*flyttet til Kulturhuset[^.]*kl\. 14\.00/u);
      expect(t).not.toContain("13.00");
    }
  });
});
