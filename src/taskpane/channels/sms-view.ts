/**
 * What the SMS panel says about cost and characters, in plain words, and where its parts break.
 * Pure: the counting itself is the core's smsInfo(); this only explains it.
 */
import type { PreviewStrings } from "./preview-strings";

const GSM_EXT = new Set(Array.from("^{}\\[~]|€\f"));

export interface SmsCount {
  encoding: "GSM-7" | "UCS-2";
  segments: number;
  length: number;
  characters: number;
  nonGsm: Array<{ char: string; start: number; end: number; replacement?: string; name?: string }>;
}

/** Replace {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (w, k: string) => (k in values ? String(values[k]) : w));
}

/** A name a person understands: «dråpe-emoji», «tankestrek», «emoji 🛶», «tegnet ✓ (U+2713)». */
export function charName(ch: string, ps: PreviewStrings): string {
  const known = ps.charNames[ch] ?? ps.charNames[ch.replace(/\uFE0F/g, "")] ?? ps.charNames[`${ch}\uFE0F`];
  if (known) return known;
  if (/\p{Extended_Pictographic}/u.test(ch)) return fill(ps.charEmoji, { c: ch });
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return fill(ps.charOther, { c: ch, code });
}

/** The distinct characters of the list, each with how often it occurs (first occurrence order). */
export function distinctChars<T extends { char: string }>(list: readonly T[]): Array<T & { count: number }> {
  const out = new Map<string, T & { count: number }>();
  for (const c of list) {
    const seen = out.get(c.char);
    if (seen) seen.count++;
    else out.set(c.char, { ...c, count: 1 });
  }
  return [...out.values()];
}

/** Remove every occurrence of `ch` (and a variation selector after it), tidying a doubled space. */
export function removeChar(text: string, ch: string): string {
  let out = text.split(`${ch}\uFE0F`).join("").split(ch).join("");
  out = out.replace(/ {2,}/g, " ").replace(/ +([.,!?])/g, "$1").replace(/^ +| +$/gm, "");
  return out;
}

/**
 * Where the parts of a multi-part SMS break: [start, end) per part. GSM-7: 160 in one part, else 153
 * per part with an escape character (€ [ ] …) counted 2 and never split; UCS-2: 70, else 67 UTF-16
 * units per part with a surrogate pair never split.
 */
export function smsParts(text: string, encoding: "GSM-7" | "UCS-2"): Array<[number, number]> {
  const chars: Array<[number, number]> = [];
  let total = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + len);
    const w = encoding === "GSM-7" ? (GSM_EXT.has(ch) ? 2 : 1) : len;
    chars.push([i, w]);
    total += w;
    i += len;
  }
  const single = encoding === "GSM-7" ? 160 : 70;
  if (total <= single) return text.length ? [[0, text.length]] : [];
  const per = encoding === "GSM-7" ? 153 : 67;
  const parts: Array<[number, number]> = [];
  let start = 0;
  let used = 0;
  for (const [at, w] of chars) {
    if (used + w > per) {
      parts.push([start, at]);
      start = at;
      used = 0;
    }
    used += w;
  }
  parts.push([start, text.length]);
  return parts;
}

/** One sentence on what the SMS costs and why (and what it would cost without the costly characters). */
export function costSentence(info: SmsCount, ps: PreviewStrings, withoutCostly?: { segments: number } | null): string {
  if (info.segments === 0) return ps.costEmpty;
  const n = info.characters;
  if (info.encoding === "GSM-7") {
    const doubled = info.length - info.characters;
    const base = info.segments === 1 ? fill(ps.costGsmOne, { n: info.length }) : fill(ps.costGsmMany, { parts: info.segments, n: info.length });
    return doubled > 0 ? `${base} ${fill(ps.costDoubled, { n: doubled })}` : base;
  }
  const names = distinctChars(info.nonGsm)
    .slice(0, 3)
    .map((c) => charName(c.char, ps));
  const chars = names.join(", ");
  const base =
    info.segments === 1
      ? fill(ps.costUcsOne, { n: info.length, chars: chars.replace(/^./, (c) => c.toUpperCase()) })
      : fill(ps.costUcsMany, { parts: info.segments, n: info.length, chars });
  return withoutCostly && withoutCostly.segments < info.segments ? `${base} ${fill(ps.costUcsSaving, { parts: withoutCostly.segments })}` : base;
}
