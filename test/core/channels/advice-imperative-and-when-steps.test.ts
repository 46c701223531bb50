// The letter (own draft after red-team round 18):
// - "Det anbefales at det tappes opp vann …" is advice to the reader: "Tapp opp vann …", under "Dette må du gjøre";
// - a step right after a sentence that opens on when it applies ("Etter at vannet er satt på igjen, …") stays with it;
// - "Se også www…" is a pointer, not a step.
import { variants } from "../../../src/core/channels";

const draft = [
  "Vannet stenges i Bakkeveien",
  "",
  "På grunn av arbeid på ledningsnettet vil vannet bli stengt onsdag 14. mai mellom kl. 9 og 14 i Bakkeveien 1–30.",
  "",
  "Det anbefales at det tappes opp vann til drikke før stengingen. Etter at vannet er satt på igjen, kan det være luft i rørene. La kranen renne en stund.",
  "",
  "Se også www.nordby.kommune.no/vann.",
  "",
  "Nordby kommune",
].join("\n");

describe("advice and steps in the letter", () => {
  const r = variants(draft);
  const letter = r.variants.letter.text;
  it("says the advice to the reader, in the box", () => {
    expect(letter).toMatch(/Dette må du gjøre\nTapp opp vann til drikke før stengingen\./);
  });
  it("keeps the after-step with the sentence that says when", () => {
    expect(letter).toMatch(/kan det være luft i rørene\. La kranen renne en stund\./);
  });
  it("no pointer in the box", () => {
    expect(r.message.actions.map((a) => a.text).join(" ")).not.toMatch(/Se også/);
  });
});

describe("pointers and advice (red-team round 19)", () => {
  const draft = [
    "Sommerprogram på ungdomsklubben",
    "",
    "Ungdomsklubben arrangerer sommerprogram for ungdom fra 13 til 18 år i perioden 30. juni–8. august. Påmelding til turene skjer via skjema innen 16. juni.",
    "",
    "Det anbefales at deltakerne tas med på et informasjonsmøte først. Se www.nordby.kommune.no/sommer. Følg oss på Instagram @ungnordby.",
    "",
    "Nordby kommune",
  ].join("\n");
  const r = variants(draft);
  it("«Se www…» and «Følg oss på Instagram» are no steps of the reader's", () => {
    expect(r.message.actions.map((a) => a.text).join(" ")).not.toMatch(/Se www|Følg oss/);
    expect(r.variants.letter.text).not.toMatch(/Dette må du gjøre\n(?:Se www|Følg oss)/);
  });
  it("«Det anbefales at kranene skylles …» is said to the reader", () => {
    const w = variants(["Kokevarselet er opphevet", "", "Kokevarselet for Bø er opphevet fra i dag. Det anbefales at kranene skylles med kaldt vann i minst fem minutter før bruk.", "", "Nordby kommune"].join("\n"));
    expect(w.variants.letter.text).toMatch(/Skyll kranene med kaldt vann/);
  });
});
