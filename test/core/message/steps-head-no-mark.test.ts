// A heading on a line of its own that says what to do may end without a mark ("What you can do", "Dette kan du
// gjere"): the list under it holds the reader's steps, which the SMS of a warning then says. Own drafts.
import { variants } from "../../../src/core/channels";

const en = [
  "Heat warning for Fjordby",
  "The Meteorological Institute expects temperatures above 30 °C in Fjordby from Monday 14 July to Thursday 17 July.",
  "",
  "What you can do",
  "- Drink plenty of water",
  "- Stay in the shade in the middle of the day",
  "",
  "Fjordby municipality",
].join("\n");

describe("steps under a heading without a mark", () => {
  it.each([
    ["en", en, /Drink plenty of water/],
    ["nn", "Hetevarsel for Fjordby\nMeteorologisk institutt ventar over 30 grader i Fjordby frå måndag 14. juli til torsdag 17. juli.\n\nDette kan du gjere\n- Drikk mykje vatn\n- Hald deg i skuggen midt på dagen\n\nFjordby kommune", /Drikk mykje vatn|Hald deg i skuggen/],
  ])("are read as the reader's steps (%s)", (_l, draft, step) => {
    const r = variants(draft);
    expect(r.message.actions.some((a) => step.test(a.text))).toBe(true);
    expect(r.variants.sms.text).toMatch(step);
  });
});
