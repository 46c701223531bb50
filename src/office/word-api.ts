/**
 * The small slice of the Word JavaScript API the adapter uses, typed structurally so that tests can
 * drive the adapter with recording fakes. The real `Word` global satisfies it.
 */

export interface WordClientResult<T> {
  value: T;
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
  paragraphs: WordParagraphCollection;
}

export interface WordRangeCollection {
  items: WordRange[];
  load(props: string): unknown;
}

export interface WordParagraph extends WordRange {}

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
}

export interface WordDocumentLike {
  body: WordBody;
  getSelection(): WordRange;
}

export interface WordContext {
  document: WordDocumentLike;
  application?: { createDocument(base64File?: string): { open(): void } };
  sync(): Promise<void>;
}

export interface WordGlobal {
  run<T>(batch: (context: WordContext) => Promise<T>): Promise<T>;
}

export interface OfficeGlobalLike {
  context?: {
    displayLanguage?: string;
    requirements?: { isSetSupported(name: string, version?: string): boolean };
  };
}
