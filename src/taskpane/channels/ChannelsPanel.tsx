// Placeholder: the «Kanaler» panel is built by issue 5. Props are the contract with the app shell.
import type { DraftHost, DraftSnapshot } from "../../office/host";
import type { Locale } from "../../core/model";
import type { Settings } from "../settings/model";

export interface ChannelsPanelProps {
  host: DraftHost;
  draft: DraftSnapshot | null;
  locale: Locale;
  settings: Settings;
}

export function ChannelsPanel(_props: ChannelsPanelProps) {
  return null;
}
