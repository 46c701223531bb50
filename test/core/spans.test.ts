import fc from "fast-check";
import { SpanSet, type Span } from "../../src/core/facts/spans";

const naive = (list: Span[], a: Span) => list.some((b) => a.start < b.end && b.start < a.end);

describe("SpanSet", () => {
  test("answers as the linear overlap test does, whatever the order of insertion", () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 8 })).map(([start, len]) => ({ start, end: start + len }));
    fc.assert(
      fc.property(fc.array(fc.tuple(span, fc.boolean()), { maxLength: 80 }), fc.array(span, { maxLength: 20 }), (ops, queries) => {
        const set = new SpanSet();
        const list: Span[] = [];
        for (const [s, insert] of ops) {
          // Interleave inserts and queries, as extraction does.
          expect(set.overlaps(s)).toBe(naive(list, s));
          if (insert) {
            set.add(s);
            list.push(s);
          }
        }
        for (const q of queries) expect(set.overlaps(q)).toBe(naive(list, q));
        expect(set.size).toBe(list.length);
      }),
      { numRuns: 400 },
    );
  });

  test("an empty span overlaps a span strictly around it only", () => {
    const set = new SpanSet([{ start: 5, end: 10 }]);
    expect(set.overlaps({ start: 7, end: 7 })).toBe(true);
    expect(set.overlaps({ start: 5, end: 5 })).toBe(false);
    expect(set.overlaps({ start: 10, end: 10 })).toBe(false);
    set.add({ start: 20, end: 20 });
    expect(set.overlaps({ start: 19, end: 21 })).toBe(true);
    expect(set.overlaps({ start: 20, end: 21 })).toBe(false);
  });

  test("200,000 spans in rising and in falling order stay few runs and answer correctly", () => {
    const up = new SpanSet();
    const down = new SpanSet();
    for (let i = 0; i < 200_000; i++) {
      up.add({ start: 3 * i, end: 3 * i + 2 });
      down.add({ start: 3 * (199_999 - i), end: 3 * (199_999 - i) + 2 });
    }
    for (const set of [up, down]) {
      expect(set.overlaps({ start: 2, end: 3 })).toBe(false);
      expect(set.overlaps({ start: 1, end: 2 })).toBe(true);
      expect(set.overlaps({ start: 599_999, end: 600_000 })).toBe(false);
      expect(set.overlaps({ start: 599_998, end: 599_999 })).toBe(true);
      expect((set as unknown as { runs: unknown[] }).runs.length).toBeLessThanOrEqual(20);
    }
  });
});
