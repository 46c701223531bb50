/** Safe access to the browser's local storage for the pane's own small records (never throws). */

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

export function localStore(): KeyValue | null {
  try {
    const s = globalThis.localStorage;
    s?.getItem("kanalklar.probe");
    return s ?? null;
  } catch {
    return null;
  }
}

export function readJson(store: KeyValue | null, key: string): unknown {
  try {
    const raw = store?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

export function writeJson(store: KeyValue | null, key: string, value: unknown): boolean {
  try {
    store?.setItem(key, JSON.stringify(value));
    return !!store;
  } catch {
    return false;
  }
}

/** A short, stable hash (FNV-1a over UTF-16, two 32-bit lanes): keys are stored hashed, never as text. */
export function hashText(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
    b ^= b >>> 15;
  }
  return a.toString(36) + b.toString(36);
}
