/**
 * «Sett inn» in Outlook. `body.setSelectedDataAsync` replaces whatever is selected, and when the body
 * never had focus it puts the text at the top (office.body.yml remarks; office-js#1108, #5802, #6919;
 * it has also reported success without inserting anything, office-js#6811). So:
 * 1. read the selection first (`item.getSelectedDataAsync`, Mailbox 1.2) and refuse when text is selected
 *    — the user's text is never overwritten;
 * 2. read the body before and after, and compare: the new body must be the old body with exactly our text
 *    added in one place (whitespace-insensitive, since clients re-space HTML);
 * 3. say where it went: at the top, at the end, or at the cursor.
 */
import type { InsertResult } from "./host";
import { call, htmlType, textType, type Callback, type OutlookItem } from "./outlook-api";

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text as HTML lines (our own text only; never the message's HTML). */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => escapeHtml(l))
    .join("<br>");
}

/** Whitespace-insensitive form used to compare bodies (clients rewrap and re-space text). */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

/**
 * Where `ins` was added to `before` to give `after` (all collapsed), or null when `after` is not `before`
 * plus `ins` in one place (nothing arrived, or something else changed too).
 */
export function insertedAt(before: string, after: string, ins: string): "top" | "end" | "cursor" | null {
  const b = collapse(before);
  const a = collapse(after);
  const n = collapse(ins);
  if (!n || a.length < b.length + n.length) return null;
  // try every place where n occurs in a: the rest must equal b (spaces around the seam may merge)
  let from = 0;
  for (;;) {
    const at = a.indexOf(n, from);
    if (at < 0) return null;
    const rest = collapse(a.slice(0, at) + " " + a.slice(at + n.length));
    if (rest === b) {
      if (collapse(a.slice(0, at)) === "") return "top";
      if (collapse(a.slice(at + n.length)) === "") return "end";
      return "cursor";
    }
    from = at + 1;
  }
}

export interface InsertDeps {
  /** Read the whole body as text (the same way before and after). */
  readBody(it: OutlookItem, cb: Callback<string>): void;
}

export async function insertIntoBody(it: OutlookItem, text: string, deps: InsertDeps): Promise<InsertResult> {
  if (!text.trim()) return { ok: false, reason: "empty" };
  try {
    if (typeof it.getSelectedDataAsync === "function") {
      const sel = await call<{ data: string; sourceProperty: string }>((cb) => it.getSelectedDataAsync!(textType(), cb));
      if (sel && typeof sel.data === "string" && sel.data.trim() !== "") return { ok: false, reason: "selection-not-empty" };
    }
    const type = it.body.getTypeAsync ? await call<string>((cb) => it.body.getTypeAsync!(cb)).catch(() => textType()) : textType();
    const isHtml = type === htmlType();
    const before = await call<string>((cb) => deps.readBody(it, cb));
    await call<void>((cb) =>
      it.body.setSelectedDataAsync(isHtml ? textToHtml(text) : text.replace(/\r\n?/g, "\n"), { coercionType: isHtml ? htmlType() : textType() }, cb),
    );
    const after = await call<string>((cb) => deps.readBody(it, cb));
    if (collapse(after) === collapse(before)) return { ok: false, reason: "not-verified" };
    const where = insertedAt(before, after, text);
    return where ? { ok: true, where } : { ok: false, reason: "changed-other-text" };
  } catch {
    return { ok: false, reason: "error" };
  }
}
