// Round 24 of the red team: a deadline given as a span. Counted from something other than the letter ("Felte dyr skal
// meldast … innan 14 dagar etter at dyret er felt") it is no "Frist: innan 14 dagar" from now; counted from the letter
// it is said with what it is for ("Svar innan tre veker."), never a bare "Frist: innan tre veker". Own drafts.
import { variants } from "../../../src/core/channels";

const letter = (body: string) =>
  ["Vedtak om fellingsløyve for elg", "", "Ola Nes", "Nesvegen 4", "5780 Kinsarvik", "", body, "", "Med venleg helsing", "Ullensvang kommune"].join("\n");

describe("a span counted from another event", () => {
  it("is never said as a deadline from now", () => {
    const r = variants(letter("Vedtak: Du får fellingsløyve for to elgar. Felte dyr skal meldast i Hjorteviltregisteret innan 14 dagar etter at dyret er felt. Du kan klage på vedtaket."), { language: "nn" });
    expect(r.variants.sms.text).not.toMatch(/14 dagar/);
  });
});

describe("a span counted from the letter", () => {
  it("is said with what it is for", () => {
    const r = variants(letter("Vedtak: De får tilskot frå næringsfondet. De må stadfeste at de tek imot tilskotet innan tre veker frå de mottok dette brevet."), { language: "nn" });
    expect(r.variants.sms.text).toMatch(/Svar innan tre veker etter at de fekk brevet\./);
    expect(r.variants.sms.text).not.toMatch(/Frist: innan tre veker/);
  });
});
