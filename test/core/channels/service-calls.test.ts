// A call to the police, the out-of-hours doctor or the fire service is a safety step or a tip: the letter never
// moves it under "Har du spørsmål?", and a short number after the service's name ("ring legevakten på 116 117") is
// a phone number. Own drafts (red team round 22).
import { variants } from "../../../src/core/channels";
import { detectPhones } from "../../../src/core/detect/phones";

describe("short numbers after a named service", () => {
  it("are phone numbers", () => {
    expect(detectPhones("Ved akutt sykdom, ring legevakten på 116 117.").map((p) => p.value)).toEqual(["116117"]);
    expect(detectPhones("Har du sett noe, ring politiet på 02800.").map((p) => p.value)).toEqual(["02800"]);
  });
  it("are not numbers when no call introduces them", () => {
    expect(detectPhones("Vi har 116 117 abonnenter og 02800 tonn avfall.")).toEqual([]);
    expect(detectPhones("Ring i bjella på 113 Storgata.").map((p) => p.value)).toEqual([]);
  });
});

describe("a tip to the police in a public notice", () => {
  const d = [
    "Savnet mann i Bakkeby",
    "",
    "Politiet og frivillige leter etter en mann i 80-årene.",
    "",
    "Mannen har vært savnet fra hjemmet sitt i Bakkeby siden i formiddag. Har du sett en eldre mann i grønn jakke, ring politiet på 02800. Alle tips er velkomne.",
    "",
    "Har du spørsmål om saken, ring Bakkeby kommune på 22 33 44 55.",
    "",
    "Bakkeby kommune",
  ].join("\n");
  const r = variants(d, { language: "nb" });
  it("stays where the draft puts it in the letter", () => {
    const letter = r.variants.letter.text;
    const questions = letter.indexOf("Har du spørsmål?");
    expect(letter).toMatch(/i formiddag\.\s+Har du sett en eldre mann i grønn jakke, ring politiet på 02800\./);
    if (questions >= 0) expect(letter.slice(questions)).not.toMatch(/02800/);
  });
});
