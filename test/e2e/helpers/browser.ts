/**
 * Shared end-to-end helpers: Debian Chromium through playwright-core, dist/ served on 127.0.0.1 on a
 * random port, the office.js CDN either blocked (standalone) or answered with a given fake script,
 * every request recorded, screenshots under test/artifacts/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createStaticServer } = require("../../../scripts/static-server.cjs") as {
  createStaticServer(o: { dir: string }): import("node:http").Server;
};

export const ROOT = resolve(__dirname, "../../..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "test", "artifacts");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const OFFICE_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
export const OFFICE_JS_URL = `${OFFICE_CDN_ORIGIN}/lib/1/hosted/office.js`;
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Fail with a plain message when the build or the browser is missing. */
export function requirePrerequisites(): void {
  if (!existsSync(join(DIST, "taskpane.html"))) {
    throw new Error(`dist/taskpane.html is missing: run "npm run build" before the end-to-end tests.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}

export interface Served {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(dir = DIST): Promise<Served> {
  const server = createStaticServer({ dir });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

export interface Launched {
  browser: Browser;
  close(): Promise<void>;
}

/** Chromium with a fresh user-data directory, removed on close. */
export async function launchChromium(): Promise<Launched> {
  requirePrerequisites();
  const profile = mkdtempSync(join(tmpdir(), "kanalklar-e2e-"));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS, // playwright refuses --user-data-dir here; it uses its own fresh profile
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface ContextOptions {
  /** "abort": office.js cannot load (standalone). A string: serve it as office.js (a scripted fake). */
  officeJs?: "abort" | string;
  locale?: string;
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  forcedColors?: "active" | "none";
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
}

/** A new browser context (AxeBuilder needs one) with the CDN routed and all requests recorded. */
export async function openSession(browser: Browser, options: ContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    locale: options.locale ?? "nb-NO",
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    forcedColors: options.forcedColors ?? "none",
  });
  const requests: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  const officeJs = options.officeJs ?? "abort";
  await context.route(`${OFFICE_CDN_ORIGIN}/**`, (route) => {
    if (officeJs !== "abort" && route.request().url() === OFFICE_JS_URL) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs });
    }
    return route.abort("internetdisconnected");
  });
  // Anything else that is not our own server must never be fetched; abort it (and the test will fail).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    if (route.request().url().startsWith(OFFICE_CDN_ORIGIN)) return route.fallback();
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  return { context, page, requests };
}

/** Requests that went anywhere but our origin and the office.js CDN. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => {
    if (u.startsWith("data:") || u.startsWith("blob:")) return false;
    try {
      const o = new URL(u).origin;
      return o !== origin && o !== OFFICE_CDN_ORIGIN;
    } catch {
      return true;
    }
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Wait until the first check has rendered its summary. */
export async function waitForCheck(page: Page): Promise<void> {
  await page.getByTestId("lix").first().waitFor({ state: "visible", timeout: 20000 });
}
