// nynorsk-form / bokmal-form: a form of the other written standard in the text ("fra", "Norge", "kun", "Husk"
// in nynorsk; "ikkje", "frå" in bokmål), with the right form as a safe fix where the pair is one to one. Word
// pairs and compound prefixes (hoved- → hovud-) are data (lexicon/nn/bokmal-forms.json,
// lexicon/nb/nynorsk-forms.json), checked against Norsk ordbank's lemma lists (CC BY 4.0). A paragraph written
// in the other standard (a parallel nynorsk section in a bokmål letter) is a text of its own, not stray forms:
// a paragraph with more of the other standard's own function words than of the document's is left alone.
import bokmalForms from "../lexicon/nn/bokmal-forms.json";
import nynorskForms from "../lexicon/nb/nynorsk-forms.json";
import type { Doc, Finding } from "../model";
import type { LexList } from "./lexicon";
import type { Rule, RuleContext } from "./types";
import { message, quote } from "./messages";
import { substitutionRule } from "./substitution";
import { applyCase, finding, lowerOf, tokenStore } from "./util";
import { classTokens, docWords, F_LONG, lowerLatin1, wordClass, type WordClass } from "./vocab";
import functionWords from "../text/function-words.json";

const NAME_BEFORE = /(?<![\p{L}\d])\p{Lu}[\p{L}-]*[ \u00A0]+\p{Lu}[\p{L}-]*[ \u00A0]+(?:og|for|and)[ \u00A0]+$/u;

interface Prefix {
  prefix: string;
  replacement: string;
  source: string;
}

/** Does the Latin-1 word text[a, b) start with `prefix` (lower case) and go on with at least three letters? */
function startsWithPrefix(text: string, a: number, b: number, prefix: string): boolean {
  if (b - a < prefix.length + 3) return false;
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(a + k);
    if (c > 0xff || lowerLatin1(c) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Function words only one standard has (function-words.json, weight 2), as word classes of the shared vocabulary. */
const MARKERS: Record<"nb" | "nn", WordClass> = {
  nb: wordClass((functionWords as { nb: { "2": string[] } }).nb["2"]),
  nn: wordClass((functionWords as { nn: { "2": string[] } }).nn["2"]),
};

/**
 * Per paragraph: is it written in `other` (more of that standard's own function words than of the document's, at
 * least two)? Undefined when no paragraph is, or when the document as a whole is not in the rule's standard (a
 * bokmål text forced to nynorsk keeps every finding).
 */
function parallelParagraphs(doc: Doc, own: "nb" | "nn", other: "nb" | "nn"): Uint8Array | undefined {
  const dw = docWords(doc);
  const lw = lowerOf(doc);
  const ownList = classTokens(dw, lw, MARKERS[own]);
  const otherList = classTokens(dw, lw, MARKERS[other]);
  if (otherList.length < 2 || ownList.length <= otherList.length) return undefined;
  const counts = new Int32Array(doc.paragraphs.length * 2);
  for (let k = 0; k < ownList.length; k++) counts[doc.sentences[dw.sentence[ownList[k]]].paragraph * 2]++;
  for (let k = 0; k < otherList.length; k++) counts[doc.sentences[dw.sentence[otherList[k]]].paragraph * 2 + 1]++;
  let any = false;
  const out = new Uint8Array(doc.paragraphs.length);
  for (let p = 0; p < doc.paragraphs.length; p++) {
    if (counts[p * 2 + 1] >= 2 && counts[p * 2 + 1] > counts[p * 2]) {
      out[p] = 1;
      any = true;
    }
  }
  return any ? out : undefined;
}

function formRule(id: string, language: "nb" | "nn", list: LexList & { prefixes?: Prefix[] }): Rule {
  const other = language === "nn" ? "nb" : "nn";
  const paragraphOf = (doc: Doc, token: number) => doc.sentences[tokenStore(doc).sentence[token]]?.paragraph ?? -1;
  const accept = (doc: Doc) => {
    const parallel = parallelParagraphs(doc, language, other);
    const st = tokenStore(doc);
    // A word that ends a name is the name's own spelling, not a stray form: "NAV Arbeid og ytelser" is the unit's
    // name in a nynorsk letter too. (Two capitalised words and "og"/"for" before it; "i Norge og kun" is no name.)
    const inName = (token: number) => NAME_BEFORE.test(doc.text.slice(Math.max(0, st.start[token] - 60), st.start[token]));
    return (token: number) => !inName(token) && (!parallel || parallel[paragraphOf(doc, token)] !== 1);
  };
  const words = substitutionRule({ id, lists: { [language]: [list] }, messageKey: id, accept });
  const prefixes = list.prefixes ?? [];
  const firstCodes = prefixes.map((p) => p.prefix.charCodeAt(0));
  return {
    id,
    languages: [language],
    run(doc: Doc, ctx: RuleContext): Finding[] {
      const out = words.run(doc, ctx);
      if (prefixes.length === 0) return out;
      const keep = accept(doc);
      // Compounds with a prefix of the other standard ("hovedregelen" → "hovudregelen"): long words only (a prefix
      // and three more letters), their first letter compared before anything else.
      const st = tokenStore(doc);
      const text = doc.text;
      const flags = docWords(doc).flags;
      let added = false;
      for (let i = 0; i < st.length; i++) {
        if (!(flags[i] & F_LONG)) continue;
        const a = st.start[i];
        const b = st.end[i];
        const c0 = lowerLatin1(text.charCodeAt(a));
        for (let q = 0; q < prefixes.length; q++) {
          const p = prefixes[q];
          if (c0 !== firstCodes[q] || !startsWithPrefix(text, a, b, p.prefix) || (keep && !keep(i))) continue;
          const original = text.slice(a, b);
          const replacement = applyCase(original, p.replacement) + original.slice(p.prefix.length);
          out.push(
            finding(doc, {
              rule: id,
              severity: list.level,
              start: a,
              end: b,
              message: message(ctx.locale, id, { text: original, alt: quote(ctx.locale, replacement) }),
              suggestions: [replacement],
              fix: { start: a, end: b, replacement },
              data: { entry: `${p.prefix}-`, source: p.source },
            }),
          );
          added = true;
          break;
        }
      }
      if (added) out.sort((x, y) => x.start - y.start || x.end - y.end);
      return out;
    },
  };
}

/** Bokmål forms in a nynorsk text. */
export const nynorskFormRule = formRule("nynorsk-form", "nn", bokmalForms as LexList & { prefixes?: Prefix[] });
/** Nynorsk forms in a bokmål text. */
export const bokmalFormRule = formRule("bokmal-form", "nb", nynorskForms as LexList & { prefixes?: Prefix[] });
