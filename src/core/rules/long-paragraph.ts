// long-paragraph: a paragraph with more than `maxSentences` sentences (default 5) or more than `maxWords`
// words (default 100). One main point per paragraph (Aksel / NAV Klarspråkshjelpen use 2–3 sentences).
import type { Doc, Finding } from "../model";
import type { Rule, RuleContext } from "./types";
import { message } from "./messages";
import { finding, numOption, trimEnd, trimStart } from "./util";
import { sentenceWordCounts } from "./vocab";

export const longParagraphRule: Rule = {
  id: "long-paragraph",
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const maxSentences = numOption(ctx.options, "maxSentences", 5);
    const maxWords = numOption(ctx.options, "maxWords", 100);
    const out: Finding[] = [];
    const counts = sentenceWordCounts(doc);
    for (const p of doc.paragraphs) {
      const nSent = p.sentenceEnd - p.sentenceStart;
      const first = doc.sentences[p.sentenceStart];
      const last = doc.sentences[p.sentenceEnd - 1];
      if (!first || !last) continue;
      // A paragraph's sentences split its tokens between them: its words are theirs.
      let nWords = 0;
      for (let k = p.sentenceStart; k < p.sentenceEnd; k++) nWords += counts[k];
      const bySentences = nSent > maxSentences;
      if (!bySentences && nWords <= maxWords) continue;
      const start = trimStart(doc.text, p.start, p.end);
      const end = trimEnd(doc.text, start, p.end);
      if (end <= start) continue;
      out.push(
        finding(doc, {
          rule: "long-paragraph",
          severity: "info",
          start,
          end,
          message: bySentences
            ? message(ctx.locale, "long-paragraph.sentences", { n: nSent, max: maxSentences })
            : message(ctx.locale, "long-paragraph.words", { n: nWords, max: maxWords }),
          data: { sentences: nSent, words: nWords, maxSentences, maxWords },
        }),
      );
    }
    return out;
  },
};
