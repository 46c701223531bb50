/** @jest-environment jsdom */
import { DRAFT_DAYS, DRAFT_KEY, DRAFT_MAX_CHARS, DRAFT_PERSONAL_HOURS, LONG_DRAFT, SETTINGS_KEY, createStandaloneHost, decodeDraft, type KeyValueStore } from "../../src/office/standalone";
import { SAMPLE_DRAFT } from "../../src/office/sample-draft";

function memoryStore(init: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(init));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const stored = (store: { data: Map<string, string> }) => decodeDraft(store.data.get(DRAFT_KEY) ?? null, Date.now());

describe("the stored draft: size cap, expiry, forget", () => {
  const HOUR = 3600_000;
  it("expires after DRAFT_DAYS, and after DRAFT_PERSONAL_HOURS when it holds something like a fødselsnummer", () => {
    let now = 1_000_000_000_000;
    const store = memoryStore();
    const a = createStandaloneHost({ storage: store, now: () => now });
    a.setText("Vanlig tekst om vann.");
    now += (DRAFT_DAYS * 24 - 1) * HOUR;
    expect(createStandaloneHost({ storage: store, now: () => now }).getText()).toBe("Vanlig tekst om vann.");
    now += 2 * HOUR;
    const expired = createStandaloneHost({ storage: store, now: () => now, initialText: "" });
    expect(expired.getText()).toBe("");
    expect(store.data.get(DRAFT_KEY) ?? "").toBe("");

    const b = createStandaloneHost({ storage: store, now: () => now });
    b.setText("Fødselsnummer 010190 12345 står her.");
    expect(b.storageState()).toBe("saved-personal");
    now += (DRAFT_PERSONAL_HOURS + 1) * HOUR;
    expect(createStandaloneHost({ storage: store, now: () => now, initialText: "" }).getText()).toBe("");
  });
  it("does not store a draft over the size cap (and removes the older stored one)", () => {
    const store = memoryStore();
    const a = createStandaloneHost({ storage: store });
    a.setText("kort");
    jest.useFakeTimers();
    try {
      a.setText("x".repeat(DRAFT_MAX_CHARS + 1));
      jest.advanceTimersByTime(600);
    } finally {
      jest.useRealTimers();
    }
    expect(a.storageState()).toBe("too-long");
    expect(stored(store)).toBeNull();
  });
  it("forgets the stored draft on request; the text stays on screen", () => {
    const store = memoryStore();
    const a = createStandaloneHost({ storage: store });
    a.setText("Noe å glemme");
    a.forgetStored();
    expect(stored(store)).toBeNull();
    expect(a.getText()).toBe("Noe å glemme");
  });
  it("reads a plain draft stored by an older version and starts its expiry", () => {
    const store = memoryStore({ [DRAFT_KEY]: "Gammel tekst" });
    expect(createStandaloneHost({ storage: store }).getText()).toBe("Gammel tekst");
    expect(store.data.get(DRAFT_KEY)).toMatch(/^\{"v":1/);
  });
});

describe("standalone host", () => {
  it("starts with the sample draft, a realistic notice with stiff words, a passive and a long sentence", async () => {
    const host = createStandaloneHost({ storage: memoryStore() });
    const snap = await host.readDraft();
    expect(snap.text).toBe(SAMPLE_DRAFT);
    expect(snap.scope).toBe("body");
    expect(SAMPLE_DRAFT).toMatch(/Vedrørende/);
    expect(SAMPLE_DRAFT).toMatch(/blir stengt/);
    const longest = Math.max(...SAMPLE_DRAFT.split(/(?<=[.!?])\s+/).map((s) => s.split(/\s+/).length));
    expect(longest).toBeGreaterThan(25);
  });

  it("keeps the draft in storage and reads it back in a new session", () => {
    const store = memoryStore();
    const a = createStandaloneHost({ storage: store });
    a.setText("Hei på deg");
    expect(stored(store)).toBe("Hei på deg");
    const b = createStandaloneHost({ storage: store });
    expect(b.getText()).toBe("Hei på deg");
  });

  it("saves a long draft after a pause in typing, not on every keystroke", () => {
    jest.useFakeTimers();
    try {
      const store = memoryStore();
      const host = createStandaloneHost({ storage: store, initialText: "" });
      const long = "ord ".repeat(LONG_DRAFT / 4 + 10);
      host.setText(long);
      host.setText(long + "a");
      expect(store.data.get(DRAFT_KEY)).toBeUndefined();
      jest.advanceTimersByTime(600);
      expect(stored(store)).toBe(long + "a");
      host.setText("kort");
      expect(stored(store)).toBe("kort");
    } finally {
      jest.useRealTimers();
    }
  });

  it("keeps working when storage throws", async () => {
    const broken: KeyValueStore = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("quota");
      },
    };
    const host = createStandaloneHost({ storage: broken, initialText: "abc" });
    host.setText("abcd");
    expect(host.getText()).toBe("abcd");
    await expect(host.saveSettings("{}")).resolves.toBeUndefined();
    await expect(host.loadSettings()).resolves.toBeNull();
  });

  it("applies chosen edits and leaves everything else byte-identical", async () => {
    const text = "Vedrørende vannet: vi vil herved stenge det. Mvh\r\nOss 😀 og dere.";
    const host = createStandaloneHost({ storage: memoryStore(), initialText: text });
    const snap = await host.readDraft();
    const a = text.indexOf("Vedrørende");
    const b = text.indexOf("herved ");
    const res = await host.applyEdits(snap, [
      { start: b, end: b + 7, replacement: "" },
      { start: a, end: a + 10, replacement: "Om" },
    ]);
    expect(res.skipped).toEqual([]);
    expect(res.applied).toHaveLength(2);
    expect(host.getText()).toBe("Om vannet: vi vil stenge det. Mvh\r\nOss 😀 og dere.");
  });

  it("skips overlapping edits and says why", async () => {
    const host = createStandaloneHost({ storage: memoryStore(), initialText: "foreta en vurdering av saken" });
    const snap = await host.readDraft();
    const res = await host.applyEdits(snap, [
      { start: 0, end: 19, replacement: "vurdere" },
      { start: 10, end: 19, replacement: "vurdering" },
    ]);
    expect(res.applied).toHaveLength(1);
    expect(res.skipped.map((s) => s.reason)).toEqual(["overlap"]);
    expect(host.getText()).toBe("vurdere av saken");
  });

  it("applies edits outside a later change at their moved place and skips those inside it", async () => {
    const text = "Første avsnitt med herved.\n\nAndre avsnitt med vedrørende.";
    const host = createStandaloneHost({ storage: memoryStore(), initialText: text });
    const snap = await host.readDraft();
    // The user types in the middle after the check.
    host.setText("Første avsnitt med herved.\n\nNY TEKST. Andre avsnitt med vedrørende.");
    const h = text.indexOf("herved");
    const v = text.indexOf("vedrørende");
    const mid = text.indexOf("Andre");
    const res = await host.applyEdits(snap, [
      { start: h, end: h + 6, replacement: "nå" },
      { start: v, end: v + 10, replacement: "om" },
      { start: mid - 2, end: mid + 5, replacement: "x" },
    ]);
    expect(res.applied.map((e) => e.replacement).sort()).toEqual(["nå", "om"]);
    expect(res.skipped.map((s) => s.reason)).toEqual(["changed"]);
    expect(host.getText()).toBe("Første avsnitt med nå.\n\nNY TEKST. Andre avsnitt med om.");
  });

  it("refuses edits with bad offsets without touching the text", async () => {
    const host = createStandaloneHost({ storage: memoryStore(), initialText: "kort" });
    const snap = await host.readDraft();
    const res = await host.applyEdits(snap, [
      { start: 2, end: 99, replacement: "x" },
      { start: -1, end: 1, replacement: "x" },
      { start: 1.5, end: 2, replacement: "x" },
    ]);
    expect(res.applied).toEqual([]);
    expect(res.skipped.map((s) => s.reason)).toEqual(["error", "error", "error"]);
    expect(host.getText()).toBe("kort");
  });

  it("undoes the last batch, but not after the user changed the text again", async () => {
    const host = createStandaloneHost({ storage: memoryStore(), initialText: "herved stengt" });
    let snap = await host.readDraft();
    await host.applyEdits(snap, [{ start: 0, end: 6, replacement: "nå" }]);
    expect(host.getText()).toBe("nå stengt");
    await expect(host.undoLast()).resolves.toBe(true);
    expect(host.getText()).toBe("herved stengt");
    await expect(host.undoLast()).resolves.toBe(false);
    snap = await host.readDraft();
    await host.applyEdits(snap, [{ start: 0, end: 6, replacement: "nå" }]);
    host.setText("nå stengt!");
    await expect(host.undoLast()).resolves.toBe(false);
    expect(host.getText()).toBe("nå stengt!");
  });

  it("tells listeners about changes, and stops after unsubscribing", () => {
    const host = createStandaloneHost({ storage: memoryStore(), initialText: "a" });
    const calls: string[] = [];
    const off = host.onDraftChanged(() => calls.push(host.getText()));
    host.setText("ab");
    host.setText("ab"); // no change, no call
    off();
    host.setText("abc");
    expect(calls).toEqual(["ab"]);
  });

  it("selects a finding's span in the attached editor, and reads the selection as a snapshot", async () => {
    const text = "Hei. Vedrørende vann.";
    const host = createStandaloneHost({ storage: memoryStore(), initialText: text });
    const el = document.createElement("textarea");
    el.value = text;
    document.body.append(el);
    host.attachEditor(el);
    const snap = await host.readDraft();
    await host.select(snap, 5, 15);
    expect(el.value.slice(el.selectionStart, el.selectionEnd)).toBe("Vedrørende");
    expect(document.activeElement).toBe(el);

    const sel = await host.readDraft("selection");
    expect(sel).toMatchObject({ text: "Vedrørende", scope: "selection" });
    const res = await host.applyEdits(sel, [{ start: 0, end: 10, replacement: "Om" }]);
    expect(res.applied).toHaveLength(1);
    expect(host.getText()).toBe("Hei. Om vann.");
    el.remove();
  });

  it("appends inserted text after a blank line and stores settings", async () => {
    const store = memoryStore();
    const host = createStandaloneHost({ storage: store, initialText: "Brev" });
    await expect(host.insertText("SMS-tekst")).resolves.toEqual({ ok: true });
    expect(host.getText()).toBe("Brev\n\nSMS-tekst");
    await expect(host.insertText("")).resolves.toMatchObject({ ok: false });
    await host.saveSettings('{"uiLanguage":"nn"}');
    expect(store.data.get(SETTINGS_KEY)).toBe('{"uiLanguage":"nn"}');
    await expect(host.loadSettings()).resolves.toBe('{"uiLanguage":"nn"}');
  });
});
