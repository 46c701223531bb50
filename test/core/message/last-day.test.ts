// "The last day you can … is 21 January" names a deadline; "last" is past only as in "last week", "last Monday".
import { variants } from "../../../src/core/channels";

const en = `Free eye tests for pensioners

The council offers free eye tests at the health centre on Monday 11 January and Wednesday 13 January, 10:00–15:00.

The last day you can book a free test is 8 January.

We tested 300 people last week.

Eastfield Council
`;

describe("«the last day … is <date>»", () => {
  const r = variants(en);
  it("is a deadline, not a past date", () => {
    expect(r.message.times.find((t) => t.text.startsWith("8 January"))?.role).toBe("deadline");
  });
  it("«last week» is still in the past", () => {
    const t = r.message.times.find((x) => /week/.test(x.text));
    if (t) expect(t.role).not.toBe("new");
    expect(r.message.events[0]?.when?.text).toContain("11 January");
  });
});
