// Formats check results for people (text) and for CI systems (SARIF 2.1.0), one file or many.
// Text from the draft is printed through printable() (no control characters reach the terminal), and the
// text report is written line by line, so a huge result is never one string.
import { explainLix } from "../core/readability";
import type { AnalysisResult, Finding, Locale } from "../core/model";
import { lineIndex } from "./io";
import { printable } from "./terminal";

const LANGUAGE_NAMES: Record<Locale, Record<string, string>> = {
  nb: { nb: "bokmål", nn: "nynorsk", en: "engelsk" },
  nn: { nb: "bokmål", nn: "nynorsk", en: "engelsk" },
  en: { nb: "Norwegian Bokmål", nn: "Norwegian Nynorsk", en: "English" },
};

const SEVERITY: Record<Locale, Record<Finding["severity"], string>> = {
  nb: { error: "feil", warning: "advarsel", info: "info" },
  nn: { error: "feil", warning: "åtvaring", info: "info" },
  en: { error: "error", warning: "warning", info: "info" },
};

function fmt(x: number, locale: Locale): string {
  const s = (Math.round(x * 10) / 10).toString();
  return locale === "en" ? s : s.replace(".", ",");
}

/** `s`, or its first max - 1 code points and "…" when it has more than max (looking at max + 1 at most). */
export function shorten(s: string, max: number): string {
  let count = 0;
  let cut = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    count++;
    if (count === max - 1) cut = i + 1;
    if (count > max) return s.slice(0, cut) + "…";
  }
  return s;
}

function oneLine(s: string): string {
  return printable(s.replace(/[\r\n\u2028\u2029\v\f]+/g, " "));
}

export type SeverityCounts = Record<Finding["severity"], number>;

export function countSeverities(findings: readonly Finding[], into: SeverityCounts = { error: 0, warning: 0, info: 0 }): SeverityCounts {
  for (const f of findings) into[f.severity]++;
  return into;
}

const pl = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 funn: 0 feil, 2 advarsler, 1 info." or "Ingen funn." */
function findingsLine(counts: SeverityCounts, locale: Locale): string {
  const n = counts.error + counts.warning + counts.info;
  if (n === 0) return { nb: "Ingen funn.", nn: "Ingen funn.", en: "No findings." }[locale];
  return {
    nb: `${n} funn: ${counts.error} feil, ${pl(counts.warning, "advarsel", "advarsler")}, ${counts.info} info.`,
    nn: `${n} funn: ${counts.error} feil, ${pl(counts.warning, "åtvaring", "åtvaringar")}, ${counts.info} info.`,
    en: `${pl(n, "finding", "findings")}: ${pl(counts.error, "error", "errors")}, ${pl(counts.warning, "warning", "warnings")}, ${counts.info} info.`,
  }[locale];
}

/**
 * Readable report, written line by line: one line per finding (file:line:col severity rule message),
 * suggestions, then the LIX summary.
 */
export function writeTextReport(file: string, input: string, result: AnalysisResult, locale: Locale, write: (s: string) => void): void {
  const at = lineIndex(input);
  const name = oneLine(file);
  const suggestionLabel = { nb: "forslag", nn: "forslag", en: "suggestion" }[locale];
  const fixLabel = { nb: "kan rettes automatisk", nn: "kan rettast automatisk", en: "can be fixed automatically" }[locale];
  for (const f of result.findings) {
    const { line, column } = at(f.start);
    // A finding may span a whole (huge) sentence: only its start is shown, so only its start is cleaned.
    const head = f.text.length > 1000 ? f.text.slice(0, 1000) + "…" : f.text;
    const snippet = f.message.includes(f.text) ? "" : ` «${shorten(oneLine(head), 60)}»`;
    write(`${name}:${line}:${column}: ${SEVERITY[locale][f.severity]} [${f.rule}] ${oneLine(f.message)}${snippet}\n`);
    if (f.suggestions.length > 0) write(`    ${suggestionLabel}: ${f.suggestions.map(oneLine).join(" | ")}${f.fix ? ` (${fixLabel})` : ""}\n`);
  }
  if (result.findings.length > 0) write("\n");
  const s = result.stats;
  const lang = LANGUAGE_NAMES[locale][result.language] ?? result.language;
  const pct = fmt(s.longWordPercent, locale);
  const avg = fmt(s.avgSentenceLength, locale);
  write(explainLix(s, locale) + "\n");
  write(
    {
      nb: `${pl(s.words, "ord", "ord")}, ${pl(s.sentences, "setning", "setninger")}, ${pl(s.longWords, "langt ord", "lange ord")} (${pct} %), ${avg} ord per setning. Språk: ${lang}.`,
      nn: `${pl(s.words, "ord", "ord")}, ${pl(s.sentences, "setning", "setningar")}, ${pl(s.longWords, "langt ord", "lange ord")} (${pct} %), ${avg} ord per setning. Språk: ${lang}.`,
      en: `${pl(s.words, "word", "words")}, ${pl(s.sentences, "sentence", "sentences")}, ${pl(s.longWords, "long word", "long words")} (${pct}%), ${avg} words per sentence. Language: ${lang}.`,
    }[locale] + "\n",
  );
  write(findingsLine(countSeverities(result.findings), locale) + "\n");
}

