// Reference data from the read-only ../shared folder. Tests fail with a plain message when it is missing.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const SHARED_DIR = join(__dirname, "../../../shared");

export function readShared(rel: string): string {
  const p = join(SHARED_DIR, rel);
  if (!existsSync(p)) throw new Error(`Reference data is missing: ${p} (these tests need the read-only ../shared folder next to the repository).`);
  return readFileSync(p, "utf8");
}

export interface CorpusText {
  id: string;
  category: string;
  language: string;
  file: string;
  words: number;
  text: string;
}

export function corpusTexts(): CorpusText[] {
  const index = JSON.parse(readShared("corpus/index.json")) as Array<Omit<CorpusText, "text">>;
  return index.map((e) => ({ ...e, text: readShared(join("corpus", e.file)) }));
}

/** The evaluation drafts of research/plain-language.md §7 (B01–B15, N01–N03), parsed from the note. */
export function evaluationDrafts(): Array<{ id: string; title: string; text: string; contains: string }> {
  const note = readShared("research/plain-language.md");
  const section = note.slice(note.indexOf("## 7."), note.indexOf("## 8."));
  const out: Array<{ id: string; title: string; text: string; contains: string }> = [];
  const re = /### ((?:B|N)\d\d) – ([^\n]*)\n([\s\S]*?)\n\*Contains:\*([^\n]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(section)) !== null) out.push({ id: m[1], title: m[2], text: m[3].trim() + "\n", contains: m[4] });
  return out;
}

/** The §3.5 table: reference LIX, words, sentences and long words per draft ("ref" column). */
export function lixReferenceTable(): Map<string, { lix: number; words: number; sentences: number; longWords: number }> {
  const note = readShared("research/plain-language.md");
  const section = note.slice(note.indexOf("### 3.5"), note.indexOf("### 3.6"));
  const out = new Map<string, { lix: number; words: number; sentences: number; longWords: number }>();
  const re = /^\| ((?:B|N)\d\d) \| [^|]+\| ([\d.]+) \((\d+)\/(\d+)\/(\d+)\) \|/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(section)) !== null) out.set(m[1], { lix: Number(m[2]), words: Number(m[3]), sentences: Number(m[4]), longWords: Number(m[5]) });
  return out;
}
