// `kanalklar check [--json] [--lang auto|nb|nn|en] [--format text|json|sarif] [--locale nb|nn|en] FILE|-`
// Exit 0 when the check ran (findings are not failures), 2 on bad usage or unreadable input.
import { analyze } from "../core/index";
import { explainLix, lixBandLabel, lixReasons } from "../core/readability";
import type { AnalysisResult, Language, Locale } from "../core/model";
import type { CliIO } from "./io";
import { sarifReport, textReport } from "./report";

export const CHECK_USAGE = "Bruk: kanalklar check [--json] [--format text|json|sarif] [--lang auto|nb|nn|en] [--locale nb|nn|en] FIL|-";

interface CheckArgs {
  format: "text" | "json" | "sarif";
  language: Language | "auto";
  locale: Locale;
  file: string;
}

function parseArgs(argv: string[]): CheckArgs | string {
  let format: CheckArgs["format"] | undefined;
  let language: CheckArgs["language"] = "auto";
  let locale: Locale = "nb";
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-" || !a.startsWith("-")) {
      files.push(a);
      continue;
    }
    if (a === "--") {
      files.push(...argv.slice(i + 1));
      break;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    const takesValue = name === "--lang" || name === "--format" || name === "--locale";
    let value: string | undefined;
    if (takesValue) {
      value = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined) return `${name} trenger en verdi`;
    } else if (eq > 0) return `${name} tar ingen verdi`;
    switch (name) {
      case "--json":
        if (format && format !== "json") return "--json og --format kan ikke kombineres";
        format = "json";
        break;
      case "--format":
        if (value !== "text" && value !== "json" && value !== "sarif") return `ukjent format: ${value} (text, json eller sarif)`;
        if (format && format !== value) return "--json og --format kan ikke kombineres";
        format = value;
        break;
      case "--lang":
        if (value !== "auto" && value !== "nb" && value !== "nn" && value !== "en") return `ukjent språk: ${value} (auto, nb, nn eller en)`;
        language = value;
        break;
      case "--locale":
        if (value !== "nb" && value !== "nn" && value !== "en") return `ukjent meldingsspråk: ${value} (nb, nn eller en)`;
        locale = value;
        break;
      default:
        return `ukjent valg: ${a}`;
    }
  }
  if (files.length === 0) return "mangler fil (bruk - for standard input)";
  if (files.length > 1) return `bare én fil om gangen (fikk ${files.length})`;
  return { format: format ?? "text", language, locale, file: files[0] };
}

/** The JSON contract of DESIGN.md: { language, stats: { words, sentences, lix, longWords, avgSentenceLength, ... }, findings }. */
export function checkJson(result: AnalysisResult, locale: Locale): object {
  return {
    language: result.language,
    stats: {
      ...result.stats,
      bandLabel: lixBandLabel(result.stats.band, locale),
      reasons: lixReasons(result.stats),
      explanation: explainLix(result.stats, locale),
    },
    findings: result.findings,
  };
}

export async function runCheck(argv: string[], io: CliIO, version = "0.0.0"): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    io.stdout(CHECK_USAGE + "\n");
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === "string") {
    io.stderr(`kanalklar check: ${args} (se kanalklar check --help)\n`);
    return 2;
  }
  let text: string;
  try {
    text = args.file === "-" ? await io.readStdin() : await io.readFile(args.file);
  } catch (e) {
    io.stderr(`kanalklar check: ${oneLine((e as Error)?.message ?? String(e))}\n`);
    return 2;
  }
  const result = analyze(text, { language: args.language, locale: args.locale });
  const name = args.file === "-" ? "<stdin>" : args.file;
  if (args.format === "json") io.stdout(JSON.stringify(checkJson(result, args.locale), null, 2) + "\n");
  else if (args.format === "sarif") io.stdout(JSON.stringify(sarifReport(args.file, text, result, version), null, 2) + "\n");
  else io.stdout(textReport(name, text, result, args.locale));
  return 0;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, " ");
}
