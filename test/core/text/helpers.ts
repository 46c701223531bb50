import type { Doc } from "../../../src/core/model";

/** Sentence texts of a parsed document. */
export function sentenceTexts(doc: Doc): string[] {
  return doc.sentences.map((s) => s.text);
}

/** Check every offset of a parsed document against its text; returns a list of problems (empty when all hold). */
export function offsetProblems(doc: Doc): string[] {
  const problems: string[] = [];
  const t = doc.text;
  doc.tokens.forEach((tok, i) => {
    if (t.slice(tok.start, tok.end) !== tok.text) problems.push(`token ${i} text`);
    if (tok.start >= tok.end) problems.push(`token ${i} empty`);
    if (i > 0 && doc.tokens[i - 1].end > tok.start) problems.push(`token ${i} overlaps`);
    const s = doc.sentences[tok.sentence];
    if (!s || tok.start < s.start || tok.end > s.end) problems.push(`token ${i} outside its sentence`);
  });
  doc.sentences.forEach((s, i) => {
    if (t.slice(s.start, s.end) !== s.text) problems.push(`sentence ${i} text`);
    if (i > 0 && doc.sentences[i - 1].end > s.start) problems.push(`sentence ${i} overlaps`);
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (doc.tokens[k].sentence !== i) problems.push(`sentence ${i} token ${k}`);
    const p = doc.paragraphs[s.paragraph];
    if (!p || s.start < p.start || s.end > p.end) problems.push(`sentence ${i} outside its paragraph`);
  });
  doc.paragraphs.forEach((p, i) => {
    if (t.slice(p.start, p.end) !== p.text) problems.push(`paragraph ${i} text`);
    for (let s = p.sentenceStart; s < p.sentenceEnd; s++) if (doc.sentences[s].paragraph !== i) problems.push(`paragraph ${i} sentence ${s}`);
  });
  // Every non-space character belongs to some token, except ignorable controls and format characters.
  let covered = 0;
  for (const tok of doc.tokens) covered += tok.end - tok.start;
  const visible = t.replace(/[\s\p{Cc}\p{Cf}]/gu, "").length;
  if (covered < visible) problems.push(`only ${covered} of ${visible} visible code units are in tokens`);
  return problems;
}
