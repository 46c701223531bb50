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
 *   (office-js#5507 "createDocument() Works on Desktop but Not in Word Online", office-js#4790);
 * - request contexts: a context is usable only while its `Word.run` batch runs; `sync()`, `add()` and
 *   `remove()` on it afterwards fail with `InvalidRequestContext`. `Word.run(object, batch)` runs again
 *   on that object's context (the way Microsoft documents removing an event handler:
 *   OfficeExtension.EventHandlerResult — "the same RequestContext object that the handler was added in
 *   must be used when removing the handler");
 * - paragraph events (WordApi 1.6: `document.onParagraphAdded/Changed/Deleted`, args
 *   `{ type, source: "Local" | "Remote", uniqueLocalIds }`, learn.microsoft.com
 *   Word.ParagraphChangedEventArgs): the members are undefined where the platform lacks 1.6 (Word
 *   2019/2021); `add(handler)` only queues the registration, which takes effect at the next sync; the
 *   handler is called asynchronously after a change, only while it is registered, and `remove()` takes
 *   effect at the sync of the context the handler was added in. Writes by the add-in fire events too.
 *   `paragraph.uniqueLocalId` (WordApi 1.6) must be loaded like any property.
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
  /** Each sync takes this long (setTimeout; tests drive it with fake timers). */
  syncDelayMs?: number;
}

export interface Comment {
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
  syncDelayMs: number;
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
  /** Comments in the document (deleted ones stay, marked); a user's own comment: `addComment` directly. */
  comments: Comment[] = [];
  /** Every live range, so replacements can shift them. */
  live: FRange[] = [];
  /** Ranges replaced in the current batch (current coordinates). */
  batchReplaced: FRange[] = [];
  /** uniqueLocalId per paragraph (filled lazily; see idOf). */
  ids: string[] = [];
  /** Registered (synced) paragraph event handlers. */
  handlers: FHandler[] = [];
  /** Handler calls made, and calls whose handler did not return a promise (office.js expects one). */
  eventsDelivered = 0;
  nonPromiseHandlers = 0;
  /** Word.run batches running now, and the most at once. */
  runsInFlight = 0;
  maxRunsInFlight = 0;
  /** Paragraph texts sent to the add-in (a loaded `text` of a paragraph or range). */
  textLoads = 0;
  /** Event deliveries not yet done (tests can await `fw.settled()`). */
  private deliveries: Promise<unknown>[] = [];
  private revision = 0;
  private commentId = 0;
  private idSeq = 0;

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
    this.syncDelayMs = o.syncDelayMs ?? 0;
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
    void this.emit("ParagraphChanged", [this.idOf(loc.p)], "Local");
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
    void this.emit("ParagraphChanged", [this.idOf(p)], "Local");
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

  /** The uniqueLocalId of paragraph p (8-4-4-4-12 hex, no braces; new ids for paragraphs added since). */
  idOf(p: number): string {
    while (this.ids.length < this.paras.length) this.ids.push(this.newId());
    return this.ids[p]!;
  }

  private newId(): string {
    const n = ++this.idSeq;
    return `${(0x5a000000 + n).toString(16)}-${(n & 0xffff).toString(16).padStart(4, "0")}-4${(n % 0xfff).toString(16).padStart(3, "0")}-8000-${n.toString(16).padStart(12, "0")}`;
  }

  /** The user (source "Local") or a coauthor ("Remote") changes paragraph p to `text`; fires ParagraphChanged. */
  editParagraph(p: number, text: string, source: "Local" | "Remote" = "Local"): Promise<void> {
    if (p < 0 || p >= this.paras.length) throw new Error("fake: no such paragraph");
    const id = this.idOf(p);
    this.setModel(p, { text, marks: new Array(text.length).fill(0) });
    return this.emit("ParagraphChanged", [id], source);
  }

