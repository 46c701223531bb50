// nominalization: noun-heavy phrasing (substantivsyke). Three kinds, all driven by data
// (lexicon/<lang>/nominalization.json):
//   1. fixed light-verb phrases with a plain verb ("komme til anvendelse" → "gjelde", "finne sted" → "skje");
//   2. "foreta" + a verbal noun ("foreta en vurdering" → "vurdere"; "Innskriving … foretas");
//   3. a verbal noun + "av" ("Utbetaling av stønaden" → "betale ut"), info; never in headings, where a
//      nominal style is normal ("Stenging av vannet i Storgata").
// A noun counts as verbal only with a verbal-noun suffix (-ing, -ering, -else …) or when it is in the
// verbal-noun list (kontroll, mottak), and never when it is in the list of lexicalised nouns (regning,
// bygning, avdeling …). The verb shown comes only from the verbal-noun list (lexicon/<lang>/verbal-nouns.json):
// a verb made by stripping suffixes is often not a word (*avstengne, *timebestille, *utskifte).
// Patterns 2 and 3 give the verb in the message, not as a suggestion: replacing "foretatt en avstengning"
// by "stenge" would not give a sentence; the writer has to rebuild it.
import nbData from "../lexicon/nb/nominalization.json";
import nnData from "../lexicon/nn/nominalization.json";
import nbVerbs from "../lexicon/nb/verbal-nouns.json";
import nnVerbs from "../lexicon/nn/verbal-nouns.json";
import { K_WORD, type Doc, type Finding, type Language, type Severity, type Token } from "../model";
import type { Rule, RuleContext } from "./types";
import { compileLists, matchPhrases, type LexList, type PhraseIndex } from "./lexicon";
import { inflect } from "./inflect";
import { altList, message } from "./messages";
import { finding, isWord, lowerOf, startsUpperAt, tokenAt, tokenStore } from "./util";
import { classTokens, docWords, F_WORD, wordClass, type WordClass } from "./vocab";

/** "av" (bokmål and nynorsk), for "vurdering av søknaden". */
const AV = wordClass(["av"]);

interface NomData extends LexList {
  lightVerbs: Array<{ lemma: string; infl?: string; forms?: string[] }>;
  lightVerbGap: string[];
  nounSuffixes: string[];
  chainSuffixes: string[];
  definiteEndings: string[];
  lexicalised: string[];
}

interface VerbList {
  entries: Array<{ noun: string; verbs: string[]; source: string }>;
}

interface Compiled {
  phrases: PhraseIndex;
  /** verbal noun (indefinite singular) → verb phrases, best first */
  verbs: Map<string, string[]>;
  /** listed nouns of 6+ letters, longest first, for compounds (vannavstengning → avstengning) */
  heads: string[];
  level: Severity;
  light: Set<string>;
  /** `light` as a word class, tested on every token through the shared vocabulary. */
  lightClass: WordClass;
  lightPassive: Set<string>;
  gap: Set<string>;
  nounSuffixes: string[];
  chainSuffixes: string[];
  endings: string[];
  lexicalised: string[];
}

function compile(d: NomData, v: VerbList): Compiled {
  const light = new Set<string>();
  const lightPassive = new Set<string>();
  for (const v of d.lightVerbs ?? []) {
    for (const f of inflect(v.lemma, v.infl, v.forms ?? [])) {
      light.add(f);
      if (f.endsWith("s") || f.endsWith("ast") || f.endsWith("tt") || f.endsWith("e") && f !== v.lemma) lightPassive.add(f);
    }
  }
  const verbs = new Map<string, string[]>();
  for (const e of v.entries ?? []) if (e && typeof e.noun === "string" && Array.isArray(e.verbs) && e.verbs.length > 0) verbs.set(e.noun.toLowerCase(), e.verbs);
  return {
    phrases: compileLists([d]),
    verbs,
    heads: [...verbs.keys()].filter((k) => k.length >= 6).sort((a, b) => b.length - a.length),
    level: d.level ?? "warning",
    light,
    lightClass: wordClass(light.keys()),
    lightPassive,
    gap: new Set((d.lightVerbGap ?? []).map((s) => s.toLowerCase())),
    nounSuffixes: d.nounSuffixes ?? [],
    chainSuffixes: d.chainSuffixes ?? [],
    endings: [...(d.definiteEndings ?? [])].sort((a, b) => b.length - a.length),
    lexicalised: (d.lexicalised ?? []).map((s) => s.toLowerCase()),
  };
}

