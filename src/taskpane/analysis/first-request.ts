/**
 * The browser page's first check, worked out before the pane's scripts load: the draft the page will
 * start with (the stored one, else the sample) and the options the pane will check it with. The
 * page's first script (early-worker.ts) posts it to the analysis worker at once; the pane takes the
 * result when its own first request is for the same text with the same options (and asks again
 * otherwise). React-free and small on purpose.
 */
import type { AnalyzeOptions } from "../../core/model";
import { DRAFT_KEY, SETTINGS_KEY, decodeDraft, type KeyValueStore } from "../../office/standalone";
import { SAMPLE_DRAFT } from "../../office/sample-draft";
import { browserLangs, pickLocale } from "../i18n/pick-locale";
import { analyzeOptionsFor, settingsFromStorage } from "../state/stored-settings";

export interface FirstRequest {
  text: string;
  options: AnalyzeOptions;
}

/** The draft and options the standalone pane starts with; never throws (null when storage is unreadable). */
export function standaloneFirstRequest(storage: KeyValueStore | null, now: number, languages: readonly string[] = browserLangs()): FirstRequest | null {
  try {
    const raw = storage ? storage.getItem(DRAFT_KEY) : null;
    const text = decodeDraft(raw, now) ?? SAMPLE_DRAFT;
    const settings = settingsFromStorage(storage ? storage.getItem(SETTINGS_KEY) : null);
    const locale = pickLocale(settings.uiLanguage, undefined, languages);
    return { text, options: analyzeOptionsFor(settings, locale) };
  } catch {
    return null;
  }
}
