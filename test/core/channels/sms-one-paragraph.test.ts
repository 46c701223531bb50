// An SMS is one paragraph by nature: the long-paragraph rule says nothing about it (sms-length does).
import { variants } from "../../../src/core/channels";

const draft = `Strømbrudd i Sentrum torsdag

Torsdag 3. juni er strømmen borte fra kl. 09 til kl. 12. Vi bytter en kabel. Gatelysene er også slukket. Heisene står. Husk å lade telefonen. Trafikklysene virker ikke.

Fjellby Energi
`;

describe("checks on an SMS", () => {
  it("never report a long paragraph", () => {
    const sms = variants(draft).variants.sms;
    expect(sms.text.split(/(?<=[.!?]) /).length).toBeGreaterThan(5);
    expect(sms.findings.map((f) => f.rule)).not.toContain("long-paragraph");
  });
});
