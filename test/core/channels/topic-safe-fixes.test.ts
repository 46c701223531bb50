// The personal SMS names the letter's topic as the letter has it, with the draft's safe fixes applied: a bokmål form
// in a nynorsk title ("Vi trenger fleire opplysningar") is not carried into the SMS. Own draft.
import { variants } from "../../../src/core/channels";

describe("the topic of a personal SMS", () => {
  it("takes the title with its safe fixes", () => {
    const draft = [
      "Vi trenger fleire opplysningar",
      "",
      "Hei Kari,",
      "",
      "Vi fekk søknaden din om bustøtte 1. november 2026, men manglar opplysningar for å kunne behandle han. Du må sende oss lønnsslippane dine innan fredag 8. januar 2027.",
      "",
      "Helsing",
      "Lia kommune",
    ].join("\n");
    const r = variants(draft, { language: "nn" });
    expect(r.variants.letter.text).toMatch(/^Vi treng fleire opplysningar/);
    expect(r.variants.sms.text).not.toMatch(/trenger/);
    expect(r.variants.sms.findings.filter((f) => f.rule === "nynorsk-form")).toHaveLength(0);
  });
});
