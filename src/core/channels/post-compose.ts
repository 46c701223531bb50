// Social post, rendered from the message: what matters to the reader first — the title, the sentence that
// says what happens (cleared of any time of another role), a warning, what the reader must do — then the
// time, the place and the deadline when the sentences do not already say them, the full link, CamelCase
// hashtags from the options (none invented), no emoji. Fitted to X's 280 weighted characters where it can.
import type { Edit, Fact } from "../model";
import type { Message, MessageTime, Part } from "../message/types";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { cleanTitle, endSentence, fullUrl } from "./compose-util";
import { toHashtag, xLength } from "./post";
import { POST } from "./profiles";
import type { Composed, Left } from "./sms-compose";
import { pruneTimes, plainSentence, readerVoice, timeText, tidy, wrongRoleTimes } from "./render";

export interface PostComposeOptions {
  hashtags?: string[];
  /** The organisation's web page, used as the link when the draft has none. */
  contactWeb?: string;
  blocked: Array<{ start: number; end: number }>;
  /** The draft's safe fixes (draft offsets), applied inside the sentences the variant uses. */
  edits: ReadonlyArray<Edit>;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function factsOf(t: MessageTime | undefined, facts: Fact[]): Fact[] {
  if (!t) return [];
  const spans = [t, ...(t.clock ? [t.clock] : [])];
  return facts.filter((f) => (f.kind === "date" || f.kind === "time") && spans.some((s) => f.start >= s.start && f.end <= s.end));
}

export function composePost(m: Message, draft: string, facts: Fact[], T: Templates, opts: PostComposeOptions): Composed {
  const language = m.language;
  const ev = m.events[0];
  const wrong = wrongRoleTimes(m);
  const omitted: Left[] = [];
  const say = (p: Part | undefined): string | undefined => {
    if (!p || opts.blocked.some((b) => overlaps(b, p))) return undefined;
    const pruned = pruneTimes(p, wrong, opts.edits);
    return pruned === null ? undefined : endSentence(readerVoice(plainSentence(pruned, language, draft), language));
  };
  const title = m.subject.text ? cleanTitle(m.subject.text) : "";
  const eventSentence = ev && ev.what.start !== m.subject.start ? say(ev.what) : undefined;
  const opening = title || eventSentence || "";
  const body: Array<{ text: string; part?: Part; kind: "event" | "warning" | "action" }> = [];
  if (eventSentence && eventSentence !== opening) body.push({ text: eventSentence, part: ev!.what, kind: "event" });
  const used = (p: Part) => body.some((b) => b.part && overlaps(b.part, p)) || (ev && !eventSentence && overlaps(ev.what, p) && ev.what.start === m.subject.start);
  if (m.kind === "warning") {
    const w = m.warnings.find((x) => !used(x) && say(x));
    if (w) body.push({ text: say(w)!, part: w, kind: "warning" });
  }
  for (const a of m.actions) {
    if (body.filter((b) => b.kind === "action").length >= 2) break;
    if (used(a)) continue;
    const s = say(a);
    if (s && s.split(/\s+/).length <= 30) body.push({ text: s, part: a, kind: "action" });
    else omitted.push({ part: "action", why: s ? "too-long" : opts.blocked.some((b) => overlaps(b, a)) ? "personal-data" : "role", text: a.text });
  }
  const when = ev?.when;
  const dl = m.actions.find((a) => a.deadline && a.deadline.form === "date")?.deadline;
  const url = m.links[0];
  const tags = [...new Set((opts.hashtags ?? []).map(toHashtag).filter(Boolean))].slice(0, POST.instagram.maxHashtags);
  const build = (keep: typeof body) => {
    const prose = [opening, ...keep.map((b) => b.text)].join(" ");
    const lines: string[] = [];
    if (when && !prose.includes(when.text.trim())) lines.push(fill(T.when, { when: timeText(when, language) }));
    if (ev?.where && !prose.includes(ev.where.text)) lines.push(fill(T.where, { where: ev.where.text }));
    if (dl && dl.value !== when?.value && !prose.includes(dl.text.trim())) lines.push(fill(T.deadline, { date: timeText(dl, language) }).replace(/\.$/, ""));
    const link = url ? fill(T.postReadMore, { url: fullUrl(url.text) }) : opts.contactWeb ? fill(T.postReadMore, { url: fullUrl(opts.contactWeb) }) : "";
    return tidy([opening, keep.map((b) => b.text).join(" "), lines.join("\n"), link, tags.join(" ")].filter(Boolean).join("\n\n"));
  };
  // Drop the least important sentence (the last action first) until the post fits X.
  let keep = body.slice();
  let text = build(keep);
  while (keep.length && xLength(text) > POST.x.max) {
    const drop = keep[keep.length - 1];
    if (drop.kind !== "event" || title) omitted.push({ part: drop.kind, why: "too-long", text: drop.text });
    keep = keep.slice(0, -1);
    text = build(keep);
  }
  for (const t of wrong) omitted.push({ part: "time", why: `role-${t.role}`, text: t.text });
  if (!when && ev && ["notice", "change"].includes(m.kind)) omitted.push({ part: "when", why: "not-in-draft" });
  const required: Fact[] = [...factsOf(when, facts)];
  if (url) required.push(...facts.filter((f) => f.kind === "url" && f.start === url.start));
  return { text, required, omitted };
}
