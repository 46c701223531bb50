// "from 10:00 to 14:00" is one time range, and a post whose title gives the day but whose event sentence was dropped
// for room says the hours on its "When:" line (own draft after red-team round 18).
import { variants } from "../../../src/core/channels";
import { extractFacts } from "../../../src/core/facts/extract";

describe("colon time ranges", () => {
  it.each([
    ["from 10:00 to 14:00", "10:00-14:00"],
    ["kl 08:00–16:00", "08:00-16:00"],
    ["from 9:30 until 11:00", "09:30-11:00"],
  ])("%s", (s, value) => {
    expect(extractFacts(s).filter((f) => f.kind === "time").map((f) => f.value)).toEqual([value]);
  });
  it("two ranges stay two", () => {
    expect(extractFacts("Open 10:00 to 12:00 and 13:00 to 15:00.").filter((f) => f.kind === "time").map((f) => f.value)).toEqual(["10:00-12:00", "13:00-15:00"]);
  });
});

describe("a post that drops its event sentence", () => {
  const draft = [
    "Tree planting day – Sunday 4 May",
    "",
    "Nordby Municipality invites all residents to join our tree planting day in Nordby Park on Sunday 4 May from 11:00 to 15:00. Meet at the park entrance, where spades, gloves and young trees will be handed out to every group.",
    "",
    "Registration is not required, but school classes and clubs are asked to register by Wednesday 30 April at www.nordby.kommune.no/trees.",
    "",
    "Coffee and buns will be served at the entrance at 15:00. Full sacks of weeds will be collected by the municipality on Monday.",
    "",
    "Nordby Municipality, Parks Department",
  ].join("\n");
  it("still says the hours", () => {
    const r = variants(draft, { locale: "en" });
    expect(r.variants.post.text).toMatch(/11:00 to 15:00/);
  });
});
