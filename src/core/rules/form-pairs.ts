// nynorsk-form / bokmal-form: a form of the other written standard in the text ("fra", "Norge", "kun", "Husk"
// in nynorsk; "ikkje", "frå" in bokmål), with the right form as a safe fix where the pair is one to one. Word
// pairs and compound prefixes (hoved- → hovud-) are data (lexicon/nn/bokmal-forms.json,
// lexicon/nb/nynorsk-forms.json), checked against Norsk ordbank's lemma lists (CC BY 4.0).
import bokmalForms from "../lexicon/nn/bokmal-forms.json";
import nynorskForms from "../lexicon/nb/nynorsk-forms.json";
import { K_WORD, type Doc, type Finding, type Language } from "../model";
import type { LexList } from "./lexicon";
import type { Rule, RuleContext } from "./types";
import { message, quote } from "./messages";
import { substitutionRule } from "./substitution";
import { applyCase, finding, tokenStore } from "./util";
import { lowerLatin1 } from "./vocab";

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

function formRule(id: string, language: Language, list: LexList & { prefixes?: Prefix[] }): Rule {
  const words = substitutionRule({ id, lists: { [language]: [list] }, messageKey: id });
  const prefixes = list.prefixes ?? [];
  return {
    id,
    languages: [language],
    run(doc: Doc, ctx: RuleContext): Finding[] {
      const out = words.run(doc, ctx);
      if (prefixes.length === 0) return out;
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
      return out;
    },
  };
}

/** Bokmål forms in a nynorsk text. */
export const nynorskFormRule = formRule("nynorsk-form", "nn", bokmalForms as LexList & { prefixes?: Prefix[] });
/** Nynorsk forms in a bokmål text. */
export const bokmalFormRule = formRule("bokmal-form", "nb", nynorskForms as LexList & { prefixes?: Prefix[] });
