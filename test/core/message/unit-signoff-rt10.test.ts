// A one-line sign-off of a place and a unit noun ("Dalby kulturkontor", "Fjordvik barnevernteneste") is a signature:
// the SMS is signed with it.
import { variants } from "../../../src/core/channels";

describe("a unit's sign-off is the sender", () => {
  it("bokmål «…kontor»", () => {
    const r = variants("Konserten er flyttet\n\nVårkonserten holdes i stedet søndag 10. januar 2027 kl. 18.00 i Dalby kirke.\n\nDalby kulturkontor\n");
    expect(r.message.sender?.name).toBe("Dalby kulturkontor");
    expect(r.variants.sms.text).toMatch(/Dalby kulturkontor/);
  });
  it("nynorsk «…tenesta»", () => {
    const r = variants("Ope kontor i jula\n\nKontoret er ope måndag 28. desember kl. 10.00–14.00.\n\nFjordvik barnevernstenesta\n");
    expect(r.message.sender?.name).toBe("Fjordvik barnevernstenesta");
  });
});
