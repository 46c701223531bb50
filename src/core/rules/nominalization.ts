// nominalization: noun-heavy phrasing (substantivsyke). Three kinds, all driven by data
// (lexicon/<lang>/nominalization.json):
//   1. fixed light-verb phrases with a plain verb ("komme til anvendelse" → "gjelde", "finne sted" → "skje");
//   2. "foreta" + a verbal noun ("foreta en vurdering" → "vurdere"; "Innskriving … foretas");
//   3. a verbal noun + "av" ("Utbetaling av stønaden" → "betale ut / utbetale"), info.
// A noun counts as verbal only with a verbal-noun suffix (-ing, -ering, -else …) and when it is not in
// the list of lexicalised nouns (regning, bygning, avdeling …).
import nbData from "../lexicon/nb/nominalization.json";
import nnData from "../lexicon/nn/nominalization.json";
import type { Doc, Finding, Language, Severity } from "../model";
import type { Rule, RuleContext } from "./types";
import { compileLists, matchPhrases, type LexList, type PhraseIndex } from "./lexicon";
import { inflect } from "./inflect";
import { altList, message } from "./messages";
import { finding, lowers, startsUpper } from "./util";

interface NomData extends LexList {
  lightVerbs: Array<{ lemma: string; infl?: string; forms?: string[] }>;
  lightVerbGap: string[];
  nounSuffixes: string[];
  chainSuffixes: string[];
  definiteEndings: string[];
  lexicalised: string[];
}

interface Compiled {
  phrases: PhraseIndex;
  level: Severity;
  light: Set<string>;
  lightPassive: Set<string>;
  gap: Set<string>;
  nounSuffixes: string[];
  chainSuffixes: string[];
  endings: string[];
  lexicalised: string[];
}

function compile(d: NomData): Compiled {
  const light = new Set<string>();
  const lightPassive = new Set<string>();
  for (const v of d.lightVerbs ?? []) {
    for (const f of inflect(v.lemma, v.infl, v.forms ?? [])) {
      light.add(f);
      if (f.endsWith("s") || f.endsWith("ast") || f.endsWith("tt") || f.endsWith("e") && f !== v.lemma) lightPassive.add(f);
    }
  }
  return {
    phrases: compileLists([d]),
    level: d.level ?? "warning",
    light,
    lightPassive,
    gap: new Set((d.lightVerbGap ?? []).map((s) => s.toLowerCase())),
    nounSuffixes: d.nounSuffixes ?? [],
    chainSuffixes: d.chainSuffixes ?? [],
    endings: [...(d.definiteEndings ?? [])].sort((a, b) => b.length - a.length),
    lexicalised: (d.lexicalised ?? []).map((s) => s.toLowerCase()),
  };
}

const DATA: Partial<Record<Language, Compiled>> = {
  nb: compile(nbData as unknown as NomData),
  nn: compile(nnData as unknown as NomData),
};

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
    if (c.lexicalised.some((x) => (x.startsWith("=") ? base === x.slice(1) : base === x || (x.length >= 6 && base.endsWith(x))))) return undefined;
    return { base, suffix: suf };
  }
  return undefined;
}

/** A plain verb hidden in a verbal noun: vurdering → vurdere, utbetaling → utbetale, unnlatelse → unnlate. */
export function verbFromNoun(base: string): string | undefined {
  if (base.endsWith("ering")) return base.slice(0, -3) + "e";
  if (base.endsWith("ing")) {
    const stem = base.slice(0, -3);
    // "-ning" after a consonant is ambiguous without a lexicon: beregning → beregne, avstengning → stenge.
    if (stem.endsWith("n") && stem.length >= 2 && !"aeiouyæøå".includes(stem[stem.length - 2])) return undefined;
    return stem.endsWith("e") ? stem : stem + "e";
  }
  if (base.endsWith("else")) return base.slice(0, -4) + "e";
  return undefined;
}

export const nominalizationRule: Rule = {
  id: "nominalization",
  languages: ["nb", "nn"],
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const c = DATA[doc.language];
    const out: Finding[] = [];
    if (!c) return out;
    const tokens = doc.tokens;
    const low = lowers(doc);
    const used = new Uint8Array(tokens.length);
    const emit = (a: number, b: number, severity: Severity, key: string, alts: string[], data: Record<string, unknown>) => {
      for (let k = a; k <= b; k++) used[k] = 1;
      const start = tokens[a].start;
      const end = tokens[b].end;
      const text = doc.text.slice(start, end);
      out.push(finding(doc, { rule: "nominalization", severity, start, end, message: message(ctx.locale, key, { text, alt: altList(ctx.locale, alts) }), suggestions: alts, data }));
    };

    // 1. fixed phrases
    for (const m of matchPhrases(doc, c.phrases)) {
      emit(m.first, m.last, m.entry.level ?? c.level, "nominalization", m.entry.alt, { kind: "phrase", entry: m.entry.match, source: m.entry.source });
    }

    const sameClauseWord = (j: number, s: number) => j >= 0 && j < tokens.length && tokens[j].sentence === s && tokens[j].kind === "word";

    // 2. foreta + verbal noun
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== "word" || used[i]) continue;
      if (c.light.has(low[i])) {
        let noun: number | undefined;
        for (let j = i + 1, seen = 0; sameClauseWord(j, t.sentence) && seen < 4; j++, seen++) {
          const x = low[j];
          if (verbalNoun(x, c, c.nounSuffixes)) {
            noun = j;
            break;
          }
          if (!c.gap.has(x)) break;
        }
        let a = i;
        let b = i;
        if (noun !== undefined) b = noun;
        else if (c.lightPassive.has(low[i])) {
          for (let j = i - 1, seen = 0; sameClauseWord(j, t.sentence) && seen < 5; j--, seen++) {
            if (verbalNoun(low[j], c, c.nounSuffixes)) {
              noun = j;
              break;
            }
          }
          if (noun !== undefined) a = noun;
        }
        if (noun === undefined) continue;
        if (used.subarray(a, b + 1).some((u) => u === 1)) continue;
        const vn = verbalNoun(low[noun], c, c.nounSuffixes);
        const verb = vn ? verbFromNoun(vn.base) : undefined;
        emit(a, b, c.level, verb ? "nominalization.light" : "nominalization.light.generic", verb ? [verb] : [], { kind: "light-verb", noun: low[noun] });
      }
    }
    // 3. verbal noun + "av" + word
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== "word" || used[i] || used[i + 1] || used[i + 2]) continue;
      const s = doc.sentences[t.sentence];
      if (s && s.kind === "heading") continue;
      const av = tokens[i + 1];
      const obj = tokens[i + 2];
      if (!av || low[i + 1] !== "av" || av.kind !== "word" || av.sentence !== t.sentence) continue;
      if (!obj || obj.kind !== "word" || obj.sentence !== t.sentence || low[i + 2] === "å" || low[i + 2] === "at") continue;
      // "… godkjent innkvarteringen av Arbeidstilsynet": a capitalised name after "av" is an agent, not an object.
      if (startsUpper(obj.text)) continue;
      const vn = verbalNoun(low[i], c, c.chainSuffixes);
      if (!vn) continue;
      const verb = verbFromNoun(vn.base);
      emit(i, i + 2, "info", verb ? "nominalization.chain" : "nominalization.chain.generic", verb ? [verb] : [], { kind: "noun-av", noun: low[i] });
      i += 2;
    }
    out.sort((x, y) => x.start - y.start);
    return out;
  },
};
