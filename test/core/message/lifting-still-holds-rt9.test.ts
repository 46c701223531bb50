// Round 9: a lifting is a moment, never a period joined to the end of the rule that still holds; that rule is the
// lifting's exception, said in the SMS and the post without the source it cites; a condition as a label may put its
// verb first ("Ser du brann: ring 110 straks.") and keeps the emergency call.
import { variants } from "../../../src/core/channels";

const ban = `Grillforbudet i Åsby er opphevet

Brannsjefen opphever fra i dag, mandag, det særskilte grillforbudet som ble innført 2. juli på grunn av tørke.

Etter mye regn er skogbrannfaren nå lav. Det generelle forbudet mot å gjøre opp ild i skog og mark gjelder likevel fram til 15. september, slik det står i forskrift om brannforebygging.

Ser du brann: ring 110 straks.

Åsby brann og redning
`;

describe("a lifted order and the rule that still holds", () => {
  const r = variants(ban);
  it("the lifting has no end taken from the other rule", () => {
    expect(r.message.events[0].when?.until).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/mandag til 15\. september/);
    expect(r.variants.post.text).not.toMatch(/mandag til 15\. september/);
  });
  it("the rule that still holds is said, without its source", () => {
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toContain("gjelder likevel fram til 15. september");
      expect(t).not.toContain("slik det står i forskrift");
    }
  });
  it("«Ser du brann: ring 110 straks.» is an action for that case and reaches both", () => {
    expect(r.message.actions.find((a) => a.text.startsWith("Ser du brann"))?.condition).toBe("Ser du brann");
    expect(r.variants.sms.text).toContain("ring 110 straks");
    expect(r.variants.post.text).toContain("ring 110 straks");
  });
});
