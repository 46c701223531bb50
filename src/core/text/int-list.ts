// A growable list of 32-bit integers in one Int32Array. parse() keeps a few of these for the whole process
// and refills them on every call (token indices of sentence-end candidates and line ends, paragraph drafts,
// word counts): they are temporaries of one parse, so reusing their memory spares the garbage collector a
// few hundred kilobytes of arrays per 100 000 words, and numbers in a typed array are never boxed.
export class IntList {
  n = 0;
  data: Int32Array;

  constructor(capacity = 64) {
    this.data = new Int32Array(capacity);
  }

  /** Empty the list, keeping its memory (and dropping it when a huge text made it larger than needed). */
  reset(expected = 0): void {
    this.n = 0;
    if (this.data.length > 4 * expected + (1 << 20)) this.data = new Int32Array(Math.max(64, expected));
  }

  push(v: number): void {
    if (this.n === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.n++] = v;
  }

  /** The values as a view of the list's memory: valid until the list is reset. */
  view(): Int32Array {
    return this.data.subarray(0, this.n);
  }
}
