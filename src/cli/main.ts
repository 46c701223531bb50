// Entry point of bin/kanalklar: dispatches subcommands and returns the exit code.
// To add a subcommand: one case in main(). A subcommand other than check is imported when it is run, so
// `check` (the one CI runs over many files) does not load the channel code and its dependencies.
import pkg from "../../package.json";
import { CHECK_USAGE, runCheck } from "./check";
import { nodeIO, type CliIO } from "./io";
import { printable } from "./terminal";

const VERSION: string = (pkg as { version?: string }).version ?? "0.0.0";

export const USAGE = `kanalklar ${VERSION}: klarspråk for offentlige tekster (bokmål, nynorsk, engelsk)

${CHECK_USAGE}
    Sjekker teksten mot klarspråkreglene og viser LIX. --json gir JSON for programmer, --format sarif for CI.
    Flere filer eller en mappe (alle .txt- og .md-filer i den) sjekkes i én kjøring, med én SARIF-kjøring
    for alle. --fail-on error|warning gir exit-kode 1 når et funn er så alvorlig eller verre.
Bruk: kanalklar variants [--json] [--lang auto|nb|nn|en] [--sender NAVN] FIL|-
    Lager brev, SMS og innlegg av utkastet. Se kanalklar variants --help.

Exit-kode 0 når kjøringen lyktes (funn er ikke feil), 1 når --fail-on slo til, 2 ved feil bruk eller fil
som ikke kan leses (største fil: 20 MB; UTF-8, eller UTF-16 med BOM).
`;

export async function main(argv: string[], io: CliIO = nodeIO()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await runCheck(rest, io, VERSION);
      case "variants":
        return await (await import("./variants")).runVariants(rest, io);
      case "--help":
      case "-h":
      case "help":
        io.stdout(USAGE);
        return 0;
      case "--version":
      case "-V":
        io.stdout(`${VERSION}\n`);
        return 0;
      case undefined:
        io.stderr("kanalklar: mangler kommando (check eller variants; se kanalklar --help)\n");
        return 2;
      default:
        io.stderr(`kanalklar: ukjent kommando: ${printable(command)} (bruk check eller variants; se kanalklar --help)\n`);
        return 2;
    }
  } catch (e) {
    io.stderr(`kanalklar: ${printable(String((e as Error)?.message ?? e).split("\n")[0])}\n`);
    return 2;
  }
}
