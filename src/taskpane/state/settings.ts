/** Loading and saving the user's settings through the host (local storage or roaming settings). */
import { useCallback, useEffect, useRef, useState } from "react";
import type { DraftHost } from "../../office/host";
import { defaultSettings, type Settings } from "../settings/model";
import { settingsFromStorage } from "./stored-settings";

export { analyzeOptionsFor, settingsFromStorage } from "./stored-settings";

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** Replace the settings and save them; saving errors are reported, never thrown. */
  update(next: Settings): void;
  saveError: string | null;
}

/** Settings from the host; `initial` (already loaded at start-up) skips the first load. */
export function useSettings(host: DraftHost, initial?: Settings): SettingsState {
  const [settings, setSettings] = useState<Settings>(initial ?? defaultSettings);
  const [loaded, setLoaded] = useState(initial !== undefined);
  const [saveError, setSaveError] = useState<string | null>(null);
  const touched = useRef(false);

  useEffect(() => {
    if (initial !== undefined) return;
    let live = true;
    host
      .loadSettings()
      .catch(() => null)
      .then((json) => {
        if (!live) return;
        // A change made before loading finished wins over what was stored.
        if (!touched.current) setSettings(settingsFromStorage(json));
        setLoaded(true);
      });
    return () => {
      live = false;
    };
    // `initial` only matters on the first render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  const update = useCallback(
    (next: Settings) => {
      touched.current = true;
      setSettings(next);
      let json: string;
      try {
        json = JSON.stringify(next);
      } catch (e) {
        setSaveError(e instanceof Error ? e.message : String(e));
        return;
      }
      host.saveSettings(json).then(
        () => setSaveError(null),
        (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e)),
      );
    },
    [host],
  );

  return { settings, loaded, update, saveError };
}
