// Two main clauses joined by ", og <pronoun>" or ", men" (not ", men som …", ", men ikke …": no main clause
// follows) can stand as two sentences: only the comma and
// "og" go, every other word stays. Used for sentences over the long-sentence threshold (25 words).
const JOINS = /,\s+(?:og|and)\s+(?=(?:det|den|dette|disse|vi|du|dere|de|dei|dykk|man|me|eg|jeg|we|you|it|this|they)\s)|,\s+(?=(?:men|but)\s(?!(?:som|at|om|ikke|ikkje|også|òg|bare|berre|kun|heller|that|who|which|not|also|only)[\s,]))/giu;
const LONG = 25;
const SUBORDINATE_OPEN = /^(?:hvis|dersom|viss|om|når|fordi|sidan|siden|mens|medan|før|etter at|if|when|unless|because|while|once)[\s,]/iu;
/** "vi ikke har", "dei ikkje har": the negation before the verb is the order of a subordinate clause. */
const SUBORDINATE_ORDER = /^\S+\s+(?:ikke|ikkje|aldri|allerede|alltid|også|òg)\s+(?:har|er|kan|vil|skal|må|får|blir|vert|hadde|var)(?![\p{L}])/iu;

/** Number of whitespace-separated words. */
export function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Where a long sentence can be split: [start, end) ranges of its parts (the joins between are dropped). */
export function splitRanges(sentence: string): Array<[number, number]> {
  if (words(sentence) <= LONG) return [[0, sentence.length]];
  const out: Array<[number, number]> = [];
  let last = 0;
  JOINS.lastIndex = 0;
  for (let m = JOINS.exec(sentence); m; m = JOINS.exec(sentence)) {
    const head = sentence.slice(last, m.index);
    const rest = sentence.slice(m.index + m[0].length);
    if (words(head) < 6 || words(rest) < 6 || /\d$/.test(head)) continue;
    // Inside a clause that opens on a subordinator ("Hvis du ikke er hjemme når vi kommer, og vi ikke har fått
    // beskjed, må vi …"), or before a clause in subordinate order ("og vi ikke har"): no main clause on either side.
    if (SUBORDINATE_OPEN.test(head.trimStart()) || SUBORDINATE_ORDER.test(rest)) continue;
    out.push([last, m.index]);
    last = m.index + m[0].length;
  }
  out.push([last, sentence.length]);
  return out;
}

/** Text of one part: first letter upper-case, a full stop when the part was cut off. */
export function partText(sentence: string, [a, b]: [number, number]): string {
  const x = sentence.slice(a, b).trim();
  const y = x.charAt(0).toUpperCase() + x.slice(1);
  return b < sentence.length && !/[.!?]$/.test(y) ? y + "." : y;
}

export function splitLong(sentence: string): string {
  const r = splitRanges(sentence);
  return r.length === 1 ? sentence : r.map((x) => partText(sentence, x)).join(" ");
}

