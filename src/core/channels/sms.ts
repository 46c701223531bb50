// SMS counting (encoding, parts, length) and the GSM-safe fix-up. Counting is done by
// sms-segments-calculator (Twilio's segment calculator: escape pairs and surrogate pairs never straddle a
// part); this module adds the Norwegian replacement table and positions of the offending characters.
import { SegmentedMessage } from "sms-segments-calculator";
import table from "./gsm-safe.json";
import { SMS } from "./profiles";

export type SmsEncoding = "GSM-7" | "UCS-2";

export interface NonGsmChar {
  /** The character (one code point, may be a surrogate pair). */
  char: string;
  start: number;
  end: number;
  /** GSM-7 text that can replace it, when one is known (never "?"). */
  replacement?: string;
  /** Name of the character in Norwegian, for messages. */
  name?: string;
}

export interface SmsInfo {
  encoding: SmsEncoding;
  /** Number of SMS parts (0 for an empty message). */
  segments: number;
  /** Billed length: GSM-7 septets (extension characters count 2) or UCS-2 code units. */
  length: number;
  /** Characters (code points) as a person counts them. */
  characters: number;
  /** Capacity of one part with the current encoding and part count (160/153 or 70/67). */
  perPart: number;
  /** Septets/units left before one more part is needed (approximate at escape/surrogate boundaries). */
  remaining: number;
  /** Every character that forces UCS-2, with its position. */
  nonGsm: NonGsmChar[];
}

const REPLACE = new Map<string, { with: string; name: string }>(table.replacements.map((r) => [r.char, { with: r.with, name: r.name }]));

const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXT = "^{}\\[~]|€\f";
const BASIC = new Set(Array.from(GSM_BASIC));
const EXT = new Set(Array.from(GSM_EXT));

/** True when the character is in the GSM 03.38 basic or extension table. */
export function isGsmChar(ch: string): boolean {
  return BASIC.has(ch) || EXT.has(ch);
}

/** Line breaks are normalised to LF before counting (research note §1.3 rule 1). */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/**
 * GSM-7 count without the grapheme machinery (the library is slow for live counters): septets, and parts
 * filled greedily with 153 septets where an escape pair is never split. Equal to sms-segments-calculator
 * for every GSM-7 text (checked by a property test).
 */
export function gsmCount(t: string): { septets: number; segments: number } | null {
  let septets = 0;
  let segments = 1;
  let used = 0;
  for (const ch of t) {
    const c = BASIC.has(ch) ? 1 : EXT.has(ch) ? 2 : 0;
    if (c === 0) return null;
    septets += c;
    if (used + c > SMS.gsm.multi) {
      segments++;
      used = c;
    } else used += c;
  }
  return { septets, segments: septets <= SMS.gsm.single ? 1 : segments };
}

/** Characters that force UCS-2, with offsets into `text` (UTF-16) and a GSM-safe replacement when known. */
export function nonGsmChars(text: string): NonGsmChar[] {
  const out: NonGsmChar[] = [];
  let i = 0;
  for (const ch of text) {
    if (!isGsmChar(ch) && ch !== "\r") {
      const r = REPLACE.get(ch);
      out.push({ char: ch, start: i, end: i + ch.length, ...(r ? { replacement: r.with, name: r.name } : {}) });
    }
    i += ch.length;
  }
  return out;
}

/**
 * The library's count of a text, kept by the text: composing one SMS counts the same few candidates a dozen
 * times, and the library takes most of a millisecond for a UCS-2 text with emoji.
 */
const COUNTED = new Map<string, { encoding: SmsEncoding; segments: number; bits: number }>();

function segmented(t: string): { encoding: SmsEncoding; segments: number; bits: number } {
  let c = COUNTED.get(t);
  if (!c) {
    const m = new SegmentedMessage(t, "auto");
    c = { encoding: m.encodingName as SmsEncoding, segments: m.segmentsCount, bits: m.messageSize };
    if (COUNTED.size >= 256) COUNTED.clear();
    COUNTED.set(t, c);
  }
  return c;
}

/** Encoding, parts and length of an SMS text. Never throws. */
export function smsInfo(text: string): SmsInfo {
  const t = normalise(typeof text === "string" ? text : "");
  const nonGsm = nonGsmChars(typeof text === "string" ? text : "");
  if (t.length === 0) {
    return { encoding: "GSM-7", segments: 0, length: 0, characters: 0, perPart: SMS.gsm.single, remaining: SMS.gsm.single, nonGsm };
  }
  let encoding: SmsEncoding = nonGsm.length ? "UCS-2" : "GSM-7";
  let segments: number;
  let length: number;
  const fast = encoding === "GSM-7" ? gsmCount(t) : null;
  if (fast) {
    segments = fast.segments;
    length = fast.septets;
  } else try {
    const m = segmented(t);
    encoding = m.encoding;
    segments = m.segments;
    length = encoding === "GSM-7" ? Math.round(m.bits / 7) : m.bits / 16;
  } catch {
    // Fallback: plain counting (should not happen; the library handles any string).
    length = encoding === "GSM-7" ? Array.from(t).reduce((n, c) => n + (EXT.has(c) ? 2 : 1), 0) : t.length;
    const p = encoding === "GSM-7" ? SMS.gsm : SMS.ucs2;
    segments = length <= p.single ? 1 : Math.ceil(length / p.multi);
  }
  const p = encoding === "GSM-7" ? SMS.gsm : SMS.ucs2;
  const perPart = segments <= 1 ? p.single : p.multi;
  const capacity = segments <= 1 ? p.single : p.multi * segments;
  return { encoding, segments, length, characters: Array.from(t).length, perPart, remaining: Math.max(0, capacity - length), nonGsm };
}

/**
 * Replace every character that forces UCS-2 and has a known GSM-7 equivalent (« » – — ’ “ ” … NBSP • …).
 * Characters without an equivalent (emoji, Sámi letters) are kept: never "?". æøå are GSM-7 and stay.
 */
export function gsmSafe(text: string, language: "nb" | "nn" | "en" = "nb"): string {
  if (typeof text !== "string" || !text) return "";
  // "30 °C" is "30 grader" (nb, nn) or "30 degrees" (en): the degree sign and its unit go as one word, in the
  // text's language ("30 graderC" read as neither).
  if (text.includes("°")) text = text.replace(/[ \u00A0]?°(?:[ \u00A0]?C(?![\p{L}]))?/gu, language === "en" ? " degrees" : " grader");
  let out = "";
  for (const ch of text) {
    if (isGsmChar(ch) || ch === "\r") out += ch;
    else {
      const r = REPLACE.get(ch);
      out += r ? r.with : ch;
    }
  }
  return out;
}
