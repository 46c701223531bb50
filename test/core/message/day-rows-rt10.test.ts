// A sentence that names a schedule ("nye åpningstider fra uke 2.") introduces the weekday rows under it, colon or
// not; the SMS and the post say every row, kept apart, never one row alone.
import { variants } from "../../../src/core/channels";

const draft = `Legevakten – nye åpningstider

Legekontoret i Dalby har nye åpningstider fra uke 6.

Tirsdag kl. 08.00–15.00 på Dalby helsesenter
Torsdag kl. 12.00–19.00 på Dalby helsesenter
Fredag kl. 08.00–12.00 på Nordby legekontor

Du må bestille time på telefon 12 34 56 78.

Hilsen Dalby kommune
`;

describe("weekday rows under a sentence that names a schedule", () => {
  const r = variants(draft);
  it("are the event", () => {
    expect(r.message.events[0].what.text).toMatch(/Fredag kl\. 08\.00–12\.00/);
  });
  it("are all said, apart, in the SMS and the post", () => {
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toMatch(/Tirsdag kl\. 08\.00[-–]15\.00 på Dalby helsesenter; Torsdag/);
      expect(t).toMatch(/Fredag kl\. 08\.00[-–]12\.00/);
    }
  });
});
