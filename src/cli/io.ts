// Input and output for the command line: Node only (never imported by src/core).
import { readFile, stat } from "node:fs/promises";

/** What a subcommand needs from the outside world (tests pass their own). */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Read a UTF-8 text file; throws an Error with a one-line message when it cannot be read or is not text. */
  readFile: (path: string) => Promise<string>;
  /** Read all of standard input as UTF-8 text; throws like readFile. */
  readStdin: () => Promise<string>;
}

/** Decode bytes as UTF-8 text, refusing binary data (NUL bytes) and invalid UTF-8. A leading BOM is dropped. */
export function decodeText(bytes: Uint8Array, what: string): string {
  if (bytes.indexOf(0) !== -1) throw new Error(`${what} ser ut som en binærfil (inneholder NUL-byte)`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${what} er ikke gyldig UTF-8-tekst`);
  }
}

async function readTextFile(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === "ENOENT" ? `finner ikke filen ${path}` : `kan ikke lese ${path} (${code ?? "ukjent feil"})`);
  }
  if (info.isDirectory()) throw new Error(`${path} er en mappe, ikke en fil`);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new Error(`kan ikke lese ${path} (${(e as NodeJS.ErrnoException).code ?? "ukjent feil"})`);
  }
  return decodeText(bytes, path);
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return decodeText(Buffer.concat(chunks), "standard input");
}

export function nodeIO(): CliIO {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readFile: readTextFile,
    readStdin: readAllStdin,
  };
}

/** Offsets to 1-based line and column (UTF-16 code units, as editors and SARIF count them). */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) starts.push(i + 1);
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    }
  }
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}
