// Input and output for the command line: Node only (never imported by src/core).
import { open, stat } from "node:fs/promises";
import { expandPaths } from "./files";
import { inputSeen, startOneShot } from "./tiering";

/** What a subcommand needs from the outside world (tests pass their own). */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Read a UTF-8 text file; throws an Error with a one-line message when it cannot be read or is not text. */
  readFile: (path: string) => Promise<string>;
  /** Read all of standard input as UTF-8 text; throws like readFile. */
  readStdin: () => Promise<string>;
  /**
   * The files named on the command line, a directory replaced by its .txt and .md files (recursively, sorted).
   * Without it every argument is taken as a file.
   */
  expandPaths?: (args: string[]) => Promise<string[]>;
  /** Told how many characters of input were read (the process tunes V8 by it, see tiering.ts). */
  inputSeen?: (chars: number) => void;
}

/** Largest input read (bytes): a draft is rarely over 1 MB, and /dev/zero must not fill the memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

function tooLarge(what: string): Error {
  return new Error(`${what} er større enn ${MAX_INPUT_BYTES / 1024 / 1024} MB (kanalklar leser tekstfiler opp til ${MAX_INPUT_BYTES / 1024 / 1024} MB)`);
}

/** Whether bytes without a BOM look like UTF-16 text: many NUL bytes, nearly all at even or all at odd offsets. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i % 2 === 0 ? even++ : odd++);
  return n >= 4 && Math.max(even, odd) >= n / 4 && Math.min(even, odd) <= Math.max(even, odd) / 20;
}

function decodeWith(encoding: "utf-8" | "utf-16le" | "utf-16be", bytes: Uint8Array, what: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new Error(encoding === "utf-8" ? `${what} er ikke gyldig UTF-8-tekst` : `${what} er ikke gyldig UTF-16-tekst (lagre filen som UTF-8)`);
  }
}

/**
 * Decode bytes as text: UTF-8 (a leading BOM is dropped), or UTF-16 when the bytes start with its BOM. Refuses
 * binary data (NUL), invalid UTF-8 or UTF-16, and UTF-32 and BOM-less UTF-16 with a hint to save as UTF-8.
 */
export function decodeText(bytes: Uint8Array, what: string): string {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) {
    throw new Error(`${what} er UTF-32-tekst: lagre filen som UTF-8`);
  }
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
    const text = decodeWith(a === 0xff ? "utf-16le" : "utf-16be", bytes, what);
    if (text.includes("\0")) throw new Error(`${what} ser ut som en binærfil (inneholder NUL-tegn)`);
    return text;
  }
  if (bytes.indexOf(0) !== -1) {
    if (looksLikeUtf16(bytes)) throw new Error(`${what} ser ut som UTF-16-tekst uten BOM: lagre filen som UTF-8`);
    throw new Error(`${what} ser ut som en binærfil (inneholder NUL-byte)`);
  }
  return decodeWith("utf-8", bytes, what);
}

/** Read at most MAX_INPUT_BYTES from a file (also a device or a pipe: /dev/zero stops at the limit). */
async function readLimited(path: string): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(1 << 20);
      const { bytesRead } = await file.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_INPUT_BYTES) throw tooLarge(path);
      chunks.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await file.close();
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
  if (info.isFile() && info.size > MAX_INPUT_BYTES) throw tooLarge(path);
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === undefined) throw e;
    throw new Error(`kan ikke lese ${path} (${(e as NodeJS.ErrnoException).code})`);
  }
  return decodeText(bytes, path);
}

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of process.stdin) {
    const chunk = typeof c === "string" ? Buffer.from(c) : (c as Buffer);
    total += chunk.length;
    if (total > MAX_INPUT_BYTES) {
      process.stdin.destroy();
      throw tooLarge("standard input");
    }
    chunks.push(chunk);
  }
  return decodeText(Buffer.concat(chunks, total), "standard input");
}

/** A reader that closed the pipe (`kanalklar check … | head`) wants no more output: stop quietly. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
}

export function nodeIO(): CliIO {
  quietOnClosedPipe();
  startOneShot();
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readFile: readTextFile,
    readStdin: readAllStdin,
    expandPaths,
    inputSeen,
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
