// SMS: the shape real public-sector SMS have (corpus/sms): greeting, the one key message with its
// date/time, what to do, where to read more as plain text, sign-off with the sender. One part is the
// target, two the limit. A draft addressed to one person gets a notice that there is a letter, never the case.
import type { Fact } from "../model";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { isInstruction, candidateSentences, cleanTitle, dateInside, endSentence, keyDate, keyDeadline, keyUrl, sentenceOf, timeNear, timeText, wordCount, fullUrl } from "./compose-util";
import { gsmSafe, smsInfo } from "./sms";
import type { DraftStructure } from "./structure";
import type { Suitability } from "./suitability";
import { urlDomain } from "../detect";
import { WEEKDAY } from "../facts/patterns";

export type SmsLinkPolicy = "none" | "domain" | "url";

export interface SmsComposeOptions {
  sender?: string;
  smsLinks: SmsLinkPolicy;
  contactWeb?: string;
}

export interface Composed {
  text: string;
  /** Draft facts this variant must keep. */
  required: Fact[];
  unsuitable?: string;
}

/** The first candidate (best first) that fits one part, else the first that fits two, else the shortest. */
function pick(candidates: string[]): string {
  const clean: string[] = [];
  const parts: number[] = [];
  for (const raw of candidates) {
    const c = gsmSafe(raw.replace(/\s+/g, " ").trim());
    const n = smsInfo(c).segments;
    if (n <= 1) return c;
    clean.push(c);
    parts.push(n);
  }
  const two = parts.findIndex((n) => n <= 2);
  return two >= 0 ? clean[two] : clean[clean.length - 1] ?? "";
}

function readMore(T: Templates, policy: SmsLinkPolicy, url: Fact | undefined, contactWeb: string | undefined, personal: boolean): string[] {
  // A notice about a letter to one person points to the letter, never to a web address: the draft does not
  // say the letter can be read there, and a link in such an SMS is what phishing looks like (Nav's own
  // "Du har fått et vedtak fra Nav" SMS name no address either, corpus/sms/nav-sms-vedtak-nb.txt).
  if (personal) return [T.noticeRead];
  const web = url?.text ?? contactWeb;
  // No web address in the draft or the options: "Les mer på nettsidene våre".
  if (!web) return [T.readMoreNone];
  const value = url ? url.value : contactWeb!.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/^www\./i, "");
  const host = urlDomain(value).toLowerCase();
  if (policy === "url") return [fill(T.readMoreUrl, { url: fullUrl(web) })];
  // "domain": the address without scheme ("fjordvik.kommune.no/vannavbrudd"), plain text.
  if (policy === "domain") return [fill(T.readMoreDomain, { domain: host + value.slice(host.length).replace(/\/$/, "") })];
  // "none" (default): the bare host as plain text, as real public SMS do ("Logg inn på nav.no").
  return [fill(T.readMoreDomain, { domain: host })];
}

/** Text of a date fact as written, or without weekday and year when space is short. */
function shortDate(text: string, short: boolean): string {
  if (!short) return text;
  return text.replace(new RegExp(`^${WEEKDAY},?\\s+(?=\\d)`, "iu"), "").replace(/\s+\d{4}$/, "");
}

