// Small helpers shared by the rules. Per-document values are cached in WeakMaps so every rule can ask
// for them without recomputing.
import { K_PUNCT, K_WORD, TOKEN_KINDS, type Doc, type Edit, type Finding, type Severity, type Token, type TokenStore } from "../model";
import { tokenObject } from "../text/tokenize";

const firstWordCache = new WeakMap<Doc, Int32Array>();

/** Combining diacritical marks (U+0300–U+036F). A regex, not a loop: V8 rejects a Latin-1 string at once. */
const COMBINING = /[\u0300-\u036f]/;

function hasCombining(s: string): boolean {
  return COMBINING.test(s);
}

/** First character is an upper-case letter (fast path for ASCII and Norwegian letters). */
export function startsUpper(s: string): boolean {
  return s.length > 0 && startsUpperAt(s, 0);
}

const UPPER_AT = /\p{Lu}/uy;

/** Is s[i] (a code point) an upper-case letter? startsUpper() for a token read in place from the text. */
export function startsUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  if (c === 0xc6 || c === 0xd8 || c === 0xc5) return true;
  if (c === 0xe6 || c === 0xf8 || c === 0xe5) return false;
  UPPER_AT.lastIndex = i;
  return UPPER_AT.test(s);
}

const storeCache = new WeakMap<Doc, TokenStore>();

/**
 * The document's tokens as parallel arrays: doc.store from parse(), or, for a Doc made some other way (or a
 * copy such as {...doc}, which loses the non-enumerable store), built once from doc.tokens. Rules read this, never doc.tokens (see TokenStore in model.ts).
 */
export function tokenStore(doc: Doc): TokenStore {
  const own = (doc as { store?: TokenStore }).store;
  if (own) return own;
  let s = storeCache.get(doc);
  if (s) return s;
  const tokens = doc.tokens;
  const n = tokens.length;
  const lower = new Array<string>(n);
  const store = { length: n, start: new Int32Array(n), end: new Int32Array(n), kind: new Uint8Array(n), sentence: new Int32Array(n), lower, lowerAt: (i: number) => lower[i] };
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    store.start[i] = t.start;
    store.end[i] = t.end;
    store.kind[i] = TOKEN_KINDS.indexOf(t.kind);
    store.sentence[i] = t.sentence;
    store.lower[i] = t.lower;
  }
  s = store;
  storeCache.set(doc, s);
  return s;
}

/**
 * Token i as an object, made on demand (undefined outside the document). For the few tokens a rule looks at
 * closely: a loop over every token reads the store's arrays instead.
 */
export function tokenAt(doc: Doc, i: number): Token | undefined {
  const s = tokenStore(doc);
  return i >= 0 && i < s.length ? (tokenObject(doc.text, s, i) as Token) : undefined;
}

/** Is token i a word token (false outside the document)? */
export function isWord(s: TokenStore, i: number): boolean {
  return i >= 0 && i < s.length && s.kind[i] === K_WORD;
}

const lowerFnCache = new WeakMap<Doc, (i: number) => string>();

/**
 * The lower-cased text of token i in Unicode NFC ("" outside the document), made when asked for: a rule asks
 * for the few tokens it looks at closely, so no string is made per token. Text pasted from PDFs or macOS often
 * spells "å" as "a" + U+030A; the word lists are NFC, so compare against these.
 */
export function lowerOf(doc: Doc): (i: number) => string {
  let fn = lowerFnCache.get(doc);
  if (fn) return fn;
  const st = tokenStore(doc);
  const n = st.length;
  // No combining mark anywhere in the text: nothing to normalise (one regex pass instead of one per token).
  fn = hasCombining(doc.text)
    ? (i: number) => {
        if (!(i >= 0 && i < n)) return "";
        const l = st.lowerAt(i);
        return hasCombining(l) ? l.normalize("NFC") : l;
      }
    : (i: number) => (i >= 0 && i < n ? st.lowerAt(i) : "");
  lowerFnCache.set(doc, fn);
  return fn;
}

/** For each sentence, the index of its first word token (-1 when it has none). */
export function firstWordTokenOfSentences(doc: Doc): Int32Array {
  let arr = firstWordCache.get(doc);
  if (arr) return arr;
  arr = new Int32Array(doc.sentences.length).fill(-1);
  const st = tokenStore(doc);
  for (let s = 0; s < doc.sentences.length; s++) {
    const sen = doc.sentences[s];
    for (let i = sen.tokenStart; i < sen.tokenEnd; i++) {
      if (isWord(st, i)) {
        arr[s] = i;
        break;
      }
    }
  }
  firstWordCache.set(doc, arr);
  return arr;
}

/** True when the sentence ends with a question mark. */
export function isQuestion(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  const st = tokenStore(doc);
  for (let i = s.tokenEnd - 1; i >= s.tokenStart; i--) {
    if (i >= st.length) break;
    const text = doc.text.slice(st.start[i], st.end[i]);
    if (st.kind[i] === K_PUNCT && /["'»”’)\]]/.test(text)) continue;
    return text === "?" || text.endsWith("?");
  }
  return false;
}

/** Index of the next word token in the same sentence, with only word tokens in between allowed when `adjacent` is false. */
export function nextWordToken(doc: Doc, i: number): number | undefined {
  const st = tokenStore(doc);
  if (i < 0 || !isWord(st, i + 1) || st.sentence[i + 1] !== st.sentence[i]) return undefined;
  return i + 1;
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
  const { rule, severity, start, end, message, fix, data } = f;
  const text = doc.text.slice(start, end);
  const suggestions = f.suggestions ?? [];
  // One object literal per combination, not properties added afterwards: a literal's hidden class lives as long
  // as the code that makes it, while one reached by adding `fix` or `data` dies with the last such finding, and
  // code that handled findings is thrown away (deoptimised) when it does.
  if (fix && data) return { rule, severity, start, end, text, message, suggestions, fix, data };
  if (fix) return { rule, severity, start, end, text, message, suggestions, fix };
  if (data) return { rule, severity, start, end, text, message, suggestions, data };
  return { rule, severity, start, end, text, message, suggestions };
}

/** A numeric rule option, or the default when missing or not a finite number. */
export function numOption(options: Record<string, unknown>, key: string, dflt: number): number {
  const v = options[key];
  return typeof v === "number" && Number.isFinite(v) ? v : dflt;
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
