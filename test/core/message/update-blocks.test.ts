// Dated updates whose stamp stands on a line of its own over the lines it stamps ("Update Friday 15 January,
// 14:00" / "The bridge is open again …"): the update is the whole block, so what an older update asked of readers
// (book a seat, take the detour) is history, and the stamp line itself is no instruction.
import { variants } from "../../../src/core/channels";

const en = `Sandøy bridge: updates

We publish updates on the bridge closure here. The newest update is at the top.

Update Thursday 21 January, 16:00
The bridge is open again for all traffic from Friday 22 January at 06:00. The shuttle bus will stop running.

Update Tuesday 19 January, 09:15
A shuttle bus runs every hour from Sandøy school. Book a seat at sandoy.example.no by 10:00 on the day of travel.

Update Monday 18 January, 20:30
The bridge is closed after a crack was found in a beam.

Sandøy Municipality
`;

const nb = `Fv. 55 ved Kvitberg: Oppdateringer

Oppdatering 21. januar kl. 16.00:
Vegen åpner igjen for all trafikk fredag 22. januar kl. 06.00.

Oppdatering 19. januar kl. 09.15:
Omkjøring via Fv. 13 over Nesheim. Regn med en time ekstra reisetid.

Oppdatering 18. januar kl. 20.30:
Fv. 55 er stengt ved Kvitberg etter et steinras.

Hilsen
Fjellbygd kommune
`;

describe("updates stamped on a line of their own", () => {
  it("an older update's instruction is not sent, and the stamp is no action (English)", () => {
    const r = variants(en);
    expect(r.message.actions.map((a) => a.text).join(" ")).not.toMatch(/^Update|Book a seat/);
    expect(r.variants.sms.text).not.toContain("Book a seat");
    expect(r.variants.sms.text).toContain("22 January");
  });
  it("an older update's detour is not sent (bokmål)", () => {
    const r = variants(nb);
    expect(r.variants.sms.text).not.toContain("Omkjøring");
    expect(r.variants.post.text).not.toContain("Omkjøring");
    expect(r.variants.sms.text).toContain("22. januar");
  });
});
