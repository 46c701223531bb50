// Whom the news does not cover, an instruction for a group named the sentence before, and a list of steps under
// an intro. Own drafts (not in the development set).
import { variants } from "../../../src/core/channels";

describe("a lifted order with an area it does not cover", () => {
  const draft = [
    "Kokevarselet for Nordbyen er opphevet",
    "",
    "Kokevarselet for Nordbyen og Sørbyen er opphevet fra i dag, torsdag 12. mars kl. 14.00.",
    "",
    "Prøvene viser at vannet er trygt å drikke.",
    "",
    "Husstander i Bakkeveien 2–40 er ikke omfattet av dette. Der gjelder kokevarselet fortsatt til rørarbeidet er ferdig.",
    "",
    "Hilsen",
    "Nordby kommune",
  ].join("\n");
  it("the message model holds the exception", () => {
    expect(variants(draft).message.exception?.text).toMatch(/^Husstander i Bakkeveien/);
  });
  it("the SMS and the post tell those households", () => {
    const r = variants(draft);
    expect(r.variants.sms.text).toMatch(/Bakkeveien 2.40/);
    expect(r.variants.post.text).toMatch(/Bakkeveien 2.40/);
  });
  it("in English, «are NOT covered»", () => {
    const en = [
      "Boil water notice lifted",
      "",
      "The boil water notice for Hillside and Bay is lifted from today, Monday 9 March at noon.",
      "",
      "Homes in Upper Hillside (Ridge Road 1–30) are not covered by this decision and must keep boiling their water.",
      "",
      "Bay Council",
    ].join("\n");
    const r = variants(en);
    expect(r.variants.sms.text).toMatch(/Ridge Road/);
    expect(r.variants.post.text).toMatch(/Ridge Road/);
  });
});

describe("an instruction for a group named in the sentence before", () => {
  const draft = [
    "Vanningsforbudet er opphevet",
    "",
    "Vanningsforbudet for Lia vannverk er opphevet fra fredag 14. august kl. 12.00.",
    "",
    "Abonnenter tilknyttet Øvre Lia private vannverk er ikke omfattet. De må følge beskjed fra eget vannverk.",
    "",
    "Lia kommune",
  ].join("\n");
  it("is for that group, so neither the SMS nor the post tells everyone to do it", () => {
    const r = variants(draft);
    expect(r.message.actions[0]?.condition).toMatch(/Øvre Lia private vannverk/);
    expect(r.variants.sms.text).not.toMatch(/følge beskjed fra eget vannverk/);
    expect(r.variants.post.text).not.toMatch(/følge beskjed fra eget vannverk/);
  });
});

describe("steps in a list under an intro", () => {
  const draft = [
    "Water notice lifted",
    "",
    "The boil water notice for Eastside is lifted from today, Friday 20 March at 3 pm.",
    "",
    "What you should do now:",
    "- Run all cold water taps for five minutes.",
    "- Empty ice cube trays.",
    "",
    "Fjordby Municipality",
  ].join("\n");
  it("are one action with the intro, never the intro alone", () => {
    const r = variants(draft);
    expect(r.message.actions.map((a) => a.text)).toEqual(["What you should do now:\n- Run all cold water taps for five minutes.\n- Empty ice cube trays."]);
    expect(r.variants.sms.text).not.toMatch(/What you should do now\.(?! Run)/);
    expect(r.variants.sms.text).toMatch(/Run all cold water taps/);
  });
  it("a list item alone is no action", () => {
    const duties = ["Avtale om arbeidspraksis", "", "Arbeidsgivaren skal:", "", "- ha yrkesskadeforsikring for eleven", "- gje eleven ei tilbakemelding", "", "Vestby kommune"].join("\n");
    expect(variants(duties).message.actions.some((a) => /^- /.test(a.text))).toBe(false);
  });
});
