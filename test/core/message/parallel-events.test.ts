// The same thing happening in several places at different times, each in a sentence of its own ("Vannet blir
// stengt i Storgata tirsdag …" / "I Kirkeveien blir vannet stengt onsdag …"). Own draft, not in the development
// set: the SMS and the post say every place with its own time; the first alone would tell Kirkeveien nothing.
import { variants } from "../../../src/core/channels";

const draft = [
  "Vannet stenges i Storgata og Kirkeveien",
  "",
  "Solvik kommune skifter vannledning i sentrum. Vannet blir stengt i Storgata tirsdag 8. desember fra kl. 09.00 til kl. 15.00. Fyll noen flasker med vann før stengingen.",
  "",
  "I Kirkeveien blir vannet stengt onsdag 9. desember fra kl. 08.00 til kl. 12.00.",
  "",
  "Har du spørsmål, ring vakttelefonen på 480 12 345.",
  "",
  "Hilsen",
  "Solvik kommune",
].join("\n");

describe("one thing in several places at different times", () => {
  const r = variants(draft);
  it("the message holds an event for each place, with its own time", () => {
    expect(r.message.events.map((e) => e.where?.text)).toEqual(["Storgata", "Kirkeveien"]);
    expect(r.message.events[1].when?.text).toMatch(/onsdag 9\. desember/);
  });
  it("the SMS and the post give each place its own day and hours", () => {
    for (const v of [r.variants.sms.text, r.variants.post.text]) {
      expect(v).toMatch(/Storgata tirsdag 8\. desember fra kl\. 09\.00 til kl\. 15\.00/);
      expect(v).toMatch(/Kirkeveien[^.]*onsdag 9\. desember fra kl\. 08\.00 til kl\. 12\.00/);
    }
  });
  it("an instruction is no event of its own, and a text about one place has one event", () => {
    const one = variants("Vannet stenges i Storgata\n\nVannet blir stengt i Storgata tirsdag 8. desember fra kl. 09.00 til kl. 15.00. Vi regner med å være ferdige onsdag 9. desember.\n\nHilsen\nSolvik kommune");
    expect(one.message.events).toHaveLength(1);
  });
});
