/**
 * Runs the checker for the pane. Only the newest request matters: while one runs, a newer one
 * replaces any that waits, and the replaced request resolves to null ("superseded").
 */
import type { AnalysisResult, AnalyzeOptions } from "../../core/model";
import type { AnalysisRequest, AnalysisResponse, AnalyzeFn } from "./protocol";
import { handleRequest } from "./protocol";
import { createAssembler } from "./parts";

export interface Analyzer {
  /** The result, or null when a newer request replaced this one before it ran. */
  analyze(text: string, options: AnalyzeOptions): Promise<AnalysisResult | null>;
  dispose(): void;
}

/** A request already posted to the worker (the page's first check), and its answer to come. */
export interface PrimedRequest {
  text: string;
  options: AnalyzeOptions;
  response: Promise<AnalysisResponse>;
}

/** What the analyzer needs from a Worker (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

interface Pending {
  req: AnalysisRequest;
  resolve(r: AnalysisResult | null): void;
  reject(e: Error): void;
}

/** Serialises requests, keeping at most one waiting; `run` does the work for one request. */
function latestOnly(run: (req: AnalysisRequest) => Promise<AnalysisResponse>): Analyzer {
  let nextId = 1;
  let busy = false;
  let waiting: Pending | null = null;
  let disposed = false;

  const pump = async () => {
    if (busy || !waiting || disposed) return;
    const job = waiting;
    waiting = null;
    busy = true;
    try {
      const res = await run(job.req);
      if (res.ok) job.resolve(res.result);
      else job.reject(new Error(res.error));
    } catch (e) {
      job.reject(e instanceof Error ? e : new Error(String(e)));
    } finally {
      busy = false;
      void pump();
    }
  };

  // The same text with the same options shares one result (e.g. the page's early start and the
  // pane's first check).
  let last: { text: string; key: string; promise: Promise<AnalysisResult | null> } | null = null;

  return {
    analyze(text, options) {
      const key = JSON.stringify(options ?? {});
      if (last && last.text === text && last.key === key) return last.promise;
      const promise = new Promise<AnalysisResult | null>((resolve, reject) => {
        if (disposed) return resolve(null);
        if (waiting) waiting.resolve(null);
        waiting = { req: { id: nextId++, text, options }, resolve, reject };
        void pump();
      });
      const entry = { text, key, promise };
      last = entry;
      promise.then(
        (r) => {
          if (r === null && last === entry) last = null;
        },
        () => {
          if (last === entry) last = null;
        },
      );
      return promise;
    },
    dispose() {
      disposed = true;
      if (waiting) waiting.resolve(null);
      waiting = null;
    },
  };
}

/** Main-thread analysis: the fallback where Worker is unavailable (jsdom, old hosts) or broken. */
export function createMainThreadAnalyzer(load: () => Promise<AnalyzeFn> = defaultLoad): Analyzer {
  let fn: Promise<AnalyzeFn> | null = null;
  return latestOnly(async (req) => {
    fn ??= load();
    const analyze = await fn;
    // Yield once so the UI can paint the "checking" state before the work starts.
    await new Promise((r) => setTimeout(r, 0));
    return handleRequest(req, analyze, () => (typeof performance !== "undefined" ? performance.now() : Date.now()));
  });
}

async function defaultLoad(): Promise<AnalyzeFn> {
  const m = await import(/* webpackChunkName: "core" */ "./with-outline");
  return m.analyzeWithOutline;
}

/**
 * Worker analysis. If the worker cannot start or dies, requests fall back to the main thread, so the
 * pane keeps working (slower) instead of showing nothing.
 */
export function createWorkerAnalyzer(
  makeWorker: () => WorkerLike,
  fallback: () => Analyzer = () => createMainThreadAnalyzer(),
  { eager = false, first }: { eager?: boolean; first?: PrimedRequest } = {},
): Analyzer {
  let worker: WorkerLike | null = null;
  let broken = false;
  let backup: Analyzer | null = null;
  const inflight = new Map<number, (r: AnalysisResponse) => void>();

  const useBackup = () => (backup ??= fallback());

  const fail = (why: string) => {
    broken = true;
    try {
      worker?.terminate();
    } catch {
      // ignore
    }
    worker = null;
    for (const [id, done] of inflight) done({ id, ok: false, error: `worker-failed: ${why}` });
    inflight.clear();
  };

  const getWorker = (): WorkerLike | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      const w = makeWorker();
      // Long results come in parts (parts.ts); only answers to requests in flight are collected.
      const parts = createAssembler((id) => inflight.has(id));
      w.onmessage = (e) => {
        const res = parts.accept(e.data);
        const done = res && inflight.get(res.id);
        if (res && done) {
          inflight.delete(res.id);
          done(res);
        }
      };
      w.onerror = (e) => fail(e instanceof Error ? e.message : "error event");
      worker = w;
      return w;
    } catch (e) {
      fail(e instanceof Error ? e.message : String(e));
      return null;
    }
  };

  // Start the worker now so it loads the checker while the page renders.
  if (eager) getWorker();

  const inner = latestOnly(async (req) => {
    const w = getWorker();
    if (w) {
      const res = await new Promise<AnalysisResponse>((resolve) => {
        inflight.set(req.id, resolve);
        try {
          w.postMessage(req);
        } catch (e) {
          inflight.delete(req.id);
          fail(e instanceof Error ? e.message : String(e));
          resolve({ id: req.id, ok: false, error: "worker-failed: postMessage" });
        }
      });
      if (res.ok || !res.error.startsWith("worker-failed")) return res;
    }
    const result = await useBackup().analyze(req.text, req.options);
    return result ? { id: req.id, ok: true, result, ms: 0 } : { id: req.id, ok: false, error: "superseded" };
  });

  // A request the worker already had before this analyzer existed (the page's first check, posted by
  // early-worker.ts): the same text with the same options takes its answer; an error answer (the
  // worker failed) is asked again the usual way, which falls back to the main thread.
  let primed: { text: string; key: string; promise: Promise<AnalysisResult | null> } | null = null;
  if (first) {
    const { text, options } = first;
    primed = {
      text,
      key: JSON.stringify(options ?? {}),
      promise: first.response.then(
        (res) => (res.ok ? res.result : inner.analyze(text, options)),
        () => inner.analyze(text, options),
      ),
    };
  }

  return {
    analyze(text, options) {
      if (primed && primed.text === text && primed.key === JSON.stringify(options ?? {})) return primed.promise;
      primed = null;
      return inner.analyze(text, options);
    },
    dispose() {
      primed = null;
      inner.dispose();
      backup?.dispose();
      try {
        worker?.terminate();
      } catch {
        // ignore
      }
      worker = null;
    },
  };
}
