/**
 * The page's first script (inlined at the top of taskpane.html, allowed by its hash in the page's
 * Content-Security-Policy; see webpack.config.js): starts the
 * analysis worker at once, so the checker's code is fetched, parsed and initialised in the worker
 * while the pane's own, larger scripts load and the pane renders. On the browser page (not inside
 * Office) it also posts the draft the page starts with, so the first check runs while the pane's
 * scripts load; index.tsx adopts the worker and that answer.
 * Kept small on purpose: no React, no UI text.
 */
import { hostedByOffice, type BootGlobal } from "../office/hosted";
import { EARLY_REQUEST_ID, EARLY_WORKER, tooLate, type EarlyWorker } from "./analysis/early";
import { standaloneFirstRequest } from "./analysis/first-request";
import type { AnalysisResponse } from "./analysis/protocol";
import { createAssembler } from "./analysis/parts";

try {
  performance.mark("kanalklar:worker");
} catch {
  // measurement aid only
}
try {
  if (typeof Worker !== "undefined" && !tooLate()) {
    const worker = new Worker(new URL(/* webpackChunkName: "analysis" */ "./analysis/analysis.worker.ts", import.meta.url));
    const early: EarlyWorker = { worker, failed: false };
    let answer: ((r: AnalysisResponse) => void) | null = null;
    worker.addEventListener("error", () => {
      early.failed = true;
      answer?.({ id: EARLY_REQUEST_ID, ok: false, error: "worker-failed: error event" });
    });
    // Inside Office the draft comes from Word or Outlook, later: nothing to check yet.
    if (!hostedByOffice(globalThis as BootGlobal)) {
      let storage: Storage | null = null;
      try {
        storage = globalThis.localStorage ?? null;
      } catch {
        storage = null;
      }
      const first = standaloneFirstRequest(storage, Date.now());
      if (first) {
        const response = new Promise<AnalysisResponse>((resolve) => {
          answer = resolve;
          const parts = createAssembler((id) => id === EARLY_REQUEST_ID);
          const listen = (e: MessageEvent) => {
            const res = parts.accept(e.data);
            if (!res) return;
            worker.removeEventListener("message", listen);
            resolve(res);
          };
          worker.addEventListener("message", listen);
        });
        worker.postMessage({ id: EARLY_REQUEST_ID, text: first.text, options: first.options });
        early.first = { ...first, response };
      }
    }
    (globalThis as Record<string, unknown>)[EARLY_WORKER] = early;
  }
} catch {
  // index.tsx starts its own worker (or checks on the main thread)
}
