/**
 * Outlook compose adapter (DraftHost).
 *
 * Reading: the body as plain text (`body.getAsync(Text)`), with the subject line in front of it when
 * there is one (subject + blank line + body; offsets map back to both).
 *
 * Writing, decided from what Outlook offers (see README «Outlook: what is fixed in place»):
 * - The subject is plain text, so fixes inside it are applied with `subject.setAsync` after checking the
 *   subject still holds what was analysed, and read back. «Angre» puts the old subject back.
 * - The body has no safe partial write: `setSelectedDataAsync` writes at the user's cursor, which we cannot
 *   move, and `body.setAsync` would round-trip the client's HTML and lose formatting, images and the
 *   quoted thread. So body fixes are never written; they come back skipped with detail
 *   "host-cannot-edit", and the pane offers to copy the corrected text instead.
 * - Inserting a variant uses `setSelectedDataAsync` at the cursor and then reads the body back to confirm
 *   it arrived (it has been reported to succeed without inserting anything).
 * - A variant can open in a new message (`displayNewMessageFormAsync` or `displayNewMessageForm`).
 * Settings live in the mailbox's roaming settings.
 *
 * `Office` is read only inside functions so the module loads outside Office.
 */
import type { Edit } from "../core/model";
import type { ApplyResult, DraftHost, DraftSnapshot, InsertResult, SkippedEdit } from "./host";
import { applyChanges, countOccurrences, normalizeSegment, type NormalizedText } from "./text-map";
import { SETTINGS_KEY, localSettingsStore } from "./settings-store";

interface AsyncResult<T> {
  status: string;
  value: T;
  error?: { message?: string; name?: string };
}
type Callback<T> = (r: AsyncResult<T>) => void;

interface OutlookBody {
  getAsync(coercion: string, cb: Callback<string>): void;
  getAsync(coercion: string, options: object, cb: Callback<string>): void;
  getTypeAsync?(cb: Callback<string>): void;
  setSelectedDataAsync(data: string, options: { coercionType: string }, cb: Callback<void>): void;
}

interface OutlookSubject {
  getAsync(cb: Callback<string>): void;
  setAsync(subject: string, cb: Callback<void>): void;
}

interface OutlookItem {
  body: OutlookBody;
  subject?: OutlookSubject | string;
  getSelectedDataAsync?(coercion: string, cb: Callback<{ data: string; sourceProperty: string }>): void;
}

interface RoamingSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(cb?: Callback<void>): void;
}

interface Mailbox {
  item?: OutlookItem | null;
  displayNewMessageForm?(params: object): void;
  displayNewMessageFormAsync?(params: object, cb?: Callback<void>): void;
}

