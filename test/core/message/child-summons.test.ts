// A summons about a child, sent to the guardians: the child's birth date in the address block is no time of the
// message, and "Vi ber om at de stadfestar timen innan …" is the reader's deadline. Own draft (not in the
// development set).
import { variants } from "../../../src/core/channels";

const draft = [
  "Nordvik kommune",
  "Pedagogisk-psykologisk teneste (PPT)",
  "",
  "Til føresette for",
  "Sara Lie Berg, f. 02.03.2017",
  "Fjellvegen 2",
  "5600 Nordvik",
  "",
  "Innkalling til samtale",
  "",
  "PPT har motteke tilvising frå skulen om sakkunnig vurdering av behovet for spesialundervisning. Vi ønskjer å bli kjende med Sara og høyre korleis de opplever skulekvardagen hennar.",
  "",
  "De og Sara blir med dette kalla inn til samtale:",
  "",
  "Tid: onsdag 19. november kl. 09.00–11.00",
  "Stad: Nordvik helsehus, 2. etasje",
  "",
  "Vi ber om at de stadfestar timen innan fredag 14. november på telefon 56 00 00 00.",
  "",
  "Venleg helsing",
  "",
  "Hilde Sørbø",
  "PPT Nordvik",
].join("\n");

describe("a summons about a child", () => {
  it("the birth date is past, never when", () => {
    const m = variants(draft).message;
    expect(m.times.find((t) => t.text === "02.03.2017")?.role).toBe("past");
    expect(m.events[0].when?.text).toBe("onsdag 19. november");
  });
  it("the address block is no title and no lead", () => {
    const m = variants(draft).message;
    expect(m.subject.text).toBe("Innkalling til samtale");
    expect(m.lead.some((p) => /Sara Lie Berg|Til føresette/.test(p.text))).toBe(false);
  });
  it("the confirmation asked for is the reader's deadline, said in the SMS", () => {
    const r = variants(draft);
    expect(r.message.times.find((t) => t.text === "fredag 14. november")?.role).toBe("deadline");
    expect(r.variants.sms.text).toMatch(/14\. november/);
    expect(r.variants.sms.text).toMatch(/19\. november kl\. 09\.00/);
    expect(r.variants.sms.text).not.toMatch(/2017|Sara/);
  });
});
