// A decision letter in the stiff register («Det er fattet vedtak om innvilgelse av …», «Dersom tilbudet ikke
// aksepteres innen fristen, …»): the letter says who decided and what the reader must do, in the active voice,
// and keeps every fact and the appeal block.
import { variants } from "../../../src/core/channels";

const draft = [
  "Vedtak om startlån",
  "",
  "Vi viser til Deres søknad om startlån mottatt 3. februar 2025. Søknaden er behandlet, og det er fattet vedtak om innvilgelse av startlån på kr 1 200 000.",
  "",
  "Lånetilbudet må aksepteres innen 15. mars 2025. Dersom tilbudet ikke aksepteres innen fristen, vil tilsagnet bortfalle.",
  "",
  "Vedtaket kan påklages innen tre uker fra De mottok dette brevet. Klagen sendes til Bergvik kommune, Postboks 100, 5001 Bergvik.",
  "",
  "Med hilsen",
  "Bergvik kommune",
].join("\n");

describe("a decision letter", () => {
  const v = variants(draft);
  const letter = v.variants.letter.text;
  it("says who decided, with the verb", () => {
    expect(letter).toMatch(/vi har innvilget startlån på kr 1 200 000/);
    expect(letter).not.toMatch(/fattet vedtak/);
  });
  it("the condition is the reader's own act", () => {
    expect(letter).toMatch(/Dersom du ikke aksepterer tilbudet innen fristen/);
  });
  it("keeps every fact and the appeal address as written", () => {
    expect(v.variants.letter.findings.filter((f) => f.rule === "facts-missing" || f.rule === "facts-invented")).toHaveLength(0);
    expect(letter).toMatch(/Klagen sendes til Bergvik kommune, Postboks 100, 5001 Bergvik\./);
  });
  it("nynorsk: «det er gjort vedtak om avslag på»", () => {
    const nn = variants("Vedtak\n\nSøknaden er handsama, og det er gjort vedtak om avslag på søknaden om startlån.\n\nMed helsing\nBergvik kommune", { language: "nn" });
    expect(nn.variants.letter.text).toMatch(/vi har avslått søknaden om startlån/);
  });
});
