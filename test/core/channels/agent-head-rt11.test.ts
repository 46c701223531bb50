// A passive turned active names its agent whole ("av Troms politidistrikt" → "Troms politidistrikt …"), and never
// makes the writer the one who did what the draft only says happened.
import { polishSentence } from "../../../src/core/channels/letter-polish";

const turn = (s: string, language: "nb" | "nn" = "nb") => polishSentence(s, language);

describe("the agent of a turned passive", () => {
  it("a name with a common-noun head moves whole", () => {
    expect(turn("Kontoret drives av Nordland politidistrikt.")).toBe("Nordland politidistrikt driver kontoret.");
    expect(turn("Brua blir kontrollert av Statens vegvesen.")).toBe("Statens vegvesen kontrollerer brua.");
  });

  it("a word after the name that may belong to it keeps the passive", () => {
    expect(turn("Tilbudet drives av Moss bygdekvinnelag.")).toBe("Tilbudet drives av Moss bygdekvinnelag.");
    // (A head the cue list knows for a body's name moves whole: "frivilligsentral".)
    expect(turn("Tilbudet drives av Moss frivilligsentral.")).toBe("Moss frivilligsentral driver tilbudet.");
  });

  it("an adverb after the name is no part of it", () => {
    expect(turn("Søknadene behandles av Nav fortløpende.")).toBe("Nav behandler søknadene fortløpende.");
  });

  it("what happened, with no one named, is not said to be the writer's doing", () => {
    expect(turn("Skaden vart oppdaga tysdag morgon.", "nn")).toBe("Skaden vart oppdaga tysdag morgon.");
    expect(turn("Vinduet ble knust i natt.")).toBe("Vinduet ble knust i natt.");
  });

  it("the writer's own case work in the past still may be said with «vi»", () => {
    expect(turn("Klagen din ble behandlet 4. mars.")).toMatch(/^Vi behandlet klagen din/);
    expect(turn("Saka har blitt automatisk sakshandsama.", "nn")).toMatch(/^Vi har/);
  });
});

describe("what is sent to the reader", () => {
  it("is never turned into the reader's task", () => {
    expect(turn("Kortet blir sendt til deg i posten innen 25. mars.")).toBe("Vi sender kortet til deg i posten innen 25. mars.");
    expect(turn("Vedtaket vert sendt til deg innan 1. mai.", "nn")).not.toMatch(/^Send/);
    expect(turn("The card will be sent to you by 25 March.", "en" as "nb")).not.toMatch(/^Send/);
  });
});

describe("a question that opens on its question word", () => {
  it("is never turned into a statement", () => {
    expect(turn("Hva endres?")).toBe("Hva endres?");
    expect(turn("Hvordan søkes det?")).toBe("Hvordan søkes det?");
    expect(polishSentence("Hva endres?", "nb", { heading: true })).toBe("Hva endres?");
  });
});
