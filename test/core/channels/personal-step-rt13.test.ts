// A personal SMS without a deadline says a step only when it tells where the letter is or how to answer it: a
// detail of the errand ("Ta med gyldig legitimasjon") means nothing without the letter.
import { variants } from "../../../src/core/channels";

describe("the one step of a personal SMS without a deadline", () => {
  it("is not a detail of the errand", () => {
    const draft = "Hittegods – mobilen din er levert inn\n\nTil Siri Berg\nHaugeveien 12 B\n0575 Oslo\n\nPolitiet har mottatt en mobiltelefon som vi mener tilhører deg. Den kan hentes på Hittegodskontoret, Grønlandsleiret 44.\n\nTa med gyldig legitimasjon med bilde.\n\nHilsen\nOslo politidistrikt\n";
    const sms = variants(draft).variants.sms.text;
    expect(sms).not.toMatch(/legitimasjon/);
    expect(sms).toMatch(/Du har fått et brev/);
  });
  it("says where the letter is when the draft tells it", () => {
    const draft = "Vedtak om bostøtte\n\nTil: Per Hansen\nSaksnummer: 24/5512\n\nDu har fått svar på søknaden din om bostøtte. Logg inn på Min side for å lese vedtaket.\n\nHilsen\nHusbanken\n";
    expect(variants(draft).variants.sms.text).toMatch(/Logg inn på Min side/);
  });
});
