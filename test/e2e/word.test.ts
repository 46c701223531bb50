/**
 * End to end in "Word": the built dist/ in headless Chromium, with a scripted fake office.js (Word)
 * served in place of the CDN script. Check, apply a fix (only that span changes in the document),
 * open «Kanaler», copy the SMS, insert the letter, open it as a new document; axe on every panel in
 * every language. Screenshots go to test/artifacts/.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { openSession, screenshot, foreignRequests } from "./helpers/browser";
import { fakeHostSuite } from "./helpers/fake-host";

const PARAGRAPHS = [
  "Stenging av vannet i Storgata 12. mai",
  "Vi må reparere en vannledning i Storgata. Derfor blir vannet stengt tirsdag 12. mai fra kl. 09.00 til kl. 14.00.",
  "Vi sender deg denne meldingen vedrørende arbeidet.",
  "Har du spørsmål, ring oss på 12 34 56 78 eller les mer på eksempel.kommune.no/vann.",
  "Hilsen",
  "Eksempel kommune, Vann og avløp",
];

const env = fakeHostSuite("office-word");

async function openWord(displayLanguage = "nb-NO") {
  const session = await openSession(env.launched.browser, { officeJs: env.officeJs, viewport: { width: 420, height: 900 } });
  await session.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.served.origin });
  await session.page.addInitScript((cfg) => {
    (window as unknown as { __kkFake: unknown }).__kkFake = cfg;
  }, { paragraphs: PARAGRAPHS, displayLanguage });
  const errors: string[] = [];
  session.page.on("pageerror", (e) => errors.push(String(e)));
  await session.page.goto(`${env.served.origin}/taskpane.html`);
  await session.page.getByTestId("lix").first().waitFor({ state: "visible", timeout: 30000 });
  return { ...session, errors };
}

const paras = (page: Page) => page.evaluate(() => (window as unknown as { __fakeWord: { paras: string[] } }).__fakeWord.paras.slice());

async function axe(page: Page, label: string) {
  const r = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = r.violations.map((v) => `${label}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary).toEqual([]);
}

test("Word: check, fix in place, Kanaler (copy SMS, insert letter, open as new document)", async () => {
  const { page, context, requests, errors } = await openWord();
  try {
    await screenshot(page, "word-1-check");
    // the draft came from the fake document
    const finding = page.locator('[data-testid="finding"][data-rule="kanselli"]', { hasText: "vedrørende" }).first();
    await finding.waitFor({ state: "visible" });
    await finding.getByRole("button", { name: /«om»/ }).first().click();
    await page.waitForFunction(() => (window as unknown as { __fakeWord: { paras: string[] } }).__fakeWord.paras[2]!.includes(" om "), null, { timeout: 10000 });
    const after = await paras(page);
    expect(after[2]).toBe("Vi sender deg denne meldingen om arbeidet.");
    expect(after.filter((_, i) => i !== 2)).toEqual(PARAGRAPHS.filter((_, i) => i !== 2));
    await page.getByTestId("notice").waitFor({ state: "visible" });
    await screenshot(page, "word-2-fixed");

    // «Angre» puts the document back
    await page.getByTestId("notice").getByRole("button", { name: "Angre" }).click();
    await page.waitForFunction(() => (window as unknown as { __fakeWord: { paras: string[] } }).__fakeWord.paras[2]!.includes("vedrørende"), null, { timeout: 10000 });
    expect(await paras(page)).toEqual(PARAGRAPHS);

    // Kanaler
    await page.getByRole("tab", { name: "Kanaler" }).click();
    const letter = page.getByTestId("channel-text-letter");
    await letter.waitFor({ state: "visible", timeout: 45000 });
    await screenshot(page, "word-3-channels-letter");
    await page.getByTestId("channel-tab-sms").click();
    const smsText = await page.getByTestId("channel-text-sms").inputValue();
    expect(smsText).toContain("12. mai");
    await screenshot(page, "word-4-channels-sms");
    await page.getByTestId("channel-copy-sms").click();
    await expect_(page, "channels-announcement", "SMS er kopiert.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(smsText);

    // insert the letter at the end of the document
    await page.getByTestId("channel-tab-letter").click();
    const letterText = await letter.inputValue();
    await page.getByTestId("channel-insert-letter").click();
    await expect_(page, "channels-announcement", "Brev er satt inn på slutten av dokumentet.");
    const withLetter = await paras(page);
    expect(withLetter.slice(0, PARAGRAPHS.length)).toEqual(PARAGRAPHS);
    expect(withLetter[PARAGRAPHS.length]).toBe("");
    expect(withLetter.slice(PARAGRAPHS.length + 1).join("\n")).toBe(letterText.replace(/\r\n?/g, "\n").replace(/\n+$/, ""));

    // open as a new document: a .docx handed to createDocument
    await page.getByTestId("channel-open-letter").click();
    await expect_(page, "channels-announcement", "Brev er åpnet i et nytt dokument.");
    const created = await page.evaluate(() => (window as unknown as { __fakeWord: { created: string[] } }).__fakeWord.created.length);
    expect(created).toBe(1);
    await screenshot(page, "word-5-inserted");

    expect(errors).toEqual([]);
    expect(foreignRequests(requests, env.served.origin)).toEqual([]);
  } finally {
    await context.close();
  }
});

async function expect_(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor({ state: "attached", timeout: 10000 });
}

const PANEL_NAMES = {
  nb: { check: "Sjekk", channels: "Kanaler", settings: "Innstillinger", sms: "SMS", post: "Innlegg" },
  nn: { check: "Sjekk", channels: "Kanalar", settings: "Innstillingar", sms: "SMS", post: "Innlegg" },
  en: { check: "Check", channels: "Channels", settings: "Settings", sms: "SMS", post: "Post" },
} as const;

test.each(["nb", "nn", "en"] as const)("Word: axe finds no violations on any panel (%s)", async (lang) => {
  const { page, context } = await openWord(lang === "en" ? "en-US" : `${lang}-NO`);
  try {
    const names = PANEL_NAMES[lang];
    await axe(page, `${lang}/check`);
    await page.getByRole("tab", { name: names.channels }).click();
    await page.getByTestId("channel-text-letter").waitFor({ state: "visible", timeout: 45000 });
    await axe(page, `${lang}/channels/letter`);
    await page.getByTestId("channel-tab-sms").click();
    await page.getByTestId("channel-text-sms").fill("Vannet stenges 12. mai – «husk» å tappe vann…");
    await page.getByTestId("sms-ucs2").waitFor({ state: "visible" });
    await axe(page, `${lang}/channels/sms`);
    await screenshot(page, `word-sms-ucs2-${lang}`);
    await page.getByTestId("channel-tab-post").click();
    await axe(page, `${lang}/channels/post`);
    await screenshot(page, `word-post-${lang}`);
    await page.getByRole("tab", { name: names.settings }).click();
    await page.getByTestId("settings-sender-id").waitFor({ state: "visible" });
    await page.getByTestId("settings-sender-id").fill("Eksempelkommunen");
    await page.getByTestId("settings-sender-id").blur();
    await axe(page, `${lang}/settings`);
    await screenshot(page, `word-settings-${lang}`);
  } finally {
    await context.close();
  }
});

test("Word: the organisation's own word list reaches the checker; a broken profile file changes nothing", async () => {
  const { page, context, errors } = await openWord();
  try {
    await page.getByRole("tab", { name: "Innstillinger" }).click();
    await page.getByTestId("settings-new-word").fill("vannledning");
    await page.getByTestId("settings-new-alternative").fill("vannrør");
    await page.getByRole("button", { name: "Legg til ord" }).click();
    await page.getByTestId("settings-word-count").filter({ hasText: "1 ord i lista" }).waitFor();

    // a broken profile: clear message, the word list is unchanged
    await page.getByTestId("settings-import-file").setInputFiles({ name: "profil.json", mimeType: "application/json", buffer: Buffer.from('{"platforms": ["x", "myspace"]}') });
    await page.getByTestId("settings-status").filter({ hasText: "Profilen ble ikke importert, og ingenting er endret." }).waitFor();
    await page.getByTestId("settings-word-count").filter({ hasText: "1 ord i lista" }).waitFor();
    await screenshot(page, "word-settings-import-refused");

    await page.getByRole("tab", { name: "Sjekk" }).click();
    const custom = page.locator('[data-testid="finding"]', { hasText: "vannledning" }).first();
    await custom.waitFor({ state: "visible", timeout: 45000 });
    await expect_(page, "finding", "vannrør");
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
