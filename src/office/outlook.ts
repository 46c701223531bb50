/**
 * Outlook compose adapter (DraftHost).
 *
 * Reading: the body as plain text (`body.getAsync(Text)`), with the subject line in front of it when
 * there is one (subject + blank line + body; offsets map back to both). In a reply only the user's own
 * message is read: `bodyMode: HostConfig` where the client honours it (web, new Outlook), and our own
 * cut at the first reply header where it is ignored (classic Windows, Mac; see outlook-thread.ts).
 *
 * Writing, decided from what Outlook offers (see README «Outlook: what is fixed in place»):
 * - The subject is plain text, so fixes inside it are applied with `subject.setAsync` after checking the
 *   subject still holds what was analysed, and read back. «Angre» puts the old subject back.
 * - The body has no safe partial write: `setSelectedDataAsync` writes at the user's cursor, which we cannot
 *   move, and `body.setAsync` would round-trip the client's HTML and lose formatting, images and the
 *   quoted thread. So body fixes are never written; they come back skipped with detail
 *   "host-cannot-edit", and the pane offers to copy the corrected text instead.
 * - «Sett inn» never overwrites a selection and says where the text went (outlook-insert.ts).
 * - «Ny e-post» (`displayNewMessageForm(Async)`) exists in read mode only (office.mailbox.yml; office.js
 *   leaves the members undefined in compose, office-js-docs-pr#2201), so it is offered only there and only
 *   when `isSetSupported("Mailbox", "1.9" | "1.6")` says so — a `typeof` test is not a requirement-set test.
 * Settings live in the mailbox's roaming settings (outlook-settings.ts).
 *
 * `Office` is read only inside functions so the module loads outside Office.
 */
import type { Edit } from "../core/model";
import type { ApplyResult, DraftHost, DraftSnapshot, HostCapabilities, InsertResult, SkippedEdit } from "./host";
import { applyChanges, normalizeSegment, type NormalizedText } from "./text-map";
import { localSettingsStore } from "./settings-store";
import { call, item, itemMode, mailbox, office, supportsMailbox, textType, type Callback, type OutlookItem, type OutlookSubject } from "./outlook-api";
import { ownPart } from "./outlook-thread";
import { roamingSettingsStore } from "./outlook-settings";
import { insertIntoBody, textToHtml } from "./outlook-insert";
import { themeOf } from "./theme-color";

export { textToHtml, collapse } from "./outlook-insert";
export { ROAMING_LIMIT_BYTES } from "./outlook-settings";

/** Whether this client honours `bodyMode` in body.getAsync (web and new Outlook do; classic Windows and Mac don't). */
function honoursBodyMode(): boolean {
  try {
    const host = office().context?.mailbox?.diagnostics?.hostName;
    if (host === "Outlook") return false; // classic Outlook on Windows and Outlook on Mac report "Outlook"
    const platform = office().context?.platform;
    if (platform === "PC" || platform === "Mac") return false;
    return supportsMailbox("1.14");
  } catch {
    return false;
  }
}

/** Read the whole body as text, without the quoted thread where the client can leave it out. */
function getRawBody(it: OutlookItem, cb: Callback<string>): void {
  const mode = office().MailboxEnums?.BodyMode?.HostConfig;
  if (mode && supportsMailbox("1.14")) it.body.getAsync(textType(), { bodyMode: mode }, cb);
  else it.body.getAsync(textType(), cb);
}

