// Safe fixes never change facts. A fix replaces words, but the fact detectors read the words around a number
// ("Ring evt. 23456789": the period of "evt." ends the look-back for "ring", so the number is no phone until
// "evt." becomes "eventuelt"; "Frist herved 1. mars" becomes a deadline once "herved" is gone; deleting a word
// between two numbers can join them). So a fix is kept only when the facts around it — kind, text and value,
// in a window of WINDOW characters on each side (wider than any detector's look-back) — are the same with and
// without it. First the facts of the whole text are compared with those of the text with every fix applied (two
// passes of extractFacts); only where a fact changed are the fixes nearby checked: fixes whose windows touch
// form a run (split every MAX_RUN characters), checked together as safeFixes() would apply them, then fix by
// fix (a long run loses its fixes: withholding a fix is always safe). Work stays linear in the text. A window without a digit, "@", a web address or a relative-deadline word
// holds no fact and is not checked.
import type { Doc, Edit, Finding } from "./model";
import { applyEdits, safeFixes } from "./edits";
import { extractFacts } from "./facts/extract";

const WINDOW = 100;
const MAX_RUN = 2000;

/** Words that can make a fact without a digit (relative deadlines: "innen tre uker", "klagefrist … seks uker"). */
const FACT_WORDS = /\d|@|\b(uke|uker|veke|veker|week|weeks|dag|dagar|dager|days|måned|måneder|månad|månader|months?)\b|\.[a-z]{2,}/i;

function factKey(text: string): string {
  let out = "";
  for (const f of extractFacts(text)) out += `${f.kind}\u0000${f.text}\u0000${f.value}\u0001`;
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2028 || c === 0x2029;
}

/** [a, b) widened to white space (a window never cuts a word or a number). */
function snap(text: string, a: number, b: number): [number, number] {
  const a0 = Math.max(0, a);
  let s = a0;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1)) && a0 - s < 64) s--;
  const b0 = Math.min(text.length, b);
  let e = b0;
  while (e < text.length && !isSpace(text.charCodeAt(e)) && e - b0 < 64) e++;
  return [s, e];
}

/** Do the facts of text[a, b) stay the same when `edits` (inside it) are applied? */
function keepsFacts(text: string, a: number, b: number, edits: Edit[]): boolean {
  const part = text.slice(a, b);
  if (!FACT_WORDS.test(part)) return true;
  try {
    return factKey(applyEdits(part, edits.map((e) => ({ start: e.start - a, end: e.end - a, replacement: e.replacement })))) === factKey(part);
  } catch {
    return false;
  }
}

function withhold(f: Finding): Finding {
  const { fix: _unsafe, ...rest } = f;
  return { ...rest, data: { ...(f.data ?? {}), fixWithheld: "facts" } };
}

/** At most this many fixes of a run that changes facts are checked one by one; a longer run loses all its fixes. */
const MAX_SINGLE = 8;

interface Fixed {
  k: number;
  fix: Edit;
  a: number;
  b: number;
}

/**
 * Where the facts of text[s, e) change when `edits` (non-overlapping, sorted, inside it) are applied: the offsets
 * (in the original text) of every fact that is in one list and not the other. Facts of the fixed part are moved
 * back through the edits.
 */
function changedIn(text: string, s: number, e: number, edits: Edit[], out: number[]): void {
  const part = text.slice(s, e);
  if (!FACT_WORDS.test(part)) return;
  const local = edits.map((x) => ({ start: x.start - s, end: x.end - s, replacement: x.replacement }));
  const before = extractFacts(part);
  const after = extractFacts(applyEdits(part, local)).sort((x, y) => x.start - y.start);
  const key = (kind: string, t: string, v: string, at: number) => `${kind}\u0000${t}\u0000${v}\u0000${at}`;
  const have = new Map<string, number>();
  for (const f of before) have.set(key(f.kind, f.text, f.value, f.start), f.start);
  // One walk: the fixed part's facts in order, the edits in order, the shift so far.
  let k = 0;
  let delta = 0;
  for (const f of after) {
    let at = -1;
    while (k < local.length) {
      const x = local[k];
      const newStart = x.start + delta;
      if (f.start < newStart) break;
      if (f.start < newStart + x.replacement.length) {
        at = x.start;
        break;
      }
      delta += x.replacement.length - (x.end - x.start);
      k++;
    }
    if (at < 0) at = f.start - delta;
    const kk = key(f.kind, f.text, f.value, at);
    if (have.has(kk)) have.delete(kk);
    else out.push(at + s);
  }
  for (const at of have.values()) out.push(at + s);
}

/** Pieces of about CHUNK characters are compared one at a time: facts are local, and extraction stays linear. */
const CHUNK = 4000;

