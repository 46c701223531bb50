// A draft sentence or block as a short channel says it: the times of a wrong role cut out, the draft's safe fixes
// inside it applied, a table's lines said as items, a list's names for "these streets", plain words and the reader's
// "du", one sentence end. The SMS and the post say their parts the same way; undefined when it cannot be said.
import type { Edit, Language } from "../model";
import type { Part } from "../message/types";
import { rowsAsItems } from "../message/table";
import { endSentence, keepNames, namedFromList, overlaps, standAlone } from "./compose-util";
import { polishSentence } from "./letter-polish";
import { flattenBlock, isStub, plainSentence, pruneTimes, readerVoice, type Cut } from "./render";

export function sayDraftPart(p: Part | undefined, draft: string, language: Language, cuts: ReadonlyArray<Cut>, edits: ReadonlyArray<Edit>, blocked: ReadonlyArray<{ start: number; end: number }>): string | undefined {
  // A "sentence" longer than 400 characters is no sentence a short channel can use (and would cost time).
  if (!p || p.text.length > 400 || blocked.some((b) => overlaps(b, p))) return undefined;
  const pruned = pruneTimes(p, cuts, edits);
  if (pruned === null) return undefined;
  const flat0 = flattenBlock(rowsAsItems(pruned, p.start, p.end, draft, language), language);
  // ("Residents in these streets …" under a short list of the streets: the streets by name.)
  const flat = namedFromList(flat0, p.start, draft, language) ?? flat0;
  const out = endSentence(standAlone(keepNames(flat, polishSentence(readerVoice(plainSentence(flat, language, draft), language), language), draft, language), language));
  // ("Følg med." from "Følg med på elvheim.kommune.no": the link says it, at the end of the post or the SMS.)
  return isStub(p.text, out, draft.slice(p.end, p.end + 12)) ? undefined : out;
}
