// Helpers for tests that read ../shared (read-only reference data). They fail with a plain message when it is missing.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const SHARED = join(__dirname, "../../../../shared");

export function requireShared(rel: string): string {
  const p = join(SHARED, rel);
  if (!existsSync(p)) throw new Error(`Reference data is missing: ${p} (these tests need the read-only ../shared folder next to the repository).`);
  return p;
}

export function readShared(rel: string): string {
  return readFileSync(requireShared(rel), "utf8");
}

export interface CorpusEntry {
  id: string;
  category: string;
  subtype?: string;
  language: string;
  file: string;
}

export function corpus(categories: string[]): Array<CorpusEntry & { text: string }> {
  const index = JSON.parse(readShared("corpus/index.json")) as CorpusEntry[];
  return index.filter((e) => categories.includes(e.category)).map((e) => ({ ...e, text: readShared(join("corpus", e.file)) }));
}

/** The evaluation drafts of research/plain-language.md §7 (B01–B15, N01–N03), parsed from the note. */
export function evaluationDrafts(): Array<{ id: string; title: string; text: string }> {
  const s = readShared("research/plain-language.md");
  const a = s.indexOf("## 7.");
  const b = s.indexOf("## 8.");
  if (a < 0 || b < 0) throw new Error("research/plain-language.md has no §7 evaluation drafts");
  const parts = s.slice(a, b).split(/^### /m).slice(1);
  return parts.map((p) => {
    const nl = p.indexOf("\n");
    const head = p.slice(0, nl);
    const body = p.slice(nl + 1).split("\n*Contains:*")[0].trim() + "\n";
    return { id: head.split(/\s/)[0], title: head, text: body };
  });
}

export function listDir(rel: string): string[] {
  return readdirSync(requireShared(rel));
}
