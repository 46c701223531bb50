// The fact guard of sentenceRewrite on its own: a rewrite from the letter's sentence pass that changed a fact
// (it has its own guards, so one is forced here) is never offered.
import type { Language } from "../../src/core/model";

// The real module is loaded on first use, not in the factory: it imports the core's index, which imports
// sentence-rewrite, which must get this mock.
jest.mock("../../src/core/channels/letter", () => {
  const real = () => jest.requireActual("../../src/core/channels/letter");
  return {
    plain: jest.fn((...a: unknown[]) => real().plain(...a)),
    isQuote: (s: string) => real().isQuote(s),
    composeLetter: (...a: unknown[]) => real().composeLetter(...a),
  };
});

import { plain } from "../../src/core/channels/letter";
import { sentenceRewrite } from "../../src/core/sentence-rewrite";

const cases: Array<[Language, string, string]> = [
  ["nb", "Søknaden må leveres innen 1. mars.", "Du må levere søknaden innen 2. mars."],
  ["nn", "Søknaden må sendast innan 1. mars.", "Du må sende søknaden innan 1. april."],
  ["en", "The application must be submitted by 1 March.", "You must submit the application by 1 May."],
];

test.each(cases)("%s: a rewrite that changes a date is refused", (language, sentence, changed) => {
  const span = { start: 0, end: sentence.length };
  expect(sentenceRewrite(sentence, span, language)).not.toBeNull();
  (plain as jest.Mock).mockReturnValueOnce(changed);
  expect(sentenceRewrite(sentence, span, language)).toBeNull();
});
