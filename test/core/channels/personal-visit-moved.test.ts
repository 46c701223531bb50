// A letter to one person that moves a visit ("Ny dato for feiing …" / "Ny dato er onsdag 19. november mellom kl. 0800
// og 1500"): a change, whose notification SMS gives the new date with the whole time window, and the step for those
// who are not home with its condition. "mellom kl. X og Y" is one range. Own drafts.
import { variants } from "../../../src/core/channels";
import { extractFacts } from "../../../src/core/facts/extract";

const draft = [
  "Ny dato for feiing og tilsyn",
  "",
  "Til: Kari Dahl",
  "Bjørkevegen 3, 5200 Os",
  "",
  "Vi viser til varselet vårt om feiing og tilsyn tirsdag 4. november. På grunn av sykdom må vi flytte besøket.",
  "",
  "Ny dato er torsdag 13. november mellom kl. 0900 og 1400.",
  "",
  "Hvis du ikke er hjemme, må du gi beskjed på Min side innen 11. november.",
  "",
  "Med vennlig hilsen",
  "Brann og redning, Os kommune",
].join("\n");

describe("a visit moved, in a letter to one person", () => {
  const r = variants(draft);
  it("is a change", () => {
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.kind).toBe("change");
  });
  it("the SMS gives the new date with its whole window and the step for those not home", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/torsdag 13\. november kl\. 0900-1400/);
    expect(sms).toMatch(/Hvis du ikke er hjemme, må du gi beskjed på Min side innen 11\. november/);
    expect(sms).not.toMatch(/4\. november/);
  });
});

describe("«mellom kl. X og Y»", () => {
  it("is one time range", () => {
    const f = extractFacts("Vi kommer mellom kl. 0900 og 1400.").filter((x) => x.kind === "time");
    expect(f.map((x) => x.text)).toEqual(["kl. 0900 og 1400"]);
  });
  it("without «mellom», two times stay two", () => {
    const f = extractFacts("Bussen går kl. 09 og kl. 14.").filter((x) => x.kind === "time");
    expect(f.length).toBe(2);
  });
});
