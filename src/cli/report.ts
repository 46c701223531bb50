// Formats a check result for people (text) and for CI systems (SARIF 2.1.0).
import { explainLix } from "../core/readability";
import type { AnalysisResult, Finding, Locale } from "../core/model";
import { lineIndex } from "./io";

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

function shorten(s: string, max: number): string {
  const cps = Array.from(s);
  return cps.length <= max ? s : cps.slice(0, max - 1).join("") + "…";
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029\v\f]+/g, " ");
}

/** Readable report: one line per finding (file:line:col severity rule message), suggestions, then the LIX summary. */
export function textReport(file: string, input: string, result: AnalysisResult, locale: Locale = "nb"): string {
  const at = lineIndex(input);
  const out: string[] = [];
  const suggestionLabel = { nb: "forslag", nn: "forslag", en: "suggestion" }[locale];
  const fixLabel = { nb: "kan rettes automatisk", nn: "kan rettast automatisk", en: "can be fixed automatically" }[locale];
  for (const f of result.findings) {
    const { line, column } = at(f.start);
    const snippet = f.message.includes(f.text) ? "" : ` «${shorten(oneLine(f.text), 60)}»`;
    out.push(`${file}:${line}:${column}: ${SEVERITY[locale][f.severity]} [${f.rule}] ${oneLine(f.message)}${snippet}`);
    if (f.suggestions.length > 0) out.push(`    ${suggestionLabel}: ${f.suggestions.map(oneLine).join(" | ")}${f.fix ? ` (${fixLabel})` : ""}`);
  }
  if (result.findings.length > 0) out.push("");
  const s = result.stats;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  const lang = LANGUAGE_NAMES[locale][result.language] ?? result.language;
  out.push(explainLix(s, locale));
  const pl = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const pct = fmt(s.longWordPercent, locale);
  const avg = fmt(s.avgSentenceLength, locale);
  out.push(
    {
      nb: `${pl(s.words, "ord", "ord")}, ${pl(s.sentences, "setning", "setninger")}, ${pl(s.longWords, "langt ord", "lange ord")} (${pct} %), ${avg} ord per setning. Språk: ${lang}.`,
      nn: `${pl(s.words, "ord", "ord")}, ${pl(s.sentences, "setning", "setningar")}, ${pl(s.longWords, "langt ord", "lange ord")} (${pct} %), ${avg} ord per setning. Språk: ${lang}.`,
      en: `${pl(s.words, "word", "words")}, ${pl(s.sentences, "sentence", "sentences")}, ${pl(s.longWords, "long word", "long words")} (${pct}%), ${avg} words per sentence. Language: ${lang}.`,
    }[locale],
  );
  const n = result.findings.length;
  out.push(
    n === 0
      ? { nb: "Ingen funn.", nn: "Ingen funn.", en: "No findings." }[locale]
      : {
          nb: `${n} funn: ${counts.error} feil, ${pl(counts.warning, "advarsel", "advarsler")}, ${counts.info} info.`,
          nn: `${n} funn: ${counts.error} feil, ${pl(counts.warning, "åtvaring", "åtvaringar")}, ${counts.info} info.`,
          en: `${pl(n, "finding", "findings")}: ${pl(counts.error, "error", "errors")}, ${pl(counts.warning, "warning", "warnings")}, ${counts.info} info.`,
        }[locale],
  );
  return out.join("\n") + "\n";
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

/** SARIF 2.1.0 log with one run; columns in UTF-16 code units. */
export function sarifReport(file: string, input: string, result: AnalysisResult, version: string): object {
  const at = lineIndex(input);
  const uri = file === "-" ? "stdin" : file.split("\\").join("/");
  const ruleIds = [...new Set(result.findings.map((f) => f.rule))].sort();
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
        results: result.findings.map((f) => {
          const a = at(f.start);
          const b = at(f.end);
          const region = { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: f.start, charLength: f.end - f.start, snippet: { text: f.text } };
          const r: Record<string, unknown> = {
            ruleId: f.rule,
            ruleIndex: ruleIds.indexOf(f.rule),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.suggestions.length ? `${f.message} (${f.suggestions.join(" | ")})` : f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri }, region } }],
          };
          if (f.fix) {
            r.fixes = [
              {
                description: { text: f.fix.replacement },
                artifactChanges: [
                  {
                    artifactLocation: { uri },
                    replacements: [{ deletedRegion: { charOffset: f.fix.start, charLength: f.fix.end - f.fix.start }, insertedContent: { text: f.fix.replacement } }],
                  },
                ],
              },
            ];
          }
          return r;
        }),
        properties: { language: result.language, stats: result.stats },
      },
    ],
  };
}
