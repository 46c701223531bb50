/**
 * The office.js guard. The page renders at once; this decides which host the pane talks to:
 * - office.js did not load (offline, blocked, plain browser without it): standalone;
 * - Office.onReady reports no host, or never settles within the timeout: standalone;
 * - Word or Outlook: that adapter, loaded lazily so the standalone page never pays for it.
 * If the adapter cannot start, the pane still works standalone and says why.
 */
import type { DraftHost, HostKind } from "./host";
import { createStandaloneHost } from "./standalone";
import { isDarkColor } from "./theme-color";

export { isDarkColor } from "./theme-color";

export type OfficeTheme = "light" | "dark";

export interface BootResult {
  host: DraftHost;
  mode: HostKind;
  /** Office's own theme when it tells us (Office.context.officeTheme). */
  officeTheme?: OfficeTheme;
  /** Why we fell back to standalone inside Office (adapter failed to start). */
  error?: string;
}

/** What boot needs from the Office global; only the members we read. */
interface OfficeLike {
  onReady?: () => Promise<{ host: unknown; platform: unknown } | undefined>;
  HostType?: { Word?: unknown; Outlook?: unknown };
  context?: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor?: string } };
}

export interface BootOptions {
  /** How long to wait for Office.onReady (it may never settle when office.js dependencies fail). */
  timeoutMs?: number;
  /** Where to look for `Office` (default: globalThis). */
  global?: { Office?: unknown };
  /** Adapter factories; default: lazy imports of ./word and ./outlook. */
  createWordHost?: () => DraftHost | Promise<DraftHost>;
  createOutlookHost?: () => DraftHost | Promise<DraftHost>;
}

function officeThemeOf(O: OfficeLike): OfficeTheme | undefined {
  try {
    const dark = isDarkColor(O.context?.officeTheme?.bodyBackgroundColor);
    return dark === undefined ? undefined : dark ? "dark" : "light";
  } catch {
    return undefined;
  }
}

/** Which Office host we are in, or null for none (office.js absent, plain browser, or no answer in time). */
export async function detectOfficeHost(global: { Office?: unknown }, timeoutMs: number): Promise<"word" | "outlook" | null> {
  const O = global.Office as OfficeLike | undefined;
  if (!O || typeof O.onReady !== "function") return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const info = await Promise.race([
      Promise.resolve()
        .then(() => O.onReady!())
        .catch(() => null),
      new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), timeoutMs);
      }),
    ]);
    if (!info || info.host == null) return null;
    if (O.HostType && info.host === O.HostType.Word) return "word";
    if (O.HostType && info.host === O.HostType.Outlook) return "outlook";
    return null;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

export async function boot(options: BootOptions = {}): Promise<BootResult> {
  const global = options.global ?? (globalThis as { Office?: unknown });
  const kind = await detectOfficeHost(global, options.timeoutMs ?? 4000);
  if (kind === null) return { host: createStandaloneHost(), mode: "standalone" };
  const O = global.Office as OfficeLike;
  try {
    const host =
      kind === "word"
        ? await (options.createWordHost ?? (async () => (await import(/* webpackChunkName: "word" */ "./word")).createWordHost()))()
        : await (options.createOutlookHost ?? (async () => (await import(/* webpackChunkName: "outlook" */ "./outlook")).createOutlookHost()))();
    return { host, mode: kind, officeTheme: officeThemeOf(O) };
  } catch (e) {
    return {
      host: createStandaloneHost(),
      mode: "standalone",
      officeTheme: officeThemeOf(O),
      error: e instanceof Error ? e.message : String(e),
    };
  }
}
