// A moved appointment whose new time stands in a field line of its own ("New time: …", "Ny tid: …") over another
// field: that line gives the key event, not a later date of something else (a course that starts, a deadline).
// A "To: <name>" field and a labelled D-number make the letter personal whatever the number's check digits.
import { variants } from "../../../src/core/channels";

const en = `Your interview has been moved

To: Maria Olsen
D-number: 52039912345

We had booked an interview with you on Monday 8 March at 10:00. Your case officer is away that day, so we have moved it.

New time: Thursday 11 March 2027 at 13:15
Place: Skatteetaten Drammen, Bragernes torg 2. Please report to the front desk.

We will also talk about the tax course that starts on 1 April.

Please confirm that you can come by Tuesday 9 March.

Kind regards,
Skatteetaten
`;

const nb = `Møtet ditt er flyttet

Til: Per Hansen

Vi hadde satt opp et møte med deg mandag 8. mars kl. 10.00. Veilederen din er borte den dagen, så vi har flyttet møtet.

Ny tid: torsdag 11. mars 2027 kl. 13.15
Sted: Nav Drammen, Bragernes torg 2. Meld deg i resepsjonen.

I møtet snakker vi også om kurset som starter 1. april.

Svar oss innen tirsdag 9. mars om du kan komme.

Med vennlig hilsen
Nav Drammen
`;

describe("a new time in a field line of its own", () => {
  it("is the key event of a moved appointment (English)", () => {
    const r = variants(en);
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.events[0]?.when?.text).toContain("11 March");
    expect(r.variants.sms.text).toContain("11 March");
    expect(r.variants.sms.text).not.toContain("1 April");
    expect(r.variants.sms.text).not.toContain("8 March");
    expect(r.variants.sms.text).not.toContain("52039912345");
  });
  it("is the key event of a moved appointment (bokmål)", () => {
    const r = variants(nb);
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.events[0]?.when?.text).toContain("11. mars");
    expect(r.variants.sms.text).toContain("11. mars");
    expect(r.variants.sms.text).not.toContain("1. april");
    expect(r.variants.sms.text).not.toContain("Per Hansen");
  });
  it("a «To:» field naming a group is not one person", () => {
    const r = variants(nb.replace("Til: Per Hansen", "Til: Alle Beboere").replace(/deg|ditt|Veilederen din/g, "dere"));
    expect(r.message.audience.reasons.some((x) => x.code === "named-addressee")).toBe(false);
  });
});
