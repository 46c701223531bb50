/**
 * Live re-check in Word (issue 12): paragraph events on WordApi 1.6, a gentle poll (plus focus) on older
 * Word, never more than one read in flight, and unsubscribe leaves nothing behind.
 */
import { createWordHost, FULL_READ_EVERY } from "../../src/office/word";
import type { PageSignals } from "../../src/office/word-live";
import { FakeWord } from "./fakes/fake-word";

const P = ["Varsel om stenging av vann", "Vi skriver vedrørende arbeidet.", "Vannet blir stengt 12. mai.", "Ta kontakt hvis du lurer på noe."];

/** A pane that tests can hide, show and focus. */
function fakePage() {
  const wake = new Set<() => void>();
  let vis = true;
  const page: PageSignals & { hide(): void; show(): void; focus(): void; readonly listeners: number } = {
    visible: () => vis,
    onWake(cb) {
      wake.add(cb);
      return () => void wake.delete(cb);
    },
    hide() {
      vis = false;
    },
    show() {
      vis = true;
      for (const cb of [...wake]) cb();
    },
    focus() {
      for (const cb of [...wake]) cb();
    },
    get listeners() {
      return wake.size;
    },
  };
  return page;
}

function setup(opts: Partial<ConstructorParameters<typeof FakeWord>[0]> = {}, pollMs = 4000) {
  const fw = new FakeWord({ paragraphs: P, ...opts });
  fw.install();
  const page = fakePage();
  const host = createWordHost({ storage: new Map() as unknown as Storage, page, pollMs });
  return { fw, host, page };
}

/** Let pending promise callbacks (Word.run batches, event deliveries) run. */
async function flush(rounds = 10) {
  for (let i = 0; i < rounds; i++) await new Promise<void>((r) => setImmediate(r));
}

afterEach(() => {
  jest.useRealTimers();
  FakeWord.uninstall();
});

