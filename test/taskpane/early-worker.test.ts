import { EARLY_WORKER, takeEarly, takeEarlyWorker, tooLate, type EarlyWorker } from "../../src/taskpane/analysis/early";
import { standaloneFirstRequest } from "../../src/taskpane/analysis/first-request";
import { createStandaloneHost, DRAFT_KEY, SETTINGS_KEY, encodeDraft } from "../../src/office/standalone";
import { SAMPLE_DRAFT } from "../../src/office/sample-draft";
import { analyzeOptionsFor, settingsFromStorage } from "../../src/taskpane/state/settings";
import { pickLocale } from "../../src/taskpane/i18n/locale";

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

  it("is not started any more once the pane has looked for it (should early-worker.ts ever run after the pane's scripts)", () => {
    expect(tooLate()).toBe(false);
    expect(takeEarly()).toBeNull();
    expect(tooLate()).toBe(true);
  });
});

describe("the page's first check (first-request.ts)", () => {
  const store = (entries: Record<string, string>) => {
    const m = new Map(Object.entries(entries));
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  };

  it("is the draft and the options the pane starts with", async () => {
    const now = Date.now();
    const settings = JSON.stringify({ uiLanguage: "nn", checkLanguage: "nb", ruleOptions: { passive: false } });
    const cases: Array<Record<string, string>> = [{}, { [DRAFT_KEY]: encodeDraft("Eit utkast.", now) }, { [SETTINGS_KEY]: settings }, { [DRAFT_KEY]: "Plain old draft.", [SETTINGS_KEY]: "not json" }];
    for (const entries of cases) {
      const s = store(entries);
      const first = standaloneFirstRequest(s, now, ["en-GB"]);
      const host = createStandaloneHost({ storage: store(entries), now: () => now });
      const snap = await host.readDraft("body");
      const loaded = settingsFromStorage(await host.loadSettings());
      expect(first).toEqual({ text: snap.text, options: analyzeOptionsFor(loaded, pickLocale(loaded.uiLanguage, host.displayLanguage, ["en-GB"])) });
    }
    expect(standaloneFirstRequest(null, now, [])?.text).toBe(SAMPLE_DRAFT);
  });

  it("is null when storage throws", () => {
    const bad = { getItem: () => { throw new Error("denied"); }, setItem: () => undefined };
    expect(standaloneFirstRequest(bad, Date.now(), [])).toBeNull();
  });
});
