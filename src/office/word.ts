/**
 * Word adapter (DraftHost). Reads the body or the selection, keeps a map from the analysed text back to
 * Word paragraphs, and writes back only the smallest changed spans, located per paragraph with `search`
 * (≤ 255 characters, no wildcards, matchCase, tabs as ^t). Every user action costs at most three
 * `context.sync()` calls: (1) read the paragraphs (and the tracking mode) and confirm they still hold what
 * was analysed, (2) run the searches, (3) check where each hit is, write, and read back — all in one round
 * trip. A failed write is never retried: the paragraphs are re-read to find out what happened.
 *
 * What Word does not promise, and how the adapter copes:
 * - the order of search hits (the reference gives none): before writing, the same sync reads
 *   `para.getRange("Start").expandTo(hit.getRange("Start")).text` — its length is the hit's offset — and a
 *   fix whose hit was not where the analysed text had it, or whose read-back differs, is reported
 *   «ikke bekreftet» (skipped, detail "unverified") instead of done;
 * - tracked deletions: `paragraph.text` holds them when revisions show inline, search never sees them
 *   (office-js#2314, #5874). On WordApi 1.4 the reviewed ("Current") text is read per paragraph in one
 *   sync and spans are located in what search can see (word-entries.ts); without 1.4 (Word 2019/2021) the
 *   pane is told that deleted text may be checked (`warnings: ["no-reviewed-text"]`);
 * - Track Changes: a Replace becomes a deletion and an insertion; «Angre» then rejects exactly those
 *   tracked changes on WordApi 1.6 instead of adding a second pair, and is not offered without 1.6;
 * - Word's Find dialog open: search fails with SearchDialogIsOpen (office-js#4922); the edits come back
 *   skipped with detail "search-dialog-open" so the pane can say «Lukk Søk-vinduet».
 *
 * Live re-check (issue 12, word-live.ts): `onDraftChanged` uses the paragraph events on WordApi 1.6 and
 * then re-reads only the paragraphs they named (by uniqueLocalId; a full read every FULL_READ_EVERY
 * reads), and elsewhere probes the body text on focus and on a gentle timer. All reads are serialised.
 *
 * `Word` and `Office` are read only inside functions so the module loads outside Office.
 */
import type { Edit } from "../core/model";
import type { ApplyResult, CommentItem, CommentResult, DraftHost, DraftSnapshot, InsertResult, SkippedEdit } from "./host";
import { officeErrorCode, type OfficeGlobalLike, type WordClientResult, type WordComment, type WordContext, type WordGlobal, type WordParagraph, type WordRange, type WordRangeCollection } from "./word-api";
import { applyChanges, countOccurrences, escapeSearch, findUniqueRun, hasControlChars, minimalChange, normalizeSegment, splitParagraphs, type RawChange } from "./text-map";
import { alignCurrent, locateInView, locatorFor, rawPos, viewOf, type Locator, type ParaEntry, type SearchView } from "./word-entries";
import { buildDocxBase64 } from "./word-docx";
import { localSettingsStore } from "./settings-store";
import { browserPage, POLL_MS, watchByPolling, watchParagraphEvents, type PageSignals } from "./word-live";

/**
 * With paragraph events live, reads reuse the text of paragraphs no event named; every this many reads
 * one full read still happens, in case Word changed text without an event (e.g. a field update).
 */
export const FULL_READ_EVERY = 20;

