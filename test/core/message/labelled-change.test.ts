// A change notice with labelled old and new lines and a new place: the old time is never «when», the new place is
// «where», and the salutation is no part of the message. Own drafts (not in the development set).
import { variants } from "../../../src/core/channels";

const en = [
  "Change to football practice for Year 5",
  "",
  "Dear parents and guardians of pupils in Year 5,",
  "",
  "Because of work on the pitch at Bay School, football practice will be moved.",
  "",
  "Old time: Mondays 14.00–15.00, 2 March to 30 March",
  "New time: Wednesdays 15.00–16.00, 4 March to 1 April",
  "",
  "Practice will now take place at Hill Sports Hall, Hillveien 4, not at Bay School.",
  "",
  "Bay School",
].join("\n");

describe("labelled old and new times", () => {
  it("every time on the old line is superseded, and the new line is when", () => {
    const m = variants(en).message;
    expect(m.events[0].when?.text).toBe("4 March to 1 April");
    expect(m.times.filter((t) => t.text.startsWith("2 March")).map((t) => t.role)).toEqual(["superseded"]);
  });
  it("the SMS says the new line whole and never the old dates", () => {
    const sms = variants(en).variants.sms.text;
    expect(sms).toMatch(/New time: Wednesdays 15\.00.16\.00, 4 March to 1 April/);
    expect(sms).not.toMatch(/2 March|30 March|Mondays/);
  });
  it("the new place is where, with its name, not the old one in the reason", () => {
    const r = variants(en);
    expect(r.message.events[0].where?.text).toBe("Hill Sports Hall, Hillveien 4");
    expect(r.variants.sms.text).toMatch(/Hill Sports Hall/);
  });
  it("a long salutation line is no lead sentence", () => {
    const r = variants(en);
    expect(r.message.lead.some((p) => /^Dear/.test(p.text))).toBe(false);
    expect(r.variants.sms.text).not.toMatch(/Dear parents/);
  });
  it("in Norwegian: «Gammel tid:» / «Ny tid:»", () => {
    const nb = [
      "Endring i svømmeopplæringen for 3. trinn",
      "",
      "Gammel tid: torsdager kl. 10.15–11.30, 5. februar til 26. mars",
      "Ny tid: fredager kl. 12.30–13.45, 6. februar til 27. mars",
      "",
      "Nordby skole",
    ].join("\n");
    const sms = variants(nb).variants.sms.text;
    expect(sms).toMatch(/6\. februar til 27\. mars/);
    expect(sms).not.toMatch(/5\. februar|26\. mars/);
  });
});

describe("where a moved meeting is held", () => {
  const nb = [
    "Endret tidspunkt for foreldremøte på 9. trinn",
    "",
    "Foreldremøtet for 9. trinn som var satt opp tirsdag 12. januar kl. 18.00, er flyttet til torsdag 14. januar kl. 19.00.",
    "",
    "Møtet holdes fortsatt i aulaen på Lia ungdomsskole. Inngang fra skolegården.",
    "",
    "Lia ungdomsskole",
  ].join("\n");
  it("the venue sentence in a later paragraph gives the place, with the room", () => {
    const r = variants(nb);
    expect(r.message.events[0].where?.text).toBe("aulaen på Lia ungdomsskole");
    expect(r.variants.sms.text).toMatch(/aulaen på Lia ungdomsskole/);
  });
});
