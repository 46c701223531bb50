// Red-team round 25. Under the title, the block that says whom a letter is to is the letter's address, never its
// subject or message: "Til Silje og Tor Opheim", "Til Ingrid Solheim / Bakkeveien 14, 7080 Heimdal", "Kafé Brygga AS /
// v/ daglig leder Tone Berg / Bryggen 4, 8006 Bodø", "Til foreldre og foresatte på 3. og 4. trinn". A title that names
// a street ("Resultat av radonmåling i Bakkeveien 14") is still the title. And a notice that says the thing is harmless
// ("Lus er ufarlig …, men den smitter lett") warns of no danger. Own drafts.
import { variants } from "../../../src/core/channels";

const letter = (head: string[], lang: "nb" | "nn" = "nb") =>
  [...head, "", "Vår ref.: 2024/3318-4", "Dato: 12. februar 2025", "", "Målingen viser en årsmiddelverdi på 410 Bq/m³ i kjelleretasjen. Du må gi beskjed til utleier innen 1. april.", "", "Med vennlig hilsen", "Trondheim kommune"].join("\n");

describe("the address block under the title", () => {
  it("two people by name", () => {
    const d = letter(["Pålegg om utbetring av avkøyrsle frå Bruvegen 23", "", "Til Silje og Tor Opheim", "Bruvegen 23, 5600 Norheimsund"]);
    const r = variants(d, { language: "nb" });
    expect(r.message.subject.text).toBe("Pålegg om utbetring av avkøyrsle frå Bruvegen 23");
    expect(r.variants.letter.text).toContain("Til Silje og Tor Opheim\nBruvegen 23, 5600 Norheimsund");
    expect(r.variants.sms.text).not.toMatch(/Silje|Opheim/);
  });
  it("a title that names a street is the title", () => {
    const d = letter(["Resultat av radonmåling i Bakkeveien 14", "", "Til Ingrid Solheim", "Bakkeveien 14, 7080 Heimdal"]);
    const r = variants(d, { language: "nb" });
    expect(r.message.subject.text).toBe("Resultat av radonmåling i Bakkeveien 14");
    // The block is kept as written: the name and the address on adjacent lines, the references together.
    expect(r.variants.letter.text).toContain("Til Ingrid Solheim\nBakkeveien 14, 7080 Heimdal");
    expect(r.variants.letter.text).toContain("Vår ref.: 2024/3318-4\nDato: 12. februar 2025");
  });
  it("a business over its address, by whom it goes", () => {
    const d = letter(["Tillatelse til uteservering – Kafé Brygga AS", "", "Kafé Brygga AS", "v/ daglig leder Tone Berg", "Bryggen 4, 8006 Bodø"]);
    const t = variants(d, { language: "nb" }).variants.letter.text;
    expect(t).toContain("Kafé Brygga AS\nv/ daglig leder Tone Berg\nBryggen 4, 8006 Bodø");
    expect(t).not.toMatch(/V\/ daglig/);
  });
  it("a child by name, by the guardian", () => {
    const d = letter(["Tilbod om plass i kulturskulen", "", "Til Nora Fjeld", "v/ føresette Kristin Fjeld", "Sagvegen 3, 6100 Volda"], "nn");
    const t = variants(d, { language: "nn" }).variants.letter.text;
    expect(t).toContain("Til Nora Fjeld\nv/ føresette Kristin Fjeld\nSagvegen 3, 6100 Volda");
  });
});

describe("a notice to a group of parents", () => {
  const d = [
    "Hodelus på Solbakken skole",
    "",
    "Til foreldre og foresatte på 3. og 4. trinn",
    "",
    "Vi har fått melding om hodelus hos flere elever på 3. og 4. trinn. Lus er ufarlig og har ingenting med hygiene å gjøre, men den smitter lett ved hode-mot-hode-kontakt.",
    "",
    "Vi ber alle foresatte om å sjekke håret til barnet sitt med lusekam torsdag 14. november og søndag 17. november.",
    "",
    "Vennlig hilsen",
    "Solbakken skole",
  ].join("\n");
  it("has the title as its subject, not the line that says whom it is to", () => {
    const r = variants(d, { language: "nb" });
    expect(r.message.subject.text).toBe("Hodelus på Solbakken skole");
    expect(r.variants.post.text.split("\n")[0]).toBe("Hodelus på Solbakken skole");
  });
  it("is no warning when it says the thing is harmless", () => {
    const r = variants(d, { language: "nb" });
    expect(r.message.kind).not.toBe("warning");
    expect(r.variants.sms.text).toMatch(/torsdag 14\. november og søndag 17\. november/);
    // (The same notice without "ufarlig" is read as the warning it then is.)
    expect(variants(d.replace("Lus er ufarlig og har ingenting med hygiene å gjøre, men den", "Lusen"), { language: "nb" }).message.kind).toBe("warning");
  });
});