describe("Word on WordApi 1.6: paragraph events", () => {
  test.each(["365", "web", "mac"] as const)("Word %s: an edit fires the listener once the handlers are registered; no polling", async (platform) => {
    const { fw, host } = setup({ platform });
    let calls = 0;
    const off = host.onDraftChanged!(() => calls++);
    await flush();
    expect(fw.activeHandlers("ParagraphAdded")).toBe(1);
    expect(fw.activeHandlers("ParagraphChanged")).toBe(1);
    expect(fw.activeHandlers("ParagraphDeleted")).toBe(1);
    const runs = fw.runs;
    await fw.editParagraph(1, "Vi skriver om arbeidet.");
    await fw.settled();
    expect(calls).toBe(1);
    await fw.addParagraph(2, "Nytt avsnitt.");
    await fw.deleteParagraph(0, "Remote");
    await fw.settled();
    expect(calls).toBe(3);
    expect(fw.nonPromiseHandlers).toBe(0); // office.js expects (args) => Promise
    await flush();
    expect(fw.runs).toBe(runs); // the events path reads nothing by itself
    off();
  });

  test("unsubscribe removes the handlers in the context they were added in, and edits stop firing", async () => {
    const { fw, host } = setup();
    let calls = 0;
    const off = host.onDraftChanged!(() => calls++);
    await flush();
    expect(fw.activeHandlers()).toBe(3);
    off();
    await flush();
    expect(fw.activeHandlers()).toBe(0);
    await fw.editParagraph(1, "Vi skriver om arbeidet.");
    await fw.settled();
    expect(calls).toBe(0);
  });

  test("unsubscribing before the registration has synced still removes the handlers and never calls the listener", async () => {
    const { fw, host } = setup();
    let calls = 0;
    const off = host.onDraftChanged!(() => calls++);
    off();
    await flush();
    expect(fw.activeHandlers()).toBe(0);
    await fw.editParagraph(1, "Vi skriver om arbeidet.");
    await fw.settled();
    expect(calls).toBe(0);
  });

  test("re-reads only the paragraphs the events named; the snapshot is the same as a full read", async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Avsnitt ${i}: vi skriver vedrørende saken din.`);
    const { fw, host } = setup({ paragraphs });
    const off = host.onDraftChanged!(() => undefined);
    await flush();
    await host.readDraft(); // full read, remembers the paragraphs by uniqueLocalId
    await fw.editParagraph(7, "Avsnitt 7: vi skriver om saken din.");
    await fw.addParagraph(10, "Et nytt avsnitt.");
    await fw.deleteParagraph(150, "Remote");
    await fw.settled();
    const loads = fw.textLoads;
    const syncs = fw.syncs;
    const snap = await host.readDraft();
    expect(fw.textLoads - loads).toBe(2); // the edited and the added paragraph
    expect(fw.syncs - syncs).toBe(2);
    const expected = fw.paras.join("\n");
    expect(snap.text).toBe(expected);
    // nothing changed: no paragraph text is read again, one sync for the ids
    const loads2 = fw.textLoads;
    const again = await host.readDraft();
    expect(again.text).toBe(expected);
    expect(fw.textLoads - loads2).toBe(0);
    // and fixes still apply against an incremental snapshot
    const at = again.text.indexOf("vedrørende");
    const res = await host.applyEdits(again, [{ start: at, end: at + "vedrørende".length, replacement: "om" }]);
    expect(res.applied).toHaveLength(1);
    await fw.settled();
    expect((await host.readDraft()).text).toBe(fw.paras.join("\n"));
    off();
  });

  test("an edit during a read is read again next time (its paragraph stays marked)", async () => {
    const { fw, host } = setup();
    const off = host.onDraftChanged!(() => undefined);
    await flush();
    await host.readDraft();
    const reading = host.readDraft();
    await fw.editParagraph(2, "Vannet blir stengt 13. mai.");
    await reading;
    await fw.settled();
    expect((await host.readDraft()).text).toBe(fw.paras.join("\n"));
    off();
  });

  test("a failed incremental read falls back to a full read in the same call", async () => {
    const { fw, host } = setup();
    const off = host.onDraftChanged!(() => undefined);
    await flush();
    await host.readDraft();
    await fw.editParagraph(1, "Vi skriver om arbeidet.");
    await fw.settled();
    fw.failSync = { at: fw.syncs + 1, afterApplying: false }; // the ids sync of the incremental read
    const snap = await host.readDraft();
    expect(snap.text).toBe(fw.paras.join("\n"));
    off();
  });

  test(`without a live subscription every read is a full read; with one, a full read every ${FULL_READ_EVERY} reads catches changes no event told of`, async () => {
    const { fw, host } = setup();
    await host.readDraft();
    fw.paras[1] = "Stille endring uten hendelse.";
    expect((await host.readDraft()).text).toBe(fw.paras.join("\n"));
    const off = host.onDraftChanged!(() => undefined);
    await flush();
    await host.readDraft();
    fw.paras[2] = "Enda en stille endring.";
    let last = "";
    for (let i = 0; i < FULL_READ_EVERY; i++) last = (await host.readDraft()).text;
    expect(last).toBe(fw.paras.join("\n"));
    off();
  });
});

describe("Word 2019/2021 (no WordApi 1.6): focus and a gentle timer", () => {
  test.each(["2019", "2021"] as const)("Word %s: no event members are touched; the timer notifies only on a real change", async (platform) => {
    jest.useFakeTimers();
    const { fw, host, page } = setup({ platform });
    let calls = 0;
    const off = host.onDraftChanged!(() => calls++);
    await jest.advanceTimersByTimeAsync(0); // the baseline read
    await jest.advanceTimersByTimeAsync(4000 * 3);
    expect(calls).toBe(0);
    expect(fw.activeHandlers()).toBe(0);
    fw.paras[1] = "Vi skriver om arbeidet."; // no events on this Word
    await jest.advanceTimersByTimeAsync(4000);
    expect(calls).toBe(1);
    await jest.advanceTimersByTimeAsync(4000 * 5);
    expect(calls).toBe(1);
    // focus reads at once
    fw.paras[2] = "Vannet blir stengt 13. mai.";
    page.focus();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toBe(2);
    expect(fw.maxRunsInFlight).toBe(1);
    off();
  });

  test("never more than one read in flight: a slow Word skips ticks instead of piling reads up", async () => {
    jest.useFakeTimers();
    const { fw, host, page } = setup({ platform: "2019", syncDelayMs: 9000 }, 4000);
    let calls = 0;
    const off = host.onDraftChanged!(() => calls++);
    for (let i = 0; i < 20; i++) {
      page.focus();
      await jest.advanceTimersByTimeAsync(1000);
    }
    expect(fw.maxRunsInFlight).toBe(1);
    expect(fw.runs).toBeLessThanOrEqual(3); // 20 s at 9 s per read
    // the pane's own read and the timer never overlap either
    const read = host.readDraft();
    await jest.advanceTimersByTimeAsync(20000);
    await read;
    expect(fw.maxRunsInFlight).toBe(1);
    expect(calls).toBe(0);
    off();
  });

  test("a hidden pane does not poll; showing it reads at once", async () => {
    jest.useFakeTimers();
    const { fw, host, page } = setup({ platform: "2021" });
    let calls = 0;
    const off = host.onDraftChanged!(() => calls++);
    await jest.advanceTimersByTimeAsync(0);
    page.hide();
    const runs = fw.runs;
    fw.paras[0] = "Nytt varsel";
    await jest.advanceTimersByTimeAsync(4000 * 10);
    expect(fw.runs).toBe(runs);
    expect(calls).toBe(0);
    page.show();
    await jest.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1);
    off();
  });

  test("unsubscribe stops the timer and the focus listener", async () => {
    jest.useFakeTimers();
    const { fw, host, page } = setup({ platform: "2019" });
    let calls = 0;
    const off = host.onDraftChanged!(() => calls++);
    await jest.advanceTimersByTimeAsync(0);
    expect(page.listeners).toBe(1);
    off();
    expect(page.listeners).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
    const runs = fw.runs;
    fw.paras[1] = "Endret.";
    page.focus();
    await jest.advanceTimersByTimeAsync(4000 * 5);
    expect(fw.runs).toBe(runs);
    expect(calls).toBe(0);
  });
});
