/**
 * The text model behind the Word fake: each paragraph is its characters plus a revision mark per
 * character (0 = plain, +id = tracked insertion id, -id = tracked deletion id), and Word's search
 * semantics over it. What the fake models, and why:
 * - `paragraph.text` shows tracked deletions when revisions are displayed inline and hides them in
 *   balloons (office-js#2314, "body.text differs depending on whether revisions are shown as balloon
 *   or inline"); the inline display is the default here because it is the harder case.
 * - `search` sees the current text only: deleted text is never matched and a match never runs across a
 *   deletion (office-js#5874, "No API to get or search a Word.Range that ignores 'Deleted' revisions";
 *   office-js#4170).
 * - search strings: at most 255 characters (Word.Body.search reference, error
 *   SearchStringInvalidOrTooLong; office-js#168); "^" starts a special code (Word's Find syntax,
 *   docs/word/search-option-guidance.md): "^^" is a caret, "^t" a tab, "^p" a paragraph mark; a literal
 *   tab character is not matched (the finding; stricter than guessing), and any other code is
 *   refused with InvalidArgument (stricter than Word, which knows more codes we never send).
 * - the order of hits is not promised by the reference; `hitOrder` makes the fake return them reversed
 *   or rotated so an adapter that assumes document order fails.
 */
import { officeError } from "./office-error";

export type HitOrder = "document" | "reversed" | "shuffled";

export interface ParaText {
  text: string;
  /** One mark per character: 0 plain, +id tracked insertion, -id tracked deletion. */
  marks: number[];
}

export function plain(text: string): ParaText {
  return { text, marks: new Array(text.length).fill(0) };
}

/** Current ("reviewed") text: tracked deletions left out. */
export function currentText(p: ParaText, s = 0, e = p.text.length): string {
  let out = "";
  for (let i = s; i < e; i++) if (!(p.marks[i]! < 0)) out += p.text[i];
  return out;
}

/** Original text: tracked insertions left out. */
export function originalText(p: ParaText, s = 0, e = p.text.length): string {
  let out = "";
  for (let i = s; i < e; i++) if (!(p.marks[i]! > 0)) out += p.text[i];
  return out;
}

/** Decode a Word search string (non-wildcard) into the literal it matches, or null when it can never match. */
export function decodeSearch(text: string): string | null {
  if (text.length > 255) officeError("SearchStringInvalidOrTooLong", "The search string is longer than 255 characters.", "Body.search");
  let out = "";
  let never = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\t") never = true; // a literal tab does not match; Word wants ^t
    if (c !== "^") {
      out += c;
      continue;
    }
    const code = text[i + 1];
    i++;
    if (code === "^") out += "^";
    else if (code === "t") out += "\t";
    else if (code === "p") never = true; // a paragraph mark never lies inside one paragraph
    else officeError("InvalidArgument", `The search code ^${code ?? ""} is not modelled by the fake.`, "Body.search");
  }
  return never ? null : out;
}

/** Hits of `needle` in p[s, e), in document order, as [start, end) in raw coordinates. */
export function findHits(p: ParaText, s: number, e: number, needle: string, matchCase: boolean): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  if (!needle) return hits;
  // visible segments: runs of non-deleted characters; a match must lie inside one segment
  let i = s;
  while (i < e) {
    while (i < e && p.marks[i]! < 0) i++;
    const segStart = i;
    while (i < e && !(p.marks[i]! < 0)) i++;
    const seg = p.text.slice(segStart, i);
    const hay = matchCase ? seg : seg.toLowerCase();
    const n = matchCase ? needle : needle.toLowerCase();
    let from = 0;
    for (;;) {
      const at = hay.indexOf(n, from);
      if (at < 0) break;
      hits.push([segStart + at, segStart + at + n.length]);
      from = at + n.length;
    }
  }
  return hits;
}

export function reorder<T>(items: T[], order: HitOrder): T[] {
  if (items.length < 2 || order === "document") return items;
  if (order === "reversed") return [...items].reverse();
  return [...items.slice(1), items[0]!];
}

/** Deletion ranges that turn `raw` into `reviewed` (greedy alignment); throws when reviewed is not a subsequence. */
export function deletionsFor(raw: string, reviewed: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let j = 0;
  let runStart = -1;
  for (let i = 0; i < raw.length; i++) {
    if (j < reviewed.length && raw[i] === reviewed[j]) {
      if (runStart >= 0) out.push([runStart, i]);
      runStart = -1;
      j++;
    } else if (runStart < 0) runStart = i;
  }
  if (runStart >= 0) out.push([runStart, raw.length]);
  if (j !== reviewed.length) throw new Error(`fake: "${reviewed}" is not "${raw}" with deletions`);
  return out;
}
