/**
 * A strict, recording fake of the Word API slice the adapter uses. It is meant to be harder to please
 * than Word, never easier:
 * - batching: operations are queued and run at `context.sync()`; errors surface there as
 *   `OfficeExtension.Error` with a `code` (office-error.ts); a failing op stops the batch, earlier ops stay
 *   applied (Word runs the queue in order);
 * - proxies throw `PropertyNotLoaded` when a property is read before load + sync;
 * - requirement sets come from a per-platform table (platforms.ts): a method the platform lacks fails the
 *   sync with `ApiNotFound` (office.js defines every member whatever the host supports);
 * - search follows word-text.ts (255 characters, ^ codes, tabs, tracked deletions invisible, hit order
 *   not guaranteed under `hitOrder`, `SearchDialogIsOpen` while Word's Find dialog is open — office-js#4922);
 * - tracked changes: with `trackChanges` on, a Replace keeps the old text as a tracked deletion and adds
 *   the new text as a tracked insertion (Word's own behaviour; research note §2.5); WordApi 1.6 offers
 *   `getTrackedChanges()` with `reject()` / `accept()`;
 * - `createDocument().open()` on Word on the web shows a prompt and opens nothing by itself
 *   (office-js#5507 "createDocument() Works on Desktop but Not in Word Online", office-js#4790).
 * It records syncs, searches, replacements, overlapping replacements and writes to the tracking mode.
 */
import { FakeOfficeExtensionError, installOfficeExtension, officeError, uninstallOfficeExtension } from "./office-error";
import { WORD_PLATFORMS, isSetSupportedFrom, versionLE, type WordPlatform } from "./platforms";
import { currentText, decodeSearch, deletionsFor, findHits, originalText, reorder, type HitOrder, type ParaText } from "./word-text";

export interface Loc {
  p: number;
  s: number;
  pe: number;
  e: number;
  /** A paragraph proxy: always the whole current paragraph. */
  para?: boolean;
}

export interface FakeWordOptions {
  paragraphs: string[];
  /** Reviewed ("Current") text per paragraph; must be the paragraph with some characters deleted (tracked deletions). */
  reviewed?: Record<number, string>;
  /** Tracked deletions per paragraph as [start, end) ranges of the raw text. */
  deletions?: Record<number, Array<[number, number]>>;
  /** How revisions are displayed: inline (paragraph.text holds deleted text; default) or balloons. */
  display?: "inline" | "balloons";
  selection?: Loc;
  /** Which Word (default "365"); decides the requirement sets. */
  platform?: WordPlatform;
  /** Override the highest WordApi version of the platform. */
  wordApi?: string;
  /** Make sync number `at` (1-based, counted over the whole fake) fail, optionally after running its queue. */
  failSync?: { at: number; afterApplying: boolean };
  /** Order in which search hits come back (default document order). */
  hitOrder?: HitOrder;
  /** Word's Find/Replace dialog is open: every search fails with SearchDialogIsOpen. */
  searchDialogOpen?: boolean;
  /** Track Changes is on (document.changeTrackingMode "TrackAll"). */
  trackChanges?: boolean;
  /** Paragraphs whose paragraph mark is a tracked deletion: in the body's reviewed text they run on into the next one. */
  deletedMarks?: number[];
}

interface Comment {
  id: number;
  p: number;
  s: number;
  e: number;
  text: string;
  deleted: boolean;
}

export class FakeWord {
  paras: string[];
  marks: Array<number[] | undefined>;
  display: "inline" | "balloons";
  selection: Loc | null;
  platform: WordPlatform;
  wordApi: string;
  failSync?: { at: number; afterApplying: boolean };
  hitOrder: HitOrder;
  searchDialogOpen: boolean;
  trackChanges: boolean;
  deletedMarks: number[];
  syncs = 0;
  runs = 0;
  searches: Array<{ text: string; options: { matchCase?: boolean; matchWildcards?: boolean } | undefined }> = [];
  replacements: Array<{ p: number; s: number; e: number; old: string; text: string }> = [];
  overlapViolations = 0;
  trackingWrites = 0;
  selected: { loc: Loc; text: string } | null = null;
  created: string[] = [];
  /** Documents created on the web, where Word asks the user first and opens nothing by itself. */
  prompted: string[] = [];
  bodyTextReads = 0;
  reviewedReads = 0;
  rejected = 0;
  comments: Comment[] = [];
  /** Every live range, so replacements can shift them. */
  live: FRange[] = [];
  /** Ranges replaced in the current batch (current coordinates). */
  batchReplaced: FRange[] = [];
  private revision = 0;
  private commentId = 0;

