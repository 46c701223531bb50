/** User settings as stored (JSON). Owned by the settings work (issue 5); extend with optional fields. */
import type { Language, Locale } from "../../core/model";
import { RULE_IDS } from "../../core/rules/ids";

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
  /** Words the user accepted from a card («Legg til i ordlista»): never flagged again. */
  allowedWords?: string[];
  ruleOptions?: Record<string, Record<string, unknown> | false>;
}

export const defaultSettings: Settings = { checkLanguage: "auto", smsLinks: "none", hashtags: [], platforms: ["x", "facebook", "linkedin", "instagram"], customWords: [] };

// ---------------------------------------------------------------------------------------------
// Validation and the organisation profile (issue 5). Nothing here throws on bad input.

export type Platform = "x" | "facebook" | "linkedin" | "instagram";
export const PLATFORMS: readonly Platform[] = ["x", "facebook", "linkedin", "instagram"];
const LOCALES: readonly Locale[] = ["nb", "nn", "en"];
const CHECK_LANGS: readonly (Language | "auto")[] = ["auto", "nb", "nn", "en"];

/** SMS sender ids: at most 11 characters (channels profile `sms.senderIdMax`). */
export const SENDER_ID_MAX = 11;

export type SenderIdProblem = "too-long" | "chars" | "no-letter";

/**
 * An alphanumeric SMS sender id: 1–11 characters, letters A–Z (no æ, ø, å: many operators and
 * aggregators reject them), digits and space, as the channels core accepts; at least one letter (only
 * digits would pass for a phone number). Empty means "not set" and is valid.
 */
export function validateSenderId(id: string): SenderIdProblem | null {
  if (id === "") return null;
  if (Array.from(id).length > SENDER_ID_MAX) return "too-long";
  if (!/^[A-Za-z0-9 ]+$/.test(id)) return "chars";
  if (!/[A-Za-z]/.test(id)) return "no-letter";
  return null;
}

/** Why an imported file was refused; `field` names the offending key (with index for lists). */
export interface SettingsError {
  code: "not-json" | "not-object" | "bad-field" | "sender-id" | "empty-word" | "duplicate-word" | "too-large" | "too-long" | "too-many" | "nothing-known";
  field?: string;
  detail?: string;
}

/** What an import took and what it left out (unknown keys, unknown rule ids), for an honest message. */
export type ParseResult = { ok: true; settings: Settings; ignored?: string[] } | { ok: false; error: SettingsError };

/** Longest text per field (characters); longer is refused, not cut. */
export const TEXT_MAX = { senderName: 200, contactPhone: 50, contactWeb: 300, smsSenderId: 11 } as const;
export const WORD_MAX = 100;
export const ALTERNATIVE_MAX = 200;
export const WORDS_MAX = 5000;
export const HASHTAGS_MAX = 30;
/** Rule ids a profile may switch off (others are ignored and named): every rule of the core's registry. */
export { RULE_IDS };
const KNOWN_KEYS = new Set([
  "kind",
  "version",
  "uiLanguage",
  "checkLanguage",
  "senderName",
  "smsSenderId",
  "contactPhone",
  "contactWeb",
  "smsLinks",
  "hashtags",
  "platforms",
  "customWords",
  "allowedWords",
  "ruleOptions",
]);

/** Largest profile file we read (a word list of several thousand entries fits easily). */
export const PROFILE_MAX_BYTES = 1_000_000;

/** Marker written into exported profiles. */
export const PROFILE_KIND = "kanalklar-profile";

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/**
 * Strictly parse a settings or organisation-profile JSON file. Every known key must have the right
 * type; anything wrong is reported (first problem only) and nothing is returned. Unknown keys are
 * ignored. `customWords` may be a list of { word, alternative } or an object { word: alternative }.
 */
