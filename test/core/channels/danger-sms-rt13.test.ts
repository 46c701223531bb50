// A danger notice whose whole text does not fit two SMS parts keeps the richest text that does: the advice and
// "ring 112", not the title alone.
import { variants } from "../../../src/core/channels";

const AVALANCHE = "Stor snøskredfare i Luster – evakuering i Fortun\n\nVarsom.no har sett snøskredfaren til faregrad 4 – stor. Det er venta mykje snø og sterk vind frå fredag 6. mars om kvelden til søndag 8. mars.\n\nKommunen har bestemt at busetnaden under Skåra i Fortun skal evakuerast. Evakueringa gjeld bustadene Fortunsvegen 10–40. Dei som bur der, må forlate husa seinast fredag 6. mars kl. 16.00.\n\nRåd til alle:\n- Ikkje gå på tur i bratt terreng i helga.\n- Hald deg unna område under bratte fjellsider.\n\nVed fare for liv og helse, ring 112.\n\nLuster kommune, kriseleiinga\n";

describe("a danger notice that does not fit whole", () => {
  const r = variants(AVALANCHE);
  it("reads the advice under «Råd til alle:» and «Dei som bur der, må …» as steps", () => {
    const texts = r.message.actions.map((a) => a.text);
    expect(texts.some((t) => /Ikkje gå på tur/.test(t))).toBe(true);
    expect(r.message.actions.find((a) => /forlate husa/.test(a.text))?.condition).toMatch(/^Dei som bur der/);
  });
  it("the SMS keeps «ring 112» and the advice in two parts", () => {
    const sms = r.variants.sms.text;
    expect(sms).toContain("ring 112");
    expect(sms).toMatch(/Ikkje gå på tur i bratt terreng|Hald deg unna område/);
  });
  it("the evacuation deadline for those who live there is not everyone's", () => {
    expect(r.variants.sms.text).not.toMatch(/Frist:? (?:fredag )?6\. mars/);
    expect(r.variants.post.text).not.toMatch(/Frist:? (?:fredag )?6\. mars/);
  });
});