/** The user's own text: on clients that ignore bodyMode, cut at the first reply header. */
async function readOwnBody(it: OutlookItem): Promise<string> {
  const raw = (await call<string>((cb) => getRawBody(it, cb))) ?? "";
  return honoursBodyMode() ? raw : ownPart(raw).text;
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

/** Whether a new message form can be opened from here: read mode, and the requirement set says so. */
function newFormApi(): "async" | "sync" | null {
  try {
    const mb = mailbox();
    const it = mb.item;
    if (!it || itemMode(it) !== "read") return null;
    if (supportsMailbox("1.9") && typeof mb.displayNewMessageFormAsync === "function") return "async";
    if (supportsMailbox("1.6") && typeof mb.displayNewMessageForm === "function") return "sync";
    return null;
  } catch {
    return null;
  }
}

export function createOutlookHost(options: OutlookHostOptions = {}): DraftHost {
  const maps = new Map<number, ReadMap>();
  let version = 0;
  let lastSubject: { before: string; after: string } | null = null;
  const settings = roamingSettingsStore(() => office().context?.roamingSettings, localSettingsStore(options.storage));

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
      readOwnBody(it),
      subj ? call<string>((cb) => subj.getAsync(cb)).catch(() => "") : Promise.resolve(typeof it.subject === "string" ? it.subject : ""),
    ]);
    const bodyNorm = normalizeSegment(body ?? "");
    const subjectNorm = subject && subject.trim() !== "" ? normalizeSegment(subject) : null;
    const prefix = subjectNorm ? subjectNorm.text + "\n\n" : "";
    const text = prefix + bodyNorm.text;
    version += 1;
    maps.set(version, { version, text, subject: subjectNorm ? subject : "", subjectNorm, bodyStart: prefix.length, scope: "body" });
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
    try {
      return await insertIntoBody(item(), text, { readBody: getRawBody });
    } catch {
      return { ok: false, reason: "error" };
    }
  }

  async function openAsNew(text: string, title?: string): Promise<InsertResult> {
    const api = newFormApi();
    if (!api) return { ok: false, reason: "unsupported" };
    try {
      const mb = mailbox();
      const params = { subject: title ?? "", htmlBody: textToHtml(text) };
      if (api === "async") await call<void>((cb) => mb.displayNewMessageFormAsync!(params, cb));
      else mb.displayNewMessageForm!(params);
      return { ok: true };
    } catch {
      return { ok: false, reason: "error" };
    }
  }

  /** Subscribe to a mailbox event; returns an unsubscribe function (a no-op when unsupported). */
  function onMailboxEvent(type: string | undefined, minVersion: string, handler: (args: unknown) => void): () => void {
    let live = true;
    try {
      const mb = mailbox();
      if (!type || !supportsMailbox(minVersion) || typeof mb.addHandlerAsync !== "function") return () => undefined;
      mb.addHandlerAsync(type, (args) => live && handler(args));
    } catch {
      return () => undefined;
    }
    return () => {
      live = false;
    };
  }

  let displayLanguage: string | undefined;
  let contentLanguage: string | undefined;
  try {
    displayLanguage = office().context?.displayLanguage;
    contentLanguage = office().context?.contentLanguage;
  } catch {
    displayLanguage = undefined;
  }

  return {
    kind: "outlook",
    displayLanguage,
    contentLanguage,
    get capabilities(): HostCapabilities {
      return { select: false, applyEdits: "subject", openAsNew: newFormApi() !== null };
    },
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
    // A pinned pane (SupportsPinning) stays open while the user moves to another draft: ItemChanged
    // (Mailbox 1.5) says so, and the pane re-reads the draft (office.mailbox.yml, addHandlerAsync).
    onDraftChanged(listener: () => void) {
      return onMailboxEvent(office().EventType?.ItemChanged, "1.5", () => {
        maps.clear();
        lastSubject = null;
        listener();
      });
    },
    // OfficeThemeChanged on the mailbox (Mailbox 1.14).
    onThemeChanged(listener: (theme: "light" | "dark") => void) {
      return onMailboxEvent(office().EventType?.OfficeThemeChanged, "1.14", (args) => {
        const bg = (args as { officeTheme?: { bodyBackgroundColor?: string } } | undefined)?.officeTheme?.bodyBackgroundColor ?? office().context?.officeTheme?.bodyBackgroundColor;
        const t = themeOf(bg);
        if (t) listener(t);
      });
    },
    loadSettings: settings.load,
    saveSettings: settings.save,
  };
}
