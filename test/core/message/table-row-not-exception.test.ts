// A row of a timetable marked "(som vanlig)" is one day of many, not whom the news does not cover.
import { variants } from "../../../src/core/channels";

const draft = `Åpningstider i Fjellbadet i påsken

Fjellbadet har endrede åpningstider i påsken. Badstuen er stengt 1.–5. april.

Åpningstider:

Mandag 29. mars: 07.00–21.00 (som vanlig)
Tirsdag 30. mars: 07.00–21.00 (som vanlig)
Onsdag 31. mars: 07.00–15.00
Torsdag 1. april: stengt

Fjellby kommune
`;

describe("a timetable row marked as usual", () => {
  const r = variants(draft);
  it("is not the exception", () => {
    expect(r.message.exception?.text ?? "").not.toMatch(/^Mandag 29\. mars/);
  });
  it("is not said alone in the SMS", () => {
    expect(r.variants.sms.text).not.toMatch(/Mandag 29\. mars: 07\.00/);
  });
});
