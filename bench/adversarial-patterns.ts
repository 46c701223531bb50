// Hostile inputs for the core: each pattern is a short unit repeated (or a generator) up to a given size.
// Used by bench/adversarial.ts (timed at 10/50/100 kB) and by test/core/adversarial.test.ts (small sizes).
// Each entry says what it aims at, so a slow row in bench/adversarial.json points at its cause.

export interface AdversarialPattern {
  name: string;
  /** What the pattern aims at. */
  target: string;
  /** Text of exactly `size` UTF-16 code units (or one less, so a surrogate pair is never cut). */
  make: (size: number) => string;
}

/** `unit` repeated and cut to `size` code units (never in the middle of a surrogate pair). */
export function repeatTo(unit: string, size: number): string {
  if (size <= 0 || unit.length === 0) return "";
  let s = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const last = s.charCodeAt(s.length - 1);
  if (last >= 0xd800 && last <= 0xdbff && unit.length > 1) s = s.slice(0, -1);
  return s;
}

/** A deterministic pseudo-random generator (mulberry32), so every run times the same text. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rep = (name: string, unit: string, target: string): AdversarialPattern => ({ name, target, make: (n) => repeatTo(unit, n) });

const MIXED = ["Søknad", "Заявка", "申请", "طلب", "בקשה", "Čáhci", "😀", "👩‍👩‍👧", "e\u0301", "\u200f", "\u202e", " ", "\n", ".", "12", "kl."];

/** Short units of the kinds that once made a pattern backtrack or a loop go quadratic. */
export const ADVERSARIAL_UNITS: string[] = [
  "a", "A", "Å", "1", "-", ".", " ", "\n", "ab.", "a@b.", "kl. 9 ", "A ", "Aa", "1 ", "1.", "12.12.", "1 111 ", "kr 1 ",
  "Aveien ", "Storgata 1 ", "A-", "www.", "http://x/", "@", "x.no ", "\u0000", "\u200f", "\ud800", "\udc00", "«", "(", "- \n",
  "01 03 07 49843 ", "12345678901", "+47 ", "innen ", "Deres ", "blir ", "f.eks. ", "\u001b[31m",
];

export const ADVERSARIAL_PATTERNS: AdversarialPattern[] = [
  rep("a-run", "a", "one huge lower-case word (tokenizer, long-word checks)"),
  rep("A-run", "A", "one huge capitalised word (STREET: [A-ZÆØÅ][\\p{L}-]*gata…)"),
  rep("Å-run", "Å", "non-ASCII capital run (STREET, abbreviation rule)"),
  rep("1-run", "1", "one huge number (AMOUNT_SUFFIX: \\d{1,3}(?:[ .]\\d{3})+|\\d+, ID patterns)"),
  rep("dash-run", "-", "one huge run of hyphens (STREET [\\p{L}-]*, /\\S+@\\S+/ in channels)"),
  rep("dot-run", ".", "dots only (sentence splitting, abbreviations)"),
  rep("space-run", " ", "whitespace only"),
  rep("newline-run", "\n", "empty lines only (paragraph and structure detection)"),
  rep("ab.", "ab.", "DOTTED_RE in the tokenizer (dotted abbreviations)"),
  rep("a@b.", "a@b.", "e-mail detection, DOTTED_RE"),
  { name: "a@b.b.b…no", target: "one e-mail-like word with a huge dotted domain (DOTTED_RE, e-mail patterns)", make: (n) => "a@" + repeatTo("b.", Math.max(0, n - 4)) + "no" },
  rep("kl. 9", "kl. 9 ", "many time facts (overlap checks in facts/extract.ts)"),
  rep("A space", "A ", "many capitalised one-letter words (STREET second branch, sentence starts)"),
  rep("Aa", "Aa", "mixed-case run (STREET, formal address)"),
  rep("1 space", "1 ", "many small numbers (AMOUNT_SUFFIX, phone numbers, IDs)"),
  rep("1.", "1.", "numbers with dots (NUM_DATE, ordinals, list markers)"),
  rep("12.12.", "12.12.", "numeric dates glued together"),
  rep("1 111", "1 111 ", "grouped thousands without a currency (AMOUNT_SUFFIX)"),
  rep("kr 1", "kr 1 ", "many amount facts"),
  rep("Aveien", "Aveien ", "many street facts"),
  rep("Storgata 1", "Storgata 1 ", "street names with house numbers"),
  rep("A-", "A-", "capital-hyphen run (STREET [A-ZÆØÅ][\\p{L}-]*)"),
  rep("www.", "www.", "URL detection"),
  rep("http://x/", "http://x/", "one huge URL"),
  rep("@", "@", "at signs only"),
  rep("x.no", "x.no ", "many bare domains"),
  rep("NUL", "\u0000", "NUL characters"),
  rep("RTL mark", "\u200f", "right-to-left marks"),
  rep("lone high surrogate", "\ud800", "unpaired surrogates"),
  rep("emoji", "👩‍👩‍👧", "grapheme clusters"),
  rep("«", "«", "quotation marks"),
  rep("(", "(", "unbalanced brackets"),
  rep("list", "- \n", "empty list items"),
  rep("fnr 6+5", "01 03 07 49843 ", "grouped fødselsnummer-like digits (ID detection, phones)"),
  rep("11 digits", "12345678901", "glued 11-digit runs"),
  rep("+47", "+47 ", "phone prefixes"),
  rep("innen", "innen ", "deadline words without dates"),
  rep("Deres", "Deres ", "formal address on every word"),
  rep("blir", "blir ", "passive auxiliaries on every word"),
  rep("f.eks.", "f.eks. ", "abbreviations on every word"),
  rep("ESC", "\u001b[31m", "terminal escape sequences"),
  {
    name: "mixed scripts",
    target: "Latin, Cyrillic, CJK, Arabic, Hebrew, Sámi, emoji, combining and bidi marks",
    make: (n) => {
      const r = seeded(1);
      let s = "";
      while (s.length < n) s += MIXED[Math.floor(r() * MIXED.length)];
      return s.slice(0, n);
    },
  },
  {
    name: "unit soup",
    target: "the short units above in random order",
    make: (n) => {
      const r = seeded(2);
      let s = "";
      while (s.length < n) s += ADVERSARIAL_UNITS[Math.floor(r() * ADVERSARIAL_UNITS.length)];
      return s.slice(0, n);
    },
  },
];
