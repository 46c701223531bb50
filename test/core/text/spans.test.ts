// Sentences and paragraphs read their text from the document on demand (text/spans.ts), and parse() reuses
// its scratch arrays from call to call (text/int-list.ts). What callers see must not change: text equals the
// slice of the input, JSON has the old keys in the old order, the hidden document reference shows nowhere, and
// one parse never leaks into the next.
import { parse, parsedWordCounts } from "../../../src/core/text/parse";
import { IntList } from "../../../src/core/text/int-list";
import { K_WORD } from "../../../src/core/model";

const DRAFT = "Vannet blir stengt tirsdag 14. oktober kl. 09.00–15.00.\n\nDette må du gjøre\n- Fyll vann i bøtter.\n- Skru av vaskemaskinen.\n\nMed vennlig hilsen\nFjordvik kommune";

describe("sentences and paragraphs", () => {
  const doc = parse(DRAFT, "nb");

  test("text is the slice of the input, for every sentence and paragraph", () => {
    expect(doc.sentences.length).toBeGreaterThan(4);
    for (const s of doc.sentences) expect(s.text).toBe(DRAFT.slice(s.start, s.end));
    for (const p of doc.paragraphs) expect(p.text).toBe(DRAFT.slice(p.start, p.end));
    expect(doc.sentences[0].text).toBe("Vannet blir stengt tirsdag 14. oktober kl. 09.00–15.00.");
  });

  test("JSON has the same keys in the same order as before; the document reference shows in no listing", () => {
    const s = JSON.parse(JSON.stringify(doc.sentences[0]));
    expect(Object.keys(s)).toEqual(["start", "end", "text", "kind", "paragraph", "tokenStart", "tokenEnd"]);
    expect(s.text).toBe(doc.sentences[0].text);
    const p = JSON.parse(JSON.stringify(doc.paragraphs[0]));
    expect(Object.keys(p)).toEqual(["start", "end", "text", "sentenceStart", "sentenceEnd"]);
    for (const o of [doc.sentences[0], doc.paragraphs[0]]) {
      const listed = [...Object.keys(o), ...Object.values(o).filter((v) => typeof v === "string")];
      expect(listed.some((k) => k === DRAFT)).toBe(false);
      for (const k in o) expect(o[k as keyof typeof o]).not.toBe(DRAFT);
    }
    // The whole document serialises with the sentence texts in it.
    expect(JSON.stringify(doc)).toContain('"text":"- Fyll vann i bøtter."');
  });

  test("kinds set after the sentences were made are kept (list items, heading, signature)", () => {
    const kinds = doc.sentences.map((s) => `${s.kind}:${s.text}`);
    expect(kinds).toContain("heading:Dette må du gjøre");
    expect(kinds).toContain("list-item:- Fyll vann i bøtter.");
    expect(kinds).toContain("signature:Med vennlig hilsen");
  });

  test("a second parse does not change the first document (scratch arrays are reused)", () => {
    const first = parse(DRAFT, "nb");
    const snapshot = JSON.stringify(first);
    const counts = Array.from(parsedWordCounts(first) ?? []);
    parse("Noe helt annet. Og mer.\n\n- punkt\n- punkt to\n\nSiste avsnitt her.", "nb");
    parse("", "nb");
    expect(JSON.stringify(first)).toBe(snapshot);
    expect(Array.from(parsedWordCounts(first) ?? [])).toEqual(counts);
  });

  test("parsedWordCounts() gives each sentence's word tokens, as counted from the store", () => {
    const counts = parsedWordCounts(doc);
    expect(counts).toBeDefined();
    expect(counts!.length).toBe(doc.sentences.length);
    doc.sentences.forEach((s, k) => {
      let n = 0;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) if (doc.store.kind[i] === K_WORD) n++;
      expect(counts![k]).toBe(n);
    });
    expect(parsedWordCounts({ ...doc })).toBeUndefined();
  });
});

describe("IntList", () => {
  test("grows, keeps its values in order, and empties on reset", () => {
    const l = new IntList(2);
    for (let i = 0; i < 1000; i++) l.push(i * 3 - 7);
    expect(l.n).toBe(1000);
    expect(Array.from(l.view())).toEqual(Array.from({ length: 1000 }, (_, i) => i * 3 - 7));
    l.reset();
    expect(l.n).toBe(0);
    expect(l.view().length).toBe(0);
    l.push(42);
    expect(Array.from(l.view())).toEqual([42]);
  });

  test("lets go of memory a huge input left behind", () => {
    const l = new IntList(8);
    for (let i = 0; i < 1_300_000; i++) l.push(i);
    const big = l.data.length;
    expect(big).toBeGreaterThanOrEqual(1_300_000);
    l.reset(10);
    expect(l.data.length).toBeLessThan(big);
    l.push(1);
    expect(Array.from(l.view())).toEqual([1]);
  });
});
