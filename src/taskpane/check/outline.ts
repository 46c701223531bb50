/**
 * Where a finding sits: its sentence (for the card's context line), its paragraph and whether it is
 * in an e-mail's subject line. The worker sends the checker's sentence spans as one Int32Array
 * (start, end, paragraph per sentence), so a card can show its sentence without parsing again here.
 */
import type { Doc } from "../../core/model";

/** Sentence spans as triples: [start, end, paragraph, start, end, paragraph, …], in text order. */
export interface Outline {
  sentences: Int32Array;
}

/** The outline of a parsed document (run in the worker). */
export function outlineOf(doc: Pick<Doc, "sentences">): Outline {
  const list = doc.sentences;
  const out = new Int32Array(list.length * 3);
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    out[i * 3] = s.start;
    out[i * 3 + 1] = s.end;
    out[i * 3 + 2] = s.paragraph;
  }
  return { sentences: out };
}

export interface Place {
  /** The sentence around the finding: [start, end) in the text. */
  sentenceStart: number;
  sentenceEnd: number;
  /** 0-based paragraph index in the whole text. */
  paragraph: number;
}

function isOutline(o: unknown): o is Outline {
  return !!o && typeof o === "object" && (o as Outline).sentences instanceof Int32Array && (o as Outline).sentences.length % 3 === 0;
}

/** Paragraph starts of `text` (blank-line separated), for finding places without an outline. */
function paragraphIndex(text: string, offset: number): number {
  let n = 0;
  const re = /\n[ \t]*\n\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index + m[0].length <= offset) n++;
  return n;
}

/** The place of [start, end): from the outline when it covers it, else by looking at the text around it. */
export function placeOf(text: string, start: number, end: number, outline?: unknown): Place {
  if (isOutline(outline) && outline.sentences.length > 0) {
    const a = outline.sentences;
    // Last sentence whose start <= start (binary search).
    let lo = 0;
    let hi = a.length / 3 - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (a[mid * 3]! <= start) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0 && start <= a[found * 3 + 1]!) {
      // A finding may span several sentences (long paragraphs): widen to the last one it touches.
      let last = found;
      while (last + 1 < a.length / 3 && a[(last + 1) * 3]! < end) last++;
      return { sentenceStart: a[found * 3]!, sentenceEnd: Math.max(end, a[last * 3 + 1]!), paragraph: a[found * 3 + 2]! };
    }
  }
  // Fallback: from the previous sentence end (". ", "! ", "? ", a line break) to the next one.
  const from = Math.max(0, Math.min(start, text.length));
  let s = from;
  while (s > 0) {
    const c = text.charAt(s - 1);
    if (c === "\n") break;
    if ((c === " " || c === "\t") && /[.!?…]/.test(text.charAt(s - 2))) break;
    s--;
  }
  let e = Math.max(from, Math.min(end, text.length));
  while (e < text.length) {
    const c = text.charAt(e);
    if (c === "\n") break;
    e++;
    if (/[.!?…]/.test(c) && /\s/.test(text.charAt(e) || " ")) break;
  }
  while (s < from && /\s/.test(text.charAt(s))) s++;
  return { sentenceStart: s, sentenceEnd: e, paragraph: paragraphIndex(text, from) };
}

export interface Excerpt {
  before: string;
  flagged: string;
  after: string;
  /** Text was cut at the start / at the end. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** The sentence around a finding, cut to about `max` characters around the flagged words. */
export function excerpt(text: string, place: Place, start: number, end: number, max = 160): Excerpt {
  const flaggedFull = text.slice(start, end);
  const flagged = flaggedFull.length > max ? `${flaggedFull.slice(0, max - 1)}…` : flaggedFull;
  const room = Math.max(0, max - flagged.length);
  let bFrom = place.sentenceStart;
  let aTo = Math.max(end, place.sentenceEnd);
  const cutStart = start - bFrom > room / 2 + 10;
  if (cutStart) bFrom = start - Math.floor(room / 2);
  const cutEnd = aTo - end > room - (start - bFrom);
  if (cutEnd) aTo = end + Math.max(0, room - (start - bFrom));
  const clean = (s: string) => s.replace(/\s+/g, " ");
  return {
    before: clean(text.slice(bFrom, start)).trimStart(),
    flagged: clean(flagged),
    after: clean(text.slice(end, aTo)).trimEnd(),
    cutStart,
    cutEnd,
  };
}
