/**
 * A recording fake of the Word API slice the adapter uses. It models batching honestly: operations are
 * queued and run at `context.sync()`, properties throw when read before they were loaded and synced,
 * search runs per range without wildcards (failing over 255 characters like Word), and ranges shift
 * when text before them is replaced in the same batch. It records syncs, searches, replacements,
 * overlap violations and any write to the track-changes mode.
 */

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
  /** Reviewed ("Current") text per paragraph where it differs from paragraph.text (tracked changes shown inline). */
  reviewed?: Record<number, string>;
  selection?: Loc;
  /** Highest WordApi version supported (default "1.4"). */
  wordApi?: string;
  /** Make sync number `at` (1-based, counted over the whole fake) fail, optionally after running its queue. */
  failSync?: { at: number; afterApplying: boolean };
}

function versionLE(a: string, b: string): boolean {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

export class FakeWord {
  paras: string[];
  reviewed: Record<number, string>;
  selection: Loc | null;
  wordApi: string;
  failSync?: { at: number; afterApplying: boolean };
  syncs = 0;
  runs = 0;
  searches: Array<{ text: string; options: { matchCase?: boolean; matchWildcards?: boolean } | undefined }> = [];
  replacements: Array<{ p: number; s: number; e: number; old: string; text: string }> = [];
  overlapViolations = 0;
  trackingWrites = 0;
  selected: { loc: Loc; text: string } | null = null;
  created: string[] = [];
  bodyTextReads = 0;
  reviewedReads = 0;
  /** Every live range, so replacements can shift them. */
  live: FRange[] = [];
  /** Ranges replaced in the current batch (current coordinates). */
  batchReplaced: FRange[] = [];

  constructor(o: FakeWordOptions) {
    this.paras = o.paragraphs.slice();
    this.reviewed = { ...(o.reviewed ?? {}) };
    this.selection = o.selection ?? null;
    this.wordApi = o.wordApi ?? "1.4";
    this.failSync = o.failSync;
  }

  reviewedOf(i: number): string {
    return this.reviewed[i] ?? this.paras[i]!;
  }

  textOf(loc: Loc): string {
    if (loc.para) return this.paras[loc.p]!;
    if (loc.p === loc.pe) return this.paras[loc.p]!.slice(loc.s, loc.e);
    const parts = [this.paras[loc.p]!.slice(loc.s)];
    for (let i = loc.p + 1; i < loc.pe; i++) parts.push(this.paras[i]!);
    parts.push(this.paras[loc.pe]!.slice(0, loc.e));
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
    const para = this.paras[loc.p]!;
    const old = para.slice(loc.s, loc.e);
    this.paras[loc.p] = para.slice(0, loc.s) + text + para.slice(loc.e);
    delete this.reviewed[loc.p];
    const delta = text.length - (loc.e - loc.s);
    for (const r of this.live) {
      if (r === range || r.loc.para) continue;
      const l = r.loc;
      if (l.p === loc.p && l.pe === loc.p) {
        if (l.s >= loc.e) {
          l.s += delta;
          l.e += delta;
        } else if (l.e > loc.s && l.s < loc.e) {
          // overlapping a replaced range: the fake marks it collapsed
          l.e = Math.max(l.s, Math.min(l.e, loc.s));
        }
      }
    }
    range.loc = { p: loc.p, s: loc.s, pe: loc.p, e: loc.s + text.length };
    this.batchReplaced.push(range);
    this.replacements.push({ p: loc.p, s: loc.s, e: loc.e, old, text });
  }

  paragraphsIn(loc: Loc): number[] {
    const out: number[] = [];
    for (let i = loc.p; i <= loc.pe; i++) out.push(i);
    return out;
  }

  install() {
    const fw = this;
    (globalThis as any).Word = {
      async run<T>(batch: (ctx: FCtx) => Promise<T>): Promise<T> {
        fw.runs++;
        const ctx = new FCtx(fw);
        const out = await batch(ctx);
        if (ctx.queue.length) await ctx.sync(); // Word.run syncs what is left
        return out;
      },
    };
    (globalThis as any).Office = {
      context: {
        displayLanguage: "nb-NO",
        requirements: { isSetSupported: (name: string, v?: string) => name === "WordApi" && versionLE(v ?? "1.1", fw.wordApi) },
      },
    };
  }

  static uninstall() {
    delete (globalThis as any).Word;
    delete (globalThis as any).Office;
  }
}

type Op = () => void;

export class FCtx {
  queue: Op[] = [];
  document: any;
  application: any;
  constructor(public fw: FakeWord) {
    const ctx = this;
    const body = {
      _text: undefined as string | undefined,
      get text(): string {
        if (this._text === undefined) throw new Error("PropertyNotLoaded: body.text");
        return this._text;
      },
      load(props: string) {
        if (props !== "text") throw new Error("fake: only body.load('text')");
        ctx.queue.push(() => {
          fw.bodyTextReads++;
          body._text = fw.paras.join("\r");
        });
      },
      paragraphs: new FParas(ctx, () => fw.paras.map((_, i) => i)),
      getReviewedText(kind: string) {
        if (!versionLE("1.4", fw.wordApi)) throw new Error("ApiNotFound: getReviewedText");
        const result = { _v: undefined as string | undefined, get value(): string {
          if (this._v === undefined) throw new Error("PropertyNotLoaded: value");
          return this._v;
        } };
        ctx.queue.push(() => {
          fw.reviewedReads++;
          result._v = fw.paras.map((_, i) => (kind === "Current" ? fw.reviewedOf(i) : fw.paras[i])).join("\r");
        });
        return result;
      },
      insertParagraph(text: string, location: string) {
        if (location !== "End" && location !== "Start") throw new Error("fake: bad location");
        const para = new FRange(ctx, { p: -1, s: 0, pe: -1, e: 0, para: true });
        ctx.queue.push(() => {
          if (location === "End") {
            fw.paras.push(text);
            para.loc = { p: fw.paras.length - 1, s: 0, pe: fw.paras.length - 1, e: 0, para: true };
          } else {
            throw new Error("fake: Start insert not modelled");
          }
        });
        return para;
      },
    };
    this.document = {
      body,
      getSelection() {
        if (!fw.selection) throw new Error("fake: no selection");
        return new FRange(ctx, { ...fw.selection });
      },
      set changeTrackingMode(_v: string) {
        fw.trackingWrites++;
      },
    };
    this.application = {
      createDocument(b64?: string) {
        return { open() { ctx.queue.push(() => fw.created.push(b64 ?? "")); } };
      },
    };
  }

  async sync(): Promise<void> {
    this.fw.syncs++;
    const n = this.fw.syncs;
    const ops = this.queue;
    this.queue = [];
    const fail = this.fw.failSync && this.fw.failSync.at === n;
    if (fail && !this.fw.failSync!.afterApplying) throw new Error("GeneralException");
    try {
      for (const op of ops) op();
    } finally {
      this.fw.batchReplaced = [];
    }
    if (fail) throw new Error("GeneralException");
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
    if (this._text === undefined) throw new Error("PropertyNotLoaded: text");
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
    return new FParas(this.ctx, () => this.ctx.fw.paragraphsIn(this.ctx.fw.resolved(this.loc)));
  }
  getReviewedText(_kind: string) {
    const fw = this.ctx.fw;
    const result = { _v: undefined as string | undefined, get value(): string {
      if (this._v === undefined) throw new Error("PropertyNotLoaded: value");
      return this._v;
    } };
    this.ctx.queue.push(() => {
      fw.reviewedReads++;
      result._v = fw.textOf(this.loc);
    });
    return result;
  }
  search(text: string, options?: { matchCase?: boolean; matchWildcards?: boolean }): FColl {
    const fw = this.ctx.fw;
    const coll = new FColl(this.ctx);
    this.ctx.queue.push(() => {
      fw.searches.push({ text, options });
      if (text.length > 255) throw new Error("SearchStringInvalidOrTooLong");
      const needle = text.replace(/\^\^/g, "\u0000").replace(/\^/g, "<<code>>").replace(/\u0000/g, "^");
      if (needle.includes("<<code>>")) throw new Error("fake: unescaped ^ code in search");
      const loc = fw.resolved(this.loc);
      if (loc.p !== loc.pe) throw new Error("fake: search across paragraphs not modelled");
      const hay = fw.paras[loc.p]!.slice(loc.s, loc.e);
      const items: FRange[] = [];
      if (needle) {
        let from = 0;
        for (;;) {
          const at = options?.matchCase ? hay.indexOf(needle, from) : hay.toLowerCase().indexOf(needle.toLowerCase(), from);
          if (at < 0) break;
          items.push(new FRange(this.ctx, { p: loc.p, s: loc.s + at, pe: loc.p, e: loc.s + at + needle.length }));
          from = at + needle.length;
        }
      }
      coll.found = items;
    });
    return coll;
  }
  insertText(text: string, location: string): FRange {
    if (location === "Start" && this.loc.para) {
      this.ctx.queue.push(() => {
        const fw = this.ctx.fw;
        fw.paras[this.loc.p] = text + fw.paras[this.loc.p]!;
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
    return new FRange(this.ctx, { p: a.p, s: a.s, pe: b.pe, e: b.e });
  }
  getRange(where: string = "Whole"): FRange {
    const l = this.ctx.fw.resolved(this.loc);
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
    if (!this.loaded || !this.found) throw new Error("PropertyNotLoaded: items");
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
    if (!this.list) throw new Error("PropertyNotLoaded: paragraphs.items");
    return this.list;
  }
  load(props: string) {
    if (props !== "items/text") throw new Error("fake: load only 'items/text' (leaf properties)");
    this.ctx.queue.push(() => {
      this.list = this.indices().map((i) => {
        const r = new FRange(this.ctx, { p: i, s: 0, pe: i, e: 0, para: true });
        r.setLoaded(this.ctx.fw.paras[i]!);
        return r;
      });
    });
  }
}