interface ReadMap {
  version: number;
  text: string;
  paras: ParaEntry[];
  problem?: string;
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
  /** paragraph.text after the batch (read back in the same sync as the writes). */
  after: string;
  /** Reverse changes located in what search sees after the batch (locator null: the paragraph became empty; refill it). */
  reverse: Array<{ locator: Locator | null; text: string }>;
  /** With Track Changes on: the batch's deletion/insertion pairs to reject (WordApi 1.6). */
  tracked?: Array<{ deleted: string; added: string }>;
  /** Current text before the batch (what a tracked undo must give back). */
  curBefore: string;
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

/** Build a paragraph entry from what Word returned. */
function entryFor(index: number, raw: string, cur: string, seg: string, segOffsetInCur: number): Omit<ParaEntry, "normStart" | "norm"> {
  const map = cur === raw ? null : alignCurrent(raw, cur);
  const segOffset = cur !== raw && map === null ? -1 : segOffsetInCur;
  return { index, raw, cur, map, seg, segOffset };
}

/** Where seg (the selected part of paragraph j of n) starts in the paragraph's current text, or -1. */
function selectionOffset(cur: string, seg: string, j: number, n: number): number {
  if (seg === cur) return 0;
  if (n > 1 && j === 0 && cur.endsWith(seg)) return cur.length - seg.length;
  if (n > 1 && j === n - 1 && cur.startsWith(seg)) return 0;
  if (n === 1 && countOccurrences(cur, seg) === 1) return cur.indexOf(seg);
  return -1;
}

export interface WordHostOptions {
  /** Storage for settings (defaults to window.localStorage). */
  storage?: Pick<Storage, "getItem" | "setItem">;
  /** Focus and visibility of the pane for the poll on Word without paragraph events (defaults to window/document). */
  page?: PageSignals | null;
  /** Poll interval on Word without paragraph events (default POLL_MS). */
  pollMs?: number;
}

export function createWordHost(options: WordHostOptions = {}): DraftHost {
  const maps = new Map<number, ReadMap>();
  let version = 0;
  let lastBatch: UndoItem[] | null = null;
  /** The last read could not separate tracked deletions from the text. */
  let unreviewed = !supportsWordApi("1.4");
  const settings = localSettingsStore(options.storage);

  // Reads are serialised: never more than one read of the document in flight (readDraft waits for the
  // one before it; the change poll skips a tick instead).
  let readTail: Promise<unknown> = Promise.resolve();
  let readsPending = 0;
  function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    readsPending++;
    const run = readTail.then(fn, fn);
    readTail = run.catch(() => undefined);
    return run.finally(() => {
      readsPending--;
    });
  }
  function tryExclusive<T>(fn: () => Promise<T>): Promise<T> | null {
    return readsPending > 0 ? null : exclusive(fn);
  }

