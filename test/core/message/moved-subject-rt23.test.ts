// Round 23 of the red team: a time in the subject of a clause that moves it ("Timen de fekk for 4. mars, er flytta",
// "Møtet vi føreslo 12. mars, blir i staden halde onsdag 19. mars") is the old time; the SMS said «Tid: 4. mars» for
// a test moved to 11 March. And a date right after what a letter refers back to ("Vi viser til samtalen vår 20.
// februar") is past. Own drafts.
import { variants } from "../../../src/core/channels";

const roleOf = (text: string, time: string) => variants(text, {}).message.times.find((t) => t.text === time)?.role;

describe("a time in the subject of a move", () => {
  it("is superseded, and the personal SMS gives the new time", () => {
    const d = [
      "Innkalling til hørselstest",
      "",
      "Til føresette for Emil Vik",
      "Fjellvegen 22",
      "6800 Førde",
      "",
      "Emil bestod ikkje hørselsscreeninga, og vi kallar han difor inn til ein grundigare hørselstest.",
      "",
      "Timen de fekk for 4. mars, er flytta. Den nye timen er tysdag 11. mars kl. 0915 på Førde helsestasjon.",
      "",
      "Med vennleg helsing",
      "Sunnfjord kommune",
    ].join("\n");
    const r = variants(d, {});
    expect(r.message.times.find((t) => t.text === "4. mars")?.role).toBe("superseded");
    expect(r.message.events[0].when?.text).toBe("tysdag 11. mars");
    expect(r.variants.sms.text).toMatch(/11\. mars/);
    expect(r.variants.sms.text).not.toMatch(/4\. mars/);
  });
  it("is superseded before «blir i staden halde», and the new one is the event's time", () => {
    const d = "Møtet vi føreslo 12. mars, blir i staden halde onsdag 19. mars kl. 1300 på Voss helse- og omsorgssenter.";
    expect(roleOf(d, "12. mars")).toBe("superseded");
    expect(roleOf(d, "onsdag 19. mars")).toBe("new");
  });
  it("is superseded in bokmål and English", () => {
    expect(roleOf("Befaringen vi avtalte 3. juni, er dessverre flyttet. Ny dato er tirsdag 10. juni.", "3. juni")).toBe("superseded");
    expect(roleOf("The meeting on 5 May has been postponed to Monday 12 May.", "5 May")).toBe("superseded");
  });
  it("is not: a start before a moved subject says from when", () => {
    expect(roleOf("Frå 1. mai er kontoret flytta til Storgata 5.", "1. mai")).not.toBe("superseded");
    expect(roleOf("Fra mandag 3. mars flyttes bussholdeplassen til Torget.", "mandag 3. mars")).not.toBe("superseded");
  });
});

describe("a date after what a letter refers back to", () => {
  it("is past", () => {
    expect(roleOf("Vi viser til samtalen vår 20. februar, der du sa ja til å få ein individuell plan.", "20. februar")).toBe("past");
  });
  it("is not past when it is the time of what the sentence announces further on", () => {
    expect(roleOf("Vi viser til søknaden din, og kaller deg inn til samtale 20. februar.", "20. februar")).toBe("new");
  });
});
