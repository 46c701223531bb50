// parse(text): paragraphs, sentences and tokens with exact offsets into the original text.
//
// Paragraphs: a blank line always separates paragraphs, and so does a single line break (Word and Outlook
// hand us one line per paragraph), except when the next line is a soft-wrapped continuation (it starts
// with a lower-case letter after a line of at least 30 characters, or the line before ends in an
// abbreviation such as "kl."). List items and "# headings" always start a paragraph.
// Sentences: see isBoundary(); headings, list items and signature lines are sentences of their own.
// Kinds: a list item starts with a bullet or "1." / "a)"; a heading is a one-sentence paragraph of at most
// 16 words without final punctuation that is followed by more text (not a salutation); a signature starts
// at a closing formula ("Med vennlig hilsen", "Mvh") and runs over the short lines after it.
import type { Doc, Language, Paragraph, Sentence, SentenceKind, Token } from "../model";
import { abbreviationEndLower } from "./abbreviations";
import { detectLanguage } from "./language";
import { isHashHeading, listMarkerLength } from "./lines";
import { tokenizeForParse, type RawToken } from "./tokenize";

const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^\p{Nd}/u;
const LOWER_END = /\p{Ll}$/u;
const UPPER_LOWER_START = /^[\p{Lu}\p{Lt}]\p{Ll}/u;
const SINGLE_UPPER = /^[\p{Lu}]$/u;
const LEADING_NON_LETTERS = /^[^\p{L}]+/u;

// Regex tests with an ASCII fast path (same results; the regex runs only for other characters).
function upperStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(s);
}
function lowerStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_START.test(s);
}
function digitStart(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 0x80 ? c >= 0x30 && c <= 0x39 : DIGIT_START.test(s);
}
function lowerEnd(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_END.test(s);
}
function upperLowerStart(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 0x80) return UPPER_LOWER_START.test(s);
  if (c < 0x41 || c > 0x5a) return false;
  const d = s.charCodeAt(1);
  return d < 0x80 ? d >= 0x61 && d <= 0x7a : UPPER_LOWER_START.test(s);
}
/** /^\.{2,}$/ */
function isDotRun(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) !== 0x2e) return false;
  return true;
}
/** Does a word token end in a period? */
function endsWithPeriod(s: string): boolean {
  return s.charCodeAt(s.length - 1) === 0x2e;
}
/** First characters of the only punctuation isBoundary() can accept: . ! ? … ‽ : (commas and the rest are skipped early). */
function mayEndSentence(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x203d || c === 0x3a;
}
const OPENERS = new Set(["«", '"', "“", "„", "(", "[", "'", "‘", "‹"]);
/** Closing quotes and brackets: every one is a single UTF-16 unit. */
const CLOSERS = new Set(["»", '"', "”", ")", "]", "'", "’", "›"]);
const DASHES = new Set(["-", "–", "—", "‐", "‑", "/"]);
const TERMINAL = new Set([".", "!", "?", "…", ":", ";", ","]);
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

/** Paragraph drafts as parallel arrays (a few array slots per paragraph instead of an object). */
interface ParaDrafts {
  tokenStart: number[];
  tokenEnd: number[];
  /** Tokens of the list marker ("-", "1.", "2)"); no sentence ends inside it. */
  marker: number[];
  /** LIST | HASH. */
  flags: number[];
}

/** Shortest line that can be a soft-wrapped part of running text (shorter lines are names, titles, addresses). */
const MIN_WRAPPED_LINE = 30;

/** Is the line starting at token curFrom a continuation of the previous line (tokens [prevFrom, prevTo))? */
function isContinuation(tokens: RawToken[], prevFrom: number, prevTo: number, curFrom: number): boolean {
  const first = tokens[curFrom];
  const last = tokens[prevTo - 1];
  const prevLength = last.end - tokens[prevFrom].start;
  if (prevLength >= MIN_WRAPPED_LINE && lowerStart(first.text)) return true;
  if (last.kind === "word" && endsWithPeriod(last.text) && abbreviationEndLower(last.lower) === "never") return true;
  if (last.text === "," && (first.kind === "number" || first.kind === "url")) return true;
  return false;
}

