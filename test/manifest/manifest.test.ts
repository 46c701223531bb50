/** @jest-environment jsdom */
/**
 * The Word and Outlook manifests: XSD-valid offline (xmllint and its WebAssembly build), the hosts,
 * permissions and requirement sets the issue asks for, texts in nb-NO / nn-NO / en-US, real icons
 * of the declared sizes, and the production URL substitution of the build.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../..");
const SCHEMAS = resolve(ROOT, "../shared/schemas/addin-manifest/taskpane");
const DEV = "https://localhost:3000";

function validate(files: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, "scripts/validate-manifests.mjs"), ...files], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

function load(file: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(join(ROOT, file), "utf8"), "application/xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const all = (doc: Document | Element, local: string) => Array.from(doc.getElementsByTagNameNS("*", local));
const one = (doc: Document | Element, local: string) => {
  const els = all(doc, local);
  expect(els.length).toBeGreaterThan(0);
  return els[0];
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { w: number; h: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

describe("XSD validation (offline)", () => {
  beforeAll(() => {
    if (!existsSync(join(SCHEMAS, "OfficeAppManifestV1_1.xsd"))) {
      throw new Error(`The shared manifest schemas are missing (${SCHEMAS}); these tests need ../shared.`);
    }
  });

  it("both manifests validate with xmllint", () => {
    const r = validate([]);
    expect(r.stderr + r.stdout).toMatch(/manifest\.xml validates/);
    expect(r.stderr + r.stdout).toMatch(/manifest\.outlook\.xml validates/);
    expect(r.status).toBe(0);
  });

  it("both manifests validate with the WebAssembly libxml2 (no xmllint installed)", () => {
    const r = validate([], { KANALKLAR_XMLLINT: "wasm" });
    expect(r.status).toBe(0);
  });

  it("a manifest without an Id is rejected, with the reason", () => {
    const dir = mkdtempSync(join(tmpdir(), "kk-manifest-"));
    const bad = join(dir, "bad.xml");
    writeFileSync(bad, readFileSync(join(ROOT, "manifest.xml"), "utf8").replace(/<Id>[^<]+<\/Id>/, ""));
    for (const env of [{}, { KANALKLAR_XMLLINT: "wasm" }] as Array<Record<string, string>>) {
      const r = validate([bad], env);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/Expected is \( \{http:\/\/schemas\.microsoft\.com\/office\/appforoffice\/1\.1\}Id \)/);
    }
  });

  it("says plainly when the schemas are missing", () => {
    const r = validate([], { KANALKLAR_SCHEMAS: join(tmpdir(), "no-such-schemas") });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/schemas are missing/);
  });
});

describe("Word manifest", () => {
  const doc = load("manifest.xml");
  it("is a task pane add-in for documents that reads and writes, needing WordApi 1.3", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all(doc, "Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual(["Document", "Document"]);
    expect(one(doc, "Permissions").textContent).toBe("ReadWriteDocument");
    const set = one(doc, "Set");
    expect([set.getAttribute("Name"), set.getAttribute("MinVersion")]).toEqual(["WordApi", "1.3"]);
  });
  it("puts a Kanalklar group with a task pane button on the Home tab", () => {
    const tab = one(doc, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const control = one(tab, "Control");
    expect(control.getAttribute("xsi:type")).toBe("Button");
    expect(one(control, "Action").getAttribute("xsi:type")).toBe("ShowTaskpane");
  });
});

describe("Outlook manifest", () => {
  const doc = load("manifest.outlook.xml");
  it("is a mail add-in for message compose that reads and writes the item, needing Mailbox 1.3", () => {
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("MailApp");
    expect(one(doc, "Permissions").textContent).toBe("ReadWriteItem");
    expect(all(doc, "Set").some((s) => s.getAttribute("Name") === "Mailbox" && s.getAttribute("MinVersion") === "1.3")).toBe(true);
    expect(all(doc, "Sets").some((s) => s.getAttribute("DefaultMinVersion") === "1.3")).toBe(true);
    expect(all(doc, "ExtensionPoint").map((e) => e.getAttribute("xsi:type"))).toEqual(["MessageComposeCommandSurface", "LaunchEvent"]);
    const rule = all(doc, "Rule").find((r) => r.getAttribute("xsi:type") === "ItemIs");
    expect([rule?.getAttribute("ItemType"), rule?.getAttribute("FormType")]).toEqual(["Message", "Edit"]);
  });
});

describe("Outlook manifest: check before send and pinning (issue 12)", () => {
  const doc = load("manifest.outlook.xml");
  const url = (id: string) => all(doc, "Url").find((u) => u.getAttribute("id") === id)?.getAttribute("DefaultValue");
  it("declares OnMessageSend with PromptUser (never a hard block) and a JavaScript-only runtime file the build emits", () => {
    const events = all(doc, "LaunchEvent").filter((e) => e.getAttribute("Type"));
    expect(events.map((e) => [e.getAttribute("Type"), e.getAttribute("FunctionName"), e.getAttribute("SendMode")])).toEqual([["OnMessageSend", "onMessageSendHandler", "PromptUser"]]);
    const runtime = one(doc, "Runtime");
    const override = one(runtime, "Override");
    expect(override.getAttribute("type")).toBe("javascript");
    expect(url(override.getAttribute("resid")!)).toBe(`${DEV}/launchevent.js`);
    expect(url(runtime.getAttribute("resid")!)).toBe(`${DEV}/commands.html`);
    const webpack = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
    expect(webpack).toMatch(/launchevent: "\.\/src\/commands\/launchevent\.ts"/);
    expect(webpack).toMatch(/"launchevent" \? "launchevent\.js"/);
    expect(readFileSync(join(ROOT, "src/commands/launchevent.ts"), "utf8")).toMatch(/associate\("onMessageSendHandler"/);
  });
  it("lets the task pane be pinned (SupportsPinning) so it follows the selected draft", () => {
    expect(one(doc, "SupportsPinning").textContent).toBe("true");
  });
  it("the validator still rejects what Office would reject in the added elements (a SendMode that does not exist)", () => {
    const dir = mkdtempSync(join(tmpdir(), "kk-manifest-"));
    const bad = join(dir, "bad.xml");
    writeFileSync(bad, readFileSync(join(ROOT, "manifest.outlook.xml"), "utf8").replace('SendMode="PromptUser"', 'SendMode="Sometimes"'));
    const r = validate([bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/SendMode/);
  });
});

describe.each(["manifest.xml", "manifest.outlook.xml"])("%s", (file) => {
  const doc = load(file);
  it("speaks bokmål by default, with nynorsk and English for every visible text", () => {
    expect(one(doc, "DefaultLocale").textContent).toBe("nb-NO");
    const texts = [one(doc, "DisplayName"), one(doc, "Description"), ...all(doc, "String")];
    for (const el of texts) {
      expect(el.getAttribute("DefaultValue")?.trim()).toBeTruthy();
      const overrides = Object.fromEntries(all(el, "Override").map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")?.trim()]));
      expect(Object.keys(overrides).sort()).toEqual(["en-US", "nn-NO"]);
      expect(overrides["nn-NO"]).toBeTruthy();
      expect(overrides["en-US"]).toBeTruthy();
    }
    // English texts really are English and nynorsk really is nynorsk somewhere.
    const en = all(doc, "Override").filter((o) => o.getAttribute("Locale") === "en-US").map((o) => o.getAttribute("Value")).join(" ");
    expect(en).toMatch(/plain-language/);
    const nn = all(doc, "Override").filter((o) => o.getAttribute("Locale") === "nn-NO").map((o) => o.getAttribute("Value")).join(" ");
    expect(nn).toMatch(/Sjekkar|Opnar/);
  });

  it("points every URL at the dev base URL, at pages and icons the build ships", () => {
    const xml = readFileSync(join(ROOT, file), "utf8");
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)</g)].map((m) => m[1] ?? m[2]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(DEV)).toBe(true);
    const sources: Record<string, string> = {
      "/taskpane.html": "src/taskpane/taskpane.html",
      "/commands.html": "src/commands/commands.html",
      "/help.html": "src/help/help.html",
      "/launchevent.js": "src/commands/launchevent.ts",
    };
    for (const u of urls) {
      const path = u.slice(DEV.length);
      if (path === "") continue;
      const src = sources[path] ?? path.slice(1);
      expect(existsSync(join(ROOT, src))).toBe(true);
    }
  });

  it("uses real icons of the declared sizes", () => {
    for (const img of all(doc, "Image").filter((i) => i.getAttribute("id"))) {
      const size = Number(/(\d+)x\1/.exec(img.getAttribute("id") ?? "")?.[1]);
      const file = join(ROOT, (img.getAttribute("DefaultValue") ?? "").slice(DEV.length + 1));
      expect(pngSize(file)).toEqual({ w: size, h: size });
    }
    for (const tag of ["IconUrl", "HighResolutionIconUrl"]) {
      const url = one(doc, tag).getAttribute("DefaultValue") ?? "";
      const size = Number(/icon-(\d+)\.png$/.exec(url)?.[1]);
      expect(pngSize(join(ROOT, url.slice(DEV.length + 1)))).toEqual({ w: size, h: size });
    }
  });
});

describe("icons", () => {
  it("exist in every size Office asks for, drawn (not blank)", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const file = join(ROOT, "assets", `icon-${size}.png`);
      expect(pngSize(file)).toEqual({ w: size, h: size });
      expect(readFileSync(file).length).toBeGreaterThan(200);
    }
  });
});

describe("ids", () => {
  it("are distinct GUIDs", () => {
    const ids = ["manifest.xml", "manifest.outlook.xml"].map((f) => one(load(f), "Id").textContent);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe("production URL substitution (webpack.config.js)", () => {
  const run = (code: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });

  it("replaces every dev URL with KANALKLAR_BASE_URL (trailing slash trimmed) and keeps the manifest valid", () => {
    const out = join(mkdtempSync(join(tmpdir(), "kk-sub-")), "manifest.xml");
    const r = run(
      `import { readFileSync, writeFileSync } from "node:fs"; import { baseUrlFromEnv, substituteManifest } from "./webpack.config.js";
       writeFileSync(${JSON.stringify(out)}, substituteManifest(readFileSync("manifest.xml", "utf8"), baseUrlFromEnv()));`,
      { KANALKLAR_BASE_URL: "https://tillegg.eksempel.kommune.no/kanalklar/" },
    );
    expect(r.stderr).toBe("");
    const xml = readFileSync(out, "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain('<SourceLocation DefaultValue="https://tillegg.eksempel.kommune.no/kanalklar/taskpane.html"/>');
    expect(validate([out]).status).toBe(0);
  });

  // Defect 3: an AppDomain is an origin; a base URL with a path must not leak into it.
  it.each(["manifest.xml", "manifest.outlook.xml"])("%s: AppDomains hold the origin only for a base URL with a path, and stay XSD-valid", (file) => {
    const out = join(mkdtempSync(join(tmpdir(), "kk-sub-")), file);
    const r = run(
      `import { readFileSync, writeFileSync } from "node:fs"; import { baseUrlFromEnv, substituteManifest } from "./webpack.config.js";
       writeFileSync(${JSON.stringify(out)}, substituteManifest(readFileSync(${JSON.stringify(file)}, "utf8"), baseUrlFromEnv()));`,
      { KANALKLAR_BASE_URL: "https://tillegg.eksempel.kommune.no:8443/kanalklar/" },
    );
    expect(r.stderr).toBe("");
    const xml = readFileSync(out, "utf8");
    const domains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
    expect(domains.length).toBeGreaterThan(0);
    for (const d of domains) expect(d).toBe("https://tillegg.eksempel.kommune.no:8443");
    expect(xml).toContain("https://tillegg.eksempel.kommune.no:8443/kanalklar/taskpane.html");
    expect(validate([out]).status).toBe(0);
  });

  // Defect 10 (release hygiene): <Version> follows package.json; `npm run validate` checks production manifests offline.
  it("manifest versions come from package.json: MAJOR.MINOR.PATCH.0, and both manifests match it at this commit", () => {
    const r = run(
      `import { manifestVersion, withVersion } from "./scripts/manifest-build.mjs";
       console.log(manifestVersion("1.4.2"), manifestVersion("2.0.0-beta.1"), withVersion("<a><Version>0.1.0.0</Version></a>", "1.4.2.0"));
       try { manifestVersion("1.2"); } catch (e) { console.log("refused"); }`,
    );
    expect(r.stdout.trim().split(/\s+/)).toEqual(["1.4.2.0", "2.0.0.0", "<a><Version>1.4.2.0</Version></a>", "refused"]);
    const check = spawnSync(process.execPath, [join(ROOT, "scripts/version-manifests.mjs"), "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(check.status).toBe(0);
  });

  it("`npm run validate` checks the production manifests for an address with a path, offline", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "scripts/check-production-manifests.mjs"), "--no-dist"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, KANALKLAR_BASE_URL: "https://example.org/kanalklar" } });
    expect(r.stdout).toContain("production manifests for https://example.org/kanalklar: OK");
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.validate).toBe("node scripts/check-production-manifests.mjs");
  });

  it("refuses a base URL that is not https", () => {
    const r = run(`import { baseUrlFromEnv } from "./webpack.config.js"; baseUrlFromEnv();`, { KANALKLAR_BASE_URL: "http://intranett/kanalklar" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/KANALKLAR_BASE_URL must be an https:\/\/ URL/);
  });
});
