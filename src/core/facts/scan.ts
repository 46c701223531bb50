// Faster scanning with regular expressions that start with a lookbehind ("(?<![\p{L}])klagefrist…").
// V8 cannot skip ahead to a possible match when a pattern begins with a lookbehind: it checks the
// lookbehind at every position of the text, which makes such a pattern ten times slower on a page of text
// than the same pattern without it. Here the leading lookbehinds are taken off, the rest finds the candidate
// positions at full speed, and the lookbehinds are checked only there. The matches are exactly those of the
// original pattern: a lookbehind is zero-width, so the rest matches at a position the same way with or
// without it, and a position where the lookbehind fails is skipped as the original pattern would skip it.

interface Split {
  /** The pattern without its leading lookbehinds, with the global flag. */
  body: RegExp;
  /** The leading lookbehinds alone, sticky: tested at one position. */
  behind: RegExp;
  unicode: boolean;
}

const SPLITS = new WeakMap<RegExp, Split | null>();

/**
 * Walk a pattern source from `from`, skipping escapes and the inside of character classes, and call
 * `visit` with every other character; stops at the first index where `visit` returns true (else -1).
 */
function walk(src: string, from: number, visit: (c: string, j: number) => boolean): number {
  let inClass = false;
  for (let j = from; j < src.length; j++) {
    const c = src[j];
    if (c === "\\") {
      j++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (visit(c, j)) return j;
  }
  return -1;
}

/** Index of the parenthesis that closes the group opened at `open`, or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  return walk(src, open, (c) => (c === "(" ? (depth++, false) : c === ")" && --depth === 0));
}

/** Whether `src` has a capturing or named group, or an alternation outside any group. */
function unsafe(src: string, checkAlternation: boolean, checkGroups: boolean): boolean {
  let depth = 0;
  return (
    walk(src, 0, (c, j) => {
      if (c === "(") {
        depth++;
        const next = src.slice(j + 1, j + 4);
        const plain = next[0] !== "?" || (next[1] === "<" && next[2] !== "=" && next[2] !== "!");
        return checkGroups && plain;
      }
      if (c === ")") depth--;
      else if (c === "|" && depth === 0) return checkAlternation;
      return false;
    }) >= 0
  );
}

function split(re: RegExp): Split | null {
  const known = SPLITS.get(re);
  if (known !== undefined) return known;
  let result: Split | null = null;
  const src = re.source;
  let end = 0;
  while (src.startsWith("(?<!", end) || src.startsWith("(?<=", end)) {
    const close = groupEnd(src, end);
    if (close < 0) {
      end = 0;
      break;
    }
    end = close + 1;
  }
  const lead = src.slice(0, end);
  const rest = src.slice(end);
  // Only a pattern whose lookbehinds lead every match (no top-level "|") and capture nothing qualifies;
  // the sticky flag would change what the original matches.
  if (end > 0 && rest && !re.sticky && !unsafe(lead, false, true) && !unsafe(rest, true, false)) {
    try {
      const flags = re.flags.replace(/[gy]/g, "");
      result = { body: new RegExp(rest, flags + "g"), behind: new RegExp(lead, flags + "y"), unicode: re.unicode || re.flags.includes("v") };
    } catch {
      result = null;
    }
  }
  SPLITS.set(re, result);
  return result;
}

// Anchored candidates. The split scan above tries the pattern's body at every position, also where the
// lookbehind would have failed at once: inside a long word, a body such as [A-ZÆØÅ][\p{L}-]{0,40}(?:gata|…)
// or \d{1,21}[ ]kroner runs up to its bound and back at each letter or digit. A pattern registered with
// matchStarts() is scanned from the positions of its possible first characters instead (a plain character
// class that V8 finds fast), testing the whole pattern, lookbehind first, at each: a position inside a word
// then costs one lookbehind. The matches are those of the global exec loop: the candidates include every
// position a match can start at, are tried left to right, and the next try starts after the last match.

const STARTS = new WeakMap<RegExp, { first: RegExp; sticky: RegExp }>();

/**
 * Scan `re` (global) from the matches of `first`, a one-character class that every match of `re` starts with
 * (e.g. /[A-ZÆØÅ]/g for a capitalised name). Returns `re`.
 */
export function matchStarts(re: RegExp, first: RegExp): RegExp {
  STARTS.set(re, { first: new RegExp(first.source, first.flags.replace(/[gy]/g, "") + "g"), sticky: new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "y") });
  return re;
}

function scanFromStarts(first: RegExp, sticky: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  first.lastIndex = 0;
  for (let c = first.exec(text); c; c = first.exec(text)) {
    sticky.lastIndex = c.index;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    first.lastIndex = c.index + (m[0].length > 0 ? m[0].length : 1);
  }
  return out;
}

/** Every match of `re` in `text`, as a global exec loop from the start gives them (an empty match steps on). */
export function scanAll(re: RegExp, text: string): RegExpExecArray[] {
  const anchored = re.global ? STARTS.get(re) : undefined;
  if (anchored) return scanFromStarts(anchored.first, anchored.sticky, text);
  const out: RegExpExecArray[] = [];
  const s = re.global ? split(re) : null;
  if (!s) {
    const g = re.global ? re : new RegExp(re.source, re.flags + "g");
    g.lastIndex = 0;
    for (let m = g.exec(text); m; m = g.exec(text)) {
      out.push(m);
      if (m[0].length === 0) g.lastIndex++;
    }
    return out;
  }
  const { body, behind } = s;
  body.lastIndex = 0;
  for (let m = body.exec(text); m; m = body.exec(text)) {
    behind.lastIndex = m.index;
    if (!behind.test(text)) {
      body.lastIndex = m.index + step(text, m.index, s.unicode);
      continue;
    }
    out.push(m);
    if (m[0].length === 0) body.lastIndex = m.index + 1;
    else body.lastIndex = m.index + m[0].length;
  }
  re.lastIndex = 0;
  return out;
}

/** re.test(text) for a pattern without the global or sticky flag, the same answer faster. */
export function scanTest(re: RegExp, text: string): boolean {
  if (re.global || re.sticky) return re.test(text);
  const g = globalTwin(re);
  const s = split(g);
  if (!s) return re.test(text);
  const { body, behind } = s;
  body.lastIndex = 0;
  for (let m = body.exec(text); m; m = body.exec(text)) {
    behind.lastIndex = m.index;
    if (behind.test(text)) return true;
    body.lastIndex = m.index + step(text, m.index, s.unicode);
  }
  return false;
}

const TWINS = new WeakMap<RegExp, RegExp>();
function globalTwin(re: RegExp): RegExp {
  let g = TWINS.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags + "g");
    TWINS.set(re, g);
  }
  return g;
}

/** Length of the character at `i` (2 for a surrogate pair in unicode mode). */
function step(text: string, i: number, unicode: boolean): number {
  if (!unicode) return 1;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}
