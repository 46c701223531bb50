/**
 * The parts of the core that «Skriv om setningen» needs, loaded with import() when a card first asks for a
 * rewrite, so neither the sentence pass nor the word diff is in the first-load bundle.
 */
import { diffWords } from "diff";
import { sentenceRewrite } from "../../core/sentence-rewrite";

export { sentenceRewrite };

/** One run of words in the preview: kept, or only in the old / only in the new sentence. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** Word diff of a sentence and its rewrite (one sentence: the diff package's cost does not matter). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((p) => ({ value: p.value, added: p.added || undefined, removed: p.removed || undefined }));
}
