// repeated-word: the same word twice in a row ("på på"), case-insensitive and Unicode-aware, with a safe
// fix that removes the second word. Repeats with a grammatical reading are left alone: "det det gjelder",
// "den den gjelder", "de de …" (relative clause without "som"), "that that", "had had", and
// interjections ("ja ja", "hei hei", "så så"). Numbers are not words here ("2 2" is data, not a typo).
import type { Doc, Finding, Language } from "../model";
import type { Rule, RuleContext } from "./types";
import { message } from "./messages";
import { finding, lowerOf, tokenStore } from "./util";
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
    const messages = new Map<string, string>();
    for (let i = 1; i < flags.length; i++) {
      if (!(flags[i] & F_WORD) || !(flags[i - 1] & F_WORD) || sentence[i] !== sentence[i - 1]) continue;
      // Same word: equal vocabulary ids when either is a known word, else the same letters in lower case
      // (compared in the text; as strings when the text comparison cannot tell).
      const id = ids[i];
      const prevId = ids[i - 1];
      if (id >= 0 || prevId >= 0) {
        if (id !== prevId) continue;
      } else if (!(sameLowerInText(text, st.start[i - 1], st.end[i - 1], st.start[i], st.end[i]) ?? lw(i - 1) === lw(i))) continue;
      // (Offsets from the store, not token objects: a draft of one word repeated has tens of thousands of pairs.)
      const tStart = st.start[i];
      const tEnd = st.end[i];
      const pStart = st.start[i - 1];
      const pEnd = st.end[i - 1];
      const lower = lw(i);
      if (legit.has(lower)) continue;
      const tText = text.slice(tStart, tEnd);
      if (!/\p{L}/u.test(tText) || tText.includes(".")) continue;
      if (pEnd === tStart || !GAP.test(text.slice(pEnd, tStart))) continue;
      if (lastFlagged === i - 1) continue;
      lastFlagged = i;
      const pText = text.slice(pStart, pEnd);
      // The message of a word once (the same words repeat).
      let said = messages.get(pText);
      if (said === undefined) messages.set(pText, (said = message(ctx.locale, "repeated-word", { word: pText })));
      out.push(
        finding(doc, {
          rule: "repeated-word",
          severity: "warning",
          start: pStart,
          end: tEnd,
          message: said,
          suggestions: [pText],
          fix: { start: pEnd, end: tEnd, replacement: "" },
          data: { word: lower },
        }),
      );
    }
    return out;
  },
};
