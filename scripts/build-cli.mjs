// Bundles the command line (and the benchmark) into dist-cli/ with esbuild.
// Runs from `npm ci` (prepare), so bin/kanalklar works on a fresh clone without a global install.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entries = [
  ["src/cli/main.ts", "dist-cli/kanalklar.mjs"],
  ["bench/bench.ts", "dist-cli/bench.mjs"],
  ["bench/eval-rules.ts", "dist-cli/eval-rules.mjs"],
];
for (const [src, out] of entries) {
  if (!existsSync(join(root, src))) continue;
  await build({
    entryPoints: [join(root, src)],
    outfile: join(root, out),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    // CommonJS dependencies bundled into ESM may call require() for Node built-ins.
    banner: { js: "import { createRequire as __kkCreateRequire } from 'node:module'; const require = __kkCreateRequire(import.meta.url);" },
  });
}
