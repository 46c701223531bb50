// Round 22 of the red team, word order: a past date cut from the front of a sentence leaves the subject before its
// verb ("Det ble forbudt …", not "Ble det forbudt …"); adverbs between the subject and an s-passive go after the new
// subject in the active ("kan du ikke lenger bruke kortet"). Own sentences.
import { activeVoice } from "../../../src/core/channels/active";
import { pruneTimes } from "../../../src/core/channels/render";

describe("a fronted time cut out", () => {
  it("puts the subject back before its verb", () => {
    const text = "Fra 1. januar 2025 ble det forbudt å brenne hageavfall.";
    const at = text.indexOf("Fra 1. januar 2025");
    const out = pruneTimes({ start: 0, end: text.length, text }, [{ start: at + 4, end: at + 18, role: "past" }]);
    expect(out).toBe("Det ble forbudt å brenne hageavfall.");
  });
});

describe("adverbs after the subject of an s-passive", () => {
  it.each([
    ["Etter denne datoen kan kortet ikke lenger brukes.", "Etter denne datoen kan du ikke lenger bruke kortet."],
    ["Etter denne datoen kan kortet ikke brukes.", "Etter denne datoen kan du ikke bruke kortet."],
  ])("%s", (s, want) => {
    expect(activeVoice(s, "nb", "brukes")).toBe(want);
  });
});
