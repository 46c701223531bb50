/** Contract tests of the Word adapter against a recording fake of the Word API. */
import fc from "fast-check";
import { createWordHost } from "../../src/office/word";
import type { Edit } from "../../src/core/model";
import { FakeWord } from "./fakes/fake-word";

const P = [
  "Varsel om stenging av vann",
  "Vi viser til tidligere brev vedrørende vannledningen, og vi skriver igjen vedrørende arbeidet.",
  "Vannet blir stengt 12. mai fra kl. 09.00 til 14.00.",
  "Ta kontakt på 12 34 56 78 hvis du har spørsmål.",
];

function setup(opts: Partial<ConstructorParameters<typeof FakeWord>[0]> = {}) {
  const fw = new FakeWord({ paragraphs: P, ...opts });
  fw.install();
  const host = createWordHost({ storage: new Map() as unknown as Storage });
  return { fw, host };
}

/** Offset of the n-th (0-based) occurrence of `needle` in `text`. */
function nth(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no occurrence ${n} of ${needle}`);
  return at;
}

afterEach(() => FakeWord.uninstall());

describe("Word adapter: reading", () => {
  test("reads the whole body in one Word.run: paragraphs, then their reviewed text per paragraph in one more sync (WordApi 1.4)", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    expect(snap.text).toBe(P.join("\n"));
    expect(snap.scope).toBe("body");
    expect(fw.runs).toBe(1);
    expect(fw.syncs).toBe(2);
    expect(fw.reviewedReads).toBe(P.length);
    expect(fw.bodyTextReads).toBe(0);
    expect(host.warnings).toEqual([]);
  });

  // Defect 8: Word 2019/2021 stop at WordApi 1.3: deleted text shown inline is checked, and the user must know.
  test.each(["2019", "2021"] as const)("Word %s (no WordApi 1.4): reads the paragraphs in one sync and warns that tracked deletions may be checked", async (platform) => {
    const { fw, host } = setup({ platform });
    expect(host.warnings).toEqual(["no-reviewed-text"]);
    const snap = await host.readDraft();
    expect(snap.text).toBe(P.join("\n"));
    expect(fw.reviewedReads).toBe(0);
    expect(fw.syncs).toBe(1);
    expect(host.warnings).toEqual(["no-reviewed-text"]);
  });

  test("on WordApi 1.4 a whole-body reviewed text that does not line up with the paragraphs cannot skew the read", async () => {
    // e.g. a deleted paragraph mark: the body's reviewed text then splits differently from body.paragraphs
    const paragraphs = ["Første avsnitt.", "Vi skriver vedrørende saken din.", "Siste avsnitt."];
    const { host } = setup({ paragraphs, deletions: { 1: [[11, 22]] }, deletedMarks: [0] });
    const snap = await host.readDraft();
    expect(snap.text).toBe("Første avsnitt.\nVi skriver saken din.\nSiste avsnitt.");
  });

  test("analyses the reviewed (current) text when tracked changes show deleted text inline", async () => {
    const raw = "Vi ber deg svare innen fristen vedrørende søknaden.";
    const current = "Vi ber deg svare vedrørende søknaden.";
    const { host } = setup({ paragraphs: [raw], reviewed: { 0: current } });
    const snap = await host.readDraft();
    expect(snap.text).toBe(current);
  });

  test("normalises Word control characters (footnote marks, manual line breaks) for the checker", async () => {
    const { host } = setup({ paragraphs: ["Fristen\u0002 er 1. mai.\u000bHusk svar.", "Neste\u001f avsnitt"] });
    const snap = await host.readDraft();
    expect(snap.text).toBe("Fristen er 1. mai.\nHusk svar.\nNeste avsnitt");
  });

  test("reads the selection when asked and something is selected", async () => {
    const { host, fw } = setup({ selection: { p: 1, s: nth(P[1]!, "vedrørende", 1), pe: 2, e: 20 } });
    const snap = await host.readDraft("selection");
    expect(snap.scope).toBe("selection");
    expect(snap.text).toBe(P[1]!.slice(nth(P[1]!, "vedrørende", 1)) + "\n" + P[2]!.slice(0, 20));
    expect(fw.syncs).toBe(2);
  });

  test("an empty selection reads the whole body", async () => {
    const { host } = setup({ selection: { p: 2, s: 4, pe: 2, e: 4 } });
    const snap = await host.readDraft("selection");
    expect(snap.scope).toBe("body");
    expect(snap.text).toBe(P.join("\n"));
  });
});

describe("Word adapter: applying fixes", () => {
  test("replaces only the chosen occurrence, in one batch of at most 3 syncs, keeping everything else", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const at = nth(snap.text, "vedrørende", 1);
    fw.syncs = 0;
    const res = await host.applyEdits(snap, [{ start: at, end: at + "vedrørende".length, replacement: "om" }]);
    expect(res.skipped).toEqual([]);
    expect(res.applied).toHaveLength(1);
    expect(fw.paras[1]).toBe("Vi viser til tidligere brev vedrørende vannledningen, og vi skriver igjen om arbeidet.");
    expect(fw.paras.filter((_, i) => i !== 1)).toEqual(P.filter((_, i) => i !== 1));
    expect(fw.syncs).toBeLessThanOrEqual(3);
    expect(fw.trackingWrites).toBe(0);
    for (const s of fw.searches) {
      expect(s.text.length).toBeLessThanOrEqual(255);
      expect(s.options?.matchCase).toBe(true);
      expect(s.options?.matchWildcards).toBeFalsy();
    }
  });

  test("replaces the smallest changed word span, not the whole sentence", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const sentence = "Vannet blir stengt 12. mai fra kl. 09.00 til 14.00.";
    const start = snap.text.indexOf(sentence);
    await host.applyEdits(snap, [{ start, end: start + sentence.length, replacement: "Vannet blir stengt 12. mai fra klokka 09.00 til 14.00." }]);
    expect(fw.paras[2]).toBe("Vannet blir stengt 12. mai fra klokka 09.00 til 14.00.");
    expect(fw.replacements).toEqual([{ p: 2, s: P[2]!.indexOf("kl."), e: P[2]!.indexOf("kl.") + 3, old: "kl.", text: "klokka" }]);
  });

  test("any number of findings costs at most 3 syncs and never overlapping replacements", async () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Avsnitt ${i}: vi skriver vedrørende saken og igjen vedrørende svaret ditt.`);
    const { fw, host } = setup({ paragraphs });
    const snap = await host.readDraft();
    const edits: Edit[] = [];
    let from = 0;
    for (;;) {
      const at = snap.text.indexOf("vedrørende", from);
      if (at < 0) break;
      edits.push({ start: at, end: at + 10, replacement: "om" });
      from = at + 10;
    }
    expect(edits).toHaveLength(80);
    fw.syncs = 0;
    const res = await host.applyEdits(snap, edits);
    expect(res.applied).toHaveLength(80);
    expect(fw.syncs).toBeLessThanOrEqual(3);
    expect(fw.overlapViolations).toBe(0);
    expect(fw.paras.every((p, i) => p === `Avsnitt ${i}: vi skriver om saken og igjen om svaret ditt.`)).toBe(true);
  });

  test("overlapping edits: the later one is skipped as overlap", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const at = snap.text.indexOf("tidligere brev");
    const res = await host.applyEdits(snap, [
      { start: at, end: at + 14, replacement: "forrige brev" },
      { start: at + 11, end: at + 14, replacement: "melding" },
    ]);
    expect(res.applied).toHaveLength(1);
    expect(res.skipped).toEqual([{ edit: expect.objectContaining({ replacement: "melding" }), reason: "overlap" }]);
    expect(fw.paras[1]).toContain("forrige brev");
    expect(fw.overlapViolations).toBe(0);
  });

  test("a span longer than 255 characters is found with head and tail searches of at most 255", async () => {
    const long = Array.from({ length: 40 }, (_, i) => `ord${i}`).join(" ") + " vedrørende saken " + Array.from({ length: 40 }, (_, i) => `slutt${i}`).join(" ");
    expect(long.length).toBeGreaterThan(400);
    const { fw, host } = setup({ paragraphs: ["Innledning.", long + " Siste setning."] });
    const snap = await host.readDraft();
    const start = snap.text.indexOf(long);
    const replacement = "Kort setning.";
    const res = await host.applyEdits(snap, [{ start, end: start + long.length, replacement }]);
    expect(res.applied).toHaveLength(1);
    expect(fw.paras).toEqual(["Innledning.", "Kort setning. Siste setning."]);
    expect(fw.searches.length).toBeGreaterThanOrEqual(2);
    for (const s of fw.searches) expect(s.text.length).toBeLessThanOrEqual(255);
  });

  test("a caret in the text is escaped for Word's search", async () => {
    const { fw, host } = setup({ paragraphs: ["Formel: a^2 vedrørende b^2"] });
    const snap = await host.readDraft();
    const start = snap.text.indexOf("a^2 vedrørende");
    const res = await host.applyEdits(snap, [{ start, end: start + 14, replacement: "a^2 om" }]);
    expect(res.applied).toHaveLength(1);
    expect(fw.paras[0]).toBe("Formel: a^2 om b^2");
  });

  test("text the user changed since the check is refused, with nothing changed there", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    fw.paras[1] = "Vi viser til brevet vedrørende vannledningen.";
    const before = fw.paras.slice();
    const at = nth(snap.text, "vedrørende", 0);
    fw.searches = [];
    const res = await host.applyEdits(snap, [{ start: at, end: at + 10, replacement: "om" }]);
    expect(res.applied).toEqual([]);
    expect(res.skipped).toEqual([{ edit: expect.anything(), reason: "changed" }]);
    expect(fw.paras).toEqual(before);
    expect(fw.replacements).toEqual([]);
  });

  test("stale paragraphs are refused while unchanged ones are fixed; a moved paragraph is found by its text", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    fw.paras.splice(0, 0, "Ny første linje"); // everything moved down one
    fw.paras[3] = "Vannet blir stengt 13. mai fra kl. 09.00."; // and this one was edited
    const a = snap.text.indexOf("vedrørende");
    const b = snap.text.indexOf("kl.");
    const res = await host.applyEdits(snap, [
      { start: a, end: a + 10, replacement: "om" },
      { start: b, end: b + 3, replacement: "klokka" },
    ]);
    expect(res.applied.map((e) => e.replacement)).toEqual(["om"]);
    expect(res.skipped.map((s) => s.reason)).toEqual(["changed"]);
    expect(fw.paras[2]).toBe(P[1]!.replace("vedrørende", "om"));
    expect(fw.paras[3]).toBe("Vannet blir stengt 13. mai fra kl. 09.00.");
  });

  test("an edit from an unknown snapshot is refused", async () => {
    const { fw, host } = setup();
    const res = await host.applyEdits({ text: "x", scope: "body", version: 99 }, [{ start: 0, end: 1, replacement: "y" }]);
    expect(res.skipped[0]!.reason).toBe("changed");
    expect(fw.runs).toBe(0);
  });

  test("a failed write that did change the document is detected by re-reading, never retried", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    fw.failSync = { at: fw.syncs + 3, afterApplying: true };
    const at = nth(snap.text, "vedrørende", 0);
    const res = await host.applyEdits(snap, [{ start: at, end: at + 10, replacement: "om" }]);
    expect(res.applied).toHaveLength(1);
    expect(fw.paras[1]).toBe(P[1]!.replace("vedrørende", "om"));
    expect(fw.replacements).toHaveLength(1); // not doubled
  });

  test("a failed write that did not land is reported as an error and nothing changes", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    fw.failSync = { at: fw.syncs + 3, afterApplying: false };
    const at = nth(snap.text, "vedrørende", 0);
    const res = await host.applyEdits(snap, [{ start: at, end: at + 10, replacement: "om" }]);
    expect(res.applied).toEqual([]);
    expect(res.skipped.map((s) => s.reason)).toEqual(["error"]);
    expect(fw.paras).toEqual(P);
    expect(await host.undoLast()).toBe(false);
  });

  test("edits that would touch inline objects (footnote marks) are skipped", async () => {
    const { fw, host } = setup({ paragraphs: ["Fristen\u0002 er vedrørende 1. mai."] });
    const snap = await host.readDraft();
    const start = snap.text.indexOf("Fristen er");
    const res = await host.applyEdits(snap, [{ start, end: start + 10, replacement: "Svarfristen er" }]);
    expect(res.skipped).toEqual([{ edit: expect.anything(), reason: "not-found", detail: "inline-object" }]);
    expect(fw.paras[0]).toBe("Fristen\u0002 er vedrørende 1. mai.");
    const v = snap.text.indexOf("vedrørende");
    const ok = await host.applyEdits(snap, [{ start: v, end: v + 10, replacement: "om" }]);
    expect(ok.applied).toHaveLength(1);
    expect(fw.paras[0]).toBe("Fristen\u0002 er om 1. mai.");
  });

  test("with tracked changes shown inline, fixes are located in what Word's search sees (deleted text is invisible to it)", async () => {
    const raw = "Vi ber deg svare innen fristen vedrørende søknaden, vedrørende saken.";
    const current = "Vi ber deg svare vedrørende søknaden, vedrørende saken.";
    const { fw, host } = setup({ paragraphs: [raw, "Vi skriver vedrørende vann.", "Ord ord ord"], reviewed: { 0: current, 2: "Ord ord" } });
    const snap = await host.readDraft();
    const a = snap.text.indexOf("svare");
    const b = snap.text.indexOf("vedrørende", snap.text.indexOf("søknaden"));
    const c = snap.text.indexOf("Ord ord") + 4;
    const res = await host.applyEdits(snap, [
      { start: a, end: a + 5, replacement: "svar" },
      { start: b, end: b + 10, replacement: "om" },
      { start: c, end: c + 3, replacement: "tekst" },
    ]);
    expect(res.applied.map((e) => e.replacement)).toEqual(["svar", "om", "tekst"]);
    expect(res.skipped).toEqual([]);
    expect(fw.paras[0]).toBe("Vi ber deg svar innen fristen vedrørende søknaden, om saken.");
    expect(fw.reviewedOf(0)).toBe("Vi ber deg svar vedrørende søknaden, om saken.");
    expect(fw.paras[2]).toBe("Ord tekst ord"); // the last " ord" is still a tracked deletion
    expect(fw.reviewedOf(2)).toBe("Ord tekst");
  });

  test("a span that runs across a tracked deletion is not written (Word's search cannot find it)", async () => {
    const raw = "Vi sender deg et brev vedrørende saken.";
    const { fw, host } = setup({ paragraphs: [raw], deletions: { 0: [[22, 33]] } }); // "vedrørende " deleted
    const snap = await host.readDraft();
    expect(snap.text).toBe("Vi sender deg et brev saken.");
    const at = snap.text.indexOf("brev saken");
    const res = await host.applyEdits(snap, [{ start: at, end: at + 10, replacement: "melding om sak" }]);
    expect(res.skipped.map((s) => s.detail)).toEqual(["tracked-changes"]);
    expect(fw.paras[0]).toBe(raw);
  });

  test("canEditSpan is false across paragraphs and over inline objects, true inside plain text", async () => {
    const { host } = setup({ paragraphs: ["Fristen\u0002 er vedrørende 1. mai.", "Neste avsnitt."] });
    const snap = await host.readDraft();
    const v = snap.text.indexOf("vedrørende");
    expect(host.canEditSpan!(snap, v, v + 10)).toBe(true);
    expect(host.canEditSpan!(snap, 0, 10)).toBe(false);
    expect(host.canEditSpan!(snap, v, snap.text.indexOf("Neste") + 3)).toBe(false);
  });

  test("a selection starting mid-paragraph maps edits to the right occurrence", async () => {
    const selStart = nth(P[1]!, "vedrørende", 1);
    const { fw, host } = setup({ selection: { p: 1, s: selStart, pe: 1, e: P[1]!.length } });
    const snap = await host.readDraft("selection");
    expect(snap.text.startsWith("vedrørende arbeidet")).toBe(true);
    const res = await host.applyEdits(snap, [{ start: 0, end: 10, replacement: "om" }]);
    expect(res.applied).toHaveLength(1);
    expect(fw.paras[1]).toBe("Vi viser til tidligere brev vedrørende vannledningen, og vi skriver igjen om arbeidet.");
  });

  test("property: random non-overlapping edits give exactly the expected document, ≤ 3 syncs, searches ≤ 255", async () => {
    let notFound = 0;
    let total = 0;
    const word = fc.constantFrom("vi", "du", "vedrørende", "saken", "og", "om", "a^b", "svar", "frist", "1.", "mai");
    const para = fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
    await fc.assert(
      fc.asyncProperty(fc.array(para, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom("", "x", "om", "ny tekst", "vi")), { maxLength: 6 }), async (paras, raw) => {
        FakeWord.uninstall();
        const fw = new FakeWord({ paragraphs: paras });
        fw.install();
        const host = createWordHost({ storage: new Map() as unknown as Storage });
        const snap = await host.readDraft();
        const text = snap.text;
        // build non-overlapping edits within paragraphs
        const edits: Edit[] = [];
        let last = 0;
        for (const [a, len, rep] of raw.sort((x, y) => x[0] - y[0])) {
          const start = Math.max(last, a % (text.length + 1));
          if (start > text.length) continue;
          const end = Math.min(text.length, start + len);
          if (text.slice(start, end).includes("\n")) continue;
          if (start === end && rep === "") continue;
          edits.push({ start, end, replacement: rep });
          last = end + 1;
        }
        fw.syncs = 0;
        const res = await host.applyEdits(snap, edits);
        expect(fw.syncs).toBeLessThanOrEqual(3);
        expect(fw.overlapViolations).toBe(0);
        for (const s of fw.searches) expect(s.text.length).toBeLessThanOrEqual(255);
        // the document equals the analysed text with exactly the applied edits
        let expected = "";
        let at = 0;
        for (const e of [...res.applied].sort((x, y) => x.start - y.start)) {
          expected += text.slice(at, e.start) + e.replacement;
          at = e.end;
        }
        expected += text.slice(at);
        expect(fw.paras.join("\n")).toBe(expected);
        expect(res.applied.length + res.skipped.length).toBe(edits.length);
        notFound += res.skipped.filter((x) => x.reason === "not-found").length;
        total += edits.length;
        // and undo gives back the original
        if (res.applied.length) {
          expect(await host.undoLast()).toBe(true);
          expect(fw.paras).toEqual(paras);
        }
      }),
      // A fixed seed: the share of edits that cannot be placed is a measured rate, and a rate over random
      // drafts must be asserted on the same drafts each run (KK_SEED tries others).
      { numRuns: Number(process.env.KK_RUNS ?? 150), seed: Number(process.env.KK_SEED ?? 20261203) },
    );
    // repeated words make search ambiguous; widening keeps nearly every edit applicable
    expect(notFound).toBeLessThanOrEqual(Math.max(1, total * 0.005));
  });
});

