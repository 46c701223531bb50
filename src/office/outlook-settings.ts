/**
 * Settings in Outlook: the mailbox's roaming settings, with this machine's local storage as the fallback.
 * - The value is stored as an object: `roamingSettings.set` serialises it to JSON itself ("The value is
 *   stored … as the serialized JSON representation of its data type", office.roamingsettings.yml), so
 *   passing our JSON string would serialise it twice and escape every quote.
 * - "A maximum of 32KB is available for the settings of each add-in" (same page); past it Outlook reports
 *   error 9057 "Size Limit Exceeded" (office-js#3060; error table in docs/reference/javascript-api-for-office-error-codes.md).
 *   We measure the UTF-8 bytes of the serialised setting with a margin for the other keys' framing, and
 *   still catch 9057 from `set` and from `saveAsync`, falling back to local storage.
 */
import { call, OutlookCallError, type RoamingSettings } from "./outlook-api";
import { SETTINGS_KEY, type SettingsStore } from "./settings-store";

/** The documented ceiling for one add-in's roaming settings, in bytes of serialised JSON. */
export const ROAMING_LIMIT_BYTES = 32 * 1024;
/** Kept free for the property bag's own framing. */
const FRAMING = 256;

export function serialisedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify({ [SETTINGS_KEY]: value })).length;
}

function isSizeLimit(e: unknown): boolean {
  return (e instanceof OutlookCallError || (typeof e === "object" && e !== null)) && (e as { code?: unknown }).code === 9057;
}

export interface RoamingStoreResult extends SettingsStore {
  /** Where the last save went. */
  lastSavedTo(): "roaming" | "local" | null;
}

export function roamingSettingsStore(rs: () => RoamingSettings | undefined, local: SettingsStore): RoamingStoreResult {
  let savedTo: "roaming" | "local" | null = null;

  async function dropRoaming(r: RoamingSettings) {
    try {
      r.remove(SETTINGS_KEY);
      await call<void>((cb) => r.saveAsync(cb));
    } catch {
      // nothing more to do: the local copy is what counts now
    }
  }

  return {
    async load() {
      try {
        const v = rs()?.get(SETTINGS_KEY);
        if (typeof v === "string") return v; // written by an older version (serialised twice)
        if (v !== undefined && v !== null) return JSON.stringify(v);
      } catch {
        // fall through to local storage
      }
      return local.load();
    },
    async save(json: string) {
      const r = rs();
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch {
        value = json;
      }
      if (r && serialisedBytes(value) <= ROAMING_LIMIT_BYTES - FRAMING) {
        try {
          r.set(SETTINGS_KEY, value);
          await call<void>((cb) => r.saveAsync(cb));
          savedTo = "roaming";
          return;
        } catch (e) {
          if (!isSizeLimit(e)) throw e;
          // 9057: too large after all — keep them on this machine
        }
      }
      if (r) await dropRoaming(r);
      await local.save(json);
      savedTo = "local";
    },
    lastSavedTo: () => savedTo,
  };
}
