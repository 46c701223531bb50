// Language detection (bokmål, nynorsk, English) from function-word frequencies (data: function-words.json).
import { K_WORD, type Language, type TokenStore } from "../model";
import data from "./function-words.json";
import nynorskForms from "../lexicon/nb/nynorsk-forms.json";
import bokmalForms from "../lexicon/nn/bokmal-forms.json";
import { tokenizeToStore } from "./tokenize";

interface WordLists {
  [lang: string]: { "1"?: string[]; "2"?: string[] } | string;
}

const WEIGHTS = new Map<string, Array<[Language, number]>>();
for (const lang of ["nb", "nn", "en"] as const) {
  const lists = (data as unknown as WordLists)[lang] as { "1"?: string[]; "2"?: string[] };
  for (const [w, words] of [[1, lists["1"] ?? []], [2, lists["2"] ?? []]] as Array<[number, string[]]>) {
    for (const word of words) {
      const list = WEIGHTS.get(word) ?? [];
      list.push([lang, w]);
      WEIGHTS.set(word, list);
    }
  }
}

// Forms only one standard has, from the form-pair lists of the nynorsk-form / bokmal-form rules (the safe pairs:
// Norsk ordbank lists the form in one standard only, CC BY 4.0): weight 1 each, unless the function-word list
// already weighs the word ("tysdag", "treng", "personar" tell nynorsk; "trenger", "tirsdag" bokmål).
for (const [lang, list] of [["nn", nynorskForms], ["nb", bokmalForms]] as const) {
  for (const e of (list as { entries: Array<{ match: string; safe?: boolean }> }).entries) {
    if (!e.safe || e.match.startsWith("^")) continue;
    const word = e.match.toLowerCase();
    const have = WEIGHTS.get(word) ?? [];
    if (have.some(([l]) => l === lang)) continue;
    have.push([lang, 1]);
    WEIGHTS.set(word, have);
  }
}

export interface LanguageScores {
  nb: number;
  nn: number;
  en: number;
}

/** Words looked at: plenty for a verdict, and detection stays cheap on long documents. */
const MAX_WORDS = 5000;

/** Function-word scores per language for the given tokens (lower-cased word tokens only; the first 5000 words). */
export function languageScores(tokens: ReadonlyArray<{ kind: string; lower: string }>): LanguageScores {
  const scores: LanguageScores = { nb: 0, nn: 0, en: 0 };
  let seen = 0;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    if (++seen > MAX_WORDS) break;
    addWeights(scores, t.lower);
  }
  return scores;
}

/** languageScores() for the tokens of a store. */
export function languageScoresOfStore(store: TokenStore): LanguageScores {
  const scores: LanguageScores = { nb: 0, nn: 0, en: 0 };
  const kind = store.kind;
  let seen = 0;
  for (let i = 0; i < store.length; i++) {
    if (kind[i] !== K_WORD) continue;
    if (++seen > MAX_WORDS) break;
    addWeights(scores, store.lowerAt(i));
  }
  return scores;
}

function addWeights(scores: LanguageScores, lower: string): void {
  const hit = WEIGHTS.get(lower);
  if (!hit) return;
  for (let k = 0; k < hit.length; k++) scores[hit[k][0]] += hit[k][1];
}

/**
 * Detect nb / nn / en from a text, its token objects or its TokenStore. Works on SMS-length texts; falls back to
 * bokmål when there is no evidence or when bokmål ties with another language.
 */
export function detectLanguage(input: string | ReadonlyArray<{ kind: string; lower: string }> | TokenStore): Language {
  let s: LanguageScores;
  if (typeof input === "string") s = languageScoresOfStore(tokenizeToStore(input));
  else if (isStore(input)) s = languageScoresOfStore(input);
  else s = languageScores(input);
  if (s.nn > s.nb && s.nn >= s.en) return "nn";
  if (s.en > s.nb && s.en > s.nn) return "en";
  return "nb";
}

function isStore(input: ReadonlyArray<{ kind: string; lower: string }> | TokenStore): input is TokenStore {
  return !Array.isArray(input);
}
