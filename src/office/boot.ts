/**
 * The office.js guard. The page renders at once; this decides which host the pane talks to:
 * - office.js did not load (offline, blocked, plain browser without it): standalone;
 * - Office.onReady reports no host: standalone;
 * - Word or Outlook: that adapter, loaded lazily so the standalone page never pays for it.
 * If the adapter cannot start, the pane still works standalone and says why.
 *
 * A slow start: `Office.onReady` may take long, and never settles when office.js dependencies fail
 * (office-js#6040, #6148; docs/develop/initialize-add-in.md). Outside Office we stop waiting after the
 * timeout and run standalone, but keep listening: if onReady resolves late with a host, `late` resolves
 * with that host and the pane adopts it. Inside Office (the page got Office's `_host_Info`, or it is framed
 * by an Office web host) we never fall back to the standalone editor with its sample draft — the pane keeps
 * "connecting" until Office answers.
 */
import type { DraftHost, HostKind } from "./host";
import { createStandaloneHost } from "./standalone";
import { themeOf } from "./theme-color";
import { hostedByOffice, type BootGlobal } from "./hosted";

export { hostedByOffice, type BootGlobal } from "./hosted";

export { isDarkColor } from "./theme-color";

export type OfficeTheme = "light" | "dark";

export interface BootResult {
  host: DraftHost;
  mode: HostKind;
  /** Office's own theme when it tells us (Office.context.officeTheme). */
  officeTheme?: OfficeTheme;
  /** Why we fell back to standalone inside Office (adapter failed to start). */
  error?: string;
  /** Standalone after a timeout outside Office: resolves with the host if Office answers after all, else null. */
  late?: Promise<BootResult | null>;
}

interface ReadyInfo {
  host: unknown;
  platform: unknown;
}

/** What boot needs from the Office global; only the members we read. */
interface OfficeLike {
  onReady?: () => Promise<ReadyInfo | undefined>;
  HostType?: { Word?: unknown; Outlook?: unknown };
  context?: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor?: string } };
}

export interface BootOptions {
  /** How long to wait for Office.onReady before running standalone outside Office. */
  timeoutMs?: number;
  /** Where to look for `Office` and the page's location (default: globalThis). */
  global?: BootGlobal;
  /** Adapter factories; default: lazy imports of ./word and ./outlook. */
  createWordHost?: () => DraftHost | Promise<DraftHost>;
  createOutlookHost?: () => DraftHost | Promise<DraftHost>;
}

function officeThemeOf(O: OfficeLike): OfficeTheme | undefined {
  try {
    return themeOf(O.context?.officeTheme?.bodyBackgroundColor);
  } catch {
    return undefined;
  }
}

function kindOf(O: OfficeLike, info: ReadyInfo | null | undefined): "word" | "outlook" | null {
  if (!info || info.host == null || !O.HostType) return null;
  if (info.host === O.HostType.Word) return "word";
  if (info.host === O.HostType.Outlook) return "outlook";
  return null;
}

function readyOf(O: OfficeLike): Promise<ReadyInfo | null> {
  return Promise.resolve()
    .then(() => O.onReady!())
    .then((i) => i ?? null)
    .catch(() => null);
}

const TIMEOUT = Symbol("timeout");

async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([p, new Promise<typeof TIMEOUT>((resolve) => (timer = setTimeout(() => resolve(TIMEOUT), ms)))]);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** Which Office host we are in, or null for none (office.js absent, plain browser, or no answer in time). */
export async function detectOfficeHost(global: { Office?: unknown }, timeoutMs: number): Promise<"word" | "outlook" | null> {
  const O = global.Office as OfficeLike | undefined;
  if (!O || typeof O.onReady !== "function") return null;
  const info = await withTimeout(readyOf(O), timeoutMs);
  return info === TIMEOUT ? null : kindOf(O, info);
}

async function start(kind: "word" | "outlook", O: OfficeLike, options: BootOptions): Promise<BootResult> {
  try {
    const host =
      kind === "word"
        ? await (options.createWordHost ?? (async () => (await import(/* webpackChunkName: "word" */ "./word")).createWordHost()))()
        : await (options.createOutlookHost ?? (async () => (await import(/* webpackChunkName: "outlook" */ "./outlook")).createOutlookHost()))();
    return { host, mode: kind, officeTheme: officeThemeOf(O) };
  } catch (e) {
    return { host: createStandaloneHost(), mode: "standalone", officeTheme: officeThemeOf(O), error: e instanceof Error ? e.message : String(e) };
  }
}

export async function boot(options: BootOptions = {}): Promise<BootResult> {
  const global = options.global ?? (globalThis as BootGlobal);
  const O = global.Office as OfficeLike | undefined;
  if (!O || typeof O.onReady !== "function") return { host: createStandaloneHost(), mode: "standalone" };
  const ready = readyOf(O);
  let info = await withTimeout(ready, options.timeoutMs ?? 4000);
  if (info === TIMEOUT) {
    if (hostedByOffice(global)) {
      info = await ready; // inside Office: wait for Office, never the sample draft
    } else {
      const late = ready.then((i) => {
        const kind = kindOf(O, i);
        return kind ? start(kind, O, options) : null;
      });
      return { host: createStandaloneHost(), mode: "standalone", late };
    }
  }
  const kind = kindOf(O, info);
  if (kind === null) return { host: createStandaloneHost(), mode: "standalone" };
  return start(kind, O, options);
}
