// Apply non-overlapping edits; every character outside them stays byte-identical.
import type { Edit, Finding } from "./model";

function describe(e: Edit): string {
  const r = typeof e.replacement === "string" ? JSON.stringify(e.replacement) : String(e.replacement);
  return `[${e.start},${e.end})→${r}`;
}

/**
 * Apply edits given in any order. Throws an Error naming the edits when two overlap (two insertions at the
 * same place count as overlapping: their order would be a guess) or when an edit is out of range.
 */
export function applyEdits(text: string, edits: ReadonlyArray<Edit>): string {
  if (edits.length === 0) return text;
  for (const e of edits) {
    if (
      !Number.isInteger(e.start) ||
      !Number.isInteger(e.end) ||
      e.start < 0 ||
      e.end < e.start ||
      e.end > text.length ||
      typeof e.replacement !== "string"
    ) {
      throw new Error(`Edit out of range for a text of length ${text.length}: ${describe(e)}`);
    }
  }
  // (Edits usually come sorted, from safeFixes: then they are not copied and sorted again.)
  const sorted = inOrder(edits) ? edits : [...edits].sort(byPlace);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (b.start < a.end || (b.start === a.start && a.start === a.end && b.start === b.end)) {
      throw new Error(`Overlapping edits: ${describe(a)} and ${describe(b)}`);
    }
  }
  // Concatenation, not an array joined: with tens of thousands of edits the join took ten times as long.
  let out = "";
  let pos = 0;
  for (const e of sorted) {
    out += text.slice(pos, e.start) + e.replacement;
    pos = e.end;
  }
  return out + text.slice(pos);
}

const byPlace = (a: Edit, b: Edit): number => a.start - b.start || a.end - b.end;

/** Are the edits sorted by start, then end (so a stable sort by place would leave them as they are)? */
function inOrder(edits: ReadonlyArray<Edit>): boolean {
  for (let i = 1; i < edits.length; i++) if (byPlace(edits[i - 1], edits[i]) > 0) return false;
  return true;
}

/** Do two edits overlap (in the sense applyEdits refuses)? */
export function editsOverlap(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/**
 * The fixes of the given findings that can be applied together: in text order, a fix that overlaps one
 * already chosen is left out (the user handles it alone). Identical fixes are taken once.
 */
export function safeFixes(findings: ReadonlyArray<Pick<Finding, "fix">>, textLength = Infinity): Edit[] {
  // One pass, and no sort when the fixes come in order (they mostly do: findings are sorted by place).
  let fixes: Edit[] = [];
  for (const f of findings) {
    const e = f.fix;
    if (!!e && Number.isInteger(e.start) && Number.isInteger(e.end) && e.start >= 0 && e.end >= e.start && e.end <= textLength && typeof e.replacement === "string") fixes.push(e);
  }
  if (!inOrder(fixes)) fixes = fixes.sort(byPlace);
  const out: Edit[] = [];
  for (const e of fixes) {
    const prev = out[out.length - 1];
    if (prev && prev.start === e.start && prev.end === e.end && prev.replacement === e.replacement) continue;
    // Sorted by start: only the last chosen edit can overlap (chosen edits never overlap each other).
    if (prev && editsOverlap(prev, e)) continue;
    out.push({ start: e.start, end: e.end, replacement: e.replacement });
  }
  return out;
}