export function parseSettings(json: string): ParseResult {
  if (typeof json !== "string") return { ok: false, error: { code: "not-json" } };
  if (json.length > PROFILE_MAX_BYTES) return { ok: false, error: { code: "too-large" } };
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, error: { code: "not-json", detail: e instanceof Error ? e.message : undefined } };
  }
  if (!isObj(raw)) return { ok: false, error: { code: "not-object" } };
  const bad = (field: string): ParseResult => ({ ok: false, error: { code: "bad-field", field } });
  const tooLong = (field: string, max: number): ParseResult => ({ ok: false, error: { code: "too-long", field, detail: String(max) } });
  const tooMany = (field: string, max: number): ParseResult => ({ ok: false, error: { code: "too-many", field, detail: String(max) } });
  const out: Settings = {};
  const ignored = Object.keys(raw).filter((k) => !KNOWN_KEYS.has(k));
  if (!Object.keys(raw).some((k) => KNOWN_KEYS.has(k) && k !== "kind" && k !== "version")) {
    return { ok: false, error: { code: "nothing-known", detail: ignored.slice(0, 5).map((k) => k.slice(0, 40)).join(", ") } };
  }

  if ("uiLanguage" in raw) {
    if (!LOCALES.includes(raw.uiLanguage as Locale)) return bad("uiLanguage");
    out.uiLanguage = raw.uiLanguage as Locale;
  }
  if ("checkLanguage" in raw) {
    if (!CHECK_LANGS.includes(raw.checkLanguage as Language)) return bad("checkLanguage");
    out.checkLanguage = raw.checkLanguage as Language | "auto";
  }
  for (const k of ["senderName", "contactPhone", "contactWeb", "smsSenderId"] as const) {
    if (!(k in raw)) continue;
    if (typeof raw[k] !== "string") return bad(k);
    const v = (raw[k] as string).trim();
    if (v.length > TEXT_MAX[k]) return k === "smsSenderId" ? { ok: false, error: { code: "sender-id", field: k, detail: "too-long" } } : tooLong(k, TEXT_MAX[k]);
    out[k] = v;
  }
  if (out.smsSenderId !== undefined) {
    const p = validateSenderId(out.smsSenderId);
    if (p) return { ok: false, error: { code: "sender-id", field: "smsSenderId", detail: p } };
  }
  if ("smsLinks" in raw) {
    if (raw.smsLinks !== "none" && raw.smsLinks !== "domain" && raw.smsLinks !== "url") return bad("smsLinks");
    out.smsLinks = raw.smsLinks;
  }
  if ("hashtags" in raw) {
    if (!Array.isArray(raw.hashtags) || !raw.hashtags.every((h) => typeof h === "string")) return bad("hashtags");
    if (raw.hashtags.length > HASHTAGS_MAX) return tooMany("hashtags", HASHTAGS_MAX);
    const long = (raw.hashtags as string[]).findIndex((h) => h.length > WORD_MAX);
    if (long >= 0) return tooLong(`hashtags[${long}]`, WORD_MAX);
    out.hashtags = normalizeHashtags(raw.hashtags as string[]);
  }
  if ("platforms" in raw) {
    if (!Array.isArray(raw.platforms) || !raw.platforms.every((p) => PLATFORMS.includes(p as Platform))) return bad("platforms");
    out.platforms = PLATFORMS.filter((p) => (raw.platforms as unknown[]).includes(p));
  }
  if ("customWords" in raw) {
    const cw = raw.customWords;
    let list: Array<{ word: unknown; alternative: unknown }>;
    if (Array.isArray(cw)) {
      if (!cw.every(isObj)) return bad("customWords");
      list = cw as Array<{ word: unknown; alternative: unknown }>;
    } else if (isObj(cw)) {
      list = Object.entries(cw).map(([word, alternative]) => ({ word, alternative }));
    } else return bad("customWords");
    if (list.length > WORDS_MAX) return tooMany("customWords", WORDS_MAX);
    const words: Array<{ word: string; alternative: string }> = [];
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      const { word, alternative } = list[i]!;
      if (typeof word !== "string" || typeof alternative !== "string") return bad(`customWords[${i}]`);
      const w = word.trim();
      if (!w) return { ok: false, error: { code: "empty-word", field: `customWords[${i}]` } };
      if (w.length > WORD_MAX) return tooLong(`customWords[${i}].word`, WORD_MAX);
      if (alternative.trim().length > ALTERNATIVE_MAX) return tooLong(`customWords[${i}].alternative`, ALTERNATIVE_MAX);
      const key = w.toLowerCase();
      if (seen.has(key)) return { ok: false, error: { code: "duplicate-word", field: `customWords[${i}]`, detail: w.slice(0, 40) } };
      seen.add(key);
      words.push({ word: w, alternative: alternative.trim() });
    }
    out.customWords = words;
  }
  if ("allowedWords" in raw) {
    const aw = raw.allowedWords;
    if (!Array.isArray(aw) || !aw.every((w) => typeof w === "string")) return bad("allowedWords");
    if (aw.length > WORDS_MAX) return tooMany("allowedWords", WORDS_MAX);
    const list: string[] = [];
    for (let i = 0; i < aw.length; i++) {
      const w = (aw[i] as string).trim();
      if (w.length > WORD_MAX) return tooLong(`allowedWords[${i}]`, WORD_MAX);
      if (w && !list.some((x) => x.toLowerCase() === w.toLowerCase())) list.push(w);
    }
    out.allowedWords = list;
  }
  if ("ruleOptions" in raw) {
    if (!isObj(raw.ruleOptions)) return bad("ruleOptions");
    const ro: Record<string, Record<string, unknown> | false> = {};
    for (const [id, v] of Object.entries(raw.ruleOptions)) {
      if (!(RULE_IDS as readonly string[]).includes(id)) {
        ignored.push(`ruleOptions.${id.slice(0, 40)}`);
        continue;
      }
      if (v === false) ro[id] = false;
      else if (isObj(v)) ro[id] = v;
      else return bad(`ruleOptions.${id}`);
    }
    out.ruleOptions = ro;
  }
  return ignored.length ? { ok: true, settings: out, ignored: ignored.map((k) => k.slice(0, 60)) } : { ok: true, settings: out };
}

/** "#Vann", "vann", " #stengt vann " → ["#Vann", "#vann"...]: trimmed, one leading #, no spaces, no duplicates. */
export function normalizeHashtags(tags: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of tags) {
    for (const part of t.split(/[\s,]+/)) {
      const body = part.replace(/^#+/, "").replace(/[^\p{L}\p{N}_]/gu, "");
      if (!body) continue;
      const tag = "#" + body;
      if (seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** Merge an imported profile into the current settings: only keys present in the profile change. */
export function mergeSettings(current: Settings, imported: Settings): Settings {
  return { ...current, ...imported };
}

/** The organisation profile as JSON: everything shared across a team (not the personal UI language). */
export function exportProfile(s: Settings): string {
  const profile = {
    kind: PROFILE_KIND,
    version: 1,
    senderName: s.senderName ?? "",
    smsSenderId: s.smsSenderId ?? "",
    contactPhone: s.contactPhone ?? "",
    contactWeb: s.contactWeb ?? "",
    smsLinks: s.smsLinks ?? "none",
    hashtags: s.hashtags ?? [],
    platforms: s.platforms ?? [...PLATFORMS],
    checkLanguage: s.checkLanguage ?? "auto",
    customWords: s.customWords ?? [],
    ...(s.allowedWords?.length ? { allowedWords: s.allowedWords } : {}),
    ...(s.ruleOptions ? { ruleOptions: s.ruleOptions } : {}),
  };
  return JSON.stringify(profile, null, 2) + "\n";
}
