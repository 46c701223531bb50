/**
 * Copy text in the order that works inside Office: the async Clipboard API; then execCommand("copy")
 * on a temporary textarea (the Clipboard API is blocked by the iframe policy in Outlook on the web);
 * then select the visible text so the user can press Ctrl+C. Never throws.
 */

export type CopyOutcome = "clipboard" | "exec-command" | "manual";

export interface CopyEnv {
  clipboard?: { writeText(text: string): Promise<void> } | null;
  document?: Document | null;
  /** How long to wait for a Clipboard API call that neither resolves nor rejects. */
  timeoutMs?: number;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error("timeout")), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

/** Copy `text`; `visible` is the on-screen field to select when both automatic ways fail. */
export async function copyText(text: string, visible?: HTMLTextAreaElement | null, env: CopyEnv = {}): Promise<CopyOutcome> {
  const nav = typeof navigator !== "undefined" ? navigator : undefined;
  const clipboard = env.clipboard !== undefined ? env.clipboard : nav?.clipboard;
  const doc = env.document !== undefined ? env.document : typeof document !== "undefined" ? document : null;
  if (clipboard && typeof clipboard.writeText === "function") {
    try {
      await withTimeout(clipboard.writeText(text), env.timeoutMs ?? 1500);
      return "clipboard";
    } catch {
      // blocked (Outlook on the web, insecure context, permissions policy): try the next way
    }
  }
  if (doc && typeof doc.execCommand === "function") {
    const active = doc.activeElement as HTMLElement | null;
    const ta = doc.createElement("textarea");
    ta.value = text;
    ta.setAttribute("readonly", "");
    ta.setAttribute("aria-hidden", "true");
    ta.style.position = "fixed";
    ta.style.top = "0";
    ta.style.left = "-9999px";
    ta.style.opacity = "0";
    doc.body.appendChild(ta);
    let ok = false;
    try {
      ta.focus();
      ta.select();
      ta.setSelectionRange(0, text.length);
      ok = doc.execCommand("copy") === true;
    } catch {
      ok = false;
    } finally {
      ta.remove();
      active?.focus?.();
    }
    if (ok) return "exec-command";
  }
  if (visible) {
    try {
      visible.focus();
      visible.select();
      visible.setSelectionRange(0, visible.value.length);
    } catch {
      // nothing more we can do
    }
  }
  return "manual";
}
