import { smsInfo, gsmSafe, nonGsmChars } from "../../../src/core/channels/sms";
import { readShared } from "./shared";

interface Vector { id: string; text: string; encoding: "GSM-7" | "UCS-2"; segments: number; source: string }
const vectors = (JSON.parse(readShared("reference/sms-vectors.json")) as { vectors: Vector[] }).vectors;

describe("SMS counting passes every reference vector", () => {
  it("has vectors to run", () => expect(vectors.length).toBeGreaterThan(40));
  for (const v of vectors) {
    it(`${v.id}: ${v.encoding}, ${v.segments} part(s)`, () => {
      const info = smsInfo(v.text);
      expect(info.encoding).toBe(v.encoding);
      expect(info.segments).toBe(v.segments);
    });
  }
});

describe("smsInfo", () => {
  it("counts extension characters as two septets", () => {
    expect(smsInfo("€").length).toBe(2);
    expect(smsInfo("Hei æøå").length).toBe(7);
  });
  it("gives 0 parts for an empty message", () => {
    expect(smsInfo("").segments).toBe(0);
  });
  it("treats CRLF as one line break", () => {
    expect(smsInfo("a\r\nb").length).toBe(smsInfo("a\nb").length);
  });
  it("pinpoints every character that forces UCS-2", () => {
    const t = "Frist 1.–3. mai «nå» 👍";
    const bad = smsInfo(t).nonGsm;
    expect(bad.map((b) => b.char)).toEqual(["–", "«", "»", "👍"]);
    for (const b of bad) expect(t.slice(b.start, b.end)).toBe(b.char);
    expect(bad[0].replacement).toBe("-");
    expect(bad[3].replacement).toBeUndefined();
  });
});

describe("gsmSafe", () => {
  it("says a temperature's degree sign and unit as one word in the text's language", () => {
    expect(gsmSafe("over 30 °C i dag")).toBe("over 30 grader i dag");
    expect(gsmSafe("above 30°C today", "en")).toBe("above 30 degrees today");
    expect(gsmSafe("minus 5° om natta", "nn")).toBe("minus 5 grader om natta");
  });
  it("replaces Norwegian typography with GSM characters and keeps æøå", () => {
    const t = "Les «vedtaket» og “svaret” – NAV’s svar… kr\u00A0500 • Ærø";
    const s = gsmSafe(t);
    expect(s).toBe("Les \"vedtaket\" og \"svaret\" - NAV's svar... kr 500 - Ærø");
    expect(smsInfo(s).encoding).toBe("GSM-7");
  });
  it("never writes '?' for characters it cannot map", () => {
    const s = gsmSafe("Kárášjohka 👍");
    expect(s).not.toContain("?");
    expect(s).toContain("š");
    expect(nonGsmChars(s).map((c) => c.char)).toEqual(["š", "👍"]);
  });
});

import fc from "fast-check";
import { SegmentedMessage } from "sms-segments-calculator";
import { gsmCount } from "../../../src/core/channels/sms";

describe("fast GSM-7 counter agrees with sms-segments-calculator", () => {
  const gsmChars = Array.from("@£$¥èéùìòÇ\nØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCXYZÄÖÑÜ§¿abcxyzäöñüà^{}\\[~]|€");
  it("for random GSM-7 texts up to 700 characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...gsmChars), { minLength: 1, maxLength: 700 }), (chars) => {
        const t = chars.join("");
        const lib = new SegmentedMessage(t);
        const mine = gsmCount(t)!;
        expect(lib.encodingName).toBe("GSM-7");
        expect(mine.segments).toBe(lib.segmentsCount);
      }),
      { numRuns: 300 },
    );
  });
  it("returns null for text that is not GSM-7", () => expect(gsmCount("a–b")).toBeNull());
});
