// A draft over LONG_DRAFT characters has its message read from its first LONG_DRAFT_HEAD characters and its
// letter re-laid and checked there, the rest kept as written (issue #13: variants() of a 100 kB draft within
// 100 ms). A draft up to the bound is read whole.
import { variants } from "../../../src/core";
import { DENSE_ITEMS, HEAD_ITEMS, LONG_DRAFT, LONG_DRAFT_HEAD, denseLimit, headEnd, shiftedOffset } from "../../../src/core/channels/head";
import { parse } from "../../../src/core/text/parse";
import { extractFacts } from "../../../src/core/facts";

const PARA = "Det vises til Deres søknad om barnehageplass. Vannet blir stengt 3. mars 2025 kl. 08.00 i sone 4, og abonnentene bes om å tappe vann.";
const LAST = "Svar innen 14. april 2026 til post@fjordvik.kommune.no.";

/** A notice of about `size` characters: a title, paragraphs, a last paragraph with a deadline and a signature. */
function draft(size: number, para = PARA): string {
  const head = "Stenging av vannet\n\n";
  const end = `\n\n${LAST}\n\nMed vennlig hilsen\nFjordvik kommune`;
  const paras: string[] = [];
  while (head.length + paras.join("\n\n").length + para.length + 2 + end.length <= size) paras.push(para);
  return head + paras.join("\n\n") + end;
}

describe("a long draft", () => {
  it("is cut after a paragraph in the second half of the bound, and a draft up to the bound not at all", () => {
    const under = draft(LONG_DRAFT);
    expect(under.length).toBeLessThanOrEqual(LONG_DRAFT);
    expect(headEnd(under)).toBe(under.length);
    const over = draft(2 * LONG_DRAFT);
    const cut = headEnd(over);
    expect(cut).toBeLessThanOrEqual(LONG_DRAFT_HEAD);
    expect(cut).toBeGreaterThan(LONG_DRAFT_HEAD / 2);
    expect(over.slice(cut, cut + 2)).toBe("\n\n");
    expect(headEnd("a".repeat(LONG_DRAFT + 10))).toBe(LONG_DRAFT_HEAD);
    expect(headEnd("a ".repeat(LONG_DRAFT))).toBe(LONG_DRAFT_HEAD - 1);
  });

  it("just under the bound is read whole: the last paragraph's deadline is in the message and its letter is rewritten to the end", () => {
    const text = draft(LONG_DRAFT - 10);
    expect(text.length).toBeGreaterThan(LONG_DRAFT - 200);
    const r = variants(text);
    expect(r.message.times.some((t) => t.text.includes("14. april 2026"))).toBe(true);
    expect(r.message.actions.some((a) => a.text.includes("14. april 2026"))).toBe(true);
    // The closing comes last; the action with its deadline was moved before the body.
    expect(r.variants.letter.text.trimEnd().endsWith("Med vennlig hilsen\nFjordvik kommune")).toBe(true);
    expect(r.variants.letter.text.indexOf("14. april 2026")).toBeLessThan(r.variants.letter.text.indexOf("Vannet blir stengt"));
    expect(r.variants.letter.findings.filter((f) => f.rule.startsWith("facts-"))).toEqual([]);
  });

  it("just under the bound is read whole also when the safe fixes make it longer than the bound", () => {
    const text = draft(LONG_DRAFT - 10, PARA + " Ta f.eks. med vann.");
    expect(text.length).toBeLessThanOrEqual(LONG_DRAFT);
    const r = variants(text);
    expect(r.variants.letter.text).toContain("for eksempel");
    expect(r.variants.letter.text.trimEnd().endsWith("Med vennlig hilsen\nFjordvik kommune")).toBe(true);
    expect(r.variants.letter.text.indexOf("14. april 2026")).toBeLessThan(r.variants.letter.text.indexOf("Vannet blir stengt"));
  });

  it("over the bound gets every variant, reads its message from the first part and keeps the rest of the letter as written", () => {
    for (const size of [LONG_DRAFT + 200, 2 * LONG_DRAFT, 100_000]) {
      const text = draft(size);
      expect(text.length).toBeGreaterThan(LONG_DRAFT);
      const r = variants(text);
      expect(r.variants.letter.text.length).toBeGreaterThan(text.length / 2);
      expect(r.variants.sms.text).not.toBe("");
      expect(r.variants.post.text).not.toBe("");
      expect(r.message.times.every((t) => t.end <= headEnd(text))).toBe(true);
      // The rest, with the safe fixes ("Deres" → "din", "bes om" → "blir bedt om" …), ends the letter, facts and signature kept.
      expect(r.variants.letter.text.trimEnd().endsWith(`${LAST}\n\nMed vennlig hilsen\nFjordvik kommune`)).toBe(true);
      expect(r.variants.letter.findings.filter((f) => f.rule.startsWith("facts-"))).toEqual([]);
      // The core rules read the re-laid part only: none of their findings lies in the rest ("Det vises til Deres søknad" as written).
      const rest = r.variants.letter.text.lastIndexOf("Det vises til");
      expect(rest).toBeGreaterThan(0);
      expect(r.variants.letter.findings.filter((f) => f.start >= rest && !/^(?:facts|letter)-/.test(f.rule))).toEqual([]);
    }
  });

  it("never throws on long hostile text", () => {
    for (const text of ["kl. 9 ".repeat(9000), "- \n".repeat(20000), "a".repeat(LONG_DRAFT + 1), "\ud800".repeat(LONG_DRAFT + 5)]) {
      expect(() => variants(text)).not.toThrow();
    }
  });
});

