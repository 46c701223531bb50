// "Tirsdag 12/10 kl. 1000–1400" is a date with its clock (only after a weekday: "saksnummer 27/10" is none), and a
// week in the title ("… neste uke") gives way to the day the lead names. "We invite you to a meeting" in a letter
// to one person is a summons: its SMS gives the time.
import { variants } from "../../../src/core/channels";
import { extractFacts } from "../../../src/core/facts/extract";

const fair = `Karrieredag på Fjellby bibliotek neste uke

Onsdag 13/10 kl. 1200–1500 holder Nav Fjellby karrieredag på Fjellby bibliotek. Ta med CV.

Nav Fjellby
`;

const summons = `Nav Fjellby

Name: Ali Hassan
Our reference: 27/4411

Invitation to a follow-up meeting

We invite you to a meeting about your plans for work.

Time: Thursday 14 October 2027 at 10:00
Place: Nav Fjellby, Storgata 3

If you need an interpreter, let us know by Monday 4 October.

Kind regards
Nav Fjellby
`;

describe("a slash date after a weekday", () => {
  it("is a date, and a case number is not", () => {
    const dates = (t: string) => extractFacts(t).filter((f) => f.kind === "date").map((f) => f.text);
    expect(dates("Vi holder møte onsdag 13/10 kl. 12.")).toEqual(["onsdag 13/10"]);
    expect(dates("Saksnummer 13/10 gjelder deg.")).toEqual([]);
  });
  it("is the key time over a week in the title", () => {
    const r = variants(fair);
    expect(r.message.events[0]?.when?.text).toBe("Onsdag 13/10");
    expect(r.variants.sms.text).toContain("13/10");
    expect(r.variants.sms.text).toMatch(/1200[–-]1500/);
  });
});

describe("an invitation to a meeting in a letter to one person", () => {
  it("is a summons whose SMS gives the time", () => {
    const r = variants(summons);
    expect(r.message.kind).toBe("summons");
    expect(r.variants.sms.text).toContain("14 October");
  });
});
