/**
 * An `Office` global whose `onReady` resolves late (or never), for the boot tests. office.js's onReady
 * can take seconds on a cold start and never settles when its dependencies fail to load
 * (office-js#6040, #6148; docs/develop/initialize-add-in.md).
 */
export const HOST_TYPE = { Word: "Word", Outlook: "Outlook", Excel: "Excel" };

export interface LateOffice {
  Office: { HostType: typeof HOST_TYPE; onReady(): Promise<{ host: string | null; platform: string | null }>; context: object };
  /** Resolve onReady now (for delay "manual"). */
  resolve(): void;
}

export function lateOffice(host: "Word" | "Outlook" | null, delay: number | "manual" | "never"): LateOffice {
  let resolveNow: () => void = () => undefined;
  const info = { host, platform: host ? "OfficeOnline" : null };
  const ready = new Promise<{ host: string | null; platform: string | null }>((resolve) => {
    resolveNow = () => resolve(info);
    if (typeof delay === "number") setTimeout(() => resolve(info), delay);
  });
  return { Office: { HostType: HOST_TYPE, onReady: () => ready, context: {} }, resolve: () => resolveNow() };
}

/** location/top/self of a task pane page that Office opened: `_host_Info` in the query. */
export function officePage(search = "?_host_Info=Word$Win32$16.01$nb-NO$$$$0") {
  const self = {};
  return { location: { search, hash: "" }, top: self, self };
}

/** A page framed by Word on the web (no _host_Info left in the URL). */
export function framedByOfficeWeb() {
  return { location: { search: "", hash: "", ancestorOrigins: ["https://word-edit.officeapps.live.com"] }, top: {}, self: {} };
}

/** A page in a plain browser tab. */
export function plainPage() {
  const self = {};
  return { location: { search: "", hash: "" }, top: self, self };
}
