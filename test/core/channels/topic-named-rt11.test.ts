// The SMS names its topic: the line a letter is addressed to ("Til føresette til elevar på 7. trinn") is no title,
// and a sentence that opens on a definite noun the title names ("Sesongen …" under "… sesongen 2025/2026") gets the
// title in front.
import { variants } from "../../../src/core/channels";

describe("the SMS says what it is about", () => {
  it("the addressee line with a class number is not the subject", () => {
    const draft = "Til føresette til elevar på 8. trinn\n\nTannhelsesjekk på skulen\n\nTannhelsetenesta kjem til skulen og sjekkar tennene til alle elevar på 8. trinn. Sjekken vert gjort måndag 6. oktober.\n\nHelsing\nTannhelsetenesta\n";
    const r = variants(draft);
    expect(r.message.subject.text).toBe("Tannhelsesjekk på skulen");
    expect(r.variants.sms.text).not.toMatch(/Til føresette/);
  });

  it("a definite noun the title names as a word of its own is said with the title", () => {
    const draft = "Påmelding til kurs i førstehjelp for kurset våren 2026\n\nFrivillige lag kan no melde seg på kurs i førstehjelp. Kurset varer frå 2. mars til 13. april 2026.\n\nPåmeldingsfrist: 1. februar 2026\n\nHelsing\nVoss herad\n";
    const sms = variants(draft).variants.sms.text;
    if (/Kurset varer/.test(sms)) expect(sms).toMatch(/Påmelding til kurs i førstehjelp[^.]*\.[^]*Kurset varer|kurs i førstehjelp[^]*Kurset varer/);
    expect(sms).toMatch(/førstehjelp/);
  });
});