describe("a dense draft", () => {
  const at = (n: number, step: number) => Array.from({ length: n }, (_, i) => ({ start: i * step }));

  it("is one with more than DENSE_ITEMS paragraphs, facts or findings, one every DENSE_CHARS characters or closer", () => {
    expect(denseLimit(3_003, at(DENSE_ITEMS, 3))).toBeUndefined();
    expect(denseLimit(3_003, at(DENSE_ITEMS + 1, 3))).toBe(HEAD_ITEMS * 3);
    expect(denseLimit(10_000, at(DENSE_ITEMS + 1, 3))).toBeUndefined();
    // Forty pages of prose with a finding every 26 characters are not dense.
    expect(denseLimit(40_000, at(1548, 26))).toBeUndefined();
    // The list that ends first sets the limit.
    expect(denseLimit(35_000, at(5000, 7), at(5000, 5))).toBe(HEAD_ITEMS * 5);
    expect(denseLimit(50_000, [], [])).toBeUndefined();
  });

  it("is cut before the limit, after a line in its second half, however short it is", () => {
    const text = "- \n".repeat(3000);
    const limit = denseLimit(text.length, parse(text).paragraphs, extractFacts(text));
    expect(limit).toBe(HEAD_ITEMS * 3);
    const cut = headEnd(text, limit);
    expect(cut).toBeLessThanOrEqual(limit!);
    expect(cut).toBeGreaterThan(limit! / 2);
    expect(text[cut]).toBe("\n");
    expect(headEnd("kort tekst", 1000)).toBe("kort tekst".length);
  });

  it("moves an offset by the edits before it", () => {
    const edits = [
      { start: 0, end: 3, replacement: "" },
      { start: 5, end: 6, replacement: "abc" },
      { start: 20, end: 22, replacement: "x" },
    ];
    expect(shiftedOffset(10, edits)).toBe(10 - 3 + 2);
    expect(shiftedOffset(2, edits)).toBe(2);
  });

  it("under LONG_DRAFT reads its message from its first part, and its letter keeps the rest as written with every fact", () => {
    const text = "Svar innen 14. april 2026 til post@fjordvik.kommune.no.\n\n" + "- \n".repeat(4000) + "\nRing 55 55 33 33 innen 20. mai 2026.";
    expect(text.length).toBeLessThan(LONG_DRAFT);
    const r = variants(text);
    expect(r.message.times.some((t) => t.text.includes("14. april 2026"))).toBe(true);
    expect(r.message.times.some((t) => t.text.includes("20. mai 2026"))).toBe(false);
    expect(r.variants.letter.text.trimEnd().endsWith("Ring 55 55 33 33 innen 20. mai 2026.")).toBe(true);
    expect(r.variants.letter.findings.filter((f) => f.rule.startsWith("facts-"))).toEqual([]);
  });
});
