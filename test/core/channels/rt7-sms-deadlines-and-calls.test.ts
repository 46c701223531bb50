// Round 7: a deadline for some readers is never "Fristen er …"; a call right after a step is how to do it; a warning
// or a press release does not open with "Hei!".
import { variants } from "../../../src/core/channels";

const summons = `Innkalling til møte

Dere er kalt inn til møte onsdag 9. desember kl. 10.00 på Fjellby rådhus.

Trenger dere tolk, gi beskjed innen 2. desember, så bestiller vi det.

Hilsen
Fjellby kommune
`;

describe("a deadline for some readers", () => {
  it("is not said without its condition", () => {
    const sms = variants(summons).variants.sms.text;
    expect(sms).not.toMatch(/Fristen er 2\. desember|Svar innen 2\. desember/);
    if (sms.includes("2. desember")) expect(sms).toContain("Trenger dere tolk");
  });
});

const booking = `Influensavaksine

Fjellby kommune tilbyr influensavaksine til alle over 65 år. Vaksinen er gratis.

Du må bestille time. Ring vaksinetelefonen på 33 44 55 66, mandag–fredag kl. 09.00–11.30.

Fjellby kommune
`;

describe("a step and the call that does it", () => {
  const r = variants(booking);
  it("go together in the SMS", () => {
    expect(r.variants.sms.text).toContain("Du må bestille time. Ring vaksinetelefonen på 33 44 55 66, mandag-fredag kl. 09.00-11.30.");
  });
  it("go together in the letter, not under «Har du spørsmål?»", () => {
    const letter = r.variants.letter.text;
    expect(letter).toMatch(/Du må bestille time\.\s+Ring vaksinetelefonen/);
    expect(letter).not.toMatch(/Har du spørsmål\?\nRing vaksinetelefonen/);
  });
});

describe("greetings", () => {
  it("a warning opens with what it warns of", () => {
    const sms = variants("Kokevarsel for Lia\n\nFra i dag må du koke vannet før du drikker det.\n\nFjellby kommune\n").variants.sms.text;
    expect(sms.startsWith("Hei")).toBe(false);
  });
});

describe("a deadline for whoever wishes to act", () => {
  it("is said: a wish is no group of readers", () => {
    const d = "Varsel om endring\n\nVi vurderer å endre perioden din. Ønsker du å uttale deg, må du gjøre dette innen 12. mars 2027.\n\nMed vennlig hilsen\nNav\n";
    expect(variants(d).variants.sms.text).toMatch(/12\. mars/);
  });
});
