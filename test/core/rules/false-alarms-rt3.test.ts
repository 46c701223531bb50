// Checker false alarms from red team round 3 (§18): a pronoun, a place name and a service's written-out name are
// not what the rules say they are.
import { passiveRule } from "../../../src/core/rules/passive";
import { kanselliRule } from "../../../src/core/rules/kanselli";
import { run, texts } from "./helpers";

describe("passive: pronouns and names in -es", () => {
  it("«Deres» (a possessive) is never an s-passive", () => {
    expect(texts(run(passiveRule, "Deres ref.:       Vår ref.: 2025/3312-4\n\nVi viser til søknaden.", "nb"))).not.toContain("Deres");
    expect(texts(run(passiveRule, "Hennes søknad er mottatt. Deres søknad også.", "nb"))).toEqual(expect.not.arrayContaining(["Hennes", "Deres"]));
  });
  it("a place name opening a name line in a nynorsk text is no bokmål s-passive («Bremnes kommune»)", () => {
    const f = run(passiveRule, "Opninga er tysdag 9. juni.\n\nHelsing\nBremnes kommune", "nn");
    expect(texts(f)).not.toContain("Bremnes");
  });
  it("a name of two capitalised words is no s-passive either («Bremnes Fjordhotell har …»)", () => {
    expect(texts(run(passiveRule, "Bremnes Fjordhotell har opna att etter brannen.", "nn"))).not.toContain("Bremnes");
  });
  it("a real bokmål s-passive in a nynorsk text is still an error", () => {
    expect(run(passiveRule, "Søknaden behandles av kommunen.", "nn").map((f) => f.severity)).toContain("error");
  });
});

describe("kanselli: the written-out name of an acronym is a name", () => {
  it("«TT-KORT (TILRETTELAGT TRANSPORT)» and «tilrettelagt transport» elsewhere are not flagged", () => {
    const t = "VEDTAK – SØKNAD OM TT-KORT (TILRETTELAGT TRANSPORT)\n\nVedtaket følger retningslinjene for tilrettelagt transport.";
    expect(texts(run(kanselliRule, t, "nb")).map((x) => x.toLowerCase())).not.toContain("tilrettelagt");
  });
  it("the same word is still flagged where no acronym names it", () => {
    expect(texts(run(kanselliRule, "Undervisningen er tilrettelagt for elever med behov.", "nb")).map((x) => x.toLowerCase())).toContain("tilrettelagt");
  });
});
