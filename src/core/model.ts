/**
 * Shared types of the pure core. Nothing here may import Office, React, the DOM or Node APIs.
 * Offsets are UTF-16 code-unit offsets into the analysed text (what String.prototype.slice uses).
 */

/** Languages the checker knows. */
export type Language = "nb" | "nn" | "en";
/** Languages the UI (and so finding messages) can speak. */
export type Locale = "nb" | "nn" | "en";

export type Severity = "error" | "warning" | "info";

/** A half-open range [start, end) in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** Replace text[start, end) by `replacement`. */
export interface Edit extends Span {
  replacement: string;
}

export interface Finding extends Span {
  /** Stable rule id, e.g. "kanselli" (see DESIGN.md). */
  rule: string;
  severity: Severity;
  /** Always equal to input.slice(start, end). */
  text: string;
  /** Human message in the UI language. */
  message: string;
  /** Plain alternatives, best first (may be empty). */
  suggestions: string[];
  /** Present only when applying it needs no human reading of the sentence. */
  fix?: Edit;
  /**
   * Optional machine-readable detail (e.g. { entry: "vedrørende", source: "..." }). When two rules flag exactly
   * the same words, analyze() gives one finding (rules/merge.ts): `rule` is the first in the registry, and
   * `data.rules` lists every rule that flagged the words, `data.also` what each other rule said
   * ({ rule, severity, message, suggestions, data }). `data.fixWithheld: "facts"` says a fix was dropped
   * because it would have changed a fact of the draft (fact-guard.ts).
   */
  data?: Record<string, unknown>;
}

export type TokenKind = "word" | "number" | "punct" | "symbol" | "url" | "email" | "emoji";

export interface Token extends Span {
  text: string;
  /** Lower-cased text (locale-independent toLowerCase). */
  lower: string;
  kind: TokenKind;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

export type SentenceKind = "text" | "heading" | "list-item" | "signature";

export interface Sentence extends Span {
  text: string;
  kind: SentenceKind;
  paragraph: number;
  /** Token indices [tokenStart, tokenEnd) into Doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph extends Span {
  text: string;
  /** Sentence indices [sentenceStart, sentenceEnd) into Doc.sentences. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** Token kinds by number, as stored in TokenStore.kind (index = code). */
export const TOKEN_KINDS: readonly TokenKind[] = ["word", "number", "punct", "symbol", "url", "email", "emoji"];
export const K_WORD = 0;
export const K_NUMBER = 1;
export const K_PUNCT = 2;
export const K_SYMBOL = 3;
export const K_URL = 4;
export const K_EMAIL = 5;
export const K_EMOJI = 6;

/**
 * The tokens of a document as parallel arrays (token i is start[i], end[i] …). This is what the rules read:
 * one object per token would be 100 000 objects for a 100 000-word text, and the garbage collector's copying
 * of them cost more than the analysis itself. Token text is doc.text.slice(start[i], end[i]).
 */
export interface TokenStore {
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Kind code (K_* / TOKEN_KINDS). */
  readonly kind: Uint8Array;
  /** Sentence index per token. */
  readonly sentence: Int32Array;
  /** Lower-cased text per token (locale-independent toLowerCase), as Token.lower; may be made on first use. */
  readonly lower: string[];
  /** lower[i] without making the whole array (for the few tokens a rule looks at closely). */
  lowerAt(i: number): string;
}

/** A parsed document: built once per analysis and shared by every rule. */
export interface Doc {
  text: string;
  language: Language;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** The tokens as objects, made from `store` on first use (the rules read `store`). */
  readonly tokens: Token[];
  store: TokenStore;
}

export interface ReadabilityStats {
  words: number;
  sentences: number;
  longWords: number;
  /** Words per sentence. */
  avgSentenceLength: number;
  /** Share of long words in percent (0-100). */
  longWordPercent: number;
  lix: number;
  /** Five-band Norwegian scale. */
  band: "very-easy" | "easy" | "medium" | "hard" | "very-hard";
  characters: number;
  paragraphs: number;
}

export interface AnalyzeOptions {
  /** Force a language; default: detect. */
  language?: Language | "auto";
  /** Language of messages; default "nb". */
  locale?: Locale;
  /** Per-rule options keyed by rule id, e.g. { "long-sentence": { max: 25 } } or { kanselli: false }. */
  ruleOptions?: Record<string, Record<string, unknown> | false>;
  /** Organisation word list: stiff word -> plain alternative. */
  customWords?: Array<{ word: string; alternative: string }>;
}

export interface AnalysisResult {
  language: Language;
  stats: ReadabilityStats;
  findings: Finding[];
}

/** Kinds of facts a channel variant must keep and never invent. */
export type FactKind =
  | "date"
  | "time"
  | "deadline"
  | "amount"
  | "url"
  | "email"
  | "phone"
  | "place"
  | "personal-id"
  | "account-number";

export interface Fact extends Span {
  kind: FactKind;
  text: string;
  /** Normalised value: ISO date "2027-04-30" (or "--04-30" without year), "09:00", "09:00-14:00", "4280" (NOK), "nav.no/klage", "+4712345678"... */
  value: string;
}
