// Sentences and paragraphs as parse() makes them: `text` is read from the document when asked for, not copied
// out for every sentence in advance. A 100 000-word text has about 19 000 sentences and paragraphs; analyze()
// reads the text of a few hundred of them, so the rest would be strings made only for the garbage collector to
// copy. To callers they look as before: `text` is there to read (a getter), and JSON.stringify() gives the same
// object, keys in the same order. The document text sits under a symbol key, which Object.keys, JSON and
// for…in do not show.
import type { Paragraph, Sentence, SentenceKind } from "../model";

const SOURCE: unique symbol = Symbol("kanalklar.source");

/** A span of the document text: start, end, and the text read from the document when asked for. */
abstract class SourceSpan {
  readonly [SOURCE]: string;

  constructor(
    source: string,
    public start: number,
    public end: number,
  ) {
    this[SOURCE] = source;
  }

  get text(): string {
    return this[SOURCE].slice(this.start, this.end);
  }
}

export class TextSentence extends SourceSpan implements Sentence {
  kind: SentenceKind = "text";

  constructor(
    source: string,
    start: number,
    end: number,
    public paragraph: number,
    public tokenStart: number,
    public tokenEnd: number,
  ) {
    super(source, start, end);
  }

  toJSON(): Sentence {
    return { start: this.start, end: this.end, text: this.text, kind: this.kind, paragraph: this.paragraph, tokenStart: this.tokenStart, tokenEnd: this.tokenEnd };
  }
}

export class TextParagraph extends SourceSpan implements Paragraph {
  constructor(
    source: string,
    start: number,
    end: number,
    public sentenceStart: number,
    public sentenceEnd: number,
  ) {
    super(source, start, end);
  }

  toJSON(): Paragraph {
    return { start: this.start, end: this.end, text: this.text, sentenceStart: this.sentenceStart, sentenceEnd: this.sentenceEnd };
  }
}