  /** A new paragraph at index `at` (Enter, paste); fires ParagraphAdded with its new id. */
  addParagraph(at: number, text: string, source: "Local" | "Remote" = "Local"): Promise<void> {
    this.idOf(0);
    const id = this.newId();
    this.paras.splice(at, 0, text);
    this.marks.splice(at, 0, new Array(text.length).fill(0));
    this.ids.splice(at, 0, id);
    return this.emit("ParagraphAdded", [id], source);
  }

  /** Paragraph p goes away; fires ParagraphDeleted with its id. */
  deleteParagraph(p: number, source: "Local" | "Remote" = "Local"): Promise<void> {
    const id = this.idOf(p);
    this.paras.splice(p, 1);
    this.marks.splice(p, 1);
    this.ids.splice(p, 1);
    return this.emit("ParagraphDeleted", [id], source);
  }

  /** Handlers registered now (optionally of one event type). */
  activeHandlers(type?: FEventType): number {
    return this.handlers.filter((h) => h.active && (!type || h.type === type)).length;
  }

  /** Wait until every event fired so far has been delivered and its handlers' promises settled. */
  async settled(): Promise<void> {
    while (this.deliveries.length) {
      const all = this.deliveries;
      this.deliveries = [];
      await Promise.allSettled(all);
    }
  }

  /**
   * Call the handlers registered for `type` at the time of the change, later (never synchronously: Word
   * raises events after the change, through its message loop), skipping any removed meanwhile.
   */
  emit(type: FEventType, ids: string[], source: "Local" | "Remote"): Promise<void> {
    const targets = this.handlers.filter((h) => h.active && h.type === type);
    if (!targets.length) return Promise.resolve();
    const delivery = (async () => {
      // a few promise turns later (not queueMicrotask: jest's fake timers would hold that back)
      for (let i = 0; i < 3; i++) await Promise.resolve();
      const outs: unknown[] = [];
      for (const h of targets) {
        if (!h.active) continue;
        this.eventsDelivered++;
        let out: unknown;
        try {
          out = h.fn({ type, source, uniqueLocalIds: ids.slice() });
        } catch {
          out = undefined; // Word ignores a handler that throws
        }
        if (!out || typeof (out as { then?: unknown }).then !== "function") this.nonPromiseHandlers++;
        else outs.push(out);
      }
      await Promise.allSettled(outs);
    })();
    this.deliveries.push(delivery);
    return delivery;
  }

