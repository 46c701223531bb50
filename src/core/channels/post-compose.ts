// Social post: what matters to the reader first, one or two plain sentences, the date, the full link,
// CamelCase hashtags from the options (none invented), no emoji. Fitted to X's 280 weighted characters
// where the draft allows it.
import type { Fact } from "../model";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { candidateSentences, ACT, isInstruction, cleanTitle, dateInside, keyDate, keyDeadline, keyUrl, timeNear, timeText, wordCount, fullUrl } from "./compose-util";
import { toHashtag, xLength } from "./post";
import { POST } from "./profiles";
import type { DraftStructure, Sent } from "./structure";
import type { Composed } from "./sms-compose";
import { analyzeDoc } from "../index";

const STYLE_RULES = new Set(["kanselli", "passive", "formal-address", "nominalization", "long-sentence", "abbreviation"]);
/**
 * Style findings left in each (rewritten) sentence, from one analysis of the sentences as paragraphs; a post
 * prefers the plainest of equally important sentences.
 */
function styleFindings(texts: string[]): number[] {
  const counts = texts.map(() => 0);
  if (!texts.length) return counts;
  try {
    const starts: number[] = [];
    let at = 0;
    for (const t of texts) {
      starts.push(at);
      at += t.length + 2;
    }
    for (const f of analyzeDoc(texts.join("\n\n"), {}).findings) {
      if (!STYLE_RULES.has(f.rule)) continue;
      let i = starts.length - 1;
      while (i > 0 && starts[i] > f.start) i--;
      counts[i]++;
    }
  } catch {
    // No preference without an analysis.
  }
  return counts;
}

export interface PostComposeOptions {
  hashtags?: string[];
  /** The organisation's web page, used as the link when the draft has none. */
  contactWeb?: string;
}

export function composePost(st: DraftStructure, facts: Fact[], T: Templates, opts: PostComposeOptions): Composed {
  const required: Fact[] = [];
  const sentences: Sent[] = candidateSentences(st);
  const title = st.title ? cleanTitle(st.title.text) : "";
  // Sentences holding a link, phone, e-mail or identifier stay out of the body (the link has its own line).
  const blocked = facts.filter((f) => ["url", "phone", "email", "personal-id", "account-number"].includes(f.kind)).sort((a, b) => a.start - b.start);
  const holdsBlocked = (s: Sent) => {
    let lo = 0;
    let hi = blocked.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocked[mid].start < s.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < blocked.length && blocked[lo].start < s.end;
  };
  // Posts take short sentences only (the core flags sentences from 20 words).
  const lead = sentences.filter((s) => wordCount(s.text) <= 20 && !holdsBlocked(s));
  const opening = title || (lead[0]?.text.trim() ?? "");
  const openingSent = title ? undefined : lead[0];
  // What the reader must know or do comes first: sentences with "du"/"skal"/"må", then the others, in draft order.
  const pool = title ? lead : lead.slice(1);
  const usable = pool.filter((s) => !/\?$/.test(s.text.trim()));
  // Only the opening paragraphs can speak for the whole message; later ones are details.
  const paras = [...new Set(sentences.map((s) => s.paragraph))].slice(0, 2);
  const early = (s: Sent) => paras.includes(s.paragraph);
  const rank = (s: Sent) => (!early(s) ? 2 : isInstruction(s.text) ? 0 : ACT.test(s.text) && !/^(?:dersom|hvis|viss|om|if)\s/iu.test(s.text) ? 1 : 2);
  const ranks = usable.map(rank);
  const speakingIdx = ranks.map((r, i) => (r < 2 ? i : -1)).filter((i) => i >= 0);
  const styleOf = new Map<number, number>();
  if (speakingIdx.length > 2) styleFindings(speakingIdx.map((i) => usable[i].text.trim())).forEach((n, k) => styleOf.set(speakingIdx[k], n));
  const sorted = usable.map((s, i) => ({ s, i, r: ranks[i], n: styleOf.get(i) ?? 0 })).sort((a, b) => a.r - b.r || a.n - b.n || a.i - b.i);
  // One or two sentences that speak to the reader; a plain statement only when there is none.
  const speaking = sorted.filter((x) => x.r < 2).slice(0, 2);
  const ranked = (speaking.length ? speaking : sorted.slice(0, 1)).map((x) => x.s);
  const inOrder = (xs: Sent[]) => pool.filter((s) => xs.includes(s));
  const covered = (f: Fact | undefined, picked: Sent[]) =>
    !!f && ((st.title && f.start >= st.title.start && f.end <= st.title.end) || [...picked, ...(openingSent ? [openingSent] : [])].some((s) => f.start >= s.start && f.end <= s.end));

  const date = keyDate(facts, st);
  const time = date ? timeNear(facts, st, date) : undefined;
  const deadline = keyDeadline(facts, st);
  const dlDate = deadline ? dateInside(facts, deadline) : undefined;
  const url = keyUrl(facts);
  if (date) required.push(date);
  if (url) required.push(url);
  const tags = [...new Set((opts.hashtags ?? []).map(toHashtag).filter(Boolean))].slice(0, POST.instagram.maxHashtags);

  const build = (picked: Sent[]) => {
    const lines: string[] = [];
    if (date && !covered(date, picked)) lines.push(fill(T.when, { when: [date.text, time && !covered(time, picked) ? timeText(time) : ""].filter(Boolean).join(", ") }));
    if (dlDate && dlDate.value !== date?.value && !covered(dlDate, picked)) lines.push(fill(T.deadline, { date: dlDate.text }).replace(/\.$/, ""));
    const blocks = [opening, picked.map((s) => s.text.trim()).join(" "), lines.join("\n"), url ? fill(T.postReadMore, { url: fullUrl(url.text) }) : opts.contactWeb ? fill(T.postReadMore, { url: fullUrl(opts.contactWeb) }) : "", tags.join(" ")];
    return blocks.filter(Boolean).join("\n\n");
  };
  // Drop the least important sentence until the post fits X.
  let keep = ranked.slice();
  let text = build(inOrder(keep));
  while (keep.length && xLength(text) > POST.x.max) {
    keep = keep.slice(0, -1);
    text = build(inOrder(keep));
  }
  return { text, required };
}
