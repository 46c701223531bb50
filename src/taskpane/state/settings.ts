/** Loading and saving the user's settings through the host (local storage or roaming settings). */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalyzeOptions, Locale } from "../../core/model";
import type { DraftHost } from "../../office/host";
import { defaultSettings, parseSettings, type Settings } from "../settings/model";

/**
 * Settings as stored: parsed with the settings model's strict parser and laid over the defaults.
 * Missing or unreadable settings give the defaults (the stored text is left alone until the user
 * changes something). Never throws.
 */
export function settingsFromStorage(json: string | null | undefined): Settings {
  const base: Settings = JSON.parse(JSON.stringify(defaultSettings)) as Settings;
  if (typeof json !== "string" || json.trim() === "") return base;
  try {
    const r = parseSettings(json);
    return r.ok ? { ...base, ...r.settings } : base;
  } catch {
    return base;
  }
}

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

/** The checker's options for these settings and UI language (one place, so every caller agrees). */
export function analyzeOptionsFor(settings: Settings, locale: Locale): AnalyzeOptions {
  return { language: settings.checkLanguage ?? "auto", locale, ruleOptions: settings.ruleOptions, customWords: settings.customWords };
}
