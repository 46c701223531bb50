// The SMS and the post are read by more people than the letter: they get the letter's plain wording (an
// impersonal passive said actively, «grunnet» as «på grunn av»), and a sentence that only said an old time is
// left out rather than cut to a stump.
import { variants } from "../../../src/core/channels";

const water = [
  "Varsel om stenging av vann",
  "",
  "Det vil bli stengt for vannet i Solbakken og Granveien onsdag 12. februar mellom kl. 09.00 og 14.00 grunnet reparasjon av vannledning. Vi anbefaler at du tapper opp vann til drikke og matlaging før stengingen.",
  "",
  "Med vennlig hilsen",
  "Fjordvik kommune",
].join("\n");

describe("plain wording in every channel", () => {
  const v = variants(water);
  for (const channel of ["letter", "sms", "post"] as const)
    it(`${channel}: «Det vil bli stengt for vannet … grunnet» is said plainly, every fact kept`, () => {
      const text = v.variants[channel].text;
      expect(text).toContain("Vi vil stenge for vannet i Solbakken og Granveien");
      expect(text).toContain("på grunn av reparasjon");
      expect(text).not.toMatch(/Det vil bli stengt|grunnet/);
      for (const fact of ["12. februar", "09.00", "14.00"]) expect(text).toContain(fact);
    });
  it("a phrasal verb whose participle is ambiguous («sett i verk») is not turned", () => {
    const nn = "Kokevarsel\n\nDet vert difor sett i verk kokevarsel for alle abonnentar frå 6. mai.\n\nFjordvik kommune";
    expect(variants(nn).variants.letter.text).not.toMatch(/Vi ser/);
  });
});

describe("a sentence that only said the old time", () => {
  const meeting = (old: string) =>
    ["Invitation: open meeting about the new school", "", `The municipality invites all parents to an open meeting on Tuesday 4 March at 18:00 in the town hall. ${old} Please register by 28 February at www.fjordvik.kommune.no/meeting.`, "", "Fjordvik Municipality"].join("\n");
  for (const old of ["The meeting was first planned for 25 February.", "The meeting was originally on 25 February."])
    it(`«${old}» is left out of the post, not cut to a stump`, () => {
      const v = variants(meeting(old));
      for (const channel of ["sms", "post"] as const) {
        const text = v.variants[channel].text;
        expect(text).not.toContain("25 February");
        expect(text).not.toMatch(/The meeting was (?:first|originally)?\s*\./);
        expect(text).toContain("4 March");
      }
    });
});
