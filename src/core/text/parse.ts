// parse(text): paragraphs, sentences and tokens with exact offsets into the original text.
//
// Paragraphs: a blank line always separates paragraphs, and so does a single line break (Word and Outlook
// hand us one line per paragraph), except when the next line is a soft-wrapped continuation (it starts
// with a lower-case letter after a line of at least 30 characters, the line of at least 30 characters before
// ends in a comma, or the line before ends in an abbreviation such as "kl."). List items and "# headings" always start a paragraph.
// Sentences: see isBoundary(); headings, list items and signature lines are sentences of their own.
// Kinds: a list item starts with a bullet or "1." / "a)"; a heading is a one-sentence paragraph of at most
// 16 words without final punctuation that is followed by more text (not a salutation); a signature starts
// at a closing formula ("Med vennlig hilsen", "Mvh") and runs over the short lines after it.
import { K_EMAIL, K_EMOJI, K_NUMBER, K_PUNCT, K_URL, K_WORD, type Doc, type Language, type Paragraph, type Sentence, type SentenceKind, type Token, type TokenStore } from "../model";
import { abbreviationEndLower } from "./abbreviations";
import calendar from "../facts/calendar.json";
import { detectLanguage } from "./language";
import { isHashHeading, listMarkerLength, unitOf } from "./lines";
import { IntList } from "./int-list";
import { TextParagraph, TextSentence } from "./spans";
import { EMPTY_STORE, scanForParse, tokenObjects } from "./tokenize";

const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^\p{Nd}/u;
const LOWER_END = /\p{Ll}$/u;
const UPPER_LOWER_START = /^[\p{Lu}\p{Lt}]\p{Ll}/u;
const SINGLE_UPPER = /^[\p{Lu}]$/u;
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;

// Tests on the text of token [a, b) of `text`, with an ASCII fast path: the token text is sliced only for the
// regex, which runs only for other characters (same results as the regex on the token text).
function upperStart(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(text.slice(a, b));
}
function lowerStart(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_START.test(text.slice(a, b));
}
function digitStart(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  return c < 0x80 ? c >= 0x30 && c <= 0x39 : DIGIT_START.test(text.slice(a, b));
}
function lowerEnd(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(b - 1);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_END.test(text.slice(a, b));
}
function upperLowerStart(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  if (c >= 0x80) return UPPER_LOWER_START.test(text.slice(a, b));
  if (c < 0x41 || c > 0x5a || b - a < 2) return false;
  const d = text.charCodeAt(a + 1);
  return d < 0x80 ? d >= 0x61 && d <= 0x7a : UPPER_LOWER_START.test(text.slice(a, b));
}
/** /^[\p{Lu}]$/u: one code point is at most two units, so longer tokens need no regex. */
function singleUpper(text: string, a: number, b: number): boolean {
  return b - a <= 2 && SINGLE_UPPER.test(text.slice(a, b));
}
/** /^\.{2,}$/ */
function isDotRun(text: string, a: number, b: number): boolean {
  if (b - a < 2) return false;
  for (let i = a; i < b; i++) if (text.charCodeAt(i) !== 0x2e) return false;
  return true;
}
/** Does the token ending at b end in a period? */
function endsWithPeriod(text: string, b: number): boolean {
  return text.charCodeAt(b - 1) === 0x2e;
}
/** First characters of the only punctuation isBoundary() can accept: . ! ? … ‽ : (commas and the rest are skipped early). */
function mayEndSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203d || c === 0x3a;
}
/** Char codes of single-unit token texts (compared with unitOf(), which is -1 for longer tokens). */
function codes(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}
const OPENERS = codes("«\"“„(['‘‹");
/** Closing quotes and brackets: every one is a single UTF-16 unit. */
const CLOSERS = codes("»\"”)]'’›");
const DASHES = codes("-–—‐‑/");
const TERMINAL = codes(".!?…:;,");
const MONTHS = new Set([
  "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
  "january", "february", "march", "may", "june", "july", "october", "december",
]);
const CLOSING =
  /^(?:med\s+)?(?:vennlig(?:st)?\s+|venn?leg(?:ast)?\s+|beste\s+|kjærlig\s+)?(?:hilsen|hilsener|helsing|helsingar)\b|^(?:mvh|vh|hilsen|helsing)\b|^(?:kind|best|warm)\s+regards\b|^regards\b|^yours\s+(?:sincerely|faithfully)\b|^(?:sincerely|best wishes)\b/iu;

