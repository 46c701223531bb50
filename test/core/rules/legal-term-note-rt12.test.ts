// A plain word the lists offer for a legal term comes with the entry's own advice to keep the term where the law uses it.
import { analyze } from "../../../src/core/index";

describe("a legal term in the kanselli list", () => {
  it("«tilrettelegging» is flagged with the advice to keep it where it is the law's term", () => {
    const f = analyze("Eleven har rett til tilrettelegging av eksamen.", { language: "nb" }).findings.find((x) => x.text === "tilrettelegging");
    expect(f?.message).toMatch(/behold det/);
    expect(f?.message).toMatch(/opplæringsloven|arbeidsmiljøloven/);
  });
});
