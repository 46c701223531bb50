// reader-address (research ADDR-01): the reader named in the third person as the subject of a sentence
// ("Søkeren må sende …", "Abonnentene bes …", "Foresatte som har …") instead of "du"/"dere". Info only:
// a decision letter may need the legal role. Word classes are data (lexicon/<lang>/reader-address.json).
// "søker" and "eier" are also verbs ("Du søker om …"): such labels count only at a sentence or clause start.
import nb from "../lexicon/nb/reader-address.json";
import nn from "../lexicon/nn/reader-address.json";
import { K_WORD, type Doc, type Finding, type Language, type Severity } from "../model";
import type { Rule, RuleContext } from "./types";
import { message } from "./messages";
import { finding, firstWordTokenOfSentences, lowerOf, tokenAt, tokenStore } from "./util";
import { classTokens, docWords, wordClass, type WordClass } from "./vocab";

interface AddressData {
  level: Severity;
  source: string;
  singular: string[];
  plural: string[];
  ambiguous: string[];
  clauseStarts: string[];
  verbsAfter: string[];
  adverbs: string[];
  partitiveBefore?: string[];
}

interface Compiled {
  level: Severity;
  source: string;
  number: Map<string, "sg" | "pl">;
  /** The labels (keys of `number`) as a word class, tested on every token through the shared vocabulary. */
  labels: WordClass;
  ambiguous: Set<string>;
  clauseStarts: Set<string>;
  verbs: Set<string>;
  adverbs: Set<string>;
  partitive: Set<string>;
}

function compile(d: AddressData): Compiled {
  const number = new Map<string, "sg" | "pl">();
  for (const w of d.singular) if (!w.includes(" ")) number.set(w, "sg");
  for (const w of d.ambiguous) number.set(w, "sg");
  for (const w of d.plural) number.set(w, "pl");
  return { level: d.level ?? "info", source: d.source, number, labels: wordClass(number.keys()), ambiguous: new Set(d.ambiguous), clauseStarts: new Set(d.clauseStarts), verbs: new Set(d.verbsAfter), adverbs: new Set(d.adverbs), partitive: new Set(d.partitiveBefore ?? []) };
}

/** "Du er søker", "Kommunen, som søker …", "en eier": after these words a label is not the subject. */
const NOT_SUBJECT_AFTER = new Set(["er", "var", "som", "en", "ein", "ei", "du", "dere", "de", "vi", "jeg", "eg"]);

const DATA: Partial<Record<Language, Compiled>> = { nb: compile(nb as AddressData), nn: compile(nn as AddressData) };

export const readerAddressRule: Rule = {
  id: "reader-address",
  languages: ["nb", "nn"],
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const c = DATA[doc.language];
    const out: Finding[] = [];
    if (!c) return out;
    const st = tokenStore(doc);
    const lw = lowerOf(doc);
    const first = firstWordTokenOfSentences(doc);
    const dw = docWords(doc);
    const labels = classTokens(dw, lw, c.labels);
    for (let k = 0; k < labels.length; k++) {
      const i = labels[k];
      const num = c.number.get(lw(i));
      if (!num) continue;
      const s = st.sentence[i];
      const sentence = doc.sentences[s];
      if (sentence && sentence.kind === "heading") continue;
      const prev = tokenAt(doc, i - 1);
      const atStart = first[s] === i || (prev !== undefined && prev.sentence === s && (prev.text === "," || (prev.kind === "word" && c.clauseStarts.has(lw(i - 1)))));
      if (c.ambiguous.has(lw(i)) && !atStart) continue;
      // A subject: followed (after at most two adverbs) by a finite verb, or at a clause start by "som" (relative).
      let j = i + 1;
      while (j < st.length && st.sentence[j] === s && st.kind[j] === K_WORD && c.adverbs.has(lw(j)) && j - i <= 2) j++;
      const next = tokenAt(doc, j);
      if (!next || next.sentence !== s || next.kind !== "word") continue;
      const subject = c.verbs.has(lw(j)) || (atStart && lw(j) === "som");
      if (!subject) continue;
      // "Kommunen søker …": an ambiguous label after a noun is a verb; "Du er søker" is a predicate.
      if (prev && prev.sentence === s && prev.kind === "word" && NOT_SUBJECT_AFTER.has(lw(i - 1))) continue;
      // "De fleste søkerne får …": part of a group, not the reader.
      if (prev && prev.sentence === s && prev.kind === "word" && c.partitive.has(lw(i - 1))) continue;
      const start = st.start[i];
      const end = st.end[i];
      out.push(finding(doc, { rule: "reader-address", severity: c.level, start, end, message: message(ctx.locale, num === "pl" ? "reader-address.plural" : "reader-address", { text: doc.text.slice(start, end) }), suggestions: [], data: { number: num, source: c.source } }));
    }
    return out;
  },
};
