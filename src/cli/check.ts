// `kanalklar check [--json] [--lang auto|nb|nn|en] [--format text|json|sarif] [--locale nb|nn|en]
//  [--fail-on error|warning] FILE…|DIR…|-`
// Checks one file or many in one process (a directory: its .txt and .md files, recursively, sorted).
// Exit 0 when the check ran (findings are not failures unless --fail-on says so), 1 when --fail-on found a
// finding of that severity or worse, 2 on bad usage or unreadable input (the other files are still checked).
import { analyze } from "../core/analyze";
import { explainLix, lixBandLabel, lixReasons } from "../core/readability";
import type { AnalysisResult, Finding, Language, Locale } from "../core/model";
import type { CliIO } from "./io";
import { ChunkWriter, writeJson } from "./json-stream";
import { countSeverities, fileHeading, sarifLog, sarifResults, totalLine, writeTextReport, type SarifArtifact, type SeverityCounts } from "./report";
import { printable } from "./terminal";

export const CHECK_USAGE =
  "Bruk: kanalklar check [--json] [--format text|json|sarif] [--lang auto|nb|nn|en] [--locale nb|nn|en] [--fail-on error|warning] FIL…|MAPPE…|-";

type FailOn = "error" | "warning" | "never";

interface CheckArgs {
  format: "text" | "json" | "sarif";
  language: Language | "auto";
  locale: Locale;
  failOn: FailOn;
  files: string[];
}

const VALUED = new Set(["--lang", "--format", "--locale", "--fail-on"]);

function parseArgs(argv: string[]): CheckArgs | string {
  let format: CheckArgs["format"] | undefined;
  let language: CheckArgs["language"] = "auto";
  let locale: Locale = "nb";
  let failOn: FailOn = "never";
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-" || !a.startsWith("-")) {
      files.push(a);
      continue;
    }
    if (a === "--") {
      for (const f of argv.slice(i + 1)) files.push(f);
      break;
    }
    const eq = a.indexOf("=");
    const name = eq > 0 ? a.slice(0, eq) : a;
    let value: string | undefined;
    if (VALUED.has(name)) {
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
      case "--fail-on":
        if (value !== "error" && value !== "warning") return `ukjent --fail-on: ${value} (error eller warning)`;
        failOn = value;
        break;
      default:
        return `ukjent valg: ${printable(a)}`;
    }
  }
  if (files.length === 0) return "mangler fil (bruk - for standard input)";
  if (files.includes("-") && files.length > 1) return "- (standard input) kan ikke kombineres med filer";
  return { format: format ?? "text", language, locale, failOn, files };
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

function fails(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === "never") return false;
  for (const f of findings) if (f.severity === "error" || (failOn === "warning" && f.severity === "warning")) return true;
  return false;
}

function oneLine(s: string): string {
  return printable(s.replace(/\s*[\r\n]+\s*/g, " "));
}

/** Where each format puts the files' results (text is written as it goes; JSON and SARIF at the end). */
interface Sink {
  file(name: string, text: string, result: AnalysisResult): void;
  finish(): void;
}

function sinkFor(args: CheckArgs, io: CliIO, version: string): Sink {
  const many = args.files.length > 1;
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  let checked = 0;
  if (args.format === "text") {
    const out = new ChunkWriter(io.stdout);
    return {
      file(name, text, result) {
        if (many) out.write((checked > 0 ? "\n" : "") + fileHeading(name));
        writeTextReport(name, text, result, args.locale, (s) => out.write(s));
        countSeverities(result.findings, counts);
        checked++;
        out.flush();
      },
      finish() {
        if (many) out.write("\n" + totalLine(checked, counts, args.locale));
        out.flush();
      },
    };
  }
  if (args.format === "json") {
    const files: object[] = [];
    return {
      file(name, _text, result) {
        files.push(many ? { file: name, ...checkJson(result, args.locale) } : checkJson(result, args.locale));
      },
      finish() {
        if (!many && files.length === 1) writeJson(files[0], io.stdout);
        else if (many) writeJson({ files }, io.stdout);
      },
    };
  }
  const artifacts: SarifArtifact[] = [];
  const results: Array<Record<string, unknown>> = [];
  return {
    file(name, text, result) {
      for (const r of sarifResults({ file: name, input: text, result }, artifacts.length)) results.push(r);
      artifacts.push({ file: name, language: result.language, stats: result.stats });
    },
    finish() {
      writeJson(sarifLog(artifacts, results, version), io.stdout);
    },
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
  try {
    if (io.expandPaths) args.files = await io.expandPaths(args.files);
  } catch (e) {
    io.stderr(`kanalklar check: ${oneLine((e as Error)?.message ?? String(e))}\n`);
    return 2;
  }
  const sink = sinkFor(args, io, version);
  let unreadable = 0;
  let failed = false;
  for (const file of args.files) {
    let text: string;
    try {
      text = file === "-" ? await io.readStdin() : await io.readFile(file);
    } catch (e) {
      io.stderr(`kanalklar check: ${oneLine((e as Error)?.message ?? String(e))}\n`);
      unreadable++;
      continue;
    }
    io.inputSeen?.(text.length);
    const result = analyze(text, { language: args.language, locale: args.locale });
    if (fails(result.findings, args.failOn)) failed = true;
    sink.file(file === "-" ? (args.format === "sarif" ? "-" : "<stdin>") : file, text, result);
  }
  // One unreadable file of one: nothing to report (as before). Of many: the others are reported.
  if (unreadable < args.files.length) sink.finish();
  return unreadable > 0 ? 2 : failed ? 1 : 0;
}
