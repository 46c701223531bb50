/** Messages between «Kanaler» and the channels worker, and the worker's request handler (never throws). */
import type { VariantOptions, VariantsResult } from "../../core/channels/index";

export interface ComposeRequest {
  id: number;
  text: string;
  options: VariantOptions;
}

export type ComposeResponse = { id: number; ok: true; result: VariantsResult } | { id: number; ok: false; error: string };

export type ComposeFn = (text: string, options: VariantOptions) => VariantsResult;

export function handleCompose(req: unknown, compose: ComposeFn): ComposeResponse {
  const r = (req ?? {}) as Partial<ComposeRequest>;
  const id = typeof r.id === "number" ? r.id : -1;
  if (typeof r.text !== "string") return { id, ok: false, error: "text must be a string" };
  try {
    return { id, ok: true, result: compose(r.text, r.options && typeof r.options === "object" ? r.options : {}) };
  } catch (e) {
    return { id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
