// Word lists as data: a list file holds entries (word or phrase, inflection scheme, plain alternatives,
// optional safe fix, optional collocation contexts, source). This module compiles a list once into a
// Map keyed by the first word of every surface sequence, and matches it against a Doc's tokens in one pass.
// Words may move where the grammar lets them: an entry with `gap` lets a few of the list's `gapWords`
// (subject and object pronouns, sentence adverbs) stand after that word of the phrase, so "gjøre oppmerksom
// på" also matches "gjør vi oppmerksom på", "gjør innledningsvis oppmerksom på", "gjør Dem oppmerksom på".
import { K_WORD, type Doc, type Severity, type TokenStore } from "../model";
import { inflect } from "./inflect";
import { firstWordTokenOfSentences, isQuestion, isWord, lowerOf, nextWordToken, tokenStore } from "./util";
import { docWords, F_WORD, knownTokens, vocabId, type DocWords } from "./vocab";

export interface LexEntry {
  /** Word or phrase. Words are separated by spaces; "a|b" = alternatives, "word?" = optional, "^word" = sentence-initial. */
  match: string;
  /** Inflection scheme of the head word (see inflect.ts). */
  infl?: string;
  /** Index of the inflected word in `match` (default 0). */
  head?: number;
  /** Extra surface forms of the head word. */
  forms?: string[];
  /** When present, only these collocations are flagged (same syntax; the head lemma expands to its forms). */
  contexts?: string[];
  /** Plain alternatives, best first. */
  alt: string[];
  /** Alternatives per matched surface (lower case, single spaces) in that form's inflection ("underretter": ["informerer", "gir beskjed"]). */
  altMap?: Record<string, string[]>;
  /** The word can simply be deleted ("herved"); with `fix: ""` and `safe` the deletion is the safe fix. */
  delete?: boolean;
  /** Safe replacement for every matched form. */
  fix?: string;
  /** Safe replacement per matched surface (lower case, single spaces); forms not listed get no fix. */
  fixMap?: Record<string, string>;
  /**
   * Index of the word after which the list's `gapWords` may stand (at most `maxGap` of them): the finite verb
   * of a phrase, which a subject or an adverb may follow in a main clause ("gjør vi oppmerksom på"). A match
   * with words in the gap gets no fix: the words in between would be lost.
   */
  gap?: number;
  /** No match when the next word is one of these ("utover kvelden" is time, not "mer enn"). */
  unlessNext?: string[];
  /** No fix when the next word is one of these (e.g. reflexive "benytte seg"). */
  fixUnlessNext?: string[];
  level?: Severity;
  /** A fix is offered only when true (or absent with a fix present): the replacement needs no human reading. */
  safe?: boolean;
  /** Skip matches inside a question ("Hva gjelder saken?"). */
  notInQuestion?: boolean;
  /** Only right after a comma (relative "…, hvilket …"). */
  afterComma?: boolean;
  note?: string;
  /** Advice shown with the finding, in the lexicon's language ("behold det" for a term the law uses). */
  advice?: string;
  source: string;
  [extra: string]: unknown;
}

export interface LexList {
  list: string;
  language: string;
  level: Severity;
  entries: LexEntry[];
  /** Words that may fill an entry's `gap` (pronouns, sentence adverbs), lower case. */
  gapWords?: string[];
  /** At most this many gap words (default 3). */
  maxGap?: number;
  [extra: string]: unknown;
}

interface Seq {
  words: string[];
  /** Vocabulary ids of `words` (vocab.ts); empty when the vocabulary was full. */
  ids: number[];
  initial: boolean;
  entry: LexEntry;
  /** The sequence is the entry's own spelling (not an inflected form): wins over another entry's form. */
  exact: boolean;
  /** Gap words may stand after word `gapAfter` (-1: none; see LexEntry.gap). */
  gapAfter: number;
  gap: Gap | null;
}

/**
 * A list's gap words (compared as strings, only where a phrase's first word matched: registering them in the
 * shared vocabulary would make every "vi" and "det" of every document a token the matchers walk).
 */
