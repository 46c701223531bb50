/**
 * Pure helpers shared by the Word and Outlook adapters: normalising host text for the checker while
 * keeping a map back to the raw characters, counting search occurrences the way Word's search walks a
 * paragraph, shrinking an edit to the smallest changed word span, and making Word search strings.
 * No Office globals here, so everything is unit-testable.
 */

/** Word search strings may hold at most this many characters (SearchStringInvalidOrTooLong). */
export const WORD_SEARCH_LIMIT = 255;

/** A normalised piece of host text with a map back to the raw string. */
export interface NormalizedText {
  text: string;
  /** map[i] = raw index of normalised character i; map[text.length] = raw.length. */
  map: number[];
}

/**
 * Normalise host text: line breaks (\r\n, \r, \n and Word's manual break \v) become "\n", Word's non-breaking
 * hyphen (\x1e) becomes "-", the optional hyphen (\x1f) and other control characters (footnote and
 * field marks, cell ends, page breaks) are dropped. Tabs stay.
 */
export function normalizeSegment(raw: string): NormalizedText {
  let text = "";
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    let out: string | null = raw[i]!;
    if (c === 0x0b || c === 0x0a) out = "\n";
    else if (c === 0x0d) out = raw.charCodeAt(i + 1) === 0x0a ? null : "\n";
    else if (c === 0x1e) out = "-";
    else if (c === 0x09) out = "\t";
    else if (c < 0x20 || c === 0x7f) out = null;
    if (out !== null) {
      text += out;
      map.push(i);
    }
  }
  map.push(raw.length);
  return { text, map };
}

/** True when the raw text holds characters the normaliser changes (control marks, line breaks). */
export function hasControlChars(raw: string): boolean {
  return /[\u0000-\u0008\u000a-\u001f\u007f]/.test(raw);
}

/** Split host text into paragraphs on \r\n, \r or \n (Word uses \r; don't hard-code it). */
export function splitParagraphs(raw: string): string[] {
  const parts = raw.split(/\r\n?|\n/);
  return parts;
}

/**
 * Index k such that the k-th match of `needle` in `hay`, scanning left to right without overlaps
 * (as Word's search does), starts at `pos`; -1 when no match starts there.
 */
export function occurrenceIndex(hay: string, needle: string, pos: number): number {
  if (!needle) return -1;
  let k = 0;
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0 || at > pos) return -1;
    if (at === pos) return k;
    k++;
    from = at + needle.length;
  }
}

/** Number of non-overlapping matches of `needle` in `hay`. */
export function countOccurrences(hay: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return n;
    n++;
    from = at + needle.length;
  }
}

/**
 * Escape a literal string for Word's non-wildcard search: "^" introduces codes such as ^p, so a caret is
 * "^^"; and Word does not match a literal tab character, it wants the code "^t" (Word's Find special
 * characters; docs/word/search-option-guidance.md). Both escapes count towards the 255-character limit.
 */
export function escapeSearch(s: string): string {
  return s.replace(/\^/g, "^^").replace(/\t/g, "^t");
}

/** Characters `c` costs in an escaped search string. */
function escapedCost(c: string): number {
  return c === "^" || c === "\t" ? 2 : c.length;
}

