// A passive that names no doer, right after a duty laid on a third party ("Ansatte i hjemmetjenesten skal gi
// brukerne ekstra drikke. Avvik skal meldes til tjenesteleder samme dag."), is that party's duty: a public heat-wave
// warning must not tell every citizen to report deviations to a service leader. Own draft (red team round 22).
import { variants } from "../../../src/core/channels";

const heat = [
  "Hetebølge: ta vare på deg selv og andre",
  "",
  "Meteorologisk institutt varsler temperaturer over 30 grader fra onsdag 8. juli til søndag 12. juli.",
  "",
  "Eldre, små barn og personer med kroniske sykdommer er mest utsatt. Drikk mye vann, hold deg i skyggen midt på dagen og se til naboer som bor alene.",
  "",
  "Ansatte i hjemmetjenesten skal gi brukerne ekstra drikke. Avvik skal meldes til tjenesteleder samme dag.",
  "",
  "Ved livsfare, ring 113.",
  "",
  "Med vennlig hilsen",
  "Fjordvik kommune",
].join("\n");

describe("a passive after a third party's duty", () => {
  const r = variants(heat, { language: "nb" });
  it("is no reader action", () => {
    expect(r.message.actions.map((a) => a.text).join(" | ")).not.toMatch(/Avvik/);
    expect(r.message.actions.some((a) => a.text.startsWith("Drikk mye vann"))).toBe(true);
  });
  it("stays with that duty in the letter, out of «Dette må du gjøre»", () => {
    const letter = r.variants.letter.text;
    const todo = letter.indexOf("Dette må du gjøre");
    expect(todo).toBeGreaterThan(-1);
    const section = letter.slice(todo).split("\n\n")[0];
    expect(section).toMatch(/Drikk mye vann/);
    expect(section).not.toMatch(/Avvik/);
    expect(letter).toMatch(/ekstra drikke\. Avvik skal meldes til tjenesteleder samme dag\./);
  });
  it("is not in the SMS or the post", () => {
    expect(r.variants.sms.text).not.toMatch(/Avvik/);
    expect(r.variants.post.text).not.toMatch(/Avvik/);
  });
});

describe("a passive that is the reader's", () => {
  it("stays a step after a writer's sentence or with the reader's own thing", () => {
    const d = [
      "Tømming av avfall i romjula",
      "",
      "Renovasjonsselskapet skal tømme alle dunker i uke 52. Dunken må settes ut kvelden før.",
      "",
      "Hilsen Lia kommune",
    ].join("\n");
    const r = variants(d, { language: "nb" });
    expect(r.message.actions.some((a) => a.text.startsWith("Dunken må settes ut"))).toBe(true);
  });
  it("stays a step when it follows the reader's own instruction", () => {
    const d = [
      "Ferie i barnehagen",
      "",
      "Alle barn skal ha tre uker sammenhengende ferie i løpet av sommeren. Ferien skal meldes til barnehagen innen 15. mai.",
      "",
      "Hilsen Lia barnehage",
    ].join("\n");
    const r = variants(d, { language: "nb" });
    expect(r.message.actions.some((a) => a.text.startsWith("Ferien skal meldes"))).toBe(true);
  });
});
