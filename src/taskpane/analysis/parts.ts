/**
 * A long result crosses from the worker in parts. The page copies each message on its main thread
 * (structured clone), one message per task: 13,000 findings in one message took 40–60 ms there, so a
 * result with more than PART_SIZE findings is sent as a head (the result with its first findings)
 * followed by messages holding the rest, in order. The page puts them back together.
 */
import type { Finding } from "../../core/model";
import type { AnalysisResponse } from "./protocol";

/** Findings per message. */
export const PART_SIZE = 1000;

/** The rest of a response's findings, after its head. */
export interface ResponsePart {
  id: number;
  /** 1-based, in order. */
  part: number;
  findings: Finding[];
}

/** A response as sent: whole, or a head that says how many parts follow. */
export type AnalysisMessage = (AnalysisResponse & { parts?: number }) | ResponsePart;

/** The messages for one response (one message unless it has more than `size` findings). */
export function splitResponse(res: AnalysisResponse, size = PART_SIZE): AnalysisMessage[] {
  if (!res.ok || res.result.findings.length <= size) return [res];
  const all = res.result.findings;
  const out: AnalysisMessage[] = [];
  for (let at = size, part = 1; at < all.length; at += size, part++) out.push({ id: res.id, part, findings: all.slice(at, at + size) });
  return [{ ...res, result: { ...res.result, findings: all.slice(0, size) }, parts: out.length }, ...out];
}

export interface Assembler {
  /** Take one message; the whole response once its last part is in, else null. */
  accept(message: unknown): AnalysisResponse | null;
}

/**
 * Puts responses back together. Only responses whose id `wanted` accepts are collected (a listener
 * that waits for one answer ignores the rest). Messages are never changed (two listeners may share them).
 */
export function createAssembler(wanted: (id: number) => boolean = () => true): Assembler {
  const open = new Map<number, { head: AnalysisResponse & { ok: true }; parts: Finding[][]; left: number }>();
  return {
    accept(message) {
      const m = message as Partial<ResponsePart> & Partial<AnalysisResponse> & { parts?: unknown };
      if (!m || typeof m.id !== "number" || !wanted(m.id)) return null;
      if (typeof m.part === "number") {
        const o = open.get(m.id);
        if (!o || m.part !== o.parts.length + 1 || !Array.isArray(m.findings)) return null;
        o.parts.push(m.findings);
        if (--o.left > 0) return null;
        open.delete(m.id);
        const { id, ms, result } = o.head;
        return { id, ok: true, ms, result: { ...result, findings: result.findings.concat(...o.parts) } };
      }
      const res = m as AnalysisResponse & { parts?: unknown };
      if (res.ok && typeof res.parts === "number" && res.parts > 0) {
        open.set(res.id, { head: res, parts: [], left: res.parts });
        return null;
      }
      open.delete(res.id);
      return res;
    },
  };
}
