// Text checks of the evaluation (`npm run eval`) that read a composed variant the way a communications
// adviser would: who signs it, which personal data it carries, how a letter opens, whether it mixes du and De.
// Written independently of the composers and detectors under test, so the yardstick does not share their bugs.
import { idnr } from "@navikt/fnrvalidator";
import { normText } from "../test/eval/devset";

// A greeting that starts a sign-off, at the start of a line or after a sentence ("… på nav.no. Vennlig hilsen Nav").
const GREETING =
  /(?:^|(?<=[.!?]\s+))(?:med\s+)?(?:vennlig(?:st)?|venleg|vennleg|venlig)\s+(?:hilsen|helsing)|(?:^|(?<=[.!?]\s+))med\s+(?:hilsen|helsing)|(?:^|(?<=[.!?]\s+))(?:hilsen|helsing|mvh|m\.v\.h\.|kind regards|best regards|regards|yours sincerely|yours faithfully|with best wishes)(?![\p{L}])/gimu;

/** A name that only fills a slot ("{enhet}", "[saksbehandler]") names nobody. */
export function isPlaceholder(name: string): boolean {
  return /^(?:[{[][^}\]]*[}\]]\s*)+$/.test(name.trim());
}

// "From Fjordvik kommune" as the last sentence (the English SMS sign-off).
const FROM_LAST = /(?:^|[.!?]\s+)From\s+(\p{Lu}[^\n.!?]{0,60}?)[.!]?\s*$/u;
// A sentence that says who sends the text: "Du har fått et brev fra Nav.", "Important information from X."
const SENDER_CLAIM =
  /(?:[Dd]u har fått|[Dd]u har fenge|[Yy]ou have|[Vv]iktig informasjon|[Ii]mportant information)[^.!?\n]{0,60}?\s(?:fra|frå|from)\s+(\p{Lu}[^.!?\n]*?)(?=\s+(?:som|that|which|og|and)\s|\s*[.!?\n]|\s*$)/gu;

/**
 * The names a text signs with or claims to come from: what follows each greeting on its line, or else the
 * next short lines (a person, a title, a unit) up to a blank line after the first, a sentence or a list item;
 * a closing "From X"; and "Du har fått … fra X" / "Important information from X".
 */
export function signOffNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(GREETING)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const rest = after.split("\n")[0].replace(/^[\s,.:!-]+/, "");
    if (rest.trim()) {
      names.push(rest.replace(/[\s.,!]+$/, "").trim());
      continue;
    }
    const lines = after.split("\n").slice(1);
    let taken = 0;
    for (const raw of lines) {
      const line = raw.trim();
      if (!line) {
        if (taken > 0) break;
        continue;
      }
      if (line.length > 70 || /[.!?:]$/.test(line) || /^[-•*]\s/.test(line) || taken >= 3) break;
      names.push(line.replace(/[\s,]+$/, ""));
      taken++;
    }
  }
  const from = FROM_LAST.exec(text);
  if (from) names.push(from[1].trim());
  for (const m of text.matchAll(SENDER_CLAIM)) names.push(m[1].trim());
  return names.filter((n) => n !== "");
}

/**
 * The lines of a draft's own signature block: every short line after its last greeting, up to a line that
 * is a sentence, a field ("Kopi: …", "Vedlegg: …") or long. A variant may repeat any of them.
 */
export function signatureBlock(draft: string): string[] {
  let last = -1;
  let len = 0;
  for (const m of draft.matchAll(GREETING)) {
    last = m.index ?? 0;
    len = m[0].length;
  }
  if (last < 0) return [];
  const out: string[] = [];
  const [first, ...rest] = draft.slice(last + len).split("\n");
  const head = first.replace(/^[\s,.:!-]+/, "").replace(/[\s.,!]+$/, "").trim();
  if (head) out.push(head);
  for (const raw of rest) {
    const line = raw.trim();
    if (!line) continue;
    if (line.length > 70 || /[.!?]$/.test(line) || line.includes(":")) break;
    out.push(line.replace(/[\s,]+$/, ""));
  }
  return out;
}

const words = (s: string) => normText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether the words of `inner` occur, in order and next to each other, among the words of `outer`. */
function containsWords(outer: string[], inner: string[]): boolean {
  if (!inner.length || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, k) => outer[i + k] === w)) return true;
  return false;
}

/**
 * Whether a sign-off name is one the draft allows: a placeholder, or the same words as, a part of or a
 * longer form of one of the allowed names (the expected sender and the lines of the draft's own signature
 * block), compared word by word and case-insensitively ("Nav" is part of "Nav Familie- og pensjonsytelser").
 */
export function signOffAllowed(name: string, allowed: string[]): boolean {
  if (isPlaceholder(name)) return true;
  const n = words(name);
  if (!n.length) return true;
  return allowed.some((a) => {
    if (isPlaceholder(a)) return false;
    const x = words(a);
    return containsWords(x, n) || containsWords(n, x);
  });
}

export interface PersonalHit {
  kind: "fnr" | "account" | "email";
  text: string;
}

const FREE_MAIL = new Set(["hotmail", "gmail", "googlemail", "yahoo", "outlook", "live", "msn", "online", "icloud", "me", "mac", "aol", "getmail", "frisurf", "start", "proton", "protonmail", "broadpark", "c2i", "lyse", "altibox", "telia"]);
const EMAIL = /[\p{L}\p{N}._%+-]+@([\p{L}\p{N}-]+)(?:\.[\p{L}\p{N}-]+)+/gu;

