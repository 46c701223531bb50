// A letter to several readers (a couple, the parties) says "dere" (nynorsk "de") throughout: the headings, the
// SMS notice and the language found follow the draft's own form of address.
import { variants } from "../../../src/core/channels";
import { detectLanguage } from "../../../src/core/text/language";

// Nynorsk to two applicants: "de" in lower case inside a sentence is plural "you" (bokmål's "dere"), not "they".
const nnCouple = `Lise og Tor Haugen
Bakkane 7
6900 Florø

Vedtak om tilskot til bustadtilpassing

Kinn kommune har gått gjennom søknaden dykkar. De får 40 000 kroner i tilskot til å byggje om badet slik de søkte om.

De må sende kvitteringane til kommunen innan 15. oktober 2027.

De kan klage på vedtaket innan tre veker frå de fekk brevet. Klagen skal sendast til Kinn kommune. De har rett til å sjå dokumenta i saka.

Med helsing
Kinn kommune
Tildelingskontoret
`;

const nbParents = `Vedtak om plass i skolefritidsordningen

Vi har behandlet søknaden deres om plass i SFO for Emil. Dere får plass fra 16. august 2027.

Dere må betale foreldrebetalingen innen den 20. hver måned.

Dere kan klage på vedtaket innen tre uker fra dere fikk brevet. Dere har rett til å se dokumentene i saken.

Med vennlig hilsen
Nordvik kommune
Oppvekst
`;

describe("letters to several readers", () => {
  it("reads a nynorsk letter that says «de» to a couple as nynorsk", () => {
    expect(detectLanguage(nnCouple)).toBe("nn");
  });

  it("heads a nynorsk letter to «de» with «de», never «du»", () => {
    const r = variants(nnCouple);
    expect(r.message.language).toBe("nn");
    const letter = r.variants.letter.text;
    expect(letter).toContain("Dette må de gjere");
    expect(letter).not.toMatch(/Dette må du|Du kan klage|Du har rett/);
    expect(r.variants.sms.text).toMatch(/^De har fått/);
  });

  it("heads a bokmål letter to «dere» with «dere»", () => {
    const r = variants(nbParents);
    const letter = r.variants.letter.text;
    expect(letter).toContain("Dette må dere gjøre");
    expect(letter).not.toMatch(/Dette må du|Du kan klage/);
  });

  it("keeps «du» headings for one reader", () => {
    const one = nbParents.replace(/deres/g, "din").replace(/Dere/g, "Du").replace(/dere/g, "du");
    expect(variants(one).variants.letter.text).toContain("Dette må du gjøre");
  });
});
