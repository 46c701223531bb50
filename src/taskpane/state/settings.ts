/** Loading and saving the user's settings through the host (local storage or roaming settings). */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AnalyzeOptions, Language, Locale } from "../../core/model";
import type { DraftHost } from "../../office/host";
import { defaultSettings, type Settings } from "../settings/model";

const LOCALES: readonly Locale[] = ["nb", "nn", "en"];
const LANGS: readonly (Language | "auto")[] = ["nb", "nn", "en", "auto"];
const PLATFORMS = ["x", "facebook", "linkedin", "instagram"] as const;

const structuredCloneish = (s: Settings): Settings => JSON.parse(JSON.stringify(s)) as Settings;

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/**
 * Parse stored JSON into Settings: unknown keys are kept (other versions may have written them),
 * known keys with the wrong type fall back to the defaults. Never throws.
 */
export function parseSettings(json: string | null | undefined): Settings {
  let raw: unknown = null;
  try {
    raw = json ? JSON.parse(json) : null;
  } catch {
    raw = null;
  }
  const r = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  // Unknown keys are kept; every known key is checked below (defaults copied, never shared).
  const out: Settings & Record<string, unknown> = { ...r, ...structuredCloneish(defaultSettings) };

  if (LOCALES.includes(r.uiLanguage as Locale)) out.uiLanguage = r.uiLanguage as Locale;
  else delete out.uiLanguage;
  if (LANGS.includes(r.checkLanguage as Language)) out.checkLanguage = r.checkLanguage as Language | "auto";
  for (const k of ["senderName", "smsSenderId", "contactPhone", "contactWeb"] as const) {
    const v = str(r[k]);
    if (v !== undefined) out[k] = v;
    else delete out[k];
  }
  if (r.smsLinks === "none" || r.smsLinks === "domain" || r.smsLinks === "url") out.smsLinks = r.smsLinks;
  if (Array.isArray(r.hashtags)) out.hashtags = r.hashtags.filter((h): h is string => typeof h === "string");
  if (Array.isArray(r.platforms)) out.platforms = r.platforms.filter((p): p is (typeof PLATFORMS)[number] => (PLATFORMS as readonly unknown[]).includes(p));
  if (Array.isArray(r.customWords)) {
    out.customWords = r.customWords
      .filter((w): w is { word: string; alternative: string } => !!w && typeof w === "object" && typeof (w as { word?: unknown }).word === "string" && typeof (w as { alternative?: unknown }).alternative === "string")
      .map((w) => ({ word: w.word, alternative: w.alternative }));
  }
  if (r.ruleOptions && typeof r.ruleOptions === "object" && !Array.isArray(r.ruleOptions)) {
    const ro: Record<string, Record<string, unknown> | false> = {};
    for (const [id, v] of Object.entries(r.ruleOptions as Record<string, unknown>)) {
      if (v === false) ro[id] = false;
      else if (v && typeof v === "object" && !Array.isArray(v)) ro[id] = v as Record<string, unknown>;
    }
    out.ruleOptions = ro;
  } else delete out.ruleOptions;
  return out;
}

export interface SettingsState {
  settings: Settings;
  loaded: boolean;
  /** Replace the settings and save them; saving errors are reported, never thrown. */
  update(next: Settings): void;
  saveError: string | null;
}

export function useSettings(host: DraftHost): SettingsState {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [loaded, setLoaded] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const touched = useRef(false);

  useEffect(() => {
    let live = true;
    host
      .loadSettings()
      .catch(() => null)
      .then((json) => {
        if (!live) return;
        // A change made before loading finished wins over what was stored.
        if (!touched.current) setSettings(parseSettings(json));
        setLoaded(true);
      });
    return () => {
      live = false;
    };
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
