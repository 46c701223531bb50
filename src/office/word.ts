/**
 * Word adapter (DraftHost). Reads the body or the selection in one round trip, keeps a map from the
 * analysed text back to Word paragraphs, and writes back only the smallest changed spans, located per
 * paragraph with `search` (≤ 255 characters, no wildcards, matchCase). Every user action costs at most
 * three `context.sync()` calls: (1) read the paragraphs and confirm they still hold what was analysed,
 * (2) run the searches, (3) write and read back. A failed write is never retried: the paragraphs are
 * re-read to find out what happened. Track-changes mode is left as the user set it.
 *
 * `Word` and `Office` are read only inside functions so the module loads outside Office.
 */
import type { Edit } from "../core/model";
import type { ApplyResult, DraftHost, DraftSnapshot, InsertResult, SkippedEdit } from "./host";
import type { OfficeGlobalLike, WordContext, WordGlobal, WordParagraph, WordParagraphCollection, WordRange, WordRangeCollection } from "./word-api";
import {
  applyChanges,
  countOccurrences,
  escapeSearch,
  findUniqueRun,
  hasControlChars,
  minimalChange,
  normalizeSegment,
  occurrenceIndex,
  searchHead,
  searchLength,
  searchTail,
  splitParagraphs,
  WORD_SEARCH_LIMIT,
  type NormalizedText,
  type RawChange,
} from "./text-map";
import { buildDocxBase64 } from "./word-docx";
import { localSettingsStore } from "./settings-store";

/** One Word paragraph as it was read. */
interface ParaEntry {
  /** Index in body.paragraphs at read time (-1 when it could not be placed). */
  index: number;
  /** paragraph.text at read time: the stale check compares against this. */
  raw: string;
  /** The analysed part (reviewed text, or the selected part of the paragraph). */
  seg: string;
  /** Where seg starts inside raw (-1 when unknown). */
  segOffset: number;
  /** raw holds seg at segOffset character for character (false with tracked changes shown inline). */
  exact: boolean;
  /** Offset of this paragraph in the snapshot text. */
  normStart: number;
  norm: NormalizedText;
}

interface ReadMap {
  version: number;
  text: string;
  paras: ParaEntry[];
  problem?: string;
}

/** How to find a span again: one search, or head + tail searches joined with expandTo. */
interface Locator {
  /** The text the span holds. */
  old: string;
  parts: Array<{ needle: string; k: number }>;
}

interface PlannedChange {
  edit: Edit;
  entry: ParaEntry;
  /** Change in seg coordinates. */
  change: RawChange;
  locator: Locator;
}

interface UndoItem {
  paraIndex: number;
  /** Paragraph text after the batch (read back in the same sync as the writes). */
  after: string;
  /** Paragraph text before the batch. */
  before: string;
  /** Reverse changes in `after` coordinates (locator null: the paragraph became empty; refill it). */
  reverse: Array<{ locator: Locator | null; text: string }>;
}

const SEARCH_OPTIONS = { matchCase: true, matchWildcards: false };

function wordGlobal(): WordGlobal {
  const w = (globalThis as unknown as { Word?: WordGlobal }).Word;
  if (!w || typeof w.run !== "function") throw new Error("Word API is not available");
  return w;
}

function officeGlobal(): OfficeGlobalLike | undefined {
  return (globalThis as unknown as { Office?: OfficeGlobalLike }).Office;
}

function supportsWordApi(version: string): boolean {
  try {
    return officeGlobal()?.context?.requirements?.isSetSupported("WordApi", version) === true;
  } catch {
    return false;
  }
}

/** Locate raw[pos, pos+old.length) of a paragraph by search occurrence(s). */
function makeLocator(base: string, pos: number, old: string): Locator | null {
  if (!old) return null;
  if (searchLength(old) <= WORD_SEARCH_LIMIT) {
    const k = occurrenceIndex(base, old, pos);
    return k < 0 ? null : { old, parts: [{ needle: old, k }] };
  }
  const head = searchHead(old);
  const tail = searchTail(old);
  const kh = occurrenceIndex(base, head, pos);
  const kt = occurrenceIndex(base, tail, pos + old.length - tail.length);
  if (kh < 0 || kt < 0) return null;
  return { old, parts: [{ needle: head, k: kh }, { needle: tail, k: kt }] };
}

