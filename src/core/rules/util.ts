// Small helpers shared by the rules. Per-document values are cached in WeakMaps so every rule can ask
// for them without recomputing.
import type { Doc, Edit, Finding, Severity } from "../model";

const firstWordCache = new WeakMap<Doc, Int32Array>();
const lowerCache = new WeakMap<Doc, string[]>();

/** Combining diacritical marks (U+0300–U+036F). A regex, not a loop: V8 rejects a Latin-1 string at once. */
const COMBINING = /[\u0300-\u036f]/;

function hasCombining(s: string): boolean {
  return COMBINING.test(s);
}

/** First character is an upper-case letter (fast path for ASCII and Norwegian letters). */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  if (c === 0xc6 || c === 0xd8 || c === 0xc5) return true;
  if (c === 0xe6 || c === 0xf8 || c === 0xe5) return false;
  return UPPER.test(s);
}

/**
 * Lower-cased token texts in Unicode NFC, one per token, computed once per document. Text pasted from
 * PDFs or macOS often spells "å" as "a" + U+030A; the word lists are NFC, so compare against these.
 */
export function lowers(doc: Doc): string[] {
  let arr = lowerCache.get(doc);
  if (arr) return arr;
  arr = new Array<string>(doc.tokens.length);
  for (let i = 0; i < doc.tokens.length; i++) {
    const l = doc.tokens[i].lower;
    arr[i] = hasCombining(l) ? l.normalize("NFC") : l;
  }
  lowerCache.set(doc, arr);
  return arr;
}

/** For each sentence, the index of its first word token (-1 when it has none). */
export function firstWordTokenOfSentences(doc: Doc): Int32Array {
  let arr = firstWordCache.get(doc);
  if (arr) return arr;
  arr = new Int32Array(doc.sentences.length).fill(-1);
  for (let s = 0; s < doc.sentences.length; s++) {
    const sen = doc.sentences[s];
    for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
      if (doc.tokens[i]?.kind === "word") {
        arr[s] = i;
        break;
      }
    }
  }
  firstWordCache.set(doc, arr);
  return arr;
}

export function isSentenceInitial(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  return t !== undefined && firstWordTokenOfSentences(doc)[t.sentence] === i;
}

/** True when the sentence ends with a question mark. */
export function isQuestion(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  for (let i = s.tokenEnd - 1; i >= s.tokenStart; i--) {
    const t = doc.tokens[i];
    if (!t) break;
    if (t.kind === "punct" && /["'»”’)\]]/.test(t.text)) continue;
    return t.text === "?" || t.text.endsWith("?");
  }
  return false;
}

/** Index of the next word token in the same sentence, with only word tokens in between allowed when `adjacent` is false. */
export function nextWordToken(doc: Doc, i: number): number | undefined {
  const t = doc.tokens[i];
  const n = doc.tokens[i + 1];
  if (!t || !n || n.sentence !== t.sentence || n.kind !== "word") return undefined;
  return i + 1;
}

export function prevWordToken(doc: Doc, i: number): number | undefined {
  const t = doc.tokens[i];
  const p = doc.tokens[i - 1];
  if (!t || !p || p.sentence !== t.sentence || p.kind !== "word") return undefined;
  return i - 1;
}

const UPPER = /^\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;

/** Give `replacement` the capitalisation of `original` (sentence-initial "Vedrørende" → "Om", "SAMT" → "OG"). */
export function applyCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (UPPER.test(original)) {
    const letters = original.replace(/[^\p{L}]/gu, "");
    if (letters.length > 1 && !LOWER_LETTER.test(letters)) return replacement.toUpperCase();
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export interface FindingInput {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestions?: string[];
  fix?: Edit;
  data?: Record<string, unknown>;
}

/** Build a finding whose `text` is exactly doc.text.slice(start, end). */
export function finding(doc: Doc, f: FindingInput): Finding {
  const out: Finding = {
    rule: f.rule,
    severity: f.severity,
    start: f.start,
    end: f.end,
    text: doc.text.slice(f.start, f.end),
    message: f.message,
    suggestions: f.suggestions ?? [],
  };
  if (f.fix) out.fix = f.fix;
  if (f.data) out.data = f.data;
  return out;
}

/** A numeric rule option, or the default when missing or not a finite number. */
export function numOption(options: Record<string, unknown>, key: string, dflt: number): number {
  const v = options[key];
  return typeof v === "number" && Number.isFinite(v) ? v : dflt;
}

/** Number of word tokens (tokens with letters) in a token range. */
export function countWords(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (doc.tokens[i]?.kind === "word") n++;
  return n;
}

/** End offset of a range with trailing whitespace removed. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** Start offset of a range with leading whitespace removed. */
export function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /\s/.test(text[s])) s++;
  return s;
}
