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
import { abbreviationEnd } from "./abbreviations";
import { detectLanguage } from "./language";
import { isHashHeading, listMarkerLength, splitLines, type Line } from "./lines";
import { tokenizeForParse, type RawToken } from "./tokenize";

const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const LOWER_START = /^\p{Ll}/u;
const DIGIT_START = /^\p{Nd}/u;
const LOWER_END = /\p{Ll}$/u;
const UPPER_LOWER_START = /^[\p{Lu}\p{Lt}]\p{Ll}/u;
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

interface ParaDraft {
  tokenStart: number;
  tokenEnd: number;
  /** Tokens of the list marker ("-", "1.", "2)"); no sentence ends inside it. */
  marker: number;
  list: boolean;
  hash: boolean;
}

/** Shortest line that can be a soft-wrapped part of running text (shorter lines are names, titles, addresses). */
const MIN_WRAPPED_LINE = 30;

function isContinuation(tokens: RawToken[], prev: Line, cur: Line): boolean {
  const first = tokens[cur.tokenStart];
  const last = tokens[prev.tokenEnd - 1];
  const prevLength = last.end - tokens[prev.tokenStart].start;
  if (LOWER_START.test(first.text) && prevLength >= MIN_WRAPPED_LINE) return true;
  if (last.kind === "word" && last.text.endsWith(".") && abbreviationEnd(last.text) === "never") return true;
  if (last.text === "," && (first.kind === "number" || first.kind === "url")) return true;
  return false;
}

function groupParagraphs(text: string, tokens: RawToken[], lines: Line[]): ParaDraft[] {
  const paras: ParaDraft[] = [];
  let prev: Line | undefined;
  let prevPara: ParaDraft | undefined;
  for (const line of lines) {
    if (line.tokenEnd === line.tokenStart) {
      prev = undefined;
      continue;
    }
    const marker = listMarkerLength(text, tokens, line);
    const list = marker > 0;
    const hash = !list && isHashHeading(tokens, line);
    if (prev && prevPara && !list && !hash && !prevPara.hash && isContinuation(tokens, prev, line)) {
      prevPara.tokenEnd = line.tokenEnd;
    } else {
      prevPara = { tokenStart: line.tokenStart, tokenEnd: line.tokenEnd, marker, list, hash };
      paras.push(prevPara);
    }
    prev = line;
  }
  return paras;
}

/** Does a sentence plausibly start at token j? */
function startsSentence(tokens: RawToken[], j: number, end: number): boolean {
  let t = tokens[j];
  if (OPENERS.has(t.text) && j + 1 < end && tokens[j + 1].start === t.end) t = tokens[j + 1];
  if (t.text.charCodeAt(0) === 0x7b || t.text === "§") return true; // "{placeholder}" or "§"
  switch (t.kind) {
    case "word":
      return UPPER_START.test(t.text) || DIGIT_START.test(t.text);
    case "number":
    case "emoji":
      return true;
    case "url":
    case "email":
      return UPPER_START.test(t.text);
    default:
      return false;
  }
}

/** Is there a sentence boundary right after token i (paragraph tokens [from, to))? j = next token index. */
function isBoundary(tokens: RawToken[], i: number, j: number, from: number, to: number, lineBreakBetween: boolean): boolean {
  const t = tokens[i];
  const next = tokens[j];
  if (t.kind === "word") {
    if (!t.text.endsWith(".")) return false;
    // An abbreviation: its period closes the sentence only when it may end one and a capital follows.
    const end = abbreviationEnd(t.text) ?? "can";
    if (end === "never") return false;
    return next.kind === "word" && UPPER_START.test(next.text);
  }
  if (t.kind !== "punct") return false;
  const s = t.text;
  if (s === ":") return lineBreakBetween;
  if (s === "!" || s === "?" || s === "‽") {
    if (next.start === t.end && (next.text === "!" || next.text === "?" || next.text === ".")) return false;
    // At a line break the mark ends the sentence whatever follows (a soft-wrapped line may start in lower case).
    return lineBreakBetween || startsSentence(tokens, j, to);
  }
  if (s === "." || s === "…" || /^\.{2,}$/.test(s)) {
    const prev = i > from && tokens[i - 1].end === t.start ? tokens[i - 1] : undefined;
    if (next.start === t.end && !CLOSERS.has(next.text)) {
      // A missing space ("søknaden din.Den behandles"): a word, a period and a capitalised word.
      return s === "." && !!prev && prev.kind === "word" && prev.text.length >= 2 && LOWER_END.test(prev.text) && next.kind === "word" && UPPER_LOWER_START.test(next.text);
    }
    if (s === "." && prev) {
      if (prev.kind === "number") {
        // Ordinal: "2.–15. juni", "1. {måned}", "17. Mai".
        if (DASHES.has(next.text) || next.text.charCodeAt(0) === 0x7b) return false;
        if (next.kind === "word" && MONTHS.has(next.lower)) return false;
      }
      // Initial: "K. Nordmann" (but not a house letter: "Storgata 5 B. Den er solgt.").
      const before = i - 2 >= from ? tokens[i - 2] : undefined;
      if (prev.kind === "word" && /^[\p{Lu}]$/u.test(prev.text) && next.kind === "word" && UPPER_START.test(next.text) && before?.kind !== "number") return false;
    }
    // A full stop at a line break ends the sentence, unless it belongs to a number ("innen 20.⏎mars").
    if (lineBreakBetween && !(prev && prev.kind === "number")) return true;
    return startsSentence(tokens, j, to);
  }
  return false;
}

