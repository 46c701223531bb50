// Labelled lines ("Place: …", "Seksjon: …") are fields: the letter keeps them as the draft set them, one under the
// other or apart, and "Our reference:" or "Barn:" lines are header and reference fields, never the title.
import { variants } from "../../../src/core/channels";

const en = `Fjellby Adult Education

Name: Sara Lind
Our reference: 27/901

Invitation to a language test

We invite you to a Norwegian language test.

Date: Tuesday 9 March 2027
Time: 10:00–12:00

Place: Fjellby library, Storgata 1

Bring your ID card. Let us know by Friday 5 March if you cannot come.

Kind regards
Fjellby Adult Education
`;

const nn = `Tilbod om skuleskyss

Til: Kari og Per Dal
Barn: Ola Dal

Vi kan tilby Ola skuleskyss frå måndag 16. august 2027.

Stad: Busstoppet ved Dalsvegen 4
Tid: kl. 07.40
Dagar: måndag til fredag

De må svare innan 1. juli.

Helsing
Fjellby kommune
`;

const letterOf = (draft: string) => variants(draft).variants.letter.text;

describe("field lines in a letter", () => {
  it("keeps the draft's breaks between labelled lines and the paragraph under them", () => {
    const l = letterOf(en);
    expect(l).toContain("Date: Tuesday 9 March 2027\nTime: 10:00–12:00\n\nPlace: Fjellby library, Storgata 1\n\nBring your ID card.");
    const n = letterOf(nn);
    expect(n).toContain("Stad: Busstoppet ved Dalsvegen 4\nTid: kl. 07.40\nDagar: måndag til fredag\n\n");
  });
  it("reads «Our reference» as header and «Barn» as a reference field, not as the title", () => {
    const r = variants(en);
    expect(r.message.subject.text).toBe("Invitation to a language test");
    expect(r.variants.letter.text).toContain("Invitation to a language test\n\nWe invite you");
    const n = variants(nn);
    expect(n.message.subject.text).toBe("Tilbod om skuleskyss");
    // The parents and the child named in fields: a letter to them, never a post.
    expect(n.message.audience.value).toBe("personal");
    expect(n.variants.post.text).not.toContain("Ola");
    expect(n.variants.letter.text).toContain("Til: Kari og Per Dal\nBarn: Ola Dal\n\n");
  });
});
