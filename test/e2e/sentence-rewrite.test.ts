/**
 * «Skriv om setningen» end to end in Chromium (standalone page): a passive sentence on its card is
 * previewed with the changed words marked, applied from the keyboard («Bruk» has focus), focus goes on to
 * a card, the toast says what happened, and Ctrl+Z gives the draft back byte for byte. axe with the
 * preview open; screenshots in test/artifacts/.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { launchChromium, openSession, screenshot, serveDist, waitForCheck, type Launched, type Served } from "./helpers/browser";

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
  "Byggesak 2027/114",
  "",
  "Vi viser til Deres søknad om byggetillatelse for garasje. Søknaden må leveres innen 1. mars 2027 med tegninger.",
  "",
  "Med vennlig hilsen",
  "Bygg og eiendom",
].join("\n");
const REWRITTEN = DRAFT.replace("Søknaden må leveres innen 1. mars 2027 med tegninger.", "Du må levere søknaden innen 1. mars 2027 med tegninger.");

async function open(locale = "nb-NO") {
  const session = await openSession(launched.browser, { viewport: { width: 350, height: 900 }, locale });
  const errors: string[] = [];
  session.page.on("pageerror", (e) => errors.push(String(e)));
  await session.page.addInitScript((draft) => {
    if (sessionStorage.getItem("kk-seeded")) return;
    sessionStorage.setItem("kk-seeded", "1");
    localStorage.setItem("kanalklar.draft", JSON.stringify({ v: 1, savedAt: Date.now(), personal: false, text: draft }));
  }, DRAFT);
  await session.page.goto(`${served.origin}/taskpane.html`);
  await waitForCheck(session.page);
  return { ...session, errors };
}

const editorValue = (page: Page) => page.getByTestId("editor").inputValue();
const cardOf = (page: Page, rule: string, word: string) =>
  page.locator(`[data-testid="finding"][data-rule="${rule}"]`).filter({ has: page.locator("mark", { hasText: new RegExp(`^${word}$`) }) });

/** A preview line as seen: without the words read only by screen readers («fjernet:», «lagt til:»). */
const seen = (page: Page, testId: string) =>
  page.getByTestId(testId).first().evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll("[data-sr]").forEach((x) => x.remove());
    return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
  });

async function axe(page: Page, label: string) {
  const r = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return r.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("previews a sentence rewrite, applies it from the keyboard, and Ctrl+Z restores the draft byte for byte", async () => {
  const { page, context, errors } = await open();
  try {
    expect(await editorValue(page)).toBe(DRAFT);
    const card = cardOf(page, "passive", "leveres");
    await card.waitFor();
    // Keyboard: the card, then Right through its buttons to «Skriv om setningen».
    await card.focus();
    const rewrite = card.getByRole("button", { name: "Skriv om setningen med «leveres»" });
    await rewrite.waitFor();
    for (let i = 0; i < 8 && !(await rewrite.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("ArrowRight");
    await expect(rewrite.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Enter");

    const preview = card.getByRole("group", { name: "Forslag til ny setning" });
    await preview.waitFor();
    await expect(rewrite.getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(seen(page, "rewrite-before")).resolves.toBe("Før: Søknaden må leveres innen 1. mars 2027 med tegninger.");
    await expect(seen(page, "rewrite-after")).resolves.toBe("Etter: Du må levere søknaden innen 1. mars 2027 med tegninger.");
    await expect(preview.locator("del").first().innerText()).resolves.toContain("fjernet:");
    await expect(preview.locator("del").count()).resolves.toBeGreaterThan(0);
    await expect(preview.locator("ins").count()).resolves.toBeGreaterThan(0);
    const apply = preview.getByRole("button", { name: "Bruk den nye setningen" });
    // Focus moves to «Bruk» as the preview opens (and stays there: nothing else takes it).
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "rewrite-apply", null, { timeout: 15000 });
    await page.waitForTimeout(300);
    await expect(apply.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // The focused button is visibly outlined.
    await expect(apply.evaluate((el) => getComputedStyle(el, "::after").borderTopWidth !== "0px" || getComputedStyle(el).outlineStyle !== "none")).resolves.toBe(true);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, "sentence-rewrite-preview");
    expect(await axe(page, "preview")).toEqual([]);

    await page.keyboard.press("Enter");
    await page.waitForFunction((want) => (document.querySelector('[data-testid="editor"]') as HTMLTextAreaElement).value === want, REWRITTEN);
    await expect(page.getByTestId("notice").innerText()).resolves.toContain("Skrev om setningen");
    await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "finding");
    await screenshot(page, "sentence-rewrite-applied");

    await page.keyboard.press("Control+z");
    await page.waitForFunction((want) => (document.querySelector('[data-testid="editor"]') as HTMLTextAreaElement).value === want, DRAFT);
    expect(await editorValue(page)).toBe(DRAFT);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

test("the preview in nynorsk and English is labelled in the pane's language and axe-clean", async () => {
  for (const [locale, button, group] of [
    ["nn-NO", "Skriv om setninga med «Deres»", "Forslag til ny setning"],
    ["en-GB", "Rewrite the sentence with “Deres”", "Suggested sentence"],
  ] as const) {
    const { page, context, errors } = await open(locale);
    try {
      const card = cardOf(page, "formal-address", "Deres");
      await card.waitFor();
      await card.getByRole("button", { name: button }).click();
      await card.getByRole("group", { name: group }).waitFor();
      await expect(seen(page, "rewrite-after")).resolves.toContain("søknaden din");
      expect(await axe(page, locale)).toEqual([]);
      await screenshot(page, `sentence-rewrite-preview-${locale}`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }
});