/** ends: line k holds tokens [ends[k - 1], ends[k]) (see tokenizeForParse). */
function groupParagraphs(tokens: RawToken[], ends: number[]): ParaDrafts {
  const d: ParaDrafts = { tokenStart: [], tokenEnd: [], marker: [], flags: [] };
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
    const marker = listMarkerLength(tokens, from, to);
    const list = marker > 0;
    const hash = !list && isHashHeading(tokens, from, to);
    const n = d.flags.length;
    if (prevFrom >= 0 && n > 0 && !list && !hash && (d.flags[n - 1] & HASH) === 0 && isContinuation(tokens, prevFrom, prevTo, from)) {
      d.tokenEnd[n - 1] = to;
    } else {
      d.tokenStart.push(from);
      d.tokenEnd.push(to);
      d.marker.push(marker);
      d.flags.push((list ? LIST : 0) | (hash ? HASH : 0));
    }
    prevFrom = from;
    prevTo = to;
  }
  return d;
}

/** Does a sentence plausibly start at token j? */
function startsSentence(tokens: RawToken[], j: number, end: number): boolean {
  let t = tokens[j];
  if (OPENERS.has(t.text) && j + 1 < end && tokens[j + 1].start === t.end) t = tokens[j + 1];
  if (t.text.charCodeAt(0) === 0x7b || t.text === "§") return true; // "{placeholder}" or "§"
  switch (t.kind) {
    case "word":
      return upperStart(t.text) || digitStart(t.text);
    case "number":
    case "emoji":
      return true;
    case "url":
    case "email":
      return upperStart(t.text);
    default:
      return false;
  }
}

/** Is there a sentence boundary right after token i (paragraph tokens [from, to))? j = next token index. */
function isBoundary(tokens: RawToken[], i: number, j: number, from: number, to: number, lineBreakBetween: boolean): boolean {
  const t = tokens[i];
  const next = tokens[j];
  if (t.kind === "word") {
    if (!endsWithPeriod(t.text)) return false;
    // An abbreviation: its period closes the sentence only when it may end one and a capital follows.
    if (abbreviationEndLower(t.lower) === "never") return false;
    return next.kind === "word" && upperStart(next.text);
  }
  if (t.kind !== "punct") return false;
  const s = t.text;
  if (s === ":") return lineBreakBetween;
  if (s === "!" || s === "?" || s === "‽") {
    if (next.start === t.end && (next.text === "!" || next.text === "?" || next.text === ".")) return false;
    // At a line break the mark ends the sentence whatever follows (a soft-wrapped line may start in lower case).
    return lineBreakBetween || startsSentence(tokens, j, to);
  }
  if (s === "." || s === "…" || isDotRun(s)) {
    const prev = i > from && tokens[i - 1].end === t.start ? tokens[i - 1] : undefined;
    if (next.start === t.end && !CLOSERS.has(next.text)) {
      // A missing space ("søknaden din.Den behandles"): a word, a period and a capitalised word.
      return s === "." && !!prev && prev.kind === "word" && prev.text.length >= 2 && lowerEnd(prev.text) && next.kind === "word" && upperLowerStart(next.text);
    }
    if (s === "." && prev) {
      if (prev.kind === "number") {
        // Ordinal: "2.–15. juni", "1. {måned}", "17. Mai".
        if (DASHES.has(next.text) || next.text.charCodeAt(0) === 0x7b) return false;
        if (next.kind === "word" && MONTHS.has(next.lower)) return false;
      }
      // Initial: "K. Nordmann" (but not a house letter: "Storgata 5 B. Den er solgt.").
      const before = i - 2 >= from ? tokens[i - 2] : undefined;
      if (prev.kind === "word" && SINGLE_UPPER.test(prev.text) && next.kind === "word" && upperStart(next.text) && before?.kind !== "number") return false;
    }
    // A full stop at a line break ends the sentence, unless it belongs to a number ("innen 20.⏎mars").
    if (lineBreakBetween && !(prev && prev.kind === "number")) return true;
    return startsSentence(tokens, j, to);
  }
  return false;
}

