// Updates stacked newest first over the first notice: the first notice, stamped on a line of its own with its
// weekday first, runs to the closing lines; what it asked of readers is history.
import { variants } from "../../../src/core/channels";

const draft = `Strømbrudd i Vika

OPPDATERT torsdag 5. februar kl. 12.00:
Strømmen er tilbake i hele Vika. Takk for tålmodigheten.

Onsdag 4. februar kl. 18.00:
En kabel er gravd over ved Vikaveien. Rundt 300 husstander er uten strøm.

Vi regner med at strømmen er tilbake i løpet av natta. Kommunen har åpnet varmestue i Vika skole. Ta med pledd og lommelykt.

Fjellby Energi
`;

describe("stacked updates", () => {
  const r = variants(draft);
  it("reads the first notice's stamp with its weekday first", () => {
    expect(r.message.updates).toHaveLength(2);
    expect(r.message.updates[1].text).toContain("Ta med pledd og lommelykt.");
  });
  it("says nothing the first notice asked of readers", () => {
    expect(r.message.actions.map((a) => a.text)).not.toContain("Ta med pledd og lommelykt.");
    expect(r.variants.sms.text).not.toContain("pledd");
    expect(r.variants.sms.text).toContain("Strømmen er tilbake i hele Vika.");
  });
});
