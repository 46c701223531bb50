// The core rules read a long variant's first CORE_CHECK_MAX characters only (issue #13: variants() of a
// 100 kB draft within 100 ms); a variant of ordinary length is checked whole, and the facts of a long one
// are still checked in all of it.
import { analyze, variants } from "../../../src/core";
import { CORE_CHECK_MAX, coreCheckedPart, coreFindings } from "../../../src/core/channels/checks";

const PARA =
  "Vedrørende Deres søknad om barnehageplass: Søknaden blir behandlet av kommunen. Det vises til vedtak av 3. mars 2025. " +
  "Svar innen 14. april 2025 kl. 12.00 til post@fjordvik.kommune.no eller ring 55 55 33 33.";

describe("the bounded core check of a variant", () => {
  it("checks a variant of ordinary length whole, as analyze() does", () => {
    const text = Array.from({ length: 40 }, () => PARA).join("\n\n");
    expect(text.length).toBeLessThan(CORE_CHECK_MAX);
    expect(coreCheckedPart(text)).toBe(text);
    expect(coreFindings(text, "nb", "nb")).toEqual(analyze(text, { language: "nb", locale: "nb" }).findings);
  });

  it("checks a long variant up to a line break before the bound, with the findings analyze() gives for that part", () => {
    const text = Array.from({ length: 400 }, () => PARA).join("\n\n");
    const part = coreCheckedPart(text);
    expect(part.length).toBeLessThanOrEqual(CORE_CHECK_MAX);
    expect(part.length).toBeGreaterThan(CORE_CHECK_MAX / 2);
    expect(text.startsWith(part)).toBe(true);
    expect(text[part.length]).toBe("\n");
    const findings = coreFindings(text, "nb", "nb");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(analyze(part, { language: "nb", locale: "nb" }).findings);
  });

  it("cuts a long run without line breaks after a sentence", () => {
    const text = Array.from({ length: 400 }, () => PARA).join(" ");
    const part = coreCheckedPart(text);
    expect(part.length).toBeLessThanOrEqual(CORE_CHECK_MAX);
    expect(part.endsWith(".")).toBe(true);
  });

  it("still checks every fact of a long letter (no fact is reported missing past the bound)", () => {
    const draft = "Endringer i vannforsyningen\n\n" + Array.from({ length: 850 }, (_, i) => `Vannet blir stengt ${(i % 28) + 1}. mai 2025 kl. 08.00 i sone ${i + 1}.`).join("\n\n");
    const letter = variants(draft).variants.letter;
    expect(letter.text.length).toBeGreaterThan(CORE_CHECK_MAX);
    expect(letter.findings.filter((f) => f.rule === "facts-missing" || f.rule === "facts-invented")).toEqual([]);
  });
});
