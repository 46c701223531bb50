// Shared helpers for the rule tests: parse text, run one rule, read the research drafts from ../shared.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "../../../src/core/text/parse";
import type { Finding, Language, Locale } from "../../../src/core/model";
import type { Rule } from "../../../src/core/rules/types";

export const SHARED = join(__dirname, "..", "..", "..", "..", "shared");

export function run(rule: Rule, text: string, language: Language = "nb", options: Record<string, unknown> = {}, locale: Locale = "nb", customWords: Array<{ word: string; alternative: string }> = []): Finding[] {
  const doc = parse(text, language);
  if (rule.languages && !rule.languages.includes(doc.language)) return [];
  const out = rule.run(doc, { language: doc.language, locale, options, customWords });
  for (const f of out) {
    if (f.text !== text.slice(f.start, f.end)) throw new Error(`offset mismatch in ${f.rule}: ${JSON.stringify(f.text)} vs ${JSON.stringify(text.slice(f.start, f.end))}`);
    if (f.fix && (f.fix.start < 0 || f.fix.end > text.length || f.fix.start > f.fix.end)) throw new Error(`fix out of range in ${f.rule}`);
  }
  return out;
}

/** Texts of the findings. */
export const texts = (fs: Finding[]) => fs.map((f) => f.text);

export function sharedFile(...parts: string[]): string {
  const p = join(SHARED, ...parts);
  if (!existsSync(p)) throw new Error(`Shared reference file is missing: ${p} (the tests need the read-only ../shared folder next to the repository)`);
  return readFileSync(p, "utf8");
}

export interface Draft {
  id: string;
  title: string;
  text: string;
  contains: string;
}

/** The evaluation drafts of plain-language.md §7 (### B01 – … up to the *Contains:* line). */
export function drafts(): Draft[] {
  const md = sharedFile("research", "plain-language.md");
  const sec = md.slice(md.indexOf("## 7."));
  const out: Draft[] = [];
  const re = /^### ((?:B|N)\d\d) – (.*)\n([\s\S]*?)\n\*Contains:\*(.*)$/gm;
  for (let m = re.exec(sec); m; m = re.exec(sec)) out.push({ id: m[1], title: m[2], text: m[3].trim(), contains: m[4] });
  return out;
}
