#!/usr/bin/env node
// npm start: serve dist/ on this machine and say how to use it.
// HTTPS on https://localhost:3000 when dev certificates exist (~/.office-addin-dev-certs, made by
// `npm run certs`); otherwise plain HTTP on http://127.0.0.1:3000 (enough for the browser page, not
// for sideloading into Office). Options: --port N, --host H, --http (force HTTP), --dir DIR.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { createStaticServer } = require("./static-server.cjs");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = opt("dir", join(root, "dist"));
const port = Number(opt("port", process.env.PORT || "3000"));
const certDir = process.env.KANALKLAR_CERT_DIR || join(homedir(), ".office-addin-dev-certs");
const keyFile = join(certDir, "localhost.key");
const certFile = join(certDir, "localhost.crt");
const useTls = !args.includes("--http") && existsSync(keyFile) && existsSync(certFile);
const host = opt("host", useTls ? "localhost" : "127.0.0.1");

if (!existsSync(join(dir, "taskpane.html"))) {
  console.error(`No build in ${dir}. Run "npm run build" first (npm start does it for you).`);
  process.exit(2);
}

const server = createStaticServer({ dir, tls: useTls ? { key: readFileSync(keyFile), cert: readFileSync(certFile) } : undefined });
server.on("error", (e) => {
  console.error(e.code === "EADDRINUSE" ? `Port ${port} is in use. Stop the other server or run: npm start -- --port 3001` : String(e));
  process.exit(1);
});
server.listen(port, host, () => {
  const origin = `${useTls ? "https" : "http"}://${host}:${server.address().port}`;
  const lines = [
    "",
    "Kanalklar is running.",
    "",
    `  Open in a browser (works without Office):  ${origin}/taskpane.html`,
    "",
  ];
  if (useTls) {
    lines.push(
      "  Sideload into Word on the web: open a document → Home → Add-ins → More Settings / Advanced →",
      "    Upload My Add-in → choose dist/manifest.xml",
      "  Sideload into Outlook on the web: https://aka.ms/olksideload → My add-ins → Custom add-ins →",
      "    Add a custom add-in → Add from file → choose dist/manifest.outlook.xml",
      "  (Your browser must trust the dev CA; see README, 'Run it'.)",
    );
  } else {
    lines.push(
      `  Serving plain HTTP on ${host}: fine for the browser page, but Office only loads add-ins over HTTPS.`,
      "  To sideload into Word or Outlook on the web: run `npm run certs` once, then `npm start` again;",
      "  it will serve https://localhost:3000 (see README, 'Run it').",
    );
  }
  lines.push("", "  Stop with Ctrl+C.", "");
  console.log(lines.join("\n"));
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
