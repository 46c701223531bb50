// Placeholder: the «Innstillinger» panel is built by issue 5. Props are the contract with the app shell.
import type { DraftHost } from "../../office/host";
import type { Locale } from "../../core/model";
import type { Settings } from "./model";

export interface SettingsPanelProps {
  host: DraftHost;
  locale: Locale;
  settings: Settings;
  onChange(settings: Settings): void;
}

export function SettingsPanel(_props: SettingsPanelProps) {
  return null;
}