  constructor(o: FakeWordOptions) {
    this.paras = o.paragraphs.slice();
    this.marks = [];
    for (const [k, r] of Object.entries(o.reviewed ?? {})) this.markDeleted(Number(k), deletionsFor(this.paras[Number(k)]!, r));
    for (const [k, ranges] of Object.entries(o.deletions ?? {})) this.markDeleted(Number(k), ranges);
    this.display = o.display ?? "inline";
    this.selection = o.selection ?? null;
    this.platform = o.platform ?? "365";
    this.wordApi = o.wordApi ?? WORD_PLATFORMS[this.platform].sets.WordApi!;
    this.failSync = o.failSync;
    this.hitOrder = o.hitOrder ?? "document";
    this.searchDialogOpen = o.searchDialogOpen ?? false;
    this.trackChanges = o.trackChanges ?? false;
    this.deletedMarks = o.deletedMarks ?? [];
  }

  private markDeleted(p: number, ranges: Array<[number, number]>) {
    const m = this.model(p).marks.slice();
    for (const [s, e] of ranges) {
      const id = ++this.revision;
      for (let i = s; i < e; i++) m[i] = -id;
    }
    this.marks[p] = m;
  }

  /** Paragraph p with its revision marks (plain when the marks no longer fit, e.g. a test rewrote paras). */
  model(p: number): ParaText {
    const text = this.paras[p]!;
    const m = this.marks[p];
    return { text, marks: m && m.length === text.length ? m : new Array(text.length).fill(0) };
  }

  setModel(p: number, pt: ParaText) {
    this.paras[p] = pt.text;
    this.marks[p] = pt.marks;
  }

  supports(version: string): boolean {
    return versionLE(version, this.wordApi);
  }

  /** Fail the running op like Word does for a member the host does not implement. */
  requireApi(version: string, member: string) {
    if (!this.supports(version)) officeError("ApiNotFound", `${member} needs WordApi ${version}.`, member);
  }

  /** Current text of paragraph i (reviewed "Current"). Tests may override to simulate failures. */
  reviewedOf(i: number): string {
    return currentText(this.model(i));
  }

  /** Text a proxy shows for loc: with inline revisions deleted text is included. */
  textOf(loc: Loc): string {
    const l = this.resolved(loc);
    const part = (p: number, s: number, e: number) => {
      const m = this.model(p);
      return this.display === "inline" ? m.text.slice(s, e) : currentText(m, s, e);
    };
    if (l.p === l.pe) return part(l.p, l.s, l.e);
    const parts = [part(l.p, l.s, this.paras[l.p]!.length)];
    for (let i = l.p + 1; i < l.pe; i++) parts.push(part(i, 0, this.paras[i]!.length));
    parts.push(part(l.pe, 0, l.e));
    return parts.join("\r");
  }

  reviewedTextOf(loc: Loc, kind: string): string {
    const l = this.resolved(loc);
    const pick = (p: number, s: number, e: number) => (kind === "Original" ? originalText(this.model(p), s, e) : currentText(this.model(p), s, e));
    if (l.p === l.pe) return loc.para && kind !== "Original" ? this.reviewedOf(l.p) : pick(l.p, l.s, l.e);
    const parts = [pick(l.p, l.s, this.paras[l.p]!.length)];
    for (let i = l.p + 1; i < l.pe; i++) parts.push(pick(i, 0, this.paras[i]!.length));
    parts.push(pick(l.pe, 0, l.e));
    return parts.join("\r");
  }

