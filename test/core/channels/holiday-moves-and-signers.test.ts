// Moved collections named by their holidays keep the holiday's name for the old day; when the moves do not fit two
// parts, the SMS says them all in three rather than one move alone. A Norwegian body signs an English text, and a
// body with a long name signs up to its short form.
import { variants } from "../../../src/core/channels";

const moves = `Endret tømming i julen

Tømmingen som skulle vært 1. juledag 25. desember, blir flyttet til tirsdag 23. desember.
Tømmingen som skulle vært 2. juledag 26. desember, blir flyttet til lørdag 27. desember.
Tømmingen som skulle vært 1. nyttårsdag 1. januar, blir flyttet til fredag 2. januar.

Sett dunken ut kvelden før.

Hadeland og Ringerike Avfallsselskap (HRA) for Gran, Lunner og Jevnaker
`;

describe("moves named by holidays", () => {
  const r = variants(moves);
  it("keep each holiday's name and give every new date", () => {
    const sms = r.variants.sms.text;
    for (const x of [/1\. juledag, (?:blir flyttet|flytter vi) til tirsdag 23\. desember/, /2\. juledag, (?:blir flyttet|flytter vi) til lørdag 27\. desember/, /1\. nyttårsdag, (?:blir flyttet|flytter vi) til fredag 2\. januar/]) expect(sms).toMatch(x);
    expect(sms).not.toMatch(/Ny dato/);
  });
  it("are signed by the body, up to its short form", () => {
    expect(r.message.sender?.name).toBe("Hadeland og Ringerike Avfallsselskap (HRA)");
  });
});

const english = `Fire ban lifted

The ban on lighting fires outdoors is lifted from today, Monday 7 June.

Midt-Telemark Brannvesen
`;

describe("an English text from a Norwegian body", () => {
  it("is signed by the body's Norwegian name", () => {
    const r = variants(english);
    expect(r.message.sender?.name).toBe("Midt-Telemark Brannvesen");
    expect(r.variants.sms.text).toContain("Midt-Telemark Brannvesen");
  });
});
