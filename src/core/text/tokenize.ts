// One-pass tokeniser: a hand-written scanner walks the text once, classifying code points through a small
// cache; sticky regexes run only at the few places that may hold a URL, an e-mail address, a domain, an
// abbreviation or an emoji. Every token keeps its exact UTF-16 offsets into the original text (nothing is
// normalised), so text === input.slice(start, end) always holds.
import { K_EMAIL, K_EMOJI, K_NUMBER, K_PUNCT, K_SYMBOL, K_URL, K_WORD, TOKEN_KINDS, type TokenKind, type TokenStore } from "../model";
import { abbreviationHeads, abbreviationPattern } from "./abbreviations";
import { IntList } from "./int-list";

/** A token as an object (made from a TokenStore); `sentence` is -1 outside parse(). */
export interface RawToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  sentence: number;
}

const TLDS = ["no", "com", "org", "net", "se", "dk", "fi", "is", "eu", "io", "uk", "de", "fr", "nl", "info", "gov", "edu", "int", "app", "dev", "ai", "me", "tv"];
const tldAlt = TLDS.flatMap((t) => [t, t.toUpperCase(), t.charAt(0).toUpperCase() + t.slice(1)]).join("|");

const LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?";
const URL_CHARS = "[^\\s<>\"«»{}]";
const EMOJI_PART = "(?:\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier}|[\\u{E0020}-\\u{E007F}])*)";

const URL_RE = new RegExp(`(?:[hH][tT][tT][pP][sS]?:\\/\\/|[fF][tT][pP]:\\/\\/|[mM][aA][iI][lL][tT][oO]:|[wW]{3}\\.)${URL_CHARS}+`, "uy");
const EMAIL_RE = new RegExp(`[\\p{L}\\p{N}_%+-][\\p{L}\\p{M}\\p{N}._%+-]*@${LABEL}(?:\\.${LABEL})+`, "uy");
const DOMAIN_RE = new RegExp(`(?:${LABEL}\\.)+(?:${tldAlt})(?![\\p{L}\\p{M}\\p{N}])`, "uy");
/**
 * A known top-level domain after a dot, as DOMAIN_RE must end (TLD_DOT), or at the end of the text it is given
 * (TLD_AT_END). DOMAIN_RE runs only when its window holds one: in a long dotted run without one ("ab.ab.ab…")
 * it backtracks through every label and every top-level domain at each word, which made the scan slow.
 */
const TLD_DOT = new RegExp(`\\.(?:${tldAlt})(?![\\p{L}\\p{M}\\p{N}])`, "gu");
const TLD_AT_END = new RegExp(`\\.(?:${tldAlt})$`, "u");
const LONGEST_TLD = TLDS.reduce((m, t) => Math.max(m, t.length), 0);
/** E-mail addresses and host names are matched inside a bounded window so that long dotted runs stay linear. */
const WINDOW = 320;
const ABBR_RE = new RegExp(`(?:${abbreviationPattern()})(?![\\p{L}\\p{M}])`, "uy");
/** ABBR_RE can match only a letter run that is one of these heads, followed by a period (see abbreviationHeads). */
const ABBR_HEADS = abbreviationHeads();
/**
 * Dotted lower-case abbreviations ("o.l.", "m.m."): two or more parts of one to three letters and a period, not
 * followed by a letter, mark or digit. Matched as the chain of parts (CHAIN_RE, greedy and never backtracking)
 * plus a test after it: the same matches as /\p{Ll}{1,3}\.(?:\p{Ll}{1,3}\.)+(?![\p{L}\p{M}\p{N}])/, whose
 * backtracking at every part of a long chain that fails at its end ("ab.ab.ab…ab") made the scan quadratic.
 * A shorter chain can end only where the next part starts, with a letter, so the whole chain is the only
 * candidate; and every later part of a failed chain ends at the same place, so dottedMatch() remembers it.
 */
