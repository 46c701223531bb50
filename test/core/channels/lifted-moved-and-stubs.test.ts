// Each a principle from reading variants as a citizen would:
// - what still holds after a lifting ("… er fortsatt stengt til kl. 18") gives no time to the lifting;
// - a sentence about another thing moved ("Kafeen som skulle …, blir flytta til … i gymsalen") gives no place to the
//   key event;
// - "stengt fra X til og med Y" while something moves is a period, not a move from X to Y, and it ends no other period;
// - "Forslaget går ut på å legge ned …" is no cancellation: a hearing keeps its deadline in the post;
// - a sentence cut down to "Følg med." or a lead-in over a list is said nowhere.
import { variants } from "../../../src/core/channels";

const lifted = `Gasslekkasje på Nygård: Faren er over

Oppdatert mandag 3. mai kl. 16.00:
Lekkasjen er tettet. Rådet om å holde seg innendørs gjelder ikke lenger. Nygårdsveien er fortsatt stengt ved fabrikken til kl. 18 i kveld.

Fjellby kommune
`;

const otherMoved = `Sommarfesten er flytta

Sommarfesten på Fjellby stadion laurdag 12. juni blir ikkje noko av på grunn av vêrmeldinga.

Vi held sommarfesten laurdag 28. august i staden.

Kafeen som skulle vere same dag, blir flytta til sundag 13. juni i gymsalen.

Fjellby kommune
`;

const closedWhileMoving = `Svømmehallen flytter

Fra mandag 6. september finner du svømmehallen i det nye idrettsbygget, Parkvegen 2.

Mens vi flytter, er svømmehallen stengt fra mandag 16. august til og med fredag 3. september. Følg med på fjellby.kommune.no/svom.

Fjellby kommune
`;

const hearing = `Høring: Forslag om ny skolestruktur

Forslaget går ut på å legge ned Nordbygd skole fra skoleåret 2028/2029.

Høringsfristen er mandag 1. november 2027.

Send innspill via skjemaet på fjellby.kommune.no/horing. Merk innspillet med saksnummer 27/88.

Fjellby kommune
`;

describe("roles of times and places across sentences", () => {
  it("a time of what still holds is not the lifting's", () => {
    const r = variants(lifted);
    expect(r.message.kind).toBe("lifting");
    expect(r.message.events[0]?.when).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/ikke lenger: i kveld/);
  });
  it("a place of another thing moved is not the key event's", () => {
    const r = variants(otherMoved);
    expect(r.message.events[0]?.where?.text ?? "").not.toMatch(/gymsalen/);
    expect(r.variants.sms.text).not.toMatch(/Stad: gymsalen/);
  });
  it("a closure while moving is a period that ends no other", () => {
    const r = variants(closedWhileMoving);
    expect(r.message.times.find((t) => t.text.includes("16. august"))?.role).not.toBe("superseded");
    const key = r.message.events[0]?.when;
    expect(key?.text).toContain("6. september");
    expect(key?.until).toBeUndefined();
    for (const v of [r.variants.sms.text, r.variants.post.text]) {
      expect(v).not.toMatch(/6\. september til fredag 3\. september|stengt til og med/);
      expect(v).not.toMatch(/Følg med\./);
    }
  });
  it("a hearing is no cancellation and its post keeps the deadline", () => {
    const r = variants(hearing);
    expect(r.message.kind).not.toBe("cancellation");
    expect(r.variants.post.text).toContain("1. november 2027");
  });
});
