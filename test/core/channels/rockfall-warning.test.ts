// A trail closed for danger of rockfall: a warning, whose SMS leads with what the reader must not do, says the
// closure, and names the place whole ("Lia parkering", not "Lia park"; "mellom X og Y" with both ends). Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Fare for steinsprang – turstien Berg–Toppvarden er stengt",
  "",
  "Etter det kraftige regnet i helgen er det fare for steinsprang i den bratte lia ovenfor turstien mellom Berg parkering og Toppvarden. Stien er derfor stengt fra i dag og til videre.",
  "",
  "Ikke gå på stien. Det gjelder også hvis du ser at andre har gått der.",
  "",
  "En geolog skal undersøke fjellsiden i uke 47. Vi gir beskjed når vi vet mer.",
  "",
  "Kommunalteknikk",
  "Nordby kommune",
].join("\n");

describe("a trail closed for danger of rockfall", () => {
  const r = variants(draft);
  it("is a warning", () => {
    expect(r.message.kind).toBe("warning");
  });
  it("the SMS says the danger, the closure and what not to do", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/steinsprang/);
    expect(sms).toMatch(/stengt/);
    expect(sms).toMatch(/Ikke gå på stien/);
    // Never the place cut inside a word.
    expect(sms).not.toMatch(/Berg park(?!ering)/);
    expect(sms).not.toMatch(/uke 47/);
  });
  it("reads a stretch between two places whole", () => {
    expect(r.message.events[0].where?.text).toBe("mellom Berg parkering og Toppvarden");
  });
});
