// A step in a paragraph that opened on a condition or on a group of readers stays in that paragraph: under
// "Dette må du gjøre" it would read as meant for everyone.
import { variants } from "../../../src/core/channels";

const draft = `Påmelding til sommerskolen 2027

Sommerskolen er for alle elever på 5.–7. trinn. Påmeldingen er åpen på dalby.kommune.no/sommerskole. Frist for påmelding er fredag 7. mai 2027.

Kurset kan flyttes til en annen uke dersom det er for få påmeldte. Ønske om ny uke sendes til rektor innen 1. juni 2027.

Buss gis til elever som bor mer enn 6 kilometer fra skolen. Buss bestilles hos skolekontoret. Skolekontoret sender bestillingen videre.

Vennlig hilsen
Dalby kommune
`;

describe("who does what in the same draft", () => {
  const letter = variants(draft).variants.letter.text;
  it("the organiser moves the course; the reader sends the wish and orders the bus", () => {
    expect(letter).not.toMatch(/[Dd]u kan flytte kurset/);
    expect(letter).not.toMatch(/[Vv]i sender ønske/);
    expect(letter).not.toMatch(/[Vv]i bestiller buss/);
  });
});

describe("steps for some readers stay with what says who they are", () => {
  const letter = variants(draft).variants.letter.text;
  it("the conditional step stays after its condition", () => {
    const cond = letter.indexOf("dersom det er for få påmeldte");
    const step = letter.search(/[Ss]end ønske om ny uke|[Dd]u sender ønske om ny uke|Ønske om ny uke sendes/);
    expect(cond).toBeGreaterThan(-1);
    expect(step).toBeGreaterThan(cond);
  });
  it("the group's step stays in the group's paragraph", () => {
    const group = letter.indexOf("mer enn 6 kilometer");
    const step = letter.search(/[Bb]uss bestilles|[Bb]estill buss|[Dd]u bestiller buss/);
    expect(step).toBeGreaterThan(group);
    expect(letter.slice(group, step)).not.toMatch(/\n\n/);
  });
});
