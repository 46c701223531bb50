// The files a `check` run reads: each argument as given, a directory replaced by the .txt and .md files
// under it (recursively, sorted by path). Hidden entries (".git") and node_modules are skipped, and symbolic
// links to directories are not followed (no loops). Node only.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

const TEXT_FILE = /\.(txt|md)$/i;
const SKIPPED_DIRS = new Set(["node_modules"]);

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // reading it later gives the one-line error ("finner ikke filen …")
  }
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new Error(`kan ikke lese mappen ${dir} (${(e as NodeJS.ErrnoException).code ?? "ukjent feil"})`);
  }
  for (const e of entries) {
    if (e.name.startsWith(".")) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) await walk(path, out);
    } else if (TEXT_FILE.test(e.name) && (e.isFile() || (e.isSymbolicLink() && !(await isDirectory(path))))) {
      out.push(path);
    }
  }
}

/** Code-unit order, the same on every machine and locale. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Arguments in order, each directory replaced by its text files (sorted); a path named twice is read once. */
export async function expandPaths(args: string[]): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const a of args) {
    let files = [a];
    if (a !== "-" && (await isDirectory(a))) {
      files = [];
      await walk(a, files);
      files.sort(byPath);
      if (files.length === 0) throw new Error(`fant ingen .txt- eller .md-filer i mappen ${a}`);
    }
    for (const f of files) {
      if (seen.has(f)) continue;
      seen.add(f);
      out.push(f);
    }
  }
  return out;
}