/** Append the sentence of tokens [from, to) in paragraph p and give those tokens its index. */
function pushSentence(input: string, raw: RawToken[], sentences: Sentence[], sentenceWords: number[], p: number, from: number, to: number): void {
  const sIndex = sentences.length;
  const start = raw[from].start;
  const end = raw[to - 1].end;
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = raw[k];
    t.sentence = sIndex;
    if (t.kind === "word") words++;
  }
  sentences.push({ start, end, text: input.slice(start, end), kind: "text", paragraph: p, tokenStart: from, tokenEnd: to });
  sentenceWords.push(words);
}

/** Parse text into paragraphs, sentences and tokens. Never throws; never changes the text. */
export function parse(text: string, language?: Language): Doc {
  const input = typeof text === "string" ? text : String(text ?? "");
  const { tokens: raw, candidates, lineEnds: ends } = tokenizeForParse(input);
  const drafts = groupParagraphs(raw, ends);

  // Tokens are the tokeniser's objects with their sentence index filled in (no copies).
  const tokens = raw as Token[];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const sentenceWords: number[] = [];
  /** Index of the line holding the current candidate, for "is there a line break between i and j". */
  let line = 0;
  /** Next candidate (punctuation or a word ending in a period) to look at; candidates are ascending. */
  let c = 0;
  const nc = candidates.length;
  const np = drafts.flags.length;

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
      const t = raw[i];
      if (t.kind === "punct" && !mayEndSentence(t.text.charCodeAt(0))) continue; // isBoundary() would say no
      // Closing quotes and brackets attached to the punctuation belong to the sentence they close.
      let last = i;
      while (last + 1 < stop && raw[last + 1].text.length === 1 && CLOSERS.has(raw[last + 1].text) && raw[last + 1].start === raw[last].end) last++;
      const j = last + 1;
      while (ends[line] <= i) line++;
      if (isBoundary(raw, i, j, pStart, pEnd, ends[line] <= j)) {
        pushSentence(input, raw, sentences, sentenceWords, p, sStart, j);
        sStart = j;
        while (c + 1 < nc && candidates[c + 1] <= last) c++;
      }
    }
    if (sStart < pEnd) pushSentence(input, raw, sentences, sentenceWords, p, sStart, pEnd);
    const start = raw[pStart].start;
    const end = raw[pEnd - 1].end;
    paragraphs.push({ start, end, text: input.slice(start, end), sentenceStart, sentenceEnd: sentences.length });
  }

  assignKinds(raw, drafts, paragraphs, sentences, sentenceWords);
  return { text: input, language: language ?? detectLanguage(raw), paragraphs, sentences, tokens };
}

function setKind(sentences: Sentence[], from: number, to: number, kind: SentenceKind): void {
  for (let s = from; s < to; s++) sentences[s].kind = kind;
}

function assignKinds(raw: RawToken[], drafts: ParaDrafts, paragraphs: Paragraph[], sentences: Sentence[], words: number[]): void {
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
      const lastTok = raw[sent.tokenEnd - 1];
      if (words[s] <= 8 && lastTok.text !== "." && mayOpenClosing(sent.text) && CLOSING.test(sent.text.replace(LEADING_NON_LETTERS, ""))) {
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
    const lastTok = raw[tokenEnd - 1];
    const unpunctuated = !TERMINAL.has(lastTok.text) && !(lastTok.kind === "word" && endsWithPeriod(lastTok.text) && abbreviationEndLower(lastTok.lower) !== "never");
    if (inSignature) {
      let short = true;
      for (let s = para.sentenceStart; s < para.sentenceEnd; s++) if (words[s] > 8) short = false;
      if (short && (unpunctuated || nSent === 1) && lastTok.text !== "." && lastTok.text !== "!" && lastTok.text !== "?") {
        setKind(sentences, para.sentenceStart, para.sentenceEnd, "signature");
        continue;
      }
      inSignature = false;
    }
    if (nSent === 1 && unpunctuated && p < lastWithWords && !GREETING.test(para.text)) {
      const w = words[para.sentenceStart];
      let firstWord: RawToken | undefined;
      for (let k = tokenStart; k < tokenEnd && !firstWord; k++) if (raw[k].kind === "word" || raw[k].kind === "number") firstWord = raw[k];
      if (w >= 1 && w <= 16 && firstWord && (upperStart(firstWord.text) || digitStart(firstWord.text))) setKind(sentences, para.sentenceStart, para.sentenceEnd, "heading");
    }
  }
}
