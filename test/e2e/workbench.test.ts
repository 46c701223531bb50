/**
 * The pane as a workbench, end to end in Chromium (standalone page): first run at 320–350 px, findings
 * in context and in order with keyboard and filters, feedback where the user acted, your own rules and
 * an honest import, «Kanaler» previews, long drafts (virtualised, no crash with >120k findings), the
 * contrast of every mark computed in light, dark and forced colours, and axe in nb/nn/en × light/dark/
 * forced × 320/350 px. Screenshots in test/artifacts/.
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { ARTIFACTS, DIST, launchChromium, openSession, screenshot, serveDist, waitForCheck, type ContextOptions, type Launched, type Served } from "./helpers/browser";

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
  "Vedtak om bostøtte",
  "",
  "Vi har godkjent Deres søknad om bostøtte. Nå kan De kontakte oss vedrørende utbetalingen. Søknaden ble behandlet av saksbehandler i mars, jf. forskriften.",
  "",
  "Vedrørende klage: Klagen må sendes innen tre uker. Vi gjør oppmerksom på at en klage ikke gir utsatt iverksetting av vedtaket, og at en klage bør inneholde opplysninger om hva som etter Deres mening er feil.",
  "",
  "Med vennlig hilsen",
  "Eksempel kommune",
].join("\n");

async function open(options: ContextOptions & { settings?: Record<string, unknown>; draft?: string } = {}) {
  const session = await openSession(launched.browser, { viewport: { width: 350, height: 800 }, ...options });
  const errors: string[] = [];
  session.page.on("pageerror", (e) => errors.push(String(e)));
  await session.page.addInitScript(
    ([settings, draft]) => {
      if (sessionStorage.getItem("kk-seeded")) return;
      sessionStorage.setItem("kk-seeded", "1");
      if (settings) localStorage.setItem("kanalklar.settings", JSON.stringify(settings));
      if (draft !== null) localStorage.setItem("kanalklar.draft", JSON.stringify({ v: 1, savedAt: Date.now(), personal: false, text: draft }));
    },
    [options.settings ?? null, options.draft ?? null] as const,
  );
  await session.page.goto(`${served.origin}/taskpane.html`);
  await waitForCheck(session.page);
  return { ...session, errors };
}

/** Paste as a paste does: one input event with the whole text. */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const el = document.querySelector('[data-testid="editor"]') as HTMLTextAreaElement;
    el.dispatchEvent(new Event("paste", { bubbles: true })); // as a paste does: paste, the new text, input
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(el, t);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

/** A screenshot of what is on screen (a full-page one of a virtualised list of 100,000 rows is too tall). */
async function viewportShot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

