// Social post lengths per platform and small text helpers (hashtags, emoji, "fancy" Unicode letters).
// X uses twitter-text's weighted length (URL = 23, emoji = 2); the others count UTF-16 code units
// (Buffer's convention, channels.md §3.1).
import twttr from "twitter-text";
import { POST, type Platform } from "./profiles";

export interface PostLengths {
  x: number;
  facebook: number;
  linkedin: number;
  instagram: number;
}

// The same post is measured by the composer, the result and the checks: the last answer is kept.
let lastX = { text: "", length: 0 };
/** X weighted length (twitter-text v3 config). Never throws. */
export function xLength(text: string): number {
  if (!text) return 0;
  if (text === lastX.text) return lastX.length;
  let length: number;
  try {
    length = twttr.parseTweet(text).weightedLength;
  } catch {
    length = text.length;
  }
  lastX = { text, length };
  return length;
}

/** Lengths of a post for each platform. */
export function postLengths(text: string): PostLengths {
  const t = typeof text === "string" ? text : "";
  return { x: xLength(t), facebook: t.length, linkedin: t.length, instagram: t.length };
}

export const LIMITS: Record<Platform, number> = {
  x: POST.x.max,
  facebook: POST.facebook.max,
  linkedin: POST.linkedin.max,
  instagram: POST.instagram.max,
};

export interface HashtagSpan {
  start: number;
  end: number;
  text: string;
}

const HASHTAG = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu;

export function findHashtags(text: string): HashtagSpan[] {
  const out: HashtagSpan[] = [];
  HASHTAG.lastIndex = 0;
  for (let m = HASHTAG.exec(text); m; m = HASHTAG.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}

/**
 * Turn a free-form tag ("universell utforming", "#vannavbrudd", "Fjordvik kommune") into a CamelCase hashtag
 * ("#UniversellUtforming"). A single lower-case word keeps its letters but gets a capital first letter.
 * Returns "" when nothing usable is left.
 */
export function toHashtag(tag: string): string {
  const words = String(tag ?? "").replace(/^#+/, "").split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
  const body = words.map((w) => (/^\p{Ll}/u.test(w) ? w[0].toUpperCase() + w.slice(1) : w)).join("");
  return /\p{L}/u.test(body) ? "#" + body : "";
}

/** A hashtag that screen readers cannot split into words: several words run together in lower case. */
export function hashtagNeedsCamelCase(tag: string): boolean {
  const body = tag.replace(/^#/, "");
  if (!/^[\p{Ll}\p{N}_]+$/u.test(body)) return false;
  return body.length > 10;
}

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}])*/gu;
export function findEmoji(text: string): HashtagSpan[] {
  const out: HashtagSpan[] = [];
  EMOJI.lastIndex = 0;
  for (let m = EMOJI.exec(text); m; m = EMOJI.exec(text)) {
    // Digits, "#" and "*" are Extended_Pictographic only as keycaps; plain ©/® are fine in text.
    if (/^[©®™]$/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF): fake bold/italic letters. */
export function findFancyUnicode(text: string): HashtagSpan[] {
  const out: HashtagSpan[] = [];
  const re = /[\u{1D400}-\u{1D7FF}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
}
