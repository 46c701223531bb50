/**
 * The one interface the taskpane talks to. Word, Outlook and the standalone browser page implement it
 * (word.ts, outlook.ts, standalone.ts). The taskpane never touches Office.js directly.
 */
import type { Edit } from "../core/model";

export type HostKind = "word" | "outlook" | "standalone";

/** The text a check was run on, with what is needed to write back safely. */
export interface DraftSnapshot {
  /** Normalised plain text the core analysed (offsets of findings point into this). */
  text: string;
  /** Whether this is the whole body or the user's selection. */
  scope: "body" | "selection";
  /** Opaque per-host token identifying this read (e.g. a counter). */
  version: number;
}

export interface SkippedEdit {
  edit: Edit;
  /** Machine reason; the UI turns it into words. */
  reason: "changed" | "not-found" | "overlap" | "error";
  /** Optional finer cause (issue 5), e.g. "host-cannot-edit" (Outlook body), "inline-object",
   *  "tracked-changes", "ambiguous-selection", "unverified" (a failed write whose effect is unknown). */
  detail?: string;
}

export interface ApplyResult {
  applied: Edit[];
  skipped: SkippedEdit[];
}

export interface InsertResult {
  ok: boolean;
  /** Why not, or a caveat when ok is true (UI-language independent code), e.g. "selection-not-empty",
   *  "not-verified", "changed-other-text", "unconfirmed" (Word on the web asks before creating a document). */
  reason?: string;
  /** Where the text went, when the host can tell (Outlook): at the top, at the end, or at the cursor. */
  where?: "top" | "end" | "cursor";
}

/** A note to attach to [start, end) of a snapshot as a document comment (issue 12). */
export interface CommentItem {
  start: number;
  end: number;
  /** Plain text of the comment. */
  text: string;
}

export interface CommentResult {
  added: number;
  /** Items not added; reason as in SkippedEdit ("changed": the text is no longer what was analysed). */
  skipped: Array<{ start: number; end: number; reason: SkippedEdit["reason"]; detail?: string }>;
}

export interface HostCapabilities {
  /** «Vis» can select a range in the document. */
  select: boolean;
  /** Where applyEdits can write: everywhere, only in the subject line (Outlook), or nowhere. */
  applyEdits: "all" | "subject" | "none";
  /** openAsNew is available. */
  openAsNew: boolean;
}

export interface DraftHost {
  readonly kind: HostKind;
  /** Office display language (e.g. "nb-NO") or the browser's; undefined if unknown. */
  readonly displayLanguage?: string;
  /** What this host can do in place (issue 5); absent means everything. */
  readonly capabilities?: HostCapabilities;
  /** Read the draft: whole body, or the selection when scope is "selection" and something is selected. */
  readDraft(scope?: "body" | "selection"): Promise<DraftSnapshot>;
  /** Select [start, end) of the snapshot in the document so the user sees it. */
  select(snapshot: DraftSnapshot, start: number, end: number): Promise<void>;
  /**
   * Apply the user's chosen edits (offsets into snapshot.text). Each edit is applied only where the
   * document still holds the analysed text; others are skipped with a reason. Nothing else changes.
   */
  applyEdits(snapshot: DraftSnapshot, edits: Edit[]): Promise<ApplyResult>;
  /**
   * Whether an edit of [start, end) of this snapshot can be written in place (issue 5). Outlook: only
   * inside the subject line; Word: wherever the text maps to one paragraph without inline objects.
   * Absent means yes. The UI can offer «Kopier» instead of a fix button where it is false.
   */
  canEditSpan?(snapshot: DraftSnapshot, start: number, end: number): boolean;
  /**
   * Put each item as a comment on its span (Word, WordApi 1.4), in one batch; absent where the host
   * cannot. Items whose text changed since the snapshot, or that cannot be located exactly, are skipped.
   */
  addComments?(snapshot: DraftSnapshot, items: CommentItem[]): Promise<CommentResult>;
  /** Delete the comments addComments created (only those, never the user's); resolves to how many went. */
  removeComments?(): Promise<number>;
  /** Reverse the last applyEdits batch; false when there is nothing to undo or it cannot be done. */
  undoLast(): Promise<boolean>;
  /** Insert text at the end of the document (Word), at the cursor (Outlook) or into the editor. */
  insertText(text: string): Promise<InsertResult>;
  /** Open the text as a new document (Word) or a new message (Outlook); undefined where unsupported. */
  openAsNew?(text: string, title?: string): Promise<InsertResult>;
  /** Subscribe to changes of the draft (where the host can tell); returns an unsubscribe function. */
  onDraftChanged?(listener: () => void): () => void;
  /** Subscribe to Office theme changes (Outlook: OfficeThemeChanged, Mailbox 1.14); returns an unsubscribe function. */
  onThemeChanged?(listener: (theme: "light" | "dark") => void): () => void;
  /** The language the user writes the item in (Office.context.contentLanguage), e.g. "nn-NO". */
  readonly contentLanguage?: string;
  /** Things the user should know about this host before relying on it (e.g. "no-reviewed-text"). */
  readonly warnings?: readonly string[];
  /** Settings storage: roaming settings in Outlook, local storage elsewhere. */
  loadSettings(): Promise<string | null>;
  saveSettings(json: string): Promise<void>;
}
