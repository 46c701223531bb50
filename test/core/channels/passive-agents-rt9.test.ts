// Round 9: a passive turned active must keep its sentence whole and its agent right. After a bare comma inside a list
// or a subject ("Vann som skal brukes til drikke, matlaging og tannpuss må kokes") no new subject starts; what is
// reported or directed to someone ("Strømbrudd meldes til Linja") is the reader's to report, never the writer's.
import { activeVoice } from "../../../src/core/channels/active";
import { variants } from "../../../src/core/channels";

describe("a list in the subject", () => {
  it("is never cut at its comma", () => {
    const out = activeVoice("Mat som skal serveres til barn, eldre og syke må varmes til minst 75 grader.", "nb", "varmes");
    expect(out ?? "").not.toMatch(/, (?:du|vi) må varme/);
  });
  it("a fronted condition before the comma still turns", () => {
    expect(activeVoice("Har du årskort, forlenges det med to uker.", "nb", "forlenges")).toBe("Har du årskort, forlenger vi det med to uker.");
  });
  it("the boil-water instruction reaches every channel whole", () => {
    const r = variants(`Kokevarsel for Sjøbyen

Vann som skal brukes til drikke, matlaging og tannpuss må kokes i minst ett minutt. Du kan dusje som vanlig.

Hilsen
Fjellby kommune
`);
    for (const t of [r.variants.letter.text, r.variants.sms.text, r.variants.post.text]) {
      expect(t).not.toMatch(/drikke, du må koke/);
      expect(t).toMatch(/drikke, matlaging og tannpuss/);
    }
  });
});

describe("reporting to someone", () => {
  it("«… meldes til …» is the reader's to report", () => {
    expect(activeVoice("Skader på veilys meldes til bydrift på 22 33 44 55.", "nb", "meldes")).toBe("Meld skader på veilys til bydrift på 22 33 44 55.");
  });
  it("never becomes the writer's («Vi melder …»)", () => {
    expect(activeVoice("Feil på strømnettet meldes til nettselskapet.", "nb", "meldes") ?? "").not.toMatch(/^Vi melder/);
  });
});
