/**
 * The built-in editor host: the taskpane page running in a plain browser (no Word, no Outlook).
 * The draft lives here and persists in localStorage; a <textarea> attached with attachEditor() shows it.
 */
import type { Edit } from "../core/model";
import type { ApplyResult, DraftHost, DraftSnapshot, InsertResult, SkippedEdit } from "./host";
import { SAMPLE_DRAFT } from "./sample-draft";

export const DRAFT_KEY = "kanalklar.draft";
export const SETTINGS_KEY = "kanalklar.settings";
/** Drafts at least this long are saved after a short pause instead of on every change. */
export const LONG_DRAFT = 20_000;

/** Stored drafts expire after this many days… */
export const DRAFT_DAYS = 7;
/** …or after this many hours when they look like they hold a national identity number. */
export const DRAFT_PERSONAL_HOURS = 12;
/** Drafts longer than this are not stored at all (they stay in memory for the session). */
export const DRAFT_MAX_CHARS = 1_000_000;

/** What happens to the draft in storage: saved (for how long), not saved because too long, or no storage. */
export type DraftStorage = "saved" | "saved-personal" | "too-long" | "off";

/** An 11-digit number (with an optional space after the date part): a possible fødselsnummer or D-nummer. */
export function looksPersonal(text: string): boolean {
  return /(?<!\d)\d{6} ?\d{5}(?!\d)/.test(text);
}

/** The stored record: text with the time it was saved (plain strings from older versions are read too). */
export function encodeDraft(text: string, now: number): string {
  return JSON.stringify({ v: 1, savedAt: now, personal: looksPersonal(text), text });
}

export function decodeDraft(raw: string | null, now: number): string | null {
  if (raw === null || raw === "") return null;
  if (!raw.startsWith('{"v":1')) return raw.length <= DRAFT_MAX_CHARS ? raw : null;
  try {
    const r = JSON.parse(raw) as { savedAt?: unknown; personal?: unknown; text?: unknown };
    if (typeof r.text !== "string" || typeof r.savedAt !== "number") return null;
    const life = r.personal ? DRAFT_PERSONAL_HOURS * 3600_000 : DRAFT_DAYS * 86400_000;
    if (now - r.savedAt > life || r.savedAt > now + 86400_000) return null;
    return r.text;
  } catch {
    return null;
  }
}

/** The parts of the Web Storage API this host uses (so tests can pass a Map-backed fake). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

export interface StandaloneHost extends DraftHost {
  readonly kind: "standalone";
  /** The current draft text. */
  getText(): string;
  /** Replace the whole draft (the user typed or pasted); notifies listeners and persists it. */
  setText(text: string): void;
  /** Put the sample draft back. */
  resetToSample(): void;
  /** Connect the visible editor so select() can highlight in it. */
  attachEditor(el: HTMLTextAreaElement | null): void;
  /** How the current draft is kept in the browser. */
  storageState(): DraftStorage;
  /** Delete the stored draft now (the text stays in the editor until the page closes). */
  forgetStored(): void;
  onDraftChanged(listener: () => void): () => void;
}

export interface StandaloneOptions {
  storage?: KeyValueStore | null;
  displayLanguage?: string;
  /** Text to start with when nothing is stored (default: the sample draft). */
  initialText?: string;
  /** Clock (tests). */
  now?: () => number;
}

function defaultStorage(): KeyValueStore | null {
  try {
    const s = globalThis.localStorage;
    // Touch it: some sandboxed frames throw on access rather than on lookup.
    s?.getItem(DRAFT_KEY);
    return s ?? null;
  } catch {
    return null;
  }
}

