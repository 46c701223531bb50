// nynorsk-form / bokmal-form: a form of the other written standard in the text ("fra", "Norge", "kun", "Husk"
// in nynorsk; "ikkje", "frå" in bokmål), with the right form as a safe fix where the pair is one to one. Word
// pairs and compound prefixes (hoved- → hovud-) are data (lexicon/nn/bokmal-forms.json,
// lexicon/nb/nynorsk-forms.json), checked against Norsk ordbank's lemma lists (CC BY 4.0). A paragraph written
// in the other standard (a parallel nynorsk section in a bokmål letter) is a text of its own, not stray forms:
// a paragraph with PARAGRAPH_HITS or more findings whose own function words say it is in the other standard is
// left alone.
import bokmalForms from "../lexicon/nn/bokmal-forms.json";
import nynorskForms from "../lexicon/nb/nynorsk-forms.json";
import { K_WORD, type Doc, type Finding, type Language } from "../model";
import type { LexList } from "./lexicon";
import type { Rule, RuleContext } from "./types";
import { message, quote } from "./messages";
import { substitutionRule } from "./substitution";
import { applyCase, finding, tokenStore } from "./util";
import { lowerLatin1 } from "./vocab";
import { languageOfRange, languageScoresOfStore } from "../text/language";

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

const PARAGRAPH_HITS = 2;

/** The findings without those in paragraphs that are themselves written in `other`. */
function withoutParallelParagraphs(doc: Doc, out: Finding[], other: Language): Finding[] {
  if (out.length < PARAGRAPH_HITS) return out;
  const st = tokenStore(doc);
  const skip = new Set<number>();
  let p = 0;
  for (let k = 0; k < out.length; ) {
    while (p < doc.paragraphs.length && doc.paragraphs[p].end <= out[k].start) p++;
    if (p >= doc.paragraphs.length) break;
    const para = doc.paragraphs[p];
    let m = k;
    while (m < out.length && out[m].start < para.end) m++;
    if (m - k >= PARAGRAPH_HITS) {
      const first = doc.sentences[para.sentenceStart];
      const last = doc.sentences[para.sentenceEnd - 1];
      if (first && last && languageOfRange(st, first.tokenStart, last.tokenEnd) === other) skip.add(p);
    }
    k = m > k ? m : k + 1;
  }
  if (skip.size === 0) return out;
  // Only a document that is itself in the rule's standard has parallel paragraphs: a text forced to nynorsk that
  // is bokmål throughout gets every finding.
  const scores = languageScoresOfStore(st);
  if (other === "nb" ? scores.nb >= scores.nn : scores.nn > scores.nb) return out;
  p = 0;
  return out.filter((f) => {
    while (p < doc.paragraphs.length && doc.paragraphs[p].end <= f.start) p++;
    return !(p < doc.paragraphs.length && skip.has(p) && doc.paragraphs[p].start <= f.start);
  });
}

function formRule(id: string, language: Language, list: LexList & { prefixes?: Prefix[] }): Rule {
  const other: Language = language === "nn" ? "nb" : "nn";
  const words = substitutionRule({ id, lists: { [language]: [list] }, messageKey: id });
  const prefixes = list.prefixes ?? [];
  return {
    id,
    languages: [language],
    run(doc: Doc, ctx: RuleContext): Finding[] {
      const out = words.run(doc, ctx);
      if (prefixes.length === 0) return withoutParallelParagraphs(doc, out, other);
      // Compounds with a prefix of the other standard ("hovedregelen" → "hovudregelen").
      const st = tokenStore(doc);
      const text = doc.text;
      const firsts = new Set(prefixes.map((p) => p.prefix.charCodeAt(0)));
      let added = false;
      for (let i = 0; i < st.length; i++) {
        if (st.kind[i] !== K_WORD) continue;
        const a = st.start[i];
        const b = st.end[i];
        if (!firsts.has(lowerLatin1(text.charCodeAt(a)))) continue;
        for (const p of prefixes) {
          if (!startsWithPrefix(text, a, b, p.prefix)) continue;
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
      return withoutParallelParagraphs(doc, out, other);
    },
  };
}

/** Bokmål forms in a nynorsk text. */
export const nynorskFormRule = formRule("nynorsk-form", "nn", bokmalForms as LexList & { prefixes?: Prefix[] });
/** Nynorsk forms in a bokmål text. */
export const bokmalFormRule = formRule("bokmal-form", "nb", nynorskForms as LexList & { prefixes?: Prefix[] });
