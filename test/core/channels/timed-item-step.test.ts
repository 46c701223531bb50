// A list item that is an instruction with its own deadline ("- Flytt bilar og verdisaker bort frå elvekanten …
// innan fredag kl. 18") is a step of its own whatever the head over the list says, and the warning's SMS says it.
// Own draft.
import { variants } from "../../../src/core/channels";

const draft = [
  "Flaumvarsel for Storelva",
  "NVE har sendt ut oransje farevarsel for flaum i Nordbygda frå i morgon, fredag 6. juni, til sundag 8. juni.",
  "",
  "Det vil seie for deg:",
  "- Flytt bilar og verdisaker bort frå elvekanten i Nordby sentrum innan fredag kl. 18",
  "- Campingen ved elva er stengd frå fredag kl. 12",
  "",
  "Følg med på nordby.kommune.no.",
  "",
  "Beredskapsleiinga",
  "Nordby kommune",
].join("\n");

it("says the timed step", () => {
  const r = variants(draft);
  expect(r.message.actions.some((a) => /Flytt bilar/.test(a.text) && !!a.deadline)).toBe(true);
  expect(r.variants.sms.text).toMatch(/Flytt bilar og verdisaker bort frå elvekanten i Nordby sentrum innan fredag kl\. 18/);
});
