// A press release's key time beyond its first paragraphs is when the public is invited, not the project's next step.
import { variants } from "../../../src/core/channels";

const d = `Pressemelding: Dalby kommune bygger ny svømmehall

Kommunestyret vedtok onsdag 2. desember 2026 å bygge ny svømmehall ved Dalby skole. Hallen skal etter planen stå ferdig i 2029.

Vedtaket ble gjort med 25 mot 10 stemmer.

– Dette er en god dag for alle som vil lære å svømme, sier ordfører Kari Nes.

Hallen får et 25-metersbasseng og et opplæringsbasseng. Idrettslaget har vært med i planleggingen.

Anbudskonkurransen blir lyst ut i februar 2027. Byggestart er planlagt til høsten 2027.

Det blir holdt et åpent informasjonsmøte om hallen på Dalby skole torsdag 14. januar 2027 kl. 18.00. Alle er velkomne.
`;

describe("a press release's public meeting", () => {
  const r = variants(d);
  it("is the key event, not the tender", () => {
    expect(r.message.events[0].when?.text).toMatch(/14\. januar 2027/);
    expect(r.variants.sms.text).toMatch(/14\. januar 2027 kl\. 18\.00/);
    expect(r.variants.sms.text).not.toMatch(/februar 2027/);
  });
});
