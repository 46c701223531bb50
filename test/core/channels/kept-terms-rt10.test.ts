// A word the checker flags as stiff but that names a right in law ("spesiell tilrettelegging") is kept by the letter.
import { polishSentence } from "../../../src/core/channels/letter-polish";

describe("legal terms in the letter", () => {
  it("«tilrettelegging» is kept as written", () => {
    expect(polishSentence("Eleven har rett til tilrettelegging av eksamen.", "nb")).toContain("tilrettelegging");
    expect(polishSentence("Eleven har rett til tilrettelegging av eksamen.", "nn")).toContain("tilrettelegging");
  });
});
