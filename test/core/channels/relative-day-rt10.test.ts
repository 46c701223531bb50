// A day counted from the sending day ("i morgen", "natt til tirsdag", "tonight") in an SMS or post, with no date in its
// sentence, gets a warning: read a day late, it names the wrong day.
import { checkVariant } from "../../../src/core/channels/checks";

const rel = (text: string, language: "nb" | "nn" | "en", channel: "sms" | "post" = "sms") => checkVariant(channel, text, [], { language, coreRules: false }).filter((f) => f.rule === "relative-day").map((f) => f.text);

describe("relative days in short channels", () => {
  it("are flagged without a date", () => {
    expect(rel("Parkering forbudt natt til tirsdag. Første natt er i morgen.", "nb")).toEqual(["natt til tirsdag", "i morgen"]);
    expect(rel("Vegen er stengd i kveld.", "nn", "post")).toEqual(["i kveld"]);
    expect(rel("The road is closed tonight.", "en")).toEqual(["tonight"]);
  });
  it("are not flagged with the date in the sentence", () => {
    expect(rel("Stengt i morgen, tirsdag 9. desember.", "nb")).toEqual([]);
    expect(rel("Closed tomorrow, 9 December.", "en")).toEqual([]);
  });
});
