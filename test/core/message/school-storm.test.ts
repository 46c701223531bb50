// A school's storm notice signed by a person (own draft after a red-team draft, not in the development set): the
// title is never the sender, a weekday wrapped away from its date is one time, "a warning for Friday" is what
// the warning is for (not a past time), and the SMS says the school is closed.
import { variants } from "../../../src/core/channels";

const draft = [
  "School closed on Friday due to storm warning",
  "",
  "Dear parents and guardians,",
  "",
  "The Meteorological Institute has issued a red warning for storm for Friday",
  "8 January 2027. For safety reasons, Solvik International School will be closed on that day.",
  "",
  "Pupils should stay at home.",
  "",
  "Best wishes",
  "Anne Larsen",
  "Principal",
].join("\n");

describe("a storm notice signed by a person", () => {
  const r = variants(draft);
  it("the title is no sender, and no sign-off is made up", () => {
    expect(r.message.sender).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/School closed on Friday due to storm warning$/);
  });
  it("«for Friday» + «8 January 2027» on the next line is one new time", () => {
    const t = r.message.events[0].when;
    expect(t?.text.replace(/\s+/g, " ")).toBe("Friday 8 January 2027");
    expect(t?.role).toBe("new");
  });
  it("the SMS says the school is closed and when, with no «; » from the wrapped line", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/closed/);
    expect(sms).toMatch(/Friday 8 January 2027/);
    expect(sms).not.toMatch(/;/);
  });
});
