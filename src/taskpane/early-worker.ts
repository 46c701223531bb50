/**
 * The page's first script (a blocking <script> before office.js in taskpane.html): starts the
 * analysis worker at once, so the checker's code is fetched, parsed and initialised in the worker
 * while the pane's own, larger scripts load and the pane renders. index.tsx adopts the worker.
 * Kept tiny on purpose: no imports besides the worker itself.
 */
import { EARLY_WORKER, type EarlyWorker } from "./analysis/early";

try {
  performance.mark("kanalklar:worker");
} catch {
  // measurement aid only
}
try {
  if (typeof Worker !== "undefined") {
    const worker = new Worker(new URL(/* webpackChunkName: "analysis" */ "./analysis/analysis.worker.ts", import.meta.url));
    const early: EarlyWorker = { worker, failed: false };
    worker.addEventListener("error", () => {
      early.failed = true;
    });
    (globalThis as Record<string, unknown>)[EARLY_WORKER] = early;
  }
} catch {
  // index.tsx starts its own worker (or checks on the main thread)
}
