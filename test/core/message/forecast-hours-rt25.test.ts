// Red-team round 25. "We expect poor air quality from Monday 10 March until at least Thursday 13 March, especially
// between 7 am and 10 am and between 3 pm and 6 pm": the period is the warning's time, read whole ("until at least"), and
// the hours are within it — neither is a time of its own, nor is one of the two spans of hours the day's one time. And
// bullets under "Our advice:" are the reader's steps. Own drafts.
import { variants } from "../../../src/core/channels";

const d = [
  "Air quality warning: road dust in the city centre",
  "",
  "We expect poor air quality from Monday 10 March until at least Thursday 13 March, especially between 7 am and 10 am and between 3 pm and 6 pm.",
  "",
  "Our advice:",
  "- Avoid hard exercise near busy roads during rush hours.",
  "- Keep windows facing the street closed in the morning and afternoon.",
  "",
  "Tromsø Municipality",
].join("\n");

describe("hours within a forecast period", () => {
  const r = variants(d, { language: "en" });
  it("the period is the event's time, whole", () => {
    expect(r.message.events[0].when?.text).toBe("Monday 10 March until at least Thursday 13 March");
  });
  it("no span of hours is the time of its own, nor the period's one clock", () => {
    expect(r.message.times.some((t) => t.role === "new" && t.form === "clock")).toBe(false);
    expect(r.message.events[0].when?.clock).toBeUndefined();
    expect(r.variants.post.text).not.toMatch(/When: [^\n]*(?:3 pm and 6 pm|7 am and 10 am)/);
  });
  it("a date with its own clock right after keeps it", () => {
    const one = variants("Water shut-off\n\nThe water will be shut off on Monday 10 March at 09:00.\n\nNordby Municipality", { language: "en" });
    expect(one.message.events[0].when?.clock?.text).toMatch(/09:00/);
  });
});

describe("«Our advice:»", () => {
  it("its bullets are steps", () => {
    const acts = variants(d, { language: "en" }).message.actions.map((a) => a.text);
    expect(acts.some((a) => a.includes("Avoid hard exercise"))).toBe(true);
    expect(acts.some((a) => a.includes("Keep windows"))).toBe(true);
  });
  it("and «Våre råd:» in Norwegian", () => {
    const nb = "Dårlig luft i sentrum\n\nVi venter dårlig luft fra mandag 10. mars.\n\nVåre råd:\n- Unngå hard trening langs store veier.\n- Hold vinduer mot gata lukket.\n\nTromsø kommune";
    expect(variants(nb, { language: "nb" }).message.actions.some((a) => a.text.includes("Unngå hard trening"))).toBe(true);
  });
});
