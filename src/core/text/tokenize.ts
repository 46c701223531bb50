// One-pass tokeniser: a single sticky-free global regex walks the text once; every token keeps its exact
// UTF-16 offsets into the original text (nothing is normalised).
import type { TokenKind } from "../model";
import { abbreviationPattern } from "./abbreviations";

/** A token before it is assigned to a sentence. */
export interface RawToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
}

const TLDS = ["no", "com", "org", "net", "se", "dk", "fi", "is", "eu", "io", "uk", "de", "fr", "nl", "info", "gov", "edu", "int", "app", "dev", "ai", "me", "tv"];
const tldAlt = TLDS.flatMap((t) => [t, t.toUpperCase(), t.charAt(0).toUpperCase() + t.slice(1)]).join("|");

/** Word-internal characters: letters, marks, digits, soft hyphen, ZWNJ, ZWJ. */
const WC = "[\\p{L}\\p{M}\\p{N}\\u00AD\\u200C\\u200D]";
const LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}-]*[\\p{L}\\p{M}\\p{N}])?";
const URL_CHARS = "[^\\s<>\"«»{}]";
const EMOJI_PART = "(?:\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier}|[\\u{E0020}-\\u{E007F}])*)";

const ALTERNATIVES: string[] = [
  // 1 whitespace, control and format characters: skipped
  `([\\s\\p{Cc}\\p{Cf}]+)`,
  // 2 URL with scheme or www.
  `((?:[hH][tT][tT][pP][sS]?:\\/\\/|[fF][tT][pP]:\\/\\/|[mM][aA][iI][lL][tT][oO]:|[wW]{3}\\.)${URL_CHARS}+)`,
  // 3 e-mail address
  `([\\p{L}\\p{N}_%+-][\\p{L}\\p{N}._%+-]*@${LABEL}(?:\\.${LABEL})+)`,
  // 4 bare domain with a known top-level domain, optional path ("nav.no/klage")
  `((?:${LABEL}\\.)+(?:${tldAlt})(?![\\p{L}\\p{M}\\p{N}])(?:\\/${URL_CHARS}*)?)`,
  // 5 listed abbreviation with its period(s) ("f.eks.", "kl.", "bl. a.")
  `((?:${abbreviationPattern()})(?![\\p{L}\\p{M}]))`,
  // 6 other dotted lower-case abbreviation ("t.o.m.", "e.a.")
  `(\\p{Ll}{1,3}\\.(?:\\p{Ll}{1,3}\\.)+(?![\\p{L}\\p{M}\\p{N}]))`,
  // 7 emoji: keycaps, flags, pictographs with modifiers and ZWJ sequences
  `([#*0-9]\\uFE0F?\\u20E3|\\p{Regional_Indicator}{2}|${EMOJI_PART}(?:\\u200D${EMOJI_PART})*)`,
  // 8 number with separators ("08.02.2027", "09.00", "2,4", "1:500", "2025/04417")
  `(\\p{Nd}+(?:[.,:/]\\p{Nd}+)*(?![\\p{L}\\p{M}\\p{N}\\-'’]))`,
  // 9 word (letters, digits, marks; inner hyphens and apostrophes)
  `([\\p{L}\\p{N}]${WC}*(?:[-‐‑'’][\\p{L}\\p{N}]${WC}*)*)`,
  // 10 ellipsis
  `(\\.{2,}|…)`,
  // 11 anything else: one code point (lone surrogates included)
  `([\\s\\S])`,
];

const MASTER = new RegExp(ALTERNATIVES.join("|"), "gu");
const HAS_LETTER = /\p{L}/u;
const PUNCT = /^\p{P}$/u;
const TRAILING_URL_PUNCT = /[.,;:!?'’"”»]+$/;
const ASCII_LETTER = /^[A-Za-z]/;

function trimUrl(s: string): string {
  let t = s.replace(TRAILING_URL_PUNCT, "");
  // Drop a closing bracket that has no opening partner inside the URL.
  while (t.length > 0) {
    const last = t[t.length - 1];
    const open = last === ")" ? "(" : last === "]" ? "[" : "";
    if (!open) break;
    let balance = 0;
    for (const ch of t) {
      if (ch === open) balance++;
      else if (ch === last) balance--;
    }
    if (balance >= 0) break;
    t = t.slice(0, -1).replace(TRAILING_URL_PUNCT, "");
  }
  return t;
}

/** Tokenise text[from, to) (whole text by default). Never throws; every token satisfies text === input.slice(start, end). */
export function tokenize(text: string, from = 0, to = text.length): RawToken[] {
  const out: RawToken[] = [];
  const re = new RegExp(MASTER.source, MASTER.flags);
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while (re.lastIndex < to && (m = re.exec(text)) !== null) {
    const start = m.index;
    if (start >= to) break;
    if (m[1] !== undefined) continue;
    let t = m[0];
    let kind: TokenKind;
    if (m[2] !== undefined || m[4] !== undefined) {
      const trimmed = trimUrl(t);
      if (trimmed.length === 0) {
        // Degenerate match (cannot happen with the patterns above); fall back to one code point.
        t = String.fromCodePoint(t.codePointAt(0) ?? 0);
        kind = "symbol";
      } else {
        t = trimmed;
        kind = "url";
      }
    } else if (m[3] !== undefined) kind = "email";
    else if (m[5] !== undefined || m[6] !== undefined) kind = "word";
    else if (m[7] !== undefined) kind = "emoji";
    else if (m[8] !== undefined) kind = "number";
    else if (m[9] !== undefined) kind = ASCII_LETTER.test(t) || HAS_LETTER.test(t) ? "word" : "number";
    else if (m[10] !== undefined) kind = "punct";
    else kind = PUNCT.test(t) ? "punct" : "symbol";
    let end = start + t.length;
    if (end > to) {
      end = to;
      t = text.slice(start, end);
    }
    re.lastIndex = end;
    out.push({ start, end, text: t, lower: t.toLowerCase(), kind });
  }
  return out;
}
