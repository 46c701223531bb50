// JSON written in pieces: the same text as JSON.stringify(value, null, 2), but a long array (findings,
// SARIF results) is written element by element through a 64 kB buffer, so a result with a million findings
// never becomes one string (V8 strings stop at about 512 MB) and memory stays flat.

/** Arrays longer than this are streamed; shorter values are stringified whole (faster). */
const STREAM_FROM = 64;
const FLUSH_AT = 1 << 16;

/** A buffered writer: collects pieces and passes them on in chunks of about 64 kB. */
export class ChunkWriter {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly sink: (s: string) => void) {}

  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    this.sink(this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Whether JSON.stringify leaves this property out of an object. */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === "function" || typeof v === "symbol";
}

/** Whether a value holds an array long enough to stream (looking four levels deep). */
function hasLongArray(v: unknown, depth = 0): boolean {
  if (depth > 3 || typeof v !== "object" || v === null) return false;
  if (Array.isArray(v)) {
    if (v.length > STREAM_FROM) return true;
    for (const x of v) if (hasLongArray(x, depth + 1)) return true;
    return false;
  }
  const o = v as Record<string, unknown>;
  for (const k in o) if (Object.prototype.hasOwnProperty.call(o, k) && hasLongArray(o[k], depth + 1)) return true;
  return false;
}

/** Elements stringified together when none of them holds a long array. */
const BATCH = 256;

/**
 * The elements of `batch` as JSON.stringify(…, null, 2) writes them at indentation `inner` (two spaces per
 * level), without brackets: the batch is wrapped in arrays down to that depth and stringified once, so no
 * pass re-indents the text. "[\n  [\n    a,\n    b\n  ]\n]" cut to "a,\n    b" at depth 2.
 */
function elementsAt(batch: unknown[], inner: string): string {
  const d = inner.length >> 1;
  if (d === 0 || inner !== "  ".repeat(d)) return JSON.stringify(batch, null, 2).slice(4, -2).replace(/\n {2}/g, "\n" + inner);
  let wrapped: unknown = batch;
  for (let k = 1; k < d; k++) wrapped = [wrapped];
  const brackets = d * (d + 1);
  return JSON.stringify(wrapped, null, 2).slice(brackets + inner.length, -brackets);
}

function writeValue(v: unknown, indent: string, out: ChunkWriter): void {
  if (isPlainObject(v) && typeof v.toJSON === "function") v = (v.toJSON as () => unknown)();
  if (!hasLongArray(v)) {
    const s = JSON.stringify(v, null, 2) ?? "null";
    out.write(indent ? s.replace(/\n/g, "\n" + indent) : s);
    return;
  }
  const inner = indent + "  ";
  if (Array.isArray(v)) {
    out.write("[");
    for (let i = 0; i < v.length; i += BATCH) {
      const batch = v.slice(i, i + BATCH);
      out.write(i === 0 ? "\n" + inner : ",\n" + inner);
      if (!batch.some((x) => hasLongArray(x))) {
        out.write(elementsAt(batch, inner));
        continue;
      }
      batch.forEach((x, j) => {
        if (j > 0) out.write(",\n" + inner);
        writeValue(omitted(x) ? null : x, inner, out);
      });
    }
    out.write("\n" + indent + "]");
    return;
  }
  const obj = v as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => !omitted(obj[k]));
  out.write("{");
  keys.forEach((k, i) => {
    out.write((i === 0 ? "\n" : ",\n") + inner + JSON.stringify(k) + ": ");
    writeValue(obj[k], inner, out);
  });
  out.write(keys.length ? "\n" + indent + "}" : "}");
}

/** Write `value` as JSON.stringify(value, null, 2) + "\n" would, in chunks. */
export function writeJson(value: unknown, sink: (s: string) => void): void {
  const out = new ChunkWriter(sink);
  writeValue(value, "", out);
  out.write("\n");
  out.flush();
}