const CHAIN_RE = /(?:\p{Ll}{1,3}\.){2,}/uy;
const WORDLIKE_RE = /[\p{L}\p{M}\p{N}]/uy;
const EMOJI_RE = new RegExp(`[#*0-9]\\uFE0F?\\u20E3|\\p{Regional_Indicator}{2}|${EMOJI_PART}(?:\\u200D${EMOJI_PART})*`, "uy");
/** First letters of "http", "ftp", "mailto" and "www" in either case. */
const URL_FIRST = new Set([0x68, 0x48, 0x66, 0x46, 0x6d, 0x4d, 0x77, 0x57]);
const TRAILING_URL_PUNCT = /[.,;:!?'’"”»]+$/;

// Character classes.
const SPACE = 1; // white space, controls and format characters: never part of a token on their own
const LETTER = 2;
const DIGIT = 3; // decimal digit
const NUMERIC = 4; // other numbers (², ½, Ⅳ): may start a word-like run
const MARK = 5; // combining marks: continue a run
const PUNCT = 6;
const SYMBOL = 7;

/** Lazily filled class table for the Basic Multilingual Plane (0 = not computed yet); a Map for the rest. */
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();
/** One regex decides the class of a code point (groups in class order). */
const CLASS_RE = /^(?:([\s\p{Cc}\p{Cf}])|(\p{L})|(\p{Nd})|(\p{N})|(\p{M})|(\p{P}))/u;

function computeClass(cp: number): number {
  if (cp >= 0xd800 && cp <= 0xdfff) return SYMBOL; // lone surrogate: a token of its own
  const m = CLASS_RE.exec(String.fromCodePoint(cp));
  if (!m) return SYMBOL;
  if (m[1] !== undefined) return SPACE;
  if (m[2] !== undefined) return LETTER;
  if (m[3] !== undefined) return DIGIT;
  if (m[4] !== undefined) return NUMERIC;
  if (m[5] !== undefined) return MARK;
  return PUNCT;
}

// Latin-1 is classified up front, so the hot loops find every common character in the table.
for (let cp = 0; cp < 0x100; cp++) bmpClass[cp] = computeClass(cp);

/** Bits of LATIN1: a run character (letter, digit, number, mark) … */
const RUN_CHAR = 1;
const RUN_LETTER = 2;
/** … that is not a decimal digit … */
const RUN_NONDIGIT = 4;
/** For each Latin-1 character that continues a word-like run, its RUN_* bits; 0 for every other character. */
const LATIN1 = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) {
  const k = bmpClass[c];
  if (!(k === LETTER || k === DIGIT || k === NUMERIC || k === MARK)) continue;
  let f = RUN_CHAR;
  if (k === LETTER) f |= RUN_LETTER;
  if (k !== DIGIT) f |= RUN_NONDIGIT;
  LATIN1[c] = f;
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let v = bmpClass[cp];
    if (v === 0) bmpClass[cp] = v = computeClass(cp);
    return v;
  }
  let v = astralClass.get(cp);
  if (v === undefined) {
    v = computeClass(cp);
    if (astralClass.size < 20000) astralClass.set(cp, v);
  }
  return v;
}

/** Is the code point a letter (general category L)? Cached per code point: cheap in hot loops. */
export function isLetterCode(cp: number): boolean {
  return classOf(cp) === LETTER;
}

function isRunChar(k: number): boolean {
  return k === LETTER || k === DIGIT || k === NUMERIC || k === MARK;
}

/** Soft hyphen, ZWNJ, ZWJ, variation selectors: inside a word they belong to it. */
function isJoiner(cp: number): boolean {
  return cp === 0xad || cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f);
}

/** Hyphens and apostrophes join two parts of one word ("KID-nummer", "Nav's"). */
function isConnector(cp: number): boolean {
  return cp === 0x2d || cp === 0x2010 || cp === 0x2011 || cp === 0x27 || cp === 0x2019;
}

function trimUrl(s: string): string {
  let t = s.replace(TRAILING_URL_PUNCT, "");
  while (t.length > 0) {
    const last = t[t.length - 1];
    const open = last === ")" ? "(" : last === "]" ? "[" : "";
    if (!open) break;
    let balance = 0;
    for (const ch of t) {
      if (ch === open) balance++;
      else if (ch === last) balance--;
    }
    if (balance >= 0) break;
    t = t.slice(0, -1).replace(TRAILING_URL_PUNCT, "");
  }
  return t;
}

/**
 * False only when the string surely has no upper-case letter: ASCII without A-Z and Latin-1 lower-case letters
 * (æ ø å é ü …). Saves a lower-case copy for most tokens.
 */
function mayHaveUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return true;
    } else if (c < 0xc0 || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || c > 0xff) return true;
  }
  return false;
}