/** Every alternative of CLOSING starts with one of these letters (lower case). */
const CLOSING_FIRST = new Set(["m", "v", "b", "k", "h", "w", "r", "y", "s"]);

/** Cheap pre-test for CLOSING: false when the first letter of the text cannot start a closing formula. */
function mayOpenClosing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return CLOSING_FIRST.has(String.fromCharCode(c | 0x20));
    if (c >= 0x80) return true; // not ASCII: leave it to the regex
  }
  return false;
}

/** A salutation line ("Hei Kari", "Kjære foresatte") is not a heading. */
const GREETING = /^(?:hei|hallo|heisann|god\s+(?:morgen|dag|kveld)|kjære|dear|hello|hi)\b/iu;

/** Flags of a paragraph draft. */
const LIST = 1;
const HASH = 2;

/**
 * Paragraph drafts as parallel arrays (four integers per paragraph instead of an object), in memory kept from one
 * parse to the next: a paragraph holds at least one line, so `count` never exceeds the line count.
 */
class ParaDrafts {
  count = 0;
  tokenStart = new Int32Array(64);
  tokenEnd = new Int32Array(64);
  /** Tokens of the list marker ("-", "1.", "2)"); no sentence ends inside it. */
  marker = new Int32Array(64);
  /** LIST | HASH. */
  flags = new Int32Array(64);

  /** Make room for `lines` paragraphs and empty the drafts (dropping memory a huge text left behind). */
  reset(lines: number): void {
    this.count = 0;
    const size = this.flags.length;
    if (size >= lines && size <= 4 * lines + (1 << 18)) return;
    const capacity = Math.max(64, lines);
    this.tokenStart = new Int32Array(capacity);
    this.tokenEnd = new Int32Array(capacity);
    this.marker = new Int32Array(capacity);
    this.flags = new Int32Array(capacity);
  }

  push(tokenStart: number, tokenEnd: number, marker: number, flags: number): void {
    const n = this.count++;
    this.tokenStart[n] = tokenStart;
    this.tokenEnd[n] = tokenEnd;
    this.marker[n] = marker;
    this.flags[n] = flags;
  }
}

/** parse() is synchronous and never re-entered, so one set of drafts and word counts serves every call. */
const drafts = new ParaDrafts();
const sentenceWords = new IntList();

/** Shortest line that can be a soft-wrapped part of running text (shorter lines are names, titles, addresses). */
const MIN_WRAPPED_LINE = 30;

const WEEKDAYS = new Set(calendar.weekdays.flat().map((w) => w.toLowerCase()));

