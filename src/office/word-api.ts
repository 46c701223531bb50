/**
 * The small slice of the Word JavaScript API the adapter uses, typed structurally so that tests can
 * drive the adapter with recording fakes. The real `Word` global satisfies it.
 */

export interface WordClientResult<T> {
  value: T;
}

/** Word.TrackedChange (WordApi 1.6). */
export interface WordTrackedChange {
  type: string;
  text: string;
  reject(): void;
  accept(): void;
}

export interface WordTrackedChangeCollection {
  items: WordTrackedChange[];
  load(props: string): unknown;
}

export interface WordRange {
  text: string;
  load(props: string): unknown;
  select(mode?: string): void;
  insertText(text: string, location: "Replace" | "Start" | "End" | "Before" | "After"): WordRange;
  expandTo(range: WordRange): WordRange;
  getRange(location?: "Whole" | "Start" | "End" | "Content"): WordRange;
  search(text: string, options?: { matchCase?: boolean; matchWildcards?: boolean }): WordRangeCollection;
  getReviewedText?(kind: "Current" | "Original"): WordClientResult<string>;
  getTrackedChanges?(): WordTrackedChangeCollection;
  /** WordApi 1.4. */
  insertComment?(text: string): WordComment;
  paragraphs: WordParagraphCollection;
}

/** Word.Comment (WordApi 1.4): `id` is read after load("id"); delete() is queued until the next sync. */
export interface WordComment {
  id: string;
  load(props: string): unknown;
  delete(): void;
}

export interface WordCommentCollection {
  items: WordComment[];
  load(props: string): unknown;
}

export interface WordRangeCollection {
  items: WordRange[];
  load(props: string): unknown;
}

export interface WordParagraph extends WordRange {
  /** WordApi 1.6: the paragraph's id in this session (8-4-4-4-12 GUID); read after load("uniqueLocalId"). */
  uniqueLocalId?: string;
}

/** Word.ParagraphAddedEventArgs / ParagraphChangedEventArgs / ParagraphDeletedEventArgs (WordApi 1.6). */
export interface WordEventArgs {
  type: string;
  /** "Local", or "Remote" for a coauthor's change. */
  source: string;
  uniqueLocalIds: string[];
}

/** OfficeExtension.EventHandlerResult: remove() is queued and takes effect at the sync of the context it was added in. */
export interface WordEventHandlerResult {
  remove(): void;
}

/** OfficeExtension.EventHandlers<T>. */
export interface WordEventHandlers {
  add(handler: (args: WordEventArgs) => Promise<unknown>): WordEventHandlerResult;
}

export interface WordParagraphCollection {
  items: WordParagraph[];
  load(props: string): unknown;
}

export interface WordBody {
  text: string;
  load(props: string): unknown;
  paragraphs: WordParagraphCollection;
  getReviewedText?(kind: "Current" | "Original"): WordClientResult<string>;
  insertParagraph(text: string, location: "Start" | "End"): WordParagraph;
  /** WordApi 1.4. */
  getComments?(): WordCommentCollection;
}

export interface WordDocumentLike {
  body: WordBody;
  getSelection(): WordRange;
  /** WordApi 1.4: "Off" | "TrackAll" | "TrackMineOnly"; read after load("changeTrackingMode"). */
  changeTrackingMode?: string;
  load?(props: string): unknown;
  /** WordApi 1.6; undefined where the host lacks it. */
  onParagraphAdded?: WordEventHandlers;
  onParagraphChanged?: WordEventHandlers;
  onParagraphDeleted?: WordEventHandlers;
}

export interface WordContext {
  document: WordDocumentLike;
  application?: { createDocument(base64File?: string): { open(): void } };
  sync(): Promise<void>;
}

export interface WordGlobal {
  run<T>(batch: (context: WordContext) => Promise<T>): Promise<T>;
  /** A batch on the request context of an object from an earlier batch (e.g. to remove event handlers). */
  run<T>(object: WordDocumentLike, batch: (context: WordContext) => Promise<T>): Promise<T>;
}

export interface OfficeGlobalLike {
  context?: {
    displayLanguage?: string;
    platform?: string;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}

/** The `code` of an OfficeExtension.Error (e.g. "SearchDialogIsOpen"), if the error has one. */
export function officeErrorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
