import type { AnalysisResult, AnalyzeOptions } from "../../src/core/model";
import { createMainThreadAnalyzer, createWorkerAnalyzer, type WorkerLike } from "../../src/taskpane/analysis/analyzer";
import { handleRequest, type AnalyzeFn } from "../../src/taskpane/analysis/protocol";

function fakeResult(text: string): AnalysisResult {
  const words = text.split(/\s+/).filter(Boolean).length;
  return {
    language: "nb",
    stats: { words, sentences: 1, longWords: 0, avgSentenceLength: words, longWordPercent: 0, lix: words, band: "easy", characters: text.length, paragraphs: 1 },
    findings: [],
  };
}

/** A worker fake that answers with `analyze`, asynchronously like a real one. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(private analyze: AnalyzeFn, private hold = false) {}
  private queue: unknown[] = [];
  postMessage(m: unknown) {
    this.posted.push(m);
    if (this.hold) this.queue.push(m);
    else setTimeout(() => this.onmessage?.({ data: handleRequest(m, this.analyze) }), 0);
  }
  release() {
    for (const m of this.queue.splice(0)) this.onmessage?.({ data: handleRequest(m, this.analyze) });
  }
  terminate() {
    this.terminated = true;
  }
}

describe("handleRequest", () => {
  it("answers with the result or an error, never throws", () => {
    expect(handleRequest({ id: 3, text: "a b", options: {} }, fakeResult)).toMatchObject({ id: 3, ok: true, result: { stats: { words: 2 } } });
    expect(handleRequest({ id: 4, text: 42 }, fakeResult)).toMatchObject({ id: 4, ok: false });
    expect(handleRequest(null, fakeResult)).toMatchObject({ id: -1, ok: false });
    const throwing: AnalyzeFn = () => {
      throw new Error("rule broke");
    };
    expect(handleRequest({ id: 5, text: "x", options: {} }, throwing)).toEqual({ id: 5, ok: false, error: "rule broke" });
  });
});

describe("main-thread analyzer", () => {
  it("runs only the newest waiting request; replaced ones resolve to null", async () => {
    const seen: string[] = [];
    const analyzer = createMainThreadAnalyzer(async () => (text: string) => (seen.push(text), fakeResult(text)));
    const p1 = analyzer.analyze("one", {});
    const p2 = analyzer.analyze("two two", {});
    const p3 = analyzer.analyze("three three three", {});
    const [r1, r2, r3] = await Promise.all([p1, p2, p3]);
    expect(r1?.stats.words).toBe(1);
    expect(r2).toBeNull();
    expect(r3?.stats.words).toBe(3);
    expect(seen).toEqual(["one", "three three three"]);
  });

  it("shares one run between identical requests", async () => {
    const calls = jest.fn((t: string) => fakeResult(t));
    const analyzer = createMainThreadAnalyzer(async () => calls);
    const opts: AnalyzeOptions = { locale: "nn" };
    const [a, b] = await Promise.all([analyzer.analyze("x y", opts), analyzer.analyze("x y", { locale: "nn" })]);
    expect(a).toBe(b);
    expect(calls).toHaveBeenCalledTimes(1);
    await analyzer.analyze("x y", { locale: "en" });
    expect(calls).toHaveBeenCalledTimes(2);
  });

  it("rejects when the checker fails", async () => {
    const analyzer = createMainThreadAnalyzer(async () => () => {
      throw new Error("bad");
    });
    await expect(analyzer.analyze("x", {})).rejects.toThrow("bad");
  });
});

describe("worker analyzer", () => {
  it("sends requests to the worker and returns its answers", async () => {
    const w = new FakeWorker(fakeResult);
    const analyzer = createWorkerAnalyzer(() => w, () => {
      throw new Error("no fallback expected");
    });
    const r = await analyzer.analyze("a b c", { locale: "en" });
    expect(r?.stats.words).toBe(3);
    expect(w.posted).toHaveLength(1);
    expect(w.posted[0]).toMatchObject({ text: "a b c", options: { locale: "en" } });
    analyzer.dispose();
    expect(w.terminated).toBe(true);
  });

  it("keeps one request in flight and drops the ones typed over", async () => {
    const w = new FakeWorker(fakeResult, true);
    const analyzer = createWorkerAnalyzer(() => w);
    const p1 = analyzer.analyze("a", {});
    await Promise.resolve();
    const p2 = analyzer.analyze("a b", {});
    const p3 = analyzer.analyze("a b c", {});
    await new Promise((r) => setTimeout(r, 0));
    expect(w.posted).toHaveLength(1);
    w.release();
    await expect(p1).resolves.toMatchObject({ stats: { words: 1 } });
    await expect(p2).resolves.toBeNull();
    await new Promise((r) => setTimeout(r, 0));
    w.release();
    await expect(p3).resolves.toMatchObject({ stats: { words: 3 } });
    expect(w.posted).toHaveLength(2);
  });

  it("falls back to the main thread when the worker cannot start", async () => {
    const fallback = createMainThreadAnalyzer(async () => fakeResult);
    const analyzer = createWorkerAnalyzer(() => {
      throw new Error("SecurityError: worker blocked");
    }, () => fallback);
    await expect(analyzer.analyze("x y", {})).resolves.toMatchObject({ stats: { words: 2 } });
  });

  it("falls back to the main thread when the worker dies", async () => {
    const w = new FakeWorker(fakeResult, true);
    const analyzer = createWorkerAnalyzer(() => w, () => createMainThreadAnalyzer(async () => fakeResult));
    const p = analyzer.analyze("x y z", {});
    await new Promise((r) => setTimeout(r, 0));
    w.onerror?.(new Error("script failed to load"));
    await expect(p).resolves.toMatchObject({ stats: { words: 3 } });
    expect(w.terminated).toBe(true);
    // Later requests go straight to the fallback.
    await expect(analyzer.analyze("q", {})).resolves.toMatchObject({ stats: { words: 1 } });
    expect(w.posted).toHaveLength(1);
  });

  it("starts the worker at once when eager", () => {
    const make = jest.fn(() => new FakeWorker(fakeResult));
    createWorkerAnalyzer(make, undefined, { eager: true });
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe("worker analyzer with the page's first check already posted (early-worker.ts)", () => {
  const opts: AnalyzeOptions = { language: "auto", locale: "nb" };

  it("answers the same text with the same options from the early answer, without posting again", async () => {
    const w = new FakeWorker(fakeResult);
    const response = Promise.resolve(handleRequest({ id: -1, text: "a b c", options: opts }, fakeResult));
    const analyzer = createWorkerAnalyzer(() => w, undefined, { eager: true, first: { text: "a b c", options: { ...opts }, response } });
    const [r1, r2] = await Promise.all([analyzer.analyze("a b c", { ...opts }), analyzer.analyze("a b c", { ...opts })]);
    expect(r1?.stats.words).toBe(3);
    expect(r2).toBe(r1);
    expect(w.posted).toEqual([]);
  });

  it("asks the worker when the text or the options differ", async () => {
    const w = new FakeWorker(fakeResult);
    const response = Promise.resolve(handleRequest({ id: -1, text: "a b c", options: opts }, fakeResult));
    const analyzer = createWorkerAnalyzer(() => w, undefined, { first: { text: "a b c", options: opts, response } });
    expect((await analyzer.analyze("a b", opts))?.stats.words).toBe(2);
    expect((await analyzer.analyze("a b c", { ...opts, language: "nn" }))?.stats.words).toBe(3);
    expect(w.posted).toHaveLength(2);
    // Once another request came, the early answer is not used any more.
    expect((await analyzer.analyze("a b c", opts))?.stats.words).toBe(3);
    expect(w.posted).toHaveLength(3);
  });

  it("checks again the usual way when the early answer is an error (the worker failed)", async () => {
    const w = new FakeWorker(fakeResult);
    const response = Promise.resolve({ id: -1, ok: false as const, error: "worker-failed: error event" });
    const analyzer = createWorkerAnalyzer(() => w, undefined, { first: { text: "a b c", options: opts, response } });
    expect((await analyzer.analyze("a b c", opts))?.stats.words).toBe(3);
    expect(w.posted).toHaveLength(1);
  });
});