interface Gap {
  words: Set<string>;
  max: number;
}

/**
 * The sequences that start with one word, for the id path: a common first word ("i", "som", "det") starts
 * dozens of phrases, so they are also grouped by their second word. Each group keeps the sequences' order
 * (longest first), so the first match found is the same.
 */
interface FirstGroup {
  /** One-word sequences: what can match when the next token starts none of the longer ones. */
  singles: Seq[];
  /** By the vocabulary id of the second word: those sequences plus the one-word ones, in order. */
  bySecond: Map<number, Seq[]>;
  /**
   * Bit (id & 31) set for the id of every second word in bySecond: when the next token's bit is clear, no longer
   * sequence can match and the Map is not asked (most first words of phrases are common words: "i", "som", "av").
   */
  secondBits: number;
}

export interface PhraseIndex {
  byFirst: Map<string, Seq[]>;
  /** The same sequences by the shared vocabulary id of the first word (vocab.ts); null when the vocabulary was full. */
  byId: Array<FirstGroup | undefined> | null;
  size: number;
}

export interface PhraseMatch {
  entry: LexEntry;
  /** Token indices of the first and last matched token. */
  first: number;
  last: number;
  /** Matched words, lower case, joined by single spaces (gap words left out). */
  key: string;
  /** Words stood in the entry's gap ("gjør vi oppmerksom på"): no fix. */
  gapped?: boolean;
}

const MAX_SEQS_PER_ENTRY = 4000;

interface Slot {
  alts: string[];
  optional: boolean;
  initial: boolean;
}

function parsePattern(pattern: string): Slot[] {
  return pattern
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => {
      let word = w;
      const initial = word.startsWith("^");
      if (initial) word = word.slice(1);
      const optional = word.endsWith("?") && word.length > 1;
      if (optional) word = word.slice(0, -1);
      return { alts: word.normalize("NFC").toLowerCase().split("|").filter((a) => a.length > 0), optional, initial };
    });
}

function expand(slots: Slot[]): string[][] {
  let acc: string[][] = [[]];
  for (const s of slots) {
    const next: string[][] = [];
    for (const prefix of acc) {
      for (const a of s.alts) next.push([...prefix, a]);
      if (s.optional) next.push(prefix);
      if (next.length > MAX_SEQS_PER_ENTRY) break;
    }
    acc = next;
  }
  return acc.filter((w) => w.length > 0);
}

function headForms(entry: LexEntry, slots: Slot[]): { lemma: string; forms: string[] } | null {
  const h = entry.head ?? 0;
  const slot = slots[h];
  if (!slot || slot.alts.length !== 1) return null;
  const lemma = slot.alts[0];
  return { lemma, forms: inflect(lemma, entry.infl, entry.forms ?? []) };
}

