// A public hearing with an info meeting, a deadline for comments and a case number to mark replies with (own
// draft after a red-team draft, not in the development set): it is for everyone, whatever case number it gives;
// the short channels say the meeting and what to send by when, without the list of addresses.
import { variants } from "../../../src/core/channels";
import { parse } from "../../../src/core/text/parse";

const draft = [
  "Høring – forslag til ny reguleringsplan for Sentrum øst",
  "",
  "Kommunedirektøren har sendt forslag til reguleringsplan for Sentrum øst på",
  "offentlig høring. Planen omfatter blant annet en ny gang- og sykkelvei langs",
  "Elvegata.",
  "",
  "Det blir informasjonsmøte torsdag 10. desember 2026 kl. 18.00 i bystyresalen på rådhuset.",
  "",
  "Merknader til planforslaget sendes skriftlig til postmottak@solvik.kommune.no eller",
  "Solvik kommune, Postboks 123, 9990 Solvik, innen fredag 15. januar 2027.",
  "Merk saken med saksnummer 26/1842.",
  "",
  "Med hilsen",
  "Solvik kommune",
].join("\n");

describe("a public hearing", () => {
  const r = variants(draft);
  it("is public although replies are to be marked with a case number", () => {
    expect(r.message.audience.value).toBe("public");
  });
  it("a line that ends on a preposition goes on in the next line", () => {
    expect(parse("Planen omfatter blant annet en ny gang- og sykkelvei langs\nElvegata og Storgata.").paragraphs).toHaveLength(1);
  });
  it("the SMS says the meeting and «send merknader … innen 15. januar» without the addresses", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/informasjonsmøte torsdag 10\. desember 2026 kl\. 18\.00/);
    expect(sms).toMatch(/merknader til planforslaget skriftlig innen fredag 15\. januar 2027\./i);
    expect(sms).not.toMatch(/skriftlig eller|Postboks|, innen/);
  });
  it("the post makes the same instruction without the addresses", () => {
    expect(r.variants.post.text).toMatch(/merknader til planforslaget (?:skriftlig )?innen fredag 15\. januar 2027/i);
  });
});
