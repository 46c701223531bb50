// An old time said in the clause that held the verb ("skulle vært 1. mars, men er utsatt til …") goes with its "men":
// the SMS says "Konserten er utsatt til …", never the stump "Konserten, men er utsatt til …".
import { variants } from "../../../src/core/channels";

describe("a cut old clause leaves a whole sentence", () => {
  it("bokmål", () => {
    const d = "Vårkonsert utsatt\n\nVårkonserten i Dalby kirke skulle etter planen vært 14. mars, men er utsatt til søndag 28. mars 2027 kl. 18.00. Billettene gjelder fortsatt.\n\nHilsen Dalby kulturskole\n";
    const r = variants(d);
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toMatch(/Vårkonserten i Dalby kirke er utsatt til søndag 28\. mars/);
      expect(t).not.toMatch(/kirke, men/);
      expect(t).not.toMatch(/14\. mars/);
    }
  });
  it("English", () => {
    const d = "Spring concert postponed\n\nThe spring concert in Dalby church was planned for 14 March, but has been postponed to Sunday 28 March 2027 at 18:00. Tickets remain valid.\n\nDalby culture school\n";
    const sms = variants(d).variants.sms.text;
    expect(sms).not.toMatch(/church, but|church was/);
    expect(sms).not.toMatch(/14 March/);
    expect(sms).toMatch(/28 March/);
  });
});
