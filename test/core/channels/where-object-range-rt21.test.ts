// Round 21 of the red team: a rule "i hele kommunen" has no place of another rule as its "where"; a step whose object
// is a pronoun for the thing the sentence before opens on names that thing when the sentence is not said; a period
// written "between … and …" is said as one ("… to …"). Own drafts.
import { variants } from "../../../src/core/channels";
import { namedObject } from "../../../src/core/channels/compose-util";

describe("a rule for the whole municipality", () => {
  const draft = [
    "Båndtvang for hund i Elvik kommune",
    "",
    "Det er båndtvang i hele kommunen i perioden fra og med 1. april til og med 20. august. Formålet er å beskytte vilt og beitedyr.",
    "",
    "Hele året skal hunder holdes i bånd i sentrum og i Elveparken.",
    "",
    "Med hilsen",
    "Elvik kommune",
  ].join("\n");
  const r = variants(draft, { language: "nb" });
  it("has no place of another rule as its where", () => {
    expect(r.message.events[0].where?.text ?? "").not.toMatch(/Elveparken/);
    expect(r.variants.sms.text).not.toMatch(/Sted: Elveparken/);
    expect(r.variants.post.text).not.toMatch(/Hvor: Elveparken/);
  });
});

describe("a step whose object points at the sentence before", () => {
  const draft = [
    "New bins for every household",
    "",
    "We will deliver the new bins between Monday 1 March and Friday 12 March 2027. You do not need to be at home.",
    "",
    "The old green bin for glass will be collected in week 12. Please empty it and leave it by the road by 7 am on Monday 22 March.",
    "",
    "Elvik Council",
  ].join("\n");
  it("names the thing in the SMS", () => {
    const sms = variants(draft, { language: "en" }).variants.sms.text;
    expect(sms).not.toMatch(/Please empty it /);
    expect(sms).toMatch(/empty the old green bin for glass/);
  });
  it("is left as written when the sentence before names nothing definite", () => {
    const text = "Bring your card. Please show it at the desk.";
    expect(namedObject({ start: text.indexOf("Please"), text: "Please show it at the desk." }, "Please show it at the desk.", text, "en")).toBeUndefined();
  });
  it("works in Norwegian", () => {
    const text = "Den gamle brune dunken blir henta i veke 8. Tøm den og set han ved vegen.";
    const step = "Tøm den og set han ved vegen.";
    expect(namedObject({ start: text.indexOf("Tøm"), text: step }, step, text, "nn")).toBe("Tøm den gamle brune dunken og set han ved vegen.");
  });
  it("a period «between … and …» is said as one", () => {
    const r = variants(draft, { language: "en" });
    const all = `${r.variants.sms.text}\n${r.variants.post.text}`;
    expect(all).not.toMatch(/When: Monday 1 March and Friday/);
  });
});

describe("a deadline that is a clock alone", () => {
  it("is no bare «Frist: kl. …» line in a public SMS", () => {
    const draft = [
      "Arbeid på vassleidningen i Bakkevegen – stengd veg",
      "",
      "Frå måndag 12. april til og med fredag 16. april 2027 skal det skiftast ut ein gammal vassleidning i Bakkevegen mellom nr. 2 og nr. 30. Omkøyring er skilta via Skulevegen.",
      "",
      "Avfallet blir henta som vanleg, men dunkane må setjast ut ved krysset Bakkevegen/Skulevegen innan kl. 07.00 på hentedagen.",
      "",
      "Helsing",
      "Lia kommune",
    ].join("\n");
    const sms = variants(draft, { language: "nn" }).variants.sms.text;
    expect(sms).not.toMatch(/Frist: kl\./);
  });
});
