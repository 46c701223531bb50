// The letter's active voice keeps who acts and the grammar: a common noun the draft also writes in lower case
// loses the sentence's capital, a sender named after "fra" stays the sender, and an English fronted adverb stays
// in front.
import { variants } from "../../../src/core/channels";
import { activeVoice } from "../../../src/core/channels/active";

describe("a noun written with a capital only after a label", () => {
  it("«Pris: Vaksinen er gratis» does not make «Vaksinen» a name", () => {
    const draft = "Influensavaksine\n\nHvem bør ta vaksinen? Alle over 65 år.\n\nDu trenger ikke bestille time. Vaksinen gis på Vaksinasjonssenteret i Kaigaten 4.\n\nPris: Vaksinen er gratis.\n\nBergen kommune\n";
    const letter = variants(draft).variants.letter.text;
    expect(letter).toContain("Vi gir vaksinen på Vaksinasjonssenteret");
  });
});

describe("a sender named after «fra»", () => {
  it("stays the sender: no «Vi sender invitasjon fra skolen»", () => {
    expect(activeVoice("Invitasjon sendes fra skolen i mai.", "nb", "sendes")).toBeNull();
    const draft = "Skolestart 2026\n\nAlle barn født i 2020 skal begynne på skolen. Invitasjon sendes fra skolen i mai.\n\nRingsaker kommune\n";
    expect(variants(draft).variants.letter.text).not.toMatch(/Vi sender invitasjon/);
  });
});

describe("an English fronted adverb", () => {
  it("stays in front, with a comma", () => {
    expect(activeVoice("Otherwise the refund will be sent as a payment order by post.", "en", "sent")).toBe("Otherwise, we will send the refund as a payment order by post.");
    expect(activeVoice("In May the letter will be sent by post.", "en", "sent")).toBe("In May, we will send the letter by post.");
  });
});

describe("who acts after the active rewrite", () => {
  it("a noun agent never follows a fronted subject with a relative clause («…, kontakter biblioteket»)", () => {
    const out = activeVoice("Skoler som har bestilt klassebesøk, blir kontaktet av biblioteket for å avtale nytt tidspunkt.", "nb", "kontaktet");
    expect(out ?? "").not.toMatch(/bestilt klassebesøk, kontakter biblioteket/);
    // (A pronoun subject keeps the order plain.)
    expect(activeVoice("Tømming som skulle vært fredag 1. mai, flyttes til lørdag 2. mai.", "nb", "flyttes")).toBe("Tømming som skulle vært fredag 1. mai, flytter vi til lørdag 2. mai.");
  });
  it("a refund through another party is not the reader's or the writer's", () => {
    expect(activeVoice("Billettar kjøpte gjennom Ticketmaster må refunderast gjennom Ticketmaster.", "nn", "refunderast")).toBeNull();
    expect(activeVoice("Billettene må refunderes.", "nb", "refunderes") ?? "").not.toMatch(/^Du må refundere/);
  });
});