  resolved(loc: Loc): Loc {
    return loc.para ? { p: loc.p, s: 0, pe: loc.p, e: this.paras[loc.p]!.length } : loc;
  }

  replace(range: FRange, text: string) {
    const loc = this.resolved(range.loc);
    if (loc.p !== loc.pe) throw new Error("fake: cross-paragraph replace not supported");
    for (const r of this.batchReplaced) {
      const o = r.loc;
      if (o.p === loc.p && loc.s < o.e && o.s < loc.e) this.overlapViolations++;
    }
    const m = this.model(loc.p);
    const old = m.text.slice(loc.s, loc.e);
    let keptText = "";
    let keptMarks: number[] = [];
    let insMark = 0;
    if (this.trackChanges) {
      // Track Changes: the old text stays as a deletion, the new text follows it as an insertion
      const id = ++this.revision;
      insMark = id;
      for (let i = loc.s; i < loc.e; i++) {
        if (m.marks[i]! > 0) continue; // deleting one's own tracked insertion removes it
        keptText += m.text[i];
        keptMarks.push(m.marks[i]! < 0 ? m.marks[i]! : -id);
      }
    }
    const at = loc.s + keptText.length;
    this.setModel(loc.p, {
      text: m.text.slice(0, loc.s) + keptText + text + m.text.slice(loc.e),
      marks: [...m.marks.slice(0, loc.s), ...keptMarks, ...new Array(text.length).fill(insMark), ...m.marks.slice(loc.e)],
    });
    const delta = keptText.length + text.length - (loc.e - loc.s);
    for (const r of this.live) {
      if (r === range || r.loc.para) continue;
      const l = r.loc;
      if (l.p === loc.p && l.pe === loc.p) {
        if (l.s >= loc.e) {
          l.s += delta;
          l.e += delta;
        } else if (l.e > loc.s && l.s < loc.e) {
          l.e = Math.max(l.s, Math.min(l.e, loc.s)); // overlapping a replaced range: collapsed
        }
      }
    }
    range.loc = { p: loc.p, s: at, pe: loc.p, e: at + text.length };
    this.batchReplaced.push(range);
    this.replacements.push({ p: loc.p, s: loc.s, e: loc.e, old, text });
  }

  /** Tracked changes (runs of one revision id) inside loc, in document order. */
  trackedChangesIn(loc: Loc): Array<{ id: number; p: number; type: "Added" | "Deleted"; text: string }> {
    const l = this.resolved(loc);
    const out: Array<{ id: number; p: number; type: "Added" | "Deleted"; text: string }> = [];
    for (let p = l.p; p <= l.pe; p++) {
      const m = this.model(p);
      const s = p === l.p ? l.s : 0;
      const e = p === l.pe ? l.e : m.text.length;
      let i = s;
      while (i < e) {
        const mk = m.marks[i]!;
        let j = i;
        while (j < e && m.marks[j] === mk) j++;
        if (mk !== 0) out.push({ id: Math.abs(mk), p, type: mk > 0 ? "Added" : "Deleted", text: m.text.slice(i, j) });
        i = j;
      }
    }
    return out;
  }

  /** Reject (or accept) the tracked change with this id and type in paragraph p. */
  resolveRevision(p: number, id: number, type: "Added" | "Deleted", accept: boolean) {
    const m = this.model(p);
    const mark = type === "Added" ? id : -id;
    const remove = accept ? type === "Deleted" : type === "Added";
    let text = "";
    const marks: number[] = [];
    for (let i = 0; i < m.text.length; i++) {
      if (m.marks[i] === mark) {
        if (remove) continue;
        text += m.text[i];
        marks.push(0);
      } else {
        text += m.text[i];
        marks.push(m.marks[i]!);
      }
    }
    this.setModel(p, { text, marks });
    if (!accept) this.rejected++;
  }

  addComment(loc: Loc, text: string): Comment {
    const l = this.resolved(loc);
    const c = { id: ++this.commentId, p: l.p, s: l.s, e: l.e, text, deleted: false };
    this.comments.push(c);
    return c;
  }

