/** Messages between the pane and the analysis worker, and the worker's request handler. */
import type { AnalysisResult, AnalyzeOptions } from "../../core/model";

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type AnalysisResponse =
  | { id: number; ok: true; result: AnalysisResult; ms: number }
  | { id: number; ok: false; error: string };

export type AnalyzeFn = (text: string, options: AnalyzeOptions) => AnalysisResult;

/** Run one request; never throws (bad input becomes an error response). */
export function handleRequest(req: unknown, analyze: AnalyzeFn, now: () => number = () => Date.now()): AnalysisResponse {
  const r = (req ?? {}) as Partial<AnalysisRequest>;
  const id = typeof r.id === "number" ? r.id : -1;
  if (typeof r.text !== "string") return { id, ok: false, error: "text must be a string" };
  const t0 = now();
  try {
    const result = analyze(r.text, r.options && typeof r.options === "object" ? r.options : {});
    return { id, ok: true, result, ms: now() - t0 };
  } catch (e) {
    return { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
