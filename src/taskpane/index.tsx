/** Taskpane entry: render at once, boot the host (office.js guard), analyse in a Web Worker. */
import { createRoot } from "react-dom/client";
import { boot } from "../office/boot";
import { createMainThreadAnalyzer, createWorkerAnalyzer, type WorkerLike } from "./analysis/analyzer";
import { LONG_DRAFT, type StandaloneHost } from "../office/standalone";
import { takeEarly } from "./analysis/early";
import { App, Shell, type Booted } from "./App";
import { browserLangs } from "./i18n/pick-locale";
import { pickLocale } from "./i18n/locale";
import { analyzeOptionsFor, settingsFromStorage } from "./state/settings";

function createAnalyzer() {
  if (typeof Worker === "undefined") return createMainThreadAnalyzer();
  // The worker early-worker.ts started, with the page's first check already under way in it.
  const early = takeEarly();
  return createWorkerAnalyzer(
    () => (early?.worker as unknown as WorkerLike | undefined) ?? new Worker(new URL(/* webpackChunkName: "analysis" */ "./analysis/analysis.worker.ts", import.meta.url)) as unknown as WorkerLike,
    undefined,
    { eager: true, first: early?.first },
  );
}

const mark = (name: string) => {
  try {
    performance.mark(name);
  } catch {
    // measurement aid only
  }
};
mark("kanalklar:start");
const analyzer = createAnalyzer();

// Boot (office.js guard), then read the settings once for both the early check and the pane.
// In the browser the draft is known at once: read it here, so the pane starts with it.
const ready: Promise<Booted> = boot()
  .then(async (b) => ({
    ...b,
    settings: settingsFromStorage(await b.host.loadSettings().catch(() => null)),
    draft: b.host.kind === "standalone" ? await b.host.readDraft("body").catch(() => undefined) : undefined,
  }))
  .finally(() => mark("kanalklar:booted"));

// …and check it (early-worker.ts has usually posted it to the worker already: the same text with the
// same options takes that answer). The pane's own first request then picks up this result.
const firstCheck = ready.then(({ host, settings, draft }) => {
  if (host.kind !== "standalone" || !settings) return null;
  const locale = pickLocale(settings.uiLanguage, host.displayLanguage, browserLangs());
  const text = draft?.text ?? (host as StandaloneHost).getText();
  const options = analyzeOptionsFor(settings, locale);
  return { text, options, result: analyzer.analyze(text, options).catch(() => null) };
});
void firstCheck.then(async (first) => {
  if (!first) return;
  await first.result;
  mark("kanalklar:early-result");
});

/**
 * How long the browser page waits, once booted, for the first check of a short draft before rendering
 * the pane without it. When the answer comes by then, the pane renders (and paints) once, with the
 * findings, instead of twice. On a busy machine the worker's answer often came later than 200 ms after
 * booting: the pane then rendered without findings first, and that render took CPU time from the
 * worker (the page's threads share the machine with everything else), so the findings came later
 * still. Measured with scripts/measure-load.mjs on a shared 2-core machine.
 */
const FIRST_CHECK_WAIT_MS = 500;

// Render at once; if booting is quick (the browser page), skip the "connecting" spinner.
const el = document.getElementById("root");
if (el) {
  const root = createRoot(el);
  let rendered = false;
  const quick = setTimeout(() => {
    rendered = true;
    root.render(<Shell boot={ready} analyzer={analyzer} />);
  }, 150);
  void ready.then(async (b) => {
    if (rendered) return;
    clearTimeout(quick);
    const first = await firstCheck.catch(() => null);
    const wait = first && first.text.length < LONG_DRAFT ? FIRST_CHECK_WAIT_MS : 0;
    const result = first ? await Promise.race([first.result, new Promise<null>((ok) => setTimeout(() => ok(null), wait))]) : null;
    const initialResult = first && result ? { text: first.text, options: first.options, result } : undefined;
    if (rendered) return;
    rendered = true;
    root.render(<App host={b.host} mode={b.mode} analyzer={analyzer} officeTheme={b.officeTheme} bootError={b.error} initialSettings={b.settings} initialDraft={b.draft} initialResult={initialResult} />);
  });
  // Office answered after the pane had gone standalone (a slow start outside Office): adopt the host.
  void ready.then((b) =>
    b.late?.then(async (l) => {
      if (!l) return;
      const settings = settingsFromStorage(await l.host.loadSettings().catch(() => null));
      clearTimeout(quick);
      rendered = true;
      root.render(<App key={l.mode} host={l.host} mode={l.mode} analyzer={analyzer} officeTheme={l.officeTheme} bootError={l.error} initialSettings={settings} />);
    }),
  );
}