  paragraphsIn(loc: Loc): number[] {
    const l = this.resolved(loc);
    const out: number[] = [];
    for (let i = l.p; i <= l.pe; i++) out.push(i);
    return out;
  }

  install() {
    const fw = this;
    installOfficeExtension();
    (globalThis as any).Word = {
      async run<T>(batch: (ctx: FCtx) => Promise<T>): Promise<T> {
        fw.runs++;
        const ctx = new FCtx(fw);
        const out = await batch(ctx);
        if (ctx.queue.length) await ctx.sync(); // Word.run syncs what is left
        return out;
      },
    };
    const info = WORD_PLATFORMS[fw.platform];
    (globalThis as any).Office = {
      context: {
        displayLanguage: "nb-NO",
        platform: info.platform,
        // partitionKey exists where storage is partitioned (Office on the web); undefined on desktop
        partitionKey: info.platform === "OfficeOnline" ? "kk-partition-7" : undefined,
        requirements: { isSetSupported: isSetSupportedFrom({ ...info.sets, WordApi: fw.wordApi }) },
      },
    };
  }

  static uninstall() {
    delete (globalThis as any).Word;
    delete (globalThis as any).Office;
    uninstallOfficeExtension();
  }
}

type Op = () => void;

function notLoaded(what: string): never {
  officeError("PropertyNotLoaded", `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`, what);
}

export class FCtx {
  queue: Op[] = [];
  document: any;
  application: any;
  constructor(public fw: FakeWord) {
    const ctx = this;
    const body = {
      _text: undefined as string | undefined,
      get text(): string {
        if (this._text === undefined) notLoaded("Body.text");
        return this._text;
      },
      load(props: string) {
        if (props !== "text") throw new Error("fake: only body.load('text')");
        ctx.queue.push(() => {
          fw.bodyTextReads++;
          body._text = fw.paras.map((_, i) => fw.textOf({ p: i, s: 0, pe: i, e: 0, para: true })).join("\r");
        });
      },
      paragraphs: new FParas(ctx, () => fw.paras.map((_, i) => i)),
      getReviewedText(kind: string) {
        const result = new FResult<string>("ClientResult.value");
        ctx.queue.push(() => {
          fw.requireApi("1.4", "Body.getReviewedText");
          fw.reviewedReads++;
          const parts = fw.paras.map((_, i) => fw.reviewedTextOf({ p: i, s: 0, pe: i, e: 0, para: true }, kind));
          // a deleted paragraph mark joins its paragraph to the next one in the current text
          result.set(parts.map((t, i) => t + (i === parts.length - 1 ? "" : kind === "Current" && fw.deletedMarks.includes(i) ? "" : "\r")).join(""));
        });
        return result;
      },
      getTrackedChanges() {
        return new FTrackedChanges(ctx, () => ({ p: 0, s: 0, pe: fw.paras.length - 1, e: fw.paras[fw.paras.length - 1]!.length }));
      },
      insertParagraph(text: string, location: string) {
        if (location !== "End" && location !== "Start") throw new Error("fake: bad location");
        const para = new FRange(ctx, { p: -1, s: 0, pe: -1, e: 0, para: true });
        ctx.queue.push(() => {
          if (location !== "End") throw new Error("fake: Start insert not modelled");
          fw.paras.push(text);
          fw.marks.push(new Array(text.length).fill(0));
          para.loc = { p: fw.paras.length - 1, s: 0, pe: fw.paras.length - 1, e: 0, para: true };
        });
        return para;
      },
    };
    let trackingLoaded = false;
    this.document = {
      body,
      getSelection() {
        if (!fw.selection) throw new Error("fake: no selection");
        return new FRange(ctx, { ...fw.selection });
      },
      load(props: string) {
        if (props !== "changeTrackingMode") throw new Error("fake: document.load('changeTrackingMode') only");
        ctx.queue.push(() => {
          fw.requireApi("1.4", "Document.changeTrackingMode");
          trackingLoaded = true;
        });
      },
      get changeTrackingMode(): string {
        if (!trackingLoaded) notLoaded("Document.changeTrackingMode");
        return fw.trackChanges ? "TrackAll" : "Off";
      },
      set changeTrackingMode(_v: string) {
        fw.trackingWrites++;
      },
    };
    this.application = {
      createDocument(b64?: string) {
        return {
          open() {
            ctx.queue.push(() => {
              fw.requireApi("1.3", "Application.createDocument");
              if (WORD_PLATFORMS[fw.platform].platform === "OfficeOnline") fw.prompted.push(b64 ?? "");
              else fw.created.push(b64 ?? "");
            });
          },
        };
      },
    };
  }