/** Words no line of running text ends on: prepositions, articles, conjunctions (nb, nn, en). */
const WRAP_WORDS = new Set(["i", "på", "til", "for", "fra", "frå", "med", "av", "om", "og", "eller", "men", "at", "som", "den", "det", "de", "dei", "en", "ein", "et", "eit", "ei", "ved", "etter", "før", "under", "over", "mellom", "innen", "innan", "frem", "fram", "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "which", "until", "before", "after", "between", "into", "onto", "langs", "mot", "hos", "uten", "utan", "gjennom", "ifølge", "rundt", "via", "per", "innenfor", "utenfor", "innanfor", "utanfor", "enn", "der", "hvor", "kor", "along", "across", "through", "towards", "about", "around", "near", "within", "without", "than", "as"]);

/** Is the line starting at token curFrom a continuation of the previous line (tokens [prevFrom, prevTo))? */
function isContinuation(text: string, st: TokenStore, prevFrom: number, prevTo: number, curFrom: number): boolean {
  const { start, end, kind } = st;
  const first = curFrom;
  const last = prevTo - 1;
  const prevLength = end[last] - start[prevFrom];
  if (prevLength >= MIN_WRAPPED_LINE && lowerStart(text, start[first], end[first])) return true;
  if (kind[last] === K_WORD && endsWithPeriod(text, end[last]) && abbreviationEndLower(st.lowerAt(last)) === "never") return true;
  if (unitOf(text, st, last) === 0x2c && (kind[first] === K_NUMBER || kind[first] === K_URL)) return true;
  // "… at Stavanger police station,\nLagårdsveien 4.": a line of running text that ends in a comma goes on, whatever
  // the next line starts with (a name, a number).
  if (unitOf(text, st, last) === 0x2c && prevLength >= MIN_WRAPPED_LINE) return true;
  // "… a red warning for storm for\nFriday 8 January", "… expected to resume on\nMonday": a line of running text
  // that ends in a preposition, article or conjunction goes on.
  if (kind[last] === K_WORD && prevLength >= MIN_WRAPPED_LINE && WRAP_WORDS.has(st.lowerAt(last))) return true;
  // "… for Friday\n8 January 2027": a weekday at a line's end and its date on the next line.
  if (kind[last] === K_WORD && kind[first] === K_NUMBER && prevLength >= MIN_WRAPPED_LINE && WEEKDAYS.has(st.lowerAt(last))) return true;
  return false;
}

/** ends: line k holds tokens [ends[k - 1], ends[k]) (see scanForParse). Fills `d`. */
function groupParagraphs(text: string, st: TokenStore, ends: Int32Array, d: ParaDrafts): void {
  d.reset(ends.length);
  /** Token range of the previous line; prevFrom is -1 after a blank line. */
  let prevFrom = -1;
  let prevTo = -1;
  for (let k = 0; k < ends.length; k++) {
    const from = k === 0 ? 0 : ends[k - 1];
    const to = ends[k];
    if (to === from) {
      prevFrom = -1;
      continue;
    }
    const marker = listMarkerLength(text, st, from, to);
    const list = marker > 0;
    const hash = !list && isHashHeading(text, st, from, to);
    const n = d.count;
    if (prevFrom >= 0 && n > 0 && !list && !hash && (d.flags[n - 1] & HASH) === 0 && isContinuation(text, st, prevFrom, prevTo, from)) {
      d.tokenEnd[n - 1] = to;
    } else {
      d.push(from, to, marker, (list ? LIST : 0) | (hash ? HASH : 0));
    }
    prevFrom = from;
    prevTo = to;
  }
}

/** Does a sentence plausibly start at token j? */
function startsSentence(text: string, st: TokenStore, j: number, end: number): boolean {
  let t = j;
  if (OPENERS.has(unitOf(text, st, j)) && j + 1 < end && st.start[j + 1] === st.end[j]) t = j + 1;
  const a = st.start[t];
  const b = st.end[t];
  if (text.charCodeAt(a) === 0x7b || unitOf(text, st, t) === 0xa7) return true; // "{placeholder}" or "§"
  switch (st.kind[t]) {
    case K_WORD:
      return upperStart(text, a, b) || digitStart(text, a, b);
    case K_NUMBER:
    case K_EMOJI:
      return true;
    case K_URL:
    case K_EMAIL:
      return upperStart(text, a, b);
    default:
      return false;
  }
}

/** Is there a sentence boundary right after token i (paragraph tokens [from, to))? j = next token index. */
function isBoundary(text: string, st: TokenStore, i: number, j: number, from: number, to: number, lineBreakBetween: boolean): boolean {
  const { start, end, kind } = st;
  if (kind[i] === K_WORD) {
    if (!endsWithPeriod(text, end[i])) return false;
    // An abbreviation: its period closes the sentence only when it may end one and a capital follows.
    if (abbreviationEndLower(st.lowerAt(i)) === "never") return false;
    return kind[j] === K_WORD && upperStart(text, start[j], end[j]);
  }
  if (kind[i] !== K_PUNCT) return false;
  const u = unitOf(text, st, i);
  if (u === 0x3a) return lineBreakBetween; // ":"
  if (u === 0x21 || u === 0x3f || u === 0x203d) {
    // "!", "?", "‽"
    const n = unitOf(text, st, j);
    if (start[j] === end[i] && (n === 0x21 || n === 0x3f || n === 0x2e)) return false;
    // At a line break the mark ends the sentence whatever follows (a soft-wrapped line may start in lower case).
    return lineBreakBetween || startsSentence(text, st, j, to);
  }
  if (u === 0x2e || u === 0x2026 || isDotRun(text, start[i], end[i])) {
    // ".", "…", "..."
    const prev = i > from && end[i - 1] === start[i] ? i - 1 : -1;
    if (start[j] === end[i] && !CLOSERS.has(unitOf(text, st, j))) {
      // A missing space ("søknaden din.Den behandles"): a word, a period and a capitalised word.
      return (
        u === 0x2e &&
        prev >= 0 &&
        kind[prev] === K_WORD &&
        end[prev] - start[prev] >= 2 &&
        lowerEnd(text, start[prev], end[prev]) &&
        kind[j] === K_WORD &&
        upperLowerStart(text, start[j], end[j])
      );
    }
    if (u === 0x2e && prev >= 0) {
      if (kind[prev] === K_NUMBER) {
        // Ordinal: "2.–15. juni", "1. {måned}", "17. Mai".
        if (DASHES.has(unitOf(text, st, j)) || text.charCodeAt(start[j]) === 0x7b) return false;
        if (kind[j] === K_WORD && MONTHS.has(st.lowerAt(j))) return false;
      }
      // Initial: "K. Nordmann" (but not a house letter: "Storgata 5 B. Den er solgt.").
      const beforeIsNumber = i - 2 >= from && kind[i - 2] === K_NUMBER;
      if (kind[prev] === K_WORD && singleUpper(text, start[prev], end[prev]) && kind[j] === K_WORD && upperStart(text, start[j], end[j]) && !beforeIsNumber) return false;
    }
    // A full stop at a line break ends the sentence, unless it belongs to a number ("innen 20.⏎mars").
    if (lineBreakBetween && !(prev >= 0 && kind[prev] === K_NUMBER)) return true;
    return startsSentence(text, st, j, to);
  }
  return false;
}

/** Append the sentence of tokens [from, to) in paragraph p and give those tokens its index. */
function pushSentence(input: string, st: TokenStore, sentences: Sentence[], sentenceWords: IntList, p: number, from: number, to: number): void {
  const sIndex = sentences.length;
  const start = st.start[from];
  const end = st.end[to - 1];
  // One loop for the sentence index and the word count (TypedArray.fill costs more than it saves on ~12 tokens).
  const kind = st.kind;
  const sentence = st.sentence;
  let words = 0;
  for (let k = from; k < to; k++) {
    sentence[k] = sIndex;
    if (kind[k] === K_WORD) words++;
  }
  sentences.push(new TextSentence(input, start, end, p, from, to));
  sentenceWords.push(words);
}

/** Parse text into paragraphs, sentences and tokens. Never throws; never changes the text. */
export function parse(text: string, language?: Language): Doc {
  const input = typeof text === "string" ? text : String(text ?? "");
  const { store: st, candidates, lineEnds: ends } = scanForParse(input);
  groupParagraphs(input, st, ends, drafts);
  sentenceWords.reset();
  const { start: tStart, end: tEnd, kind: tKind } = st;

  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  /** Index of the line holding the current candidate, for "is there a line break between i and j". */
  let line = 0;
  /** Next candidate (punctuation or a word ending in a period) to look at; candidates are ascending. */
  let c = 0;
  const nc = candidates.length;
  const np = drafts.count;

  for (let p = 0; p < np; p++) {
    const pStart = drafts.tokenStart[p];
    const pEnd = drafts.tokenEnd[p];
    const sentenceStart = sentences.length;
    let sStart = pStart;
    const first = pStart + drafts.marker[p];
    const stop = pEnd - 1;
    while (c < nc && candidates[c] < first) c++;
    for (; c < nc && candidates[c] < stop; c++) {
      const i = candidates[c];
      if (tKind[i] === K_PUNCT && !mayEndSentence(input.charCodeAt(tStart[i]))) continue; // isBoundary() would say no
      // Closing quotes and brackets attached to the punctuation belong to the sentence they close.
      let last = i;
      while (last + 1 < stop && CLOSERS.has(unitOf(input, st, last + 1)) && tStart[last + 1] === tEnd[last]) last++;
      const j = last + 1;
      while (ends[line] <= i) line++;
      if (isBoundary(input, st, i, j, pStart, pEnd, ends[line] <= j)) {
        pushSentence(input, st, sentences, sentenceWords, p, sStart, j);
        sStart = j;
        while (c + 1 < nc && candidates[c + 1] <= last) c++;
      }
    }
    if (sStart < pEnd) pushSentence(input, st, sentences, sentenceWords, p, sStart, pEnd);
    const start = tStart[pStart];
    const end = tEnd[pEnd - 1];
    paragraphs.push(new TextParagraph(input, start, end, sentenceStart, sentences.length));
  }

  assignKinds(input, st, drafts, paragraphs, sentences, sentenceWords.data);
  const doc = makeDoc(input, language ?? detectLanguage(st), paragraphs, sentences, st);
  wordCounts.set(doc, sentenceWords.data.slice(0, sentenceWords.n));
  return doc;
}

/** Word tokens per sentence, as parse() counted them. */
const wordCounts = new WeakMap<Doc, Int32Array>();

/**
 * The number of word tokens in each sentence of a document parse() made (undefined for any other document).
 * Counted while the sentences were made, so readability and the length rules need not count again.
 */
export function parsedWordCounts(doc: Doc): Int32Array | undefined {
  return wordCounts.get(doc);
}

/**
 * The Doc object: `tokens` is an enumerable getter that makes the token objects on first use and keeps them, so
 * JSON.stringify(doc) and Object.keys(doc) stay as they were (text, language, paragraphs, sentences, tokens);
 * `store` is not enumerable for the same reason.
 */
function makeDoc(text: string, language: Language, paragraphs: Paragraph[], sentences: Sentence[], store: TokenStore): Doc {
  const doc = { text, language, paragraphs, sentences };
  Object.defineProperty(doc, "tokens", { get: tokensOfDoc, enumerable: true, configurable: true });
  Object.defineProperty(doc, "store", { value: store, enumerable: false, writable: true, configurable: true });
  return doc as Doc;
}

const tokenObjectsOf = new WeakMap<object, Token[]>();

/** Kept alive for its hidden class (see EMPTY_STORE in tokenize.ts): documents are short-lived too. */
export const EMPTY_DOC: Doc = makeDoc("", "nb", [], [], EMPTY_STORE);

/**
 * The getter of Doc.tokens: one function shared by every Doc, so that all documents have the same hidden class
 * (a getter closure per document would give each its own, and code reading documents would go megamorphic).
 */
function tokensOfDoc(this: Doc): Token[] {
  let tokens = tokenObjectsOf.get(this);
  if (tokens === undefined) tokenObjectsOf.set(this, (tokens = tokenObjects(this.text, this.store) as Token[]));
  return tokens;
}

function setKind(sentences: Sentence[], from: number, to: number, kind: SentenceKind): void {
  for (let s = from; s < to; s++) sentences[s].kind = kind;
}

/** Does token i end a paragraph with punctuation or with an abbreviation that may end a sentence? */
function isPunctuatedEnd(text: string, st: TokenStore, i: number): boolean {
  if (TERMINAL.has(unitOf(text, st, i))) return true;
  return st.kind[i] === K_WORD && endsWithPeriod(text, st.end[i]) && abbreviationEndLower(st.lowerAt(i)) !== "never";
}

/** words[s]: the word count of sentence s. */
function assignKinds(text: string, st: TokenStore, drafts: ParaDrafts, paragraphs: Paragraph[], sentences: Sentence[], words: Int32Array): void {
  const { start, end, kind } = st;
  let inSignature = false;
  let lastWithWords = -1;
  for (let p = paragraphs.length - 1; p >= 0 && lastWithWords < 0; p--) {
    for (let s = paragraphs[p].sentenceStart; s < paragraphs[p].sentenceEnd; s++) {
      if (words[s] > 0) {
        lastWithWords = p;
        break;
      }
    }
  }
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const flags = drafts.flags[p];
    if (flags & LIST) {
      setKind(sentences, para.sentenceStart, para.sentenceEnd, "list-item");
      continue;
    }
    if (flags & HASH) {
      setKind(sentences, para.sentenceStart, para.sentenceEnd, "heading");
      inSignature = false;
      continue;
    }
    // A closing formula ("Med vennlig hilsen", "Mvh Kartverket") starts the signature.
    let closingAt = -1;
    for (let s = para.sentenceStart; s < para.sentenceEnd; s++) {
      const sent = sentences[s];
      if (words[s] <= 8 && unitOf(text, st, sent.tokenEnd - 1) !== 0x2e && mayOpenClosing(sent.text) && CLOSING.test(sent.text.replace(LEADING_NON_LETTERS, ""))) {
        closingAt = s;
        break;
      }
    }
    if (closingAt >= 0) {
      setKind(sentences, closingAt, para.sentenceEnd, "signature");
      inSignature = true;
      continue;
    }
    const nSent = para.sentenceEnd - para.sentenceStart;
    const tokenStart = drafts.tokenStart[p];
    const tokenEnd = drafts.tokenEnd[p];
    const lastTok = tokenEnd - 1;
    const unpunctuated = !isPunctuatedEnd(text, st, lastTok);
    if (inSignature) {
      let short = true;
      for (let s = para.sentenceStart; s < para.sentenceEnd; s++) if (words[s] > 8) short = false;
      const lastUnit = unitOf(text, st, lastTok);
      if (short && (unpunctuated || nSent === 1) && lastUnit !== 0x2e && lastUnit !== 0x21 && lastUnit !== 0x3f) {
        setKind(sentences, para.sentenceStart, para.sentenceEnd, "signature");
        continue;
      }
      inSignature = false;
    }
    if (nSent === 1 && unpunctuated && p < lastWithWords && !GREETING.test(para.text)) {
      const w = words[para.sentenceStart];
      let firstWord = -1;
      for (let k = tokenStart; k < tokenEnd && firstWord < 0; k++) if (kind[k] === K_WORD || kind[k] === K_NUMBER) firstWord = k;
      // ("Passport no. 533912847": a line that ends on a long number after its abbreviated label is a field of the
      // letter, not a heading. Labels with a colon, "Kundenummer: 204518", are read as fields further on.)
      const idEnd = kind[lastTok] === K_NUMBER && end[lastTok] - start[lastTok] >= 5 && !para.text.includes(":") && /\.[ \u00A0]*\d[\d \u00A0]*$/u.test(para.text.trimEnd());
      if (!idEnd && w >= 1 && w <= 16 && firstWord >= 0 && (upperStart(text, start[firstWord], end[firstWord]) || digitStart(text, start[firstWord], end[firstWord]))) {
        setKind(sentences, para.sentenceStart, para.sentenceEnd, "heading");
      }
    }
  }
}