/** Locator for a span given in seg coordinates of a paragraph entry (handles selection offsets and tracked changes). */
function locatorFor(entry: ParaEntry, segStart: number, old: string): Locator | "tracked-changes" | null {
  if (entry.exact && entry.segOffset >= 0) return makeLocator(entry.raw, entry.segOffset + segStart, old);
  if (entry.segOffset !== 0) return "tracked-changes";
  // Tracked changes shown inline: the paragraph text also holds deleted text. Only safe when every
  // needle occurs as often in the raw paragraph as in the analysed text.
  const loc = makeLocator(entry.seg, segStart, old);
  if (!loc) return null;
  for (const p of loc.parts) if (countOccurrences(entry.raw, p.needle) !== countOccurrences(entry.seg, p.needle)) return "tracked-changes";
  return loc;
}

function queueSearch(para: WordRange, needle: string, cache: Map<string, WordRangeCollection>, key: string): WordRangeCollection {
  const ck = `${key}\u0000${needle}`;
  let coll = cache.get(ck);
  if (!coll) {
    coll = para.search(escapeSearch(needle), SEARCH_OPTIONS);
    coll.load("items/text");
    cache.set(ck, coll);
  }
  return coll;
}

/** The range of a located span after the search sync, or null when a hit is missing or differs. */
function rangeFrom(loc: Locator, colls: WordRangeCollection[]): WordRange | null {
  const hits: WordRange[] = [];
  for (let i = 0; i < loc.parts.length; i++) {
    const part = loc.parts[i]!;
    const hit = colls[i]?.items?.[part.k];
    if (!hit || hit.text !== part.needle) return null;
    hits.push(hit);
  }
  return hits.length === 1 ? hits[0]! : hits[0]!.expandTo(hits[1]!);
}

/** Resolve a paragraph read earlier against the current paragraph texts. */
function resolveIndex(current: string[], index: number, raw: string): number {
  if (index >= 0 && current[index] === raw) return index;
  let found = -1;
  for (let i = 0; i < current.length; i++) {
    if (current[i] === raw) {
      if (found >= 0) return -1;
      found = i;
    }
  }
  return found;
}

/** Move `a` left over the preceding whitespace and word, not below `lo`. */
function growLeft(s: string, a: number, lo: number): number {
  let i = a;
  while (i > lo && /\s/.test(s[i - 1]!)) i--;
  while (i > lo && !/\s/.test(s[i - 1]!)) i--;
  return i;
}

/** Move `b` right over the following whitespace and word, not beyond `hi`. */
function growRight(s: string, b: number, hi: number): number {
  let i = b;
  while (i < hi && /\s/.test(s[i]!)) i++;
  while (i < hi && !/\s/.test(s[i]!)) i++;
  return i;
}

export interface WordHostOptions {
  /** Storage for settings (defaults to window.localStorage). */
  storage?: Pick<Storage, "getItem" | "setItem">;
}

