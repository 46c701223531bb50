// formal-address: the old polite forms De/Dem/Deres (nynorsk De/Dykk/Dykkar) addressing the reader.
// Capitalised Dem/Deres (Dykk/Dykkar) inside a sentence are always the polite form. Sentence-initial
// "De" and "Deres" usually mean "they"/"their", so they are flagged only when the same document also
// uses the polite form where it is unambiguous (research ADDR-02). No automatic fix: du or dere, din or
// deres, depends on how many readers the letter has.
import { K_WORD, type Doc, type Finding, type Language, type Token } from "../model";
import type { Rule, RuleContext } from "./types";
import { altList, message } from "./messages";
import { finding, firstWordTokenOfSentences, lowerOf, tokenAt, tokenStore } from "./util";
import { classTokens, docWords, F_UPPER, wordClass, type WordClass } from "./vocab";

const FORMS: Partial<Record<Language, Record<string, string[]>>> = {
  nb: { De: ["du", "dere"], Dem: ["deg", "dere"], Deres: ["din", "ditt", "dine", "deres"] },
  nn: { De: ["du", "de"], Dykk: ["deg", "dykk"], Dykkar: ["din", "ditt", "dine", "dykkar"] },
};

/** The forms in lower case, as word classes (a token is looked at only when its lower-case form is one). */
const CLASSES: Partial<Record<Language, WordClass>> = {
  nb: wordClass(Object.keys(FORMS.nb ?? {}).map((f) => f.toLowerCase())),
  nn: wordClass(Object.keys(FORMS.nn ?? {}).map((f) => f.toLowerCase())),
};

/** Names and fixed expressions where capital "De" is not the polite pronoun. */
const NOT_PRONOUN_NEXT = new Set(["forente", "facto", "jure", "grønne", "gamles", "luxe"]);
/** Forms that may begin a sentence with the meaning "they/their/them" (nynorsk "Dykk"/"Dykkar": "you"/"your", plural). */
const AMBIGUOUS_INITIAL = new Set(["De", "Deres", "Dykk", "Dykkar"]);

export const formalAddressRule: Rule = {
  id: "formal-address",
  languages: ["nb", "nn"],
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const forms = FORMS[doc.language];
    const out: Finding[] = [];
    if (!forms) return out;
    const first = firstWordTokenOfSentences(doc);
    const candidates: Array<{ i: number; initial: boolean }> = [];
    let evidence = false;
    const tok = (k: number): Token => tokenAt(doc, k) as Token;
    const dw = docWords(doc);
    const lw = lowerOf(doc);
    const cls = CLASSES[doc.language];
    if (!cls) return out;
    const words = classTokens(dw, lw, cls);
    const st = tokenStore(doc);
    for (let k = 0; k < words.length; k++) {
      const i = words[k];
      // A capitalised word that is one of the forms in lower case; the exact spelling is checked below.
      if (!(dw.flags[i] & F_UPPER)) continue;
      // (Read from the store: a token object per candidate cost much on a draft that says "Deres" on every word.)
      if (st.kind[i] !== K_WORD || doc.text.charCodeAt(st.start[i]) !== 68 /* D */) continue;
      const text = doc.text.slice(st.start[i], st.end[i]);
      if (!Object.prototype.hasOwnProperty.call(forms, text)) continue;
      if (text === "De") {
        const next = tok(i + 1);
        if (next && next.kind === "word" && NOT_PRONOUN_NEXT.has(next.lower.normalize("NFC"))) continue;
      }
      const initial = first[st.sentence[i]] === i;
      const ambiguous = initial && AMBIGUOUS_INITIAL.has(text);
      if (!ambiguous) evidence = true;
      candidates.push({ i, initial: ambiguous });
    }
    // The message of each form once (a long draft may say "Deres" thousands of times).
    const messages = new Map<string, string>();
    for (const c of candidates) {
      if (c.initial && !evidence) continue;
      const start = st.start[c.i];
      const end = st.end[c.i];
      const text = doc.text.slice(start, end);
      // (At a sentence start the plural itself is no alternative to offer: "Skriv «deg» eller «dykk»" for "Dykk".)
      const alts = c.initial ? forms[text].filter((a) => a !== text.toLowerCase()) : forms[text];
      let said = messages.get(text);
      if (said === undefined) messages.set(text, (said = message(ctx.locale, "formal-address", { text, alt: altList(ctx.locale, alts, 4) })));
      out.push(
        finding(doc, {
          rule: "formal-address",
          severity: "warning",
          start,
          end,
          message: said,
          suggestions: c.initial ? alts.map((a) => a.charAt(0).toUpperCase() + a.slice(1)) : alts,
          data: { form: text, sentenceInitial: c.initial },
        }),
      );
    }
    return out;
  },
};
