// A standing emergency call ("Ved fare for liv og helse, ring 112.") is not a warning's news: the SMS says what
// happens and when first, and never hangs the time on the call.
import { variants } from "../../../src/core/channels";

describe("an emergency call in a warning", () => {
  it("comes after the event and its time", () => {
    const draft = "Storm: Skolene er stengt i morgen\n\nMeteorologisk institutt har sendt ut rødt farevarsel for storm fra torsdag kl. 18.\n\nAlle skoler og barnehager i Vikna kommune er derfor stengt fredag 14. februar.\n\nFølg med på vikna.kommune.no. Ved fare for liv og helse, ring 112.\n\nVikna kommune\n";
    const sms = variants(draft).variants.sms.text;
    expect(sms).toContain("fredag 14. februar");
    expect(sms).not.toMatch(/ring 112\.\s+(?:Når|Tid):/);
    if (sms.includes("ring 112")) expect(sms.indexOf("fredag 14. februar")).toBeLessThan(sms.indexOf("ring 112"));
  });
});
