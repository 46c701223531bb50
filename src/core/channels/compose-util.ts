// Small helpers shared by the composers.
import type { Fact } from "../model";
import type { DraftStructure, Sent } from "../message/structure";
import { splitRanges, partText } from "../text/split";
import { dropOpener } from "./openers";
import imperatives from "../message/cues/imperatives.json";
import { rewriteSentence, informalAddress, readerOf } from "./rewrite";

const TITLE_PREFIX = /^(?:vedrørende|vedr\.?|angående|ang\.|gjelder|bekjentgjøring|kunngjøring|kunngjering|re:)\s*[:–—-]?\s*/iu;

/** The title without reference prefixes ("Vedrørende", "Bekjentgjøring –"), first letter upper-case. */
export function cleanTitle(title: string): string {
  let t = title.trim().replace(/\s+/g, " ");
  const stripped = t.replace(TITLE_PREFIX, "");
  if (stripped.length >= 8) t = stripped;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function endSentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : t.replace(/[:;,]$/, "") + ".";
}

export function factsIn(facts: Fact[], span: { start: number; end: number }, kind?: string): Fact[] {
  return facts.filter((f) => f.start >= span.start && f.end <= span.end && (!kind || f.kind === kind));
}

export { words as wordCount } from "../text/split";

const PAST_CONTEXT = /(?<![\p{L}\p{N}])(mottatt|motteke|datert|vedtok|vedtatt|dated|received|sendt|fikk|fekk|sist|vart|was|were)(?![\p{L}\p{N}])/iu;

/** The date that matters most for a public message: the first date not about the past and not a deadline. */
export function keyDate(facts: Fact[], st: DraftStructure): Fact | undefined {
  const deadlines = facts.filter((f) => f.kind === "deadline");
  const dates = facts.filter((f) => f.kind === "date" && !deadlines.some((d) => d.start <= f.start && d.end >= f.end));
  for (const d of dates) {
    const around = st.doc.text.slice(Math.max(0, d.start - 30), d.start) + " " + st.doc.text.slice(d.end, d.end + 25);
    if (!PAST_CONTEXT.test(around)) return d;
  }
  return undefined;
}

/** The deadline that matters most: the first deadline with a date. */
const NOT_READER_DEADLINE = /(rekna|regnet|regner|reknar)\s+med|forvent\p{L}*|expected/iu;
const CONDITIONAL = /^(?:[\p{L}-]+\s+som|dersom|hvis|viss|om|når|if|when|those who|anyone who)\s/iu;
export function keyDeadline(facts: Fact[], st?: DraftStructure): Fact | undefined {
  return facts.find((f) => {
    if (f.kind !== "deadline" || !/^(\d{4}|--)/.test(f.value)) return false;
    const s = st ? sentenceOf(st, f) : undefined;
    // A deadline for some readers only ("Innbyggere som …", "Dersom …") is not the message's deadline.
    return !(s && (NOT_READER_DEADLINE.test(s.text) || CONDITIONAL.test(s.text.trim())));
  });
}

/** The date part of a deadline fact ("innen 20. august 2025" → the date fact inside it). */
export function dateInside(facts: Fact[], deadline: Fact): Fact | undefined {
  return facts.find((f) => f.kind === "date" && f.start >= deadline.start && f.end <= deadline.end);
}

/**
 * The time that goes with a date: in the same sentence, the nearest after it ("14. oktober kl. 08–16"), else
 * the nearest before it ("Kl. 08.00–16.00 tirsdag 14. oktober").
 */
export function timeNear(facts: Fact[], st: DraftStructure, date: Fact): Fact | undefined {
  const s = st.doc.sentences.find((x) => x.start <= date.start && x.end >= date.end);
  if (!s) return undefined;
  const times = facts.filter((f) => f.kind === "time" && f.start >= s.start && f.end <= s.end);
  const after = times.filter((f) => f.start >= date.end).sort((a, b) => a.start - b.start)[0];
  if (after) return after;
  return times.filter((f) => f.end <= date.start).sort((a, b) => b.start - a.start)[0];
}

/** A time as it reads inside a sentence ("Kl. 08.00" at the start of the draft's sentence → "kl. 08.00"). */
export function timeText(time: Fact): string {
  return time.text.replace(/^K(?=l\.? |lokka |lokken )/, "k");
}

