/**
 * Fuzz of the pane's state code with huge and hostile drafts: the undo stack (undo restores exactly,
 * redo re-applies, edits elsewhere in between survive), finding grouping/keys/places, and storage
 * (ignores and the stored draft) given garbage. No crash, nothing lost.
 */
import fc from "fast-check";
import type { Edit, Finding } from "../../src/core/model";
import { findingKeys, groupByRule, atSentenceStart, usableSuggestions } from "../../src/taskpane/check/findings";
import { excerpt, placeOf, outlineOf } from "../../src/taskpane/check/outline";
import { EMPTY_UNDO, MAX_BATCHES, afterUndo, batchFor, pushDone, reverseEdits } from "../../src/taskpane/state/undo";
import { IGNORES_KEY, documentKey, loadIgnored, saveIgnored } from "../../src/taskpane/state/ignores";
import { DRAFT_KEY, createStandaloneHost, decodeDraft, encodeDraft } from "../../src/office/standalone";
import { analyzeDoc } from "../../src/core/index";

/** Apply non-overlapping edits (sorted, as the hosts do). */
function apply(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/** Random non-overlapping edits into a text. */
const editsFor = (text: string) =>
  fc
    .array(fc.tuple(fc.nat(text.length), fc.nat(12), fc.string({ maxLength: 8, unit: fc.constantFrom("a", "b", " ", "æ", "«", "💧", "\n", "x") })), { maxLength: 6 })
    .map((raw) => {
      const sorted = raw.map(([s, len, r]) => ({ start: s, end: Math.min(text.length, s + len), replacement: r })).sort((a, b) => a.start - b.start);
      const out: Edit[] = [];
      let last = -1;
      for (const e of sorted) {
        if (e.start < last || (e.start === last && out.length && out[out.length - 1]!.start === e.start)) continue;
        out.push(e);
        last = e.end;
      }
      return out;
    });

const textArb = fc.string({ maxLength: 400, unit: fc.constantFrom("a", "b", "c", " ", ".", "\n", "D", "e", "r", "s", "ø", "💧") });

describe("undo stack", () => {
  it("undo restores the text exactly, and redo brings the change back", () => {
    fc.assert(
      fc.property(textArb.chain((t) => fc.tuple(fc.constant(t), editsFor(t))), ([text, edits]) => {
        const after = apply(text, edits);
        const batch = batchFor(text, edits, "x");
        const rev = reverseEdits(after, batch);
        expect(rev.lost).toBe(0);
        const back = apply(after, rev.edits);
        expect(back).toBe(text);
        const redo = batchFor(after, rev.edits, "x");
        const again = apply(back, reverseEdits(back, redo).edits);
        expect(again).toBe(after);
      }),
      { numRuns: 400 },
    );
  });

  it("keeps a change the user made elsewhere in between (or refuses; never garbles)", () => {
    const long = "Første avsnitt med nok tekst til ankrene. ".repeat(6);
    fc.assert(
      fc.property(fc.nat(long.length - 1), fc.string({ maxLength: 10 }), fc.nat(long.length), (at, typed, where) => {
        const edit = { start: at, end: Math.min(long.length, at + 5), replacement: "XY" };
        const after = apply(long, [edit]);
        const batch = batchFor(long, [edit], "x");
        // The user types somewhere after the action.
        const pos = Math.min(where, after.length);
        const typedText = after.slice(0, pos) + typed + after.slice(pos);
        const rev = reverseEdits(typedText, batch);
        const undone = apply(typedText, rev.edits);
        if (rev.lost === 0) {
          // Undone: the original span is back and what was typed is still there.
          expect(undone.length).toBe(long.length + typed.length);
          expect(undone.includes(long.slice(edit.start, edit.end)) || edit.start === edit.end).toBe(true);
        } else {
          expect(undone).toBe(typedText);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("stays bounded with many and huge batches", () => {
    let s = EMPTY_UNDO;
    const huge = "x".repeat(1_500_000);
    for (let i = 0; i < MAX_BATCHES + 50; i++) s = pushDone(s, batchFor(huge, [{ start: 0, end: huge.length, replacement: "" }], `b${i}`));
    expect(s.undo.length).toBeLessThanOrEqual(3);
    expect(s.undo[s.undo.length - 1]!.label).toBe(`b${MAX_BATCHES + 49}`);
    s = afterUndo(s, null);
    expect(s.redo).toEqual([]);
    // An empty batch changes nothing.
    expect(pushDone(EMPTY_UNDO, batchFor("abc", [], "none"))).toBe(EMPTY_UNDO);
  });
});

describe("findings state with huge and hostile input", () => {
  it("groups, keys and places 200,000 findings of one rule without overflowing", () => {
    const text = "De ".repeat(200_000);
    const findings: Finding[] = Array.from({ length: 200_000 }, (_, i) => ({ rule: "formal-address", severity: "warning", start: i * 3, end: i * 3 + 2, text: "De", message: "m", suggestions: ["du", "dere"] }));
    const groups = groupByRule(findings);
    expect(groups[0]!.findings).toHaveLength(200_000);
    const keys = findingKeys(findings);
    expect(new Set(keys).size).toBe(200_000);
    const place = placeOf(text, findings[150_000]!.start, findings[150_000]!.end);
    const ex = excerpt(text, place, findings[150_000]!.start, findings[150_000]!.end);
    expect(ex.flagged).toBe("De");
    expect(ex.before.length + ex.after.length).toBeLessThanOrEqual(200);
  });

  it("never throws on hostile findings and places (offsets out of range, empty text, odd suggestions)", () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: -5, max: 500 }), fc.integer({ min: -5, max: 500 }), fc.array(fc.string(), { maxLength: 5 }), (text, a, b, sugs) => {
        const start = Math.min(a, b);
        const end = Math.max(a, b);
        const place = placeOf(text, start, end);
        excerpt(text, place, Math.max(0, start), Math.max(0, end));
        atSentenceStart(text, start);
        const f = { rule: "x", severity: "info", start, end, text: text.slice(Math.max(0, start), Math.max(0, end)), message: "", suggestions: sugs } as Finding;
        for (const s of usableSuggestions(f, true)) expect(s).not.toBe(f.text);
      }),
      { numRuns: 300 },
    );
  });

  it("places findings with the checker's outline on real text", () => {
    const text = "Vedtak\n\nVi har godkjent Deres søknad. Nå kan De kontakte oss.\n\nHilsen oss";
    const { doc, findings } = analyzeDoc(text, { locale: "nb" });
    const outline = outlineOf(doc);
    for (const f of findings) {
      const p = placeOf(text, f.start, f.end, outline);
      expect(p.sentenceStart).toBeLessThanOrEqual(f.start);
      expect(p.sentenceEnd).toBeGreaterThanOrEqual(f.end);
    }
    const de = findings.find((f) => f.text === "De")!;
    expect(placeOf(text, de.start, de.end, outline).paragraph).toBe(1);
  });
});

describe("storage given garbage", () => {
  const store = (init: Record<string, string> = {}) => {
    const data = new Map(Object.entries(init));
    return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  };
  it("reads any stored ignore record without throwing and keeps the newest documents only", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (junk) => {
        const s = store({ [IGNORES_KEY]: junk });
        expect(loadIgnored(s, "doc")).toBeInstanceOf(Set);
        saveIgnored(s, "doc", new Set(["a"]));
        expect(loadIgnored(s, "doc")).toEqual(new Set(["a"]));
      }),
      { numRuns: 200 },
    );
    const s = store();
    for (let i = 0; i < 150; i++) saveIgnored(s, `d${i}`, new Set(["k"]), 1_000_000 + i);
    expect(Object.keys(JSON.parse(s.data.get(IGNORES_KEY)!).docs).length).toBe(100);
    expect(loadIgnored(s, "d149", 1_000_200).size).toBe(1);
    expect(loadIgnored(s, "d0", 1_000_200).size).toBe(0);
  });
  it("knows a document by its first line, whatever follows", () => {
    expect(documentKey("word", "Tittel\n\nA")).toBe(documentKey("word", "Tittel\n\nB og mer"));
    expect(documentKey("word", "Tittel")).not.toBe(documentKey("outlook", "Tittel"));
  });
  it("decodes any stored draft record without throwing, and round-trips real ones", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), fc.string({ maxLength: 2000 }), (junk, text) => {
        decodeDraft(junk, Date.now());
        expect(decodeDraft(encodeDraft(text, 1000), 2000)).toBe(text === "" ? "" : text);
        const host = createStandaloneHost({ storage: store({ [DRAFT_KEY]: junk }), initialText: "start" });
        expect(typeof host.getText()).toBe("string");
      }),
      { numRuns: 200 },
    );
  });
});