describe("Word adapter against Word's unpromised behaviour (issue 12)", () => {
  // Defect 6: the order of search hits is not promised; the k-th hit is not necessarily the k-th occurrence.
  test.each(["reversed", "shuffled"] as const)("hits in %s order: a fix that landed on another occurrence is «ikke bekreftet», not done, and «Angre» puts it back", async (hitOrder) => {
    const paragraphs = ["Vi skriver vedrørende saken, vedrørende søknaden og vedrørende klagen."];
    const { fw, host } = setup({ paragraphs, hitOrder });
    const snap = await host.readDraft();
    const at = nth(snap.text, "vedrørende", 0);
    fw.syncs = 0;
    const res = await host.applyEdits(snap, [{ start: at, end: at + 10, replacement: "om" }]);
    expect(fw.syncs).toBeLessThanOrEqual(3);
    expect(res.applied).toEqual([]);
    expect(res.skipped).toEqual([{ edit: expect.objectContaining({ replacement: "om" }), reason: "error", detail: "unverified" }]);
    expect(fw.paras[0]).not.toBe(paragraphs[0]); // Word did write — somewhere
    expect(await host.undoLast()).toBe(true);
    expect(fw.paras).toEqual(paragraphs);
  });

  test("in document order the same fix is confirmed by its offset, within 3 syncs", async () => {
    const paragraphs = ["Vi skriver vedrørende saken, vedrørende søknaden og vedrørende klagen."];
    const { fw, host } = setup({ paragraphs });
    const snap = await host.readDraft();
    const at = nth(snap.text, "vedrørende", 1);
    fw.syncs = 0;
    const res = await host.applyEdits(snap, [{ start: at, end: at + 10, replacement: "om" }]);
    expect(res.applied).toHaveLength(1);
    expect(fw.syncs).toBeLessThanOrEqual(3);
    expect(fw.paras[0]).toBe("Vi skriver vedrørende saken, om søknaden og vedrørende klagen.");
  });

  // Defect 7: Word does not match a literal tab (^t), and the Find dialog makes search fail.
  test("a fix whose text holds a tab is searched with ^t (counted towards the 255 limit) and applied", async () => {
    const { fw, host } = setup({ paragraphs: ["Tema:\tvedrørende\tmedio mai"] });
    const snap = await host.readDraft();
    const at = snap.text.indexOf("vedrørende");
    const res = await host.applyEdits(snap, [{ start: at, end: at + "vedrørende\tmedio".length, replacement: "om\tmidten av" }]);
    expect(res.applied).toHaveLength(1);
    expect(fw.paras[0]).toBe("Tema:\tom\tmidten av mai");
    expect(fw.searches.some((x) => x.text.includes("^t"))).toBe(true);
    expect(fw.searches.every((x) => !x.text.includes("\t"))).toBe(true);
  });

  test("with Word's Find dialog open, fixes come back skipped with detail search-dialog-open and nothing changes", async () => {
    const { fw, host } = setup({ searchDialogOpen: true });
    const snap = await host.readDraft();
    const at = nth(snap.text, "vedrørende", 0);
    const res = await host.applyEdits(snap, [{ start: at, end: at + 10, replacement: "om" }]);
    expect(res.skipped).toEqual([{ edit: expect.anything(), reason: "error", detail: "search-dialog-open" }]);
    expect(fw.paras).toEqual(P);
  });

  // Defect 9: «Angre» with Track Changes on.
  test("with Track Changes on (WordApi 1.6), a fix is verified on the reviewed text and «Angre» rejects exactly the batch's tracked changes", async () => {
    const { fw, host } = setup({ trackChanges: true });
    const snap = await host.readDraft();
    const at = nth(snap.text, "vedrørende", 1);
    const res = await host.applyEdits(snap, [{ start: at, end: at + 10, replacement: "om" }]);
    expect(res.applied).toHaveLength(1);
    expect(fw.reviewedOf(1)).toBe(P[1]!.replace("igjen vedrørende", "igjen om"));
    expect(fw.paras[1]).toContain("vedrørendeom"); // deletion + insertion, shown inline
    fw.syncs = 0;
    expect(await host.undoLast()).toBe(true);
    expect(fw.syncs).toBeLessThanOrEqual(3);
    expect(fw.paras).toEqual(P); // no extra deletion/insertion pair
    expect(fw.rejected).toBe(2);
    expect(fw.trackingWrites).toBe(0);
  });

  test("with Track Changes on but no WordApi 1.6, «Angre» is refused rather than adding a second tracked pair", async () => {
    const { fw, host } = setup({ trackChanges: true, wordApi: "1.5" });
    const snap = await host.readDraft();
    const at = nth(snap.text, "vedrørende", 0);
    await host.applyEdits(snap, [{ start: at, end: at + 10, replacement: "om" }]);
    const before = fw.paras.slice();
    const writes = fw.replacements.length;
    expect(await host.undoLast()).toBe(false);
    expect(fw.paras).toEqual(before);
    expect(fw.replacements).toHaveLength(writes);
  });

  // Defect 10: createDocument().open() on the web asks first and may open nothing.
  test("on Word on the web «Åpne som nytt dokument» is honest: Word asks first, so the result is unconfirmed", async () => {
    const { fw, host } = setup({ platform: "web" });
    expect(await host.openAsNew!("Tekst", "SMS")).toEqual({ ok: false, reason: "unconfirmed" });
    expect(fw.prompted).toHaveLength(1);
  });

  test("settings in Word on the web use a local key prefixed with the partition key", async () => {
    FakeWord.uninstall();
    new FakeWord({ paragraphs: P, platform: "web" }).install();
    const store = new Map<string, string>();
    const host = createWordHost({ storage: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } });
    await host.saveSettings("{}");
    expect([...store.keys()]).toEqual(["kk-partition-7kanalklar.settings"]);
  });
});

