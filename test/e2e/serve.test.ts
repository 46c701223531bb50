/**
 * `npm start`'s server (scripts/serve.mjs): plain HTTP on 127.0.0.1 without dev certificates (and it
 * says so), HTTPS when certificates exist, the standalone URL and the sideloading steps printed, and
 * nothing outside dist/ served.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, ROOT, requirePrerequisites } from "./helpers/browser";

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
});

/** Start serve.mjs on a free port and wait for its banner. */
function start(env: Record<string, string>, args: string[] = []): Promise<{ out: string; url: string }> {
  const child = spawn(process.execPath, [join(ROOT, "scripts/serve.mjs"), "--port", "0", "--dir", DIST, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no banner:\n${out}`)), 20000);
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /(https?:\/\/[^\s]+\/taskpane\.html)/.exec(out);
      if (m && out.includes("Stop with Ctrl+C")) {
        clearTimeout(timer);
        resolve({ out, url: m[1] });
      }
    });
    child.stderr!.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`exited ${code}:\n${out}`)));
  });
}

function fetchStatus(url: string): Promise<{ status: number; body: string; csp?: string }> {
  const get = url.startsWith("https:") ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    get(url, { rejectUnauthorized: false }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

beforeAll(() => requirePrerequisites());

test("without dev certificates it serves plain HTTP on 127.0.0.1 and says what that means", async () => {
  const { out, url } = await start({ KANALKLAR_CERT_DIR: join(tmpdir(), "no-certs-here") });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/taskpane\.html$/);
  expect(out).toMatch(/Office only loads add-ins over HTTPS/);
  expect(out).toMatch(/npm run certs/);
  const page = await fetchStatus(url);
  expect(page.status).toBe(200);
  expect(page.body).toMatch(/Content-Security-Policy/);
  const origin = url.replace(/\/taskpane\.html$/, "");
  expect((await fetchStatus(`${origin}/manifest.xml`)).status).toBe(200);
  expect((await fetchStatus(`${origin}/..%2fpackage.json`)).status).toBe(403);
  expect((await fetchStatus(`${origin}/nope.js`)).status).toBe(404);
});

test("with dev certificates it serves HTTPS on localhost and prints how to sideload into Word and Outlook", async () => {
  const dir = mkdtempSync(join(tmpdir(), "kk-certs-"));
  const made = spawnSync("openssl", [
    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
    "-keyout", join(dir, "localhost.key"), "-out", join(dir, "localhost.crt"),
  ]);
  if (made.status !== 0) throw new Error("openssl is needed for this test (Debian: apt-get install openssl)");
  const { out, url } = await start({ KANALKLAR_CERT_DIR: dir });
  expect(url).toMatch(/^https:\/\/localhost:\d+\/taskpane\.html$/);
  expect(out).toMatch(/Upload My Add-in → choose dist\/manifest\.xml/);
  expect(out).toMatch(/aka\.ms\/olksideload/);
  expect((await fetchStatus(url)).status).toBe(200);
});

test("refuses to start without a build, with a plain message", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/serve.mjs"), "--dir", join(tmpdir(), "no-dist-here")], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/Run "npm run build" first/);
});