/** Compile lists into one index (first word → sequences, longest first). Entries of later lists are added after earlier ones. */
export function compileLists(lists: ReadonlyArray<LexList | { entries: LexEntry[]; gapWords?: string[]; maxGap?: number }>): PhraseIndex {
  const byFirst = new Map<string, Seq[]>();
  let size = 0;
  let gap: Gap | null = null;
  const add = (words: string[], initial: boolean, entry: LexEntry) => {
    const first = words[0];
    let arr = byFirst.get(first);
    if (!arr) byFirst.set(first, (arr = []));
    const g = typeof entry.gap === "number" && gap && entry.gap >= 0 && entry.gap < words.length - 1 ? entry.gap : -1;
    arr.push({ words, ids: [], initial, entry, exact: words.join(" ") === entry.match.trim().toLowerCase(), gapAfter: g, gap: g >= 0 ? gap : null });
    size++;
  };
  for (const list of lists) {
    const gw = (list as { gapWords?: unknown }).gapWords;
    gap = Array.isArray(gw) && gw.length > 0 ? { words: new Set((gw as string[]).map((w) => w.normalize("NFC").toLowerCase())), max: typeof list.maxGap === "number" ? list.maxGap : 3 } : null;
    for (const entry of list.entries) {
      if (!entry || typeof entry.match !== "string") continue;
      const slots = parsePattern(entry.match);
      if (slots.length === 0) continue;
      const head = headForms(entry, slots);
      if (entry.contexts && entry.contexts.length > 0) {
        for (const ctx of entry.contexts) {
          const cs = parsePattern(ctx);
          if (head) for (const s of cs) if (s.alts.length === 1 && s.alts[0] === head.lemma) s.alts = head.forms;
          const initial = cs[0]?.initial ?? false;
          for (const words of expand(cs)) add(words, initial, entry);
        }
      } else {
        if (head) slots[entry.head ?? 0] = { ...slots[entry.head ?? 0], alts: head.forms };
        const initial = slots[0].initial;
        for (const words of expand(slots)) add(words, initial, entry);
      }
    }
  }
  let byId: Array<FirstGroup | undefined> | null = [];
  for (const [first, arr] of byFirst) {
    arr.sort((a, b) => b.words.length - a.words.length || Number(b.exact) - Number(a.exact));
    for (const seq of arr) {
      seq.ids = seq.words.map(vocabId);
      if (seq.ids.includes(-1)) byId = null;
    }
    const id = vocabId(first);
    if (id < 0) byId = null;
    if (byId) byId[id] = groupBySecond(arr);
  }
  return { byFirst, byId, size };
}

/** A sequence that may start at a token whatever the next token is: one word, or a gap right after the first. */
const anySecond = (s: Seq) => s.ids.length === 1 || s.gapAfter === 0;

function groupBySecond(all: Seq[]): FirstGroup {
  const seconds = new Set<number>();
  for (const s of all) if (s.ids.length > 1) seconds.add(s.ids[1]);
  const bySecond = new Map<number, Seq[]>();
  for (const x of seconds) bySecond.set(x, all.filter((s) => anySecond(s) || s.ids[1] === x));
  let secondBits = 0;
  for (const x of seconds) secondBits |= 1 << (x & 31);
  return { singles: all.filter(anySecond), bySecond, secondBits };
}

/**
 * The last token of a match of `seq` at token i when its gap may hold words, or -1. Gap words are word tokens of
 * the same sentence in the list's gap class; the phrase's own next word ends the gap.
 */
function gapMatchEnd(st: TokenStore, lw: (i: number) => string, dw: DocWords | null, i: number, sentence: number, seq: Seq): number {
  const gap = seq.gap as Gap;
  let pos = i;
  for (let k = 1; k < seq.words.length; k++) {
    pos++;
    if (k === seq.gapAfter + 1) {
      for (let skipped = 0; skipped < gap.max && isWord(st, pos) && st.sentence[pos] === sentence; skipped++, pos++) {
        const own = dw && seq.ids.length > 0 ? dw.ids[pos] === seq.ids[k] : lw(pos) === seq.words[k];
        if (own) break;
        if (!gap.words.has(lw(pos))) break;
      }
    }
    if (!isWord(st, pos) || st.sentence[pos] !== sentence) return -1;
    if (dw && seq.ids.length > 0 ? dw.ids[pos] !== seq.ids[k] : lw(pos) !== seq.words[k]) return -1;
  }
  return pos;
}

function restMatches(st: TokenStore, lw: (i: number) => string, i: number, sentence: number, seq: Seq): boolean {
  for (let k = 1; k < seq.words.length; k++) if (!isWord(st, i + k) || st.sentence[i + k] !== sentence || lw(i + k) !== seq.words[k]) return false;
  return true;
}

function restMatchesById(dw: DocWords, i: number, sentence: number, seq: Seq): boolean {
  const n = seq.ids.length;
  if (i + n > dw.ids.length) return false;
  for (let k = 1; k < n; k++) if (dw.ids[i + k] !== seq.ids[k] || !(dw.flags[i + k] & F_WORD) || dw.sentence[i + k] !== sentence) return false;
  return true;
}

