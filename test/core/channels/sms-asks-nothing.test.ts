// An SMS says "som du må svare på" only when the letter asks the reader for something: a letter that tells the
// reader Nav has asked the employer for information asks the reader for nothing.
import { variants } from "../../../src/core/channels";

const letter = (body: string) =>
  ["Vi har bedt om opplysninger fra arbeidsgiveren din", "", "Vi fikk søknaden din om foreldrepenger, men mangler opplysninger for å behandle den.", "", body, "", "Med vennlig hilsen", "Nav Familie- og pensjonsytelser"].join("\n");

describe("the SMS does not invent an obligation", () => {
  it("the employer is asked: the reader need not answer", () => {
    const v = variants(letter("Vi har bedt arbeidsgiveren din om å sende inntektsmelding. Arbeidsgiveren din kan logge seg på nav.no/arbeidsgiver og sende inntektsmelding derfra."));
    expect(v.message.actions).toHaveLength(0);
    expect(v.variants.sms.text).not.toMatch(/svare|må/);
    // Nor is it read as a demand for information.
    expect(v.message.kind).not.toBe("demand");
  });
  it("«Hvis vi trenger flere opplysninger, tar vi kontakt» asks nothing either", () => {
    const v = variants(letter("Vi behandler søknaden innen 1. mars 2026. Hvis vi trenger flere opplysninger, tar vi kontakt med deg."));
    expect(v.message.kind).not.toBe("demand");
    expect(v.variants.sms.text).not.toMatch(/svare|[Ff]rist|1\. mars/);
  });
  it("the reader is asked: the SMS says so", () => {
    const v = variants(letter("Du må sende oss lønnsslippene dine innen 20. april 2026."));
    expect(v.message.kind).toBe("demand");
    expect(v.variants.sms.text).toMatch(/20\. april/);
    expect(v.variants.sms.text).toMatch(/må|svar|[Ff]rist/);
  });
});