describe("Word adapter: undo, select, insert, open", () => {
  test("«Angre» reverses the last batch exactly, in at most 3 syncs, once", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const a = nth(snap.text, "vedrørende", 0);
    const b = nth(snap.text, "vedrørende", 1);
    const c = snap.text.indexOf("kl.");
    await host.applyEdits(snap, [
      { start: a, end: a + 10, replacement: "om" },
      { start: b, end: b + 10, replacement: "om" },
      { start: c, end: c + 3, replacement: "klokka" },
    ]);
    expect(fw.paras).not.toEqual(P);
    fw.syncs = 0;
    expect(await host.undoLast()).toBe(true);
    expect(fw.syncs).toBeLessThanOrEqual(3);
    expect(fw.paras).toEqual(P);
    expect(await host.undoLast()).toBe(false);
    expect(fw.paras).toEqual(P);
  });

  test("«Angre» refuses, changing nothing, when the user edited the fixed paragraph since", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const a = nth(snap.text, "vedrørende", 0);
    await host.applyEdits(snap, [{ start: a, end: a + 10, replacement: "om" }]);
    fw.paras[1] = fw.paras[1] + " Ny setning.";
    const before = fw.paras.slice();
    expect(await host.undoLast()).toBe(false);
    expect(fw.paras).toEqual(before);
  });

  test("«Vis» selects exactly the finding's range, within 3 syncs", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const at = nth(snap.text, "vedrørende", 1);
    fw.syncs = 0;
    await host.select(snap, at, at + 10);
    expect(fw.syncs).toBeLessThanOrEqual(3);
    expect(fw.selected).toEqual({ loc: { p: 1, s: nth(P[1]!, "vedrørende", 1), pe: 1, e: nth(P[1]!, "vedrørende", 1) + 10 }, text: "vedrørende" });
  });

  test("«Vis» on a span across paragraphs selects from the first to the last paragraph", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    await host.select(snap, snap.text.indexOf("vann"), snap.text.indexOf("Vannet") + 3);
    expect(fw.selected?.loc.p).toBe(0);
    expect(fw.selected?.loc.pe).toBe(2);
  });

  test("insertText appends the variant as paragraphs at the end and confirms it, in one sync", async () => {
    const { fw, host } = setup();
    fw.syncs = 0;
    const res = await host.insertText("Hei!\nVannet blir stengt 12. mai.");
    expect(res).toEqual({ ok: true, where: "end" });
    expect(fw.syncs).toBe(1);
    expect(fw.paras).toEqual([...P, "", "Hei!", "Vannet blir stengt 12. mai."]);
  });

  test("a host that fails on getReviewedText is read again with plain text", async () => {
    const { fw, host } = setup();
    (fw as unknown as { reviewedOf: () => string }).reviewedOf = () => {
      throw new Error("GeneralException");
    };
    const snap = await host.readDraft();
    expect(snap.text).toBe(P.join("\n"));
    expect(host.warnings).toEqual(["no-reviewed-text"]);
  });

  test("openAsNew creates and opens a new document holding the text as a .docx", async () => {
    const { fw, host } = setup();
    const res = await host.openAsNew!("Linje én & to\nLinje <to>", "SMS");
    expect(res.ok).toBe(true);
    expect(fw.created).toHaveLength(1);
    const bytes = Buffer.from(fw.created[0]!, "base64");
    expect(bytes.subarray(0, 4).toString("hex")).toBe("504b0304");
    const s = bytes.toString("utf8");
    expect(s).toContain('<w:t xml:space="preserve">Linje én &amp; to</w:t>');
    expect(s).toContain('<w:t xml:space="preserve">Linje &lt;to&gt;</w:t>');
  });

  test("settings go to local storage; loading with nothing stored gives null", async () => {
    FakeWord.uninstall();
    new FakeWord({ paragraphs: P }).install();
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const host = createWordHost({ storage });
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings('{"senderName":"Eksempel kommune"}');
    expect(await host.loadSettings()).toBe('{"senderName":"Eksempel kommune"}');
  });
});
