// A summons written as a form: a title, "Navn:" and "Fødselsnummer:" fields, then the appointment at an office
// whose name ends in "-by". Own draft, not in the development set.
import { extractFacts } from "../../../src/core/facts";
import { variants } from "../../../src/core/channels";

const draft = [
  "Innkalling til oppfølgingssamtale",
  "",
  "Navn: Per Olsen",
  "Fødselsnummer: 14058834567",
  "",
  "Du er kalt inn til en samtale med veileder Anne Lie på Nav Sandby tirsdag 15. desember kl. 09.30. Samtalen gjelder planen din fremover.",
  "",
  "Svar innen torsdag 10. desember om tidspunktet passer.",
  "",
  "Med vennlig hilsen",
  "Nav Sandby",
].join("\n");

describe("a summons written as a form", () => {
  const r = variants(draft);
  const m = r.message;

  it("a place ending in «by» before a date is no English «by»: the appointment is no deadline", () => {
    expect(extractFacts("Møt opp på Nav Sandby tirsdag 15. desember.").some((f) => f.kind === "deadline")).toBe(false);
    expect(extractFacts("Send it by 15 December.").some((f) => f.kind === "deadline")).toBe(true);
    expect(m.times.find((t) => /15\. desember/.test(t.text))?.role).toBe("new");
    expect(m.events[0]?.when?.text).toMatch(/15\. desember/);
  });
  it("a title of lower-case words is a title, not a name line of a letterhead", () => {
    expect(m.subject.text).toBe("Innkalling til oppfølgingssamtale");
  });
  it("the form fields are never the SMS's topic, and no name or number reaches it", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/innkalling til oppfølgingssamtale/i);
    expect(sms).toMatch(/15\. desember kl\. 09\.30/);
    expect(sms).toMatch(/10\. desember/);
    expect(sms).not.toMatch(/Per Olsen|14058834567|Navn/);
  });
  it("the letter keeps the fields as written, under the title, apart from the first paragraph", () => {
    const letter = r.variants.letter.text;
    expect(letter).toContain("Navn: Per Olsen\nFødselsnummer: 14058834567\n\n");
    expect(letter).not.toMatch(/14058834567\nDu er kalt/);
  });
});
