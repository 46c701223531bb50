// A month in the title and its days in the lead; a sentence that leans on "da" (then). Own draft (not in the
// development set).
import { variants } from "../../../src/core/channels";

const draft = [
  "Planleggingsdager i januar",
  "",
  "Skolen har planleggingsdag fredag 2. januar og mandag 5. januar. Elevene har fri begge dagene. Første skoledag etter juleferien er dermed tirsdag 6. januar. Skolen starter da som vanlig kl. 08.30.",
  "",
  "Nordbyen barneskole",
].join("\n");

describe("a month in the title", () => {
  it("the lead's days are when", () => {
    expect(variants(draft).message.events[0].when?.text).toBe("fredag 2. januar");
  });
  it("the SMS names the days", () => {
    const sms = variants(draft).variants.sms.text;
    expect(sms).toMatch(/2\. januar/);
    expect(sms).toMatch(/5\. januar/);
  });
  it("«Skolen starter da som vanlig» is never said without the day it leans on", () => {
    const sms = variants(draft).variants.sms.text;
    if (/starter da som vanlig/.test(sms)) expect(sms).toMatch(/tirsdag 6\. januar\. Skolen starter da/);
  });
});
