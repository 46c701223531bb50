// A draft over LONG_DRAFT characters has its message read from its first LONG_DRAFT_HEAD characters and its
// letter re-laid and checked there, the rest kept as written (issue #13: variants() of a 100 kB draft within
// 100 ms). A draft up to the bound is read whole.
import { variants } from "../../../src/core";
import { LONG_DRAFT, LONG_DRAFT_HEAD, headEnd } from "../../../src/core/channels/head";

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
