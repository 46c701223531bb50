/** User settings as stored (JSON). Owned by the settings work (issue 5); extend with optional fields. */
import type { Language, Locale } from "../../core/model";

export interface Settings {
  uiLanguage?: Locale;
  /** Language of the draft: detect when "auto". */
  checkLanguage?: Language | "auto";
  senderName?: string;
  smsSenderId?: string;
  contactPhone?: string;
  contactWeb?: string;
  smsLinks?: "none" | "domain" | "url";
  hashtags?: string[];
  platforms?: Array<"x" | "facebook" | "linkedin" | "instagram">;
  /** Organisation word list used by the checker. */
  customWords?: Array<{ word: string; alternative: string }>;
  ruleOptions?: Record<string, Record<string, unknown> | false>;
}

export const defaultSettings: Settings = { checkLanguage: "auto", smsLinks: "none", hashtags: [], platforms: ["x", "facebook", "linkedin", "instagram"], customWords: [] };
