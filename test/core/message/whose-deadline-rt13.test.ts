// Whose deadline a sentence states: another party's duty or the writer's promise is never "Fristen er …" in the
// reader's SMS, and a deadline for readers a condition names is never everyone's.
import { variants } from "../../../src/core/channels";
import { othersDeadline } from "../../../src/core/message/duty-owner";

describe("othersDeadline", () => {
  it.each([
    ["Fastlegen din skal sende den nye legeerklæringa direkte til NAV innan 31. august.", "nn", true],
    ["Arbeidsgiveren din må levere a-meldingen innen 5. mars.", "nb", true],
    ["Your employer must submit the form by 5 March.", "en", true],
    ["Vi oppdaterer nettsidene seinast måndag 5. mai kl. 06.00.", "nn", true],
    ["Vi sender deg svar innen 1. mars.", "nb", true],
    ["Søknaden må være sendt innen 1. mars.", "nb", false],
    ["Skjemaet må leveres innen 5. mars.", "nb", false],
    ["Du må svare innen 1. mars.", "nb", false],
    ["Fristen er 1. mars.", "nb", false],
    ["Vi må ha svaret ditt innen 1. mars.", "nb", false],
    ["Vi ber deg svare innen 1. mars.", "nb", false],
    ["Alle søkere må levere innen 1. mars.", "nb", false],
    ["Eleven må levere skjemaet innen fredag.", "nb", false],
    ["Innen 1. mars må du sende inn søknaden.", "nb", false],
  ] as const)("%s → %s", (sentence, language, expected) => {
    expect(othersDeadline(sentence, language)).toBe(expected);
  });
});

describe("the personal SMS's deadline", () => {
  it("is not the GP's", () => {
    const draft = "Du har fått ny rettleiar\n\nTil: Per Hole\nStorgata 4\n6900 Florø\n\nSaka di om arbeidsavklaringspengar er overført til ein ny rettleiar. Frå 1. oktober er det Kari Dale som følgjer deg opp.\n\nFastlegen din skal sende ny legeerklæring til NAV innan 20. september. Du treng ikkje gjere noko med dette sjølv.\n\nDu må framleis sende meldekort kvar 14. dag.\n\nVenleg helsing\nKari Dale\nNAV Kinn\n";
    const r = variants(draft);
    expect(r.variants.sms.text).not.toContain("20. september");
    expect(r.message.actions.find((a) => /meldekort/.test(a.text))?.deadline).toBeUndefined();
  });
  it("is not the writer's promise to update a web page", () => {
    const draft = "Streik i bussane frå måndag\n\nFagforbundet har varsla streik. Blir partane ikkje einige, går det ikkje buss frå måndag 5. mai.\n\nGrunnskuleelevar med rett til skuleskyss får skyss med drosje. Har barnet ditt særskild skyss, går denne som vanleg.\n\nVi oppdaterer nettsida vår så snart meklinga er ferdig, seinast måndag 5. mai kl. 06.00.\n\nVestland fylkeskommune\n";
    const r = variants(draft);
    expect(r.message.audience.value).toBe("public");
    expect(r.variants.sms.text).not.toMatch(/Fristen er/);
  });
});

describe("a named deadline after a condition on the reader", () => {
  it("is not said as everyone's deadline", () => {
    const draft = "Where to vote\n\nThe municipal election will be held on Monday 13 September 2027.\n\nOn election day, you must vote at the polling station in your own district.\n\nIf you cannot go to a polling station because of illness, you can apply to vote at home. The deadline is Wednesday 8 September at 15:00.\n\nBodø municipality\n";
    const v = variants(draft).variants;
    expect(v.sms.text).not.toMatch(/deadline is Wednesday 8 September/i);
    expect(v.post.text).not.toMatch(/Deadline: Wednesday 8 September|deadline is Wednesday 8 September/i);
  });
});

describe("a step for an event of the reader's life", () => {
  it("is not the one line of a personal SMS", () => {
    const draft = "Your repayment plan\n\nTo: Ola Hansen\nCustomer number: 5502187\n\nYou have finished your studies and will start repaying your loan. Your first instalment is due on 15 January 2026.\n\nIf you move abroad, you must update your address within 14 days of moving.\n\nBest regards\nLånekassen\n";
    const r = variants(draft);
    expect(r.variants.sms.text).not.toContain("move abroad");
    expect(r.message.times.find((t) => t.text === "15 January 2026")?.role).not.toBe("superseded");
  });
  it("a condition on what the letter says is still what the SMS asks", () => {
    const draft = "Varsel om ny vurdering\n\nTil: Kari Nordmann\n\nVi har fått opplysningar om at inntekta di er endra. Dersom opplysningane ikkje stemmer, må du sende inn dokumentasjon innan to veker.\n\nHelsing\nNAV\n";
    expect(variants(draft).variants.sms.text).toContain("Dersom opplysningane ikkje stemmer");
  });
});