  async sync(): Promise<void> {
    this.fw.syncs++;
    const n = this.fw.syncs;
    const ops = this.queue;
    this.queue = [];
    const fail = this.fw.failSync && this.fw.failSync.at === n;
    if (fail && !this.fw.failSync!.afterApplying) throw new FakeOfficeExtensionError("GeneralException");
    try {
      for (const op of ops) op();
    } finally {
      this.fw.batchReplaced = [];
    }
    if (fail) throw new FakeOfficeExtensionError("GeneralException");
  }
}

/** A ClientResult: `value` throws until synced. */
export class FResult<T> {
  private v: T | undefined;
  private loaded = false;
  constructor(private what: string) {}
  set(v: T) {
    this.v = v;
    this.loaded = true;
  }
  get value(): T {
    if (!this.loaded) notLoaded(this.what);
    return this.v as T;
  }
}

export class FRange {
  private _text: string | undefined;
  loc: Loc;
  constructor(public ctx: FCtx, loc: Loc) {
    this.loc = loc;
    ctx.fw.live.push(this);
  }
  get text(): string {
    if (this._text === undefined) notLoaded("Range.text");
    return this._text;
  }
  setLoaded(t: string) {
    this._text = t;
  }
  load(props: string) {
    if (props !== "text") throw new Error("fake: only load('text') on a range");
    this.ctx.queue.push(() => {
      this._text = this.ctx.fw.textOf(this.loc);
    });
  }
  get paragraphs(): FParas {
    return new FParas(this.ctx, () => this.ctx.fw.paragraphsIn(this.loc));
  }
  getReviewedText(kind: string) {
    const fw = this.ctx.fw;
    const result = new FResult<string>("ClientResult.value");
    this.ctx.queue.push(() => {
      fw.requireApi("1.4", "Range.getReviewedText");
      fw.reviewedReads++;
      result.set(fw.reviewedTextOf(this.loc, kind));
    });
    return result;
  }
  getTrackedChanges(): FTrackedChanges {
    return new FTrackedChanges(this.ctx, () => this.loc);
  }
  insertComment(text: string) {
    const fw = this.ctx.fw;
    const comment = { id: 0 };
    this.ctx.queue.push(() => {
      fw.requireApi("1.4", "Range.insertComment");
      comment.id = fw.addComment(this.loc, text).id;
    });
    return comment;
  }
  search(text: string, options?: { matchCase?: boolean; matchWildcards?: boolean }): FColl {
    const fw = this.ctx.fw;
    const coll = new FColl(this.ctx);
    this.ctx.queue.push(() => {
      fw.searches.push({ text, options });
      if (fw.searchDialogOpen) officeError("SearchDialogIsOpen", "The search dialog is open.", "Range.search");
      if (options?.matchWildcards) throw new Error("fake: wildcard search is not modelled");
      const needle = decodeSearch(text);
      const loc = fw.resolved(this.loc);
      if (loc.p !== loc.pe) throw new Error("fake: search across paragraphs not modelled");
      const hits = needle === null ? [] : findHits(fw.model(loc.p), loc.s, loc.e, needle, options?.matchCase === true);
      coll.found = reorder(hits, fw.hitOrder).map(([s, e]) => new FRange(this.ctx, { p: loc.p, s, pe: loc.p, e }));
    });
    return coll;
  }
  insertText(text: string, location: string): FRange {
    if (location === "Start" && this.loc.para) {
      this.ctx.queue.push(() => {
        const fw = this.ctx.fw;
        const m = fw.model(this.loc.p);
        fw.setModel(this.loc.p, { text: text + m.text, marks: [...new Array(text.length).fill(0), ...m.marks] });
        fw.replacements.push({ p: this.loc.p, s: 0, e: 0, old: "", text });
      });
      return this;
    }
    if (location !== "Replace") throw new Error("fake: only Replace modelled");
    this.ctx.queue.push(() => this.ctx.fw.replace(this, text));
    return this;
  }
  expandTo(other: FRange): FRange {
    const a = this.ctx.fw.resolved(this.loc);
    const b = this.ctx.fw.resolved(other.loc);
    const r = new FRange(this.ctx, { p: a.p, s: a.s, pe: b.pe, e: b.e });
    this.ctx.queue.push(() => this.ctx.fw.requireApi("1.3", "Range.expandTo"));
    return r;
  }
  getRange(where: string = "Whole"): FRange {
    const l = this.ctx.fw.resolved(this.loc);
    this.ctx.queue.push(() => this.ctx.fw.requireApi("1.3", "Range.getRange"));
    if (where === "Start") return new FRange(this.ctx, { p: l.p, s: l.s, pe: l.p, e: l.s });
    if (where === "End") return new FRange(this.ctx, { p: l.pe, s: l.e, pe: l.pe, e: l.e });
    return new FRange(this.ctx, { ...l, para: false });
  }
  select() {
    this.ctx.queue.push(() => {
      const loc = this.ctx.fw.resolved(this.loc);
      this.ctx.fw.selected = { loc, text: this.ctx.fw.textOf(loc) };
    });
  }
}

