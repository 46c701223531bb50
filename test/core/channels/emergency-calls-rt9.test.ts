// Round 9: a condition written as a label ("Om nokon går gjennom isen: Ring 110 straks.") makes the instruction after
// it an action for that case, and goes on for its paragraph; a call to the emergency numbers in a warning reaches the
// SMS and the post, while the steps for the same case stay in the letter.
import { variants } from "../../../src/core/channels";

const fire = `Stor skogbrannfare i Fjellby

Det er svært tørt i skog og mark etter flere uker uten regn. Det er forbudt å gjøre opp ild i skogen.

Ikke grill i skogen eller på fjellet.

Hvis du ser røyk eller flammer: Ring 110 med en gang. Gå bort fra brannen mot vinden.

Hilsen
Fjellby kommune, brann og redning
`;

const heat = `Heat warning for Fjellby this weekend

The Norwegian Meteorological Institute expects temperatures above 30 degrees on Saturday 4 July and Sunday 5 July.

Drink plenty of water and stay in the shade between 12 and 16. Check on elderly neighbours.

If someone becomes confused or unconscious, call 113 at once.

Fjellby municipality
`;

describe("an emergency call in a warning", () => {
  const r = variants(fire);
  it("the label's condition makes the instruction after it an action for that case", () => {
    const call = r.message.actions.find((a) => a.text.includes("Ring 110"));
    expect(call?.condition).toBe("Hvis du ser røyk eller flammer");
    // The next step in the same paragraph is for the same case.
    expect(r.message.actions.find((a) => a.text.startsWith("Gå bort"))?.condition).toBe("Hvis du ser røyk eller flammer");
  });
  it("the SMS and the post say the call with its condition", () => {
    expect(r.variants.sms.text).toContain("Hvis du ser røyk eller flammer: Ring 110");
    expect(r.variants.post.text).toContain("Hvis du ser røyk eller flammer: Ring 110");
  });
  it("the step for that case alone never speaks to everyone", () => {
    expect(r.variants.sms.text).not.toContain("Gå bort fra brannen");
    expect(r.variants.post.text).not.toContain("Gå bort fra brannen");
  });
  it("an English call to 113 under a condition stays in the SMS and the post", () => {
    const h = variants(heat);
    expect(h.variants.sms.text).toContain("call 113");
    expect(h.variants.post.text).toContain("call 113");
  });
  it("a short label is a heading, not a condition («Om bygget: …»)", () => {
    const b = variants(`Om bygget: Sett søpla i containeren ved porten.\n\nFjellby kommune\n`);
    expect(b.message.actions[0]?.condition).toBeUndefined();
  });
});

describe("a condition that names the readers the title speaks to", () => {
  const water = `Til beboere i Sjøgata: Vannet stenges tirsdag 9. juni

Vi skifter en ventil i Sjøgata tirsdag 9. juni fra kl. 09.00 til kl. 14.00.

Er du beboer i Sjøgata, må du tappe opp vann før kl. 09.00.

Hilsen
Fjellby kommune
`;
  it("is every reader of the text: the SMS says the step with its condition", () => {
    expect(variants(water).variants.sms.text).toContain("Er du beboer i Sjøgata, må du tappe opp vann");
  });
  it("a condition on another group stays out of the SMS", () => {
    const other = water.replace("Er du beboer i Sjøgata", "Driver du en butikk i Sjøgata");
    expect(variants(other).variants.sms.text).not.toContain("tappe opp vann");
  });
});

describe("a warning with a list of places and steps for the people there", () => {
  const surge = `Stormflo i Havnebyen fredag

Vannstanden ventes å bli svært høy fredag 11. desember mellom kl. 19 og kl. 23.

Disse gatene kan bli oversvømt:
- Kaigata
- Tollbodallmenningen

Beboere i disse gatene bes flytte biler og verdisaker innen fredag kl. 15.

I en nødsituasjon, ring 112.

Hilsen
Fjellby kommune
`;
  const flood = `Flood warning for Nesby – update

The river is expected to peak on Thursday 10 December between 20:00 and 02:00.

The following streets are at risk of flooding:
- Elvegata
- Bruveien

Residents in these streets are advised to move cars and valuables to higher ground by Thursday 14:00.

If you need help moving, and you have no one who can help you, call the crisis line on 61 22 33 44.

In an emergency, call 112.

Nesby Municipality
`;
  it("reads the steps: «Beboere i disse gatene bes …», «In an emergency, call 112», «Residents in these streets are advised to …»", () => {
    const a = variants(surge).message.actions.map((x) => x.text);
    expect(a.some((x) => x.startsWith("Beboere i disse gatene bes flytte"))).toBe(true);
    expect(a).toContain("I en nødsituasjon, ring 112.");
    const e = variants(flood).message.actions;
    expect(e.find((x) => x.text.startsWith("Residents in these streets"))?.condition).toBeUndefined();
    expect(e.find((x) => x.text.startsWith("If you need help"))?.condition).toBe("If you need help moving");
    expect(e.some((x) => x.text === "In an emergency, call 112.")).toBe(true);
  });
  it("the SMS and the post name the streets instead of «these streets», with the deadline and 112", () => {
    for (const [draft, streets, call] of [
      [surge, "Beboere i Kaigata og Tollbodallmenningen bes flytte biler og verdisaker innen fredag kl. 15", "ring 112"],
      [flood, "Residents in Elvegata and Bruveien are advised to move cars and valuables to higher ground by Thursday 14:00", "call 112"],
    ]) {
      const r = variants(draft);
      for (const t of [r.variants.sms.text, r.variants.post.text]) {
        expect(t).toContain(streets);
        expect(t).toContain(call);
      }
    }
  });
  it("a raising passive is never turned («Vi venter vannstanden å bli …»)", () => {
    const r = variants(surge);
    for (const t of [r.variants.letter.text, r.variants.sms.text, r.variants.post.text]) expect(t).not.toMatch(/venter vannstanden å/);
  });
});

describe("the same doing right after a step with a trailing condition", () => {
  const offer = `Free home visits for people over 80

Everyone aged 80 or over is offered a free visit from a nurse this spring.

You must book a visit if you want it in your own home. Book by 15 March by calling 33 44 55 66.

Please have your medicine list ready.

Fjellby Municipality
`;
  it("is for the same readers, and never told to everyone", () => {
    const r = variants(offer);
    expect(r.message.actions.find((a) => a.text.startsWith("Book by"))?.condition).toBe("if you want it in your own home");
    expect(r.variants.sms.text).not.toMatch(/(?:^|\. )Book by 15 March/);
  });
});
