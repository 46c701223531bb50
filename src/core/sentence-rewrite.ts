// One sentence of a draft rewritten as a whole, for the pane's «Skriv om setningen»: the letter's own
// sentence pass (channels/letter.ts plain(): empty opener dropped, the data rewrites, passive → active
// where the agent is known, stiff words) applied to a single span, with the letter's refusals (quoted
// speech, headings that would give the writer an obligation, appeal and access sentences turned around)
// and three more checks: the rewrite differs, keeps every fact, and leaves fewer findings than it found.
import type { Finding, Language } from "./model";
import { analyze } from "./analyze";
import { isQuote, plain } from "./channels/letter";
import { polishSentence } from "./channels/letter-polish";
import { factsKept, formalDraft, informalAddress, readerOf, type Reader } from "./channels/rewrite";
import { keepNames } from "./channels/compose-util";
import { extractFacts } from "./facts";
import { sentenceRole } from "./message/structure";

export interface SentenceRewrite {
  /** The rewritten span in the text (the sentence without surrounding blanks or a list marker). */
  start: number;
  end: number;
  before: string;
  after: string;
}

export interface SentenceRewriteOptions {
  /** The sentence as analysed: when the text at the span is no longer this, there is no rewrite. */
  expected?: string;
  /** A heading (or title): no obligation is given to the writer. Detected from the text when not given. */
  heading?: boolean;
  /** The finding the rewrite is offered for: it must be gone in the rewrite. */
  finding?: { rule: string; text: string };
  /** The draft's reader and address, when the caller has them (else read from `text`, as the letter does). */
  reader?: Reader;
  formal?: boolean;
}

// A heading states a rule or news: one rewritten to oblige a person ("Du må levere …") is refused, as the
// letter refuses to oblige the writer there (active.ts).
const OBLIGED = /(?:^|[ \u00A0])(?:du|dere|vi|me|you|we)[ \u00A0]+(?:må|skal|bør|must|should)(?![\p{L}])/iu;
const LIST_MARKER = /^(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+/u;
const MAX = 400;

/** A line of its own without end punctuation: what the parser takes for a heading (text/parse.ts). */
function headingSpan(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nl = text.indexOf("\n", end);
  const lineEnd = nl < 0 ? text.length : nl;
  return !text.slice(lineStart, start).trim() && !text.slice(end, lineEnd).trim() && !/[.!?:;,]$/.test(text.slice(start, end));
}

/** Findings per rule, for "fewer findings and none new". */
function ruleCounts(findings: Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) out.set(f.rule, (out.get(f.rule) ?? 0) + 1);
  return out;
}

/**
 * The sentence at [start, end) of `text` rewritten, or null when there is nothing safe to offer: the span
 * is not the expected text, a quote, a line break inside, too long; the rewrite is the same, changes a
 * fact, keeps the offered finding, or does not leave fewer findings (with none of a new kind or more of one).
 */
export function sentenceRewrite(text: string, span: { start: number; end: number }, language: Language, options: SentenceRewriteOptions = {}): SentenceRewrite | null {
  let { start, end } = span;
  if (!(start >= 0 && end <= text.length && start < end)) return null;
  if (options.expected !== undefined && text.slice(start, end) !== options.expected) return null;
  // The sentence itself: no surrounding blanks, no list marker (the letter keeps the marker as it is).
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  const marker = LIST_MARKER.exec(text.slice(start, end));
  if (marker) {
    // A dash-led line of speech ("– Byrden er stor, sier …") is a quote, not a list item.
    if (marker[0].startsWith("–")) return null;
    start += marker[0].length;
  }
  const before = text.slice(start, end);
  if (!before || before.length > MAX || before.includes("\n") || isQuote(before) || /^#/.test(before)) return null;

  const reader = options.reader ?? readerOf(text, language);
  const formal = options.formal ?? formalDraft(text, language);
  // De/Dem/Deres become du/deg/din only where the draft is formal throughout and written to one reader.
  const address = formal && reader === "du";
  const heading = options.heading ?? headingSpan(text, start, end);
  let after: string;
  if (heading) {
    // As the letter's headings: address, then the last pass that gives no obligation to the writer.
    after = polishSentence(address ? informalAddress(before, language, true) : before, language, { heading: true });
    if (OBLIGED.test(after) && !OBLIGED.test(before)) return null;
  } else {
    // Appeal and access sentences keep their order in the letter (only the data rewrites apply).
    const role = sentenceRole({ text: before, start: 0, end: before.length, kind: "text", paragraph: 0 }, safeFacts(before));
    after = plain(before, language, reader, formal, role !== "appeal" && role !== "access", address);
  }
  after = keepNames(before, after.trim(), text, language);
  if (!after || after === before || !factsKept(before, after)) return null;

  const afterFindings = analyze(after, { language }).findings;
  const was = ruleCounts(analyze(before, { language }).findings);
  const now = ruleCounts(afterFindings);
  let fewer = false;
  for (const [rule, n] of now) if (n > (was.get(rule) ?? 0)) return null;
  for (const [rule, n] of was) if ((now.get(rule) ?? 0) < n) fewer = true;
  if (!fewer) return null;
  const f = options.finding;
  if (f && afterFindings.some((x) => x.rule === f.rule && x.text.toLowerCase() === f.text.toLowerCase())) return null;
  return { start, end, before, after };
}

function safeFacts(sentence: string) {
  try {
    return extractFacts(sentence);
  } catch {
    return [];
  }
}
