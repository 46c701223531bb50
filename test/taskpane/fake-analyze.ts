/** A small deterministic checker for component tests (the real rules have their own tests). */
import type { AnalysisResult, AnalyzeOptions, Finding } from "../../src/core/model";

export function fakeAnalyze(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const en = options.locale === "en";
  const findings: Finding[] = [];
  for (const m of text.matchAll(/vedrørende/gi)) {
    const start = m.index!;
    const cap = m[0][0] === "V";
    findings.push({
      rule: "kanselli",
      severity: "warning",
      start,
      end: start + m[0].length,
      text: m[0],
      message: en ? "A stiff word. Write “about”." : "Et stivt ord. Skriv «om».",
      suggestions: ["om", "angående"],
      fix: { start, end: start + m[0].length, replacement: cap ? "Om" : "om" },
    });
  }
  for (const m of text.matchAll(/blir stengt/g)) {
    findings.push({
      rule: "passive",
      severity: "info",
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      message: en ? "Passive voice: say who does it." : "Passiv: si hvem som gjør det.",
      suggestions: [],
    });
  }
  const words = text.split(/\s+/).filter(Boolean);
  const sentences = Math.max(1, text.split(/[.!?]+\s/).filter((s) => s.trim()).length);
  const long = words.filter((w) => w.replace(/\W/g, "").length > 6).length;
  const avg = words.length / sentences;
  const pct = words.length ? (100 * long) / words.length : 0;
  const lix = avg + pct;
  return {
    language: "nb",
    stats: {
      words: words.length,
      sentences,
      longWords: long,
      avgSentenceLength: avg,
      longWordPercent: pct,
      lix,
      band: lix < 25 ? "very-easy" : lix < 35 ? "easy" : lix < 45 ? "medium" : lix < 55 ? "hard" : "very-hard",
      characters: text.length,
      paragraphs: text.split(/\n\s*\n/).length,
    },
    findings: findings.sort((a, b) => a.start - b.start),
  };
}
