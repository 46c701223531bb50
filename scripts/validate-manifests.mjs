#!/usr/bin/env node
// Offline XSD validation of the add-in manifests against Microsoft's published schemas
// (../shared/schemas/addin-manifest/taskpane; the taskpane top schema covers MailApp too).
// Uses Debian's xmllint when installed, else the npm xmllint-wasm build of libxml2.
// Usage: node scripts/validate-manifests.mjs [manifest.xml ...]   (default: both manifests)
// Exit 0 = all valid, 1 = a manifest is invalid, 2 = schemas or files missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ADDED_ELEMENTS, withDocumentedAdditions } from "./schema-additions.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const storedDir = resolve(process.env.KANALKLAR_SCHEMAS || join(root, "..", "shared", "schemas", "addin-manifest", "taskpane"));
const files = (process.argv.slice(2).length ? process.argv.slice(2) : ["manifest.xml", "manifest.outlook.xml"]).map((f) => resolve(root, f));

if (!existsSync(join(storedDir, "OfficeAppManifestV1_1.xsd"))) {
  console.error(`The manifest schemas are missing: ${join(storedDir, "OfficeAppManifestV1_1.xsd")} not found. They live in ../shared/schemas (set KANALKLAR_SCHEMAS to another folder).`);
  process.exit(2);
}
// A temporary copy of the stored schemas with the documented later elements added (scripts/schema-additions.mjs).
const schemaDir = mkdtempSync(join(tmpdir(), "kk-xsd-"));
for (const f of readdirSync(storedDir).filter((n) => n.endsWith(".xsd"))) {
  const text = readFileSync(join(storedDir, f), "utf8");
  writeFileSync(join(schemaDir, f), f === "MailAppVersionOverridesV1_1.xsd" ? withDocumentedAdditions(text) : text);
}
const top = join(schemaDir, "OfficeAppManifestV1_1.xsd");
console.error(`(schemas from ${storedDir}, plus the documented later elements ${ADDED_ELEMENTS.join(", ")})`);
for (const f of files) {
  if (!existsSync(f)) {
    console.error(`No such manifest: ${f}`);
    process.exit(2);
  }
}

// KANALKLAR_XMLLINT=wasm forces the WebAssembly build (used by the tests to cover both paths).
const which = process.env.KANALKLAR_XMLLINT === "wasm" ? { status: 1, stderr: "" } : spawnSync("xmllint", ["--version"], { encoding: "utf8" });
if (which.status === 0 || (which.stderr || "").includes("xmllint")) {
  const r = spawnSync("xmllint", ["--noout", "--schema", top, ...files], { encoding: "utf8" });
  process.stdout.write(r.stdout || "");
  process.stderr.write(r.stderr || "");
  if (r.status === 5) {
    console.error("xmllint could not compile the schemas.");
    process.exit(2);
  }
  process.exit(r.status === 0 ? 0 : 1);
}

// No xmllint binary: the same libxml2 compiled to WebAssembly.
const { validateXML } = await import("xmllint-wasm");
const xsd = (name) => ({ fileName: name, contents: readFileSync(join(schemaDir, name), "utf8") });
const preload = ["OfficeAppBasicTypesV1_0.xsd", "MailAppVersionOverridesV1_0.xsd", "MailAppVersionOverridesV1_1.xsd", "TaskPaneAppVersionOverridesV1_0.xsd"].map(xsd);
let ok = true;
for (const f of files) {
  const res = await validateXML({ xml: [{ fileName: basename(f), contents: readFileSync(f, "utf8") }], schema: [xsd("OfficeAppManifestV1_1.xsd")], preload });
  if (res.valid) console.error(`${basename(f)} validates`);
  else {
    ok = false;
    for (const e of res.errors) console.error(e.rawMessage);
    console.error(`${basename(f)} fails to validate`);
  }
}
process.exit(ok ? 0 : 1);