/** Longest, leftmost, non-overlapping matches of `index` in `doc`, in one pass over the tokens. */
export function matchPhrases(doc: Doc, index: PhraseIndex): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  if (index.size === 0) return out;
  const st = tokenStore(doc);
  const lw = lowerOf(doc);
  const firstWord = firstWordTokenOfSentences(doc);
  const byId = index.byId;
  if (byId) {
    // With the shared vocabulary the first-word test is an array lookup by the token's id (one hash lookup per
    // token for all lists together, done once per document), and only tokens with an id can start a phrase:
    // the walk goes over those (about a third of the tokens).
    const dw = docWords(doc);
    const ids = dw.ids;
    const known = knownTokens(dw);
    /** The first token a new match may start at (matches do not overlap). */
    let next = 0;
    for (let k = 0; k < known.length; k++) {
      const i = known[k];
      if (i < next) continue;
      const g = byId[ids[i]];
      if (!g) continue;
      const second = i + 1 < ids.length ? ids[i + 1] : -1;
      const cands = second >= 0 && (g.secondBits & (1 << (second & 31))) !== 0 ? (g.bySecond.get(second) ?? g.singles) : g.singles;
      const m = firstMatch(doc, st, lw, dw, firstWord, i, cands);
      if (m) {
        out.push(m);
        next = m.last + 1;
      }
    }
    return out;
  }
  // Otherwise a Map lookup per word token.
  for (let i = 0; i < st.length; i++) {
    if (st.kind[i] !== K_WORD) continue;
    const cands = index.byFirst.get(lw(i));
    if (!cands) continue;
    const m = firstMatch(doc, st, lw, null, firstWord, i, cands);
    if (m) {
      out.push(m);
      i = m.last;
    }
  }
  return out;
}

/** The first of the candidate sequences that matches at token i, or null. */
function firstMatch(doc: Doc, st: TokenStore, lw: (i: number) => string, dw: DocWords | null, firstWord: Int32Array, i: number, cands: Seq[]): PhraseMatch | null {
  const sentence = st.sentence[i];
  for (const seq of cands) {
    const n = seq.words.length;
    // The rest of the sequence: word tokens of the same sentence, compared by vocabulary id when there are ids.
    const ok = dw ? restMatchesById(dw, i, sentence, seq) : restMatches(st, lw, i, sentence, seq);
    let last = i + n - 1;
    if (!ok) {
      if (seq.gapAfter < 0) continue;
      last = gapMatchEnd(st, lw, dw, i, sentence, seq);
      if (last < 0) continue;
    }
    if (seq.initial && firstWord[sentence] !== i) continue;
    const e = seq.entry;
    if (e.notInQuestion && isQuestion(doc, sentence)) continue;
    if (e.unlessNext && e.unlessNext.length > 0) {
      const nx = last + 1;
      if (isWord(st, nx) && st.sentence[nx] === sentence && e.unlessNext.includes(lw(nx))) continue;
    }
    if (e.afterComma) {
      if (i < 1 || st.sentence[i - 1] !== sentence || st.lowerAt(i - 1) !== ",") continue;
    }
    return last === i + n - 1 ? { entry: e, first: i, last, key: seq.words.join(" ") } : { entry: e, first: i, last, key: seq.words.join(" "), gapped: true };
  }
  return null;
}

/** The safe replacement for a match, if the entry has one for this form and context. */
export function fixFor(doc: Doc, m: PhraseMatch): string | undefined {
  const e = m.entry;
  if (e.safe === false || m.gapped) return undefined;
  const r = e.fixMap ? e.fixMap[m.key] : e.fix;
  if (r === undefined) return undefined;
  if (e.fixUnlessNext && e.fixUnlessNext.length > 0) {
    const nx = nextWordToken(doc, m.last);
    if (nx !== undefined && e.fixUnlessNext.includes(lowerOf(doc)(nx))) return undefined;
  }
  return r;
}
