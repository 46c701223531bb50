// Where a safe fix might change a fact (fact-guard.ts): the signs of a fact in a window of the text — a digit or
// "@", a period, the start of a relative-deadline word — counted once for the whole text, so each of tens of
// thousands of fixes is looked at in constant time instead of reading its window character by character.

/** Where a word of fact-guard's DEADLINE_WORDS may start: each of them begins with one of these. */
const DEADLINE_START = /uke|veke|week|dag|days|måned|månad|month/gi;
/** The shortest of those words ("uke", "dag"). */
const SHORTEST = 3;

export class FactSigns {
  /** Digits and "@" before each offset. */
  private readonly signs: Int32Array;
  /** Periods before each offset. */
  private readonly dots: Int32Array;
  /** Every offset where a relative-deadline word may start (overlapping ones too), ascending. */
  private readonly starts: number[] = [];

  constructor(text: string) {
    const n = text.length;
    this.signs = new Int32Array(n + 1);
    this.dots = new Int32Array(n + 1);
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      this.signs[k + 1] = this.signs[k] + ((c >= 48 && c <= 57) || c === 64 ? 1 : 0);
      this.dots[k + 1] = this.dots[k] + (c === 46 ? 1 : 0);
    }
    DEADLINE_START.lastIndex = 0;
    for (let m = DEADLINE_START.exec(text); m; m = DEADLINE_START.exec(text)) {
      this.starts.push(m.index);
      DEADLINE_START.lastIndex = m.index + 1;
    }
  }

  /** A digit or "@" in [a, b). */
  digitOrAt(a: number, b: number): boolean {
    return this.signs[b] > this.signs[a];
  }

  /** A period in [a, b). */
  dot(a: number, b: number): boolean {
    return this.dots[b] > this.dots[a];
  }

  /** Whether a relative-deadline word could lie inside [a, b) (when not, the word test on it fails). */
  deadlineWordMayBeIn(a: number, b: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < a) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.starts[lo] + SHORTEST <= b;
  }
}
