import { EARLY_WORKER, takeEarlyWorker, type EarlyWorker } from "../../src/taskpane/analysis/early";

const g = globalThis as Record<string, unknown>;
const fake = () => {
  const w = { terminated: false, terminate: () => void (w.terminated = true) };
  return w as unknown as Worker & { terminated: boolean };
};

describe("the worker started by early-worker.ts", () => {
  afterEach(() => {
    delete g[EARLY_WORKER];
  });

  it("is handed over once", () => {
    const w = fake();
    g[EARLY_WORKER] = { worker: w, failed: false } satisfies EarlyWorker;
    expect(takeEarlyWorker()).toBe(w);
    expect(takeEarlyWorker()).toBeNull();
  });

  it("is not used (and is stopped) when it failed before the pane took it", () => {
    const w = fake();
    g[EARLY_WORKER] = { worker: w, failed: true } satisfies EarlyWorker;
    expect(takeEarlyWorker()).toBeNull();
    expect(w.terminated).toBe(true);
  });

  it("is null when the page did not start one", () => {
    expect(takeEarlyWorker()).toBeNull();
  });
});
