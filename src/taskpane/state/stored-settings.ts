/** Settings as stored, and the checker's options for them (no React here: the page's first script uses it). */
import type { AnalyzeOptions, Locale } from "../../core/model";
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

/** The checker's options for these settings and UI language (one place, so every caller agrees). */
export function analyzeOptionsFor(settings: Settings, locale: Locale): AnalyzeOptions {
  return { language: settings.checkLanguage ?? "auto", locale, ruleOptions: settings.ruleOptions, customWords: settings.customWords };
}
