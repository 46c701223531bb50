// A signature that says the sender acts for another body ("Vestbygd Renovasjon AS / på vegner av Vestbygd
// kommune"): the body that writes signs; the one it acts for is never the sender on its own.
import { variants } from "../../../src/core/channels";

const nb = `Tømming av glass og metall flyttes

Glass og metall tømmes torsdag 14. januar i stedet for onsdag 13. januar i hele Vestbygd.

Sett beholderen ut kvelden før.

Med hilsen
Vestbygd Renovasjon AS
på vegne av Vestbygd kommune
`;

const en = `Garden waste collection moves

Garden waste will be collected on Thursday 14 January instead of Wednesday 13 January.

Best regards,
Northfield Waste Services
on behalf of Northfield Municipality
`;

describe("a sender who writes on another body's behalf", () => {
  it("signs with its own name, not the body it acts for (bokmål)", () => {
    const r = variants(nb);
    expect(r.message.sender?.name).toBe("Vestbygd Renovasjon AS");
    expect(r.variants.sms.text).toContain("Vestbygd Renovasjon AS");
    expect(r.variants.sms.text).not.toMatch(/hilsen[^.]*Vestbygd kommune/i);
  });
  it("takes the line above «on behalf of» even when its words name no kind of body (English)", () => {
    expect(variants(en).message.sender?.name).toBe("Northfield Waste Services");
  });
  it("a body alone under its unit still signs as before", () => {
    const r = variants(nb.replace("på vegne av Vestbygd kommune\n", "Vestbygd kommune\n"));
    expect(r.message.sender?.name).toBe("Vestbygd kommune");
  });
});