const heading = (page: Page) => page.locator("#kk-findings-heading");
const headingCount = async (page: Page) => Number(/\((\d+)\)/.exec((await heading(page).innerText()) ?? "")?.[1] ?? -1);
const activeIsCard = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "finding");
const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function axe(page: Page, label: string) {
  const r = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return r.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("first run at 320 and 350 px: summary and first finding without scrolling; help, LIX and «Hvorfor?» explained", async () => {
  for (const width of [320, 350]) {
    const { page, context, errors } = await open({ viewport: { width, height: 800 } });
    try {
      await page.getByTestId("finding").first().waitFor();
      const box = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
      expect((await box("#kk-summary-heading")).y).toBeLessThan(800);
      expect((await box('[data-testid="lix"]')).y + 20).toBeLessThan(800);
      const card = await box('[data-testid="finding"]');
      expect(card.y + 60).toBeLessThan(800); // its head and the first line of its sentence show
      expect(await noSideways(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `first-run-${width}`);

      // The compact editor grows on focus.
      const editor = page.getByTestId("editor");
      const before = (await editor.boundingBox())!.height;
      await editor.focus();
      await page.waitForFunction(() => document.querySelector('[data-testid="editor"]')?.getAttribute("data-grown") === "true");
      await page.waitForTimeout(300);
      expect((await editor.boundingBox())!.height).toBeGreaterThan(before + 100);
      await editor.blur();

      // Help, LIX and each rule explained.
      await expect(page.getByTestId("help-link").getAttribute("href")).resolves.toBe("help.html");
      expect(existsSync(join(DIST, "help.html"))).toBe(true);
      await page.getByTestId("lix-what").click();
      await expect(page.getByTestId("lix-explain").innerText()).resolves.toMatch(/ord per setning pluss prosent lange ord/);
      const first = page.getByTestId("finding").first();
      await first.getByRole("button", { name: "Hvorfor?" }).click();
      await expect(first.getByTestId("finding-why").isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }
});

test("findings in context and in order: one tab stop per card, arrows, filters, feedback where the user acted", async () => {
  const { page, context, errors } = await open({ draft: DRAFT });
  try {
    const deres = page.locator('[data-testid="finding"][data-rule="formal-address"]').first();
    await deres.waitFor();
    // Each card: its sentence with the flagged word marked, and where it is.
    await expect(deres.getByTestId("finding-context").innerText()).resolves.toMatch(/Vi har godkjent Deres søknad om bostøtte\./);
    await expect(deres.locator("mark").innerText()).resolves.toBe("Deres");
    await expect(deres.getByTestId("finding-where").innerText()).resolves.toMatch(/Avsnitt 2/);
    // Two «Vedrørende» cards can be told apart by their sentences and paragraphs.
    const ved = page.locator('[data-testid="finding"][data-rule="kanselli"]').filter({ has: page.locator("mark", { hasText: /^Vedrørende$|^vedrørende$/ }) });
    const places = await ved.getByTestId("finding-where").allInnerTexts();
    expect(new Set(places).size).toBe(places.length);
    // In text order by default.
    const starts = await page.getByTestId("finding").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-index"))));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    await screenshot(page, "context-1-order");

    // One tab stop per card: Tab goes from card to card, not through its buttons.
    const cards = page.getByTestId("finding");
    await cards.nth(0).focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-index"))).resolves.toBe("1");
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-index"))).resolves.toBe("2");
    await page.keyboard.press("ArrowRight");
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("BUTTON");
    await page.keyboard.press("Escape");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-index"))).resolves.toBe("2");
    await page.getByTestId("finding-next").click();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-index"))).resolves.toBe("3");

    // The «Funn per regel» chips filter, and the live region says what the screen shows.
    const chip = page.locator('[data-testid="filter-chip"][data-rule="formal-address"]');
    const n = Number(/(\d+)$/.exec(await chip.innerText())![1]);
    await chip.click();
    await expect(chip.getAttribute("aria-pressed")).resolves.toBe("true");
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="finding"]').length === n, n);
    expect(new Set(await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-rule"))))).toEqual(new Set(["formal-address"]));
    await expect(headingCount(page)).resolves.toBe(n);
    await page.waitForFunction((n) => document.querySelector('[data-testid="live"]')?.textContent === `${n} funn for «De, Dem og Deres» vises.`, n);
    await screenshot(page, "context-2-filtered");
    await page.getByTestId("filter-all").click();

    // A fix far down the list: the toast shows at the top of the viewport, focus moves to the next card.
    const last = page.locator('[data-testid="finding"][data-rule="formal-address"]').last();
    await last.scrollIntoViewIfNeeded();
    const lastIndex = Number(await last.getAttribute("data-index"));
    await last.getByRole("button", { name: "Bytt til «din» i stedet for «Deres»" }).click();
    await page.getByTestId("notice").waitFor();
    const toast = (await page.getByTestId("notice").boundingBox())!;
    expect(toast.y).toBeGreaterThanOrEqual(0);
    expect(toast.y + toast.height).toBeLessThan(200);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"][data-rule="formal-address"]').length === 2);
    // The card that took its place (or the new last card, when it was the last).
    const expected = Math.min(lastIndex, (await cards.count()) - 1);
    await page.waitForFunction((i) => document.activeElement?.getAttribute("data-index") === String(i), expected);
    expect(await activeIsCard(page)).toBe(true);
    await expect(page.getByTestId("editor").inputValue()).resolves.toContain("hva som etter din mening er feil");
    await screenshot(page, "context-3-toast");
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("your own rules: «Ignorer» lasts, «Ignorer regelen» turns the switch off, the import is honest and never scrolls sideways", async () => {
  const { page, context, errors } = await open({ draft: DRAFT, viewport: { width: 320, height: 800 } });
  try {
    const passive = page.locator('[data-testid="finding"][data-rule="passive"]').first();
    await passive.waitFor();
    const before = await headingCount(page);
    await passive.getByRole("button", { name: /^Ignorer funnet/ }).click();
    await page.waitForFunction((n) => document.querySelector("#kk-findings-heading")?.textContent === `Funn (${n})`, before - 1);
    await page.reload();
    await waitForCheck(page);
    await page.getByTestId("finding").first().waitFor();
    await expect(headingCount(page)).resolves.toBe(before - 1);
    await page.getByText("1 funn er ignorert.").waitFor();

    // «Ignorer regelen» from a card: the rule's switch in «Innstillinger» is off. (The check after the reload has
    // landed: the list is no longer busy.)
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    const abbr = page.locator('[data-testid="finding"][data-rule="abbreviation"]').first();
    await abbr.getByRole("button", { name: /^Mer:/ }).click();
    await page.getByRole("menuitem", { name: "Ignorer regelen" }).click();
    await page.waitForFunction(() => !document.querySelector('[data-testid="finding"][data-rule="abbreviation"]'));
    await page.getByRole("tab", { name: "Innstillinger" }).click();
    const sw = page.getByTestId("rule-switch-abbreviation");
    await sw.waitFor();
    await expect(sw.isChecked()).resolves.toBe(false);
    await screenshot(page, "own-rules-1-settings");

    // Import: a file with nothing Kanalklar knows is refused; limits are enforced; nothing scrolls sideways.
    const file = page.getByTestId("settings-import-file");
    const status = page.getByTestId("settings-status");
    const statusSays = (re: RegExp) => page.waitForFunction((src) => new RegExp(src, "s").test(document.querySelector('[data-testid="settings-status"]')?.textContent ?? ""), re.source, { timeout: 15000 });
    await file.setInputFiles({ name: "p.json", mimeType: "application/json", buffer: Buffer.from('{"foo":1}') });
    await statusSays(/ble ikke importert.*ingen innstillinger Kanalklar kjenner igjen \(fant bare: foo\)/);
    await file.setInputFiles({ name: "p.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ senderName: "x".repeat(5000) })) });
    await statusSays(/«senderName» er for langt \(høyst 200 tegn\)/);
    await file.setInputFiles({ name: "p.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ customWords: [{ word: "y".repeat(900_000), alternative: "z" }] })) });
    await statusSays(/«customWords\[0\]\.word» er for langt \(høyst 100 tegn\)/);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "own-rules-2-import-refused");
    await file.setInputFiles({ name: "p.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ senderName: "Eksempel kommune", foo: 1 })) });
    await statusSays(/Profilen er importert: avsender\. Disse feltene kjenner ikke Kanalklar, og de er hoppet over: foo\./);
    await expect(status.innerText()).resolves.not.toMatch(/ble ikke/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("«Tøm feltet» and «Bruk eksempelteksten» can be undone; no «Sett inn» into the user's own draft", async () => {
  const { page, context, errors } = await open({ draft: DRAFT });
  try {
    await page.getByTestId("clear-draft").click();
    await page.waitForFunction(() => (document.querySelector('[data-testid="editor"]') as HTMLTextAreaElement).value === "");
    await page.getByTestId("notice").getByRole("button", { name: "Angre" }).click();
    await page.waitForFunction((d) => (document.querySelector('[data-testid="editor"]') as HTMLTextAreaElement).value === d, DRAFT);
    await page.getByTestId("use-sample").click();
    await page.waitForFunction((d) => (document.querySelector('[data-testid="editor"]') as HTMLTextAreaElement).value !== d, DRAFT);
    // Ctrl+Z from the pane undoes it too.
    await page.getByTestId("finding").first().waitFor();
    await page.getByTestId("finding").first().focus();
    await page.keyboard.press("Control+z");
    await page.waitForFunction((d) => (document.querySelector('[data-testid="editor"]') as HTMLTextAreaElement).value === d, DRAFT);

    await page.getByRole("tab", { name: "Kanaler" }).click();
    await page.getByTestId("channel-text-sms").or(page.getByTestId("channel-text-letter")).first().waitFor({ timeout: 45000 });
    await expect(page.locator('[data-testid^="channel-insert-"]').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("«Kanaler»: SMS bubble with sender ID and named characters, link policy, post folds, letter diff, feedback at the top", async () => {
  const NOTICE = "Stenging av vannet i Storgata 12. mai\n\nVi må reparere en vannledning i Storgata. Derfor blir vannet stengt tirsdag 12. mai fra kl. 09.00 til kl. 14.00.\n\nHar du spørsmål, ring oss på 12 34 56 78 eller les mer på eksempel.kommune.no/vann.\n\nHilsen\nEksempel kommune, Vann og avløp";
  const { page, context, errors } = await open({ draft: NOTICE, settings: { smsSenderId: "Eksempel", smsLinks: "none" } });
  try {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: served.origin });
    await page.getByRole("tab", { name: "Kanaler" }).click();
    await page.getByTestId("channel-text-letter").waitFor({ timeout: 45000 });
    await page.getByTestId("letter-diff-toggle").click();
    await page.locator("#kk-letter-diff").waitFor();
    await screenshot(page, "channels-1-letter-diff");

    await page.getByTestId("channel-tab-sms").click();
    await expect(page.getByTestId("sms-preview-sender").innerText()).resolves.toBe("Avsender: Eksempel");
    await expect(page.getByTestId("sms-link-policy").innerText()).resolves.toMatch(/Lenker i SMS: ingen lenke/);
    const sms = page.getByTestId("channel-text-sms");
    await sms.fill("💧 Vannet i Storgata stenges 12. mai – fra kl. 09.00 til kl. 14.00. 💧 Les mer på eksempel.kommune.no");
    await expect(page.getByTestId("sms-char").count()).resolves.toBe(2);
    await expect(page.getByTestId("sms-ucs2").innerText()).resolves.toMatch(/dråpe-emoji \(2 ganger\)/);
    await expect(page.getByTestId("sms-cost").innerText()).resolves.toMatch(/^Koster \d SMS.*rommer (67|70) tegn/);
    await screenshot(page, "channels-2-sms-preview");
    await page.getByRole("button", { name: "Fjern dråpe-emoji fra SMS-en" }).click();
    await expect(sms.inputValue()).resolves.not.toContain("💧");
    await page.getByTestId("notice").filter({ hasText: "Fjernet dråpe-emoji" }).waitFor();
    // «Kopier»: feedback at the top of the viewport.
    await page.getByTestId("channel-copy-sms").scrollIntoViewIfNeeded();
    await page.getByTestId("channel-copy-sms").click();
    const toast = page.getByTestId("notice").filter({ hasText: "SMS er kopiert" });
    await toast.waitFor();
    expect((await toast.boundingBox())!.y).toBeLessThan(120);

    // The link policy in one click (the SMS is made again).
    await page.getByTestId("channel-tab-letter").click();
    await page.getByTestId("channel-tab-sms").click();
    await page.getByTestId("sms-links-domain").click();
    await expect(page.getByTestId("sms-link-policy").innerText()).resolves.toMatch(/nettadressen uten https:\/\//);

    await page.getByTestId("channel-tab-post").click();
    await page.getByTestId("post-previews").waitFor();
    await page.getByTestId("channel-text-post").fill("Vannet i Storgata stenges tirsdag 12. mai fra kl. 09.00 til 14.00 fordi vi må reparere en vannledning. Fyll opp en kanne på forhånd. Les mer på eksempel.kommune.no/vann.");
    const fb = page.locator('[data-testid="post-preview"][data-platform="facebook"]');
    await expect(fb.innerText()).resolves.toMatch(/… Se mer/);
    expect(Number(await fb.getAttribute("data-cut"))).toBeLessThanOrEqual(125);
    await screenshot(page, "channels-3-post-previews");
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("long drafts: a 10,000-word paste is virtualised; >120,000 findings of one rule do not crash the pane, nor a reload", async () => {
  const { page, context, errors } = await open();
  try {
    const sample = await page.getByTestId("editor").inputValue();
    const words = sample.split(/\s+/).length;
    await paste(page, Array.from({ length: Math.ceil(10_000 / words) }, () => sample).join("\n\n"));
    await page.waitForFunction(() => Number(/\((\d+)\)/.exec(document.querySelector("#kk-findings-heading")?.textContent ?? "")?.[1]) > 1000, undefined, { timeout: 60000 });
    const rendered = Number(await page.getByTestId("findings-list").getAttribute("data-rendered"));
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(120);
    // Walking far down renders the card it lands on.
    await page.getByTestId("finding").first().focus();
    await page.keyboard.press("End");
    await page.waitForFunction(() => Number(document.activeElement?.getAttribute("data-index")) > 1000);
    await viewportShot(page, "long-1-10k-words");

    // 130,000 findings of one rule (the old Math.min(...spread) crashed here, and again on every reload).
    await paste(page, "jf. ".repeat(130_000));
    await page.waitForFunction(() => Number(/\((\d+)\)/.exec(document.querySelector("#kk-findings-heading")?.textContent ?? "")?.[1]) > 120_000, undefined, { timeout: 90000 });
    await expect(page.getByTestId("crash").count()).resolves.toBe(0);
    // Typing still works.
    await page.getByTestId("editor").focus();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Slutt.");
    await expect(page.getByTestId("editor").inputValue()).resolves.toMatch(/Slutt\.$/);
    await page.waitForTimeout(800); // the long draft is saved after a pause
    await page.reload();
    await waitForCheck(page);
    await page.waitForFunction(() => Number(/\((\d+)\)/.exec(document.querySelector("#kk-findings-heading")?.textContent ?? "")?.[1]) > 120_000, undefined, { timeout: 90000 });
    await expect(page.getByTestId("crash").count()).resolves.toBe(0);
    await viewportShot(page, "long-2-130k-findings");
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

/** WCAG contrast of two CSS colours (rgb/rgba; alpha composited over white or black backdrops as given). */
function parse(c: string): [number, number, number, number] {
  const m = /rgba?\(([^)]+)\)/.exec(c);
  if (!m) throw new Error(`colour ${c}`);
  const p = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
  return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
}
function lum([r, g, b]: number[]) {
  const f = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
}
export function contrast(fg: string, bg: string): number {
  const a = lum(parse(fg));
  const b = lum(parse(bg));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

test("every mark has contrast ≥ 4.5:1 in light, dark and forced colours (computed, not only axe)", async () => {
  const cases: Array<[string, ContextOptions]> = [
    ["light", { colorScheme: "light" }],
    ["dark", { colorScheme: "dark" }],
    ["forced", { forcedColors: "active" }],
  ];
  for (const [name, opts] of cases) {
    const { page, context, errors } = await open({ ...opts, draft: DRAFT });
    try {
      await page.locator('[data-testid="finding"] mark').first().waitFor();
      await page.getByRole("tab", { name: "Kanaler" }).click();
      await page.getByTestId("channel-text-letter").waitFor({ timeout: 45000 });
      await page.getByTestId("channel-text-letter").fill(DRAFT.replace("Vi har", "Vi har nå"));
      await page.getByTestId("letter-diff-toggle").click();
      await page.getByTestId("channel-tab-sms").click();
      await page.getByTestId("channel-text-sms").fill("«Vannet» stenges 12. mai – 💧 Les mer på kommunen.no");
      await page.getByTestId("sms-bubble").first().waitFor();
      // Marks in «Kanaler» (SMS characters, bubble) …
      const inChannels = await page.evaluate(() =>
        [...document.querySelectorAll("mark, ins, del")].filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => {
          const cs = getComputedStyle(e);
          return { text: e.textContent, color: cs.color, bg: cs.backgroundColor };
        }),
      );
      // … and in the finding cards.
      await page.getByRole("tab", { name: "Sjekk" }).click();
      await page.locator('[data-testid="finding"] mark').first().waitFor();
      const inCards = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="finding"] mark')].map((e) => {
          const cs = getComputedStyle(e);
          return { text: e.textContent, color: cs.color, bg: cs.backgroundColor };
        }),
      );
      const all = [...inChannels, ...inCards];
      expect(inChannels.length).toBeGreaterThanOrEqual(3);
      expect(inCards.length).toBeGreaterThan(3);
      for (const m of all) {
        const ratio = contrast(m.color, m.bg);
        if (ratio < 4.5) throw new Error(`${name}: «${m.text}» ${m.color} on ${m.bg} = ${ratio.toFixed(2)}:1`);
      }
      await screenshot(page, `contrast-${name}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }
});

test("axe: 0 violations in nb/nn/en × light/dark/forced × 320/350 px (Sjekk; Kanaler and Innstillinger in each language)", async () => {
  const problems: string[] = [];
  for (const locale of ["nb", "nn", "en"] as const) {
    for (const [scheme, opts] of [
      ["light", { colorScheme: "light" }],
      ["dark", { colorScheme: "dark" }],
      ["forced", { forcedColors: "active" }],
    ] as Array<[string, ContextOptions]>) {
      for (const width of [320, 350]) {
        const label = `${locale}-${scheme}-${width}`;
        const { page, context, errors } = await open({ ...opts, viewport: { width, height: 800 }, settings: { uiLanguage: locale }, draft: DRAFT });
        try {
          await page.getByTestId("finding").first().waitFor();
          problems.push(...(await axe(page, `${label} check`)));
          if (width === 320 && scheme !== "light") await screenshot(page, `axe-${label}`);
          // The other panels once per language and scheme (at 320 px).
          if (width === 320) {
            await page.getByRole("tab").nth(1).click();
            await page.getByTestId("channel-text-letter").waitFor({ timeout: 45000 });
            await page.getByTestId("channel-tab-sms").click();
            await page.getByTestId("sms-preview").waitFor();
            problems.push(...(await axe(page, `${label} channels`)));
            await page.getByRole("tab").nth(2).click();
            await page.getByTestId("settings-sender").waitFor();
            problems.push(...(await axe(page, `${label} settings`)));
          }
          if (errors.length) problems.push(`${label}: ${errors.join("; ")}`);
        } finally {
          await context.close();
        }
      }
    }
  }
  expect(problems).toEqual([]);
}, 600_000);
