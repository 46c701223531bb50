/**
 * End to end in a plain browser: the built dist/ in Debian Chromium with the office.js CDN blocked
 * (standalone mode). Load, paste a draft, see its findings, apply a fix, switch language, run axe in
 * every language, and check that nothing is fetched from anywhere but this origin and the CDN.
 * Screenshots of each state go to test/artifacts/ for review.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { DIST, foreignRequests, launchChromium, openSession, screenshot, serveDist, waitForCheck, type Launched, type Served } from "./helpers/browser";

import { analyze } from "../../src/core/index";
import { SAMPLE_DRAFT } from "../../src/office/sample-draft";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { csp, cspWith, scriptHash } = require("../../src/taskpane/csp.cjs") as { csp: string; cspWith(hashes: string[]): string; scriptHash(text: string): string };

let launched: Launched;
let served: Served;

beforeAll(async () => {
  launched = await launchChromium();
  served = await serveDist();
});

afterAll(async () => {
  await served?.close();
  await launched?.close();
});

const DRAFT = [
  "Informasjon om eiendomsskatt for 2027",
  "",
  "Vedrørende utsendelse av skatteseddel: Skattesedlene blir sendt ut i løpet av mars. Vi gjør oppmerksom på at eventuelle klager må sendes innen seks uker, jf. eiendomsskatteloven § 19, og at klagen bør inneholde opplysninger om hvilken eiendom klagen gjelder og hva som etter Deres mening er feil ved takseringen.",
  "",
  "Med vennlig hilsen",
  "Eiendomsskattekontoret",
].join("\n");

async function open(options: Parameters<typeof openSession>[1] = {}) {
  const session = await openSession(launched.browser, options);
  const errors: string[] = [];
  const cspViolations: string[] = [];
  session.page.on("pageerror", (e) => errors.push(String(e)));
  session.page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  await session.page.goto(`${served.origin}/taskpane.html`);
  await waitForCheck(session.page);
  return { ...session, errors, cspViolations };
}

const editorText = (page: Page) => page.getByTestId("editor").inputValue();
const findingCount = (page: Page) => page.getByTestId("finding").count();

async function axe(page: Page, label: string) {
  const r = await new AxeBuilder({ page })
    .exclude("[data-tabster-dummy]")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const summary = r.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

test("the page ships the Content-Security-Policy that allows only this origin and the office.js CDN", () => {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  // The one inline script (it starts the analysis worker) is allowed by its hash, and nothing else is.
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(inline).toHaveLength(1);
  expect(meta?.[1]).toBe(cspWith([scriptHash(inline[0]!)]));
  expect(/script-src ([^;]+)/.exec(meta?.[1] ?? "")?.[1]).not.toMatch(/unsafe-inline|unsafe-eval/);
  const origins = new Set(csp.match(/https:\/\/[^\s;/]+/g));
  expect([...origins].sort()).toEqual(["https://ajax.aspnetcdn.com", "https://appsforoffice.microsoft.com"]);
  expect(csp).toMatch(/ajax\.aspnetcdn\.com\/ajax\/3\.5\/MicrosoftAjax\.js/); // that one file only
  expect(csp).toMatch(/object-src 'none'/);
  expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
  // office.js is loaded from the CDN and never bundled.
  for (const f of require("node:fs").readdirSync(DIST).filter((n: string) => n.endsWith(".js"))) {
    expect(readFileSync(join(DIST, f), "utf8")).not.toMatch(/OSF\._OfficeAppFactory/);
  }
});

test("dist/ holds both manifests, still valid, with the build's base URL", () => {
  for (const f of ["manifest.xml", "manifest.outlook.xml"]) {
    const xml = readFileSync(join(DIST, f), "utf8");
    const base = process.env.KANALKLAR_BASE_URL?.replace(/\/+$/, "") || "https://localhost:3000";
    expect(xml).toContain(`${base}/taskpane.html`);
    expect(xml).toContain(`${base}/assets/icon-80.png`);
  }
  for (const f of ["taskpane.html", "commands.html", "help.html", "assets/icon-16.png", "assets/icon-128.png"]) {
    expect(require("node:fs").existsSync(join(DIST, f))).toBe(true);
  }
});

test("standalone: the sample draft is checked at once, a fix applies to its span only, the draft persists", async () => {
  const { page, context, requests, errors, cspViolations } = await open();
  try {
    const sample = await editorText(page);
    expect(sample).toBe(SAMPLE_DRAFT);
    // The worker bundle checks exactly like the core in Node: the same findings, the same LIX.
    const expected = analyze(SAMPLE_DRAFT, { language: "auto", locale: "nb" });
    expect(expected.findings.length).toBeGreaterThan(0);
    expect(await findingCount(page)).toBe(expected.findings.length);
    await expect(page.getByTestId("lix").innerText()).resolves.toBe(`LIX ${Math.round(expected.stats.lix)}`);
    await expect(page.getByRole("heading", { name: "Oppsummering" }).isVisible()).resolves.toBe(true);
    await page.waitForFunction(() => document.querySelector('[data-testid="live"]')?.textContent?.startsWith("Sjekket:"));
    await screenshot(page, "standalone-1-sample");

    // The checker ran in a Web Worker (its chunk was fetched by the worker).
    expect(requests.some((u) => /\/analysis\.[0-9a-f]+\.js$/.test(u))).toBe(true);

    // Apply the first suggestion of the first finding that has one.
    const button = page.getByRole("group", { name: "Forslag" }).first().getByRole("button").first();
    const label = (await button.getAttribute("aria-label")) ?? "";
    const m = /^Bytt til «(.+)» i stedet for «(.+)»$/.exec(label);
    expect(m).not.toBeNull();
    const [, replacement, original] = m!;
    const before = await editorText(page);
    await button.click();
    await page.getByTestId("notice").waitFor();
    await expect(page.getByTestId("notice").innerText()).resolves.toMatch(new RegExp(`^Byttet «${original}» med «${replacement}»`));
    const after = await editorText(page);
    const at = before.indexOf(original);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(after).toBe(before.slice(0, at) + replacement + before.slice(at + original.length));
    await screenshot(page, "standalone-2-fixed");

    // Reload: the edited draft is still there.
    await page.reload();
    await waitForCheck(page);
    await expect(editorText(page)).resolves.toBe(after);

    expect(foreignRequests(requests, served.origin)).toEqual([]);
    expect(errors).toEqual([]);
    expect(cspViolations).toEqual([]);
  } finally {
    await context.close();
  }
});

test("standalone: paste a draft, see its findings, fix all safe ones, undo", async () => {
  const { page, context, requests, errors } = await open();
  try {
    await page.getByTestId("editor").fill(DRAFT);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="finding"]')].some((el) => el.textContent?.includes("Deres")), undefined, { timeout: 20000 });
    const rules = await page.getByTestId("finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
    expect(rules).toEqual(expect.arrayContaining(["long-sentence", "formal-address"]));
    // «Etter regel» groups them under headings.
    await page.getByTestId("view-switch").selectOption("rule");
    const groups = await page.getByTestId("rule-group").evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
    expect(groups).toEqual(expect.arrayContaining(["long-sentence", "formal-address"]));
    await expect(page.getByTestId("lix").innerText()).resolves.toMatch(/^LIX \d+$/);
    await expect(page.getByTestId("lix-band").innerText()).resolves.toMatch(/^(svært lett|lett|middels|vanskelig|svært vanskelig)$/);
    await screenshot(page, "standalone-3-pasted");

    const fixAll = page.getByRole("button", { name: /^Rett alle trygge \(\d+\)$/ });
    if (await fixAll.count()) {
      const n = Number(/\((\d+)\)/.exec(await fixAll.innerText())![1]);
      await fixAll.click();
      await page.getByTestId("notice").waitFor();
      await expect(page.getByTestId("notice").innerText()).resolves.toMatch(new RegExp(`^Rettet ${n} trygge funn`));
      const fixed = await editorText(page);
      expect(fixed).not.toBe(DRAFT);
      // Lines the fixes did not touch are unchanged.
      expect(fixed.split("\n").slice(-2)).toEqual(DRAFT.split("\n").slice(-2));
      await screenshot(page, "standalone-4-fixed-all");
      await page.getByRole("button", { name: "Angre" }).click();
      await page.waitForFunction((d) => (document.querySelector('[data-testid="editor"]') as HTMLTextAreaElement).value === d, DRAFT);
    }

    // Keyboard only: Tab reaches the check button and it has a visible focus outline.
    await page.getByRole("button", { name: "Sjekk på nytt" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-testid="live"]')?.textContent?.includes("Sjekket:"));
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const after = getComputedStyle(el, "::after");
      return { tag: el.tagName, outline: getComputedStyle(el).outlineStyle, after: after.borderStyle };
    });
    expect(outline.tag).toBe("BUTTON");
    expect([outline.outline, outline.after]).not.toEqual(["none", "none"]);

    expect(foreignRequests(requests, served.origin)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("standalone: in a long draft, letters committed without a key of their own («ø» on a US layout) are typed once, and stay in the browser's undo history", async () => {
  const { page, context, errors } = await open();
  try {
    const long = Array.from({ length: 30 }, () => SAMPLE_DRAFT).join("\n\n");
    expect(long.length).toBeGreaterThan(20_000);
    const editor = page.getByTestId("editor");
    await editor.fill(long);
    await editor.focus();
    await page.keyboard.press("Control+End");
    // Playwright types «ø», «æ» and «å» as committed text (the input-method path), the rest as keys.
    await page.keyboard.type(" Vi skriver vedrørende æøå");
    await expect(editorText(page)).resolves.toBe(`${long} Vi skriver vedrørende æøå`);
    // The typing is in the browser's own undo history (where the pane's work splits the run of typing
    // into steps depends on timing): Ctrl+Z takes back the end of it, Ctrl+Shift+Z puts it back.
    await page.keyboard.press("Control+z");
    const undone = await editorText(page);
    expect(undone.length).toBeLessThan(long.length + " Vi skriver vedrørende æøå".length);
    expect(`${long} Vi skriver vedrørende æøå`.startsWith(undone)).toBe(true);
    expect(undone.startsWith(long)).toBe(true);
    await page.keyboard.press("Control+Shift+z");
    await expect(editorText(page)).resolves.toBe(`${long} Vi skriver vedrørende æøå`);
    expect(await editor.getAttribute("autocomplete")).toBe("off");
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("standalone: switch language; axe finds nothing in bokmål, nynorsk or English", async () => {
  const { page, context, requests, errors } = await open();
  try {
    await axe(page, "nb");
    const select = page.getByRole("combobox", { name: "Språk" });
    await select.selectOption("nn");
    await page.getByRole("tab", { name: "Kanalar" }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("nn");
    await waitForCheck(page);
    await screenshot(page, "standalone-5-nynorsk");
    await axe(page, "nn");

    await page.getByRole("combobox", { name: "Språk" }).selectOption("en");
    await page.getByRole("tab", { name: "Channels" }).waitFor();
    await page.getByRole("heading", { name: "Summary" }).waitFor();
    await screenshot(page, "standalone-6-english");
    await axe(page, "en");

    // The choice is remembered.
    await page.reload();
    await page.getByRole("tab", { name: "Check" }).waitFor();
    expect(foreignRequests(requests, served.origin)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("standalone in a taskpane-sized window, in dark mode and in forced colours", async () => {
  for (const [name, opts] of [
    ["narrow", { viewport: { width: 360, height: 900 } }],
    ["dark", { colorScheme: "dark" as const }],
    ["forced-colors", { forcedColors: "active" as const, viewport: { width: 420, height: 900 } }],
  ] as const) {
    const { page, context, errors } = await open(opts);
    try {
      await screenshot(page, `standalone-7-${name}`);
      const theme = await page.locator(".fui-FluentProvider").first().getAttribute("data-theme");
      expect(theme).toBe(name === "dark" ? "dark" : name === "forced-colors" ? "high-contrast" : "light");
      // Nothing spills out sideways in a narrow pane.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await axe(page, name);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }
});

test("office.js that loads but reports no Office host (a plain browser) also runs standalone", async () => {
  const fake = "window.Office = { HostType: { Word: 'Word', Outlook: 'Outlook' }, onReady: function () { return Promise.resolve({ host: null, platform: null }); } };";
  const { page, context, requests, errors } = await open({ officeJs: fake });
  try {
    await expect(page.getByTestId("editor").isVisible()).resolves.toBe(true);
    expect(requests).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(foreignRequests(requests, served.origin)).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
