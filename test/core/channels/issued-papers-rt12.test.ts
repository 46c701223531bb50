// What a body issues (an invoice, a decision, a letter) it sends itself: "Faktura sendes separat til tiltakshaver" is
// no step for the reader. And "Det opplyses om at …" is an empty opener.
import { variants } from "../../../src/core/channels";
import { readerActs } from "../../../src/core/message/actions";
import { dropOpener } from "../../../src/core/channels/openers";

describe("papers the body issues", () => {
  it("are not the reader's to send", () => {
    expect(readerActs("Faktura sendes separat til søkeren.", "nb")).toBe(false);
    expect(readerActs("Vedtaket sendes også til naboene.", "nb")).toBe(false);
    // What the reader sends to the body still is the reader's.
    expect(readerActs("Søknaden sendes til kommunen innen 1. mars.", "nb")).toBe(true);
  });

  it("the letter has no «Send faktura …» step", () => {
    const draft = "Per Lie\nBakken 4\n5600 Norheimsund\n\nSaksnr.: 25/11\n\nTillatelse til garasje\n\nDet opplyses om at søknad om garasje er innvilget.\n\nGebyr for behandling av søknaden er kr 9 800. Faktura sendes separat til tiltakshaver.\n\nMed hilsen\nKvam herad\n";
    const letter = variants(draft).variants.letter.text;
    expect(letter).not.toMatch(/^Send faktura/m);
    expect(letter).not.toMatch(/Dette må du gjøre\n[^\n]*[Ff]aktura/);
  });

  it("«Det opplyses om at» and «Det vert opplyst om at» are empty openers", () => {
    expect(dropOpener("Det opplyses om at vannet er trygt igjen.", "nb")).toBe("Vannet er trygt igjen.");
    expect(dropOpener("Det vert opplyst om at vatnet er trygt igjen.", "nn")).toBe("Vatnet er trygt igjen.");
  });
});
