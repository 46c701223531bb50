// Social post: what matters to the reader first, one or two plain sentences, the date, the full link,
// CamelCase hashtags from the options (none invented), no emoji. Fitted to X's 280 weighted characters
// where the draft allows it.
import type { Fact } from "../model";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { cleanTitle, dateInside, keyDate, keyDeadline, keyUrl, timeNear, wordCount, fullUrl } from "./compose-util";
import { toHashtag, xLength } from "./post";
import { POST } from "./profiles";
import type { DraftStructure, Sent } from "./structure";
import type { Composed } from "./sms-compose";

export interface PostComposeOptions {
  hashtags?: string[];
}

export function composePost(st: DraftStructure, facts: Fact[], T: Templates, opts: PostComposeOptions): Composed {
  const required: Fact[] = [];
  const sentences: Sent[] = st.sections.flatMap((s) => s.paras.flatMap((p) => p.sentences)).filter((s) => s.kind === "text");
  const title = st.title ? cleanTitle(st.title.text) : "";
  const lead = sentences.filter((s) => wordCount(s.text) <= 25 && !facts.some((f) => (f.kind === "url" || f.kind === "phone" || f.kind === "email") && f.start >= s.start && f.end <= s.end) && !facts.some((f) => (f.kind === "personal-id" || f.kind === "account-number") && f.start >= s.start && f.end <= s.end));
  const opening = title || (lead[0]?.text.trim() ?? "");
  const body = title ? lead.slice(0, 2) : lead.slice(1, 3);
  const covered = (f: Fact | undefined, picked: Sent[]) => !!f && ((st.title && f.start >= st.title.start && f.end <= st.title.end) || picked.some((s) => f.start >= s.start && f.end <= s.end));

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
    if (date && !covered(date, picked)) lines.push(fill(T.when, { when: [date.text, time && !covered(time, picked) ? time.text : ""].filter(Boolean).join(", ") }));
    if (dlDate && dlDate.value !== date?.value && !covered(dlDate, picked)) lines.push(fill(T.deadline, { date: dlDate.text }));
    const blocks = [opening, picked.map((s) => s.text.trim()).join(" "), lines.join("\n"), url ? fill(T.postReadMore, { url: fullUrl(url.text) }) : "", tags.join(" ")];
    return blocks.filter(Boolean).join("\n\n");
  };
  let picked = body.slice();
  let text = build(picked);
  while (picked.length && xLength(text) > POST.x.max) {
    picked = picked.slice(0, -1);
    text = build(picked);
  }
  return { text, required };
}
