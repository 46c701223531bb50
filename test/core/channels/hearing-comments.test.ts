// A public hearing: what readers must do (send comments by the deadline) outranks a side meeting and a sub-step.
// Own draft (not in the development set).
import { variants } from "../../../src/core/channels";

const draft = [
  "Offentlig ettersyn – detaljregulering for Kaigata 2–8",
  "",
  "Planforslaget ligger ute til offentlig ettersyn fra mandag 2. februar t.o.m. mandag 16. mars 2026. Plandokumentene er tilgjengelige på kommunens nettside.",
  "",
  "Det vil bli avholdt åpent informasjonsmøte om planforslaget torsdag 19. februar kl. 19.00 i Nordby kulturhus.",
  "",
  "Eventuelle merknader til planforslaget sendes skriftlig innen 16. mars 2026 til postmottak@nordby.kommune.no eller Nordby kommune, Postboks 20, 9990 Nordby. Merk henvendelsen med saksnummer 2024/881.",
  "",
  "Nordby kommune",
].join("\n");

describe("a public hearing", () => {
  it("the SMS says to send comments by the deadline", () => {
    expect(variants(draft).variants.sms.text).toMatch(/merknader[^.]*innen 16\. mars 2026/);
  });
  it("the post keeps the instruction, not its sub-step alone", () => {
    const post = variants(draft).variants.post.text;
    expect(post).toMatch(/merknader[^.]*innen 16\. mars 2026/);
    expect(post).not.toMatch(/^Merk henvendelsen/m);
    expect(post.includes("Merk henvendelsen") ? post.includes("merknader") : true).toBe(true);
  });
  it("the post says the period once, not again as «Når: … t.o.m. …»", () => {
    expect(variants(draft).variants.post.text).not.toMatch(/t\.o\.m\./);
  });
  it("an information meeting about the plan is no second hearing", () => {
    expect(variants(draft).message.events.length).toBe(1);
  });
});