/** Length of `s` once escaped for search. */
export function searchLength(s: string): number {
  return escapeSearch(s).length;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The longest prefix of `s` whose escaped form fits the search limit, never cutting a surrogate pair. */
export function searchHead(s: string, limit = WORD_SEARCH_LIMIT): string {
  let len = 0;
  let i = 0;
  while (i < s.length) {
    const step = isHighSurrogate(s.charCodeAt(i)) && i + 1 < s.length ? 2 : 1;
    const cost = escapedCost(s.slice(i, i + step));
    if (len + cost > limit) break;
    len += cost;
    i += step;
  }
  return s.slice(0, i);
}

/** The longest suffix of `s` whose escaped form fits the search limit, never cutting a surrogate pair. */
export function searchTail(s: string, limit = WORD_SEARCH_LIMIT): string {
  let len = 0;
  let i = s.length;
  while (i > 0) {
    const step = i >= 2 && isHighSurrogate(s.charCodeAt(i - 2)) && s.charCodeAt(i - 1) >= 0xdc00 && s.charCodeAt(i - 1) <= 0xdfff ? 2 : 1;
    const cost = escapedCost(s.slice(i - step, i));
    if (len + cost > limit) break;
    len += cost;
    i -= step;
  }
  return s.slice(i);
}

/** A replacement inside a paragraph: raw[start, end) becomes `text`. */
export interface RawChange {
  start: number;
  end: number;
  text: string;
}

const isSpace = (ch: string | undefined) => ch === undefined || /\s/.test(ch);

/**
 * Shrink raw[start, end) -> replacement to the smallest whole-word span that differs, so untouched
 * words keep their formatting. Both the old and the new text of the result are non-empty (so the
 * change can be found again by search and reversed); when the edit only deletes, the span grows by
 * the neighbouring word.
 */
export function minimalChange(raw: string, start: number, end: number, replacement: string): RawChange {
  const old = raw.slice(start, end);
  let p = 0;
  const maxP = Math.min(old.length, replacement.length);
  while (p < maxP && old[p] === replacement[p]) p++;
  // back off to a word boundary: the kept prefix must end right after whitespace (or be empty)
  while (p > 0 && !isSpace(old[p - 1])) p--;
  let s = 0;
  const maxS = Math.min(old.length, replacement.length) - p;
  while (s < maxS && old[old.length - 1 - s] === replacement[replacement.length - 1 - s]) s++;
  // the kept suffix must start with whitespace (or be empty)
  while (s > 0 && !isSpace(old[old.length - s])) s--;
  let a = start + p;
  let b = end - s;
  let text = replacement.slice(p, replacement.length - s);
  if (a === b || text === "") {
    // keep the whole edit, then widen by context if one side is still empty
    a = start;
    b = end;
    text = replacement;
  }
  if (text === "" || a === b) {
    // grow over the next word to the right, else the previous word to the left
    let r = b;
    while (r < raw.length && isSpace(raw[r])) r++;
    while (r < raw.length && !isSpace(raw[r])) r++;
    if (r > b) {
      text = text + raw.slice(b, r);
      b = r;
    } else {
      let l = a;
      while (l > 0 && isSpace(raw[l - 1])) l--;
      while (l > 0 && !isSpace(raw[l - 1])) l--;
      text = raw.slice(l, a) + text;
      a = l;
    }
  }
  return { start: a, end: b, text };
}

/** Apply non-overlapping changes (any order) to a string. */
export function applyChanges(raw: string, changes: RawChange[]): string {
  const sorted = [...changes].sort((x, y) => x.start - y.start);
  let out = "";
  let at = 0;
  for (const c of sorted) {
    out += raw.slice(at, c.start) + c.text;
    at = c.end;
  }
  return out + raw.slice(at);
}

/** Start index of the unique run of `needle` items inside `hay`; -1 when absent, -2 when ambiguous. */
export function findUniqueRun(hay: readonly string[], needle: readonly string[], matches: (h: string, n: string, i: number) => boolean): number {
  if (needle.length === 0 || needle.length > hay.length) return -1;
  let found = -1;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let ok = true;
    for (let j = 0; j < needle.length && ok; j++) ok = matches(hay[i + j]!, needle[j]!, j);
    if (ok) {
      if (found >= 0) return -2;
      found = i;
    }
  }
  return found;
}

/** How to find hay[pos, pos + old.length) again with search: one needle, or a head and a tail needle (≤ 255 each). */
export interface OccurrenceLocator {
  old: string;
  parts: Array<{ needle: string; k: number }>;
}

/** Locate hay[pos, pos+old.length) by search occurrence(s); null when no match starts there. */
export function makeOccurrenceLocator(hay: string, pos: number, old: string): OccurrenceLocator | null {
  if (!old) return null;
  if (searchLength(old) <= WORD_SEARCH_LIMIT) {
    const k = occurrenceIndex(hay, old, pos);
    return k < 0 ? null : { old, parts: [{ needle: old, k }] };
  }
  const head = searchHead(old);
  const tail = searchTail(old);
  const kh = occurrenceIndex(hay, head, pos);
  const kt = occurrenceIndex(hay, tail, pos + old.length - tail.length);
  if (kh < 0 || kt < 0) return null;
  return { old, parts: [{ needle: head, k: kh }, { needle: tail, k: kt }] };
}