export function createWordHost(options: WordHostOptions = {}): DraftHost {
  const maps = new Map<number, ReadMap>();
  let version = 0;
  let lastBatch: UndoItem[] | null = null;
  const settings = localSettingsStore(options.storage);

  function remember(map: ReadMap) {
    maps.set(map.version, map);
    // keep the last few reads only
    for (const v of maps.keys()) if (v <= map.version - 5) maps.delete(v);
  }

  async function readDraft(scope: "body" | "selection" = "body"): Promise<DraftSnapshot> {
    const reviewed = supportsWordApi("1.4");
    try {
      return await readOnce(scope, reviewed);
    } catch (e) {
      // A host that claims WordApi 1.4 but fails on getReviewedText: read the plain text instead.
      if (!reviewed) throw e;
      return readOnce(scope, false);
    }
  }

  async function readOnce(scope: "body" | "selection", reviewed: boolean): Promise<DraftSnapshot> {
    return wordGlobal().run(async (ctx) => {
      const body = ctx.document.body;
      const bodyParas = body.paragraphs;
      bodyParas.load("items/text");
      const bodyReviewed = reviewed && body.getReviewedText ? body.getReviewedText("Current") : null;
      if (!bodyReviewed) body.load("text");
      let sel: WordRange | null = null;
      let selParas: WordParagraphCollection | null = null;
      let selReviewed: { value: string } | null = null;
      if (scope === "selection") {
        sel = ctx.document.getSelection();
        sel.load("text");
        selParas = sel.paragraphs;
        selParas.load("items/text");
        selReviewed = reviewed && sel.getReviewedText ? sel.getReviewedText("Current") : null;
      }
      await ctx.sync();

      const paraTexts = bodyParas.items.map((p) => p.text);
      const entries: Array<Omit<ParaEntry, "normStart" | "norm">> = [];
      let usedScope: "body" | "selection" = "body";
      let problem: string | undefined;

      const selText = sel ? (selReviewed ? selReviewed.value : sel.text) : "";
      if (sel && selText.trim() !== "") {
        usedScope = "selection";
        const selParaTexts = selParas!.items.map((p) => p.text);
        let segs = splitParagraphs(selText);
        if (segs.length === selParaTexts.length + 1 && segs[segs.length - 1] === "") segs.pop();
        if (segs.length !== selParaTexts.length) segs = selParaTexts.slice();
        const start = findUniqueRun(paraTexts, selParaTexts, (h, n) => h === n);
        if (start < 0) problem = "ambiguous-selection";
        const n = selParaTexts.length;
        selParaTexts.forEach((raw, j) => {
          const seg = segs[j]!;
          let segOffset = -1;
          if (seg === raw) segOffset = 0;
          else if (n > 1 && j === 0 && raw.endsWith(seg)) segOffset = raw.length - seg.length;
          else if (n > 1 && j === n - 1 && raw.startsWith(seg)) segOffset = 0;
          else if (n === 1 && countOccurrences(raw, seg) === 1) segOffset = raw.indexOf(seg);
          const exact = segOffset >= 0 && raw.slice(segOffset, segOffset + seg.length) === seg;
          entries.push({ index: start >= 0 ? start + j : -1, raw, seg, segOffset, exact });
        });
      } else {
        let segs = splitParagraphs(bodyReviewed ? bodyReviewed.value : body.text);
        if (segs.length === paraTexts.length + 1 && segs[segs.length - 1] === "") segs.pop();
        if (segs.length !== paraTexts.length) segs = paraTexts.slice();
        paraTexts.forEach((raw, i) => {
          const seg = segs[i]!;
          entries.push({ index: i, raw, seg, segOffset: 0, exact: seg === raw });
        });
      }

      let text = "";
      const paras: ParaEntry[] = entries.map((e, i) => {
        if (i > 0) text += "\n";
        const norm = normalizeSegment(e.seg);
        const entry: ParaEntry = { ...e, normStart: text.length, norm };
        text += norm.text;
        return entry;
      });
      version += 1;
      remember({ version, text, paras, problem });
      return { text, scope: usedScope, version };
    });
  }

  /** Map a snapshot span to one paragraph and seg coordinates. */
  function mapSpan(map: ReadMap, start: number, end: number): { entry: ParaEntry; segStart: number; segEnd: number } | { cross: [ParaEntry, ParaEntry] } | null {
    const first = map.paras.find((p) => start >= p.normStart && start <= p.normStart + p.norm.text.length);
    const last = map.paras.find((p) => end >= p.normStart && end <= p.normStart + p.norm.text.length);
    if (!first || !last) return null;
    if (first !== last) {
      // a span that ends right after a paragraph's separator belongs to that paragraph alone
      if (end === last.normStart && map.paras[map.paras.indexOf(last) - 1] === first) return mapSpan(map, start, end - 1);
      return { cross: [first, last] };
    }
    const ls = start - first.normStart;
    const le = end - first.normStart;
    const segStart = first.norm.map[ls]!;
    const segEnd = le > ls ? first.norm.map[le - 1]! + 1 : segStart;
    return { entry: first, segStart, segEnd };
  }

  /** Plan the edits: map, drop overlaps, shrink to the smallest span, build locators. */
  function plan(map: ReadMap, edits: Edit[], skipped: SkippedEdit[]): PlannedChange[] {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const planned: PlannedChange[] = [];
    let lastEnd = -1;
    for (let idx = 0; idx < sorted.length; idx++) {
      const edit = sorted[idx]!;
      if (!(Number.isInteger(edit.start) && Number.isInteger(edit.end) && edit.start >= 0 && edit.end >= edit.start && edit.end <= map.text.length)) {
        skipped.push({ edit, reason: "not-found" });
        continue;
      }
      if (edit.start < lastEnd) {
        skipped.push({ edit, reason: "overlap" });
        continue;
      }
      if (map.problem) {
        skipped.push({ edit, reason: "not-found", detail: map.problem });
        continue;
      }
      const m = mapSpan(map, edit.start, edit.end);
      if (!m || "cross" in m) {
        skipped.push({ edit, reason: "not-found", detail: "crosses-paragraphs" });
        continue;
      }
      const { entry, segStart, segEnd } = m;
      const analysed = map.text.slice(edit.start, edit.end);
      if (entry.seg.slice(segStart, segEnd) !== analysed || hasControlChars(entry.seg.slice(segStart, segEnd))) {
        skipped.push({ edit, reason: "not-found", detail: "inline-object" });
        continue;
      }
      let change = minimalChange(entry.seg, segStart, segEnd, edit.replacement);
      let old = entry.seg.slice(change.start, change.end);
      if (hasControlChars(old) || hasControlChars(change.text)) {
        skipped.push({ edit, reason: "not-found", detail: "inline-object" });
        continue;
      }
      // never two changes on overlapping (or touching-by-growth) ranges of one paragraph
      const clash = planned.some((p) => p.entry === entry && p.change.start < change.end && change.start < p.change.end);
      if (clash) {
        skipped.push({ edit, reason: "overlap" });
        continue;
      }
      let locator = locatorFor(entry, change.start, old);
      if (locator === null) {
        // The span cannot be addressed by search alone (it overlaps another match): widen it by whole
        // words, staying clear of the previous change and of the next edit in this paragraph.
        const lo = Math.max(0, ...planned.filter((p) => p.entry === entry).map((p) => p.change.end));
        const nextEdit = sorted[idx + 1];
        const nm = nextEdit ? mapSpan(map, nextEdit.start, nextEdit.end) : null;
        const hi = nm && !("cross" in nm) && nm.entry === entry ? nm.segStart : entry.seg.length;
        let a = change.start;
        let b = change.end;
        for (let round = 0; round < 8 && locator === null; round++) {
          const na = growLeft(entry.seg, a, lo);
          const nb = growRight(entry.seg, b, hi);
          if (na === a && nb === b) break;
          a = na;
          b = nb;
          const wider = entry.seg.slice(a, b);
          if (hasControlChars(wider)) break;
          const found = locatorFor(entry, a, wider);
          if (found === "tracked-changes") {
            locator = found;
            break;
          }
          if (found) {
            change = { start: a, end: b, text: entry.seg.slice(a, change.start) + change.text + entry.seg.slice(change.end, b) };
            old = wider;
            locator = found;
          }
        }
      }
      if (locator === "tracked-changes") {
        skipped.push({ edit, reason: "not-found", detail: "tracked-changes" });
        continue;
      }
      if (!locator) {
        skipped.push({ edit, reason: "not-found" });
        continue;
      }
      planned.push({ edit, entry, change, locator });
      lastEnd = edit.end;
    }
    return planned;
  }

  async function applyEdits(snapshot: DraftSnapshot, edits: Edit[]): Promise<ApplyResult> {
    const applied: Edit[] = [];
    const skipped: SkippedEdit[] = [];
    const map = maps.get(snapshot.version);
    if (!map || map.text !== snapshot.text) {
      return { applied, skipped: edits.map((edit) => ({ edit, reason: "changed" as const })) };
    }
    const planned = plan(map, edits, skipped);
    if (planned.length === 0) return { applied, skipped };

    // Paragraph-level bookkeeping for read-back and undo.
    interface Touched { entry: ParaEntry; index: number; para: WordParagraph; changes: PlannedChange[] }
    let touched: Touched[] = [];
    let wrote = false;
    try {
      await wordGlobal().run(async (ctx: WordContext) => {
        const paras = ctx.document.body.paragraphs;
        paras.load("items/text");
        await ctx.sync(); // 1: confirm the text is still what was analysed
        const current = paras.items.map((p) => p.text);
        const byEntry = new Map<ParaEntry, Touched>();
        for (const pc of planned) {
          const t = byEntry.get(pc.entry);
          if (t) {
            t.changes.push(pc);
            continue;
          }
          const index = resolveIndex(current, pc.entry.index, pc.entry.raw);
          if (index < 0) {
            skipped.push({ edit: pc.edit, reason: "changed" });
            continue;
          }
          byEntry.set(pc.entry, { entry: pc.entry, index, para: paras.items[index]!, changes: [pc] });
        }
        // edits of a paragraph whose first edit was refused are refused too
        for (const pc of planned) {
          if (!byEntry.has(pc.entry) && !skipped.some((s) => s.edit === pc.edit)) skipped.push({ edit: pc.edit, reason: "changed" });
        }
        touched = [...byEntry.values()];
        if (touched.length === 0) return;

        const cache = new Map<string, WordRangeCollection>();
        const searches = new Map<PlannedChange, WordRangeCollection[]>();
        for (const t of touched) {
          for (const pc of t.changes) searches.set(pc, pc.locator.parts.map((part) => queueSearch(t.para, part.needle, cache, String(t.index))));
        }
        await ctx.sync(); // 2: find the spans

        for (const t of touched) {
          const ok: PlannedChange[] = [];
          for (const pc of t.changes) {
            const range = rangeFrom(pc.locator, searches.get(pc)!);
            if (!range) {
              skipped.push({ edit: pc.edit, reason: "not-found" });
              continue;
            }
            range.insertText(pc.change.text, "Replace");
            ok.push(pc);
          }
          t.changes = ok;
          if (ok.length) t.para.load("text");
        }
        touched = touched.filter((t) => t.changes.length > 0);
        if (touched.length === 0) return;
        wrote = true;
        await ctx.sync(); // 3: write, and read the paragraphs back in the same round trip
      });
    } catch {
      if (!wrote) {
        // nothing was written: report every remaining edit as failed
        for (const pc of planned) if (!skipped.some((s) => s.edit === pc.edit)) skipped.push({ edit: pc.edit, reason: "error" });
        return { applied, skipped };
      }
      // A failed write may still have changed the document: re-read, never retry.
      return afterFailedWrite(touched, applied, skipped);
    }

    const undo: UndoItem[] = [];
    let undoable = true;
    for (const t of touched) {
      const before = t.entry.raw;
      const rawChanges = t.changes.map((pc) => toRawChange(t.entry, pc.change));
      const expected = applyChanges(before, rawChanges);
      const after = t.para.text;
      for (const pc of t.changes) applied.push(pc.edit);
      const item = undoItem(t.index, before, after, expected, rawChanges);
      if (item) undo.push(item);
      else undoable = false;
    }
    lastBatch = undoable && undo.length ? undo : null;
    return { applied, skipped };
  }

  function toRawChange(entry: ParaEntry, change: RawChange): RawChange {
    const off = entry.exact ? entry.segOffset : 0;
    if (entry.exact) return { start: change.start + off, end: change.end + off, text: change.text };
    // tracked changes shown inline: position in raw unknown; locate by the (unique-count) text
    const old = entry.seg.slice(change.start, change.end);
    const k = occurrenceIndex(entry.seg, old, change.start);
    let at = -1;
    let from = 0;
    for (let i = 0; i <= k; i++) {
      at = entry.raw.indexOf(old, from);
      from = at + old.length;
    }
    return { start: at, end: at + old.length, text: change.text };
  }

  /** Reverse changes for one paragraph, located in the text read back after the batch. */
  function undoItem(paraIndex: number, before: string, after: string, expected: string, rawChanges: RawChange[]): UndoItem | null {
    const sorted = [...rawChanges].sort((a, b) => a.start - b.start);
    const reverse: UndoItem["reverse"] = [];
    if (after === "" && expected === "") return { paraIndex, before, after, reverse: [{ locator: null, text: before }] };
    if (after === expected) {
      let delta = 0;
      let lo = 0;
      sorted.forEach((c, i) => {
        const pos = c.start + delta;
        delta += c.text.length - (c.end - c.start);
        const next = sorted[i + 1];
        const hi = next ? next.start + delta : after.length;
        const rev = reverseFor(after, before, pos, c, lo, hi);
        if (!rev) {
          lo = -1;
          return;
        }
        reverse.push(rev.item);
        lo = rev.end;
      });
      if (lo < 0) return null;
    } else {
      // tracked changes shown inline: only when each new text is unique in the paragraph
      for (const c of sorted) {
        if (countOccurrences(after, c.text) !== 1 || searchLength(c.text) > WORD_SEARCH_LIMIT) return null;
        reverse.push({ locator: { old: c.text, parts: [{ needle: c.text, k: 0 }] }, text: before.slice(c.start, c.end) });
      }
    }
    return { paraIndex, before, after, reverse };
  }

  /**
   * How to find the new text of change `c` (at `pos` in `after`) again and what to put back. When the
   * new text alone cannot be addressed by search (e.g. it overlaps another match), the span grows by
   * whole words on both sides, staying within [lo, hi) so reverse spans never overlap.
   */
  function reverseFor(after: string, before: string, pos: number, c: RawChange, lo: number, hi: number): { item: UndoItem["reverse"][number]; end: number } | null {
    let a = pos;
    let b = pos + c.text.length;
    for (let round = 0; round < 8; round++) {
      const seg = after.slice(a, b);
      const loc = seg ? makeLocator(after, a, seg) : null;
      if (loc && !hasControlChars(seg)) {
        return { item: { locator: loc, text: before.slice(c.start - (pos - a), c.end + (b - (pos + c.text.length))) }, end: b };
      }
      const na = growLeft(after, a, lo);
      const nb = growRight(after, b, hi);
      if (na === a && nb === b) return null;
      a = na;
      b = nb;
    }
    return null;
  }

  async function afterFailedWrite(touched: Array<{ entry: ParaEntry; index: number; changes: PlannedChange[] }>, applied: Edit[], skipped: SkippedEdit[]): Promise<ApplyResult> {
    lastBatch = null;
    let current: string[] | null = null;
    try {
      current = await wordGlobal().run(async (ctx) => {
        const paras = ctx.document.body.paragraphs;
        paras.load("items/text");
        await ctx.sync();
        return paras.items.map((p) => p.text);
      });
    } catch {
      current = null;
    }
    for (const t of touched) {
      const before = t.entry.raw;
      const expected = applyChanges(before, t.changes.map((pc) => toRawChange(t.entry, pc.change)));
      const now = current?.[t.index];
      if (now !== undefined && now === expected && t.entry.exact) {
        for (const pc of t.changes) applied.push(pc.edit);
      } else if (now !== undefined && now === before) {
        for (const pc of t.changes) skipped.push({ edit: pc.edit, reason: "error" });
      } else {
        for (const pc of t.changes) skipped.push({ edit: pc.edit, reason: "error", detail: "unverified" });
      }
    }
    return { applied, skipped };
  }

  async function undoLast(): Promise<boolean> {
    const batch = lastBatch;
    if (!batch) return false;
    try {
      const done = await wordGlobal().run(async (ctx) => {
        const paras = ctx.document.body.paragraphs;
        paras.load("items/text");
        await ctx.sync(); // 1
        const current = paras.items.map((p) => p.text);
        const targets: Array<{ item: UndoItem; para: WordParagraph; colls: WordRangeCollection[][] }> = [];
        for (const item of batch) {
          const index = resolveIndex(current, item.paraIndex, item.after);
          if (index < 0) return false; // the user changed it since: change nothing
          targets.push({ item, para: paras.items[index]!, colls: [] });
        }
        const cache = new Map<string, WordRangeCollection>();
        targets.forEach((t, i) => {
          t.colls = t.item.reverse.map((r) => (r.locator ? r.locator.parts.map((part) => queueSearch(t.para, part.needle, cache, String(i))) : []));
        });
        await ctx.sync(); // 2
        const ranges: Array<{ range: WordRange; text: string; where: "Replace" | "Start" }> = [];
        for (const t of targets) {
          for (let i = 0; i < t.item.reverse.length; i++) {
            const rev = t.item.reverse[i]!;
            if (!rev.locator) {
              ranges.push({ range: t.para, text: rev.text, where: "Start" });
              continue;
            }
            const range = rangeFrom(rev.locator, t.colls[i]!);
            if (!range) return false;
            ranges.push({ range, text: rev.text, where: "Replace" });
          }
        }
        for (const r of ranges) r.range.insertText(r.text, r.where);
        await ctx.sync(); // 3
        return true;
      });
      if (done) lastBatch = null;
      return done;
    } catch {
      lastBatch = null; // state unknown: don't offer a second, blind undo
      return false;
    }
  }

  async function select(snapshot: DraftSnapshot, start: number, end: number): Promise<void> {
    const map = maps.get(snapshot.version);
    if (!map || map.problem) return;
    const m = mapSpan(map, Math.max(0, start), Math.min(end, map.text.length));
    if (!m) return;
    await wordGlobal().run(async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      paras.load("items/text");
      await ctx.sync(); // 1
      const current = paras.items.map((p) => p.text);
      if ("cross" in m) {
        const a = resolveIndex(current, m.cross[0].index, m.cross[0].raw);
        const b = resolveIndex(current, m.cross[1].index, m.cross[1].raw);
        if (a < 0 || b < 0) return;
        paras.items[a]!.getRange("Whole").expandTo(paras.items[b]!.getRange("Whole")).select();
        await ctx.sync(); // 2
        return;
      }
      const index = resolveIndex(current, m.entry.index, m.entry.raw);
      if (index < 0) return;
      const para = paras.items[index]!;
      const old = m.entry.seg.slice(m.segStart, m.segEnd);
      const loc = old && !hasControlChars(old) ? locatorFor(m.entry, m.segStart, old) : null;
      if (!loc || loc === "tracked-changes") {
        para.select();
        await ctx.sync(); // 2
        return;
      }
      const cache = new Map<string, WordRangeCollection>();
      const colls = loc.parts.map((part) => queueSearch(para, part.needle, cache, "s"));
      await ctx.sync(); // 2
      (rangeFrom(loc, colls) ?? para).select();
      await ctx.sync(); // 3
    });
  }

  async function insertText(text: string): Promise<InsertResult> {
    if (!text.trim()) return { ok: false, reason: "empty" };
    // One empty paragraph first, so the variant does not run on from the document's last paragraph.
    const lines = ["", ...text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n")];
    const styled = supportsWordApi("1.3");
    try {
      return await wordGlobal().run(async (ctx) => {
        const body = ctx.document.body;
        let last: WordParagraph | null = null;
        for (const line of lines) {
          last = body.insertParagraph(line, "End");
          if (styled) (last as unknown as { styleBuiltIn?: string }).styleBuiltIn = "Normal";
        }
        last!.load("text");
        await ctx.sync();
        const arrived = normalizeSegment(last!.text).text === lines[lines.length - 1];
        return arrived ? { ok: true } : { ok: false, reason: "not-verified" };
      });
    } catch {
      return { ok: false, reason: "error" };
    }
  }

  async function openAsNew(text: string, title?: string): Promise<InsertResult> {
    try {
      return await wordGlobal().run(async (ctx) => {
        if (!ctx.application || typeof ctx.application.createDocument !== "function") return { ok: false, reason: "unsupported" };
        const doc = ctx.application.createDocument(buildDocxBase64(text, title));
        doc.open();
        await ctx.sync();
        return { ok: true };
      });
    } catch {
      return { ok: false, reason: "error" };
    }
  }

  let displayLanguage: string | undefined;
  try {
    displayLanguage = officeGlobal()?.context?.displayLanguage;
  } catch {
    displayLanguage = undefined;
  }

  return {
    kind: "word",
    displayLanguage,
    capabilities: { select: true, applyEdits: "all", openAsNew: supportsWordApi("1.3") },
    readDraft,
    select,
    applyEdits,
    canEditSpan(snapshot: DraftSnapshot, start: number, end: number): boolean {
      const map = maps.get(snapshot.version);
      if (!map || map.text !== snapshot.text || map.problem) return false;
      const m = mapSpan(map, start, end);
      if (!m || "cross" in m) return false;
      return !hasControlChars(m.entry.seg.slice(m.segStart, m.segEnd)) && m.entry.seg.slice(m.segStart, m.segEnd) === map.text.slice(start, end);
    },
    undoLast,
    insertText,
    openAsNew,
    loadSettings: settings.load,
    saveSettings: settings.save,
  };
}
