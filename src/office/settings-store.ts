/** Settings storage outside Outlook: the browser's local storage. Never throws (private mode, quota). */

export const SETTINGS_KEY = "kanalklar.settings";

export interface SettingsStore {
  load(): Promise<string | null>;
  save(json: string): Promise<void>;
}

export function localSettingsStore(storage?: Pick<Storage, "getItem" | "setItem">): SettingsStore {
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
        return get()?.getItem(SETTINGS_KEY) ?? null;
      } catch {
        return null;
      }
    },
    async save(json: string) {
      const s = get();
      if (!s) throw new Error("no-storage");
      s.setItem(SETTINGS_KEY, json);
    },
  };
}
