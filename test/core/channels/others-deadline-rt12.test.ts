// A personal SMS never gives another party's deadline as the reader's: "… pålegges eier av … å … innen 1. mai" is
// the neighbour's duty, not the complainant's.
import { variants } from "../../../src/core/channels";

describe("another party's deadline in a decision", () => {
  it("is not said as «Fristen er …» in the reader's SMS", () => {
    const draft = "Kari Dahl\nElvegata 3\n3510 Hønefoss\n\nVår ref.: 2025/77\n\nVEDTAK – KLAGE PÅ LYS FRA BYGGEPLASS\n\nVi viser til Deres klage mottatt 10. januar 2025 om lys fra byggeplassen i Elvegata 5.\n\nVedtak:\nMed hjemmel i folkehelseloven § 14 pålegges eier av Elvegata 5 å skjerme lyset innen 15. april 2025.\n\nKlageadgang:\nDe kan klage på vedtaket. Klagefristen er tre uker fra De mottok dette brevet.\n\nMed hilsen\nRingerike kommune\n";
    const sms = variants(draft).variants.sms.text;
    expect(sms).not.toMatch(/15\. april/);
  });
});