const PLACEHOLDER_MAX = 80;

/** End of a "{name}" or "{{name}}" placeholder starting at i (no spaces or braces inside, at least one letter), or 0. */
function placeholderEnd(text: string, i: number, to: number): number {
  const double = text.charCodeAt(i + 1) === 0x7b;
  let j = i + (double ? 2 : 1);
  const limit = Math.min(to, i + PLACEHOLDER_MAX);
  let letter = false;
  for (; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x7d) break;
    if (c === 0x7b || c <= 0x20 || c === 0xa0) return 0;
    if (!letter && classOf(c) === LETTER) letter = true;
  }
  if (j >= limit || !letter) return 0;
  if (double) return text.charCodeAt(j + 1) === 0x7d && j + 2 <= to ? j + 2 : 0;
  return j + 1;
}

/** End of a failed dotted chain (see CHAIN_RE): a later part of the same chain fails too. Reset by scan(). */
let dottedFailEnd = 0;

/** The dotted abbreviation starting at `at`, if any (see CHAIN_RE). */
function dottedMatch(text: string, at: number): string | undefined {
  if (at < dottedFailEnd) return undefined;
  const chain = stickyMatch(CHAIN_RE, text, at);
  if (chain === undefined) return undefined;
  const end = at + chain.length;
  WORDLIKE_RE.lastIndex = end;
  if (!WORDLIKE_RE.test(text)) return chain;
  dottedFailEnd = end;
  return undefined;
}

function stickyMatch(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

/** Position just after the next TLD_DOT match at or after the position last asked for (see mayEndDomain). */
let tldEnd = -1;
/** Where the last search for TLD_DOT started. Reset by scan(). */
let tldFrom = -1;

/**
 * Whether DOMAIN_RE can match in the window text[at, min(to, at + WINDOW)): only if a top-level domain after a
 * dot ends in it, followed by a non-letter or by the window's end. Linear over a scan: the next TLD_DOT
 * match is searched again only when the scan has passed the one found.
 */
function mayEndDomain(text: string, at: number, to: number): boolean {
  const end = Math.min(to, at + WINDOW);
  if (tldFrom < 0 || tldEnd - LONGEST_TLD - 1 < at) {
    TLD_DOT.lastIndex = at;
    const m = TLD_DOT.exec(text);
    tldFrom = at;
    tldEnd = m ? m.index + m[0].length : Infinity;
  }
  if (tldEnd <= end) return true;
  return TLD_AT_END.test(text.slice(Math.max(at, end - LONGEST_TLD - 1), end));
}

/** Sticky match inside text[at, at + WINDOW). */
function windowMatch(re: RegExp, text: string, at: number, to: number): string | undefined {
  return stickyMatch(re, text.slice(at, Math.min(to, at + WINDOW)), 0);
}

function isUrlChar(c: number): boolean {
  return !(c <= 0x20 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0xab || c === 0xbb || c === 0x7b || c === 0x7d || c === 0x7f || c === 0x85 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
}

/** Tokenise text[from, to) (whole text by default). Never throws; every token satisfies text === input.slice(start, end). */
export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  return tokenObjects(text, scan(text, from, to, undefined, undefined));
}

/** tokenize() without the objects: the tokens of text[from, to) as a TokenStore (sentence -1 everywhere). */
export function tokenizeToStore(text: string, from = 0, to = text.length): TokenStore {
  return scan(text, from, to, undefined, undefined);
}

/** Token i of a store as an object (field order start, end, text, lower, kind, sentence, as Token). */
export function tokenObject(text: string, store: TokenStore, i: number): RawToken {
  const start = store.start[i];
  const end = store.end[i];
  return { start, end, text: text.slice(start, end), lower: store.lowerAt(i), kind: TOKEN_KINDS[store.kind[i]], sentence: store.sentence[i] };
}

/** The tokens of a store as objects. */
export function tokenObjects(text: string, store: TokenStore): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < store.length; i++) out.push(tokenObject(text, store, i));
  return out;
}

/** The lists scanForParse() fills: one pair for the process, refilled on every call. */
const candidateList = new IntList();
const lineEndList = new IntList();

