#!/usr/bin/env node
// Page load → first findings in standalone mode, measured in Debian Chromium (playwright-core):
// serves dist/ on 127.0.0.1, blocks the office.js CDN, loads the taskpane N times (fresh context
// each time, so nothing is cached) and reads the page's own performance mark
// "kanalklar:first-findings" (ms since navigation start). Writes bench/first-findings.json.
// Run after `npm run build`: npm run bench:load [-- --runs 9]
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const { createStaticServer } = require("./static-server.cjs");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 9;
const BUDGET_MS = 1000;
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (!existsSync(join(dist, "taskpane.html"))) {
  console.error('dist/ is missing: run "npm run build" first.');
  process.exit(2);
}
if (!existsSync(chromiumPath)) {
  console.error(`${chromiumPath} is missing (apt-get install chromium).`);
  process.exit(2);
}

const server = createStaticServer({ dir: dist });
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "nb-NO" });
    await context.route("https://appsforoffice.microsoft.com/**", (r) => r.abort("internetdisconnected"));
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForFunction(() => performance.getEntriesByName("kanalklar:first-findings").length > 0, undefined, { timeout: 30000, polling: 10 });
    // Main-thread busy time (CPU work, not waiting): less sensitive to other load on the machine.
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const m = Object.fromEntries(performance.getEntriesByType("mark").map((e) => [e.name, Math.round(e.startTime)]));
      return { ...m, domContentLoaded: Math.round(nav.domContentLoadedEventEnd), findings: document.querySelectorAll('[data-testid="finding"]').length };
    });
    marks.mainThreadTaskMs = Math.round(metric("TaskDuration") * 1000);
    marks.mainThreadScriptMs = Math.round(metric("ScriptDuration") * 1000);
    runs.push(marks);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const first = runs.map((r) => r["kanalklar:first-findings"]).sort((a, b) => a - b);
const median = first[Math.floor(first.length / 2)];
const busy = runs.map((r) => r.mainThreadTaskMs).sort((a, b) => a - b);
const busyMedian = busy[Math.floor(busy.length / 2)];
const result = {
  measured: new Date().toISOString(),
  command: "npm run build && npm run bench:load",
  what: "ms from navigation start to the first rendered check (sample draft, standalone, office.js CDN blocked, cold context)",
  budgetMs: BUDGET_MS,
  runs: RUNS,
  medianMs: median,
  minMs: first[0],
  maxMs: first[first.length - 1],
  mainThreadBusyMedianMs: busyMedian,
  machine: { cpus: cpus().length, loadavg1m: Number(loadavg()[0].toFixed(2)) },
  detail: runs,
};
mkdirSync(join(root, "bench"), { recursive: true });
writeFileSync(join(root, "bench", "first-findings.json"), JSON.stringify(result, null, 2) + "\n");
console.log(`First findings after page load (standalone, ${RUNS} cold loads): median ${median} ms, min ${first[0]} ms, max ${first[first.length - 1]} ms (budget ${BUDGET_MS} ms); main thread busy ${busyMedian} ms (median); load average ${result.machine.loadavg1m} on ${result.machine.cpus} cores.`);
