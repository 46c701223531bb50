// Round 9: a number the draft labels as a fødselsnummer or an account number is flagged even when its check digits
// fail (a typo is still personal data), but the finding never claims that they match.
import { analyze } from "../../../src/core";

describe("honest personal-data findings", () => {
  it("a labelled fødselsnummer with wrong check digits is flagged without «kontrollsifrene stemmer»", () => {
    const f = analyze("Fødselsnummer: 12048533917\n", { language: "nb" }).findings.filter((x) => x.rule === "personal-data");
    expect(f.length).toBe(1);
    expect(f[0].message).not.toContain("kontrollsifrene stemmer)");
    expect(f[0].message).toContain("stemmer ikke");
  });
  it("a valid one still says so", () => {
    const f = analyze("Fødselsnummer: 01010012356\n", { language: "nb" }).findings.filter((x) => x.rule === "personal-data");
    expect(f[0]?.message ?? "").toContain("gyldig fødselsnummer");
    expect(f[0]?.message ?? "").not.toContain("stemmer ikke");
  });
  it("a labelled account number with a wrong check digit says it does not match", () => {
    const f = analyze("Pengene betales til kontonummer 1234 56 78901.\n", { language: "nb" }).findings.filter((x) => x.rule === "personal-data");
    expect(f.length).toBe(1);
    expect(f[0].message).toContain("stemmer ikke");
  });
});
