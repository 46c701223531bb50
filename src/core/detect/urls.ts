// Web addresses and e-mail addresses, found with linkifyjs (with or without scheme: "nav.no/klage",
// "https://www.nav.no/klage", "www.vg.no"). Pure: no DOM, no Node.
import { find } from "linkifyjs";
import freeMail from "./free-mail.json";

export interface UrlSpan {
  start: number;
  end: number;
  /** Exactly text.slice(start, end). */
  text: string;
  /** Normalised: lower-case host without scheme and "www.", path kept, no trailing slash ("nav.no/klage"). */
  value: string;
  /** The host in lower case without "www." ("nav.no"). */
  domain: string;
  /** True when the text starts with a scheme (http:// or https://). */
  hasScheme: boolean;
}

export interface EmailSpan {
  start: number;
  end: number;
  text: string;
  /** Lower-cased address. */
  value: string;
  /**
   * Likely one person's address: at a free-mail or internet-provider domain (kari@gmail.com), or a name-like
   * local part (ola.nordmann@…) rather than a shared box (post@…).
   */
  likelyPersonal: boolean;
  /** At a free-mail or Norwegian internet-provider domain (free-mail.json): a private person's address. */
  freeMail: boolean;
}

/** Normalise a web address so the same address written two ways compares equal. */
export function normaliseUrl(raw: string): string {
  let s = raw.trim();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const slash = s.search(/[/?#]/);
  const host = (slash < 0 ? s : s.slice(0, slash)).toLowerCase().replace(/^www\./, "");
  const rest = slash < 0 ? "" : s.slice(slash);
  return (host + rest).replace(/\/+$/, "");
}

/** Host part of a normalised URL. */
export function urlDomain(value: string): string {
  const i = value.search(/[/?#]/);
  return i < 0 ? value : value.slice(0, i);
}

type Link = { type: string; start: number; end: number; value: string };

// Addresses never contain whitespace, so linkify only needs to scan the whitespace-delimited chunks that
// could hold one (a dot followed by letters, or "@"). This keeps long drafts fast; results are the same.
// A chunk is scanned when it holds "@" or a dot between a letter/digit and two letters; neither sign spans
// whitespace, so the signs are found first and the chunk is taken around each (cheaper than every chunk).
// (The dot is found first and the character before it checked after: a pattern that starts with a character
// class is tried at every position, one that starts with "." or "@" is not.)
const HINT = /\.\p{L}{2}|@/gu;
const BEFORE_DOT = /[\p{L}\p{N}-]$/u;
const SPACE = /\s/;

// detectUrls, detectEmails and the checks that call both run linkify on the same texts again and again (a
// draft, its fixed text, the composed letter, between them each sentence): the links of the last text and of
// the last few long texts are kept (read-only), so each is scanned once (a 100 kB address-like word costs
// tens of milliseconds in linkify). Short texts do not push a long one out.
const LONG_TEXT = 2000;
const KEEP_LONG = 4;
const recent: Array<{ text: string; links: readonly Link[] }> = [];
let lastText: string | undefined;
let lastLinks: readonly Link[] = [];

function linkify(text: string): readonly Link[] {
  if (text === lastText) return lastLinks;
  let out: readonly Link[] | undefined;
  if (text.length >= LONG_TEXT) out = recent.find((r) => r.text === text)?.links;
  if (!out) {
    out = scanLinks(text);
    if (text.length >= LONG_TEXT) {
      if (recent.length >= KEEP_LONG) recent.pop();
      recent.unshift({ text, links: out });
    }
  }
  lastText = text;
  lastLinks = out;
  return out;
}

// A run of more than 2,048 characters without a space is no address a reader can use (browsers and mail
// systems cap URLs near 2,000 characters; an e-mail address has at most 254), and linkify's scanner grows
// with the square of such a run (100 kB of "a@b.b.b…" took 16 s). In such a run only e-mail addresses are
// looked for, around each "@" with bounded parts (RFC 5321: local part ≤ 64, each label ≤ 63), so a private
// address glued into junk is still found and kept out of the SMS and the post.
const LONG_CHUNK = 2048;
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_TAIL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?){0,7}\.\p{L}{2,24}/u;

function emailsInLongRun(text: string, start: number, end: number, out: Link[]): void {
  for (let at = text.indexOf("@", start); at >= 0 && at < end; at = text.indexOf("@", at + 1)) {
    let a = at;
    while (a > start && at - a < 64 && LOCAL_CHAR.test(text[a - 1])) a--;
    if (a === at || text[a] === ".") continue;
    const m = DOMAIN_TAIL.exec(text.slice(at + 1, Math.min(end, at + 1 + 600)));
    if (!m) continue;
    const e = at + 1 + m[0].length;
    out.push({ type: "email", start: a, end: e, value: text.slice(a, e) });
    at = e - 1;
  }
}

// linkify's answer per chunk: a draft that repeats an address ("x.no x.no …") has it scanned once, and so has
// a chunk that the personal-data rule, the facts and the checks each read again.
const seen = new Map<string, Link[]>();
const SEEN_MAX = 2000;

function scanLinks(text: string): Link[] {
  const out: Link[] = [];
  HINT.lastIndex = 0;
  for (let m = HINT.exec(text); m; m = HINT.exec(text)) {
    if (m[0] !== "@" && !BEFORE_DOT.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    let start = m.index;
    while (start > 0 && !SPACE.test(text[start - 1])) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !SPACE.test(text[end])) end++;
    HINT.lastIndex = end;
    const chunk = text.slice(start, end);
    if (chunk.length > LONG_CHUNK) {
      emailsInLongRun(text, start, end, out);
      continue;
    }
    let links = seen.get(chunk);
    if (!links) {
      try {
        links = find(chunk) as Link[];
      } catch {
        // linkify failed on this chunk: no address there.
        links = [];
      }
      if (seen.size >= SEEN_MAX) seen.clear();
      seen.set(chunk, links);
    }
    for (const l of links) out.push({ type: l.type, start: l.start + start, end: l.end + start, value: l.value });
  }
  return out;
}

/** All web addresses in `text`, in order. Never throws. */
export function detectUrls(text: string): UrlSpan[] {
  if (!text) return [];
  const out: UrlSpan[] = [];
  // Each address text is normalised once (a draft may repeat one thousands of times).
  const values = new Map<string, { value: string; domain: string }>();
  for (const m of linkify(text)) {
    if (m.type !== "url") continue;
    const t = text.slice(m.start, m.end);
    // "template.hbs" style file names are not addresses; linkify only matches real TLDs, so just guard
    // against bare numbers with dots, which linkify does not match anyway.
    let v = values.get(t);
    if (!v) {
      const value = normaliseUrl(t);
      values.set(t, (v = { value, domain: urlDomain(value) }));
    }
    out.push({ start: m.start, end: m.end, text: t, value: v.value, domain: v.domain, hasScheme: /^[a-z][a-z0-9+.-]*:\/\//i.test(t) });
  }
  return out;
}

const SHARED_BOXES = /^(post|postmottak|kontakt|info|firmapost|servicetorget|service|kundeservice|support|noreply|no-reply|ikke-svar|kultur|skole|barnehage|bygg|byggesak|vann|teknisk|[a-z]+mottak)$/i;

const FREE_BASES = new Set((freeMail as { bases: Array<{ name: string }> }).bases.map((b) => b.name));
const FREE_DOMAINS = new Set((freeMail as { domains: Array<{ domain: string }> }).domains.map((d) => d.domain));

/** Is the (lower-case) domain a free-mail or internet-provider mail domain, or a subdomain of one? */
export function isFreeMailDomain(domain: string): boolean {
  const labels = domain.toLowerCase().replace(/\.$/, "").split(".");
  for (let k = 0; k + 1 < labels.length; k++) if (FREE_DOMAINS.has(labels.slice(k).join("."))) return true;
  // "gmail.com", "hotmail.no", "yahoo.co.uk": a listed base followed only by a country or generic ending.
  if (labels.length >= 2 && labels.length <= 3 && FREE_BASES.has(labels[0])) return labels.slice(1).every((l) => /^[a-z]{2,3}$/.test(l));
  return false;
}

/** All e-mail addresses in `text`, in order. Never throws. */
export function detectEmails(text: string): EmailSpan[] {
  if (!text || text.indexOf("@") < 0) return [];
  const out: EmailSpan[] = [];
  for (const m of linkify(text)) {
    if (m.type !== "email") continue;
    const t = text.slice(m.start, m.end);
    const local = t.slice(0, t.indexOf("@"));
    const free = isFreeMailDomain(t.slice(t.indexOf("@") + 1));
    const likelyPersonal = free || (!SHARED_BOXES.test(local) && /^[\p{L}]+([.\-_][\p{L}]+)+$/u.test(local));
    out.push({ start: m.start, end: m.end, text: t, value: t.toLowerCase(), likelyPersonal, freeMail: free });
  }
  return out;
}
