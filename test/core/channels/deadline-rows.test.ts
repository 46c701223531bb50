// Deadlines given as rows under a heading that names them ("Frister" / "- Arbeidstakere og pensjonister: 30. april")
// are deadlines, not event dates; the public SMS says them whole when no step carries a deadline. Own drafts.
import { variants } from "../../../src/core/channels";

const nb = [
  "Skattemeldingen for 2026 er klar",
  "",
  "Skattemeldingen for 2026 er tilgjengelig fra onsdag 17. mars.",
  "",
  "Sjekk at opplysningene stemmer.",
  "",
  "Frister",
  "- Arbeidstakere og pensjonister: 30. april",
  "- Selvstendig næringsdrivende: 31. mai",
  "",
  "Les mer på skatteetaten.no.",
  "",
  "Skatteetaten",
].join("\n");

describe("deadlines in rows under «Frister»", () => {
  const r = variants(nb);
  it("are read as deadlines, and the key is when it opens", () => {
    for (const d of ["30. april", "31. mai"]) expect(r.message.times.find((t) => t.text === d)?.role).toBe("deadline");
    expect(r.message.events[0].when?.text).toBe("onsdag 17. mars");
  });
  it("are said whole in the public SMS", () => {
    expect(r.variants.sms.text).toMatch(/Frister: arbeidstakere og pensjonister 30\. april, selvstendig næringsdrivende 31\. mai\./);
  });
  it("a heading that names no deadline leaves its rows alone", () => {
    const other = variants(nb.replace("Frister\n", "Viktige datoer\n"));
    expect(other.message.times.find((t) => t.text === "30. april")?.role).not.toBe("deadline");
    expect(other.variants.sms.text).not.toMatch(/Frister:/);
  });
});
