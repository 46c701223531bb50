// A letter to the parents of one named child ("Til føresette til Oda Lien (f. 2018)"): the line under the title
// says whom it is to, so the title stays the title, the letter is personal (no post, no name in an SMS), and a new
// appointment is a summons whose SMS gives the new time. «f.» before a year does not end a sentence, and nynorsk
// «de» (plural «you») addresses the reader.
import { variants } from "../../../src/core/channels";
import { parse } from "../../../src/core/text/parse";

const nn = `Ny time på helsestasjonen

Til føresette til Oda Lien (f. 2018)

Oda hadde time på Sentrum helsestasjon tysdag 9. februar kl. 10.00. Den timen må vi flytte fordi helsesjukepleiaren er på kurs.

Ny time er onsdag 17. februar kl. 09.30 på Sentrum helsestasjon, Kyrkjegata 4.

Passar ikkje timen, må de seie frå innan fredag 12. februar.

Helsing
Helsestasjonen i Vestvik kommune
`;

describe("a letter to the guardians of one named child", () => {
  const r = variants(nn);
  it("keeps the title and reads the «Til føresette til …» line as whom it is to", () => {
    expect(r.message.subject?.text).toBe("Ny time på helsestasjonen");
  });
  it("is personal: no post, and the child's name is in neither short channel", () => {
    expect(r.message.audience.value).toBe("personal");
    expect(r.variants.post.text).toBe("");
    expect(r.variants.sms.text).not.toContain("Oda");
    expect(r.variants.sms.text).not.toContain("2018");
  });
  it("a new appointment is a summons: the SMS gives the new time, never the old one", () => {
    expect(r.message.kind).toBe("summons");
    expect(r.variants.sms.text).toContain("17. februar kl. 09.30");
    expect(r.variants.sms.text).not.toContain("9. februar");
  });
});

describe("«f.» before a year or a date is no sentence end", () => {
  it("«(f. 2018)» stays in its sentence", () => {
    const doc = parse("Eleven Oda Lien (f. 2018) har fått plass. Vi gler oss.", "nn");
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(["Eleven Oda Lien (f. 2018) har fått plass.", "Vi gler oss."]);
  });
});
