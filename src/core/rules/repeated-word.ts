// repeated-word: the same word twice in a row ("på på"), case-insensitive and Unicode-aware, with a safe
// fix that removes the second word. Repeats with a grammatical reading are left alone: "det det gjelder",
// "den den gjelder", "de de …" (relative clause without "som"), "that that", "had had", and
// interjections ("ja ja", "hei hei", "så så"). Numbers are not words here ("2 2" is data, not a typo).
import type { Doc, Finding, Language, Token } from "../model";
import type { Rule, RuleContext } from "./types";
import { message } from "./messages";
import { finding, lowerOf, tokenAt, tokenStore } from "./util";
import { docWords, F_WORD, sameLowerInText } from "./vocab";

const LEGIT: Record<Language, ReadonlySet<string>> = {
  nb: new Set(["det", "den", "de", "dem", "så", "ja", "nei", "hei", "ha", "he", "hm", "tja", "bla", "nå"]),
  nn: new Set(["det", "den", "dei", "dei", "så", "ja", "nei", "hei", "ha", "he", "hm", "tja", "bla", "no"]),
  en: new Set(["that", "had", "is", "ha", "bye", "no", "yes", "hey", "very", "so", "bla", "blah"]),
};

const GAP = /^[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]*(?:\r?\n)?[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]*$/;

export const repeatedWordRule: Rule = {
  id: "repeated-word",
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    const legit = LEGIT[doc.language] ?? LEGIT.nb;
    const lw = lowerOf(doc);
    const dw = docWords(doc);
    const { flags, sentence, ids } = dw;
    const st = tokenStore(doc);
    const text = doc.text;
    let lastFlagged = -2;
    for (let i = 1; i < flags.length; i++) {
      if (!(flags[i] & F_WORD) || !(flags[i - 1] & F_WORD) || sentence[i] !== sentence[i - 1]) continue;
      // Same word: equal vocabulary ids when either is a known word, else the same letters in lower case
      // (compared in the text; as strings when the text comparison cannot tell).
      const id = ids[i];
      const prevId = ids[i - 1];
      if (id >= 0 || prevId >= 0) {
        if (id !== prevId) continue;
      } else if (!(sameLowerInText(text, st.start[i - 1], st.end[i - 1], st.start[i], st.end[i]) ?? lw(i - 1) === lw(i))) continue;
      const t = tokenAt(doc, i) as Token;
      const p = tokenAt(doc, i - 1) as Token;
      if (legit.has(lw(i))) continue;
      if (!/\p{L}/u.test(t.text) || t.text.includes(".")) continue;
      const gap = doc.text.slice(p.end, t.start);
      if (gap.length === 0 || !GAP.test(gap)) continue;
      if (lastFlagged === i - 1) continue;
      lastFlagged = i;
      out.push(
        finding(doc, {
          rule: "repeated-word",
          severity: "warning",
          start: p.start,
          end: t.end,
          message: message(ctx.locale, "repeated-word", { word: p.text }),
          suggestions: [p.text],
          fix: { start: p.end, end: t.end, replacement: "" },
          data: { word: lw(i) },
        }),
      );
    }
    return out;
  },
};
