// A letter "Til foreldrene til <name>" that says "Vi innkaller dere …" is a summons to one family: personal, with
// the meeting's time in the SMS and the child's case (sakkyndig vurdering, spesialundervisning) only in the letter.
// Own draft (not in the development set).
import { variants } from "../../../src/core/channels";

const draft = [
  "Innkalling til møte om sakkyndig vurdering",
  "",
  "Til foreldrene til Noah Karlsen, 4B Berg skole",
  "",
  "Vi innkaller dere til et møte om den sakkyndige vurderingen av Noah torsdag 13. november kl. 14.00 på PPT-kontoret, Kongens gate 5, 2. etasje.",
  "",
  "Noah ble testet av PPT 14. og 21. oktober. Testene viser at han har betydelige lese- og skrivevansker. På møtet går vi gjennom resultatene og anbefalingen om spesialundervisning.",
  "",
  "Hvis dere ikke kan komme, må dere gi beskjed innen mandag 10. november. Ring 73 80 90 10.",
  "",
  "Med vennlig hilsen",
  "",
  "Hanne Bakke",
  "PPT, Trondvik kommune",
].join("\n");

describe("a summons to the parents of a named child", () => {
  const r = variants(draft);
  it("is personal, a summons", () => {
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.kind).toBe("summons");
  });
  it("makes no post, and the SMS keeps the case out", () => {
    expect(r.variants.post.text).toBe("");
    const sms = r.variants.sms.text;
    expect(sms).not.toMatch(/Noah|sakkyndig|skrivevansker|spesialundervisning|BUP/);
    expect(sms).toMatch(/torsdag 13\. november kl\. 14\.00/);
    expect(sms).toMatch(/innen mandag 10\. november/);
  });
  it("in nynorsk too", () => {
    const nn = variants(draft.replace("Til foreldrene til", "Til foreldra til").replace("Vi innkaller dere til et møte om den sakkyndige vurderingen av Noah", "Vi kallar dykk inn til eit møte om den sakkunnige vurderinga av Noah"));
    expect(nn.message.audience.value).toBe("personal");
    expect(nn.variants.post.text).toBe("");
  });
});
