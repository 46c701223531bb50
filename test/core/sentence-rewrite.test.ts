// The pane's «Skriv om setningen»: one sentence rewritten as the letter would, or null when it is not safe.
import { sentenceRewrite } from "../../src/core/index";
import type { Language } from "../../src/core/model";

/** The rewrite of `sentence` where it stands in `text` (its first occurrence). */
function at(text: string, sentence: string, language: Language, options = {}) {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`not in text: ${sentence}`);
  return sentenceRewrite(text, { start, end: start + sentence.length }, language, options);
}

describe("sentenceRewrite, bokmål", () => {
  const text = "Byggesak\n\nVi viser til Deres søknad om byggetillatelse. Søknaden må leveres innen 1. mars.\n\nSøknaden må leveres innen 1. mars\n\n«Søknaden må leveres innen 1. mars», sier Hansen.\n\nKlagen sendes til kommunen.\n";

  test("a passive with a known agent becomes active, the fact kept, and the span is the sentence's", () => {
    const r = at(text, "Søknaden må leveres innen 1. mars.", "nb", { finding: { rule: "passive", text: "leveres" } });
    expect(r).toEqual({ start: text.indexOf("Søknaden må leveres innen 1. mars."), end: text.indexOf("Søknaden må leveres innen 1. mars.") + 34, before: "Søknaden må leveres innen 1. mars.", after: "Du må levere søknaden innen 1. mars." });
  });

  test("formal address in a formal draft to one reader becomes du/din", () => {
    expect(at(text, "Vi viser til Deres søknad om byggetillatelse.", "nb")?.after).toBe("Vi viser til søknaden din om byggetillatelse.");
  });

  test("the address is kept where the draft speaks to several readers", () => {
    const dere = "Dere må svare. Vi viser til Deres søknad om byggetillatelse.";
    expect(at(dere, "Vi viser til Deres søknad om byggetillatelse.", "nb")).toBeNull();
  });

  test("an empty opener is dropped", () => {
    const t = "Det meddeles herved at søknaden er innvilget.";
    expect(at(t, t, "nb")?.after).toBe("Søknaden er innvilget.");
  });

  test("refused: a heading that would oblige someone, quoted speech, an appeal sentence", () => {
    expect(at(text, "Søknaden må leveres innen 1. mars\n", "nb")).toBeNull();
    expect(at(text, "«Søknaden må leveres innen 1. mars», sier Hansen.", "nb")).toBeNull();
    expect(at(text, "Klagen sendes til kommunen.", "nb")).toBeNull();
  });

  test("refused when the text at the span is no longer the sentence that was checked", () => {
    const s = "Søknaden må leveres innen 1. mars.";
    const start = text.indexOf(s);
    const changed = text.replace(s, "Søknaden må leveres innen 2. mars.");
    expect(sentenceRewrite(changed, { start, end: start + s.length }, "nb", { expected: s })).toBeNull();
    expect(sentenceRewrite(text, { start, end: start + s.length }, "nb", { expected: s })).not.toBeNull();
    expect(sentenceRewrite(text, { start: -1, end: 4 }, "nb")).toBeNull();
    expect(sentenceRewrite(text, { start: 0, end: text.length + 5 }, "nb")).toBeNull();
  });

  test("refused when nothing changes or the rewrite keeps the finding it is offered for", () => {
    const t = "Vi svarer deg innen 1. mars.";
    expect(at(t, t, "nb")).toBeNull();
    expect(at(text, "Søknaden må leveres innen 1. mars.", "nb", { finding: { rule: "passive", text: "må" } })).not.toBeNull();
  });

  test("every fact of a rewritten sentence is in the rewrite as written", () => {
    const t = "Søknaden må leveres innen 1. mars 2027 kl. 12.00.";
    const r = at(t, t, "nb");
    expect(r?.after).toContain("1. mars 2027 kl. 12.00");
  });

  test("a list item keeps its marker: only the words after it are the span", () => {
    const t = "Husk:\n\n- Søknaden må leveres innen 1. mars.\n- Ta med legitimasjon.";
    const r = at(t, "- Søknaden må leveres innen 1. mars.", "nb");
    expect(r && t.slice(r.start, r.end)).toBe("Søknaden må leveres innen 1. mars.");
  });
});

describe("sentenceRewrite, nynorsk", () => {
  const text = "Vi viser til Dykkar søknad om byggjeløyve. Søknaden må sendast innan 1. mars.";
  test("passive to active and Dykkar to din", () => {
    expect(at(text, "Søknaden må sendast innan 1. mars.", "nn")?.after).toBe("Du må sende søknaden innan 1. mars.");
    // Nynorsk puts the possessive after the definite noun ("søknaden din"), as bokmål letters do.
    expect(at(text, "Vi viser til Dykkar søknad om byggjeløyve.", "nn")?.after).toBe("Vi viser til søknaden din om byggjeløyve.");
  });
  test("refused: quoted speech and a changed text", () => {
    const q = "«Søknaden må sendast innan 1. mars», seier Hansen.";
    expect(at(q, q, "nn")).toBeNull();
    const s = "Søknaden må sendast innan 1. mars.";
    const start = text.indexOf(s);
    expect(sentenceRewrite(text.replace("1. mars", "3. mars"), { start, end: start + s.length }, "nn", { expected: s })).toBeNull();
  });
});

describe("sentenceRewrite, English", () => {
  test("a passive with a known agent becomes active", () => {
    const t = "The application must be submitted by 1 March.";
    expect(at(t, t, "en")?.after).toBe("You must submit the application by 1 March.");
  });
  test("refused: a quote, a heading with an obligation, and a changed text", () => {
    const q = "“The application must be submitted by 1 March,” says Hansen.";
    expect(at(q, q, "en")).toBeNull();
    const h = "Building permit\n\nThe application must be submitted by 1 March\n\nWe will reply within two weeks.";
    expect(at(h, "The application must be submitted by 1 March", "en")).toBeNull();
    const t = "The application must be submitted by 1 March.";
    expect(sentenceRewrite("The application must be submitted by 2 March.", { start: 0, end: t.length }, "en", { expected: t })).toBeNull();
  });
});
