// Safe fixes never change facts. A fix replaces words, but the fact detectors read the words around a number
// ("Ring evt. 23456789": the period of "evt." ends the look-back for "ring", so the number is no phone until
// "evt." becomes "eventuelt"; "Frist herved 1. mars" becomes a deadline once "herved" is gone; deleting a word
// between two numbers can join them). So a fix is kept only when the facts around it — kind, text and value,
// in a window of WINDOW characters on each side (wider than any detector's look-back) — are the same with and
// without it. Only a fix with a digit, "@", a web address or a relative-deadline word close by can change a fact;
// those fixes form runs of touching windows (split every MAX_RUN characters), checked together as safeFixes()
// would apply them, then fix by fix where the run changes facts (a long run loses its fixes: withholding a fix
// is always safe). Checks are cached by their text (letters repeat their boilerplate). Work stays linear. A window without a digit, "@", a web address or a relative-deadline word
// holds no fact and is not checked.
import type { Doc, Edit, Finding } from "./model";
import { applyEdits, safeFixes } from "./edits";
import { extractFacts } from "./facts/extract";
import { FactSigns } from "./fact-signs";

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

/** A fix can change a fact only with a digit, "@", a web address or a relative-deadline word this close to it. */
const NEAR_BEFORE = 16;
const NEAR_AFTER = 64;

/**
 * A digit or "@" in text[a, b) (a character loop: most windows have none), else the word test, whose answers
 * are kept in `memo` by the window's text (a draft that repeats a phrase thousands of times has few windows).
 */
function factLikeNear(text: string, a: number, b: number, memo: Map<string, boolean>, signs?: FactSigns): boolean {
  let dot = false;
  if (signs) {
    // (The same answers from counts made once: see fact-signs.ts.)
    if (signs.digitOrAt(a, b)) return true;
    dot = signs.dot(a, b);
    if (!dot && !signs.deadlineWordMayBeIn(a, b)) return false;
  } else {
    for (let k = a; k < b; k++) {
      const c = text.charCodeAt(k);
      if ((c >= 48 && c <= 57) || c === 64) return true;
      if (c === 46) dot = true;
    }
  }
  // Relative deadlines ("innen tre uker") and web addresses ("nav.no") need a word test; without a period, only
  // the deadline words can matter.
  const part = text.slice(a, b);
  let hit = memo.get(part);
  if (hit === undefined) {
    hit = dot ? FACT_WORDS.test(part) : DEADLINE_WORDS.test(part);
    if (memo.size < MEMO_MAX) memo.set(part, hit);
  }
  return hit;
}

const MEMO_MAX = 10_000;

const DEADLINE_WORDS = /\b(uke|uker|veke|veker|week|weeks|dag|dagar|dager|days|måned|måneder|månad|månader|months?)\b/i;

/** Results of run checks by their text and edits: letters repeat their boilerplate ("ring oss på telefon …"). */
const cache = new Map<string, boolean>();
const CACHE_MAX = 4096;

function cachedKeepsFacts(text: string, a: number, b: number, edits: Edit[]): boolean {
  let key = text.slice(a, b);
  for (const e of edits) key += `\u0000${e.start - a}\u0000${e.end - a}\u0000${e.replacement}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const ok = keepsFacts(text, a, b, edits);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, ok);
  return ok;
}

/** The findings with every fix that would change a fact removed (the finding stays, with its suggestions). */
export function factSafeFindings(doc: Doc, findings: Finding[]): Finding[] {
  const text = doc.text;
  const look: Fixed[] = [];
  const memo = new Map<string, boolean>();
  // Fixes whose windows add up to more than the text: the signs of facts are counted once for all of it.
  let fixes = 0;
  for (const f of findings) if (f.fix) fixes++;
  const signs = fixes * (NEAR_BEFORE + NEAR_AFTER) > text.length ? new FactSigns(text) : undefined;
  for (let k = 0; k < findings.length; k++) {
    const fix = findings[k].fix;
    if (!fix) continue;
    if (!factLikeNear(text, Math.max(0, fix.start - NEAR_BEFORE), Math.min(text.length, fix.end + NEAR_AFTER), memo, signs)) continue;
    look.push({ k, fix, a: fix.start - WINDOW, b: fix.end + WINDOW });
  }
  if (look.length === 0) return findings;
  look.sort((x, y) => x.fix.start - y.fix.start || x.fix.end - y.fix.end);
  for (const x of look) [x.a, x.b] = snap(text, x.a, x.b);
  const together = (xs: Fixed[]) => safeFixes(xs.map((x) => ({ fix: x.fix })));
  const drop = new Set<number>();
  // Runs of fixes whose windows touch, in text order (split every MAX_RUN characters): checked together as
  // safeFixes() would apply them; a run that changes facts, or holds overlapping fixes (applied on their own),
  // is checked fix by fix (a long one loses its fixes: withholding a fix is always safe).
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
    const edits = together(run);
    const lone = edits.length < run.length;
    if (!lone && cachedKeepsFacts(text, a, b, edits)) continue;
    if (run.length === 1) {
      drop.add(run[0].k);
      continue;
    }
    if (run.length > MAX_SINGLE) {
      for (const x of run) drop.add(x.k);
      continue;
    }
    const kept = run.filter((x) => {
      const ok = cachedKeepsFacts(text, x.a, x.b, [x.fix]);
      if (!ok) drop.add(x.k);
      return ok;
    });
    if (kept.length > 1 && !cachedKeepsFacts(text, a, b, together(kept))) for (const x of kept) drop.add(x.k);
  }
  if (drop.size === 0) return findings;
  return findings.map((f, k) => (drop.has(k) ? withhold(f) : f));
}
