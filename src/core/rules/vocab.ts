// One shared vocabulary for every word list, so that a document pays one hash lookup per token however many
// rules and lists look at it. Each word a list cares about gets a small integer id; word classes that rules
// test on every token ("bli"-forms, light verbs, month names …) get a bit. docWords(doc) looks every token up
// once and keeps, per token, its id (-1 when no list knows the word) and the bits of its classes. Rules then
// index arrays instead of hashing the same string again in each rule (at 100 000 words each Map or Set
// lookup pass costs about 4 ms).
//
// The vocabulary only grows, and only with words from the lists (the built-in ones at load time, an
// organisation's own list when it is first used); it is capped, and a list compiled past the cap is matched
// by its own Map instead. A document's table remembers the vocabulary version it was built with and is
// rebuilt when a list was added after it.
import type { Doc } from "../model";
import { isLongWordAt, LATIN1_LETTER } from "../long-word";
import { K_NUMBER, K_WORD } from "../model";
import { parsedWordCounts } from "../text/parse";
import { lowerOf, startsUpperAt, tokenStore } from "./util";

/** Enough for every word of the built-in lists many times over; past it, new lists use their own Map. */
const MAX_WORDS = 200_000;

const ids = new Map<string, number>();
/** Class bits per id. */
const flags: number[] = [];
let nextBit = 0;
let version = 0;

/** The id of a word, registering it; -1 when the vocabulary is full. */
export function vocabId(word: string): number {
  let id = ids.get(word);
  if (id !== undefined) return id;
  if (ids.size >= MAX_WORDS) return -1;
  id = ids.size;
  ids.set(word, id);
  flags.push(0);
  addToTable(word, id);
  version++;
  return id;
}

// Looking a token up without making its string: the vocabulary's Latin-1 words are also kept in an open-
// addressing hash table keyed by their characters, and a token is hashed and compared straight from the
// document text (lower-casing Latin-1 on the fly, as toLowerCase does). Parsing makes no string per token
// (TokenStore.lowerAt), so this keeps a 100 000-word analysis free of 100 000 short-lived strings. A token
// with any character above U+00FF (Sámi letters, combining marks to normalise, emoji) takes the Map instead.
let table = new Int32Array(1 << 14).fill(-1);
/**
 * The full hash of the word in each slot: a probe compares it first, so a miss never reads a word's string
 * (strings lie scattered in the heap; this array is one block beside the table).
 */
let slotHash = new Int32Array(1 << 14);
const words: string[] = [];

function hashWord(w: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < w.length; k++) h = Math.imul(h ^ w.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

function isLatin1(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 0xff) return false;
  return true;
}

function tableInsert(id: number): void {
  const mask = table.length - 1;
  const h = hashWord(words[id]);
  let slot = h & mask;
  while (table[slot] >= 0) slot = (slot + 1) & mask;
  table[slot] = id;
  slotHash[slot] = h | 0;
}

let inTable = 0;

function addToTable(word: string, id: number): void {
  words[id] = word;
  if (!isLatin1(word)) return;
  // Kept at most half full: probes stay short. Growing re-inserts every Latin-1 word.
  if (++inTable * 2 > table.length) {
    table = new Int32Array(table.length * 2).fill(-1);
    slotHash = new Int32Array(table.length);
    for (let k = 0; k < id; k++) if (isLatin1(words[k])) tableInsert(k);
  }
  tableInsert(id);
}

/** Lower case of a Latin-1 character as String.prototype.toLowerCase gives it (A–Z, À–Þ except ×). */
export function lowerLatin1(c: number): number {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 0x20 : c;
}

/**
 * For each Latin-1 character: its lower case (low byte, as lowerLatin1) and 1 << 8 when it is a letter. One load
 * per character in docWords' loop instead of a comparison chain and a second table.
 */
const LOWER_LETTER = new Uint16Array(0x100);
for (let c = 0; c < 0x100; c++) LOWER_LETTER[c] = lowerLatin1(c) | (LATIN1_LETTER[c] << 8);

/** The id of the Latin-1 word text[a, b) with hash h (hashWord of its lower-case form), or -1. */
function probe(h: number, text: string, a: number, b: number): number {
  const mask = table.length - 1;
  for (let slot = (h >>> 0) & mask; ; slot = (slot + 1) & mask) {
    const id = table[slot];
    if (id < 0) return -1;
    if (slotHash[slot] === (h | 0) && sameLower(words[id], text, a, b)) return id;
  }
}

/**
 * Do text[a1, b1) and text[a2, b2) lower-case to the same word? Undefined when either holds a character above
 * U+00FF (then compare the lower-case strings).
 */
