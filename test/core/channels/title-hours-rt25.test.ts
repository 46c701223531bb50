// Red-team round 25. Under "Veier stengt under Fjordbyløpet lørdag 7. september", the SMS said the race's own sentence
// ("Fjordbyløpet blir i år arrangert lørdag 7. september") and never which roads close or when. The hours of what the
// title says happens, with the list of roads they introduce, are the news; the framing event's sentence only repeats
// the title. Own draft.
import { variants } from "../../../src/core/channels";

const d = [
  "Veier stengt under Fjordbyløpet lørdag 7. september",
  "",
  "Fjordbyløpet blir i år arrangert lørdag 7. september. Flere veier i sentrum blir stengt for all biltrafikk mens løpet pågår.",
  "",
  "Disse veiene er stengt fra kl. 08.00 til kl. 14.00:",
  "- Strandgata, mellom Torget og Havnebakken",
  "- Kirkeveien, hele strekningen",
  "",
  "Buss 2 og 4 kjører omkjøring via Ringveien.",
  "",
  "Med vennlig hilsen",
  "Fjordby kommune",
].join("\n");

describe("the hours of what the title says happens", () => {
  const sms = variants(d, { language: "nb" }).variants.sms.text;
  it("are said with the roads they are for", () => {
    expect(sms).toMatch(/stengt fra kl\. 08\.00 til kl\. 14\.00: Strandgata, mellom Torget og Havnebakken; Kirkeveien, hele strekningen/);
  });
  it("the framing event's own sentence is not said again", () => {
    expect(sms).not.toMatch(/Fjordbyløpet blir i år arrangert/);
    expect(sms).toMatch(/lørdag 7\. september/);
  });
  it("hours of something the title does not announce are no such news", () => {
    const other = d.replace("Disse veiene er stengt fra kl. 08.00 til kl. 14.00:", "Disse veiene får ekstra brøyting fra kl. 08.00 til kl. 14.00:");
    expect(variants(other, { language: "nb" }).variants.sms.text).not.toMatch(/ekstra brøyting/);
  });
});
