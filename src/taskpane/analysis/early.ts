/** The analysis worker started by early-worker.ts before the pane's scripts, handed to index.tsx once. */
export const EARLY_WORKER = "__kanalklarAnalysisWorker";

export interface EarlyWorker {
  worker: Worker;
  /** It reported an error before the pane adopted it (its script did not load). */
  failed: boolean;
}

/** The early worker if it started and has not failed, once (later calls get null). */
export function takeEarlyWorker(): Worker | null {
  const g = globalThis as Record<string, unknown>;
  const early = g[EARLY_WORKER] as EarlyWorker | undefined;
  if (!early) return null;
  delete g[EARLY_WORKER];
  if (early.failed) {
    try {
      early.worker.terminate();
    } catch {
      // ignore
    }
    return null;
  }
  return early.worker;
}