export function composeSms(st: DraftStructure, facts: Fact[], suit: Suitability, T: Templates, opts: SmsComposeOptions): Composed {
  const sender = opts.sender;
  const sign = sender ? [fill(T.signoff, { sender }), fill(T.signoffShort, { sender })] : ["", ""];
  const url = keyUrl(facts);
  const deadline = keyDeadline(facts, st);
  const deadlineDate = deadline ? dateInside(facts, deadline) : undefined;
  const required: Fact[] = [];

  if (suit.personal) {
    const doc = suit.kind === "decision" ? T.docs.decision : suit.kind === "summons" ? T.docs.summons : suit.kind === "offer" ? T.docs.offer : T.docs.letter;
    const from = sender ? fill(T.noticeFrom, { doc, sender }) : fill(T.noticeNoSender, { doc });
    const more = readMore(T, opts.smsLinks, url, opts.contactWeb, true);
    let when: Fact | undefined;
    let time: Fact | undefined;
    if (suit.kind === "summons") {
      when = keyDate(facts, st);
      time = when ? timeNear(facts, st, when) : undefined;
    }
    const whenText = (drop: boolean) => (when ? fill(T.noticeSummons, { when: [shortDate(when.text, drop), time ? timeText(time) : ""].filter(Boolean).join(" ") }) : "");
    const dlSent = deadline ? sentenceOf(st, deadline) : undefined;
    const appeal = !!dlSent && /(?<![\p{L}])(klage\p{L}*|påklag\p{L}*|anke\p{L}*|appeal\p{L}*)/iu.test(dlSent.text);
    const dl = (drop: boolean) => (deadlineDate ? fill(appeal ? T.noticeAppealDeadline : T.noticeDeadline, { date: shortDate(deadlineDate.text, drop) }) : "");
    if (when) required.push(when);
    else if (deadlineDate) required.push(deadlineDate);
    // The time of an appointment is the key fact with its date: facts-missing when an SMS drops it.
    if (when && time) required.push(time);
    const c = (greet: boolean, drop: boolean, signIdx: number, withMore: boolean, withDl: boolean) =>
      [greet ? T.greeting : "", from, whenText(drop), withMore ? more.join(" ") : "", withDl || !when ? dl(drop) : "", sign[signIdx]].filter(Boolean).join(" ");
    const text = pick([
      c(true, false, 0, true, true),
      c(true, true, 0, true, true),
      c(true, true, 0, true, false),
      c(true, true, 1, true, false),
      c(false, true, 1, true, false),
      c(false, true, 1, false, false),
    ]);
    return { text, required };
  }

  // Public information.
  const titleText = st.title ? cleanTitle(st.title.text) : "";
  const leadSentence = st.sections.flatMap((s) => s.paras.flatMap((p) => p.sentences)).find((s) => s.kind !== "heading");
  let topic = titleText;
  let topicSpan: { start: number; end: number } | undefined = st.title;
  if (!topic && leadSentence && wordCount(leadSentence.text) <= 20) {
    topic = leadSentence.text.trim().replace(/[.!]$/, "");
    topicSpan = leadSentence;
  }
  const date = keyDate(facts, st);
  const inTopic = (f: Fact | undefined) => !!f && !!topicSpan && f.start >= topicSpan.start && f.end <= topicSpan.end;
  const time = date ? timeNear(facts, st, date) : undefined;
  if (date) required.push(date);
  else if (deadlineDate) required.push(deadlineDate);
  // A time or time range in the key date's sentence is what the reader needs with the date ("kl. 08–16").
  if (date && time) required.push(time);
  const when = (drop: boolean) => (date && !inTopic(date) ? [shortDate(date.text, drop && !date.text.includes("–")), time && !inTopic(time) ? timeText(time) : ""].filter(Boolean).join(", ") : "");
  // The action: the deadline sentence itself when short, else "Frist: <date>".
  const dlSentence = deadline ? sentenceOf(st, deadline) : undefined;
  const dlShort = dlSentence && dlSentence.text.length <= 90 && !/https?:\/\/|www\.|@/.test(dlSentence.text) && !inTopic(deadline) ? endSentence(dlSentence.text) : "";
  const dlLine = (drop: boolean) => (deadlineDate && !inTopic(deadlineDate) && deadlineDate.value !== date?.value ? fill(T.deadline, { date: shortDate(deadlineDate.text, drop) }) : "");
  // Without a deadline, the first short sentence that tells readers what to do ("Drikkevatn skal kokast …").
  const act = candidateSentences(st).find(
    (s) => isInstruction(s.text) && s.text.length <= 100 && !facts.some((f) => f.kind === "deadline" && f.start < s.end && s.start < f.end) && !facts.some((f) => ["url", "phone", "email", "personal-id", "account-number"].includes(f.kind) && f.start < s.end && s.start < f.end),
  );
  const actText = act ? endSentence(act.text) : "";
  const more = readMore(T, opts.smsLinks, url, opts.contactWeb, false).join(" ");
  const head = (drop: boolean) => {
    if (!topic) return sender ? fill(T.generalNotice, { sender }) + (when(drop) ? " " + when(drop) + "." : "") : T.generalNoticeNoSender;
    const w = when(drop);
    if (w && /\?$/.test(topic.trim())) return `${topic.trim()} ${fill(T.when, { when: w })}.`;
    return w ? `${topic.replace(/[.!?:]$/, "")}: ${w}.` : endSentence(topic);
  };
  const hasDeadline = !!deadlineDate && !inTopic(deadlineDate) && deadlineDate.value !== date?.value;
  const c = (greet: boolean, drop: boolean, action: "sentence" | "line" | "none", signIdx: number, withMore: boolean) =>
    [
      greet ? T.greeting : "",
      head(drop),
      action === "none" ? "" : hasDeadline ? (action === "sentence" ? dlShort || dlLine(drop) : dlLine(drop)) : actText,
      withMore ? more : "",
      sign[signIdx],
    ]
      .filter(Boolean)
      .join(" ");
  const text = pick([
    c(true, false, "sentence", 0, true),
    c(true, false, "line", 0, true),
    c(true, true, "line", 0, true),
    c(true, true, "line", 1, true),
    c(false, true, "line", 1, true),
    c(false, true, "line", 1, false),
    c(true, true, "none", 0, true),
    c(false, true, "none", 1, true),
    c(false, true, "none", 1, false),
    // Last resort for a very long title: say there is news and where to read it.
    [sender ? fill(T.generalNotice, { sender }) : T.generalNoticeNoSender, date ? fill(T.when, { when: [shortDate(date.text, true), time ? timeText(time) : ""].filter(Boolean).join(", ") }) + "." : "", more, sign[1]].filter(Boolean).join(" "),
  ]);
  return { text, required };
}
