// "… your bin will not be emptied on Friday 25 December. Instead, we will collect on Monday 28 December …": the
// sentence that opens with "instead" right after one that says what will not happen gives the new day; the SMS and
// the post say both together, never the "not" without the new day.
import { variants } from "../../../src/core/channels";

const en = `Bin collection over Easter

Collection days change over Easter for some streets.

If you live in Hill Road or Park Lane, your bin will not be emptied on Friday 18 April. Instead, we will collect on Tuesday 22 April. Please put your bin out by 7 am on the new day.

Residents of other streets do not need to do anything. Garden waste collection stops for the winter on 30 November, and the recycling centre at Moor Lane keeps its usual opening hours through the whole Easter week.

Northvale Waste Services
`;

describe("a new day said with «instead» after what will not happen", () => {
  const r = variants(en);
  it("is an event the SMS gives", () => {
    expect(r.message.events.some((e) => e.when?.text.includes("22 April"))).toBe(true);
    expect(r.variants.sms.text).toContain("22 April");
  });
  it("the post never says the «not» without the new day", () => {
    const post = r.variants.post.text;
    if (post.includes("18 April")) expect(post).toContain("22 April");
  });
});
