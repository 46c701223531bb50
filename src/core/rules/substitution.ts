// Rule kind "substitution list" (Vale style): a list file names its words, alternatives, level and
// sources; a new list needs no new code. Matching is one pass over the tokens with a Map lookup.
import type { Doc, Finding, Language } from "../model";
import type { Rule, RuleContext } from "./types";
import { compileLists, fixFor, matchPhrases, type LexEntry, type LexList, type PhraseIndex } from "./lexicon";
import { altList, message } from "./messages";
import { applyCase, finding, tokenStore } from "./util";
import { acronymNameSpans, insideSpan } from "./acronym-names";

export interface SubstitutionRuleSpec {
  id: string;
  /** Lists per text language, each compiled once, when a document in that language is first checked. */
  lists: Partial<Record<Language, LexList[]>>;
  /** Message template key (see lexicon/messages). */
  messageKey: string;
  /** Also match AnalyzeOptions.customWords (organisation word list). */
  customWords?: boolean;
  /** Per document, which matches (by their first token) to report; all when absent or when it returns undefined. */
  accept?: (doc: Doc) => ((firstToken: number) => boolean) | undefined;
}

const customCache = new WeakMap<object, PhraseIndex>();

function customIndex(words: RuleContext["customWords"]): PhraseIndex | null {
  if (!words || words.length === 0) return null;
  let idx = customCache.get(words);
  if (!idx) {
    idx = compileLists([
      {
        entries: words
          .filter((w) => w && typeof w.word === "string" && w.word.trim().length > 0)
          .map((w) => ({ match: w.word.replace(/[|?^]/g, " "), alt: w.alternative ? [String(w.alternative)] : [], source: "organisation word list", custom: true })),
      },
    ]);
    customCache.set(words, idx);
  }
  return idx;
}

/** An alternative a click can put in the text: not advice with "…", "+", "/" or brackets. */
export function isInsertable(alt: string): boolean {
  return alt.trim().length > 0 && !/[…+/()=]|\.\.\./.test(alt);
}

/**
 * An adjective entry matched in its -e form ("vesentlige") gets its one-word alternatives in the -e form too
 * ("viktige", "store"); phrases stay as they are. Alternatives in -el/-en/-er inflect irregularly (egen →
 * egne) and are left out. Undefined when the match is not the -e form of an adjective entry.
 */
function adjectiveAgreement(e: LexEntry, key: string, words: string[]): string[] | undefined {
  const lemma = e.match.trim().toLowerCase();
  if (e.infl !== "a" || lemma.endsWith("e") || key !== lemma + "e") return undefined;
  const out: string[] = [];
  for (const a of words) {
    if (a.includes(" ") || a.endsWith("e")) out.push(a);
    else if (!/(el|en|er)$/.test(a)) out.push(a + "e");
  }
  return out.length > 0 ? out : undefined;
}

const altSplits = new WeakMap<LexEntry, { words: string[]; hints: string[] }>();

/** An entry's alternatives split into words a click can insert and hints for the message, once per entry. */
function splitAlternatives(e: LexEntry): { words: string[]; hints: string[] } {
  let split = altSplits.get(e);
  if (!split) {
    split = { words: e.alt.filter(isInsertable), hints: e.alt.filter((a) => !isInsertable(a)) };
    altSplits.set(e, split);
  }
  return split;
}

function dedupe(xs: string[]): string[] {
  return xs.filter((x, i) => x.length > 0 && xs.indexOf(x) === i);
}

/**
 * Every substitution rule's compile step for one language. A list is compiled when a document in its language
 * is first checked, not at load: a one-shot run (the CLI) then builds only its document's language's tables.
 * runRules() prepares the document's language before any rule runs, because compiling adds words to the shared
 * vocabulary, and a document's token table made before that would be made again.
 */
const preparers: Array<(language: Language) => void> = [];

/** Compile every substitution list of `language` that is not compiled yet. */
export function prepareSubstitutionLists(language: Language): void {
  for (const p of preparers) p(language);
}

