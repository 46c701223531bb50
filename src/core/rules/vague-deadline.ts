// vague-deadline (research DATE-01): a deadline the reader cannot put in a calendar ("snarest", "så snart
// som mulig", "innen rimelig tid", "innen 14 dager"). A sentence that also gives a date ("innen 14 dager,
// senest 20. august 2025") is left alone: the date is there. Phrases, number words, units and month names
// are data (lexicon/<lang>/vague-deadline.json).
import nb from "../lexicon/nb/vague-deadline.json";
import nn from "../lexicon/nn/vague-deadline.json";
import en from "../lexicon/en/vague-deadline.json";
import { K_NUMBER, type Doc, type Finding, type Language, type Severity, type Token, type TokenStore } from "../model";
import type { Rule, RuleContext } from "./types";
import { compileLists, matchPhrases, type LexEntry, type PhraseIndex } from "./lexicon";
import { message } from "./messages";
import { finding, lowerOf, tokenAt, tokenStore } from "./util";
import { classTokens, docWords, F_NUMBER, F_WORD, isIn, wordClass, type WordClass } from "./vocab";

interface DeadlineData {
  level: Severity;
  /** ifNoDateInText: flagged only when the whole text gives no date ("innen fristen" refers to one given earlier). */
  phrases: Array<{ match: string; source: string; ifNoDateInText?: boolean }>;
  relative: { prepositions: string[]; numberWords: string[]; units: string[]; anchors?: string[]; source: string };
  months: string[];
}

interface Compiled {
  level: Severity;
  phrases: PhraseIndex;
  preps: Set<string>;
  numberWords: Set<string>;
  units: Set<string>;
  anchors: Set<string>;
  months: Set<string>;
  /** Prepositions and months as word classes, tested on every token through the shared vocabulary. */
  prepClass: WordClass;
  monthClass: WordClass;
  source: string;
}

function compile(d: DeadlineData): Compiled {
  const entries: LexEntry[] = d.phrases.map((p) => ({ match: p.match, alt: [], source: p.source, ifNoDateInText: p.ifNoDateInText === true }));
  return {
    level: d.level ?? "warning",
    phrases: compileLists([{ entries }]),
    preps: new Set(d.relative.prepositions),
    numberWords: new Set(d.relative.numberWords),
    units: new Set(d.relative.units),
    anchors: new Set(d.relative.anchors ?? []),
    months: new Set(d.months),
    prepClass: wordClass(d.relative.prepositions),
    monthClass: wordClass(d.months),
    source: d.relative.source,
  };
}

const DATA: Record<Language, Compiled> = {
  nb: compile(nb as DeadlineData),
  nn: compile(nn as DeadlineData),
  en: compile(en as DeadlineData),
};

const NUMERIC_DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$|^\d{4}-\d{2}-\d{2}$/;

/** Sentences that give a calendar date: "20. august 2025", "20.08.2025", "2025-08-20", "March 15". */
function sentencesWithDate(doc: Doc, c: Compiled): Set<number> {
  const out = new Set<number>();
  const lw = lowerOf(doc);
  const dw = docWords(doc);
  const st = tokenStore(doc);
  const flags = dw.flags;
  for (let i = 0; i < st.length; i++) {
    const f = flags[i];
    if (f & F_NUMBER) {
      if (NUMERIC_DATE.test(st.lowerAt(i))) out.add(st.sentence[i]);
    } else if (f & F_WORD && isIn(dw, lw, i, c.monthClass) && (numberInSentence(st, i - 1, i) || numberInSentence(st, i - 2, i) || numberInSentence(st, i + 1, i))) out.add(st.sentence[i]);
  }
  return out;
}

// Hot loops in this file call helpers instead of closures: a closure that captures the loop index makes V8
// allocate a fresh context on every iteration, which at 100 000 words is megabytes of garbage.
function numberInSentence(st: TokenStore, j: number, i: number): boolean {
  return j >= 0 && j < st.length && st.sentence[j] === st.sentence[i] && st.kind[j] === K_NUMBER;
}

/** Does a finding in `out` already cover [start, end)? */
function covered(out: Finding[], start: number, end: number): boolean {
  for (const f of out) if (f.start <= start && f.end >= end) return true;
  return false;
}

function vague(doc: Doc, ctx: RuleContext, c: Compiled, a: number, b: number, source: string): Finding {
  const st = tokenStore(doc);
  const start = st.start[a];
  const end = st.end[b];
  return finding(doc, { rule: "vague-deadline", severity: c.level, start, end, message: message(ctx.locale, "vague-deadline", { text: doc.text.slice(start, end) }), suggestions: [], data: { source } });
}

export const vagueDeadlineRule: Rule = {
  id: "vague-deadline",
  languages: ["nb", "nn", "en"],
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const c = DATA[doc.language];
    const out: Finding[] = [];
    if (!c) return out;
    const dated = sentencesWithDate(doc, c);
    for (const m of matchPhrases(doc, c.phrases)) {
      if (m.entry.ifNoDateInText ? dated.size > 0 : dated.has(tokenStore(doc).sentence[m.first])) continue;
      out.push(vague(doc, ctx, c, m.first, m.last, m.entry.source));
    }
    // innen + number + unit ("innen 14 dager", "innen to uker")
    const st = tokenStore(doc);
    const lw = lowerOf(doc);
    const dw = docWords(doc);
    const preps = classTokens(dw, lw, c.prepClass);
    /** A finding covers three tokens: the next one may start only after them. */
    let from = 0;
    for (let k = 0; k < preps.length; k++) {
      const i = preps[k];
      if (i < from || i + 2 >= st.length) continue;
      const here = tokenAt(doc, i) as Token;
      const n = tokenAt(doc, i + 1) as Token;
      const u = tokenAt(doc, i + 2) as Token;
      if (n.sentence !== here.sentence || u.sentence !== here.sentence) continue;
      const isNumber = (n.kind === "number" && /^\d{1,3}$/.test(n.text)) || (n.kind === "word" && c.numberWords.has(lw(i + 1)));
      if (!isNumber || u.kind !== "word" || !c.units.has(lw(i + 2))) continue;
      if (dated.has(here.sentence)) continue;
      // "innen 6 uker fra den datoen du mottok vedtaket": counted from an event the reader knows.
      const after = tokenAt(doc, i + 3);
      if (after && after.sentence === here.sentence && after.kind === "word" && c.anchors.has(lw(i + 3))) continue;
      if (covered(out, here.start, u.end)) continue;
      out.push(vague(doc, ctx, c, i, i + 2, c.source));
      from = i + 3;
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};