/** The readable report of one file as a string. */
export function textReport(file: string, input: string, result: AnalysisResult, locale: Locale = "nb"): string {
  const out: string[] = [];
  writeTextReport(file, input, result, locale, (s) => void out.push(s));
  return out.join("");
}

/** Heading before each file's report when several files are checked. */
export function fileHeading(file: string): string {
  return `== ${oneLine(file)} ==\n`;
}

/** Last line of a report over several files: "Totalt 3 filer, 5 funn: …". */
export function totalLine(files: number, counts: SeverityCounts, locale: Locale): string {
  const head = { nb: `Totalt ${pl(files, "fil", "filer")}`, nn: `Totalt ${pl(files, "fil", "filer")}`, en: `Total: ${pl(files, "file", "files")}` }[locale];
  const rest = findingsLine(counts, locale);
  return `${head}, ${rest.charAt(0).toLowerCase()}${rest.slice(1)}\n`;
}

/** One line per rule id (DESIGN.md). */
const RULE_DESCRIPTIONS: Record<string, string> = {
  "long-sentence": "Sentence over the length threshold",
  "long-paragraph": "Paragraph over the threshold (sentences or words)",
  kanselli: "Bureaucratic word or phrase (Kansellisten, Språkrådet)",
  passive: "Passive voice (s-passive, bli/vert-passive; English be + participle)",
  nominalization: "Noun-heavy phrasing",
  "formal-address": "De/Dem/Deres addressing the reader",
  abbreviation: "Abbreviation a reader may not know",
  "personal-data": "Personal data (national id in any spelling, account number, private e-mail)",
  "repeated-word": "The same word twice in a row",
  "vague-deadline": "Deadline without a date (snarest, innen 14 dager)",
  "reader-address": "The reader named in the third person (søkeren, abonnentene) instead of du/dere",
  "nynorsk-form": "Bokmål form in a nynorsk text (fra, Norge, kun, hoved-)",
  "bokmal-form": "Nynorsk form in a bokmål text (ikkje, frå, Noreg)",
};

const SARIF_LEVEL: Record<Finding["severity"], string> = { error: "error", warning: "warning", info: "note" };

/** One checked file, as the SARIF log needs it. */
export interface SarifFile {
  file: string;
  input: string;
  result: AnalysisResult;
}

function sarifUri(file: string): string {
  return file === "-" ? "stdin" : file.split("\\").join("/");
}

/** The SARIF results of one file (its text is needed only here, for lines and columns). */
export function sarifResults(entry: SarifFile, artifactIndex: number): Array<Record<string, unknown>> {
  const at = lineIndex(entry.input);
  const uri = sarifUri(entry.file);
  const artifactLocation = { uri, index: artifactIndex };
  return entry.result.findings.map((f) => {
    const a = at(f.start);
    const b = at(f.end);
    const region = { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: f.start, charLength: f.end - f.start, snippet: { text: f.text } };
    const r: Record<string, unknown> = {
      ruleId: f.rule,
      level: SARIF_LEVEL[f.severity],
      message: { text: f.suggestions.length ? `${f.message} (${f.suggestions.join(" | ")})` : f.message },
      locations: [{ physicalLocation: { artifactLocation, region } }],
    };
    if (f.fix) {
      r.fixes = [
        {
          description: { text: f.fix.replacement },
          artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { charOffset: f.fix.start, charLength: f.fix.end - f.fix.start }, insertedContent: { text: f.fix.replacement } }] }],
        },
      ];
    }
    return r;
  });
}

/** What a SARIF log keeps of each file once its results are made (no text). */
export interface SarifArtifact {
  file: string;
  language: AnalysisResult["language"];
  stats: AnalysisResult["stats"];
}

/**
 * SARIF 2.1.0 log with one run over all files: results name their file (artifactLocation with uri and index
 * into `artifacts`), columns in UTF-16 code units. With one file, run.properties holds its language and stats.
 */
export function sarifLog(artifacts: SarifArtifact[], results: Array<Record<string, unknown>>, version: string): object {
  const ruleIds = [...new Set(results.map((r) => r.ruleId as string))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  for (const r of results) r.ruleIndex = ruleIndex.get(r.ruleId as string);
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "kanalklar",
            version,
            rules: ruleIds.map((id) => ({ id, name: id, shortDescription: { text: RULE_DESCRIPTIONS[id] ?? id } })),
          },
        },
        columnKind: "utf16CodeUnits",
        artifacts: artifacts.map((a) => ({ location: { uri: sarifUri(a.file) }, properties: { language: a.language, stats: a.stats } })),
        results,
        ...(artifacts.length === 1 ? { properties: { language: artifacts[0].language, stats: artifacts[0].stats } } : {}),
      },
    ],
  };
}

/** SARIF 2.1.0 log of one file. */
export function sarifReport(file: string, input: string, result: AnalysisResult, version: string): object {
  return sarifLog([{ file, language: result.language, stats: result.stats }], sarifResults({ file, input, result }, 0), version);
}