/**
 * Where the facts of the text change when the (non-overlapping) edits are applied, piece by piece. A piece ends
 * at white space that no edit's window reaches when there is one within CHUNK/2 characters (the facts across it
 * are cut the same way with and without the edits); pieces without an edit are not read.
 */
function changedFacts(text: string, edits: Edit[]): number[] {
  const sorted = [...edits].sort((x, y) => x.start - y.start);
  const out: number[] = [];
  let s = 0;
  let k = 0;
  while (k < sorted.length) {
    // Skip to the piece that holds the next edit.
    if (sorted[k].start - s > CHUNK) s = Math.max(s, sorted[k].start - WINDOW * 2);
    let e = Math.min(text.length, s + CHUNK);
    // Move the end to white space away from every edit's window (not further than CHUNK/2).
    let q = k;
    for (let tries = 0; e < text.length && tries < CHUNK / 2; tries++, e++) {
      while (q < sorted.length && sorted[q].end + WINDOW < e) q++;
      const near = q < sorted.length && sorted[q].start - WINDOW <= e;
      if (!near && isSpace(text.charCodeAt(e))) break;
    }
    // The edits inside the piece; one that straddles its end extends it.
    const mine: Edit[] = [];
    while (k < sorted.length && sorted[k].start < e) {
      mine.push(sorted[k]);
      if (sorted[k].end > e) e = sorted[k].end;
      k++;
    }
    if (mine.length > 0) changedIn(text, s, e, mine, out);
    s = e;
  }
  return out.sort((x, y) => x - y);
}

/** The findings with every fix that would change a fact removed (the finding stays, with its suggestions). */
export function factSafeFindings(doc: Doc, findings: Finding[]): Finding[] {
  const text = doc.text;
  const fixed: Fixed[] = [];
  for (let k = 0; k < findings.length; k++) {
    const fix = findings[k].fix;
    if (fix) fixed.push({ k, fix, a: fix.start - WINDOW, b: fix.end + WINDOW });
  }
  if (fixed.length === 0) return findings;
  fixed.sort((x, y) => x.fix.start - y.fix.start || x.fix.end - y.fix.end);
  // Cheap first: all the fixes safeFixes() would apply together, against the whole text. Only fixes near a fact
  // that changed, and fixes left out for overlapping another (applied on their own), are looked at closely.
  const together = (xs: Fixed[]) => safeFixes(xs.map((x) => ({ fix: x.fix })));
  const chosen = together(fixed);
  let changed: number[];
  try {
    changed = changedFacts(text, chosen);
  } catch {
    changed = [0];
  }
  const look: Fixed[] = [];
  let c = 0;
  let ch = 0;
  for (const x of fixed) {
    while (ch < chosen.length && (chosen[ch].start < x.fix.start || (chosen[ch].start === x.fix.start && chosen[ch].end < x.fix.end))) ch++;
    const isChosen = ch < chosen.length && chosen[ch].start === x.fix.start && chosen[ch].end === x.fix.end && chosen[ch].replacement === x.fix.replacement;
    while (c < changed.length && changed[c] < x.a) c++;
    if (!isChosen || (c < changed.length && changed[c] < x.b)) look.push(x);
  }
  if (look.length === 0) return findings;
  for (const x of look) [x.a, x.b] = snap(text, x.a, x.b);
  const drop = new Set<number>();
  let c2 = 0;
  // Runs of fixes whose windows touch, in text order (split every MAX_RUN characters).
  for (let r = 0; r < look.length; ) {
    let a = look[r].a;
    let b = look[r].b;
    let q = r + 1;
    while (q < look.length && look[q].a <= b && look[q].b - a <= MAX_RUN) {
      a = Math.min(a, look[q].a);
      b = Math.max(b, look[q].b);
      q++;
    }
    const run = look.slice(r, q);
    r = q;
    // A run with a changed fact is known to change facts; one looked at only for an overlapping fix is checked.
    while (c2 < changed.length && changed[c2] < a) c2++;
    const hasChanged = c2 < changed.length && changed[c2] < b;
    if (!hasChanged && keepsFacts(text, a, b, together(run))) continue;
    if (run.length > MAX_SINGLE) {
      for (const x of run) drop.add(x.k);
      continue;
    }
    const kept = run.filter((x) => {
      const ok = keepsFacts(text, x.a, x.b, [x.fix]);
      if (!ok) drop.add(x.k);
      return ok;
    });
    if (kept.length > 1 && !keepsFacts(text, a, b, together(kept))) for (const x of kept) drop.add(x.k);
  }
  if (drop.size === 0) return findings;
  return findings.map((f, k) => (drop.has(k) ? withhold(f) : f));
}
