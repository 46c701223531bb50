// A date the draft names a deadline ("Påmeldingsfristen er 10. mai") is a deadline where it stands after "før" or
// "innen" too ("meld deg på før 10. mai" in the title), never the time of the event the text also announces.
import { variants } from "../../../src/core/channels";

const nb = `Sommerskolen: meld deg på før 10. mai og kom på åpen dag

Vil barnet ditt være med på sommerskolen? Påmeldingsfristen er 10. mai 2027.

Vi inviterer alle til åpen dag på Brekke skole lørdag 24. april kl. 12.00.

Hilsen
Brekke kommune
`;

describe("a named deadline said again after «før»", () => {
  it("is a deadline in the title too, and the event keeps its own time", () => {
    const r = variants(nb);
    expect(r.message.times.filter((t) => t.text.startsWith("10. mai")).every((t) => t.role === "deadline")).toBe(true);
    expect(r.message.events[0]?.when?.text ?? "").not.toContain("10. mai");
    expect(r.variants.sms.text).not.toMatch(/Når: 10\. mai|Tid: 10\. mai/);
  });
});