export function sameLowerInText(text: string, a1: number, b1: number, a2: number, b2: number): boolean | undefined {
  // Most pairs differ in their first letter: two Latin-1 first letters that lower-case differently settle it.
  const c1 = text.charCodeAt(a1);
  const c2 = text.charCodeAt(a2);
  if (c1 <= 0xff && c2 <= 0xff && lowerLatin1(c1) !== lowerLatin1(c2)) return false;
  for (let k = a1; k < b1; k++) if (text.charCodeAt(k) > 0xff) return undefined;
  for (let k = a2; k < b2; k++) if (text.charCodeAt(k) > 0xff) return undefined;
  if (b1 - a1 !== b2 - a2) return false;
  for (let k = 0; k < b1 - a1; k++) if (lowerLatin1(text.charCodeAt(a1 + k)) !== lowerLatin1(text.charCodeAt(a2 + k))) return false;
  return true;
}

/** Is the Latin-1 text[a, b) the word w when lower-cased? */
function sameLower(w: string, text: string, a: number, b: number): boolean {
  if (w.length !== b - a) return false;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) !== (LOWER_LETTER[text.charCodeAt(a + k)] & 0xff)) return false;
  return true;
}

/** A set of (lower-case, NFC) words that rules test token by token. */
export interface WordClass {
  /** Its bit in DocWords.bits, or 0 when the 31 bits are taken (then `words` is asked). */
  readonly bit: number;
  readonly words: ReadonlySet<string>;
}

/** Register a word class. Call at module load: the bits are few (31). */
export function wordClass(words: Iterable<string>): WordClass {
  const set = new Set(words);
  if (nextBit >= 31) return { bit: 0, words: set };
  const bit = 1 << nextBit;
  for (const w of set) {
    const id = vocabId(w);
    if (id < 0) return { bit: 0, words: set };
    flags[id] |= bit;
  }
  nextBit++;
  version++;
  return { bit, words: set };
}

/** Token flags in DocWords.flags. */
export const F_WORD = 1;
export const F_NUMBER = 2;
/** A word with a period in it ("f.eks.", "kl."). */
export const F_DOT = 4;
/** A word whose first character is an upper-case letter (util.startsUpper). */
export const F_UPPER = 8;
/** A word whose first two characters are capitals A–Z, Æ, Ø or Å ("AAP", "NAV-kontoret"). */
export const F_CAPS2 = 16;
/** A word whose lower-case form ends in "s" (s-passive, genitive). */
export const F_ENDS_S = 32;
/** A word whose lower-case form ends in "ast" (nynorsk s-passive). */
export const F_ENDS_AST = 64;
/** A long word in the LIX sense (more than six letters). */
export const F_LONG = 128;

export interface DocWords {
  /** Vocabulary id per token (-1: no list knows it, or not a word). */
  ids: Int32Array;
  /** Class bits per token. */
  bits: Int32Array;
  /** F_* flags per token. */
  flags: Uint8Array;
  /** Sentence index per token (the store's array). */
  sentence: Int32Array;
  version: number;
  /** classTokens() lists made so far, by class bit. */
  classLists: Map<number, Int32Array>;
  /** knownTokens(), once made. */
  known: Int32Array | undefined;
}

function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 0xc6 || c === 0xd8 || c === 0xc5;
}

const cache = new WeakMap<Doc, DocWords>();

/**
 * Per-token vocabulary ids, class bits and flags of a document, computed once (again only if a list was added
 * since). Rules scan these typed arrays and make a token's string or object only where something may be
 * found; the flags are read once here, from the document text.
 */