/**
 * Tokens of the whole text as a TokenStore, plus the indices (ascending) of the tokens after which a sentence may
 * end: every punctuation token and every word token ending in a period ("kl."). parse() looks only at those.
 * lineEnds: the line structure as token boundaries: line k holds tokens [lineEnds[k - 1], lineEnds[k]) (with
 * lineEnds[-1] = 0), a token belonging to the line it starts on. Line breaks: \r\n, \n, \r, vertical tab
 * (Word's manual line break), form feed, NEL, line and paragraph separators. Found during the scan, so the text
 * is walked only once.
 * `candidates` and `lineEnds` are views of memory that the next call reuses: read them before scanning again.
 */
export function scanForParse(text: string): { store: TokenStore; candidates: Int32Array; lineEnds: Int32Array } {
  candidateList.reset();
  lineEndList.reset();
  const store = scan(text, 0, text.length, candidateList, lineEndList);
  lineEndList.push(store.length);
  return { store, candidates: candidateList.view(), lineEnds: lineEndList.view() };
}

/** scanForParse() with the tokens as objects and plain arrays (for tests and tools; parse() uses the store). */
export function tokenizeForParse(text: string): { tokens: RawToken[]; candidates: number[]; lineEnds: number[] } {
  const { store, candidates, lineEnds } = scanForParse(text);
  return { tokens: tokenObjects(text, store), candidates: Array.from(candidates), lineEnds: Array.from(lineEnds) };
}

function isLineBreak(c: number): boolean {
  return c > 0x0d ? c === 0x85 || c === 0x2028 || c === 0x2029 : c >= 0x0a;
}

/** Line breaks inside the token just pushed (a URL or a placeholder may hold NEL, U+2028 or U+2029). */
function breaksInside(text: string, start: number, end: number, lineEnds: IntList, tokenCount: number): void {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c) && !(c === 0x0a && text.charCodeAt(i - 1) === 0x0d)) lineEnds.push(tokenCount);
  }
}

/**
 * The lower-case form of token i (Token.lower): words, URLs and e-mail addresses lower-cased (locale-
 * independent toLowerCase), every other token as written.
 */
export function tokenLower(text: string, store: TokenStore, i: number): string {
  const t = text.slice(store.start[i], store.end[i]);
  const k = store.kind[i];
  return (k === K_WORD || k === K_URL || k === K_EMAIL) && mayHaveUpper(t) ? t.toLowerCase() : t;
}

/**
 * A TokenStore over a text. `lower` (one string per token) is made on first use only: analyze() never asks for
 * it, so parsing a 100 000-word text makes no string per token, and the garbage collector has ~100 000 fewer
 * objects to copy. A class, not an object literal with a getter, so the arrays are fast properties.
 */
export class TextTokenStore implements TokenStore {
  private lowers: string[] | undefined;

  constructor(
    private readonly text: string,
    readonly length: number,
    readonly start: Int32Array,
    readonly end: Int32Array,
    readonly kind: Uint8Array,
    readonly sentence: Int32Array,
  ) {}

  lowerAt(i: number): string {
    return this.lowers !== undefined ? this.lowers[i] : tokenLower(this.text, this, i);
  }

  get lower(): string[] {
    if (this.lowers === undefined) {
      const out = new Array<string>(this.length);
      for (let i = 0; i < this.length; i++) out[i] = tokenLower(this.text, this, i);
      this.lowers = out;
    }
    return this.lowers;
  }
}

/**
 * Growable parallel arrays the scan appends to (a token takes three typed-array slots, not an object). One
 * long-lived builder, reset per scan, rather than a new one per scan: optimised scan code checks the builder's
 * hidden class, and a full GC drops a hidden class that no live object has, which threw that code away (every
 * scan after a full GC then ran about three times slower). The builder also keeps its arrays from scan to
 * scan: large typed arrays live outside the JavaScript heap, and fresh ones cost the operating system's page
 * faults and zeroing on every scan. finish() copies the tokens out into arrays of the exact size.
 */
class StoreBuilder {
  n = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  kind = new Uint8Array(256);
  /** Most tokens the scanned range can hold (every token is at least one code unit). */
  private max = 0;

  /** Start a scan of a range of `units` code units (an empty or reversed range, or NaN, counts as 0). */
  reset(units: number): void {
    const length = units > 0 ? units : 0;
    this.n = 0;
    this.max = length;
    // Running text averages about five code units per token: a quarter of the length rarely needs to grow.
    const wanted = Math.min(length, (length >> 2) + 16);
    const size = this.start.length;
    // Keep the arrays unless they are too small, or far larger than this text needs (after a huge text).
    if (size < wanted || size > 4 * wanted + (1 << 20)) this.allocate(Math.max(256, wanted));
  }

