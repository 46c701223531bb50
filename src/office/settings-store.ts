/**
 * Settings storage outside roaming settings: the browser's local storage. Never throws on load
 * (private mode, quota); save throws so the caller can tell the user.
 *
 * Keys are prefixed with `Office.context.partitionKey` when Office gives one: in Office on the web and
 * new Outlook, add-ins share the browser's storage per origin, and Microsoft asks add-ins to prefix their
 * keys with the partition key (learn.microsoft.com "Persist add-in state and settings",
 * docs/develop/persisting-add-in-state-and-settings.md, "Browser storage" section; Office.Context.partitionKey).
 */

export const SETTINGS_KEY = "kanalklar.settings";

export interface SettingsStore {
  load(): Promise<string | null>;
  save(json: string): Promise<void>;
}

/** Office.context.partitionKey, or "" outside Office / where storage is not partitioned. */
export function partitionKey(): string {
  try {
    const k = (globalThis as { Office?: { context?: { partitionKey?: unknown } } }).Office?.context?.partitionKey;
    return typeof k === "string" ? k : "";
  } catch {
    return "";
  }
}

export function localSettingsStore(storage?: Pick<Storage, "getItem" | "setItem">, key: string = partitionKey() + SETTINGS_KEY): SettingsStore {
  const get = () => {
    if (storage) return storage;
    try {
      return (globalThis as { localStorage?: Storage }).localStorage ?? null;
    } catch {
      return null;
    }
  };
  return {
    async load() {
      try {
        return get()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    async save(json: string) {
      const s = get();
      if (!s) throw new Error("no-storage");
      s.setItem(key, json);
    },
  };
}
