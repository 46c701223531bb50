/**
 * «Ignorer» that lasts: the ignored findings of each document, kept in local storage as hashes (the
 * flagged text itself, which may be a fødselsnummer, is never stored), with limits and an expiry.
 * A document is known by the start of its first line (its title or subject), so edits further down keep it.
 */
import { hashText, readJson, writeJson, type KeyValue } from "./local-store";

export const IGNORES_KEY = "kanalklar.ignored";
export const IGNORE_DAYS = 30;
export const MAX_DOCS = 100;
export const MAX_KEYS_PER_DOC = 2000;
const DAY = 24 * 60 * 60 * 1000;

interface Record_ {
  at: number;
  keys: string[];
}
type Stored = { v: 1; docs: Record<string, Record_> };

/** The document key: host kind + the start of the first non-empty line (60 characters), hashed. */
export function documentKey(kind: string, text: string): string {
  const at = text.search(/\S/);
  const end = at < 0 ? at : text.indexOf("\n", at);
  const first = at < 0 ? "" : text.slice(at, end < 0 ? Math.min(text.length, at + 200) : end).trim().slice(0, 60);
  return hashText(`${kind}\u0000${first}`);
}

function load(store: KeyValue | null, now: number): Stored {
  const raw = readJson(store, IGNORES_KEY) as Partial<Stored> | null;
  const docs: Record<string, Record_> = {};
  if (raw && raw.v === 1 && raw.docs && typeof raw.docs === "object") {
    for (const [k, r] of Object.entries(raw.docs)) {
      if (!r || typeof r.at !== "number" || !Array.isArray(r.keys)) continue;
      if (now - r.at > IGNORE_DAYS * DAY || r.at > now + DAY) continue;
      docs[k] = { at: r.at, keys: r.keys.filter((x): x is string => typeof x === "string").slice(-MAX_KEYS_PER_DOC) };
    }
  }
  return { v: 1, docs };
}

/** The hashed keys ignored in this document (empty when none, expired or unreadable). */
export function loadIgnored(store: KeyValue | null, docKey: string, now = Date.now()): Set<string> {
  return new Set(load(store, now).docs[docKey]?.keys ?? []);
}

/** Save this document's ignored keys (already hashed); prunes expired and the oldest documents. */
export function saveIgnored(store: KeyValue | null, docKey: string, keys: ReadonlySet<string>, now = Date.now()): void {
  const all = load(store, now);
  if (keys.size === 0) delete all.docs[docKey];
  else all.docs[docKey] = { at: now, keys: [...keys].slice(-MAX_KEYS_PER_DOC) };
  const entries = Object.entries(all.docs).sort((a, b) => b[1].at - a[1].at).slice(0, MAX_DOCS);
  writeJson(store, IGNORES_KEY, { v: 1, docs: Object.fromEntries(entries) });
}

/** A finding key as stored: hashed. */
export const ignoreKey = (findingKey: string): string => hashText(findingKey);