  push(start: number, end: number, kind: number): void {
    if (this.n === this.start.length) this.grow();
    const n = this.n++;
    this.start[n] = start;
    this.end[n] = end;
    this.kind[n] = kind;
  }

  private allocate(capacity: number): void {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
  }

  private grow(): void {
    const size = this.start.length;
    const capacity = Math.min(Math.max(this.max, size + 1), size * 2 + 16);
    this.start = copyInto(new Int32Array(capacity), this.start);
    this.end = copyInto(new Int32Array(capacity), this.end);
    this.kind = copyInto(new Uint8Array(capacity), this.kind);
  }

  /** The store: the tokens copied into arrays of their count (sentence indices -1 until parse() fills them in). */
  finish(text: string): TokenStore {
    const n = this.n;
    const store = new TextTokenStore(text, n, this.start.slice(0, n), this.end.slice(0, n), this.kind.slice(0, n), new Int32Array(n).fill(-1));
    this.n = 0;
    return store;
  }
}

const builder = new StoreBuilder();

/**
 * Kept alive for its hidden class: stores are short-lived, and when a full GC finds none alive V8 drops their
 * hidden class and, with it, the type feedback of every function that reads a store (each then runs slowly
 * until it is optimised again). Same reason as the one long-lived builder above.
 */
export const EMPTY_STORE: TokenStore = new TextTokenStore("", 0, new Int32Array(0), new Int32Array(0), new Uint8Array(0), new Int32Array(0));

function copyInto<T extends Int32Array | Uint8Array>(to: T, from: T): T {
  to.set(from);
  return to;
}

/**
 * The common token, taken by one native regex instead of the character loop below: a run of Latin-1 run
 * characters that starts with a letter and is followed by a character that ends it and triggers none of the
 * scan's other tests (white space, or punctuation other than . : @ _ + % - ' and the soft hyphen), or by the
 * end of the text. Such a run is a word whatever follows; anything else takes the full scan. A one-shot run
 * (the CLI) executes the scan in V8's interpreter, where a character loop costs far more than a regex.
 */
const PLAIN_WORD_RE = buildPlainWordRe();
/** Off only in tests, which compare the scan with and without it. */
let plainWordFastPath = true;

function buildPlainWordRe(): RegExp {
  const run: number[] = [];
  for (let c = 0; c < 0x100; c++) if (LATIN1[c] !== 0) run.push(c);
  const enders = new Set([0x2e, 0x3a, 0x40, 0x5f, 0x2b, 0x25, 0x2d, 0x27, 0xad]);
  const stop: number[] = [];
  for (let c = 0; c < 0x100; c++) if (LATIN1[c] === 0 && !enders.has(c)) stop.push(c);
  const cls = (cs: number[]) => cs.map((c) => "\\u" + c.toString(16).padStart(4, "0")).join("");
  // Greedy run, then a stop character or the end: a shorter run is never tried (its next character is a run
  // character, never a stop), so a failed test costs one pass over the run.
  return new RegExp(`[${cls(run)}]+(?=[${cls(stop)}]|$)`, "y");
}

/** RUN_* bits of the characters latin1Run() took. */
let runBits = 0;

/**
 * End of the stretch of Latin-1 run characters (letters, digits) from j: the scan's innermost loop, a function of
 * its own so that it compiles to a tight loop apart from the scan's many other paths. Sets runBits.
 */
function latin1Run(text: string, j: number, to: number): number {
  let acc = 0;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c >= 0x100) break;
    const f = LATIN1[c];
    if (f === 0) break;
    acc |= f;
    j++;
  }
  runBits = acc;
  return j;
}

