import { parse } from "../../../src/core/text/parse";
import { offsetProblems } from "./helpers";

const kindsOf = (text: string) => parse(text).sentences.map((s) => `${s.kind}:${s.text}`);

describe("paragraphs, headings, lists and signatures", () => {
  const letter = [
    "Vedrørende endret skatteoppgjør for 2024",
    "",
    "Vi har endret skatteoppgjøret ditt. Du må betale 14 280 kroner.",
    "",
    "Dette må du sende:",
    "- lønnsslipp",
    "- Arbeidsavtale fra arbeidsgiver",
    "1. Logg inn på nav.no",
    "2) Send skjemaet",
    "",
    "Har du spørsmål?",
    "Ring oss på 55 55 33 33.",
    "",
    "Med vennlig hilsen",
    "",
    "Kari Nordmann",
    "rådgiver",
    "Skatteetaten",
  ].join("\n");

  test("each kind is recognised", () => {
    expect(kindsOf(letter)).toEqual([
      "heading:Vedrørende endret skatteoppgjør for 2024",
      "text:Vi har endret skatteoppgjøret ditt.",
      "text:Du må betale 14 280 kroner.",
      "text:Dette må du sende:",
      "list-item:- lønnsslipp",
      "list-item:- Arbeidsavtale fra arbeidsgiver",
      "list-item:1. Logg inn på nav.no",
      "list-item:2) Send skjemaet",
      "text:Har du spørsmål?",
      "text:Ring oss på 55 55 33 33.",
      "signature:Med vennlig hilsen",
      "signature:Kari Nordmann",
      "signature:rådgiver",
      "signature:Skatteetaten",
    ]);
  });

  test("paragraph boundaries: blank lines and single line breaks", () => {
    const doc = parse(letter);
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      "Vedrørende endret skatteoppgjør for 2024",
      "Vi har endret skatteoppgjøret ditt. Du må betale 14 280 kroner.",
      "Dette må du sende:",
      "- lønnsslipp",
      "- Arbeidsavtale fra arbeidsgiver",
      "1. Logg inn på nav.no",
      "2) Send skjemaet",
      "Har du spørsmål?",
      "Ring oss på 55 55 33 33.",
      "Med vennlig hilsen",
      "Kari Nordmann",
      "rådgiver",
      "Skatteetaten",
    ]);
    expect(offsetProblems(doc)).toEqual([]);
  });

  test("a soft-wrapped line continues its paragraph and sentence", () => {
    const doc = parse("Du kan sende uttalelsen din til oss i posten. Adressen finner du på\nnav.no/ettersendelser. Vi svarer på henvendelsen din innen\nfire uker.");
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.sentences.map((s) => s.text)).toEqual([
      "Du kan sende uttalelsen din til oss i posten.",
      "Adressen finner du på\nnav.no/ettersendelser.",
      "Vi svarer på henvendelsen din innen\nfire uker.",
    ]);
  });

  test("a full stop before a soft-wrapped lower-case line still ends the sentence; an ordinal does not", () => {
    const doc = parse("Les mer om ordningen og om hvordan du søker på nettsidene våre.\nnav.no/dagpenger har skjemaet. Fristen for å søke er innen 20.\nmars hvert år.");
    expect(doc.sentences.map((s) => s.text)).toEqual([
      "Les mer om ordningen og om hvordan du søker på nettsidene våre.",
      "nav.no/dagpenger har skjemaet.",
      "Fristen for å søke er innen 20.\nmars hvert år.",
    ]);
  });

  test("a line ending in an abbreviation continues on the next line", () => {
    const doc = parse("Vi har åpent i dag fra kl.\n09.00 til 15.00.");
    expect(doc.sentences).toHaveLength(1);
  });

  test("Windows and Word line breaks (\\r\\n, \\r, vertical tab)", () => {
    expect(parse("Overskrift\r\nTekst her.\rMer tekst.\vSiste linje.").paragraphs.map((p) => p.text)).toEqual([
      "Overskrift",
      "Tekst her.",
      "Mer tekst.",
      "Siste linje.",
    ]);
  });

  test("a heading needs following text, no final punctuation and at most 16 words", () => {
    expect(parse("Bare én linje uten punktum").sentences[0].kind).toBe("text");
    expect(parse("Dette er en setning.\nNeste.").sentences[0].kind).toBe("text");
    const long = "Dette er en svært lang linje uten punktum som går over mange ord og slutter aldri helt av seg selv her";
    expect(parse(`${long}\nNeste setning.`).sentences[0].kind).toBe("text");
    expect(parse("# Tittel\nTekst.").sentences[0].kind).toBe("heading");
  });

  test("a salutation line is not a heading", () => {
    expect(parse("Hei Kari\nVi har fått søknaden din.").sentences[0].kind).toBe("text");
    expect(parse("Kjære foresatte\nVelkommen til nytt skoleår.").sentences[0].kind).toBe("text");
  });

  test("an SMS with the greeting on one line: closing formula is a signature sentence", () => {
    expect(kindsOf("Hei! Du har fått et vedtak fra Nav. Logg inn på Nav for å lese det. Vennlig hilsen Nav")).toEqual([
      "text:Hei!",
      "text:Du har fått et vedtak fra Nav.",
      "text:Logg inn på Nav for å lese det.",
      "signature:Vennlig hilsen Nav",
    ]);
  });

  test("nynorsk and English closings", () => {
    expect(kindsOf("Takk for svaret.\nMed venleg helsing\nNav Familie")).toEqual(["text:Takk for svaret.", "signature:Med venleg helsing", "signature:Nav Familie"]);
    expect(kindsOf("Thanks for your reply.\nKind regards,\nThe team")).toEqual(["text:Thanks for your reply.", "signature:Kind regards,", "signature:The team"]);
    expect(kindsOf("Hei,\nVi minner om fristen.\nMvh Kartverket")).toEqual(["text:Hei,", "text:Vi minner om fristen.", "signature:Mvh Kartverket"]);
  });

  test("the signature ends at a paragraph of running text", () => {
    const kinds = parse("Med venleg helsing\n\n{enhet}\n\nSaka har blitt automatisk sakshandsama. Vedtaksbrevet er derfor ikkje underskrive av sakshandsamar.").sentences.map((s) => s.kind);
    expect(kinds).toEqual(["signature", "signature", "text", "text"]);
  });

  test("'Hilsen' inside running text is not a signature", () => {
    expect(parse("Hilsen fra ordføreren er lagt ved brevet som vi sendte deg i forrige uke.").sentences[0].kind).toBe("text");
  });

  test("bullets of several kinds", () => {
    const doc = parse("Ta med:\n• pass\n* førerkort\n– bankkort\n▪ kvittering");
    expect(doc.sentences.map((s) => s.kind)).toEqual(["text", "list-item", "list-item", "list-item", "list-item"]);
  });

  test("a hyphen that is not followed by a space is not a bullet", () => {
    expect(parse("Overskrift\n-5 grader i dag.").sentences.map((s) => s.kind)).not.toContain("list-item");
  });

  test("empty and blank input give an empty document", () => {
    for (const t of ["", "   ", "\n\n\r\n\t", "\u200b\u0000"]) {
      const doc = parse(t);
      expect(doc.paragraphs).toEqual([]);
      expect(doc.sentences).toEqual([]);
      expect(doc.tokens).toEqual([]);
      expect(doc.text).toBe(t);
    }
  });

  test("paragraph and sentence index links are consistent", () => {
    const doc = parse(letter);
    doc.paragraphs.forEach((p, pi) => {
      for (let s = p.sentenceStart; s < p.sentenceEnd; s++) expect(doc.sentences[s].paragraph).toBe(pi);
    });
    expect(doc.paragraphs[doc.paragraphs.length - 1].sentenceEnd).toBe(doc.sentences.length);
    expect(doc.sentences[doc.sentences.length - 1].tokenEnd).toBe(doc.tokens.length);
  });
});