export function substitutionRule(spec: SubstitutionRuleSpec): Rule {
  const compiled = new Map<Language, PhraseIndex>();
  const prepare = (lang: Language) => {
    const lists = spec.lists[lang];
    if (lists && !compiled.has(lang)) compiled.set(lang, compileLists(lists));
  };
  preparers.push(prepare);
  const languages = Object.keys(spec.lists) as Language[];
  return {
    id: spec.id,
    languages: spec.customWords ? undefined : languages,
    run(doc: Doc, ctx: RuleContext): Finding[] {
      const out: Finding[] = [];
      const accept = spec.accept?.(doc);
      const names = acronymNameSpans(doc.text);
      const emit = (idx: PhraseIndex, custom: boolean, listLevel: Finding["severity"]) => {
        for (const m of matchPhrases(doc, idx)) {
          if (accept && !custom && !accept(m.first)) continue;
          const st = tokenStore(doc);
          const start = st.start[m.first];
          const end = st.end[m.last];
          if (names.length > 0 && insideSpan(names, start, end)) continue;
          const original = doc.text.slice(start, end);
          const e = m.entry;
          const raw = fixFor(doc, m);
          // Suggestions are text a click puts in place of the match: never advice such as "ikke + verb"
          // or "hvis du ikke …" (those go in the message only), and never forms of another inflection.
          const { words, hints } = splitAlternatives(e);
          const deletion = e.delete === true || raw === "";
          let fix: { start: number; end: number; replacement: string } | undefined;
          let suggestions: string[];
          let inflected = false;
          if (raw === "") {
            // Deletion ("herved", "hereby"): remove the word and the space before it, never at a sentence start.
            const p = m.first - 1;
            if (p >= 0 && st.sentence[p] === st.sentence[m.first] && /^[ \t\u00A0]+$/.test(doc.text.slice(st.end[p], start))) fix = { start: st.end[p], end, replacement: "" };
            suggestions = words.map((a) => applyCase(original, a));
          } else if (raw !== undefined) {
            const fixText = applyCase(original, raw);
            fix = { start, end, replacement: fixText };
            // The fix has the matched form's inflection ("underretter" → "informerer"). When it is not one of
            // the listed (base form) alternatives, those would mix inflections: offer only forms of this one.
            inflected = !e.alt.includes(raw);
            const same = inflected ? (e.altMap?.[m.key] ?? []) : words;
            suggestions = dedupe([fixText, ...same.map((a) => applyCase(original, a))]);
          } else {
            const same = e.altMap?.[m.key] ?? adjectiveAgreement(e, m.key, words);
            inflected = same !== undefined;
            suggestions = dedupe((same ?? words).map((a) => applyCase(original, a)));
          }
          const listed = inflected ? suggestions : [...suggestions, ...hints];
          const key = custom ? (listed.length > 0 ? `${spec.messageKey}.custom` : `${spec.messageKey}.custom.none`) : deletion ? (listed.length > 0 ? `${spec.messageKey}.delete.alt` : `${spec.messageKey}.delete`) : spec.messageKey;
          out.push(
            finding(doc, {
              rule: spec.id,
              severity: e.level ?? listLevel,
              start,
              end,
              // The entry's own advice (in Norwegian, as the lists are) follows in a Norwegian UI: "behold det" for a
              // legal term the plain word does not replace.
              message: message(ctx.locale, key, {
                text: original,
                alt: altList(ctx.locale, listed),
              }) + (e.advice && ctx.locale !== "en" ? ` ${e.advice}` : ""),
              suggestions,
              fix,
              data: { entry: e.match, source: e.source, ...(deletion ? { delete: true } : {}), ...(e.note ? { note: e.note } : {}) },
            }),
          );
        }
      };
      prepare(doc.language);
      const idx = compiled.get(doc.language);
      if (idx) {
        const level = (spec.lists[doc.language]?.[0]?.level ?? "warning") as Finding["severity"];
        emit(idx, false, level);
      }
      if (spec.customWords) {
        const ci = customIndex(ctx.customWords);
        if (ci) {
          const taken = new Set(out.map((f) => f.start));
          const before = out.length;
          emit(ci, true, "warning");
          // An organisation word that starts where a list word was found replaces nothing: keep both unless identical span.
          for (let k = out.length - 1; k >= before; k--) if (taken.has(out[k].start) && out.some((f, j) => j < before && f.start === out[k].start && f.end === out[k].end)) out.splice(k, 1);
        }
      }
      out.sort((a, b) => a.start - b.start || a.end - b.end);
      return out;
    },
  };
}
