// The letter moves steps under "Dette må du gjøre" without breaking what points back: "Det betyr …" stays with the
// sentence it explains, and "Les mer om klage …" goes with the appeal.
import { variants } from "../../../src/core/channels";

const DECISION = "Vedtak om dagpenger\n\nVi har behandlet søknaden din om dagpenger.\n\nDu får innvilget dagpenger fra 10. november 2025.\n\nFor å få utbetalt dagpenger må du sende meldekort hver 14. dag. Det første meldekortet skal sendes senest 28. november 2025.\n\nDu må være registrert som arbeidssøker. Det betyr at du må kunne ta ethvert arbeid hvor som helst i Norge.\n\nDu kan klage på vedtaket innen seks uker fra du mottok det. Les mer om klage på nav.no/klage.\n\nMed vennlig hilsen\nNAV Arbeid og ytelser\n";

describe("the letter's order", () => {
  const letter = variants(DECISION).variants.letter.text;
  it("«Det betyr …» stays right after the sentence it explains", () => {
    expect(letter).toMatch(/Du må være registrert som arbeidssøker\. Det betyr at du må kunne ta ethvert arbeid/);
  });
  it("«Les mer om klage …» goes under the appeal heading with its sentence", () => {
    expect(letter).toMatch(/Du kan klage på vedtaket innen seks uker fra du mottok det\. Les mer om klage på nav\.no\/klage\./);
    const heading = letter.search(/\n(?:Du kan klage|Klage|Slik klager du)\n/);
    if (heading >= 0) expect(letter.indexOf("Les mer om klage")).toBeGreaterThan(heading);
  });
});
