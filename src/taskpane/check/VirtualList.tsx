/**
 * A list that renders only the rows near the viewport (a draft can have 100,000 findings). Row heights
 * are measured once rendered and estimated before; spacers above and below keep the scroll height
 * right. Works with the page's scroll or the nearest scrolling ancestor. Small lists render whole.
 * scrollToIndex() brings a row into the rendered range and view, then calls back (to move focus).
 */
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";

export interface VirtualListHandle {
  /** Render row i, scroll it into view, then run `then` with the row's wrapper element. */
  scrollToIndex(i: number, then?: (el: HTMLElement | null) => void): void;
}

export interface VirtualListProps {
  count: number;
  /** Stable key of row i (measured heights are kept per key). */
  keyOf(i: number): string;
  renderRow(i: number): ReactNode;
  /** Below this many rows everything renders. */
  threshold?: number;
  /**
   * When the list first mounts, render at most this many rows and the rest just after the first
   * paint (the first check shows its summary and first cards sooner).
   */
  firstRows?: number;
  estimate?: number;
  overscan?: number;
  className?: string;
  role?: string;
  ariaLabelledby?: string;
  ariaDescribedby?: string;
  ariaBusy?: boolean;
  testId?: string;
}

function scrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const o = getComputedStyle(p).overflowY;
    if ((o === "auto" || o === "scroll") && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

export const VirtualList = forwardRef<VirtualListHandle, VirtualListProps>(function VirtualList(
  { count, keyOf, renderRow, threshold = 40, firstRows, estimate = 200, overscan = 400, className, role, ariaLabelledby, ariaDescribedby, ariaBusy, testId },
  ref,
) {
  const root = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [version, setVersion] = useState(0);
  const [range, setRange] = useState<[number, number]>([0, Math.min(count, threshold)]);
  const pending = useRef<{ i: number; then?: (el: HTMLElement | null) => void } | null>(null);
  const virtual = count > threshold;
  const [warm, setWarm] = useState(firstRows === undefined);
  useEffect(() => {
    if (warm) return;
    // After the next frame is painted (a timer inside the frame callback), render the rest.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const raf = typeof requestAnimationFrame === "function" ? requestAnimationFrame(() => (timer = setTimeout(() => setWarm(true), 0))) : 0;
    if (!raf) timer = setTimeout(() => setWarm(true), 0);
    return () => {
      if (raf && typeof cancelAnimationFrame === "function") cancelAnimationFrame(raf);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [warm]);

  // Row offsets from measured heights (estimate for the rest): prefix sums, O(count) per change.
  const offsets = useMemo(() => {
    const out = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) out[i + 1] = out[i]! + (heights.current.get(keyOf(i)) ?? estimate);
    return out;
    // version bumps when measured heights change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count, keyOf, estimate, version]);

  const indexAt = useCallback(
    (y: number) => {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (offsets[mid + 1]! <= y) lo = mid + 1;
        else hi = mid;
      }
      return Math.min(lo, Math.max(0, count - 1));
    },
    [offsets, count],
  );

  const update = useCallback(() => {
    if (!virtual) {
      setRange((r) => (r[0] === 0 && r[1] === count ? r : [0, count]));
      return;
    }
    const el = root.current;
    if (!el) return;
    const sp = scrollParent(el);
    const rect = el.getBoundingClientRect();
    const viewTop = sp ? sp.getBoundingClientRect().top : 0;
    const viewH = sp ? sp.clientHeight : window.innerHeight || 800;
    const top = viewTop - rect.top - overscan;
    const bottom = viewTop - rect.top + viewH + overscan;
    const from = indexAt(Math.max(0, top));
    const to = Math.min(count, indexAt(Math.max(0, bottom)) + 1);
    const p = pending.current;
    const a = p ? Math.min(from, p.i) : from;
    const b = p ? Math.max(to, p.i + 1) : to;
    setRange((r) => (r[0] === a && r[1] === b ? r : [a, b]));
  }, [virtual, count, indexAt, overscan]);

  useLayoutEffect(update, [update]);

  useEffect(() => {
    if (!virtual) return;
    const el = root.current;
    const sp = scrollParent(el);
    let frame = 0;
    const on = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    const target: HTMLElement | Window = sp ?? window;
    target.addEventListener("scroll", on, { passive: true });
    window.addEventListener("resize", on);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      target.removeEventListener("scroll", on);
      window.removeEventListener("resize", on);
    };
  }, [virtual, update]);

  // Measure what rendered; re-layout when a height differs from what we assumed.
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    let changed = false;
    for (const row of Array.from(el.querySelectorAll<HTMLElement>(":scope > [data-vrow]"))) {
      const k = row.dataset.vkey!;
      const h = row.offsetHeight;
      if (h > 0 && heights.current.get(k) !== h) {
        heights.current.set(k, h);
        changed = true;
      }
    }
    if (changed && virtual) setVersion((v) => v + 1);
    const p = pending.current;
    if (p) {
      const row = el.querySelector<HTMLElement>(`:scope > [data-vrow="${p.i}"]`);
      if (row) {
        pending.current = null;
        const sp = scrollParent(el);
        const r = row.getBoundingClientRect();
        const viewTop = sp ? sp.getBoundingClientRect().top : 0;
        const viewH = sp ? sp.clientHeight : window.innerHeight || 800;
        if (r.top < viewTop + 48 || r.bottom > viewTop + viewH) row.scrollIntoView?.({ block: "center" });
        p.then?.(row);
      }
    }
  });

  useImperativeHandle(
    ref,
    () => ({
      scrollToIndex(i, then) {
        if (count === 0) return then?.(null);
        const at = Math.max(0, Math.min(count - 1, i));
        pending.current = { i: at, then };
        setWarm(true);
        setRange((r) => (at >= r[0] && at < r[1] ? [r[0], r[1]] : [Math.max(0, at - 5), Math.min(count, at + 10)]));
      },
    }),
    [count],
  );

  const [from, all] = virtual ? [Math.min(range[0], count), Math.min(range[1], count)] : [0, count];
  const to = warm || firstRows === undefined ? all : Math.min(all, from + firstRows);
  const rows: ReactNode[] = [];
  for (let i = from; i < to; i++) {
    const k = keyOf(i);
    rows.push(
      <div key={k} data-vrow={i} data-vkey={k}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div ref={root} className={className} role={role} aria-labelledby={ariaLabelledby} aria-describedby={ariaDescribedby} aria-busy={ariaBusy} data-testid={testId} data-rendered={to - from}>
      {virtual && <div aria-hidden="true" style={{ height: offsets[from] }} />}
      {rows}
      {virtual && <div aria-hidden="true" style={{ height: Math.max(0, offsets[count]! - offsets[to]!) }} />}
    </div>
  );
});
