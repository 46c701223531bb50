// What happens instead: a bad-weather plan, a conditional closure, and the new date of a cancelled event.
// Own drafts (not in the development set), written the way municipalities write such notices.
import { variants } from "../../../src/core/channels";

describe("a bad-weather plan is said with the event", () => {
  const draft = [
    "Sommeravslutning i Lia barnehage",
    "",
    "Fredag 19. juni kl. 15.00 inviterer Lia barnehage til sommeravslutning i hagen ved barnehagen. Vi griller pølser og synger sammen.",
    "",
    "Dersom det regner, flyttes avslutningen til gymsalen på Lia skole.",
    "",
    "Hilsen",
    "Lia barnehage",
  ].join("\n");
  it("the message model holds the plan", () => {
    expect(variants(draft).message.contingency?.text).toMatch(/^Dersom det regner/);
  });
  it("the SMS and the post say where it is in rain", () => {
    const r = variants(draft);
    expect(r.variants.sms.text).toMatch(/gymsalen på Lia skole/);
    expect(r.variants.post.text).toMatch(/gymsalen på Lia skole/);
  });
  it("a condition about the reader is no plan for the event", () => {
    const own = draft.replace("Dersom det regner, flyttes avslutningen til gymsalen på Lia skole.", "Dersom du ikke kan komme, gir du beskjed til avdelingen.");
    expect(variants(own).message.contingency).toBeUndefined();
  });
  it("in English too", () => {
    const en = [
      "Spring fair at Hill School",
      "",
      "The spring fair is on Saturday 16 May at 11 am in the school playground.",
      "",
      "If it rains, the fair will be held in the sports hall instead.",
      "",
      "Hill School",
    ].join("\n");
    const r = variants(en);
    expect(r.message.contingency?.text).toMatch(/^If it rains/);
    expect(r.variants.sms.text).toMatch(/sports hall/);
  });
});

describe("a conditional closure is no second event", () => {
  const draft = [
    "Alle skulane i Nordvik kommune er stengde i dag – opne att i morgon?",
    "",
    "På grunn av uvêret er alle skulane i kommunen stengde i dag, måndag. Barnehagane held ope.",
    "",
    "Vi reknar med at skulane opnar som normalt i morgon. Dersom vegane framleis er stengde, blir skulane i Ytre krins stengde også i morgon.",
    "",
    "Nordvik kommune",
  ].join("\n");
  it("the SMS says what is closed today, and not the condition as the news", () => {
    const r = variants(draft);
    expect(r.message.events.some((e) => /^Dersom/.test(e.what.text))).toBe(false);
    expect(r.variants.sms.text).toMatch(/alle skulane i kommunen stengde i dag, måndag/);
    expect(r.variants.sms.text).not.toMatch(/morgon: i dag/);
  });
  it("a one-line question over the text is its title, and the lead is the paragraph under it", () => {
    const m = variants(draft).message;
    expect(m.subject.text).toBe("Alle skulane i Nordvik kommune er stengde i dag – opne att i morgon?");
    expect(m.lead[0].text).toMatch(/^På grunn av uvêret/);
  });
});

describe("a cancellation with the new date in a paragraph of its own", () => {
  const draft = [
    "AVLYST: Julekonsert i Kirkebakken kirke",
    "",
    "På grunn av sykdom i koret avlyses julekonserten i Kirkebakken kirke lørdag 12. desember kl. 18.00.",
    "",
    "Konserten holdes i stedet lørdag 19. desember kl. 18.00, samme sted. Billettene gjelder den nye datoen.",
    "",
    "Hilsen",
    "Kirkebakken kulturkontor",
  ].join("\n");
  it("the new date is an event of its own", () => {
    const r = variants(draft);
    expect(r.message.events.map((e) => e.when?.text)).toContain("lørdag 19. desember");
  });
  it("the SMS and the post say when it comes back", () => {
    const r = variants(draft);
    expect(r.variants.sms.text).toMatch(/19\. desember/);
    expect(r.variants.post.text).toMatch(/19\. desember/);
  });
  it("in English, «will now take place»", () => {
    const en = [
      "Cancelled: quiz night on Friday",
      "",
      "The quiz night at Bay Library on Friday 6 March at 7 pm is cancelled because of a burst pipe.",
      "",
      "The quiz will now take place on Friday 20 March at 7 pm.",
      "",
      "Bay Library",
    ].join("\n");
    expect(variants(en).variants.sms.text).toMatch(/20 March/);
  });
});
