/**
 * Composes the channel variants in a Web Worker (falls back to the main thread where there is none,
 * e.g. jsdom, or when the worker fails). Only the newest request matters: an older one still waiting
 * resolves to null.
 */
import type { VariantOptions, VariantsResult } from "../../core/channels/index";
import type { ComposeResponse } from "./compose-protocol";

export interface Composer {
  compose(text: string, options: VariantOptions): Promise<VariantsResult | null>;
  dispose(): void;
}

interface WorkerLike {
  postMessage(m: unknown): void;
  terminate(): void;
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

async function onMainThread(text: string, options: VariantOptions): Promise<VariantsResult> {
  const core = await import(/* webpackChunkName: "channels-core" */ "./core");
  await new Promise((r) => setTimeout(r, 0));
  return core.variants(text, options);
}

export function createComposer(makeWorker?: () => WorkerLike): Composer {
  let worker: WorkerLike | null = null;
  let broken = !makeWorker;
  let nextId = 1;
  let latest = 0;
  const waiting = new Map<number, (r: ComposeResponse) => void>();

  const fail = () => {
    broken = true;
    try {
      worker?.terminate();
    } catch {
      // ignore
    }
    worker = null;
    for (const [id, done] of waiting) done({ id, ok: false, error: "worker-failed" });
    waiting.clear();
  };

  const getWorker = () => {
    if (broken || !makeWorker) return null;
    if (worker) return worker;
    try {
      const w = makeWorker();
      w.onmessage = (e) => {
        const res = e.data as ComposeResponse;
        const done = waiting.get(res?.id);
        if (done) {
          waiting.delete(res.id);
          done(res);
        }
      };
      w.onerror = () => fail();
      worker = w;
      return w;
    } catch {
      fail();
      return null;
    }
  };

  return {
    async compose(text, options) {
      const id = nextId++;
      latest = id;
      const w = getWorker();
      if (w) {
        const res = await new Promise<ComposeResponse>((resolve) => {
          waiting.set(id, resolve);
          try {
            w.postMessage({ id, text, options });
          } catch {
            waiting.delete(id);
            fail();
            resolve({ id, ok: false, error: "worker-failed" });
          }
        });
        if (res.ok) return id === latest ? res.result : null;
        if (res.error !== "worker-failed") throw new Error(res.error);
      }
      const result = await onMainThread(text, options);
      return id === latest ? result : null;
    },
    dispose() {
      fail();
    },
  };
}

/** The composer for the running page: a worker where the browser has them. */
export function defaultComposer(): Composer {
  if (typeof Worker === "undefined") return createComposer();
  return createComposer(() => new Worker(new URL(/* webpackChunkName: "channels-worker" */ "./channels.worker.ts", import.meta.url)) as unknown as WorkerLike);
}
