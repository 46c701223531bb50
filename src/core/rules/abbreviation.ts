// abbreviation: abbreviations a reader may not know (f.eks., bl.a., jf., iht. …) written out, and
// non-standard forms (evt., jfr., f. eks.) corrected. The list is data per language.
import nbList from "../lexicon/nb/abbreviations.json";
import nnList from "../lexicon/nn/abbreviations.json";
import enList from "../lexicon/en/abbreviations.json";
import type { Doc, Finding, Language, Severity } from "../model";
import type { Rule, RuleContext } from "./types";
import { altList, message } from "./messages";
import { applyCase, finding } from "./util";

interface AbbrEntry {
  abbr: string;
  forms?: string[];
  alt: string[];
  safe: boolean;
  level: Severity;
  wrong?: boolean;
  note?: string;
  source: string;
}

const norm = (s: string) => s.normalize("NFC").toLowerCase().replace(/\s+/g, " ");

function compile(list: { entries: AbbrEntry[] }): Map<string, AbbrEntry> {
  const m = new Map<string, AbbrEntry>();
  for (const e of list.entries) {
    m.set(norm(e.abbr), e);
    for (const f of e.forms ?? []) m.set(norm(f), e);
  }
  return m;
}

const LISTS: Record<Language, Map<string, AbbrEntry>> = {
  nb: compile(nbList as { entries: AbbrEntry[] }),
  nn: compile(nnList as { entries: AbbrEntry[] }),
  en: compile(enList as { entries: AbbrEntry[] }),
};

/** True when the abbreviation's own period also closes its sentence ("… og så videre."). */
function closesSentence(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const s = doc.sentences[t.sentence];
  return s !== undefined && i === s.tokenEnd - 1 && t.text.endsWith(".");
}

export const abbreviationRule: Rule = {
  id: "abbreviation",
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const list = LISTS[doc.language];
    const out: Finding[] = [];
    if (!list) return out;
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== "word" || !t.text.includes(".")) continue;
      const e = list.get(norm(t.text));
      if (!e) continue;
      let replacement: string | undefined;
      if (e.safe && e.alt.length > 0) {
        replacement = applyCase(t.text, e.alt[0]);
        if (closesSentence(doc, i) && !replacement.endsWith(".")) replacement += ".";
      }
      const suggestions = e.alt.map((a, k) => (k === 0 ? applyCase(t.text, a) : a));
      out.push(
        finding(doc, {
          rule: "abbreviation",
          severity: e.level,
          start: t.start,
          end: t.end,
          message: message(ctx.locale, e.wrong ? "abbreviation.wrong" : "abbreviation", { text: t.text, alt: altList(ctx.locale, suggestions) }),
          suggestions,
          fix: replacement !== undefined ? { start: t.start, end: t.end, replacement } : undefined,
          data: { entry: e.abbr, source: e.source, ...(e.note ? { note: e.note } : {}) },
        }),
      );
    }
    return out;
  },
};
