// "Changes during X": the event X frames the news; its dates are not when the changes apply. And a step that says
// "instead" is said only with what it replaces.
import { variants } from "../../../src/core/channels";

const DRAFT = [
  "Parking changes during the Elvefest",
  "",
  "The Elvefest takes place in the town park from Friday 20 June to Sunday 22 June.",
  "",
  "The following changes apply:",
  "",
  "- Parkgata will be closed to cars from 18 June at 08:00 to 24 June at 16:00.",
  "- Bus 3 will not stop at the park. Use the stop at the station instead.",
  "",
  "Eastbay Municipality",
  "",
].join("\n");

describe("an event that frames the news", () => {
  it("the key time is the change's own, not the frame's", () => {
    const r = variants(DRAFT);
    expect(r.message.events[0]?.when?.text).toMatch(/^18 June/);
    expect(r.variants.sms.text).toContain("Parkgata will be closed");
    expect(r.variants.sms.text).toContain("18 June at 08:00");
  });

  it("a step with «instead» is not said without what it replaces", () => {
    const r = variants(DRAFT);
    for (const text of [r.variants.sms.text, r.variants.post.text]) {
      if (text.includes("Use the stop at the station instead")) expect(text).toContain("Bus 3 will not stop at the park");
    }
  });
});
