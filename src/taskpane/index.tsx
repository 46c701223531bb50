/** Taskpane entry: render at once, boot the host (office.js guard), analyse in a Web Worker. */
import { createRoot } from "react-dom/client";
import { boot } from "../office/boot";
import { createMainThreadAnalyzer, createWorkerAnalyzer, type WorkerLike } from "./analysis/analyzer";
import type { StandaloneHost } from "../office/standalone";
import { Shell, browserLangs } from "./App";
import { pickLocale } from "./i18n/locale";
import { analyzeOptionsFor, settingsFromStorage } from "./state/settings";

function createAnalyzer() {
  if (typeof Worker === "undefined") return createMainThreadAnalyzer();
  return createWorkerAnalyzer(
    () => new Worker(new URL(/* webpackChunkName: "analysis" */ "./analysis/analysis.worker.ts", import.meta.url)) as unknown as WorkerLike,
    undefined,
    { eager: true },
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
const booted = boot().finally(() => mark("kanalklar:booted"));

// In the browser the draft is known at once: start checking it while the pane renders. The pane's
// own first request (same text, same options) then picks up this result.
void booted.then(async ({ host }) => {
  if (host.kind !== "standalone") return;
  const settings = settingsFromStorage(await host.loadSettings().catch(() => null));
  const locale = pickLocale(settings.uiLanguage, host.displayLanguage, browserLangs());
  await analyzer.analyze((host as StandaloneHost).getText(), analyzeOptionsFor(settings, locale)).catch(() => null);
});

const el = document.getElementById("root");
if (el) createRoot(el).render(<Shell boot={booted} analyzer={analyzer} />);