export class FColl {
  found: FRange[] | undefined;
  private loaded = false;
  constructor(public ctx: FCtx) {}
  get items(): FRange[] {
    if (!this.loaded || !this.found) notLoaded("RangeCollection.items");
    return this.found;
  }
  load(props: string) {
    if (props !== "items/text") throw new Error("fake: load only 'items/text' (leaf properties)");
    this.ctx.queue.push(() => {
      for (const r of this.found ?? []) r.setLoaded(this.ctx.fw.textOf(r.loc));
      this.loaded = true;
    });
  }
}

export class FParas {
  private list: FRange[] | undefined;
  constructor(public ctx: FCtx, private indices: () => number[]) {}
  get items(): FRange[] {
    if (!this.list) notLoaded("ParagraphCollection.items");
    return this.list;
  }
  load(props: string) {
    if (props !== "items/text") throw new Error("fake: load only 'items/text' (leaf properties)");
    this.ctx.queue.push(() => {
      this.list = this.indices().map((i) => {
        const r = new FRange(this.ctx, { p: i, s: 0, pe: i, e: 0, para: true });
        r.setLoaded(this.ctx.fw.textOf(r.loc));
        return r;
      });
    });
  }
}

/** Word.TrackedChangeCollection (WordApi 1.6). */
export class FTrackedChanges {
  private list: Array<{ type: string; text: string; reject(): void; accept(): void }> | undefined;
  constructor(public ctx: FCtx, private where: () => Loc) {}
  get items() {
    if (!this.list) notLoaded("TrackedChangeCollection.items");
    return this.list;
  }
  load(props: string) {
    if (props !== "items/type,items/text") throw new Error("fake: load 'items/type,items/text'");
    const fw = this.ctx.fw;
    this.ctx.queue.push(() => {
      fw.requireApi("1.6", "getTrackedChanges");
      this.list = fw.trackedChangesIn(this.where()).map((tc) => ({
        type: tc.type,
        text: tc.text,
        reject: () => this.ctx.queue.push(() => fw.resolveRevision(tc.p, tc.id, tc.type, false)),
        accept: () => this.ctx.queue.push(() => fw.resolveRevision(tc.p, tc.id, tc.type, true)),
      }));
    });
  }
}