const DATA: Partial<Record<Language, Compiled>> = {
  nb: compile(nbData as unknown as NomData, nbVerbs as VerbList),
  nn: compile(nnData as unknown as NomData, nnVerbs as VerbList),
};

function isLexicalised(base: string, c: Compiled): boolean {
  return c.lexicalised.some((x) => (x.startsWith("=") ? base === x.slice(1) : base === x || (x.length >= 6 && base.endsWith(x))));
}

/** The indefinite singular of a verbal noun ("vurderingen" → "vurdering"), or undefined. */
function verbalNoun(w: string, c: Compiled, suffixes: string[]): { base: string; suffix: string } | undefined {
  if (w.length < 6 || w.includes("-")) return undefined;
  for (const suf of suffixes) {
    let base: string | undefined;
    if (w.endsWith(suf)) base = w;
    else {
      for (const e of c.endings) {
        if (w.endsWith(suf + e) || (suf.endsWith("e") && w.endsWith(suf + e.slice(1)) && e.startsWith("e"))) {
          base = w.endsWith(suf + e) ? w.slice(0, -e.length) : w.slice(0, -(e.length - 1));
          break;
        }
      }
    }
    if (!base || base.length < suf.length + 3) continue;
    if (isLexicalised(base, c)) return undefined;
    return { base, suffix: suf };
  }
  return undefined;
}

/** A verbal noun from the verbal-noun list without a verbal suffix ("kontrollen", "mottak"). */
function listedNoun(w: string, c: Compiled): string | undefined {
  if (w.includes("-")) return undefined;
  const cands = [w, ...c.endings.filter((e) => w.endsWith(e) && w.length - e.length >= 3).map((e) => w.slice(0, -e.length))];
  for (const base of cands) if (c.verbs.has(base) && !isLexicalised(base, c)) return base;
  return undefined;
}

/**
 * The everyday verb phrases for a verbal noun (indefinite singular), from the language's verbal-noun list;
 * a compound not listed uses its longest listed last part (vannavstengning → stenge). Undefined when the
 * list does not know the noun: no verb is ever made up from the noun's letters.
 */
export function verbsForNoun(base: string, language: Language): string[] | undefined {
  const c = DATA[language];
  if (!c) return undefined;
  const w = base.toLowerCase();
  const exact = c.verbs.get(w);
  if (exact) return exact;
  for (const h of c.heads) if (w.length - h.length >= 3 && w.endsWith(h)) return c.verbs.get(h);
  return undefined;
}

