/** Bundle a scripted office.js fake (test/e2e/fakes/*.js) into one browser script with esbuild. */
import { buildSync } from "esbuild";
import { join } from "node:path";

export function fakeOfficeJs(name: "office-word" | "office-outlook"): string {
  const out = buildSync({
    entryPoints: [join(__dirname, `${name}.js`)],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  return out.outputFiles[0]!.text;
}
