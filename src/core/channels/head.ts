// A draft longer than LONG_DRAFT (some thirteen pages of dense prose) is no letter anyone sends: its message
// is read from its first LONG_DRAFT_HEAD characters only (an SMS or a post says what the first pages say), and
// its letter re-lays, rewrites and checks that part and keeps the rest as written, with the safe fixes (every
// fact stays; the rest's findings are the draft's own). This keeps variants() on a 100 kB text near the time
// of a 10 kB one. Drafts up to LONG_DRAFT are read whole.
//
// A dense draft, with more than DENSE_ITEMS paragraphs, facts or findings and one of them every DENSE_CHARS
// characters or closer (a list of thousands of empty items, a time every six characters, "Deres" on every
// word), is read the same way whatever its length, its read part ending before its paragraph, fact or finding
// number HEAD_ITEMS + 1: the message and the letter's re-laid and re-checked part cost time per paragraph,
// fact and finding. Prose has a paragraph every few hundred characters, and a fact or a finding every few
// dozen at the most (forty pages of kanselli language, one finding every 26 characters, are not dense).

export const LONG_DRAFT = 40_000;
/**
 * The part of a long draft that is read (some three pages, some 1,500 words: far more than a short channel says).
 * (It was 20,000 characters: a hostile 100 kB draft then took over 100 ms, most of it in reading that part.)
 */
export const LONG_DRAFT_HEAD = 10_000;
/** More paragraphs, facts or findings than this, one every DENSE_CHARS characters or closer, make a draft dense. */
export const DENSE_ITEMS = 1000;
export const DENSE_CHARS = 8;
/** The paragraphs, facts and findings a dense draft's read part may hold (of each). */
export const HEAD_ITEMS = 500;

/**
 * Where the read part of a dense draft of `length` characters must end (the start of item number HEAD_ITEMS + 1
 * of each list that makes it dense, whichever comes first), or undefined when no list does. Each list (the
 * paragraphs, the facts, the findings) sorted by start.
 */
export function denseLimit(length: number, ...lists: Array<ReadonlyArray<{ start: number }>>): number | undefined {
  let limit = Infinity;
  for (const l of lists) if (l.length > DENSE_ITEMS && l.length * DENSE_CHARS >= length) limit = Math.min(limit, l[HEAD_ITEMS].start);
  return Number.isFinite(limit) ? limit : undefined;
}

/**
 * Where the part of `text` that is read ends: text.length when the text is not longer than LONG_DRAFT and no
 * `limit` is given (see denseLimit); else, with `max` the smaller of LONG_DRAFT_HEAD (for a long text) and
 * `limit`, after the last paragraph break, line break or sentence (in that order) in the second half of its
 * first `max` characters, else at the last white space there, else at `max` (never inside a surrogate pair).
 */
export function headEnd(text: string, limit?: number): number {
  const long = text.length > LONG_DRAFT;
  if (!long && limit === undefined) return text.length;
  const max = Math.min(long ? LONG_DRAFT_HEAD : Infinity, limit ?? Infinity);
  if (max >= text.length) return text.length;
  const half = max / 2;
  const para = text.lastIndexOf("\n\n", max - 2);
  if (para >= half) return para;
  const line = text.lastIndexOf("\n", max - 1);
  if (line >= half) return line;
  const stop = Math.max(text.lastIndexOf(". ", max - 2), text.lastIndexOf("! ", max - 2), text.lastIndexOf("? ", max - 2));
  if (stop >= half) return stop + 1;
  const space = text.lastIndexOf(" ", max - 1);
  let cut = space >= half ? space : max;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return cut;
}

/** Where offset `at` of a text lies once `edits` (sorted, not overlapping) are applied: moved by the edits that end by it. */
export function shiftedOffset(at: number, edits: ReadonlyArray<{ start: number; end: number; replacement: string }>): number {
  let out = at;
  for (const e of edits) {
    if (e.end > at) break;
    out += e.replacement.length - (e.end - e.start);
  }
  return out;
}
