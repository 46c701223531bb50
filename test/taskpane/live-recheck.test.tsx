/** @jest-environment jsdom */
/**
 * Live re-check (issue 12): the check loop re-reads after the host reports a change, with never more than
 * one `readDraft` in flight; changes during a read schedule exactly one more read after it. And the whole
 * pane in Word (WordApi 1.6, the strict fake) re-checks after the user edits a paragraph.
 */
import "@testing-library/jest-dom";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import type { AnalyzeOptions } from "../../src/core/model";
import type { DraftHost, DraftSnapshot } from "../../src/office/host";
import { createWordHost } from "../../src/office/word";
import { createMainThreadAnalyzer } from "../../src/taskpane/analysis/analyzer";
import { App } from "../../src/taskpane/App";
import { useCheck } from "../../src/taskpane/state/useCheck";
import { FakeWord } from "../office/fakes/fake-word";
import { fakeAnalyze } from "./fake-analyze";
import "./jsdom-setup";

/** A host whose reads finish only when the test says so. */
function slowHost(initial: string) {
  let text = initial;
  const listeners = new Set<() => void>();
  const waiting: Array<() => void> = [];
  const stats = { reads: 0, inFlight: 0, maxInFlight: 0 };
  const host: DraftHost = {
    kind: "word",
    readDraft(): Promise<DraftSnapshot> {
      stats.reads++;
      stats.inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
      const version = stats.reads;
      return new Promise((resolve) => {
        waiting.push(() => {
          stats.inFlight--;
          resolve({ text, scope: "body", version }); // the text when the read finishes
        });
      });
    },
    select: async () => undefined,
    applyEdits: async () => ({ applied: [], skipped: [] }),
    undoLast: async () => false,
    insertText: async () => ({ ok: false }),
    onDraftChanged(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    loadSettings: async () => null,
    saveSettings: async () => undefined,
  };
  return {
    host,
    stats,
    change(next: string) {
      text = next;
      for (const l of [...listeners]) l();
    },
    /** Finish the oldest read in flight. */
    async finishOne() {
      await act(async () => {
        waiting.shift()?.();
        await new Promise((r) => setTimeout(r, 5));
      });
    },
    get waiting() {
      return waiting.length;
    },
  };
}

const analyzer = createMainThreadAnalyzer(async () => fakeAnalyze);
const OPTIONS = {};

const tick = (ms = 5) => act(() => new Promise<void>((r) => setTimeout(r, ms)));

describe("useCheck: reads in flight", () => {
  test.each([0, 30])("debounce %i ms: changes and refreshes during a read queue exactly one more read after it", async (debounceMs) => {
    const h = slowHost("Vi skriver vedrørende saken.");
    const { result } = renderHook(() => useCheck(h.host, analyzer, { scope: "body", options: OPTIONS, debounceMs }));
    await tick();
    expect(h.stats.reads).toBe(1); // the first read is still in flight
    // the user types on, and something else asks for a refresh too
    h.change("Vi skriver om saken.");
    await tick(debounceMs + 10);
    h.change("Vi skriver om saken din.");
    await tick(debounceMs + 10);
    act(() => {
      void result.current.refresh();
    });
    await tick(debounceMs + 10);
    expect(h.stats.maxInFlight).toBe(1);
    expect(h.stats.reads).toBe(1);
    await h.finishOne();
    await tick(debounceMs + 10);
    expect(h.stats.reads).toBe(2); // exactly one more
    expect(h.stats.maxInFlight).toBe(1);
    await h.finishOne();
    await tick(debounceMs + 10);
    expect(h.stats.reads).toBe(2);
    expect(h.waiting).toBe(0);
    await waitFor(() => expect(result.current.draft?.text).toBe("Vi skriver om saken din."));
    await waitFor(() => expect(result.current.checked?.snapshot.text).toBe("Vi skriver om saken din."));
  });

  test("a draft read at start-up is checked at once, without a first read; later changes read as usual", async () => {
    const h = slowHost("Vi skriver vedrørende saken.");
    const initialDraft: DraftSnapshot = { text: "Vi skriver vedrørende saken.", scope: "body", version: 0 };
    const { result } = renderHook(() => useCheck(h.host, analyzer, { scope: "body", options: OPTIONS, debounceMs: 0, initialDraft }));
    expect(result.current.draft).toBe(initialDraft);
    await waitFor(() => expect(result.current.checked?.result.findings).toHaveLength(1));
    expect(result.current.checked?.snapshot).toBe(initialDraft);
    expect(h.stats.reads).toBe(0);
    h.change("Vi skriver om saken.");
    await tick();
    expect(h.stats.reads).toBe(1);
    await h.finishOne();
    await waitFor(() => expect(result.current.checked?.snapshot.text).toBe("Vi skriver om saken."));
    expect(result.current.checked?.result.findings).toHaveLength(0);
  });

  test("a result of the start-up draft already there is shown in the first render; one for other text or options is not", async () => {
    const text = "Vi skriver vedrørende saken.";
    const initialDraft: DraftSnapshot = { text, scope: "body", version: 0 };
    const result0 = fakeAnalyze(text, OPTIONS);
    const seen: string[] = [];
    const counting = createMainThreadAnalyzer(async () => (t: string, o: AnalyzeOptions) => (seen.push(t), fakeAnalyze(t, o)));
    const h = slowHost(text);
    const { result } = renderHook(() => useCheck(h.host, counting, { scope: "body", options: { ...OPTIONS }, debounceMs: 0, initialDraft, initialResult: { text, options: { ...OPTIONS }, result: result0 } }));
    expect(result.current.checked?.result).toBe(result0);
    expect(result.current.checked?.snapshot).toBe(initialDraft);
    await tick(20);
    expect(seen).toEqual([]);
    expect(h.stats.reads).toBe(0);

    for (const other of [{ text: "Noe annet.", options: OPTIONS }, { text, options: { ...OPTIONS, language: "nn" as const } }]) {
      const h2 = slowHost(text);
      const r2 = renderHook(() => useCheck(h2.host, counting, { scope: "body", options: OPTIONS, debounceMs: 0, initialDraft, initialResult: { ...other, result: result0 } }));
      expect(r2.result.current.checked).toBeNull();
      await waitFor(() => expect(r2.result.current.checked?.result.findings).toHaveLength(1));
      expect(r2.result.current.checked?.result).not.toBe(result0);
    }
  });

  test("a change after the reads have finished reads once more and re-checks", async () => {
    const h = slowHost("Vi skriver vedrørende saken.");
    const { result } = renderHook(() => useCheck(h.host, analyzer, { scope: "body", options: OPTIONS, debounceMs: 0 }));
    await h.finishOne();
    await waitFor(() => expect(result.current.checked?.result.findings).toHaveLength(1));
    h.change("Vi skriver om saken.");
    await tick();
    expect(h.stats.reads).toBe(2);
    await h.finishOne();
    await waitFor(() => expect(result.current.checked?.result.findings).toHaveLength(0));
    expect(h.stats.maxInFlight).toBe(1);
  });
});

describe("the pane in Word re-checks after an edit (WordApi 1.6 paragraph events)", () => {
  afterEach(() => FakeWord.uninstall());

  test("editing a paragraph updates the findings without pressing anything", async () => {
    const fw = new FakeWord({ paragraphs: ["Vedrørende vann", "Vannet blir stengt tirsdag. Det gjelder vedrørende Storgata."], platform: "365" });
    fw.install();
    const host = createWordHost({ storage: new Map() as unknown as Storage, page: null });
    render(<App host={host} mode="word" analyzer={analyzer} browserLanguages={["nb-NO"]} debounceMs={0} />);
    await waitFor(() => expect(document.querySelectorAll('[data-testid="finding"][data-rule="kanselli"]')).toHaveLength(2));
    await waitFor(() => expect(fw.activeHandlers("ParagraphChanged")).toBe(1));
    await act(async () => {
      await fw.editParagraph(1, "Vannet blir stengt tirsdag. Det gjelder Storgata.");
      await fw.settled();
    });
    await waitFor(() => expect(document.querySelectorAll('[data-testid="finding"][data-rule="kanselli"]')).toHaveLength(1));
    expect(fw.maxRunsInFlight).toBe(1);
    expect(screen.getByRole("heading", { name: "Funn (2)" })).toBeInTheDocument(); // one kanselli, one passive
  });
});
