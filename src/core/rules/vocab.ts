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
import { lowers } from "./util";

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
  version++;
  return id;
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

export interface DocWords {
  /** Vocabulary id per token (-1: no list knows it, or not a word). */
  ids: Int32Array;
  /** Class bits per token. */
  bits: Int32Array;
  version: number;
}

const cache = new WeakMap<Doc, DocWords>();

/** Per-token vocabulary ids and class bits of a document, computed once (again only if a list was added since). */
export function docWords(doc: Doc): DocWords {
  const hit = cache.get(doc);
  if (hit && hit.version === version) return hit;
  const low = lowers(doc);
  const tokens = doc.tokens;
  const n = tokens.length;
  const out: DocWords = { ids: new Int32Array(n), bits: new Int32Array(n), version };
  for (let i = 0; i < n; i++) {
    const id = tokens[i].kind === "word" ? ids.get(low[i]) : undefined;
    if (id === undefined) out.ids[i] = -1;
    else {
      out.ids[i] = id;
      out.bits[i] = flags[id];
    }
  }
  cache.set(doc, out);
  return out;
}

/** Is token i a word of the class? */
export function isIn(dw: DocWords, low: ReadonlyArray<string>, i: number, c: WordClass): boolean {
  return c.bit !== 0 ? (dw.bits[i] & c.bit) !== 0 : c.words.has(low[i]);
}
