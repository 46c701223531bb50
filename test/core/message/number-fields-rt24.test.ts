// Round 24 of the red team: a field of the letter's head that gives a number ("Målernr.: 19-0774512", "Fakturanr.:
// 2025-01477", "Gnr./bnr.: 54/112") is never the letter's subject: the SMS then took the title's short form ("Les av
// vannmåleren innen 10. januar") over the body's whole request to read the meter and send the reading in. Own draft.
import { variants } from "../../../src/core/channels";

const d = [
  "Kjell Aasen",
  "Myrveien 12",
  "2380 Brumunddal",
  "",
  "Kundenr.: 300418",
  "Målernr.: 19-0774512",
  "Gnr./bnr.: 54/112",
  "",
  "Les av vannmåleren innen 10. januar",
  "",
  "Vi ber deg lese av vannmåleren din og sende inn målerstanden innen fredag 10. januar.",
  "",
  "Med vennlig hilsen",
  "Ringsaker kommune",
].join("\n");

describe("a number field in the letter's head", () => {
  const r = variants(d, { language: "nb" });
  it("is not the subject", () => {
    expect(r.message.subject.text).not.toMatch(/nr\.:/);
    expect(r.message.events[0]?.what.text ?? "").not.toMatch(/Målernr/);
  });
  it("leaves the SMS the whole request", () => {
    expect(r.variants.sms.text).toMatch(/sende inn målerstanden/);
  });
});