interface OfficeOutlookLike {
  context?: {
    displayLanguage?: string;
    mailbox?: Mailbox;
    roamingSettings?: RoamingSettings;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
  CoercionType?: { Text?: string; Html?: string };
  MailboxEnums?: { BodyMode?: { HostConfig?: string } };
  AsyncResultStatus?: { Succeeded?: string };
}

/** Roaming settings hold at most 32 KB; keep a margin. */
export const ROAMING_LIMIT = 30_000;

function office(): OfficeOutlookLike {
  const o = (globalThis as unknown as { Office?: OfficeOutlookLike }).Office;
  if (!o?.context) throw new Error("Office is not available");
  return o;
}

function mailbox(): Mailbox {
  const m = office().context?.mailbox;
  if (!m) throw new Error("Outlook mailbox is not available");
  return m;
}

function item(): OutlookItem {
  const i = mailbox().item;
  if (!i || !i.body) throw new Error("No message is open");
  return i;
}

function textType(): string {
  return office().CoercionType?.Text ?? "text";
}

function htmlType(): string {
  return office().CoercionType?.Html ?? "html";
}

/**
 * Read the body as text. In replies on the web and in new Outlook the body holds the whole thread unless
 * bodyMode HostConfig is asked for (Mailbox 1.14); older clients ignore the option.
 */
function getBodyText(it: OutlookItem, cb: Callback<string>): void {
  const mode = office().MailboxEnums?.BodyMode?.HostConfig;
  if (mode) it.body.getAsync(textType(), { bodyMode: mode }, cb);
  else it.body.getAsync(textType(), cb);
}

function succeeded(r: AsyncResult<unknown>): boolean {
  const ok = (globalThis as unknown as { Office?: OfficeOutlookLike }).Office?.AsyncResultStatus?.Succeeded ?? "succeeded";
  return r.status === ok;
}

function call<T>(fn: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    try {
      fn((r) => (succeeded(r) ? resolve(r.value) : reject(new Error(r.error?.message ?? "Outlook call failed"))));
    } catch (e) {
      reject(e);
    }
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Plain text as HTML paragraphs-with-line-breaks (our own text only; never the message's HTML). */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => escapeHtml(l))
    .join("<br>");
}

/** Whitespace-insensitive form used to confirm an insert arrived (clients rewrap and re-space text). */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

interface ReadMap {
  version: number;
  text: string;
  /** Raw subject as read ("" when none). */
  subject: string;
  subjectNorm: NormalizedText | null;
  /** Where the body starts in the snapshot text. */
  bodyStart: number;
  scope: "body" | "selection";
}

export interface OutlookHostOptions {
  storage?: Pick<Storage, "getItem" | "setItem">;
}

export function createOutlookHost(options: OutlookHostOptions = {}): DraftHost {
  const maps = new Map<number, ReadMap>();
  let version = 0;
  let lastSubject: { before: string; after: string } | null = null;
  const local = localSettingsStore(options.storage);

  function subjectApi(it: OutlookItem): OutlookSubject | null {
    const s = it.subject;
    return s && typeof s === "object" && typeof s.getAsync === "function" ? s : null;
  }

  async function readDraft(scope: "body" | "selection" = "body"): Promise<DraftSnapshot> {
    const it = item();
    if (scope === "selection" && typeof it.getSelectedDataAsync === "function") {
      const sel = await call<{ data: string; sourceProperty: string }>((cb) => it.getSelectedDataAsync!(textType(), cb)).catch(() => null);
      if (sel && sel.data && sel.data.trim() !== "") {
        const norm = normalizeSegment(sel.data);
        version += 1;
        maps.set(version, { version, text: norm.text, subject: "", subjectNorm: null, bodyStart: Number.MAX_SAFE_INTEGER, scope: "selection" });
        return { text: norm.text, scope: "selection", version };
      }
    }
    const subj = subjectApi(it);
    const [body, subject] = await Promise.all([
      call<string>((cb) => getBodyText(it, cb)),
      subj ? call<string>((cb) => subj.getAsync(cb)).catch(() => "") : Promise.resolve(typeof it.subject === "string" ? it.subject : ""),
    ]);
    const bodyNorm = normalizeSegment(body ?? "");
    const subjectNorm = subject && subject.trim() !== "" ? normalizeSegment(subject) : null;
    const prefix = subjectNorm ? subjectNorm.text + "\n\n" : "";
    const text = prefix + bodyNorm.text;
    version += 1;
    maps.set(version, {
      version,
      text,
      subject: subjectNorm ? subject : "",
      subjectNorm,
      bodyStart: prefix.length,
      scope: "body",
    });
    for (const v of maps.keys()) if (v <= version - 5) maps.delete(v);
    return { text, scope: "body", version };
  }

  async function applyEdits(snapshot: DraftSnapshot, edits: Edit[]): Promise<ApplyResult> {
    const applied: Edit[] = [];
    const skipped: SkippedEdit[] = [];
    const map = maps.get(snapshot.version);
    if (!map || map.text !== snapshot.text) return { applied, skipped: edits.map((edit) => ({ edit, reason: "changed" as const })) };
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const subjectEdits: Edit[] = [];
    let lastEnd = -1;
    const subjectEnd = map.subjectNorm ? map.subjectNorm.text.length : -1;
    for (const edit of sorted) {
      if (edit.start < lastEnd) {
        skipped.push({ edit, reason: "overlap" });
        continue;
      }
      if (map.subjectNorm && edit.start >= 0 && edit.end <= subjectEnd && edit.end >= edit.start) {
        subjectEdits.push(edit);
        lastEnd = edit.end;
      } else {
        skipped.push({ edit, reason: "not-found", detail: "host-cannot-edit" });
      }
    }
    if (subjectEdits.length === 0) return { applied, skipped };
    const it = item();
    const subj = subjectApi(it);
    const norm = map.subjectNorm!;
    const changes = subjectEdits.map((e) => ({
      start: norm.map[e.start]!,
      end: e.end > e.start ? norm.map[e.end - 1]! + 1 : norm.map[e.start]!,
      text: e.replacement,
    }));
    const after = applyChanges(map.subject, changes);
    try {
      if (!subj) throw new Error("no subject api");
      const now = await call<string>((cb) => subj.getAsync(cb)); // confirm it is what was analysed
      if (now !== map.subject) {
        for (const edit of subjectEdits) skipped.push({ edit, reason: "changed" });
        return { applied, skipped };
      }
      try {
        await call<void>((cb) => subj.setAsync(after, cb));
      } catch {
        // a failed write may still have landed: read back below, never retry
      }
      const check = await call<string>((cb) => subj.getAsync(cb)).catch(() => null);
      if (check === after) {
        applied.push(...subjectEdits);
        lastSubject = { before: map.subject, after };
      } else {
        for (const edit of subjectEdits) skipped.push(check === map.subject ? { edit, reason: "error" } : { edit, reason: "error", detail: "unverified" });
      }
    } catch {
      for (const edit of subjectEdits) skipped.push({ edit, reason: "error" });
    }
    return { applied, skipped };
  }

  async function undoLast(): Promise<boolean> {
    const last = lastSubject;
    if (!last) return false;
    lastSubject = null;
    try {
      const subj = subjectApi(item());
      if (!subj) return false;
      const now = await call<string>((cb) => subj.getAsync(cb));
      if (now !== last.after) return false;
      await call<void>((cb) => subj.setAsync(last.before, cb));
      return (await call<string>((cb) => subj.getAsync(cb))) === last.before;
    } catch {
      return false;
    }
  }

  async function insertText(text: string): Promise<InsertResult> {
    if (!text.trim()) return { ok: false, reason: "empty" };
    try {
      const it = item();
      const type = it.body.getTypeAsync ? await call<string>((cb) => it.body.getTypeAsync!(cb)).catch(() => textType()) : textType();
      const isHtml = type === htmlType();
      const needle = collapse(text);
      const before = await call<string>((cb) => getBodyText(it, cb));
      const n0 = countOccurrences(collapse(before), needle);
      await call<void>((cb) =>
        it.body.setSelectedDataAsync(isHtml ? textToHtml(text) : text.replace(/\r\n?/g, "\n"), { coercionType: isHtml ? htmlType() : textType() }, cb),
      );
      const after = await call<string>((cb) => getBodyText(it, cb));
      return countOccurrences(collapse(after), needle) > n0 ? { ok: true } : { ok: false, reason: "not-verified" };
    } catch {
      return { ok: false, reason: "error" };
    }
  }

  async function openAsNew(text: string, title?: string): Promise<InsertResult> {
    try {
      const mb = mailbox();
      const params = { subject: title ?? "", htmlBody: textToHtml(text) };
      if (typeof mb.displayNewMessageFormAsync === "function") {
        await call<void>((cb) => mb.displayNewMessageFormAsync!(params, cb));
        return { ok: true };
      }
      if (typeof mb.displayNewMessageForm === "function") {
        mb.displayNewMessageForm(params);
        return { ok: true };
      }
      return { ok: false, reason: "unsupported" };
    } catch {
      return { ok: false, reason: "error" };
    }
  }

  async function loadSettings(): Promise<string | null> {
    try {
      const rs = office().context?.roamingSettings;
      const v = rs?.get(SETTINGS_KEY);
      if (typeof v === "string") return v;
    } catch {
      // fall through to local storage
    }
    return local.load();
  }

  async function saveSettings(json: string): Promise<void> {
    const rs = office().context?.roamingSettings;
    if (rs && json.length <= ROAMING_LIMIT) {
      rs.set(SETTINGS_KEY, json);
      await call<void>((cb) => rs.saveAsync(cb));
      return;
    }
    // too large for roaming settings (32 KB): keep them on this machine and say so by the caller's read-back
    if (rs) {
      try {
        rs.remove(SETTINGS_KEY);
        await call<void>((cb) => rs.saveAsync(cb));
      } catch {
        // ignore
      }
    }
    await local.save(json);
  }

  let displayLanguage: string | undefined;
  let canOpen = false;
  try {
    displayLanguage = office().context?.displayLanguage;
    const mb = office().context?.mailbox;
    canOpen = typeof mb?.displayNewMessageFormAsync === "function" || typeof mb?.displayNewMessageForm === "function";
  } catch {
    displayLanguage = undefined;
  }

  return {
    kind: "outlook",
    displayLanguage,
    capabilities: { select: false, applyEdits: "subject", openAsNew: canOpen },
    readDraft,
    async select() {
      // Outlook offers no way to select a range of the body from an add-in.
    },
    applyEdits,
    canEditSpan(snapshot: DraftSnapshot, start: number, end: number): boolean {
      const map = maps.get(snapshot.version);
      if (!map || map.text !== snapshot.text || !map.subjectNorm) return false;
      return start >= 0 && end >= start && end <= map.subjectNorm.text.length;
    },
    undoLast,
    insertText,
    openAsNew,
    loadSettings,
    saveSettings,
  };
}