  install() {
    const fw = this;
    installOfficeExtension();
    (globalThis as any).Word = {
      /** Word.run(batch), or Word.run(object | objects, batch) on the objects' existing context. */
      async run<T>(a: unknown, b?: (ctx: FCtx) => Promise<T>): Promise<T> {
        let ctx: FCtx;
        let batch: (ctx: FCtx) => Promise<T>;
        if (typeof a === "function") {
          ctx = new FCtx(fw);
          batch = a as (ctx: FCtx) => Promise<T>;
        } else {
          const objs = Array.isArray(a) ? a : [a];
          const c = (objs[0] as { context?: unknown } | undefined)?.context;
          if (!(c instanceof FCtx) || objs.some((o) => (o as { context?: unknown })?.context !== c) || typeof b !== "function") {
            officeError("InvalidArgument", "Word.run needs objects of one request context and a batch function.", "Word.run");
          }
          ctx = c;
          batch = b;
        }
        fw.runs++;
        fw.runsInFlight++;
        fw.maxRunsInFlight = Math.max(fw.maxRunsInFlight, fw.runsInFlight);
        ctx.depth++;
        try {
          const out = await batch(ctx);
          if (ctx.queue.length) await ctx.sync(); // Word.run syncs what is left
          return out;
        } finally {
          ctx.depth--;
          fw.runsInFlight--;
        }
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

export type FEventType = "ParagraphAdded" | "ParagraphChanged" | "ParagraphDeleted";

export interface FEventArgs {
  type: FEventType;
  source: "Local" | "Remote";
  uniqueLocalIds: string[];
}

export interface FHandler {
  type: FEventType;
  fn: (args: FEventArgs) => unknown;
  active: boolean;
  ctx: FCtx;
}

function requireActive(ctx: FCtx, what: string) {
  if (ctx.depth <= 0) officeError("InvalidRequestContext", `${what}: the request context is not in a Word.run batch.`, what);
}

/** OfficeExtension.EventHandlers for one paragraph event of one context (WordApi 1.6). */
export class FEventHandlers {
  constructor(private ctx: FCtx, private type: FEventType) {}
  add(fn: (args: FEventArgs) => unknown) {
    const ctx = this.ctx;
    const fw = ctx.fw;
    requireActive(ctx, `on${this.type}.add`);
    if (typeof fn !== "function") officeError("InvalidArgument", "The handler must be a function.", `on${this.type}.add`);
    const h: FHandler = { type: this.type, fn, active: false, ctx };
    ctx.queue.push(() => {
      fw.requireApi("1.6", `Document.on${this.type}`);
      h.active = true;
      fw.handlers.push(h);
    });
    // OfficeExtension.EventHandlerResult: remove() only queues; it takes effect at the sync of this context.
    return {
      context: ctx,
      remove() {
        requireActive(ctx, "EventHandlerResult.remove");
        ctx.queue.push(() => {
          h.active = false;
          fw.handlers = fw.handlers.filter((x) => x !== h);
        });
      },
    };
  }
}

function notLoaded(what: string): never {
  officeError("PropertyNotLoaded", `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`, what);
}

export class FCtx {
  queue: Op[] = [];
  document: any;
  application: any;
  /** How many Word.run batches run on this context now (0: the context is closed). */
  depth = 0;
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
      getComments() {
        return new FComments(ctx);
      },
      getTrackedChanges() {
        return new FTrackedChanges(ctx, () => ({ p: 0, s: 0, pe: fw.paras.length - 1, e: fw.paras[fw.paras.length - 1]!.length }));
      },
      insertParagraph(text: string, location: string) {
        if (location !== "End" && location !== "Start") throw new Error("fake: bad location");
        const para = new FRange(ctx, { p: -1, s: 0, pe: -1, e: 0, para: true });
        ctx.queue.push(() => {
          if (location !== "End") throw new Error("fake: Start insert not modelled");
          fw.idOf(0);
          fw.paras.push(text);
          fw.marks.push(new Array(text.length).fill(0));
          para.loc = { p: fw.paras.length - 1, s: 0, pe: fw.paras.length - 1, e: 0, para: true };
          void fw.emit("ParagraphAdded", [fw.idOf(fw.paras.length - 1)], "Local");
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
    Object.defineProperty(this.document, "context", { value: ctx });
    if (fw.supports("1.6")) {
      // Where the platform lacks WordApi 1.6 the members are absent (undefined), and an adapter must not use them.
      for (const type of ["ParagraphAdded", "ParagraphChanged", "ParagraphDeleted"] as const) {
        Object.defineProperty(this.document, `on${type}`, { value: new FEventHandlers(ctx, type), enumerable: true });
      }
    }
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
    requireActive(this, "RequestContext.sync");
    if (this.fw.syncDelayMs > 0) await new Promise((r) => setTimeout(r, this.fw.syncDelayMs));
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

/** Which of `text` / `uniqueLocalId` a load string asks for (with an optional "items/" prefix). */
function loadProps(props: string, prefix: string): { text: boolean; id: boolean } {
  const parts = props.split(",").map((x) => x.trim());
  const ok = parts.every((x) => x === `${prefix}text` || x === `${prefix}uniqueLocalId`);
  if (!ok || !parts.length) throw new Error(`fake: load only '${prefix}text' and/or '${prefix}uniqueLocalId' (leaf properties)`);
  return { text: parts.includes(`${prefix}text`), id: parts.includes(`${prefix}uniqueLocalId`) };
}

export class FRange {
  private _text: string | undefined;
  private _id: string | undefined;
  loc: Loc;
  constructor(public ctx: FCtx, loc: Loc) {
    this.loc = loc;
    ctx.fw.live.push(this);
  }
  get text(): string {
    if (this._text === undefined) notLoaded("Range.text");
    return this._text;
  }
  /** Paragraph.uniqueLocalId (WordApi 1.6); only paragraph proxies have one. */
  get uniqueLocalId(): string {
    if (this._id === undefined) notLoaded("Paragraph.uniqueLocalId");
    return this._id;
  }
  setLoaded(t: string) {
    this.ctx.fw.textLoads++;
    this._text = t;
  }
  setId(id: string) {
    this._id = id;
  }
  load(props: string) {
    const want = loadProps(props, "");
    this.ctx.queue.push(() => {
      if (want.id) {
        this.ctx.fw.requireApi("1.6", "Paragraph.uniqueLocalId");
        if (!this.loc.para) officeError("InvalidArgument", "Only a paragraph has a uniqueLocalId.", "Range.load");
        this._id = this.ctx.fw.idOf(this.loc.p);
      }
      if (want.text) this.setLoaded(this.ctx.fw.textOf(this.loc));
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
  insertComment(text: string): FComment {
    const fw = this.ctx.fw;
    const comment = new FComment(this.ctx);
    this.ctx.queue.push(() => {
      fw.requireApi("1.4", "Range.insertComment");
      comment.target = fw.addComment(this.loc, text);
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
        void fw.emit("ParagraphChanged", [fw.idOf(this.loc.p)], "Local");
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
    const want = loadProps(props, "items/");
    this.ctx.queue.push(() => {
      if (want.id) this.ctx.fw.requireApi("1.6", "Paragraph.uniqueLocalId");
      this.list = this.indices().map((i) => {
        const r = new FRange(this.ctx, { p: i, s: 0, pe: i, e: 0, para: true });
        if (want.text) r.setLoaded(this.ctx.fw.textOf(r.loc));
        if (want.id) r.setId(this.ctx.fw.idOf(i));
        return r;
      });
    });
  }
}

/**
 * Word.Comment (WordApi 1.4): `id` throws until loaded and synced; `delete()` is queued and takes effect
 * at the next sync (a comment deleted already fails there with ItemNotFound).
 */
export class FComment {
  target: Comment | undefined;
  loaded = false;
  constructor(public ctx: FCtx, target?: Comment) {
    this.target = target;
  }
  get id(): string {
    if (!this.loaded || !this.target) notLoaded("Comment.id");
    return `{comment-${this.target.id}}`;
  }
  load(props: string) {
    if (props !== "id") throw new Error("fake: comment.load('id') only");
    this.ctx.queue.push(() => {
      this.ctx.fw.requireApi("1.4", "Comment.id");
      this.loaded = true;
    });
  }
  delete() {
    this.ctx.queue.push(() => {
      this.ctx.fw.requireApi("1.4", "Comment.delete");
      const c = this.target;
      if (!c || c.deleted) officeError("ItemNotFound", "The comment does not exist.", "Comment.delete");
      c.deleted = true;
    });
  }
}

/** Word.CommentCollection (WordApi 1.4), e.g. body.getComments(). */
export class FComments {
  private list: FComment[] | undefined;
  constructor(public ctx: FCtx) {}
  get items(): FComment[] {
    if (!this.list) notLoaded("CommentCollection.items");
    return this.list;
  }
  load(props: string) {
    if (props !== "items/id") throw new Error("fake: load 'items/id'");
    this.ctx.queue.push(() => {
      this.ctx.fw.requireApi("1.4", "Body.getComments");
      this.list = this.ctx.fw.comments.filter((c) => !c.deleted).map((c) => {
        const fc = new FComment(this.ctx, c);
        fc.loaded = true; // items/id was asked for
        return fc;
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
