// The sender under an English closing or on the last line: "Kind regards / Statistics Norway", "Helse Bergen".
import { variants } from "../../../src/core/channels";

describe("the sender the draft signs with", () => {
  it("an English body name under «Kind regards»", () => {
    const draft = "Survey on living conditions\n\nYou have been selected to take part in a survey. Please answer by 1 June at ssb.no/survey.\n\nKind regards\nStatistics Norway\n";
    expect(variants(draft).message.sender?.name).toBe("Statistics Norway");
  });

  it("a health trust on the last line", () => {
    const draft = "Nye besøkstider\n\nFra mandag 3. mars er besøkstiden kl. 15–19 på alle sengeposter.\n\nHar du spørsmål, ring sentralbordet på 55 97 50 00.\n\nHelse Fonna\n";
    expect(variants(draft).message.sender?.name).toBe("Helse Fonna");
  });
});
