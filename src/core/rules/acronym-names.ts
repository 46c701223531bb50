// An acronym's written-out name: "TT-kort (tilrettelagt transport)", "NAV (Arbeids- og velferdsforvaltningen)".
// The words in the brackets are a name when their initials spell the acronym before them, and so is the same
// phrase anywhere else in the document ("retningslinjer for tilrettelagt transport"): no word in it is
// flagged as stiff language, since the name of a service is not the writer's choice.

const EXPANSION = /(?<![\p{L}\d])(\p{Lu}{2,6})(?:-\p{L}+)?[ \u00A0]*\(([^()\n]{3,80})\)/gu;
/** Small words a name may hold that give no letter of its acronym ("Arbeids- og velferdsetaten"). */
const SMALL = /^(?:og|i|for|av|til|på|med|of|and|the)$/iu;

function initials(phrase: string): string {
  return phrase
    .split(/[\s\u00A0-]+/u)
    .filter((w) => w.length > 0 && !SMALL.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}

/** The spans [start, end) of the text that are an acronym's written-out name, wherever it stands. */
// Every substitution rule asks for the same document's spans: the last answer is kept (one document at a time).
let last: { text: string; spans: Array<[number, number]> } | undefined;
export function acronymNameSpans(text: string): Array<[number, number]> {
  if (last && last.text === text) return last.spans;
  const spans = findSpans(text);
  last = { text, spans };
  return spans;
}

function findSpans(text: string): Array<[number, number]> {
  const phrases = new Set<string>();
  for (const m of text.matchAll(EXPANSION)) {
    const phrase = m[2].trim();
    if (initials(phrase) === m[1]) phrases.add(phrase.toLowerCase());
  }
  if (phrases.size === 0) return [];
  const lower = text.toLowerCase();
  const spans: Array<[number, number]> = [];
  for (const p of phrases) {
    for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) spans.push([at, at + p.length]);
  }
  return spans;
}

/** Whether [start, end) lies inside one of the spans. */
export function insideSpan(spans: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  for (const [a, b] of spans) if (start >= a && end <= b) return true;
  return false;
}
