/** The analysis worker started by early-worker.ts before the pane's scripts, handed to index.tsx once. */
import type { AnalyzeOptions } from "../../core/model";
import type { AnalysisResponse } from "./protocol";

export const EARLY_WORKER = "__kanalklarAnalysisWorker";

/** The id of the request early-worker.ts posts (the pane's own requests count up from 1). */
export const EARLY_REQUEST_ID = -1;

/** The browser page's first check, posted to the worker before the pane's scripts loaded. */
export interface EarlyFirst {
  text: string;
  options: AnalyzeOptions;
  /** The worker's answer (an error response when the worker failed). */
  response: Promise<AnalysisResponse>;
}

export interface EarlyWorker {
  worker: Worker;
  /** It reported an error before the pane adopted it (its script did not load). */
  failed: boolean;
  /** The first check, when the page already knew its draft (the browser page outside Office). */
  first?: EarlyFirst;
}

/**
 * The early worker (and its first check) if it started and has not failed, once (later calls get null).
 * After the first call an early-worker.ts that runs late (should the page ever load it after the
 * pane's scripts) starts nothing: see tooLate().
 */
export function takeEarly(): { worker: Worker; first?: EarlyFirst } | null {
  const g = globalThis as Record<string, unknown>;
  const early = g[EARLY_WORKER] as EarlyWorker | null | undefined;
  g[EARLY_WORKER] = null;
  if (!early) return null;
  if (early.failed) {
    try {
      early.worker.terminate();
    } catch {
      // ignore
    }
    return null;
  }
  return early.first ? { worker: early.worker, first: early.first } : { worker: early.worker };
}

/** The early worker if it started and has not failed, once (later calls get null). */
export function takeEarlyWorker(): Worker | null {
  return takeEarly()?.worker ?? null;
}

/** The pane has already started its own worker (early-worker.ts ran after index.tsx): start none. */
export function tooLate(): boolean {
  return (globalThis as Record<string, unknown>)[EARLY_WORKER] !== undefined;
}
