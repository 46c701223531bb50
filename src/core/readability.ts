// LIX and sentence statistics, with the counting rules of plain-language.md §3.3:
// - words: tokens with at least one letter; URLs, e-mail addresses, numbers, §, dashes are not words;
// - long word: more than six letters (letters only: "e-post" has 5);
// - sentences: as segmented by parse() (abbreviations, ordinals, dates, times, decimals, initials and
//   domains do not end a sentence; headings, list items and signature lines are sentences of their own);
//   a sentence without any word is not counted.
// LIX = words/sentences + 100 * longWords/words (Björnsson 1968).
import type { Doc, Locale, ReadabilityStats } from "./model";
import { docWords, F_LONG, F_WORD, sentenceWordCounts } from "./rules/vocab";

export { isLongWord, letterCount } from "./long-word";

export type LixBand = ReadabilityStats["band"];

/** Five-band Norwegian scale (Tansa / klartsagt.no wording, plain-language.md §3.2). */
export function lixBand(lix: number): LixBand {
  if (lix < 30) return "very-easy";
  if (lix < 40) return "easy";
  if (lix < 50) return "medium";
  if (lix < 60) return "hard";
  return "very-hard";
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/** Code points in s: UTF-16 units minus one per surrogate pair (the regex engine finds the pairs). */
function countCodePoints(s: string): number {
  let pairs = 0;
  SURROGATE_PAIR.lastIndex = 0;
  while (SURROGATE_PAIR.exec(s) !== null) pairs++;
  return s.length - pairs;
}

/** Readability statistics of a parsed document. */
export function readability(doc: Doc): ReadabilityStats {
  // Word and long-word flags come from the per-token table the rules share (rules/vocab.ts).
  const flags = docWords(doc).flags;
  let words = 0;
  let longWords = 0;
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i];
    if (f & F_WORD) words++;
    if (f & F_LONG) longWords++;
  }
  let sentences = 0;
  // An indexed loop: for…of over a typed array made an iterator result per sentence here.
  const counts = sentenceWordCounts(doc);
  for (let s = 0; s < counts.length; s++) if (counts[s] > 0) sentences++;
  const avg = sentences > 0 ? words / sentences : 0;
  const pct = words > 0 ? (100 * longWords) / words : 0;
  const lix = avg + pct;
  return {
    words,
    sentences,
    longWords,
    avgSentenceLength: round1(avg),
    longWordPercent: round1(pct),
    lix: round1(lix),
    band: lixBand(lix),
    characters: countCodePoints(doc.text),
    paragraphs: doc.paragraphs.length,
  };
}

/** Targets used to explain a score (Språkrådet: 15–20 words a sentence on average; own target for long words). */
export const LIX_TARGETS = { avgSentenceLength: 15, longWordPercent: 25, lix: 40 } as const;

export type LixReason = "long-sentences" | "long-words";

/** Under this many words LIX is shown with a caveat. */
export const SHORT_TEXT_WORDS = 50;

/** Why a text scores high: the terms that exceed their target, the larger excess first. Empty when LIX is under 40. */
export function lixReasons(stats: Pick<ReadabilityStats, "lix" | "avgSentenceLength" | "longWordPercent">): LixReason[] {
  if (stats.lix < LIX_TARGETS.lix) return [];
  const a = stats.avgSentenceLength - LIX_TARGETS.avgSentenceLength;
  const b = stats.longWordPercent - LIX_TARGETS.longWordPercent;
  const out: Array<[LixReason, number]> = [];
  if (a > 0) out.push(["long-sentences", a]);
  if (b > 0) out.push(["long-words", b]);
  if (out.length === 0) out.push(a >= b ? ["long-sentences", a] : ["long-words", b]);
  return out.sort((x, y) => y[1] - x[1]).map((x) => x[0]);
}

const BAND_LABELS: Record<Locale, Record<LixBand, string>> = {
  nb: { "very-easy": "svært lett", easy: "lett", medium: "middels", hard: "vanskelig", "very-hard": "svært vanskelig" },
  nn: { "very-easy": "svært lett", easy: "lett", medium: "middels", hard: "vanskeleg", "very-hard": "svært vanskeleg" },
  en: { "very-easy": "very easy", easy: "easy", medium: "medium", hard: "hard", "very-hard": "very hard" },
};

export function lixBandLabel(band: LixBand, locale: Locale = "nb"): string {
  return (BAND_LABELS[locale] ?? BAND_LABELS.nb)[band];
}

function num(x: number, locale: Locale): string {
  const s = (Math.round(x * 10) / 10).toString();
  return locale === "en" ? s : s.replace(".", ",");
}

/** One or two sentences in the UI language saying how hard the text is and why. */
export function explainLix(stats: ReadabilityStats, locale: Locale = "nb"): string {
  const loc: Locale = locale === "nn" || locale === "en" ? locale : "nb";
  const band = lixBandLabel(stats.band, loc);
  const lix = num(stats.lix, loc);
  const avg = num(stats.avgSentenceLength, loc);
  const pct = num(stats.longWordPercent, loc);
  if (stats.words === 0) {
    return { nb: "Ingen ord å måle.", nn: "Ingen ord å måle.", en: "No words to measure." }[loc];
  }
  const reasons = lixReasons(stats);
  const head = { nb: `LIX ${lix} (${band}).`, nn: `LIX ${lix} (${band}).`, en: `LIX ${lix} (${band}).` }[loc];
  // Björnsson's measure needs running text: on an SMS-length text one long word moves it by several points.
  const caveat =
    stats.words < SHORT_TEXT_WORDS
      ? {
          nb: ` Teksten er kort (${stats.words} ord), så LIX er usikker.`,
          nn: ` Teksten er kort (${stats.words} ord), så LIX er usikker.`,
          en: ` The text is short (${stats.words} words), so LIX is uncertain.`,
        }[loc]
      : "";
  if (reasons.length === 0) {
    return `${head} ${
      {
        nb: `Setningene har i snitt ${avg} ord, og ${pct} % av ordene er lange.`,
        nn: `Setningane har i snitt ${avg} ord, og ${pct} % av orda er lange.`,
        en: `Sentences average ${avg} words, and ${pct}% of the words are long.`,
      }[loc]
    }${caveat}`;
  }
  const parts = reasons.map((r) =>
    r === "long-sentences"
      ? {
          nb: `setningene er lange (i snitt ${avg} ord; sikt mot ${LIX_TARGETS.avgSentenceLength})`,
          nn: `setningane er lange (i snitt ${avg} ord; sikt mot ${LIX_TARGETS.avgSentenceLength})`,
          en: `sentences are long (${avg} words on average; aim for ${LIX_TARGETS.avgSentenceLength})`,
        }[loc]
      : {
          nb: `mange ord er lange (${pct} % har over seks bokstaver; sikt mot ${LIX_TARGETS.longWordPercent} %)`,
          nn: `mange ord er lange (${pct} % har over seks bokstavar; sikt mot ${LIX_TARGETS.longWordPercent} %)`,
          en: `many words are long (${pct}% have more than six letters; aim for ${LIX_TARGETS.longWordPercent}%)`,
        }[loc],
  );
  const and = { nb: " og ", nn: " og ", en: " and " }[loc];
  const why = { nb: "Høy fordi ", nn: "Høg fordi ", en: "High because " }[loc];
  return `${head} ${why}${parts.join(and)}.${caveat}`;
}