function safeGet(storage: KeyValueStore | null, key: string): string | null {
  try {
    return storage ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

function safeSet(storage: KeyValueStore | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Quota exceeded or storage disabled: the draft stays in memory for this session.
  }
}

function safeRemove(storage: KeyValueStore | null, key: string): void {
  try {
    if (storage?.removeItem) storage.removeItem(key);
    else storage?.setItem(key, "");
  } catch {
    // nothing stored, or storage disabled
  }
}

/** Length of the common prefix and the common suffix (not overlapping) of a and b. */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

export function createStandaloneHost(options: StandaloneOptions = {}): StandaloneHost {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const now = options.now ?? (() => Date.now());
  const raw = safeGet(storage, DRAFT_KEY);
  const stored = decodeDraft(raw, now());
  // An expired or unreadable record is removed, not left behind; an old plain one starts its expiry now.
  if (stored === null && raw !== null) safeRemove(storage, DRAFT_KEY);
  else if (stored !== null && raw !== null && !raw.startsWith('{"v":1')) safeSet(storage, DRAFT_KEY, encodeDraft(stored, now()));
  let text = stored ?? options.initialText ?? SAMPLE_DRAFT;
  let version = 0;
  let editor: HTMLTextAreaElement | null = null;
  const listeners = new Set<() => void>();
  /** What each snapshot was read from: the full text then, and where the snapshot starts in it. */
  const reads = new Map<number, { full: string; base: number }>();
  let undo: { before: string; after: string } | null = null;

  const remember = (v: number, full: string, base: number) => {
    reads.set(v, { full, base });
    // Keep only the recent reads; older snapshots are stale anyway.
    for (const k of reads.keys()) if (reads.size > 20 && k !== v) reads.delete(k);
  };

  // Long drafts are saved a moment after typing stops (and when the page is hidden), so each
  // keystroke in a 50-page draft does not copy it into storage; short drafts are saved at once.
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    saveTimer = undefined;
    if (text.length > DRAFT_MAX_CHARS) safeRemove(storage, DRAFT_KEY);
    else safeSet(storage, DRAFT_KEY, encodeDraft(text, now()));
  };
  const persist = () => {
    if (text.length < LONG_DRAFT) return flush();
    if (saveTimer !== undefined) clearTimeout(saveTimer);
    saveTimer = setTimeout(flush, 500);
  };
  if (typeof addEventListener === "function") {
    addEventListener("pagehide", () => saveTimer !== undefined && flush());
  }

  const change = (next: string) => {
    if (next === text) return;
    text = next;
    persist();
    for (const l of [...listeners]) {
      try {
        l();
      } catch {
        // A failing listener must not stop the others.
      }
    }
  };

  return {
    kind: "standalone",
    // No Office here: the pane falls back to the browser's languages.
    displayLanguage: options.displayLanguage,
    capabilities: { select: true, applyEdits: "all", openAsNew: false },

    getText: () => text,
    setText(next: string) {
      change(typeof next === "string" ? next : String(next ?? ""));
    },
    resetToSample() {
      change(SAMPLE_DRAFT);
    },
    attachEditor(el) {
      editor = el;
    },
    storageState() {
      if (!storage) return "off";
      if (text.length > DRAFT_MAX_CHARS) return "too-long";
      return looksPersonal(text) ? "saved-personal" : "saved";
    },
    forgetStored() {
      if (saveTimer !== undefined) clearTimeout(saveTimer);
      saveTimer = undefined;
      safeRemove(storage, DRAFT_KEY);
    },
    onDraftChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    async readDraft(scope = "body"): Promise<DraftSnapshot> {
      version++;
      if (scope === "selection" && editor && editor.selectionEnd > editor.selectionStart && editor.value === text) {
        const base = editor.selectionStart;
        remember(version, text, base);
        return { text: text.slice(base, editor.selectionEnd), scope: "selection", version };
      }
      remember(version, text, 0);
      return { text, scope: "body", version };
    },

    async select(snapshot, start, end) {
      const read = reads.get(snapshot.version);
      const base = read?.base ?? 0;
      if (!editor || !read || text !== read.full) return;
      const s = Math.max(0, Math.min(text.length, base + start));
      const e = Math.max(s, Math.min(text.length, base + end));
      editor.focus();
      // Put the caret at the end first so the browser scrolls the span into view, then select it.
      editor.setSelectionRange(e, e);
      editor.blur();
      editor.focus();
      editor.setSelectionRange(s, e);
    },

    async applyEdits(snapshot, edits): Promise<ApplyResult> {
      const skipped: SkippedEdit[] = [];
      const read = reads.get(snapshot.version);
      const base = read?.base ?? 0;
      const was = read?.full ?? (snapshot.scope === "body" ? snapshot.text : null);
      // Where the document changed since the read, only edits in the unchanged head or tail can apply.
      const ends = was === null ? { prefix: 0, suffix: 0 } : commonEnds(was, text);
      const shift = was === null ? 0 : text.length - was.length;
      const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
      const chosen: Edit[] = [];
      const placed: Array<{ at: number; to: number; replacement: string }> = [];
      let lastEnd = -1;
      for (const edit of sorted) {
        const valid =
          edit && Number.isInteger(edit.start) && Number.isInteger(edit.end) && edit.start >= 0 &&
          edit.end >= edit.start && edit.end <= snapshot.text.length && typeof edit.replacement === "string";
        if (!valid || was === null) {
          skipped.push({ edit, reason: was === null ? "changed" : "error" });
          continue;
        }
        if (edit.start < lastEnd) {
          skipped.push({ edit, reason: "overlap" });
          continue;
        }
        const from = base + edit.start;
        const to = base + edit.end;
        let at: number;
        if (to <= ends.prefix) at = from;
        else if (from >= was.length - ends.suffix) at = from + shift;
        else {
          skipped.push({ edit, reason: "changed" });
          continue;
        }
        const expected = snapshot.text.slice(edit.start, edit.end);
        if (text.slice(at, at + expected.length) !== expected) {
          skipped.push({ edit, reason: "changed" });
          continue;
        }
        lastEnd = edit.end;
        chosen.push(edit);
        placed.push({ at, to: at + expected.length, replacement: edit.replacement });
      }
      if (placed.length > 0) {
        let next = text;
        for (let i = placed.length - 1; i >= 0; i--) {
          const p = placed[i];
          next = next.slice(0, p.at) + p.replacement + next.slice(p.to);
        }
        undo = { before: text, after: next };
        change(next);
      }
      return { applied: chosen, skipped };
    },

    async undoLast() {
      if (!undo || undo.after !== text) return false;
      const before = undo.before;
      undo = null;
      change(before);
      return true;
    },

    async insertText(addition: string): Promise<InsertResult> {
      if (typeof addition !== "string" || addition.length === 0) return { ok: false, reason: "empty" };
      const sep = text.length === 0 ? "" : text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
      change(text + sep + addition);
      return { ok: true };
    },

    async loadSettings() {
      return safeGet(storage, SETTINGS_KEY);
    },
    async saveSettings(json: string) {
      safeSet(storage, SETTINGS_KEY, json);
    },
  };
}
