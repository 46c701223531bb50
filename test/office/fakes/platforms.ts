/**
 * What each client answers to `Office.context.requirements.isSetSupported`, as a table. The fakes
 * answer from it so the adapters are tested against the platforms people use, not a host that has
 * every API. Sources (learn.microsoft.com requirement-set pages, from OfficeDev/office-js-docs-reference):
 * - Word: docs/requirement-sets/word/word-api-requirement-sets.md — Office 2019 and Office 2021 (one-time
 *   purchase) stop at WordApi 1.3; 1.4 needs Microsoft 365 Version 2208 (Mac 16.64); 1.6 Version 2308.
 *   Word on the web and current Microsoft 365 builds have everything we use (1.9 here).
 * - Outlook: docs/requirement-sets/outlook/outlook-api-requirement-sets.md — web and new Outlook on
 *   Windows, classic Outlook on Windows (Microsoft 365) and new Outlook on Mac support Mailbox 1.14;
 *   `bodyMode` in `body.getAsync` is honoured only in Outlook on the web and new Outlook on Windows
 *   (office.body.yml, getAsync remarks) — classic Windows and Mac ignore it and return the whole thread.
 * When in doubt the table is stricter than Office (a set is missing rather than present).
 */

export type WordPlatform = "web" | "365" | "2019" | "2021" | "mac";
export type OutlookPlatform = "web" | "new" | "classic" | "mac";

export interface PlatformInfo {
  /** Highest supported version per requirement set name. */
  sets: Record<string, string>;
  /** Office.context.platform (Office.PlatformType). */
  platform: "OfficeOnline" | "PC" | "Mac";
  /** Office.context.mailbox.diagnostics.hostName (Outlook only). */
  hostName?: string;
  /** Whether `body.getAsync(…, { bodyMode })` is honoured (Outlook only). */
  honoursBodyMode?: boolean;
}

export const WORD_PLATFORMS: Record<WordPlatform, PlatformInfo> = {
  web: { sets: { WordApi: "1.9" }, platform: "OfficeOnline" },
  "365": { sets: { WordApi: "1.9" }, platform: "PC" },
  mac: { sets: { WordApi: "1.9" }, platform: "Mac" },
  "2019": { sets: { WordApi: "1.3" }, platform: "PC" },
  "2021": { sets: { WordApi: "1.3" }, platform: "PC" },
};

export const OUTLOOK_PLATFORMS: Record<OutlookPlatform, PlatformInfo> = {
  web: { sets: { Mailbox: "1.14" }, platform: "OfficeOnline", hostName: "OutlookWebApp", honoursBodyMode: true },
  new: { sets: { Mailbox: "1.14" }, platform: "OfficeOnline", hostName: "newOutlookWindows", honoursBodyMode: true },
  classic: { sets: { Mailbox: "1.14" }, platform: "PC", hostName: "Outlook", honoursBodyMode: false },
  mac: { sets: { Mailbox: "1.14" }, platform: "Mac", hostName: "Outlook", honoursBodyMode: false },
};

export function versionLE(a: string, b: string): boolean {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

/** isSetSupported answered from a table: unknown sets are unsupported; no version means "1.1". */
export function isSetSupportedFrom(sets: Record<string, string>) {
  return (name: string, version?: string): boolean => {
    const max = sets[name];
    return max !== undefined && versionLE(version ?? "1.1", max);
  };
}
