// long-sentence: sentences over `max` words (default 25) are a warning; from `infoFrom` words (default 20)
// an info. Words are tokens with letters (numbers, URLs and e-mail addresses are not counted), the same
// convention as the LIX word count.
import type { Doc, Finding } from "../model";
import type { Rule, RuleContext } from "./types";
import { message } from "./messages";
import { finding, numOption, trimEnd } from "./util";
import { sentenceWordCounts } from "./vocab";

export const longSentenceRule: Rule = {
  id: "long-sentence",
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const max = numOption(ctx.options, "max", 25);
    const infoFrom = numOption(ctx.options, "infoFrom", 20);
    const out: Finding[] = [];
    const counts = sentenceWordCounts(doc);
    for (let k = 0; k < doc.sentences.length; k++) {
      const n = counts[k];
      if (n <= max && n < infoFrom) continue;
      const s = doc.sentences[k];
      const end = trimEnd(doc.text, s.start, s.end);
      if (end <= s.start) continue;
      const warn = n > max;
      out.push(
        finding(doc, {
          rule: "long-sentence",
          severity: warn ? "warning" : "info",
          start: s.start,
          end,
          message: message(ctx.locale, warn ? "long-sentence" : "long-sentence.info", { n, max }),
          data: { words: n, max, infoFrom },
        }),
      );
    }
    return out;
  },
};