export const nominalizationRule: Rule = {
  id: "nominalization",
  languages: ["nb", "nn"],
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const c = DATA[doc.language];
    const out: Finding[] = [];
    if (!c) return out;
    const tok = (k: number): Token => tokenAt(doc, k) as Token;
    const st = tokenStore(doc);
    const lw = lowerOf(doc);
    const used = new Uint8Array(st.length);
    const dw = docWords(doc);
    let asSuggestions = true;
    const emit = (a: number, b: number, severity: Severity, key: string, alts: string[], data: Record<string, unknown>) => {
      for (let k = a; k <= b; k++) used[k] = 1;
      const start = st.start[a];
      const end = st.end[b];
      const text = doc.text.slice(start, end);
      out.push(finding(doc, { rule: "nominalization", severity, start, end, message: message(ctx.locale, key, { text, alt: altList(ctx.locale, alts) }), suggestions: asSuggestions ? alts : [], data }));
    };

    // 1. fixed phrases
    for (const m of matchPhrases(doc, c.phrases)) {
      const e = m.entry;
      if (e.alt.length === 0 && e.note) {
        // No word to put in: the note says how to rewrite ("er gjenstand for vurdering" → "blir vurdert").
        for (let k = m.first; k <= m.last; k++) used[k] = 1;
        const start = st.start[m.first];
        const end = st.end[m.last];
        out.push(finding(doc, { rule: "nominalization", severity: e.level ?? c.level, start, end, message: message(ctx.locale, "nominalization.note", { text: doc.text.slice(start, end), note: e.note }), suggestions: [], data: { kind: "phrase", entry: e.match, source: e.source, note: e.note } }));
        continue;
      }
      emit(m.first, m.last, e.level ?? c.level, "nominalization", e.alt, { kind: "phrase", entry: e.match, source: e.source });
    }

    const sameClauseWord = (j: number, s: number) => isWord(st, j) && st.sentence[j] === s;

    // 2. foreta + verbal noun (the verb goes in the message only, see the header)
    asSuggestions = false;
    const flags = dw.flags;
    const light = classTokens(dw, lw, c.lightClass);
    for (let k = 0; k < light.length; k++) {
      const i = light[k];
      if (used[i]) continue;
      const t = tok(i);
      let noun: number | undefined;
      for (let j = i + 1, seen = 0; sameClauseWord(j, t.sentence) && seen < 4; j++, seen++) {
        const x = lw(j);
        if (verbalNoun(x, c, c.nounSuffixes) || listedNoun(x, c)) {
          noun = j;
          break;
        }
        if (!c.gap.has(x)) break;
      }
      let a = i;
      let b = i;
      if (noun !== undefined) b = noun;
      else if (c.lightPassive.has(lw(i))) {
        for (let j = i - 1, seen = 0; sameClauseWord(j, t.sentence) && seen < 5; j--, seen++) {
          if (verbalNoun(lw(j), c, c.nounSuffixes) || listedNoun(lw(j), c)) {
            noun = j;
            break;
          }
        }
        if (noun !== undefined) a = noun;
      }
      if (noun === undefined) continue;
      if (used.subarray(a, b + 1).some((u) => u === 1)) continue;
      const base = verbalNoun(lw(noun), c, c.nounSuffixes)?.base ?? listedNoun(lw(noun), c);
      const verbs = base ? verbsForNoun(base, doc.language) : undefined;
      emit(a, b, c.level, verbs ? "nominalization.light" : "nominalization.light.generic", verbs ?? [], { kind: "light-verb", noun: lw(noun), ...(verbs ? { verbs } : {}) });
    }
    // 3. verbal noun + "av" + word: only the tokens before an "av" are looked at.
    const avs = classTokens(dw, lw, AV);
    /** A finding covers three tokens: the next noun may start only after them. */
    let from = 0;
    for (let k = 0; k < avs.length; k++) {
      const i = avs[k] - 1;
      if (i < from || i + 2 >= st.length || !(flags[i] & F_WORD) || used[i] || used[i + 1] || used[i + 2]) continue;
      // Read from the store: "av" and the word after it must be words of the noun's sentence.
      const sentence = st.sentence[i];
      const s = doc.sentences[sentence];
      if (s && s.kind === "heading") continue;
      if (st.kind[i + 1] !== K_WORD || st.sentence[i + 1] !== sentence) continue;
      if (st.kind[i + 2] !== K_WORD || st.sentence[i + 2] !== sentence || lw(i + 2) === "å" || lw(i + 2) === "at") continue;
      // "… godkjent innkvarteringen av Arbeidstilsynet": a capitalised name after "av" is an agent, not an object.
      if (startsUpperAt(doc.text, st.start[i + 2])) continue;
      const vn = verbalNoun(lw(i), c, c.chainSuffixes);
      if (!vn) continue;
      const verbs = verbsForNoun(vn.base, doc.language);
      emit(i, i + 2, "info", verbs ? "nominalization.chain" : "nominalization.chain.generic", verbs ?? [], { kind: "noun-av", noun: lw(i), ...(verbs ? { verbs } : {}) });
      from = i + 3;
    }
    out.sort((x, y) => x.start - y.start);
    return out;
  },
};
