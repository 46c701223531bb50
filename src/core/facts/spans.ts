// A growing set of [start, end) spans that answers "does this span overlap one of yours?" in O(log² n).
// Fact extraction asks that for every candidate match against everything found so far; a linear scan made
// "kl. 9 " × 16,000 quadratic. The spans live in runs sorted by start: a span that starts after the last one
// extends the last run; any other starts a new run, once the last runs are merged until each is more than
// twice the size of the next. So there are O(log n) runs, a span takes part in O(log n) merges, and a query
// is one binary search per run.

interface Run {
  /** Starts, ascending. */
  starts: number[];
  /** Ends in the same order. */
  ends: number[];
  /** maxEnd[i] = the largest end among the first i + 1 spans. */
  maxEnd: number[];
}

export interface Span {
  start: number;
  end: number;
}

function makeRun(starts: number[], ends: number[]): Run {
  const maxEnd = new Array<number>(ends.length);
  let m = -Infinity;
  for (let i = 0; i < ends.length; i++) {
    if (ends[i] > m) m = ends[i];
    maxEnd[i] = m;
  }
  return { starts, ends, maxEnd };
}

function merge(a: Run, b: Run): Run {
  const n = a.starts.length + b.starts.length;
  const starts = new Array<number>(n);
  const ends = new Array<number>(n);
  let i = 0;
  let j = 0;
  for (let k = 0; k < n; k++) {
    if (j >= b.starts.length || (i < a.starts.length && a.starts[i] <= b.starts[j])) {
      starts[k] = a.starts[i];
      ends[k] = a.ends[i++];
    } else {
      starts[k] = b.starts[j];
      ends[k] = b.ends[j++];
    }
  }
  return makeRun(starts, ends);
}

/** Number of spans in `run` that start before `end`. */
function startingBefore(run: Run, end: number): number {
  let lo = 0;
  let hi = run.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run.starts[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SpanSet {
  private runs: Run[] = [];
  private count = 0;

  constructor(spans: Iterable<Span> = []) {
    for (const s of spans) this.add(s);
  }

  get size(): number {
    return this.count;
  }

  add(s: Span): void {
    this.count++;
    const runs = this.runs;
    const last = runs[runs.length - 1];
    // Spans mostly come in order (one pattern's matches, left to right): they extend the last run.
    if (last && last.starts[last.starts.length - 1] <= s.start) {
      last.starts.push(s.start);
      last.ends.push(s.end);
      last.maxEnd.push(Math.max(last.maxEnd[last.maxEnd.length - 1], s.end));
      return;
    }
    this.settle();
    runs.push(makeRun([s.start], [s.end]));
  }

  /** Merge the last runs until each is more than twice the size of the next (so at most log2(n) + 1 runs). */
  private settle(): void {
    const runs = this.runs;
    while (runs.length >= 2 && runs[runs.length - 2].starts.length <= 2 * runs[runs.length - 1].starts.length) {
      const b = runs.pop() as Run;
      const a = runs.pop() as Run;
      runs.push(merge(a, b));
    }
  }

  /** Whether some span b in the set has b.start < a.end && a.start < b.end (the test extract.ts always used). */
  overlaps(a: Span): boolean {
    for (const run of this.runs) {
      const k = startingBefore(run, a.end);
      if (k > 0 && run.maxEnd[k - 1] > a.start) return true;
    }
    return false;
  }
}
