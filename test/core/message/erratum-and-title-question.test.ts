// Own draft after red-team round 19: a date in a sentence that says it was wrong ("Fristen som stod i avisa 3. mars (20.
// april), var feil") is the old one, and the paper's date ("stod i … 3. mars") is past, so neither becomes the event;
// a question in the title ("Kjenner du en ildsjel? Send inn forslag …") asks every reader, so the call after it is
// no step for some readers only.
import { variants } from "../../../src/core/channels";

const draft = [
  "Kjenner du en ildsjel? Send inn forslag til Kulturprisen 2026",
  "",
  "Nordby kommune deler ut Kulturprisen for femte gang. Prisen er på 20 000 kroner.",
  "",
  "Fristen for å sende inn forslag er fredag 8. mai 2026. Fristen som stod i Nordby-Avisa 3. mars (20. april), var feil.",
  "",
  "Forslag kan sendes via skjema på www.nordby.kommune.no/kulturpris.",
  "",
  "Prisen deles ut i kulturhuset lørdag 13. juni kl. 19.",
  "",
  "Nordby kommune",
].join("\n");

describe("an erratum and a title that asks", () => {
  const r = variants(draft);
  it("the wrong date is old and the paper's date is past", () => {
    expect(r.message.times.find((t) => t.text === "20. april")?.role).toBe("superseded");
    expect(r.message.times.find((t) => t.text === "3. mars")?.role).toBe("past");
    expect(r.message.events[0]?.what.text ?? "").not.toMatch(/var feil/);
  });
  it("the title's call is everyone's", () => {
    const call = r.message.actions.find((a) => /Send inn forslag/.test(a.text));
    expect(call).toBeDefined();
    expect(call?.condition).toBeUndefined();
  });
});
