/** analyze() plus the sentence outline the cards use for their context line (one parse for both). */
import { analyzeDoc } from "../../core/index";
import type { AnalysisResult, AnalyzeOptions } from "../../core/model";
import { outlineOf, type Outline } from "../check/outline";

export type PaneResult = AnalysisResult & { outline?: Outline };

export function analyzeWithOutline(text: string, options: AnalyzeOptions): PaneResult {
  const { doc, ...result } = analyzeDoc(text, options);
  return { ...result, outline: outlineOf(doc) };
}
