// Round 9: a sentence that ends on a colon says nothing without the list under it ("… er disse avgangene innstilt
// mandag 3. februar:" / "- Fra Fjellby kl. 07.15 …"): the event is both, and the SMS and the post say them together.
import { variants } from "../../../src/core/channels";

const ferry = `Innstilte avganger på Sundferja fredag 6. mars

På grunn av storm er disse avgangene innstilt fredag 6. mars:

- Fra Sundvik kl. 06.30 og kl. 07.30
- Fra Nesøy kl. 07.00 og kl. 08.00

Følg med på sundferja.no.

Hilsen
Sundferja
`;

const buses = `Buses cancelled on Friday 12 June

Because of road works, these buses will not run on Friday 12 June:

- Route 2 at 07.10 and 07.40
- Route 4 at 08.05

Fjellby Transport
`;

describe("an intro sentence and its list", () => {
  it("the event holds the list", () => {
    const r = variants(ferry);
    expect(r.message.events[0].what.text).toContain("Fra Nesøy kl. 07.00");
  });
  it("the SMS and the post never say «disse avgangene» without them", () => {
    const r = variants(ferry);
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toContain("fra Sundvik kl. 06.30 og kl. 07.30");
      expect(t).toContain("fra Nesøy kl. 07.00 og kl. 08.00");
    }
  });
  it("in English too", () => {
    const r = variants(buses);
    expect(r.variants.sms.text).toContain("Route 2 at 07.10 and 07.40");
    expect(r.variants.sms.text).toContain("Route 4 at 08.05");
  });
});
