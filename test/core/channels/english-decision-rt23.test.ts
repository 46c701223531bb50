// Round 23 of the red team, an English decision: "within 15 April" is a deadline (the SMS left the payment deadline
// out), and a title "Decision: trade permit …" gives "a decision on trade permit", not "a decision …: Decision: …".
// Own draft.
import { variants } from "../../../src/core/channels";

const d = [
  "Decision: trade permit for food truck",
  "",
  "Taco Fjord AS",
  "Strandkaien 9",
  "5013 Bergen",
  "",
  "We refer to your application of 3 February for a permit to sell food from a food truck on municipal land.",
  "",
  "Decision: The permit is granted for the period 1 May to 30 September. The fee of NOK 6 500 must be paid within 15 April. The permit is not valid until the fee has been paid.",
  "",
  "You may appeal this decision within three weeks of receiving this letter.",
  "",
  "Kind regards",
  "City of Bergen",
].join("\n");

describe("an English decision", () => {
  const r = variants(d, { language: "en" });
  it("reads «within 15 April» as a deadline", () => {
    expect(r.message.times.find((t) => t.text === "15 April")?.role).toBe("deadline");
    expect(r.variants.sms.text).toMatch(/15 April/);
  });
  it("names the letter once in the SMS", () => {
    expect(r.variants.sms.text).not.toMatch(/[Dd]ecision[^.]*Decision:/);
    expect(r.variants.sms.text).toMatch(/decision on trade permit/);
  });
  it("keeps the amount out of the SMS", () => {
    expect(r.variants.sms.text).not.toMatch(/6 500/);
  });
});
