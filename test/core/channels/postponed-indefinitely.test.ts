// A meeting put off with no new date: the title's date names the meeting that moved (never "Når"), and the SMS says
// which meeting by its old time, since no reader can take it for a new one.
import { variants } from "../../../src/core/channels";

const draft = `Bystyremøtet 12. mai er utsatt

Bystyremøtet som skulle vært holdt tirsdag 12. mai kl. 18.00 i rådhuset, er utsatt på ubestemt tid.

Ny dato blir kunngjort på kommunens nettside.

Fjellby kommune
`;

describe("postponed with no new date", () => {
  const r = variants(draft);
  it("has no key time, and the title's date is the old one", () => {
    expect(r.message.events[0]?.when).toBeUndefined();
    expect(r.message.times.filter((t) => t.text.includes("12. mai")).map((t) => t.role)).toEqual(["superseded", "superseded"]);
  });
  it("says which meeting and that it is put off indefinitely", () => {
    const sms = r.variants.sms.text;
    expect(sms).toContain("som skulle vært holdt tirsdag 12. mai kl. 18.00");
    expect(sms).toContain("utsatt på ubestemt tid");
    expect(sms).not.toMatch(/Når:|Ny dato: 12/);
  });
});
