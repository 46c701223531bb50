// "Passer ikke datoen? Ring oss innen …": a yes-no question says which readers the step after it is for. The step is
// theirs only: no SMS orders everyone to do it, and the letter keeps it under its question.
import { variants } from "../../../src/core/channels";
import { readerCondition } from "../../../src/core/message/actions";

const DRAFT = [
  "Kontroll av vannmåler",
  "",
  "Vi kontrollerer vannmåleren din i uke 16 (14.–18. april). Kontrollen tar omtrent ti minutter.",
  "",
  "Passer ikke tidspunktet? Ring 33 44 55 66 innen fredag 11. april, så finner vi en ny dag.",
  "",
  "Hilsen Lundby kommune",
  "",
].join("\n");

describe("a yes-no question sets the condition of the step after it", () => {
  it("reads the question as the condition (nb, nn, en)", () => {
    expect(readerCondition("Passer ikke tidspunktet?", "nb")).toBe("Passer ikke tidspunktet");
    expect(readerCondition("Passar ikkje datoen?", "nn")).toBe("Passar ikkje datoen");
    expect(readerCondition("Is the date wrong?", "en")).toBe("Is the date wrong");
    // Asking where or when is no condition.
    expect(readerCondition("Hvor skal du stemme?", "nb")).toBeUndefined();
    expect(readerCondition("Når kommer feieren?", "nb")).toBeUndefined();
  });

  it("the step carries its condition, and the SMS does not order everyone to do it", () => {
    const r = variants(DRAFT);
    const step = r.message.actions.find((a) => a.text.startsWith("Ring 33 44 55 66"));
    expect(step?.condition).toBe("Passer ikke tidspunktet");
    expect(r.variants.sms.text).not.toMatch(/(?<!\? )Ring 33 44 55 66/);
  });

  it("the letter keeps the step under its question, not in «Dette må du gjøre»", () => {
    const letter = variants(DRAFT).variants.letter.text;
    expect(letter).toContain("Passer ikke tidspunktet? Ring 33 44 55 66 innen fredag 11. april");
    expect(letter).not.toMatch(/Dette må du gjøre\n(?:[^\n]*\n)?Ring 33 44 55 66/);
  });
});
