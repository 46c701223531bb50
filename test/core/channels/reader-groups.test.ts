// Instructions to a group of readers named by a relative clause ("Reisende som har vært i utlandet, må …"), rules
// reported after "at" ("Regjeringen har bestemt at alle som kommer til Norge, må …"), and an SMS that does not
// say the title's news twice.
import { variants } from "../../../src/core/channels";

const draft = [
  "Nye innreiseregler fra 28. februar",
  "",
  "Regjeringen har bestemt at alle som kommer til Norge, må teste seg innen 24 timer etter ankomst. Reglene gjelder fra 28. februar.",
  "",
  "Reisende som har vært i utlandet de siste 10 dagene, må registrere seg før ankomst på https://www.regjeringen.no/innreise.",
  "",
  "Les mer på regjeringen.no.",
].join("\n");

describe("instructions to a named group of readers", () => {
  const v = variants(draft);
  it("a rule reported after «at» is the reader's action, with its own deadline", () => {
    const test = v.message.actions.find((a) => a.text.includes("teste seg"));
    expect(test?.deadline?.text).toBe("innen 24 timer");
  });
  it("«Reisende som …, må registrere seg» is an action for the group the relative clause names", () => {
    const reg = v.message.actions.find((a) => a.text.includes("registrere seg"));
    expect(reg?.condition).toBe("Reisende som har vært i utlandet de siste 10 dagene");
    // The other instruction's deadline is not borrowed.
    expect(reg?.deadline).toBeUndefined();
  });
  it("the SMS says the news once and says what to do", () => {
    const sms = v.variants.sms.text;
    expect(sms.split("28. februar").length).toBe(2);
    expect(sms).toContain("må teste seg innen 24 timer etter ankomst");
    // The group's instruction is not turned into one for everyone ("Du må registrere deg").
    expect(sms).not.toMatch(/Du må registrere/);
  });
  it("an SMS sentence that repeats the title with a new subject is still said when it adds something", () => {
    const other = draft.replace("Reglene gjelder fra 28. februar.", "Reglene skjerpes for barn fra 28. februar.");
    const sms = variants(other).variants.sms.text;
    expect(sms).toMatch(/skjerpes|barn/);
  });
});

describe("an instruction to «reisende» said to «du»", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["nb", "Reisende må registrere seg før ankomst fra 1. mars.", /Du må registrere deg før ankomst/],
    ["nb", "Alle må ha med passet sitt fra 1. mars.", /Du må ha med passet ditt/],
    ["nn", "Alle må ta med passet sitt frå 1. mars.", /Du må ta med passet ditt/],
  ];
  for (const [lang, sentence, want] of cases)
    it(`${lang}: «${sentence}»`, () => {
      const title = lang === "nn" ? "Nye reglar for reisande" : "Nye regler for reisende";
      const sms = variants(`${title}\n\n${sentence}\n`).variants.sms.text;
      expect(sms).toMatch(want);
      expect(sms).not.toMatch(/\b(?:seg|sitt)\b/);
    });
});

describe("readers told through others keep their name", () => {
  const cases: Array<[string, string]> = [
    ["Skulen er stengd i morgon\n\nNordbygd skule er stengd i morgon, torsdag 5. desember. Elevane skal ikkje møte på skulen.\n\nNordbygd skule", "Elevane skal ikkje møte"],
    ["Skolen er stengt i morgen\n\nNordbygd skole er stengt i morgen, torsdag 5. desember. Elevene skal ikke møte på skolen.\n\nNordbygd skole", "Elevene skal ikke møte"],
    ["School closed tomorrow\n\nNorthbay School is closed tomorrow, Thursday 5 December. Pupils must not come to school.\n\nNorthbay School", "Pupils must not come"],
  ];
  for (const [draft, kept] of cases)
    it(`«${kept}» is not said to «du» (the SMS goes to the parents)`, () => {
      const sms = variants(draft).variants.sms.text;
      expect(sms).toContain(kept);
      expect(sms).not.toMatch(/\b(?:Du skal|You must)\b/);
    });
});

describe("«Du kan … ved å …» says how the reader does something: it is the reader's action", () => {
  const cases: Array<[string, string]> = [
    ["Du kan lese og svare på møteinnkallingen ved å logge inn på Min side.", "nb"],
    ["Du kan svare på innkallinga ved å logge inn på Mi side.", "nn"],
    ["You can read the letter by logging in to My page.", "en"],
  ];
  for (const [sentence, lang] of cases)
    it(`${lang}: «${sentence}»`, () => {
      const title = lang === "en" ? "Invitation to a meeting" : lang === "nn" ? "Innkalling til møte" : "Innkalling til dialogmøte";
      const v = variants(`${title}\n\nVi kaller deg inn til et møte.\n\n${sentence}\n\nNav`);
      expect(v.message.actions.map((a) => a.text)).toContain(sentence);
    });
  it("«Du kan lese mer om ordningen på nav.no» is no such step", () => {
    const v = variants("Om ordningen\n\nOrdningen gjelder alle.\n\nDu kan lese mer om ordningen på nav.no.\n\nNav");
    expect(v.message.actions).toHaveLength(0);
  });
});