/** Parse text into paragraphs, sentences and tokens. Never throws; never changes the text. */
export function parse(text: string, language?: Language): Doc {
  const input = typeof text === "string" ? text : String(text ?? "");
  const { tokens: raw, candidates } = tokenizeForParse(input);
  const lines = splitLines(input, raw);
  const drafts = groupParagraphs(input, raw, lines);

  // Tokens are the tokeniser's objects with their sentence index filled in (no copies).
  const tokens = raw as Token[];
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  const sentenceWords: number[] = [];
  /** Line index of the token at the end of the current line, for "is there a line break between i and j". */
  let line = 0;
  const lineBreakBetween = (i: number, j: number): boolean => {
    while (lines[line].tokenEnd <= i) line++;
    return lines[line].tokenEnd <= j;
  };
  /** Next candidate (punctuation or a word ending in a period) to look at; candidates are ascending. */
  let c = 0;
  const nc = candidates.length;

  for (let p = 0; p < drafts.length; p++) {
    const d = drafts[p];
    const sentenceStart = sentences.length;
    let sStart = d.tokenStart;
    const pushSentence = (from: number, to: number) => {
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
    };
    const first = d.tokenStart + d.marker;
    const stop = d.tokenEnd - 1;
    while (c < nc && candidates[c] < first) c++;
    for (; c < nc && candidates[c] < stop; c++) {
      const i = candidates[c];
      // Closing quotes and brackets attached to the punctuation belong to the sentence they close.
      let last = i;
      while (last + 1 < stop && raw[last + 1].text.length === 1 && CLOSERS.has(raw[last + 1].text) && raw[last + 1].start === raw[last].end) last++;
      const j = last + 1;
      if (isBoundary(raw, i, j, d.tokenStart, d.tokenEnd, lineBreakBetween(i, j))) {
        pushSentence(sStart, j);
        sStart = j;
        while (c + 1 < nc && candidates[c + 1] <= last) c++;
      }
    }
    if (sStart < d.tokenEnd) pushSentence(sStart, d.tokenEnd);
    const start = raw[d.tokenStart].start;
    const end = raw[d.tokenEnd - 1].end;
    paragraphs.push({ start, end, text: input.slice(start, end), sentenceStart, sentenceEnd: sentences.length });
  }

  assignKinds(raw, drafts, paragraphs, sentences, sentenceWords);
  return { text: input, language: language ?? detectLanguage(raw), paragraphs, sentences, tokens };
}

function assignKinds(raw: RawToken[], drafts: ParaDraft[], paragraphs: Paragraph[], sentences: Sentence[], words: number[]): void {
  let inSignature = false;
  const lastWithWords = (() => {
    for (let p = paragraphs.length - 1; p >= 0; p--) {
      for (let s = paragraphs[p].sentenceStart; s < paragraphs[p].sentenceEnd; s++) if (words[s] > 0) return p;
    }
    return -1;
  })();
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const d = drafts[p];
    const set = (kind: SentenceKind) => {
      for (let s = para.sentenceStart; s < para.sentenceEnd; s++) sentences[s].kind = kind;
    };
    if (d.list) {
      set("list-item");
      continue;
    }
    if (d.hash) {
      set("heading");
      inSignature = false;
      continue;
    }
    // A closing formula ("Med vennlig hilsen", "Mvh Kartverket") starts the signature.
    let closingAt = -1;
    for (let s = para.sentenceStart; s < para.sentenceEnd; s++) {
      const sent = sentences[s];
      const lastTok = raw[sent.tokenEnd - 1];
      if (words[s] <= 8 && lastTok.text !== "." && mayOpenClosing(sent.text) && CLOSING.test(sent.text.replace(/^[^\p{L}]+/u, ""))) {
        closingAt = s;
        break;
      }
    }
    if (closingAt >= 0) {
      for (let s = closingAt; s < para.sentenceEnd; s++) sentences[s].kind = "signature";
      inSignature = true;
      continue;
    }
    const nSent = para.sentenceEnd - para.sentenceStart;
    const lastTok = raw[d.tokenEnd - 1];
    const unpunctuated = !TERMINAL.has(lastTok.text) && !(lastTok.kind === "word" && lastTok.text.endsWith(".") && abbreviationEnd(lastTok.text) !== "never");
    if (inSignature) {
      let short = true;
      for (let s = para.sentenceStart; s < para.sentenceEnd; s++) if (words[s] > 8) short = false;
      if (short && (unpunctuated || nSent === 1) && lastTok.text !== "." && lastTok.text !== "!" && lastTok.text !== "?") {
        set("signature");
        continue;
      }
      inSignature = false;
    }
    if (nSent === 1 && unpunctuated && p < lastWithWords && !GREETING.test(para.text)) {
      const w = words[para.sentenceStart];
      const firstWord = raw.slice(d.tokenStart, d.tokenEnd).find((t) => t.kind === "word" || t.kind === "number");
      if (w >= 1 && w <= 16 && firstWord && (UPPER_START.test(firstWord.text) || DIGIT_START.test(firstWord.text))) set("heading");
    }
  }
}
