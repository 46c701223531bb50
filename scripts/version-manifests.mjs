#!/usr/bin/env node
// Set <Version> in both manifests from package.json ("1.4.2" → "1.4.2.0"). Office compares this number to
// decide whether an add-in was updated, and admins see it in the Microsoft 365 admin center; it must change
// with every release. Usage: node scripts/version-manifests.mjs [--check]
//   --check  change nothing; exit 1 when a manifest's <Version> does not match package.json.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { manifestVersion, withVersion } from "./manifest-build.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const version = manifestVersion(pkg.version);
const check = process.argv.includes("--check");
let stale = 0;
for (const f of ["manifest.xml", "manifest.outlook.xml"]) {
  const file = join(root, f);
  const xml = readFileSync(file, "utf8");
  const now = /<Version>([^<]*)<\/Version>/.exec(xml)?.[1];
  if (now === version) {
    console.log(`${f}: ${version}`);
    continue;
  }
  if (check) {
    console.error(`${f}: <Version>${now}</Version> does not match package.json ${pkg.version} (expected ${version}). Run: npm run version:manifests`);
    stale++;
    continue;
  }
  writeFileSync(file, withVersion(xml, version));
  console.log(`${f}: ${now} → ${version}`);
}
process.exit(stale ? 1 : 0);