/** The web address to point readers to: the first in the lead or action, else the first in the draft (not a contact page). */
export function keyUrl(facts: Fact[]): Fact | undefined {
  const urls = facts.filter((f) => f.kind === "url");
  return urls.find((u) => u.value.includes("/") && !/\/(kontakt|contact|personvern)/.test(u.value)) ?? urls[0];
}

export function sentenceOf(st: DraftStructure, f: Fact): Sent | undefined {
  const s = st.doc.sentences.find((x) => x.start <= f.start && x.end >= f.end);
  return s ? { text: s.text, start: s.start, end: s.end, kind: s.kind, paragraph: s.paragraph } : undefined;
}

/** A full https:// link for a web address written with or without scheme. */
export function fullUrl(text: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  const slash = text.search(/[/?#]/);
  return "https://" + (slash < 0 ? text.toLowerCase() : text.slice(0, slash).toLowerCase() + text.slice(slash));
}

/** Sentences that say what the reader must do ("Drikkevatn skal kokast …"); not questions or conditions. */
export const MUST = /(?<![\p{L}])(skal|må|bør|must|should)(?![\p{L}])/iu;
const INSTRUCTION = new Map<string, boolean>();
export function isInstruction(text: string): boolean {
  let r = INSTRUCTION.get(text);
  if (r === undefined) {
    if (INSTRUCTION.size > 5000) INSTRUCTION.clear();
    r = instruction(text);
    INSTRUCTION.set(text, r);
  }
  return r;
}

const IMPERATIVE = new Set([...imperatives.nb, ...imperatives.nn, ...imperatives.en]);

function instruction(text: string): boolean {
  const t = text.trim();
  // "Tapp vann på forhånd." — an imperative first is an instruction (not "Les mer …", which only points on).
  const first = t.split(/\s+/, 2);
  if (IMPERATIVE.has(first[0]?.toLowerCase() ?? "") && !/^(?:mer|meir|more)$/i.test(first[1] ?? "") && !/\?$/.test(t)) return true;
  // "Vi ber deg sende …", "Vi ber om at …" (the rewritten "Abonnentene bes om å …") ask the reader to act.
  if (/^(?:vi ber (?:deg|dere|dykk|om at|alle|samtlige|samtlege)|vi oppfordrer (?:deg|dere|dykk)|we ask you)(?![\p{L}])/iu.test(t) && !/\?$/.test(t)) return true;
  if (!MUST.test(t)) return false;
  // Questions, conditions and inverted conditions ("Er du revisjonspliktig, må du …") are not instructions to all.
  if (/\?$/.test(t) || CONDITIONAL.test(t) || /^\p{L}+\s+(?:du|dere|dykk|you)\s/iu.test(t)) return false;
  // The modal is the main-clause verb (Norwegian V2: within the first five words), and not negated.
  const words = t.split(/\s+/).map((w) => w.replace(/[,.;:!]+$/, "").toLowerCase());
  const i = words.findIndex((w) => MUST.test(w));
  return i >= 1 && i <= 4 && !words.slice(i + 1, i + 3).some((w) => /^(ikke|ikkje|aldri|not|never)$/.test(w));
}

/** Sentences that tell the reader what to do or what applies to them. */
export const ACT = /(?<![\p{L}])(du|deg|dykk|dere|you|skal|må|bør|must|should)(?![\p{L}])/iu;

/**
 * The draft's own text sentences, long ones split where two main clauses meet, empty openers dropped and
 * the bureaucratic constructions of rewrites/*.json rewritten (facts unchanged; start/end stay the draft span).
 */
const CANDIDATES = new WeakMap<DraftStructure, Sent[]>();
export function candidateSentences(st: DraftStructure): Sent[] {
  const cached = CANDIDATES.get(st);
  if (cached) return cached;
  const reader = readerOf(st.doc.text);
  const out = st.sections
    .flatMap((s) => s.paras.flatMap((p) => p.sentences))
    .filter((s) => s.kind === "text")
    .flatMap((s) =>
      splitRanges(s.text).map(([a, b], i) => {
        const t = partText(s.text, [a, b]);
        return { ...s, start: s.start + a, end: s.start + b, text: rewriteSentence(i === 0 ? dropOpener(informalAddress(t, st.language), st.language) : t, st.language, reader) };
      }),
    );
  CANDIDATES.set(st, out);
  return out;
}
