/**
 * Live re-check in Word (issue 12): how the Word adapter learns that the document changed.
 *
 * - WordApi 1.6 (Microsoft 365 Version 2308+, Word on the web, Mac): `document.onParagraphAdded`,
 *   `onParagraphChanged` and `onParagraphDeleted`. The handlers are added inside `Word.run` and are
 *   active after that batch's sync; they get `{ type, source: "Local" | "Remote", uniqueLocalIds }`
 *   (Word.ParagraphChangedEventArgs). They are removed with `EventHandlerResult.remove()` in the same
 *   request context they were added in (OfficeExtension.EventHandlerResult), here through
 *   `Word.run(document, …)`, which runs a batch on the document object's context.
 * - Older Word (2019/2021 stop at WordApi 1.3): no document change event exists, so the body text is read
 *   when the pane gets focus or comes back into view, and on a gentle timer while it is visible; the
 *   listener hears only of real changes (the text differs from the last probe). A tick is skipped while
 *   a probe or any other read of the adapter is running, so there is never more than one read in flight.
 *
 * `Word` and `window`/`document` are touched only inside functions, so the module loads anywhere.
 */
import type { WordDocumentLike, WordEventArgs, WordEventHandlerResult, WordGlobal } from "./word-api";

/** How often the body is probed on Word without paragraph events, while the pane is visible. */
export const POLL_MS = 4500;

/** What the pane's page tells the poller. */
export interface PageSignals {
  /** Whether the pane can be seen now (document.visibilityState). */
  visible(): boolean;
  /** Call back when the pane gets focus or comes back into view; returns an unsubscribe function. */
  onWake(cb: () => void): () => void;
}

/** The browser's window focus and document visibility, or null outside a browser. */
export function browserPage(): PageSignals | null {
  const w = (globalThis as { window?: Window }).window;
  const d = (globalThis as { document?: Document }).document;
  if (!w || !d || typeof w.addEventListener !== "function") return null;
  return {
    visible: () => d.visibilityState !== "hidden",
    onWake(cb) {
      const onVis = () => {
        if (d.visibilityState !== "hidden") cb();
      };
      w.addEventListener("focus", cb);
      d.addEventListener("visibilitychange", onVis);
      return () => {
        w.removeEventListener("focus", cb);
        d.removeEventListener("visibilitychange", onVis);
      };
    },
  };
}

export interface ParagraphEventsOptions {
  word: () => WordGlobal;
  /** Run a batch in turn with the adapter's reads (one batch in flight at a time). */
  serial<T>(fn: () => Promise<T>): Promise<T>;
  /** Each event, while subscribed. */
  onEvent(args: WordEventArgs): void;
  /** The handlers are registered (synced): from now on no change goes unreported. */
  onReady(): void;
  /** Registration failed (a host that claims WordApi 1.6 but cannot): the caller falls back to polling. */
  onFail(): void;
  /** The handlers were active and are now removed (or being removed). */
  onStopped(): void;
}

/** Register the three paragraph events (WordApi 1.6); returns an unsubscribe function. */
export function watchParagraphEvents(o: ParagraphEventsOptions): () => void {
  let closed = false;
  let reg: { doc: WordDocumentLike; results: WordEventHandlerResult[] } | null = null;
  // office.js calls handlers as (args) => Promise<any>
  const handler = async (args: WordEventArgs): Promise<void> => {
    if (!closed) o.onEvent(args);
  };
  const unregister = (r: { doc: WordDocumentLike; results: WordEventHandlerResult[] }) => {
    o.serial(() =>
      o.word().run(r.doc, async (ctx) => {
        for (const res of r.results) res.remove();
        await ctx.sync();
      }),
    ).catch(() => undefined); // the pane is going away; nothing else to do
  };
  o.serial(() =>
    o.word().run(async (ctx) => {
      const doc = ctx.document;
      const events = [doc.onParagraphAdded, doc.onParagraphChanged, doc.onParagraphDeleted];
      if (events.some((e) => !e || typeof e.add !== "function")) throw new Error("paragraph events are missing");
      const results = events.map((e) => e!.add(handler));
      await ctx.sync(); // the handlers are active from here
      return { doc, results };
    }),
  ).then(
      (r) => {
        if (closed) return unregister(r);
        reg = r;
        o.onReady();
      },
      () => {
        if (!closed) o.onFail();
      },
    );
  return () => {
    if (closed) return;
    closed = true;
    if (reg) {
      unregister(reg);
      reg = null;
      o.onStopped();
    }
  };
}

export interface PollOptions {
  /** Read something that changes whenever the body text changes (the body text itself). */
  probe(): Promise<string>;
  /** Run `fn` now unless another read of the adapter is in flight; null when skipped. */
  tryExclusive<T>(fn: () => Promise<T>): Promise<T> | null;
  page: PageSignals | null;
  intervalMs: number;
  /** The body text differs from the last probe. */
  onChange(): void;
}

/** Probe on wake and every `intervalMs` while visible; returns an unsubscribe function. */
export function watchByPolling(o: PollOptions): () => void {
  let closed = false;
  let last: string | null = null;
  let inFlight = false;
  /** A wake came while a probe ran: probe once more right after it (a wake means the user is back). */
  let again = false;

  const tick = (wake: boolean) => {
    if (closed) return;
    if (inFlight) {
      if (wake) again = true;
      return;
    }
    if (!wake && o.page && !o.page.visible()) return;
    const run = o.tryExclusive(() => o.probe());
    if (!run) return; // the pane is reading anyway; the next tick compares
    inFlight = true;
    run
      .then(
        (text) => {
          if (closed) return;
          const changed = last !== null && (text.length !== last.length || text !== last);
          last = text;
          if (changed) o.onChange();
        },
        () => undefined, // keep the last text; the next tick tries again
      )
      .finally(() => {
        inFlight = false;
        if (again && !closed) {
          again = false;
          tick(true);
        }
      });
  };

  const timer = setInterval(() => tick(false), o.intervalMs);
  const offWake = o.page ? o.page.onWake(() => tick(true)) : () => undefined;
  tick(true); // the baseline
  return () => {
    closed = true;
    clearInterval(timer);
    offWake();
  };
}
