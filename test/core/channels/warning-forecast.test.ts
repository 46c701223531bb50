// A warning's forecast period ("Meteorologisk institutt venter … fra tirsdag 20. juli til torsdag 22. juli") is when
// the danger is: with no other time in the lead, the SMS and post give it. Elsewhere an expected time stays one.
import { variants } from "../../../src/core/channels";

const heat = `Hetebølge: ta vare på deg selv og andre

Meteorologisk institutt venter temperaturer over 30 °C i Fjellby fra tirsdag 20. juli til torsdag 22. juli.

Drikk vann jevnlig, også om du ikke er tørst.

Fjellby kommune
`;

const notice = `Nytt bibliotek

Vi venter at det nye biblioteket står ferdig i løpet av mars 2028.

Fjellby kommune
`;

describe("a warning's forecast", () => {
  it("is the when of the warning", () => {
    const r = variants(heat);
    expect(r.message.kind).toBe("warning");
    expect(r.message.events[0]?.when?.text).toContain("20. juli");
    expect(r.variants.sms.text).toContain("20. juli");
    expect(r.variants.sms.text).toContain("30 grader");
  });
  it("is no key time outside a warning", () => {
    const r = variants(notice);
    expect(r.message.kind).not.toBe("warning");
    expect(r.message.events[0]?.when).toBeUndefined();
  });
});
