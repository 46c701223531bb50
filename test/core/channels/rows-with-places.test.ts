// Rows that give each day its place ("- Mandag 8. mars: Hagevegen 1–40 og Rosestien") are never cut to their dates.
import { variants } from "../../../src/core/channels";
import { scheduleDates } from "../../../src/core/channels/render";

const draft = `Spyling av avløp i Lia uke 10

Vi spyler avløpsledningene i Lia denne uka:

- Mandag 8. mars: Bakkevegen og Lilleveien
- Tirsdag 9. mars: Solvegen 1–20
- Onsdag 10. mars: Granstien og Furustien

Fjellby kommune
`;

describe("rows with a place each", () => {
  it("have no list of bare dates", () => {
    const r = variants(draft);
    expect(scheduleDates(r.message, r.message.events[0].what, "nb")).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/Datoer:/);
  });
});

import { polishSentence } from "../../../src/core/channels/letter-polish";

describe("a verb said for a passive after a modal", () => {
  it("is the infinitive: «kan endre seg», never «kan endrer seg»", () => {
    expect(polishSentence("Plan for arbeidet (kan endres hvis det blir forsinkelser):", "nb")).toContain("kan endre seg");
  });
});