function scan(text: string, from: number, to: number, candidates: IntList | undefined, lineEnds: IntList | undefined): TokenStore {
  const b = builder;
  b.reset(to - from);
  // No string is made per token: `lower` is made from the text when asked for (TextTokenStore).
  // Sentence-end candidates: every punctuation token, and every word ending in a period. Only the abbreviation
  // branch below makes such a word (a letter run ends in a letter or digit, a placeholder in "}"), so words are
  // not tested here.
  const add = (start: number, end: number, kind: number) => {
    if (end > to) end = to;
    if (kind === K_PUNCT && candidates) candidates.push(b.n);
    b.push(start, end, kind);
  };
  dottedFailEnd = 0;
  tldFrom = -1;
  let i = from;
  /** Position of the next "@" at or after the current run (found lazily, so the search stays linear). */
  let nextAt = -1;
  while (i < to) {
    const c0 = text.charCodeAt(i);
    if (c0 < 0x100 && (LATIN1[c0] & RUN_LETTER) !== 0 && plainWordFastPath) {
      PLAIN_WORD_RE.lastIndex = i;
      if (PLAIN_WORD_RE.test(text) && PLAIN_WORD_RE.lastIndex <= to) {
        const j = PLAIN_WORD_RE.lastIndex;
        b.push(i, j, K_WORD);
        i = j;
        continue;
      }
    }
    // A high surrogate at the range's end is a half pair (as in the run loop below), never a code point past it.
    const cp = c0 < 0xd800 || c0 > 0xdbff || i + 1 >= to ? c0 : (text.codePointAt(i) as number);
    const size = cp > 0xffff ? 2 : 1;
    const k = cp < 0x10000 ? bmpClass[cp] || classOf(cp) : classOf(cp);
    if (k === SPACE) {
      // A line break is white space between tokens (\r\n counts once; a \r is never inside a token).
      if (lineEnds !== undefined && isLineBreak(c0) && !(c0 === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0d)) lineEnds.push(b.n);
      i += size;
      continue;
    }
    if (k === LETTER || k === DIGIT || k === NUMERIC) {
      // Keycap emoji ("1️⃣").
      if (k === DIGIT && i + 1 < to) {
        const n = text.charCodeAt(i + 1);
        if (n === 0xfe0f || n === 0x20e3) {
          const e = stickyMatch(EMOJI_RE, text, i);
          if (e) {
            add(i, i + e.length, K_EMOJI);
            i += e.length;
            continue;
          }
        }
      }
      // Scan a word-like run: letters, digits, marks, joiners, inner hyphens and apostrophes; digit groups
      // joined by . , : / stay one number ("08.02.2027", "2,4", "1:500", "2025/04417").
      let j = i;
      let hasLetter = false;
      let allDigits = true;
      /** RUN_* bits of the characters taken so far. */
      let acc = 0;
      while (j < to) {
        // Fast path: a stretch of Latin-1 letters and digits.
        j = latin1Run(text, j, to);
        acc |= runBits;
        if (j >= to) break;
        let c = text.charCodeAt(j);
        let cs = 1;
        if (c >= 0xd800 && c <= 0xdbff && j + 1 < to) {
          const d = text.charCodeAt(j + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            c = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
            cs = 2;
          }
        }
        const ck = c < 0x10000 ? bmpClass[c] || classOf(c) : classOf(c);
        if (isRunChar(ck)) {
          if (ck === LETTER) hasLetter = true;
          if (ck !== DIGIT) allDigits = false;
          j += cs;
          continue;
        }
        if (j > i && isJoiner(c)) {
          j += cs;
          continue;
        }
        if (acc & RUN_NONDIGIT) allDigits = false;
        // Only a connector or a digit-group separator can continue the run: look at the next character then.
        const connector = isConnector(c);
        if ((connector || (allDigits && (c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f))) && j + 1 < to) {
          const nk = classOf(text.codePointAt(j + 1) as number);
          if (connector && (nk === LETTER || nk === DIGIT || nk === NUMERIC)) {
            allDigits = false;
            j += 1;
            continue;
          }
          if (allDigits && nk === DIGIT) {
            j += 1;
            continue;
          }
        }
        break;
      }
      if (acc & RUN_LETTER) hasLetter = true;
      if (acc & RUN_NONDIGIT) allDigits = false;
      const next = j < to ? text.charCodeAt(j) : 0;
      const runLen = j - i;
      // URL with a scheme or www.
      if ((next === 0x3a || next === 0x2e) && runLen <= 6 && hasLetter && URL_FIRST.has(text.charCodeAt(i))) {
        const u = stickyMatch(URL_RE, text, i);
        if (u) {
          const t = trimUrl(u);
          if (t.length > runLen) {
            add(i, i + t.length, K_URL);
            if (lineEnds !== undefined) breaksInside(text, i, i + t.length, lineEnds, b.n);
            i += t.length;
            continue;
          }
        }
      }
      // E-mail address.
      if (nextAt < j) nextAt = text.indexOf("@", j) >>> 0; // -1 becomes 2^32-1: no more "@"
      if (next === 0x40 || ((next === 0x2e || next === 0x5f || next === 0x2b || next === 0x25) && nextAt - i < WINDOW)) {
        const e = windowMatch(EMAIL_RE, text, i, to);
        if (e) {
          add(i, i + e.length, K_EMAIL);
          i += e.length;
          continue;
        }
      }
      if (next === 0x2e) {
        const after = j + 1 < to ? classOf(text.codePointAt(j + 1) as number) : SPACE;
        // Domain with a known top-level domain ("nav.no/klage").
        if ((after === LETTER || after === DIGIT) && mayEndDomain(text, i, to)) {
          const host = windowMatch(DOMAIN_RE, text, i, to);
          if (host) {
            let e = i + host.length;
            if (e < to && text.charCodeAt(e) === 0x2f) while (e < to && isUrlChar(text.charCodeAt(e))) e++;
            const t = trimUrl(text.slice(i, e));
            if (t.length > runLen) {
              add(i, i + t.length, K_URL);
              i += t.length;
              continue;
            }
          }
        }
        // Abbreviation with its period(s): "kl.", "f.eks.", "bl. a.".
        // Pre-tests skip the regexes for most words before a full stop: ABBR_RE needs a known head, CHAIN_RE
        // (at most three letters per part) a letter right after the period.
        if (hasLetter && runLen <= 8 && ((runLen <= 3 && after === LETTER) || ABBR_HEADS.has(text.slice(i, j)))) {
          const a = stickyMatch(ABBR_RE, text, i) ?? dottedMatch(text, i);
          if (a && a.length > runLen && i + a.length <= to) {
            if (candidates && text.charCodeAt(i + a.length - 1) === 0x2e) candidates.push(b.n);
            add(i, i + a.length, K_WORD);
            i += a.length;
            continue;
          }
        }
      }
      add(i, j, hasLetter ? K_WORD : K_NUMBER);
      i = j;
      continue;
    }
    // Emoji (pictographs, flags, ZWJ sequences, keycaps with # and *).
    if (cp >= 0x203c || ((cp === 0x23 || cp === 0x2a) && i + 1 < to && (text.charCodeAt(i + 1) === 0xfe0f || text.charCodeAt(i + 1) === 0x20e3))) {
      if (cp >= 0x203c && k === PUNCT && cp !== 0x203c && cp !== 0x2049) {
        // Ordinary punctuation such as « » – … needs no emoji test.
      } else {
        const e = stickyMatch(EMOJI_RE, text, i);
        if (e) {
          add(i, i + e.length, K_EMOJI);
          i += e.length;
          continue;
        }
      }
    }
    // Template placeholder ("{navn}", "{bruker.navn}", "{{dato}}"): one word standing for a value.
    if (cp === 0x7b) {
      const p = placeholderEnd(text, i, to);
      if (p > 0) {
        add(i, p, K_WORD);
        if (lineEnds !== undefined) breaksInside(text, i, p, lineEnds, b.n);
        i = p;
        continue;
      }
    }
    // Ellipsis written as dots.
    if (cp === 0x2e && i + 1 < to && text.charCodeAt(i + 1) === 0x2e) {
      let j = i + 1;
      while (j < to && text.charCodeAt(j) === 0x2e) j++;
      add(i, j, K_PUNCT);
      i = j;
      continue;
    }
    add(i, i + size, k === PUNCT ? K_PUNCT : K_SYMBOL);
    i += size;
  }
  return b.finish(text);
}

/** For tests: the pre-tests of scan() beside the regex each stands for; reset() starts a new scan. */
export const scanPretests = {
  dottedMatch,
  mayEndDomain,
  domainMatch: (text: string, at: number, to: number) => windowMatch(DOMAIN_RE, text, at, to),
  reset: () => {
    dottedFailEnd = 0;
    tldFrom = -1;
  },
  /** Run fn with the plain-word fast path (PLAIN_WORD_RE) off. */
  withoutFastPath<T>(fn: () => T): T {
    plainWordFastPath = false;
    try {
      return fn();
    } finally {
      plainWordFastPath = true;
    }
  },
};
