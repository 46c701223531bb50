import { applyEdits, safeFixes, editsOverlap } from "../../src/core/edits";
import type { Edit, Finding } from "../../src/core/model";

describe("applyEdits", () => {
  const text = "Vedrørende søknaden: vi viser til brevet 🙂 og Deres svar.";
  const at = (s: string, from = 0): [number, number] => {
    const i = text.indexOf(s, from);
    return [i, i + s.length];
  };

  test("applies edits given in any order and keeps everything else identical", () => {
    const [a0, a1] = at("Vedrørende");
    const [b0, b1] = at("Deres");
    const out = applyEdits(text, [
      { start: b0, end: b1, replacement: "ditt" },
      { start: a0, end: a1, replacement: "Om" },
    ]);
    expect(out).toBe("Om søknaden: vi viser til brevet 🙂 og ditt svar.");
  });

  test("no edits returns the very same text", () => {
    expect(applyEdits(text, [])).toBe(text);
  });

  test("insertions and deletions", () => {
    const [e0] = at("🙂");
    expect(applyEdits(text, [{ start: e0, end: e0 + 3, replacement: "" }, { start: 0, end: 0, replacement: ">> " }])).toBe(
      ">> Vedrørende søknaden: vi viser til brevet og Deres svar.",
    );
  });

  test("an insertion right before a replacement at the same place is allowed", () => {
    expect(applyEdits("abc", [{ start: 1, end: 2, replacement: "X" }, { start: 1, end: 1, replacement: "+" }])).toBe("a+Xc");
  });

  test("adjacent edits do not overlap", () => {
    expect(applyEdits("abcd", [{ start: 0, end: 2, replacement: "1" }, { start: 2, end: 4, replacement: "2" }])).toBe("12");
  });

  test("overlapping edits are refused with both named", () => {
    expect(() => applyEdits(text, [{ start: 0, end: 10, replacement: "Om" }, { start: 5, end: 12, replacement: "x" }])).toThrow(
      /Overlapping edits: \[0,10\)→"Om" and \[5,12\)→"x"/,
    );
  });

  test("two insertions at the same place are refused", () => {
    expect(() => applyEdits("abc", [{ start: 1, end: 1, replacement: "x" }, { start: 1, end: 1, replacement: "y" }])).toThrow(/Overlapping/);
  });

  test.each<[string, Edit]>([
    ["negative start", { start: -1, end: 2, replacement: "" }],
    ["end past the text", { start: 0, end: 999, replacement: "" }],
    ["end before start", { start: 5, end: 3, replacement: "" }],
    ["fractional offset", { start: 1.5, end: 3, replacement: "" }],
  ])("out-of-range edit is refused: %s", (_name, edit) => {
    expect(() => applyEdits(text, [edit])).toThrow(/out of range.*\[/);
  });

  test("the input array is not reordered", () => {
    const edits: Edit[] = [{ start: 5, end: 6, replacement: "b" }, { start: 0, end: 1, replacement: "a" }];
    applyEdits("0123456", edits);
    expect(edits[0].start).toBe(5);
  });

  test("surrogate pairs outside the edits survive", () => {
    const t = "😀 vedrørende 👩‍👩‍👧";
    const i = t.indexOf("vedrørende");
    expect(applyEdits(t, [{ start: i, end: i + 10, replacement: "om" }])).toBe("😀 om 👩‍👩‍👧");
  });
});

describe("editsOverlap", () => {
  test("cases", () => {
    expect(editsOverlap({ start: 0, end: 2, replacement: "" }, { start: 1, end: 3, replacement: "" })).toBe(true);
    expect(editsOverlap({ start: 0, end: 2, replacement: "" }, { start: 2, end: 3, replacement: "" })).toBe(false);
    expect(editsOverlap({ start: 2, end: 2, replacement: "" }, { start: 2, end: 2, replacement: "" })).toBe(true);
    expect(editsOverlap({ start: 2, end: 2, replacement: "" }, { start: 1, end: 3, replacement: "" })).toBe(true);
  });
});

describe("safeFixes", () => {
  const f = (start: number, end: number, replacement?: string): Pick<Finding, "fix"> =>
    replacement === undefined ? {} : { fix: { start, end, replacement } };

  test("keeps fixes in order, skips findings without a fix, drops overlaps and duplicates", () => {
    const fixes = safeFixes([f(10, 14, "b"), f(0, 5, "a"), f(3, 8, "x"), f(20, 22), f(10, 14, "b"), f(30, 31, "c")]);
    expect(fixes).toEqual([
      { start: 0, end: 5, replacement: "a" },
      { start: 10, end: 14, replacement: "b" },
      { start: 30, end: 31, replacement: "c" },
    ]);
  });

  test("the chosen fixes can always be applied together", () => {
    const text = "x".repeat(100);
    const findings = Array.from({ length: 60 }, (_, i) => f((i * 7) % 90, ((i * 7) % 90) + (i % 5), String(i)));
    expect(() => applyEdits(text, safeFixes(findings, text.length))).not.toThrow();
  });

  test("fixes past the text length are left out", () => {
    expect(safeFixes([f(0, 2, "a"), f(8, 12, "b")], 10)).toEqual([{ start: 0, end: 2, replacement: "a" }]);
  });
});
