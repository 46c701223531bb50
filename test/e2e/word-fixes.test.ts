/**
 * The blocker in the fake Word document: «Bytt til «din»» on "godkjent Deres søknad" writes "din"
 * (not "Din"), "kan De kontakte" becomes "kan du kontakte", «deres» is offered; then the undo stack:
 * Ctrl+Z twice puts the document back one batch at a time, Ctrl+Y redoes. Focus stays on a card.
 */
import type { Page } from "playwright-core";
import { openSession, screenshot } from "./helpers/browser";
import { fakeHostSuite } from "./helpers/fake-host";

const PARAGRAPHS = ["Vedtak om bostøtte", "Vi har godkjent Deres søknad. Nå kan De kontakte oss hvis noe er uklart.", "Hilsen", "Eksempel kommune"];

const env = fakeHostSuite("office-word");

const paras = (page: Page) => page.evaluate(() => (window as unknown as { __fakeWord: { paras: string[] } }).__fakeWord.paras.slice());
const waitPara = (page: Page, i: number, text: string) =>
  page.waitForFunction(([i, text]) => (window as unknown as { __fakeWord: { paras: string[] } }).__fakeWord.paras[i as number] === text, [i, text] as const, { timeout: 15000 });
const card = (page: Page, word: string) => page.locator('[data-testid="finding"][data-rule="formal-address"]').filter({ has: page.locator("mark", { hasText: new RegExp(`^${word}$`) }) });

test("Word: fixes take the lexicon's case; Ctrl+Z / Ctrl+Y walk the undo stack", async () => {
  const session = await openSession(env.launched.browser, { officeJs: env.officeJs, viewport: { width: 350, height: 900 } });
  const { page, context } = session;
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.addInitScript((cfg) => {
      (window as unknown as { __kkFake: unknown }).__kkFake = cfg;
    }, { paragraphs: PARAGRAPHS, displayLanguage: "nb-NO" });
    await page.goto(`${env.served.origin}/taskpane.html`);
    await card(page, "Deres").waitFor({ state: "visible", timeout: 30000 });
    await screenshot(page, "blocker-1-word-cards");

    const deres = card(page, "Deres");
    await expect(deres.getByRole("button", { name: "Bytt til «deres» i stedet for «Deres»" }).count()).resolves.toBe(1);
    await expect(deres.getByRole("button", { name: /«Din»/ }).count()).resolves.toBe(0);
    await deres.getByRole("button", { name: "Bytt til «din» i stedet for «Deres»" }).click();
    await waitPara(page, 1, "Vi har godkjent din søknad. Nå kan De kontakte oss hvis noe er uklart.");
    // Feedback at the top of the viewport; focus on the card that took its place.
    const toast = await page.getByTestId("notice").boundingBox();
    expect(toast!.y).toBeGreaterThanOrEqual(0);
    expect(toast!.y).toBeLessThan(120);
    await page.waitForFunction(() => document.activeElement?.querySelector("mark")?.textContent === "De");

    await card(page, "De").getByRole("button", { name: "Bytt til «du» i stedet for «De»" }).click();
    await waitPara(page, 1, "Vi har godkjent din søknad. Nå kan du kontakte oss hvis noe er uklart.");
    await screenshot(page, "blocker-2-word-fixed");
    expect((await paras(page)).filter((_, i) => i !== 1)).toEqual(PARAGRAPHS.filter((_, i) => i !== 1));

    // Ctrl+Z from the pane (focus on a card or the heading, never in a text field): one batch at a time.
    await page.waitForFunction(() => !!document.activeElement && document.activeElement !== document.body);
    await page.keyboard.press("Control+z");
    await waitPara(page, 1, "Vi har godkjent din søknad. Nå kan De kontakte oss hvis noe er uklart.");
    await page.keyboard.press("Control+z");
    await waitPara(page, 1, PARAGRAPHS[1]!);
    await expect(paras(page)).resolves.toEqual(PARAGRAPHS);
    await page.keyboard.press("Control+y");
    await waitPara(page, 1, "Vi har godkjent din søknad. Nå kan De kontakte oss hvis noe er uklart.");
    await page.getByTestId("notice").filter({ hasText: "Gjort om" }).waitFor();
    await screenshot(page, "blocker-3-word-undo-redo");
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