export function docWords(doc: Doc): DocWords {
  const hit = cache.get(doc);
  if (hit && hit.version === version) return hit;
  const st = tokenStore(doc);
  const lw = lowerOf(doc);
  const text = doc.text;
  const n = st.length;
  const out: DocWords = { ids: new Int32Array(n), bits: new Int32Array(n), flags: new Uint8Array(n), sentence: st.sentence, version, classLists: new Map(), known: undefined };
  /** Position of the next period at or after the current token (found lazily, so the scan stays linear). */
  let nextDot = -1;
  for (let i = 0; i < n; i++) {
    const kind = st.kind[i];
    if (kind !== K_WORD) {
      out.ids[i] = -1;
      if (kind === K_NUMBER) out.flags[i] = F_NUMBER;
      continue;
    }
    // The shape flags are read in place from the document text (one contiguous string, cheap to walk).
    // Lower-casing keeps periods, and only "S", "A", "T" lower-case to s, a, t.
    const a = st.start[i];
    const b = st.end[i];
    let f = F_WORD;
    if (nextDot < a) nextDot = text.indexOf(".", a) >>> 0; // -1 becomes 2^32-1: no period further on
    if (nextDot < b) f |= F_DOT;
    if (startsUpperAt(text, a)) f |= F_UPPER;
    if (b - a >= 2 && isCapital(text.charCodeAt(a)) && isCapital(text.charCodeAt(a + 1))) f |= F_CAPS2;
    // One pass over the characters: the hash of the lower-case form, and the letters (for F_LONG).
    let h = 0x811c9dc5;
    let letters = 0;
    let latin1 = true;
    for (let k = a; k < b; k++) {
      const c = text.charCodeAt(k);
      if (c > 0xff) {
        latin1 = false;
        break;
      }
      const e = LOWER_LETTER[c];
      letters += e >> 8;
      h = Math.imul(h ^ (e & 0xff), 0x01000193);
    }
    if (latin1 ? letters >= 7 : isLongWordAt(text, a, b)) f |= F_LONG;
    if ((text.charCodeAt(b - 1) | 0x20) === 0x73) f |= F_ENDS_S;
    else if (b - a >= 3 && (text.charCodeAt(b - 1) | 0x20) === 0x74 && (text.charCodeAt(b - 2) | 0x20) === 0x73 && (text.charCodeAt(b - 3) | 0x20) === 0x61) f |= F_ENDS_AST;
    out.flags[i] = f;
    // A word with a character above U+00FF is looked up by its string (Sámi letters, marks to normalise).
    const id = latin1 ? probe(h >>> 0, text, a, b) : (ids.get(lw(i)) ?? -1);
    out.ids[i] = id;
    if (id >= 0) out.bits[i] = flags[id];
  }
  cache.set(doc, out);
  return out;
}

const wordCountCache = new WeakMap<Doc, Int32Array>();

/** Number of words (tokens with letters) in each sentence, counted once per document. */
export function sentenceWordCounts(doc: Doc): Int32Array {
  let out = wordCountCache.get(doc) ?? parsedWordCounts(doc);
  if (out && out.length === doc.sentences.length) return out;
  const flags = docWords(doc).flags;
  out = new Int32Array(doc.sentences.length);
  for (let s = 0; s < doc.sentences.length; s++) {
    const sen = doc.sentences[s];
    let n = 0;
    for (let i = sen.tokenStart; i < sen.tokenEnd; i++) if (flags[i] & F_WORD) n++;
    out[s] = n;
  }
  wordCountCache.set(doc, out);
  return out;
}

/** Is token i a word of the class? */
export function isIn(dw: DocWords, lw: (i: number) => string, i: number, c: WordClass): boolean {
  return c.bit !== 0 ? (dw.bits[i] & c.bit) !== 0 : c.words.has(lw(i));
}

/**
 * The indices (ascending) of the word tokens of a class, found once per document and class. A rule that looks
 * only at a few words ("av", the light verbs, "innen") walks this list instead of every token: at 100 000 words
 * each pass over all tokens costs a millisecond or more. A class without a bit is found word by word.
 */
export function classTokens(dw: DocWords, lw: (i: number) => string, c: WordClass): Int32Array {
  const cached = c.bit !== 0 ? dw.classLists.get(c.bit) : undefined;
  if (cached) return cached;
  const n = dw.flags.length;
  if (c.bit !== 0) {
    // Only a token with a vocabulary id has class bits: the known tokens (a third of all) are enough to walk.
    const bits = dw.bits;
    const bit = c.bit;
    const known = knownTokens(dw);
    let count = 0;
    for (let k = 0; k < known.length; k++) if ((bits[known[k]] & bit) !== 0) count++;
    const list = new Int32Array(count);
    for (let k = 0, m = 0; m < count; k++) if ((bits[known[k]] & bit) !== 0) list[m++] = known[k];
    dw.classLists.set(bit, list);
    return list;
  }
  const found: number[] = [];
  for (let i = 0; i < n; i++) if (dw.flags[i] & F_WORD && c.words.has(lw(i))) found.push(i);
  return Int32Array.from(found);
}

/** The indices (ascending) of the tokens with a vocabulary id: the only ones a word-list phrase can start at. */
export function knownTokens(dw: DocWords): Int32Array {
  if (dw.known) return dw.known;
  const ids = dw.ids;
  const n = ids.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (ids[i] >= 0) count++;
  const list = new Int32Array(count);
  for (let i = 0, k = 0; k < count; i++) if (ids[i] >= 0) list[k++] = i;
  dw.known = list;
  return list;
}
