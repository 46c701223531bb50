// A draft longer than LONG_DRAFT (some thirteen pages of dense prose) is no letter anyone sends: its message
// is read from its first LONG_DRAFT_HEAD characters only (an SMS or a post says what the first pages say), and
// its letter re-lays, rewrites and checks that part and keeps the rest as written, with the safe fixes (every
// fact stays; the rest's findings are the draft's own). This keeps variants() on a 100 kB text near the time
// of a 20 kB one. Drafts up to LONG_DRAFT are read whole.

export const LONG_DRAFT = 40_000;
/** The part of a long draft that is read (some seven pages). */
export const LONG_DRAFT_HEAD = 20_000;

/**
 * Where the part of `text` that is read ends: text.length when the text is not longer than LONG_DRAFT; else
 * after the last paragraph break, line break or sentence (in that order) in the second half of its first
 * LONG_DRAFT_HEAD characters, else at the last white space there, else at LONG_DRAFT_HEAD (never inside a
 * surrogate pair).
 */
export function headEnd(text: string): number {
  if (text.length <= LONG_DRAFT) return text.length;
  const max = LONG_DRAFT_HEAD;
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
