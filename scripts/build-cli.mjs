// Bundles the command line (and the benchmark and the evaluation) into dist-cli/ with esbuild.
// Runs from `npm ci` (prepare), so bin/kanalklar works on a fresh clone without a global install.
import { build } from "esbuild";
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { basename, dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// The command line is split into chunks (dist-cli/chunks/): `check` loads only the checker, `variants` the
// channel code too. The benchmarks are single files.
const entries = [
  ["src/cli/main.ts", "dist-cli/kanalklar.mjs", true],
  ["bench/bench.ts", "dist-cli/bench.mjs"],
  ["bench/eval.ts", "dist-cli/eval.mjs"],
  ["bench/adversarial.ts", "dist-cli/adversarial.mjs"],
  ["bench/fuzz.ts", "dist-cli/fuzz.mjs"],
  ["bench/cold.ts", "dist-cli/cold.mjs"],
  ["bench/eval-rules.ts", "dist-cli/eval-rules.mjs"],
];
for (const [src, out, split] of entries) {
  if (!existsSync(join(root, src))) continue;
  const common = {
    entryPoints: [join(root, src)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    // CommonJS dependencies bundled into ESM may call require() for Node built-ins.
    banner: { js: "import { createRequire as __kkCreateRequire } from 'node:module'; const require = __kkCreateRequire(import.meta.url);" },
  };
  if (split) {
    rmSync(join(root, "dist-cli", "chunks"), { recursive: true, force: true });
    await build({ ...common, splitting: true, outdir: join(root, dirname(out)), entryNames: basename(out, ".mjs"), chunkNames: "chunks/[name]-[hash]", outExtension: { ".js": ".mjs" } });
  } else {
    await build({ ...common, outfile: join(root, out) });
  }
}
