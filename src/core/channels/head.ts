// A draft longer than LONG_DRAFT (some thirteen pages of dense prose) is no letter anyone sends: its message
// is read from its first part only (an SMS or a post says what the first pages say), and its letter re-lays
// and rewrites that part and keeps the rest as written, with the safe fixes (every fact stays). This keeps
// variants() on a 100 kB text near the time of a 40 kB one. Drafts up to LONG_DRAFT are read whole.

export const LONG_DRAFT = 40_000;

/**
 * Where the first part of `text` ends: text.length when the text is not longer than LONG_DRAFT; else after
 * the last paragraph break, line break or sentence (in that order) in the second half of the first
 * LONG_DRAFT characters, else at the last white space there, else at LONG_DRAFT (never inside a surrogate pair).
 */
export function headEnd(text: string): number {
  const max = LONG_DRAFT;
  if (text.length <= max) return text.length;
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
