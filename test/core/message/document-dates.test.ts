// A decision letter's dates: the application's and the certificate's dates are past, a section number is no date,
// and the header above the title ("Unntatt offentlighet …", a long reference line) is no message. Own draft (not in
// the development set).
import { variants } from "../../../src/core/channels";

const draft = [
  "Nordby kommune",
  "Tildelingskontoret",
  "",
  "Unntatt offentlighet, jf. offentleglova § 13, jf. fvl. § 13",
  "",
  "Kari Nordmann",
  "Fjellveien 3",
  "9990 Nordby",
  "",
  "Deres ref.:        Vår ref.: 2026/1234-2        Dato: 12.10.2026",
  "",
  "VEDTAK – SØKNAD OM PARKERINGSTILLATELSE",
  "",
  "Det vises til Deres søknad mottatt 1.9.2026, samt legeerklæring av 15.9.2026.",
  "",
  "Søknaden avslås. Vedtaket er fattet etter kommunens retningslinjer, pkt. 2.1.",
  "",
  "De har rett til å klage på vedtaket innen tre uker.",
  "",
  "Med hilsen",
  "Nordby kommune",
].join("\n");

describe("dates in a decision letter", () => {
  it("the dates of the application and the certificate are past, never when", () => {
    const m = variants(draft).message;
    expect(m.times.find((t) => t.text === "1.9.2026")?.role).toBe("past");
    expect(m.times.find((t) => t.text === "15.9.2026")?.role).toBe("past");
    expect(m.events[0]?.when).toBeUndefined();
  });
  it("«pkt. 2.1.» is a section, not a date", () => {
    expect(variants(draft).message.times.some((t) => t.text.startsWith("2.1"))).toBe(false);
  });
  it("the header lines are no lead and no key event", () => {
    const m = variants(draft).message;
    expect(m.lead.some((p) => /Unntatt offentlighet|Vår ref/.test(p.text))).toBe(false);
    expect(m.subject.text).toBe("VEDTAK – SØKNAD OM PARKERINGSTILLATELSE");
  });
  it("«innen utgangen av april» is no document's date", () => {
    const t = ["Slik søker du stipend", "", "Søknadsfristen er 1. mars. Du får svar innen utgangen av april.", "", "Nordby kommune"].join("\n");
    expect(variants(t).message.times.find((x) => x.text === "april")?.role).not.toBe("past");
  });
});