  // Incremental reads while paragraph events are live (WordApi 1.6). `epoch` changes whenever the
  // events start or stop being live, so a cache filled before that is never trusted.
  let liveEvents = 0;
  let epoch = 0;
  /** uniqueLocalIds named by events since the read that last took them. */
  const dirty = new Set<string>();
  let cache: { epoch: number; byId: Map<string, { raw: string; cur: string }> } | null = null;
  let readsSinceFull = 0;
  function dropCache() {
    cache = null;
  }
  /**
   * Our own writes: Word may or may not raise paragraph events for them, so nothing cached survives, and
   * a read running meanwhile does not store its cache either (the epoch moves on before and after).
   */
  function writing<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
    return async (...args: A) => {
      epoch++;
      dropCache();
      try {
        return await fn(...args);
      } finally {
        epoch++;
        dropCache();
      }
    };
  }

  function remember(map: ReadMap) {
    maps.set(map.version, map);
    for (const v of maps.keys()) if (v <= map.version - 5) maps.delete(v);
  }

  function readDraft(scope: "body" | "selection" = "body"): Promise<DraftSnapshot> {
    return exclusive(() => readDraftNow(scope));
  }

  async function readDraftNow(scope: "body" | "selection"): Promise<DraftSnapshot> {
    const reviewed = supportsWordApi("1.4");
    try {
      const snap = await readOnce(scope, reviewed);
      unreviewed = !reviewed;
      return snap;
    } catch (e) {
      // A host that claims WordApi 1.4 but fails on getReviewedText: read the plain text instead, and say so.
      if (!reviewed) throw e;
      const snap = await readOnce(scope, false);
      unreviewed = true;
      return snap;
    }
  }

  /** Text of the body from the paragraphs; the snapshot the pane checks. */
  function finishRead(entries: Array<Omit<ParaEntry, "normStart" | "norm">>, scope: "body" | "selection", problem?: string): DraftSnapshot {
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
    return { text, scope, version };
  }

  /**
   * A body read that asks Word only for the paragraph ids and the text of paragraphs an event named
   * (or that are new); the others keep the text from the cache. Null when the cache cannot be trusted.
   */
  async function readIncremental(): Promise<DraftSnapshot | null> {
    const c = cache;
    if (!c || c.epoch !== epoch || liveEvents === 0 || readsSinceFull + 1 >= FULL_READ_EVERY) return null;
    const taken = new Set(dirty);
    dirty.clear();
    const at = epoch;
    try {
      return await wordGlobal().run(async (ctx) => {
        const items = ctx.document.body.paragraphs;
        items.load("items/uniqueLocalId");
        await ctx.sync(); // 1: the ids, in document order
        const ids = items.items.map((p) => p.uniqueLocalId ?? "");
        if (ids.some((id) => !id)) throw new Error("paragraph without uniqueLocalId");
        const fresh = ids.map((id) => taken.has(id) || !c.byId.has(id));
        const results = items.items.map((p, i) => {
          if (!fresh[i]) return null;
          p.load("text");
          return p.getReviewedText!("Current");
        });
        if (fresh.some(Boolean)) await ctx.sync(); // 2: the text of changed and new paragraphs only
        const byId = new Map<string, { raw: string; cur: string }>();
        const entries = ids.map((id, i) => {
          const known = fresh[i] ? { raw: items.items[i]!.text, cur: results[i]!.value } : c.byId.get(id)!;
          byId.set(id, known);
          return entryFor(i, known.raw, known.cur, known.cur, 0);
        });
        if (at === epoch) cache = { epoch: at, byId };
        readsSinceFull++;
        return finishRead(entries, "body");
      });
    } catch {
      cache = null; // the caller does a full read, which sees every paragraph
      return null;
    }
  }

  async function readOnce(scope: "body" | "selection", reviewed: boolean): Promise<DraftSnapshot> {
    if (scope === "body" && reviewed) {
      const snap = await readIncremental();
      if (snap) return snap;
    }
    const withIds = liveEvents > 0 && scope === "body" && reviewed;
    const at = epoch;
    if (withIds) dirty.clear(); // this read sees every paragraph
    return wordGlobal().run(async (ctx) => {
      const bodyParas = ctx.document.body.paragraphs;
      bodyParas.load(withIds ? "items/text,items/uniqueLocalId" : "items/text");
      const sel: WordRange | null = scope === "selection" ? ctx.document.getSelection() : null;
      const selParaColl = sel ? sel.paragraphs : null;
      let selReviewed: WordClientResult<string> | null = null;
      if (sel) {
        sel.load("text");
        selParaColl!.load("items/text");
        selReviewed = reviewed && sel.getReviewedText ? sel.getReviewedText("Current") : null;
      }
      await ctx.sync(); // 1: paragraph texts (and the selection)

      const paraTexts = bodyParas.items.map((p) => p.text);
      const selText = sel ? (selReviewed ? selReviewed.value : sel.text) : "";
      const useSel = sel !== null && selText.trim() !== "";
      const proxies: WordParagraph[] = useSel ? selParaColl!.items : bodyParas.items;
      const rawTexts = proxies.map((p) => p.text);
      let curTexts = rawTexts;
      if (reviewed) {
        // 2: the reviewed text of each paragraph, all in one round trip (a whole-body read split on \r
        // does not line up with the paragraphs when paragraph marks are deleted or tables are present)
        const results = proxies.map((p) => p.getReviewedText!("Current"));
        await ctx.sync();
        curTexts = results.map((r) => r.value);
      }

      const entries: Array<Omit<ParaEntry, "normStart" | "norm">> = [];
      let problem: string | undefined;
      if (useSel) {
        const n = rawTexts.length;
        let segs = splitParagraphs(selText);
        if (segs.length === n + 1 && segs[segs.length - 1] === "") segs.pop();
        if (segs.length !== n) segs = curTexts.slice();
        const start = findUniqueRun(paraTexts, rawTexts, (h, x) => h === x);
        if (start < 0) problem = "ambiguous-selection";
        rawTexts.forEach((raw, j) => {
          const cur = curTexts[j]!;
          const seg = segs[j]!;
          entries.push(entryFor(start >= 0 ? start + j : -1, raw, cur, seg, selectionOffset(cur, seg, j, n)));
        });
      } else {
        rawTexts.forEach((raw, i) => entries.push(entryFor(i, raw, curTexts[i]!, curTexts[i]!, 0)));
      }

      if (withIds && at === epoch) {
        const byId = new Map<string, { raw: string; cur: string }>();
        proxies.forEach((p, i) => byId.set(p.uniqueLocalId!, { raw: rawTexts[i]!, cur: curTexts[i]! }));
        cache = { epoch: at, byId };
        readsSinceFull = 0;
      }
      return finishRead(entries, useSel ? "selection" : "body", problem);
    });
  }

  /** Map a snapshot span to one paragraph and seg coordinates. */
  function mapSpan(map: ReadMap, start: number, end: number): { entry: ParaEntry; segStart: number; segEnd: number } | { cross: [ParaEntry, ParaEntry] } | null {
    const first = map.paras.find((p) => start >= p.normStart && start <= p.normStart + p.norm.text.length);
    const last = map.paras.find((p) => end >= p.normStart && end <= p.normStart + p.norm.text.length);
    if (!first || !last) return null;
    if (first !== last) {
      if (end === last.normStart && map.paras[map.paras.indexOf(last) - 1] === first) return mapSpan(map, start, end - 1);
      return { cross: [first, last] };
    }
    const ls = start - first.normStart;
    const le = end - first.normStart;
    const segStart = first.norm.map[ls]!;
    const segEnd = le > ls ? first.norm.map[le - 1]! + 1 : segStart;
    return { entry: first, segStart, segEnd };
  }

  /**
   * Where [start, end) of a read is in Word: its paragraph, seg span and search locator, or why it
   * cannot be addressed exactly (the same checks applyEdits makes before it plans a change).
   */
  function locateSpan(map: ReadMap, start: number, end: number): { entry: ParaEntry; segStart: number; segEnd: number; locator: Locator } | { reason: SkippedEdit["reason"]; detail?: string } {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= map.text.length)) return { reason: "not-found" };
    if (map.problem) return { reason: "not-found", detail: map.problem };
    const m = mapSpan(map, start, end);
    if (!m || "cross" in m) return { reason: "not-found", detail: "crosses-paragraphs" };
    const old = m.entry.seg.slice(m.segStart, m.segEnd);
    if (old !== map.text.slice(start, end) || hasControlChars(old)) return { reason: "not-found", detail: "inline-object" };
    const locator = locatorFor(m.entry, m.segStart, old);
    if (locator === "tracked-changes") return { reason: "not-found", detail: "tracked-changes" };
    if (!locator) return { reason: "not-found" };
    return { ...m, locator };
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

  /** A change in seg coordinates, in the paragraph's current-text coordinates. */
  function toCurChange(entry: ParaEntry, c: RawChange): RawChange {
    return { start: entry.segOffset + c.start, end: entry.segOffset + c.end, text: c.text };
  }

  /** A change in seg coordinates, in paragraph.text (raw) coordinates. */
  function toRawChange(entry: ParaEntry, c: RawChange): RawChange {
    const cc = toCurChange(entry, c);
    const start = rawPos(entry, cc.start);
    const end = cc.end > cc.start ? rawPos(entry, cc.end - 1) + 1 : start;
    return { start, end, text: c.text };
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
    const reviewed = supportsWordApi("1.4");

    interface Written { pc: PlannedChange; prefix: WordRange }
    interface Touched {
      entry: ParaEntry;
      index: number;
      para: WordParagraph;
      changes: PlannedChange[];
      written: Written[];
      curAfter: WordClientResult<string> | null;
    }
    let touched: Touched[] = [];
    let wrote = false;
    let tracking = false;
    try {
      await wordGlobal().run(async (ctx: WordContext) => {
        const paras = ctx.document.body.paragraphs;
        paras.load("items/text");
        if (reviewed && typeof ctx.document.load === "function") ctx.document.load("changeTrackingMode");
        await ctx.sync(); // 1: confirm the text is still what was analysed; is Track Changes on?
        tracking = reviewed && typeof ctx.document.load === "function" && (ctx.document.changeTrackingMode ?? "Off") !== "Off";
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
          byEntry.set(pc.entry, { entry: pc.entry, index, para: paras.items[index]!, changes: [pc], written: [], curAfter: null });
        }
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

        const writes: Array<{ range: WordRange; text: string }> = [];
        for (const t of touched) {
          for (const pc of t.changes) {
            const range = rangeFrom(pc.locator, searches.get(pc)!);
            if (!range) {
              skipped.push({ edit: pc.edit, reason: "not-found" });
              continue;
            }
            // where the hit really is: read before any write of this batch, in the same round trip
            const prefix = t.para.getRange("Start").expandTo(range.getRange("Start"));
            prefix.load("text");
            t.written.push({ pc, prefix });
            writes.push({ range, text: pc.change.text });
          }
        }
        touched = touched.filter((t) => t.written.length > 0);
        if (touched.length === 0) return;
        for (const w of writes) w.range.insertText(w.text, "Replace");
        for (const t of touched) {
          t.para.load("text");
          t.curAfter = reviewed && t.para.getReviewedText ? t.para.getReviewedText("Current") : null;
        }
        wrote = true;
        await ctx.sync(); // 3: offsets, writes and read-back in one round trip
      });
    } catch (e) {
      if (!wrote) {
        const detail = officeErrorCode(e) === "SearchDialogIsOpen" ? "search-dialog-open" : undefined;
        for (const pc of planned) if (!skipped.some((s) => s.edit === pc.edit)) skipped.push(detail ? { edit: pc.edit, reason: "error", detail } : { edit: pc.edit, reason: "error" });
        return { applied, skipped };
      }
      return afterFailedWrite(touched.map((t) => ({ entry: t.entry, index: t.index, changes: t.written.map((w) => w.pc) })), applied, skipped);
    }

    const undo: UndoItem[] = [];
    let undoable = !tracking || supportsWordApi("1.6");
    for (const t of touched) {
      const changes = t.written.map((w) => w.pc);
      const rawChanges = changes.map((pc) => toRawChange(t.entry, pc.change));
      const curChanges = changes.map((pc) => toCurChange(t.entry, pc.change));
      const rawAfter = t.para.text;
      const curAfter = t.curAfter ? t.curAfter.value : rawAfter;
      const expectedCur = applyChanges(t.entry.cur, curChanges);
      const expectedRaw = applyChanges(t.entry.raw, rawChanges);
      const offsetsOk = t.written.every((w, i) => w.prefix.text.length === rawChanges[i]!.start);
      const contentOk = tracking ? curAfter === expectedCur : rawAfter === expectedRaw && curAfter === (t.curAfter ? expectedCur : rawAfter);
      if (offsetsOk && contentOk) {
        for (const pc of changes) applied.push(pc.edit);
      } else {
        for (const pc of changes) skipped.push({ edit: pc.edit, reason: "error", detail: "unverified" });
      }
      if (tracking) {
        undo.push({ paraIndex: t.index, after: rawAfter, reverse: [], curBefore: t.entry.cur, tracked: changes.map((pc) => ({ deleted: t.entry.seg.slice(pc.change.start, pc.change.end), added: pc.change.text })) });
        continue;
      }
      const item = undoItem(t.index, t.entry.cur, rawAfter, curAfter, expectedCur === curAfter ? curChanges : null);
      if (item) undo.push(item);
      else undoable = false;
    }
    lastBatch = undoable && undo.length ? undo : null;
    return { applied, skipped };
  }

  /**
   * Reverse changes for one paragraph, located in what search sees after the batch. `changes` are the
   * batch's changes in current-text coordinates when the read-back matched; null when it did not (the
   * write landed elsewhere): then the difference between before and after is reversed as one span.
   */
  function undoItem(paraIndex: number, curBefore: string, rawAfter: string, curAfter: string, changes: RawChange[] | null): UndoItem | null {
    const map = curAfter === rawAfter ? null : alignCurrent(rawAfter, curAfter);
    if (curAfter !== rawAfter && !map) return null;
    const view = viewOf(curAfter, map);
    const base = { paraIndex, after: rawAfter, curBefore };
    if (curAfter === "" && curBefore !== "") return { ...base, reverse: [{ locator: null, text: curBefore }] };
    let list: RawChange[];
    if (changes) list = [...changes].sort((a, b) => a.start - b.start);
    else {
      let p = 0;
      while (p < curBefore.length && p < curAfter.length && curBefore[p] === curAfter[p]) p++;
      let s = 0;
      while (s < curBefore.length - p && s < curAfter.length - p && curBefore[curBefore.length - 1 - s] === curAfter[curAfter.length - 1 - s]) s++;
      list = [{ start: p, end: curBefore.length - s, text: curAfter.slice(p, curAfter.length - s) }];
    }
    const reverse: UndoItem["reverse"] = [];
    let delta = 0;
    let lo = 0;
    for (let i = 0; i < list.length; i++) {
      const c = list[i]!;
      const pos = c.start + delta;
      delta += c.text.length - (c.end - c.start);
      const next = list[i + 1];
      const hi = next ? next.start + delta : curAfter.length;
      const rev = reverseFor(view, curAfter, curBefore, pos, c, lo, hi);
      if (!rev) return null;
      reverse.push(rev.item);
      lo = rev.end;
    }
    return { ...base, reverse };
  }

  /**
   * How to find the new text of change `c` (at `pos` in `after`) again and what to put back. When the
   * new text alone cannot be addressed by search (e.g. it overlaps another match, or it is empty), the
   * span grows by whole words on both sides, staying within [lo, hi) so reverse spans never overlap.
   */
  function reverseFor(view: SearchView, after: string, before: string, pos: number, c: RawChange, lo: number, hi: number): { item: UndoItem["reverse"][number]; end: number } | null {
    let a = pos;
    let b = pos + c.text.length;
    for (let round = 0; round < 8; round++) {
      const seg = after.slice(a, b);
      const loc = seg && !hasControlChars(seg) ? locateInView(view, a, seg) : null;
      if (loc === "tracked-changes") return null;
      if (loc) return { item: { locator: loc, text: before.slice(c.start - (pos - a), c.end + (b - (pos + c.text.length))) }, end: b };
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
      if (now !== undefined && now === expected && !t.entry.map) {
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
      const done = batch.some((b) => b.tracked) ? await rejectTracked(batch) : await reverseBatch(batch);
      if (done) lastBatch = null;
      return done;
    } catch {
      lastBatch = null; // state unknown: don't offer a second, blind undo
      return false;
    }
  }

  /** «Angre» without Track Changes: put the old text back where the new text is. */
  function reverseBatch(batch: UndoItem[]): Promise<boolean> {
    return wordGlobal().run(async (ctx) => {
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
  }

  /**
   * «Angre» with Track Changes on (WordApi 1.6): reversing by another Replace would leave a second
   * deletion/insertion pair, so the batch's own tracked changes are rejected instead — only pairs whose
   * texts match what the batch deleted and added, and nothing when that is ambiguous.
   */
  function rejectTracked(batch: UndoItem[]): Promise<boolean> {
    return wordGlobal().run(async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      paras.load("items/text");
      await ctx.sync(); // 1
      const current = paras.items.map((p) => p.text);
      const targets: Array<{ item: UndoItem; para: WordParagraph; coll: ReturnType<NonNullable<WordRange["getTrackedChanges"]>> }> = [];
      for (const item of batch) {
        const index = resolveIndex(current, item.paraIndex, item.after);
        const para = index >= 0 ? paras.items[index]! : null;
        if (!para || !para.getTrackedChanges) return false;
        const coll = para.getTrackedChanges();
        coll.load("items/type,items/text");
        targets.push({ item, para, coll });
      }
      await ctx.sync(); // 2
      const rejects: Array<() => void> = [];
      for (const t of targets) {
        const items = t.coll.items;
        for (const pair of t.item.tracked ?? []) {
          const del = items.filter((x) => x.type === "Deleted" && x.text === pair.deleted);
          const add = items.filter((x) => x.type === "Added" && x.text === pair.added);
          const need = (t.item.tracked ?? []).filter((p) => p.deleted === pair.deleted && p.added === pair.added).length;
          if (del.length !== need || add.length !== need) return false; // the user's own revisions look the same: refuse
          rejects.push(() => del[0]!.reject(), () => add[0]!.reject());
          items.splice(items.indexOf(del[0]!), 1);
          items.splice(items.indexOf(add[0]!), 1);
        }
      }
      for (const r of rejects) r();
      const checks = targets.map((t) => ({ want: t.item.curBefore, got: t.para.getReviewedText!("Current") }));
      await ctx.sync(); // 3: reject and read back
      return checks.every((c) => c.got.value === c.want);
    });
  }

  /** Ids of the comments addComments created (WordApi 1.4), so removeComments deletes only those. */
  const ourComments = new Set<string>();

  /**
   * Findings as comments (issue 12), in one Word.run with three syncs: (1) confirm each paragraph still
   * holds what was analysed, (2) search the spans, (3) insert the comments, load their ids and where each
   * hit starts. A comment whose hit was not where the analysed text had it (Word does not promise hit
   * order) is deleted again in a fourth sync, only then, and reported "unverified".
   */
  async function addComments(snapshot: DraftSnapshot, items: CommentItem[]): Promise<CommentResult> {
    const skipped: CommentResult["skipped"] = [];
    const map = maps.get(snapshot.version);
    if (!map || map.text !== snapshot.text) return { added: 0, skipped: items.map((it) => ({ start: it.start, end: it.end, reason: "changed" as const })) };
    const planned: Array<{ item: CommentItem; entry: ParaEntry; segStart: number; locator: Locator }> = [];
    for (const item of items) {
      const text = item.text.trim();
      const loc = text ? locateSpan(map, item.start, item.end) : { reason: "not-found" as const, detail: "empty" };
      if ("reason" in loc) skipped.push({ start: item.start, end: item.end, ...loc });
      else planned.push({ item: { ...item, text }, entry: loc.entry, segStart: loc.segStart, locator: loc.locator });
    }
    if (planned.length === 0) return { added: 0, skipped };
    let added = 0;
    const skip = (p: (typeof planned)[number], reason: SkippedEdit["reason"], detail?: string) => skipped.push(detail ? { start: p.item.start, end: p.item.end, reason, detail } : { start: p.item.start, end: p.item.end, reason });
    const done = new Set<(typeof planned)[number]>();
    try {
      await wordGlobal().run(async (ctx) => {
        const paras = ctx.document.body.paragraphs;
        paras.load("items/text");
        await ctx.sync(); // 1: are the paragraphs still what was analysed?
        const current = paras.items.map((p) => p.text);
        const cache = new Map<string, WordRangeCollection>();
        const found: Array<{ p: (typeof planned)[number]; para: WordParagraph; colls: WordRangeCollection[] }> = [];
        for (const p of planned) {
          const index = resolveIndex(current, p.entry.index, p.entry.raw);
          if (index < 0) {
            skip(p, "changed");
            continue;
          }
          const para = paras.items[index]!;
          found.push({ p, para, colls: p.locator.parts.map((part) => queueSearch(para, part.needle, cache, String(index))) });
        }
        if (found.length === 0) return;
        await ctx.sync(); // 2: find the spans
        const made: Array<{ p: (typeof planned)[number]; comment: WordComment; prefix: WordRange }> = [];
        for (const f of found) {
          const range = rangeFrom(f.p.locator, f.colls);
          if (!range || typeof range.insertComment !== "function") {
            skip(f.p, "not-found");
            continue;
          }
          const prefix = f.para.getRange("Start").expandTo(range.getRange("Start"));
          prefix.load("text");
          const comment = range.insertComment(f.p.item.text);
          comment.load("id");
          made.push({ p: f.p, comment, prefix });
        }
        if (made.length === 0) return;
        await ctx.sync(); // 3: comments, their ids and where they went, in one round trip
        const wrong: WordComment[] = [];
        for (const m of made) {
          const at = rawPos(m.p.entry, m.p.entry.segOffset + m.p.segStart);
          if (m.prefix.text.length === at) {
            ourComments.add(m.comment.id);
            done.add(m.p);
            added++;
          } else {
            m.comment.delete();
            wrong.push(m.comment);
            skip(m.p, "error", "unverified");
          }
        }
        if (wrong.length) await ctx.sync(); // only when a hit was elsewhere: take those comments away again
      });
    } catch (e) {
      const detail = officeErrorCode(e) === "SearchDialogIsOpen" ? "search-dialog-open" : undefined;
      for (const p of planned) {
        if (done.has(p) || skipped.some((s) => s.start === p.item.start && s.end === p.item.end)) continue;
        skip(p, "error", detail);
      }
    }
    return { added, skipped };
  }

  /** Delete the comments addComments made and that are still there; the user's comments stay. Two syncs. */
  async function removeComments(): Promise<number> {
    if (ourComments.size === 0) return 0;
    return wordGlobal().run(async (ctx) => {
      const body = ctx.document.body;
      if (typeof body.getComments !== "function") return 0;
      const all = body.getComments();
      all.load("items/id");
      await ctx.sync(); // 1: which of ours are still there
      const ours = all.items.filter((c) => ourComments.has(c.id));
      for (const c of ours) c.delete();
      if (ours.length) await ctx.sync(); // 2: delete them
      ourComments.clear();
      return ours.length;
    });
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
        return arrived ? { ok: true, where: "end" as const } : { ok: false, reason: "not-verified" };
      });
    } catch {
      return { ok: false, reason: "error" };
    }
  }

  /**
   * Open the text as a new document. On Word on the web `createDocument().open()` asks the user first and
   * may open nothing (office-js#5507, #4790), so there the result is honest: "unconfirmed", not done.
   */
  async function openAsNew(text: string, title?: string): Promise<InsertResult> {
    try {
      return await wordGlobal().run(async (ctx) => {
        if (!ctx.application || typeof ctx.application.createDocument !== "function") return { ok: false, reason: "unsupported" };
        const doc = ctx.application.createDocument(buildDocxBase64(text, title));
        doc.open();
        await ctx.sync();
        return officeGlobal()?.context?.platform === "OfficeOnline" ? { ok: false, reason: "unconfirmed" } : { ok: true };
      });
    } catch {
      return { ok: false, reason: "error" };
    }
  }

  /** The body text, for the change poll (one sync, one string). */
  function probeBody(): Promise<string> {
    return wordGlobal().run(async (ctx) => {
      const body = ctx.document.body;
      body.load("text");
      await ctx.sync();
      return body.text;
    });
  }

  const page = options.page !== undefined ? options.page : browserPage();
  const pollMs = options.pollMs ?? POLL_MS;

  /**
   * Tell the pane when the document changes. WordApi 1.6: paragraph events, which also mark the named
   * paragraphs so the next body read asks Word for those only. Older Word (or a failed registration):
   * a probe of the body text on focus and on a gentle timer, reporting only real changes.
   */
  function onDraftChanged(listener: () => void): () => void {
    const poll = () => watchByPolling({ probe: probeBody, tryExclusive, page, intervalMs: pollMs, onChange: listener });
    if (!supportsWordApi("1.6")) return poll();
    let stopPoll: (() => void) | null = null;
    let live = false;
    const stopEvents = watchParagraphEvents({
      word: wordGlobal,
      serial: exclusive,
      onEvent(args) {
        if (Array.isArray(args.uniqueLocalIds)) for (const id of args.uniqueLocalIds) dirty.add(id);
        else dropCache(); // no ids: nothing cached can be trusted
        listener();
      },
      onReady() {
        live = true;
        liveEvents++;
        epoch++;
        dropCache();
      },
      onFail() {
        stopPoll = poll();
      },
      onStopped() {
        if (!live) return;
        live = false;
        liveEvents--;
        epoch++;
        dropCache();
      },
    });
    return () => {
      stopEvents();
      stopPoll?.();
      stopPoll = null;
    };
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
    get warnings(): readonly string[] {
      return unreviewed ? ["no-reviewed-text"] : [];
    },
    readDraft,
    select,
    applyEdits: writing(applyEdits),
    canEditSpan(snapshot: DraftSnapshot, start: number, end: number): boolean {
      const map = maps.get(snapshot.version);
      if (!map || map.text !== snapshot.text || map.problem) return false;
      const m = mapSpan(map, start, end);
      if (!m || "cross" in m) return false;
      return !hasControlChars(m.entry.seg.slice(m.segStart, m.segEnd)) && m.entry.seg.slice(m.segStart, m.segEnd) === map.text.slice(start, end);
    },
    undoLast: writing(undoLast),
    insertText: writing(insertText),
    openAsNew,
    ...(supportsWordApi("1.4") ? { addComments, removeComments } : {}),
    onDraftChanged,
    loadSettings: settings.load,
    saveSettings: settings.save,
  };
}
