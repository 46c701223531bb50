// Advice against bathing ("Vi rår difor frå bading der inntil vidare") is a warning, and its SMS leads with the advice,
// not with the next sampling date; a sentence that answers one the SMS leaves out ("Svaret kjem truleg laurdag …"
// after "Vi tek nye prøvar torsdag …") is not said alone. Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Fråråding av bading ved Sjøbotn",
  "Prøvane som vart tekne måndag 14. juli, viser høgt innhald av E. coli-bakteriar ved badeplassen i Sjøbotn. Vi rår difor frå bading der inntil vidare.",
  "",
  "Vi tek nye prøvar torsdag 17. juli. Svaret kjem truleg laurdag 19. juli.",
  "",
  "Helseetaten",
  "Nordby kommune",
].join("\n");

describe("advice against bathing", () => {
  const r = variants(draft);
  it("is a warning keyed on the advice", () => {
    expect(r.message.kind).toBe("warning");
    expect(r.message.events[0].what.text).toMatch(/rår difor frå bading/);
  });
  it("the SMS says the advice and never the answer without its question", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/rår frå bading/);
    if (/Svaret kjem/.test(sms)) expect(sms).toMatch(/nye prøvar torsdag 17\. juli/);
  });
});
