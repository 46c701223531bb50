// Round 23 of the red team. A question the draft opens with ("What do you think about … opening hours at the
// library?") names a topic, not where the event is: the SMS said «Where: the library» for an online survey. A step
// whose deadline points back at the step before it ("Første gang må du gjøre det innen 1. september") is never said
// alone in the SMS. Own drafts.
import { variants } from "../../../src/core/channels";

describe("a place in an opening question", () => {
  const d = [
    "Have your say: join the citizen panel survey",
    "",
    "What do you think about public transport, sports facilities and opening hours at the library? The municipality wants to hear from people who live here.",
    "",
    "The survey is open from Monday 10 March to Monday 24 March. It takes about 15 minutes.",
    "",
    "Kind regards",
    "Asker municipality",
  ].join("\n");
  const r = variants(d, { language: "en" });
  it("is not where the event is", () => {
    expect(r.message.events[0]?.where).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/Where/);
    expect(r.variants.post.text).not.toMatch(/Where/);
  });
  it("but a place in the event's own sentence still is", () => {
    const d2 = d.replace("The survey is open from Monday 10 March to Monday 24 March.", "The survey is open at the town hall from Monday 10 March to Monday 24 March.");
    expect(variants(d2, { language: "en" }).message.events[0]?.where?.text).toMatch(/town hall/);
  });
});

describe("a deadline step that says «gjøre det»", () => {
  const d = [
    "Vedtak om kommunal utleiebolig",
    "",
    "Sigrid Haugland",
    "Bjørkeveien 14",
    "3050 Mjøndalen",
    "",
    "Vedtak: Du fyller vilkårene for kommunal utleiebolig, men vi har ingen ledig bolig nå. Du er derfor satt på venteliste.",
    "",
    "Du må bekrefte at du fortsatt ønsker bolig hver sjette måned. Første gang må du gjøre det innen 1. september. Dersom vi ikke hører fra deg innen fristen, blir du tatt av ventelisten.",
    "",
    "Med vennlig hilsen",
    "Per Arne Lid",
    "Drammen kommune",
  ].join("\n");
  it("is not said without the step it points back at", () => {
    const sms = variants(d, { language: "nb" }).variants.sms.text;
    expect(sms).toMatch(/1\. september/);
    if (/gjøre det/.test(sms)) expect(sms).toMatch(/Du må bekrefte at du fortsatt ønsker bolig/);
  });
});
