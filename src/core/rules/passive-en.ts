// passive (English): a form of "be" — alone, after a modal or "to" ("will be sent", "must be submitted", "to be
// registered"), or as "been"/"being" ("has been received", "is being handled") — followed by a past participle,
// with at most two adverbs in between ("will not be processed"). Adjectival participles are states ("is located",
// "are interested") and are never flagged; some ("closed", "required", "expected" …) only in a dynamic frame:
// after a modal, "to", "been" or "being", or with an agent ("by …"). Word classes are data
// (lexicon/en/passive.json); the rule shares the id "passive" with the Norwegian one (DESIGN.md).
import data from "../lexicon/en/passive.json";
import { K_WORD, type Doc, type Finding } from "../model";
import type { Rule, RuleContext } from "./types";
import { message } from "./messages";
import { finding, tokenStore } from "./util";

const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const BE = set(data.beForms);
const MODALS = set(data.modals);
const PERFECT = set(data.perfect);
const ADVERBS = set(data.adverbs);
const IRREGULAR = set(data.irregular);
const ADJECTIVAL = set(data.adjectival);
const DYNAMIC_ONLY = set(data.dynamicOnly);
const AGENT_STOP = new Set(["and", "or", "in", "on", "at", "to", "for", "with", "from", "of", "before", "after", "if", "when", "because"]);

function looksParticiple(w: string): boolean {
  if (IRREGULAR.has(w)) return true;
  return w.length >= 5 && w.endsWith("ed") && !w.endsWith("eed");
}

/** The English part of the passive rule (passive.ts calls it for English text). */
export const englishPassiveRule: Rule = {
  id: "passive",
  languages: ["en"],
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const st = tokenStore(doc);
    const out: Finding[] = [];
    const n = st.length;
    const word = (i: number) => i >= 0 && i < n && st.kind[i] === K_WORD;
    const same = (i: number, j: number) => st.sentence[i] === st.sentence[j];
    for (let i = 0; i < n; i++) {
      if (st.kind[i] !== K_WORD) continue;
      const be = st.lowerAt(i);
      if (!BE.has(be)) continue;
      // The participle: the next word, or after at most two adverbs.
      let p = i + 1;
      for (let k = 0; k < 2 && word(p) && same(p, i) && ADVERBS.has(st.lowerAt(p)); k++) p++;
      if (!word(p) || !same(p, i)) continue;
      const w = st.lowerAt(p);
      if (BE.has(w) || !looksParticiple(w) || ADJECTIVAL.has(w) && !DYNAMIC_ONLY.has(w)) continue;
      // Where the verb group starts: a modal or "to" right before "be", "has/have/had" before "been".
      let start = i;
      const prev = i - 1;
      const prevWord = word(prev) && same(prev, i) ? st.lowerAt(prev) : "";
      if ((be === "be" && MODALS.has(prevWord)) || (be === "been" && PERFECT.has(prevWord)) || (be === "being" && BE.has(prevWord))) start = prev;
      else if (be === "be" && word(prev - 1) && same(prev - 1, i) && ADVERBS.has(prevWord) && MODALS.has(st.lowerAt(prev - 1))) start = prev - 1;
      // An agent: "by" right after the participle, then up to three words.
      let agent: string | undefined;
      if (word(p + 1) && same(p + 1, i) && st.lowerAt(p + 1) === "by") {
        let last = p + 1;
        for (let q = p + 2; q <= p + 4 && word(q) && same(q, i) && !AGENT_STOP.has(st.lowerAt(q)); q++) last = q;
        if (last > p + 1) agent = doc.text.slice(st.start[p + 2], st.end[last]);
      }
      const dynamic = start !== i || be === "been" || be === "being" || agent !== undefined;
      if (DYNAMIC_ONLY.has(w) && !dynamic) continue;
      const a = st.start[start];
      const b = st.end[p];
      const text = doc.text.slice(a, b);
      out.push(
        finding(doc, {
          rule: "passive",
          severity: "warning",
          start: a,
          end: b,
          message: agent ? message(ctx.locale, "passive.en.agent", { text, agent }) : message(ctx.locale, "passive.en", { text }),
          data: { kind: "en-passive", verb: w, ...(agent ? { agent } : {}), source: "GOV.UK style guide (active voice); Plain English Campaign" },
        }),
      );
      i = p;
    }
    return out;
  },
};
