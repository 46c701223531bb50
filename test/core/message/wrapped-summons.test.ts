// A summons written in plain text with hard-wrapped lines and "To: / Date of birth: / Case no.:" fields under the
// title. Own draft (after a red-team draft), not in the development set.
import { variants } from "../../../src/core/channels";
import { parse } from "../../../src/core/text/parse";

const draft = [
  "Notice of interview – police case",
  "",
  "To: Tomasz Nowak",
  "Date of birth: 14.03.1988",
  "Case no.: 26-184223",
  "",
  "You are hereby summoned to attend an interview as a witness in connection with a reported",
  "burglary at Strandgaten 44 on 28 November 2026.",
  "",
  "The interview will take place on Tuesday 5 January 2027 at 10:00 at Stavanger police station,",
  "Lagårdsveien 4. Please bring valid photo identification.",
  "",
  "You must confirm your attendance by Wednesday 23 December 2026 by calling 51 89 90 00.",
  "",
  "Yours sincerely",
  "Sør-Vest Police District",
].join("\n");

describe("a hard-wrapped summons with fields under the title", () => {
  const r = variants(draft);
  it("a date in a wrapped line keeps the words before the break («a reported\\nburglary … on 28 November») and is past", () => {
    expect(r.message.times.find((t) => /28 November/.test(t.text))?.role).toBe("past");
    expect(r.message.events[0].when?.text).toMatch(/5 January 2027/);
  });
  it("the title is the title, the fields are no subject, and no name reaches the SMS", () => {
    expect(r.message.subject.text).toBe("Notice of interview – police case");
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/5 January at 10:00/);
    expect(sms).toMatch(/Reply by 23 December/);
    expect(sms).not.toMatch(/Tomasz|Nowak|To:|28 November/);
  });
  it("a line of running text that ends in a comma goes on in the next line: one paragraph, never split by the letter", () => {
    const doc = parse("The interview will take place on Tuesday 5 January 2027 at 10:00 at Stavanger police station,\nLagårdsveien 4. Please bring photo identification.");
    expect(doc.paragraphs).toHaveLength(1);
    expect(r.variants.letter.text).toMatch(/police station,\nLagårdsveien 4\./);
  });
  it("a line wrapped inside a sentence is joined with a space in the SMS and post, never «; »", () => {
    const notice = variants("Kokevarsel i Solvik\n\nAlle abonnenter i Solvik sentrum må koke vannet i minst ett minutt før du\ndrikker det. Dette gjelder fra i dag.\n\nHilsen\nSolvik kommune");
    for (const v of [notice.variants.sms.text, notice.variants.post.text]) expect(v).not.toMatch(/du; drikker/);
  });
});
