#!/usr/bin/env node
// Validate the production manifests offline, not the localhost ones (issue 12):
// 1. writes both manifests as the build does (substituteManifest) for KANALKLAR_BASE_URL, default
//    https://example.org/kanalklar — an address with a path, the case that broke AppDomain — into a temp dir;
// 2. validates them against the XSDs (scripts/validate-manifests.mjs, no network);
// 3. checks AppDomains are origins, <Version> matches package.json, and, when dist/ exists, that the manifests
//    in dist/ validate too and the Outlook event runtime file they name (launchevent.js) is there without DOM use.
// Exit 0 when all hold. --no-dist skips step 3's dist/ checks (the unit tests run before the build).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { baseUrlFromEnv, manifestVersion, substituteManifest } from "./manifest-build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const base = baseUrlFromEnv({ KANALKLAR_BASE_URL: process.env.KANALKLAR_BASE_URL || "https://example.org/kanalklar" });
const origin = new URL(base).origin;
const version = manifestVersion(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
const problems = [];
const out = mkdtempSync(join(tmpdir(), "kk-prod-"));
const files = [];
for (const f of ["manifest.xml", "manifest.outlook.xml"]) {
  const xml = substituteManifest(readFileSync(join(root, f), "utf8"), base);
  const file = join(out, f);
  writeFileSync(file, xml);
  files.push(file);
  for (const m of xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)) if (m[1] !== origin) problems.push(`${f}: AppDomain ${m[1]} is not the origin ${origin}`);
  if (xml.includes("localhost")) problems.push(`${f}: still points at localhost`);
  const v = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
  if (v !== version) problems.push(`${f}: <Version>${v}</Version>, package.json says ${version} (npm run version:manifests)`);
}
const dist = join(root, "dist");
if (!process.argv.includes("--no-dist") && existsSync(join(dist, "manifest.outlook.xml"))) {
  files.push(join(dist, "manifest.xml"), join(dist, "manifest.outlook.xml"));
  const runtime = join(dist, "launchevent.js");
  if (!existsSync(runtime)) problems.push("dist/launchevent.js is missing: the Outlook manifest's JavaScript-only runtime");
  else if (/\b(document|window|localStorage)\s*\./.test(readFileSync(runtime, "utf8"))) problems.push("dist/launchevent.js uses the DOM; classic Outlook's JavaScript-only runtime has none");
}
const r = spawnSync(process.execPath, [join(root, "scripts/validate-manifests.mjs"), ...files], { encoding: "utf8" });
process.stdout.write(r.stdout);
process.stderr.write(r.stderr);
if (r.status !== 0) problems.push("XSD validation failed");
for (const p of problems) console.error(p);
console.log(problems.length ? "production manifests: NOT OK" : `production manifests for ${base}: OK`);
process.exit(problems.length ? 1 : 0);
