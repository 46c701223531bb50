// abbreviation: abbreviations a reader may not know (f.eks., bl.a., jf., iht. …) written out,
// non-standard forms (evt., jfr., f. eks.) corrected, and initialisms (AAP, BPA …) not explained at
// their first use. The lists are data per language.
import nbList from "../lexicon/nb/abbreviations.json";
import nnList from "../lexicon/nn/abbreviations.json";
import enList from "../lexicon/en/abbreviations.json";
import { K_WORD, type Doc, type Finding, type Language, type Severity, type Token } from "../model";
import type { Rule, RuleContext } from "./types";
import { altList, message } from "./messages";
import { applyCase, finding, tokenAt, tokenStore } from "./util";
import { docWords, F_CAPS2, F_DOT } from "./vocab";

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

const KNOWN: Record<Language, Set<string>> = {
  nb: new Set((nbList as { knownInitialisms?: string[] }).knownInitialisms ?? []),
  nn: new Set((nnList as { knownInitialisms?: string[] }).knownInitialisms ?? []),
  en: new Set((enList as { knownInitialisms?: string[] }).knownInitialisms ?? []),
};

/** Ordinary words written in capitals for emphasis ("trykk HER"): not initialisms. */
const EMPHASIS: Record<Language, Set<string>> = {
  nb: new Set((nbList as { emphasisWords?: string[] }).emphasisWords ?? []),
  nn: new Set((nnList as { emphasisWords?: string[] }).emphasisWords ?? []),
  en: new Set((enList as { emphasisWords?: string[] }).emphasisWords ?? []),
};

const INITIALISM = /^\p{Lu}{2,5}$/u;
const ALL_CAPS_WORD = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** A sentence written in capitals (a shouted heading): its initialisms are not abbreviations. */
function shouted(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  let words = 0;
  let caps = 0;
  const st = tokenStore(doc);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (st.kind[i] !== K_WORD) continue;
    words++;
    const text = doc.text.slice(st.start[i], st.end[i]);
    if (text.length >= 2 && ALL_CAPS_WORD.test(text)) caps++;
  }
  return words >= 2 && caps * 2 >= words;
}

/**
 * Unexplained initialisms (research ABBR-01): the first use of "AAP", "BPA" … that is neither a
 * well-known one nor introduced as "arbeidsavklaringspenger (AAP)" or "AAP (arbeidsavklaringspenger)".
 */
function initialisms(doc: Doc, ctx: RuleContext, out: Finding[]): void {
  const known = KNOWN[doc.language] ?? KNOWN.nb;
  const emphasis = EMPHASIS[doc.language] ?? EMPHASIS.nb;
  const seen = new Set<string>();
  const flags = docWords(doc).flags;
  for (let i = 0; i < flags.length; i++) {
    if (!(flags[i] & F_CAPS2)) continue; // a word that starts with two capitals
    const t = tokenAt(doc, i) as Token;
    const core = t.text.split(/[-‐‑]/)[0];
    if (!INITIALISM.test(core) || known.has(core) || known.has(t.text) || seen.has(core) || emphasis.has(core.toLowerCase())) continue;
    seen.add(core);
    const prev = tokenAt(doc, i - 1);
    const next = tokenAt(doc, i + 1);
    const inParens = prev?.text === "(" && next?.text === ")";
    const explainedAfter = next?.text === "(" && next.start === t.end + 1;
    if (inParens || explainedAfter || shouted(doc, t.sentence)) continue;
    const end = t.start + core.length;
    out.push(
      finding(doc, {
        rule: "abbreviation",
        severity: "info",
        start: t.start,
        end,
        message: message(ctx.locale, "abbreviation.initialism", { text: core }),
        data: { kind: "initialism", entry: core },
      }),
    );
  }
}

/**
 * Is text[a, b) Latin-1 without white space? Then norm() is plain lower-casing (Latin-1 is already NFC; only
 * "bl. a." and the like have a space to fold), which the token store gives without normalising.
 */
function plainLatin1(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c > 0xff || c <= 0x20 || c === 0xa0 || (c >= 0x7f && c <= 0x9f)) return false;
  }
  return true;
}

/** The alternatives, the first in the case of the original (a helper, not a closure in the token loop: see vague-deadline.ts). */
function casedSuggestions(original: string, alt: string[]): string[] {
  const out = alt.slice();
  if (out.length > 0) out[0] = applyCase(original, out[0]);
  return out;
}

/** True when the abbreviation's own period also closes its sentence ("… og så videre."). */
function closesSentence(doc: Doc, i: number): boolean {
  const st = tokenStore(doc);
  const s = doc.sentences[st.sentence[i]];
  return s !== undefined && i === s.tokenEnd - 1 && st.lowerAt(i).endsWith(".");
}

export const abbreviationRule: Rule = {
  id: "abbreviation",
  run(doc: Doc, ctx: RuleContext): Finding[] {
    const list = LISTS[doc.language];
    const out: Finding[] = [];
    if (!list) return out;
    const flags = docWords(doc).flags;
    const st = tokenStore(doc);
    // The suggestions and message of each spelling once (a long draft may write "f.eks." thousands of times).
    const said = new Map<string, { suggestions: string[]; message: string }>();
    for (let i = 0; i < flags.length; i++) {
      if (!(flags[i] & F_DOT)) continue; // a word with a period
      const e = list.get(plainLatin1(doc.text, st.start[i], st.end[i]) ? st.lowerAt(i) : norm(doc.text.slice(st.start[i], st.end[i])));
      if (!e) continue;
      const start = st.start[i];
      const end = st.end[i];
      const text = doc.text.slice(start, end);
      let replacement: string | undefined;
      if (e.safe && e.alt.length > 0) {
        replacement = applyCase(text, e.alt[0]);
        if (closesSentence(doc, i) && !replacement.endsWith(".")) replacement += ".";
      }
      let s = said.get(text);
      if (!s) {
        const suggestions = casedSuggestions(text, e.alt);
        said.set(text, (s = { suggestions, message: message(ctx.locale, e.wrong ? "abbreviation.wrong" : "abbreviation", { text, alt: altList(ctx.locale, suggestions) }) }));
      }
      out.push(
        finding(doc, {
          rule: "abbreviation",
          severity: e.level,
          start,
          end,
          message: s.message,
          suggestions: s.suggestions,
          fix: replacement !== undefined ? { start, end, replacement } : undefined,
          data: { entry: e.abbr, source: e.source, ...(e.note ? { note: e.note } : {}) },
        }),
      );
    }
    initialisms(doc, ctx, out);
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};