/** E-mail addresses at free or home-internet providers (kari@hotmail.com): a private person's address. */
export function privateEmails(text: string): string[] {
  return [...text.matchAll(EMAIL)].filter((m) => FREE_MAIL.has(m[1].toLowerCase())).map((m) => m[0].replace(/\.$/, ""));
}

function isAccount(d: string): boolean {
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let s = 0;
  for (let i = 0; i < 10; i++) s += w[i] * Number(d[i]);
  const r = 11 - (s % 11);
  const c = r === 11 ? 0 : r;
  return c !== 10 && c === Number(d[10]);
}

function isNationalId(d: string): boolean {
  try {
    return idnr(d).status === "valid";
  } catch {
    return false;
  }
}

// Digit groups joined by at most one separator each ("01.03.07 49843", "010307-49843", "nr01030749843").
const DIGIT_RUN = /\d+(?:[ \u00A0.\-/]\d+)*/g;

/**
 * Personal data in a composed SMS or post: a fødselsnummer or d-number in any spelling (separators,
 * spaces, glued to a word), a bank account number (11 digits solid or as 4.2.5), and the draft's private
 * e-mail addresses.
 */
export function personalData(text: string, draftPrivateEmails: string[] = []): PersonalHit[] {
  const hits: PersonalHit[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const groups = m[0].split(/[ \u00A0.\-/]/);
    for (let i = 0; i < groups.length; i++) {
      let digits = "";
      for (let j = i; j < groups.length && digits.length < 11; j++) {
        digits += groups[j];
        if (digits.length !== 11) continue;
        const parts = groups.slice(i, j + 1);
        const text11 = parts.join(" ");
        if (isNationalId(digits)) hits.push({ kind: "fnr", text: text11 });
        else if ((parts.length === 1 || parts.map((p) => p.length).join(",") === "4,2,5") && isAccount(digits)) hits.push({ kind: "account", text: text11 });
      }
    }
  }
  const lower = text.toLowerCase();
  for (const e of draftPrivateEmails) if (lower.includes(e.toLowerCase())) hits.push({ kind: "email", text: e });
  return hits;
}

const REFERENCE_OPENER =
  /^(?:vi viser til|me viser til|det vises til|det visast til|viser til|med henvisning til|under henvisning til|med tilvising til|med referanse til|vi syner til|reference is made to|with reference to|we refer to|further to)(?![\p{L}])/iu;
const REFERENCE_LINE = /^(?:vår|deres|dykkar|din|our|your)\s+ref|^(?:ref(?:eranse)?|saksnr|saksnummer|sak|arkivkode|dato|date|case)\b[.:]?/iu;
const SALUTATION = /^(?:hei|hallo|kjære|dear|hello)\b[^\n]{0,60}$/iu;

/**
 * The opener when the letter's body opens with a reference ("Vi viser til …"), else null. The body starts at
 * the first line of prose (over 100 characters or ending a sentence); the title, letterhead, address block,
 * reference and date lines, headings and a salutation before it are skipped.
 */
export function referenceOpening(letter: string): string | null {
  for (const raw of letter.split("\n")) {
    const line = raw.trim();
    if (!line || REFERENCE_LINE.test(line) || SALUTATION.test(line)) continue;
    if (line.length <= 100 && !/[.!]["»”)]?$/.test(line)) continue;
    const m = REFERENCE_OPENER.exec(line);
    return m ? m[0] : null;
  }
  return null;
}

const INFORMAL = { nb: /(?<![\p{L}])(?:du|deg|din|ditt|dine)(?![\p{L}])/iu, nn: /(?<![\p{L}])(?:du|deg|din|di|ditt|dine)(?![\p{L}])/iu };
// Formal address: "Dem", "Deres" (nn "Dykk", "Dykkar") capitalised anywhere, "De" capitalised inside a
// sentence, and a sentence-initial "De" that a passive of asking follows ("De bes", "De anmodes"), where it
// cannot mean "they". Other sentence-initial "De …" usually means "they" and is not counted.
const ASKED = String.raw`(?:bes|anmodes|oppfordres|henstilles|innkalles|varsles|gjøres|tilbys|gis)(?![\p{L}])`;
const FORMAL = {
  nb: new RegExp(String.raw`(?<![\p{L}])(?:Dem|Deres)(?![\p{L}])|(?<![.!?:\n]\s*|^\s*)(?<![\p{L}])De(?![\p{L}])|(?<![\p{L}])De\s+${ASKED}`, "u"),
  nn: new RegExp(String.raw`(?<![\p{L}])(?:Dykk|Dykkar|Dykkon)(?![\p{L}])|(?<![.!?:\n]\s*|^\s*)(?<![\p{L}])De(?![\p{L}])|(?<![\p{L}])De\s+${ASKED}`, "u"),
};

/** The two forms when a Norwegian letter addresses the reader both as du and as De, else null. */
export function mixedAddress(letter: string, language: "nb" | "nn" | "en"): { informal: string; formal: string } | null {
  if (language === "en") return null;
  const i = INFORMAL[language].exec(letter);
  const f = FORMAL[language].exec(letter);
  return i && f ? { informal: i[0], formal: f[0] } : null;
}
