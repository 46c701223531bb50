import type { AnalysisResult, Finding } from "../../src/core/model";
import { createWorkerAnalyzer, type WorkerLike } from "../../src/taskpane/analysis/analyzer";
import { createAssembler, splitResponse, type AnalysisMessage } from "../../src/taskpane/analysis/parts";
import type { AnalysisResponse } from "../../src/taskpane/analysis/protocol";

const finding = (i: number): Finding => ({ rule: "kanselli", severity: "warning", start: i * 10, end: i * 10 + 4, text: `w${i}`, message: "m", suggestions: [] });

function response(id: number, n: number): AnalysisResponse & { ok: true } {
  const result: AnalysisResult & { outline: { sentences: Int32Array } } = {
    language: "nb",
    stats: { words: n, sentences: 1, longWords: 0, avgSentenceLength: n, longWordPercent: 0, lix: 10, band: "easy", characters: n, paragraphs: 1 },
    findings: Array.from({ length: n }, (_, i) => finding(i)),
    outline: { sentences: new Int32Array([0, 5, 0]) },
  };
  return { id, ok: true, result, ms: 3 };
}

describe("a result sent in parts", () => {
  it("is one message up to the part size, and comes back whole from its parts", () => {
    for (const n of [0, 1, 5, 6, 7, 12, 13]) {
      const res = response(7, n);
      const messages = splitResponse(res, 6);
      expect(messages).toHaveLength(Math.max(1, Math.ceil(n / 6)));
      if (messages.length > 1) for (const m of messages) expect(("findings" in m ? m.findings : m.ok ? m.result.findings : []).length).toBeLessThanOrEqual(6);
      const parts = createAssembler();
      const got = messages.map((m) => parts.accept(m));
      expect(got.slice(0, -1).every((g) => g === null)).toBe(true);
      expect(got[got.length - 1]).toEqual(res);
      expect(res.result.findings).toHaveLength(n);
    }
  });

  it("passes errors through, and collects only the answers asked for", () => {
    const error: AnalysisResponse = { id: 3, ok: false, error: "boom" };
    expect(splitResponse(error, 1)).toEqual([error]);
    expect(createAssembler().accept(error)).toBe(error);
    const parts = createAssembler((id) => id === -1);
    for (const m of splitResponse(response(4, 5), 2)) expect(parts.accept(m)).toBeNull();
    const mine = splitResponse(response(-1, 5), 2).map((m) => parts.accept(m));
    expect(mine[mine.length - 1]).toMatchObject({ id: -1, ok: true });
    expect(parts.accept(undefined)).toBeNull();
    expect(parts.accept({ id: 9, part: 1, findings: [] })).toBeNull();
  });

  it("can be put together by two listeners from the same messages, neither changing them", () => {
    const messages = splitResponse(response(1, 9), 4);
    const copy = splitResponse(response(1, 9), 4);
    const a = createAssembler();
    const b = createAssembler();
    let ra: AnalysisResponse | null = null;
    let rb: AnalysisResponse | null = null;
    for (const m of messages) {
      ra = a.accept(m) ?? ra;
      rb = b.accept(m) ?? rb;
    }
    expect(ra).toEqual(response(1, 9));
    expect(rb).toEqual(response(1, 9));
    expect(messages).toEqual(copy);
  });
});

describe("the worker analyzer with a result in parts", () => {
  it("answers with the whole result, in order", async () => {
    const w: WorkerLike & { posted: unknown[] } = {
      posted: [],
      onmessage: null,
      onerror: null,
      postMessage(m: unknown) {
        this.posted.push(m);
        const { id } = m as { id: number };
        const messages: AnalysisMessage[] = splitResponse(response(id, 2500), 1000);
        setTimeout(() => {
          for (const msg of messages) this.onmessage?.({ data: msg });
        }, 0);
      },
      terminate() {},
    };
    const analyzer = createWorkerAnalyzer(() => w);
    const r = await analyzer.analyze("text", {});
    expect(r?.findings).toHaveLength(2500);
    expect(r?.findings.map((f) => f.start)).toEqual(Array.from({ length: 2500 }, (_, i) => i * 10));
  });
});
