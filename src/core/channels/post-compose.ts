// Social post, rendered from the message: what matters to the reader first — the title, the sentence that
// says what happens (cleared of any time of another role), a warning, what the reader must do — then the
// time, the place and the deadline when the sentences do not already say them, the full link, CamelCase
// hashtags from the options (none invented), no emoji. Fitted to X's 280 weighted characters where it can.
import { groupAsCondition, warningForReaders, withCondition, overlaps, namedObject, sentenceBefore, withoutItemReasons, topicalStep, FRAGMENT_ITEM, withoutReason, outsideTimed, POINTS_ELSEWHERE } from "./compose-util";
import { hoursBlock, sayHours } from "./hours-block";
import type { Edit, Fact } from "../model";
import type { Message, MessageAction, MessageTime, Part } from "../message/types";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { deadlineSentence, withoutSource, cleanTitle, introWithList, namedDeadline, promiseSentences, sentenceAround, pointsBackUnsaid, endSentence, headingAbove, namedSubject, withHeading, fullUrl, withoutFrontedReason, unshout, withoutPointer, WISH } from "./compose-util";
import { toHashtag, xLength } from "./post";
import { POST } from "./profiles";
import type { Composed, Left } from "./sms-compose";
import { analyzeDoc } from "../index";
import { onlyAReference } from "./openers";
import { withoutBrackets, labelledTime, LIST_MARKER, omittedRole, sayEach, scheduleDates, withoutAddresses, REPLACES, timeText, tidy, wrongRoleTimes } from "./render";
import { append } from "../message/append";
import { cue } from "../message/cues";
import { isCalendarWord } from "../message/calendar-words";
import { sayDraftPart } from "./say-part";

const STYLE_RULES = new Set(["kanselli", "passive", "formal-address", "nominalization", "long-sentence", "abbreviation"]);
/**
 * Style findings left in each (rewritten) sentence, from one analysis of the sentences as paragraphs; a post
 * prefers the plainest of equally important sentences.
 */
function styleFindings(texts: string[]): number[] {
  const counts = texts.map(() => 0);
  if (texts.length < 2) return counts;
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
  blocked: Array<{ start: number; end: number }>;
  cuts: Array<{ start: number; end: number }>;
  /** The draft's safe fixes (draft offsets), applied inside the sentences the variant uses. */
  edits: ReadonlyArray<Edit>;
}


// ("… will be open every weekday from 6 am to 9 pm": a clock said for every day is hours too.)
const EVERY = /(?<![\p{L}])(?:every|each|daily|hver|hvar|kvar|alle)[ \u00A0]+(?:day|days|weekday|weekdays|dag|dager|dagar|hverdag|hverdager|kvardag|kvardagar|ukedag|ukedager|vekedag|vekedagar)(?![\p{L}])|(?<![\p{L}])(?:daily|dagleg|daglig|på hverdager|på kvardagar)(?![\p{L}])/iu;

function factsOf(t: MessageTime | undefined, facts: Fact[]): Fact[] {
  if (!t) return [];
  const spans = [t, ...(t.clock ? [t.clock] : [])];
  return facts.filter((f) => (f.kind === "date" || f.kind === "time") && spans.some((s) => f.start >= s.start && f.end <= s.end));
}

/** A block of rows with two or more times in it (a timetable), which a short channel says whole or not at all. */
function isRowsOf(m: Message, what: Part): boolean {
  return what.text.includes("\n") && m.times.filter((t) => t.role === "new" && t.start >= what.start && t.end <= what.end).length >= 2;
}

/** Lower case, with the time abbreviations written out as the safe fixes write them ("t.o.m." → "til og med"). */
const spelled = (x: string) =>
  x
    .toLowerCase()
    .replace(/(?<![\p{L}])t\.o\.m\.?(?![\p{L}])/gu, "til og med")
    .replace(/(?<![\p{L}])f\.o\.m\.?(?![\p{L}])/gu, "fra og med")
    .replace(/\s+/gu, " ");

export function composePost(m: Message, draft: string, facts: Fact[], T: Templates, opts: PostComposeOptions): Composed {
  const language = m.language;
  const ev = m.events[0];
  const wrong = wrongRoleTimes(m, draft);
  const omitted: Left[] = [];
  const isRows = (what: Part) => isRowsOf(m, what);
  const sayOne = (p: Part | undefined): string | undefined => sayDraftPart(p, draft, language, [...wrong, ...opts.cuts], opts.edits, opts.blocked);
  // A block of several moves is said sentence by sentence (each made plain on its own).
  const say = (p: Part | undefined): string | undefined => (p && ev && p === ev.what && ev.status === "moved" ? sayEach(p, sayOne) : sayOne(p));
  // A title is short; 200 characters and more is a paragraph with no title (and would overflow every platform).
  const title = m.subject.text && m.subject.text.length <= 200 && !opts.blocked.some((b) => overlaps(b, m.subject)) ? unshout(withoutPointer(cleanTitle(m.subject.text)), draft) : "";
  const eventSentence0 = ev && ev.what.start !== m.subject.start ? say(ev.what) : undefined;
  // ("Han blir delt ut …" alone says "Prisen blir delt ut …": the sentence it leans on is not said.)
  const eventSentence1 = eventSentence0 && ev ? namedSubject(eventSentence0, draft.slice(Math.max(0, ev.what.start - 300), ev.what.start).split(/\n[ \t]*\n/).pop() ?? "", language) : eventSentence0;
  // (Rows under a heading of their own are said with it: "Servicetorget – tysdag 23. desember: 08.00–13.00; …".)
  const rowsHeading = ev && ev.what.text.includes("\n") ? headingAbove(draft, ev.what.start) : undefined;
  const eventSentence2 = eventSentence1 && rowsHeading && rowsHeading !== m.subject.text.trim() ? withHeading(eventSentence1, rowsHeading, language) : eventSentence1;
  // (Too long for X with the reason that opens it: said without it, "Vi innfører parkeringsforbud i disse gatene: …".)
  const eventSentence = eventSentence2 && (title ? title.length + 2 : 0) + eventSentence2.length > POST.x.max ? withoutFrontedReason(eventSentence2, language) ?? eventSentence2 : eventSentence2;
  const opening = title || eventSentence || "";
  // The names the title gives after its first word ("Åsmarka" in "Båndtvang fra 1. april – og lenger i Åsmarka").
  const titleNames = (title.match(/(?<=\S[ \u00A0]+)\p{Lu}\p{Ll}{3,}/gu) ?? []).filter((w) => !isCalendarWord(w));
  const body: Array<{ text: string; part?: Part; kind: "event" | "lead" | "who" | "warning" | "action" }> = [];
  if (eventSentence && eventSentence !== opening) body.push({ text: eventSentence, part: ev!.what, kind: "event" });
  // ("… er konserten i morgon, fredag 2. juli, flytt inn i Vik kulturhus. Konserten startar kl. 1900 som planlagt.": the
  // sentence right after the key event in its paragraph goes on with it, before any other event; after "Fjordjazz –
  // AVLYST" it would say the called-off concert starts as planned.)
  const goesOn = eventSentence && ev && m.events.length > 1 ? m.lead.find((p) => p.start >= ev.what.end && !/\n/u.test(draft.slice(ev.what.end, p.start)) && !LIST_MARKER.test(p.text)) : undefined;
  const goesOnText = goesOn && !m.actions.some((a) => overlaps(a, goesOn)) ? say(goesOn) : undefined;
  if (goesOn && goesOnText && goesOnText.split(/\s+/).length <= 30) body.push({ text: goesOnText, part: goesOn, kind: "lead" });
  // The same thing elsewhere at another time, each said after the key event.
  if (eventSentence || (ev && ev.what.start === m.subject.start)) for (const e of m.events.slice(1)) {
    // (Without its reason, as in the SMS: "… flyttet til torsdag 8. juli" says the move.)
    const x = withoutReason(say(e.what));
    if (x) body.push({ text: x, part: e.what, kind: "event" });
  }
  const used = (p: Part) => body.some((b) => b.part && overlaps(b.part, p)) || (ev && !eventSentence && overlaps(ev.what, p) && ev.what.start === m.subject.start);
  // The rows of hours a "new hours" notice announces, right after it: without them the post says the hours change
  // and never which they are.
  const hoursRows = hoursBlock(m, draft, language);
  if (hoursRows && !used(hoursRows)) body.push({ text: sayHours(hoursRows, language), part: hoursRows, kind: "lead" });
  // The rest of the lead, up to two sentences, says what the title alone does not ("SFO er også stengt").
  // The items of a list are said together or not at all: one item alone ("- Sentrum nord: mandag 15. september")
  // reads as the only one.
  // (The sentence that introduces a list — "… i disse områdene:" — goes with it, as one.)
  const items = m.lead.filter((p) => LIST_MARKER.test(p.text));
  const intro = items.length ? m.lead.find((p) => /:\s*$/.test(p.text) && p.end <= items[0].start && !/\S/.test(draft.slice(p.end, items[0].start).replace(/\s+/g, ""))) : undefined;
  const listText = (): string => {
    // (A list of more than a dozen items is no post's to say; nor is each of a thousand items read to find out.)
    if (items.length > 12) return "";
    const said = items.map((q) => say(q)?.replace(LIST_MARKER, "").replace(/[.;,]+$/u, ""));
    if (!said.every(Boolean)) return "";
    const head = intro ? say(intro)?.replace(/[.:]+$/u, "") : "";
    if (intro && !head) return "";
    const lines = said.map((x) => (language !== "en" ? x!.replace(/^\p{Lu}(?=\p{Ll}*dag(?![\p{L}]))/u, (c) => c.toLowerCase()) : x!));
    return endSentence(head ? `${head}: ${lines.join("; ")}` : lines.join("; "));
  };
  for (const p of m.lead) {
    if (body.filter((b) => b.kind === "lead").length >= 2) break;
    if (used(p) || (ev && overlaps(ev.what, p)) || m.actions.some((a) => overlaps(a, p))) continue;
    if (LIST_MARKER.test(p.text) || p === intro) {
      if (p !== (intro ?? items[0])) continue;
      const whole = listText();
      if (whole && whole.split(/\s+/).length <= 45) body.push({ text: whole, part: { start: p.start, end: items[items.length - 1].end, text: whole }, kind: "lead" });
      continue;
    }
    // ("Vi viser til tidligere varsel." alone tells the post's readers nothing; nor does "Tabellen under er ikkje retta".)
    const x0 = onlyAReference(p.text) ? undefined : say(p);
    const x = x0 && !POINTS_ELSEWHERE.test(x0) ? x0 : undefined;
    if (x && x !== opening && x.split(/\s+/).length <= 30 && !/\?$/.test(x)) body.push({ text: x, part: p, kind: "lead" });
  }
  // ("Båndtvang fra 1. april – og lenger i Åsmarka" over "I Åsmarka naturreservat varer båndtvangen lenger, fra 1. mars til
  // 31. oktober …" further down: the sentence with its own time that says what the title promises, by a name the post
  // does not say yet, is said.)
  const promised = outsideTimed(m, draft, ev?.when, language).find((p) => !used(p) && titleNames.some((w) => p.text.includes(w) && !body.some((b) => b.text.includes(w))));
  const promisedText = promised ? withoutReason(say(promised)) : undefined;
  if (promised && promisedText && promisedText.split(/\s+/).length <= 30) body.push({ text: promisedText, part: promised, kind: "lead" });
  // With no time for the event, what the sender will do by a date ("Vi sender ny faktura innen 1. mars.") is what
  // happens next.
  if (!ev?.when) for (const p of promiseSentences(m, draft, language)) {
    const x = used(p) ? undefined : say(p);
    if (x && x.split(/\s+/).length <= 30) body.push({ text: x, part: p, kind: "lead" });
  }
  // Whom the news does not cover, the way around a closure, and what happens instead if the weather stops it,
  // after the lead.
  for (const aside of [m.exception, m.detour, m.contingency]) {
    // ("- bruke Skogstien som alternativ rute" under "Vi ber alle om å:": an item that finishes its head's clause says
    // nothing alone.)
    if (!aside || used(aside) || body.some((b) => b.part && overlaps(b.part, aside)) || FRAGMENT_ITEM.test(aside.text)) continue;
    // (Said without the source it cites: "…, slik det står i forskrift om …" is the letter's.)
    const x = withoutSource(say(aside));
    if (x && x.split(/\s+/).length <= 30) body.push({ text: x, part: aside, kind: "lead" });
  }
  // Who it is for ("Tilbudet gjelder deg som er 65 år eller eldre …"): a public post says it.
  if (m.eligibility && !used(m.eligibility) && !m.actions.some((a) => overlaps(a, m.eligibility!))) {
    const x = say(m.eligibility);
    if (x && x.split(/\s+/).length <= 35) body.push({ text: x, part: m.eligibility, kind: "who" });
  }
  if (m.kind === "warning") {
    // ("The following streets are at risk of flooding:" is said with its streets, or not at all.)
    // (A step for the readers a list head names is said with them, or not as the warning.)
    const sayW = (x: Part) => warningForReaders(x, m, say);
    const w = m.warnings.map((x) => introWithList(x, draft)).find((x): x is Part => !!x && !used(x) && !!sayW(x));
    if (w) body.push({ text: sayW(w)!, part: w, kind: "warning" });
  }
  // Up to two things the reader must do, the plainest first among the first few, shown in draft order.
  const cands: Array<{ text: string; part: Part; i: number }> = [];
  for (const [k, a] of m.actions.slice(0, 6).entries()) {
    if (used(a)) continue;
    // "… innen 17. mars til postmottak@… Merk henvendelsen med saksnummer 2024/881.": a step right after another
    // instruction in its paragraph, with no deadline of its own, goes with that one; alone it says nothing.
    const prev = k > 0 ? m.actions[k - 1] : undefined;
    if (prev && !a.deadline && prev.deadline && /^[ \t]*$/.test(draft.slice(prev.end, a.start))) {
      omitted.push({ part: "action", why: "too-long", text: a.text });
      continue;
    }
    // "Abonnenter tilknyttet Vestre Eikeland private vannverk er ikke omfattet. De må følge beskjed fra eget
    // vannverk.": an instruction whose group is named in the sentence before it would, alone, speak to everyone.
    // (In a danger notice, a step under a head that names its readers is said with them: "Bor du i nærheten, hold
    // vinduer og dører lukket.")
    const groupCond = m.kind === "warning" && a.condition && !a.text.includes(a.condition) ? groupAsCondition(a.condition, language) : undefined;
    if (a.condition && !a.text.includes(a.condition) && !groupCond) {
      omitted.push({ part: "action", why: "conditional", text: a.text });
      continue;
    }
    if (pointsBackUnsaid(a, draft, [...body.map((b) => b.part).filter((x): x is Part => !!x), ...(ev ? [ev.what] : [])], language)) {
      omitted.push({ part: "action", why: "leans", text: a.text });
      continue;
    }
    // (Unless the sentence before is said: "Please empty it" then names the thing.)
    const prevSaid = (() => { const b = sentenceBefore(a, draft); return !!b && body.some((x) => !!x.part && overlaps(x.part, b)); })();
    const s000 = say(a);
    const s00 = s000 && !prevSaid ? namedObject(a, s000, draft, language) ?? s000 : s000;
    const s0 = groupCond && s00 ? withCondition(groupCond, s00, language) : s00;
    // (An instruction that lists e-mail and postal addresses says what to do and by when; the link says where.)
    const s1 = s0 && s0.length > 120 ? withoutAddresses(s0) ?? s0 : s0;
    // (A list of steps too long with the reasons its items give: the steps alone.)
    const s = s1 && s1.split(/\s+/).length > 30 && a.text.includes("\n") ? withoutItemReasons(a.text, s1) ?? s1 : s1;
    if (s && s.split(/\s+/).length <= 30) cands.push({ text: s, part: a, i: cands.length });
    else omitted.push({ part: "action", why: s ? "too-long" : opts.blocked.some((b) => overlaps(b, a)) ? "personal-data" : opts.cuts.some((c) => overlaps(c, a)) ? "as-link" : "mixed-role", text: a.text });
  }
  // No action with a deadline: the sentence that names the deadline says what it is for ("Fristen for å betale blir
  // 20. mars."); a bare "Frist: 20. mars" line would not say what is due.
  const named = !m.actions.some((a) => a.deadline) ? namedDeadline(m, draft) : undefined;
  const namedPart = named ? sentenceAround(draft, named) : undefined;
  const namedText = namedPart && !used(namedPart) && !body.some((b) => b.part && overlaps(b.part, namedPart)) ? say(namedPart) : undefined;
  if (namedPart && namedText && namedText.length <= 110 && !cue(language, "conditions").test(namedText.slice(0, 40))) cands.unshift({ text: namedText, part: { ...namedPart, agent: "reader", deadline: named } as MessageAction, i: -1 });
  const cost = styleFindings(cands.map((c) => c.text));
  // (In a warning, a call to the emergency numbers is always one of the two.)
  const urgent = (c: { text: string }) => (m.kind === "warning" && cue(language, "emergencyCall").test(c.text) ? 0 : 1);
  // (Then what every reader must do before what some must: "If you need help moving, … call …" after "Residents in
  // Strandgata … are advised to move …".)
  const some = (c: { part: Part }) => ((c.part as MessageAction).condition ? 1 : 0);
  const best = cands.map((c, k) => ({ ...c, n: cost[k] })).sort((a, b) => urgent(a) - urgent(b) || (m.kind === "warning" ? some(a) - some(b) : 0) || a.n - b.n || a.i - b.i);
  for (const c of best.slice(2)) omitted.push({ part: "action", why: "too-long", text: c.part.text });
  for (const c of best.slice(0, 2).sort((a, b) => a.i - b.i)) body.push({ text: c.text, part: c.part, kind: "action" });
  const when = ev?.when;
  // (No action with a deadline: the deadline the draft names, "Høyringsfristen er måndag 1. november 2027".)
  const dl = m.actions.find((a) => a.deadline && a.deadline.form === "date" && !a.condition)?.deadline ?? named;
  const dlSay = deadlineSentence(dl, draft, say, body.flatMap((b) => (b.part ? [b.part] : [])));
  const url = m.links[0];
  // The draft's own hashtags ("#vangen #trafikk") are the writer's, not invented: they stay, after the profile's.
  const draftTags = draft.length <= 200_000 ? (draft.match(/(?<![\p{L}\p{N}&/#])#[\p{L}\p{N}_]{2,40}(?![\p{L}\p{N}_])/gu) ?? []) : [];
  const tags = [...new Set([...(opts.hashtags ?? []), ...draftTags].map(toHashtag).filter(Boolean))].slice(0, POST.instagram.maxHashtags);
  const build = (keep: typeof body) => {
    const prose = [opening, ...keep.map((b) => b.text)].join(" ");
    const lines: string[] = [];
    // A schedule said in the prose has its own times and places: no "Når:" naming one of them.
    const schedule = !!ev && ev.what.text.includes("\n") && keep.some((b) => b.part === ev.what);
    // A schedule left out for space is said by its days, every one: its first row alone would read as the only one.
    const rowsLeft = !!ev && !schedule && isRows(ev.what);
    const days = rowsLeft ? scheduleDates(m, ev!.what, language) : undefined;
    if (days) lines.push(fill(T.when, { when: days }));
    // (Rows that cannot be summed up by their days are not cut to their first: no "Når:" at all; the letter has them.)
    // (Nor one that says the day and not its hours: "Volunteer clean-up day – Saturday 26 April" over a dropped "…
    // from 10:00 to 14:00".)
    // (Also when the prose has the start and not the end the draft gives in a sentence of its own: "… stengde frå måndag
    // 4. mai" with "… er utsett til måndag 15. juni" left out says the closure never ends.)
    else if (when && !schedule && !rowsLeft && (!spelled(prose).includes(spelled(when.text.trim())) || (!!when.clock && !spelled(prose).includes(spelled(when.clock.text.trim()))) || (!!when.until && !spelled(prose).includes(spelled(when.until.text.trim()))))) lines.push(fill(T.when, { when: labelledTime(draft, when, language)?.value ?? timeText(when, language) }));
    if (ev?.where && !schedule && !rowsLeft && !prose.includes(ev.where.text)) lines.push(fill(T.where, { where: ev.where.text }));
    // (The sentence that holds the deadline, when the action's own words are not said: "Hvis du ikke har søkt innen
    // 25. juni, får du ikke bostøtte for juli." says what is due; "Frist: 25. juni" does not.)
    const dlSaid = dl && dl.value !== when?.value && !prose.includes(dl.text.trim()) ? dlSay ?? "" : "";
    if (dl && dl.value !== when?.value && !prose.includes(dl.text.trim()) && !dlSaid) lines.push(fill(T.deadline, { date: timeText(dl, language) }).replace(/\.$/, ""));
    const link = url ? fill(T.postReadMore, { url: fullUrl(url.text) }) : opts.contactWeb ? fill(T.postReadMore, { url: fullUrl(opts.contactWeb) }) : "";
    // An event sentence that answers an earlier lead sentence ("Konserten blir i stedet holdt …") comes after it.
    // So does one that a press release's news comes before ("Årets kulturpris går til … Prisen blir delt ut …"), and
    // one under a title the lead explains first ("På grunn av påskehelgen flyttes tømmingen. Tømming som …").
    const evItem = keep.find((b) => b.kind === "event");
    const before = evItem?.part && (REPLACES.test(evItem.text) || m.kind === "press-release" || (title && m.kind === "change")) ? keep.filter((b) => b.kind === "lead" && b.part && b.part.start < evItem.part!.start) : [];
    const ordered = before.length ? [...before, ...keep.filter((b) => !before.includes(b))] : keep;
    return tidy([opening, [...ordered.map((b) => b.text), dlSaid].filter(Boolean).join(" "), lines.join("\n"), link, tags.join(" ")].filter(Boolean).join("\n\n"));
  };
  // Drop the least important sentence until the post fits X: the second action, then an event sentence under
  // a title, and only then the first warning or action.
  // Nothing to open with and nothing to say (every sentence held personal data): no post.
  if (!opening && !body.length) return { text: "", required: [], omitted: [...omitted, { part: "post", why: "personal-data" }] };
  let keep = body.slice();
  let text = build(keep);
  // (A suggestion, "Ta gjerne med kontanter eller Vipps", is no must: it gives way like any sentence.)
  const mustDo = (b: (typeof keep)[number]) => b.kind === "action" && !(b.part as MessageAction | undefined)?.condition && !cue(language, "suggestionWords").test(b.text);
  // (In a warning with something the reader must do, that step is what the post is for: the danger stated goes
  // before it, "The following streets are at risk: …" before "Residents in Strandgata, … are advised to move …".)
  // (A step with its deadline first of all: "Evakueringa skal vere ferdig innan i morgon kl. 12.00" before "Ta med
  // medisinar …".)
  const due = (b: (typeof keep)[number]) => (b.kind === "warning" || mustDo(b)) && !!b.part && m.times.some((t) => t.role === "deadline" && t.start >= b.part!.start && t.end <= b.part!.end);
  const essential = (m.kind === "warning" ? keep.find(due) ?? keep.find(mustDo) : undefined) ?? keep.find((b) => b.kind === "warning" || mustDo(b));
  // Conditional actions go first, then the lead's later sentences, then who it is for (an offer for people over
  // 65 is a different offer without it), then the rest from the end.
  // The lead's first sentence says what it is about when no event sentence does.
  const firstLead = body.some((b) => b.kind === "event") ? undefined : body.find((b) => b.kind === "lead");
  // A sentence that names a fact (an address, a date, an amount: "e-poster fra webmaster@altinn.no") says more than
  // general advice ("Vær alltid på vakt mot slike henvendelser"): among sentences of one rank, the general go first.
  // (A time the message model reads, too: "Vi regner med å åpne igjen i morgen tidlig" says when it ends.)
  // (… and it stays: by a name no other sentence of the post says.)
  const saysTitle = (b: (typeof keep)[number]) => b.kind === "lead" && titleNames.some((w) => b.text.includes(w) && !keep.some((k) => k !== b && k.text.includes(w)));
  const namesFact = (b: (typeof keep)[number]) => !!b.part && [...facts.filter((f) => f.kind !== "place"), ...m.times].some((f) => f.start >= b.part!.start && f.end <= b.part!.end);
  // The way around and what happens in bad weather change where readers go: they stay as long as the event does.
  // Whom the news does not cover and the news itself are said together or the post is wrong for someone: neither is
  // dropped to fit X (the post then says it is too long for X, and the writer decides).
  const exceptionOf = (b: (typeof keep)[number]) => !!b.part && !!m.exception && overlaps(m.exception, b.part);
  // (Where the news is a danger or its end; in other notices an exemption is a detail like any other.)
  // (What goes on as usual — "You can shower as normal" — is a detail that gives way to fit X.)
  const strongException = !!m.exception && !cue(language, "asUsual").test(m.exception.text);
  // (So is a place the key event leaves out, and when it happens there instead: "Tyfonen på Moen … blir ikke testet denne
  // gangen. Den testes i stedet tirsdag 8. juni".)
  const offHere = (b: (typeof keep)[number]) => {
    if (b.kind !== "event" || !ev || b.part === ev.what || ev.status === "cancelled") return false;
    const i = m.events.findIndex((e) => e.what === b.part);
    return i > 0 && (m.events[i].status === "cancelled" || (m.events[i - 1].status === "cancelled" && m.events[i - 1] !== ev));
  };
  const held = (b: (typeof keep)[number]) => (strongException && (m.kind === "lifting" || m.kind === "warning") && (exceptionOf(b) || b.kind === "event")) || offHere(b);
  const aside = (b: (typeof keep)[number]) => !!b.part && [m.exception, m.detour, m.contingency].some((x) => !!x && overlaps(x, b.part!));
  // (A call to the emergency numbers, "Om nokon går gjennom isen: Ring 110 straks.", goes last of all.)
  const emergency = (b: (typeof keep)[number]) => b.kind === "action" && cue(language, "emergencyCall").test(b.text);
  // (The rows of new hours outlast the sentence that announces them: under a title the post still says what changes,
  // and the date goes to a "Når:" line.)
  // (The sentence that says the news goes after the lead's other sentences, whatever times they name: "Det er venta
  // mykje nedbør i natt og i morgon" gives way before "Bustadene langs Elvevegen … skal evakuerast".)
  // ("Dersom du vil ha fiber inn i huset, må du bestille tilknytning … innen 31. mars": a step for anyone who wishes,
  // with its date, is a step for every reader; it is no narrower than a plain one.)
  const wishBy = (b: (typeof keep)[number]) => { const a = b.part as MessageAction | undefined; return b.kind === "action" && !!a?.deadline && a.deadline.form === "date" && WISH.test(a.condition?.trim() ?? ""); };
  // (So is a step whose condition is what the notice is about: "Hvis sykkelen din har fått en gul lapp …, må du fjerne
  // lappen innen fredag 20. mars" under the clear-out of tagged bikes.)
  const topical = (b: (typeof keep)[number]) => b.kind === "action" && !!b.part && topicalStep(b.part as MessageAction, `${m.subject.text} ${ev?.what.text ?? ""}`);
  // (Another event, "We have moved the kayak trip to Thursday 8 July" beside the called-off tournament, is news for its
  // readers: it outlasts a step or a lead sentence of the same weight.)
  const order = (b: (typeof keep)[number]) => (emergency(b) ? 5 : (b.part as MessageAction | undefined)?.condition && !wishBy(b) && !topical(b) ? 0 : b.kind === "lead" && b !== firstLead && !namesFact(b) && !aside(b) ? 1 : b.kind === "who" ? 2 : 3) + (namesFact(b) ? 0.5 : aside(b) ? 0.25 : 0) + (b.kind === "event" && !!ev && b.part === ev.what ? 0.75 : b.kind === "event" ? 0.5 : 0) + (saysTitle(b) ? 2.5 : 0) + (b.part === hoursRows ? 0.9 : 0) + (b.kind === "action" && !!(b.part as MessageAction | undefined)?.deadline ? 0.1 : 0);
  const titleHasTime = !!title && (!when || title.includes(when.text.trim()) || m.times.some((t) => t.start >= m.subject.start && t.end <= m.subject.end && t.role === "new"));
  const rowsKept = (b: (typeof keep)[number]) => b.kind === "event" && !!ev && b.part === ev.what && ev.what.text.includes("\n") && !titleHasTime;
  // ("From Monday 4 January 2027, the library will be open for self-service every day from 7 am to 11 pm" under "New
  // self-service opening hours": the sentence that gives the new hours is the news; a "When:" line gives only the day.)
  const hoursKept = (b: (typeof keep)[number]) =>
    b.kind === "event" && !!ev && b.part === ev.what && (m.times.some((t) => t.role === "recurring" && t.start >= ev.what.start && t.end <= ev.what.end && !(title ?? "").includes(t.text.trim())) || (EVERY.test(ev.what.text) && facts.some((f) => f.kind === "time" && f.start >= ev.what.start && f.end <= ev.what.end && !(title ?? "").includes(f.text))));
  // ("Den åpne lekeplassdagen … 24. mai er avlyst. I stedet inviterer vi til lekeplassdag i Bjørkeparken …": what is
  // called off and what comes instead are kept or dropped together; "I stedet …" alone answers nothing.)
  const partnerOf = (b: (typeof keep)[number]) => {
    const i = b.kind === "event" && b.part ? m.events.findIndex((e) => e.what === b.part) : -1;
    if (i < 1) return undefined;
    const other = m.events[i].status === "cancelled" && m.events[i + 1] && REPLACES.test(m.events[i + 1].what.text) ? m.events[i + 1] : REPLACES.test(m.events[i].what.text) && m.events[i - 1].status === "cancelled" ? m.events[i - 1] : undefined;
    return other ? body.find((x) => x.part === other.what) : undefined;
  };
  const dropped: typeof body = [];
  while (xLength(text) > POST.x.max && keep.length) {
    // ("… will not be emptied on Friday 25 December. Instead, we will collect on Monday 28 December": the new day
    // goes only with the sentence it answers, or the post tells readers when nothing happens and not when it does.)
    const answer = (b: (typeof keep)[number]) => b.kind === "event" && !!b.part && b.part !== ev?.what && REPLACES.test(b.text);
    const paired = keep.some((k) => k.part === ev?.what) && keep.some(answer);
    const answers = (b: (typeof keep)[number]) => paired && (answer(b) || b.part === ev?.what);
    // (A schedule's rows go only when the title says its time: "Parkeringsforbud for snørydding i sentrum" over the
    // streets and nights would leave a post that says neither where nor when, and a "Når:" line would give one night.)
    const droppable = [...keep].reverse().filter((b) => b !== essential && (b.kind !== "event" || title) && !held(b) && !answers(b) && !rowsKept(b) && !hoursKept(b));
    if (!droppable.length && keep.some((b) => held(b) || answers(b) || rowsKept(b) || hoursKept(b))) break;
    const drop = droppable.sort((a, b) => order(a) - order(b))[0] ?? keep[keep.length - 1];
    // (Where a closed service is meanwhile gives up its bracketed aside before it goes: "… at Kirkeveien 5, 2nd floor
    // (entrance from the car park behind the library)" → "… at Kirkeveien 5, 2nd floor".)
    const shorter = aside(drop) ? withoutBrackets(drop.text) : drop.text;
    if (shorter !== drop.text) {
      drop.text = shorter;
      text = build(keep);
      continue;
    }
    const pair = partnerOf(drop);
    dropped.push(drop);
    keep = keep.filter((b) => b !== drop && b !== pair);
    if (pair && !dropped.includes(pair)) dropped.push(pair);
    text = build(keep);
  }
  // A sentence dropped early may fit again once a longer one has gone: the most important back first.
  // (An emergency call the draft gives first, "Ved fare for liv og helse, ring 112", is not replaced by a shorter one it
  // gives after, "Ved brann, ring 110": the first is the one that matters most.)
  let callRefused = false;
  for (const d of [...dropped].reverse()) {
    if (keep.includes(d)) continue;
    const trial = body.filter((b) => keep.includes(b) || b === d || b === partnerOf(d));
    const t = build(trial);
    const callAfterRefused = emergency(d) && callRefused;
    if (emergency(d) && xLength(t) > POST.x.max) callRefused = true;
    if (xLength(t) <= POST.x.max && !callAfterRefused) {
      keep = trial;
      text = t;
    } else omitted.push({ part: d.kind, why: "too-long", text: d.text });
  }
  for (const t of wrong) omitted.push({ part: "time", why: omittedRole(t), text: t.text });
  if (!when && ev && ["notice", "change"].includes(m.kind)) omitted.push({ part: "when", why: "not-in-draft" });
  // (A schedule said by its days keeps each day's date; the hours and places are in the letter.)
  const rowsLeft = !!ev && isRows(ev.what) && !keep.some((b) => b.part === ev.what);
  const byDays = rowsLeft && !!scheduleDates(m, ev!.what, language);
  const required: Fact[] = byDays ? facts.filter((f) => f.kind === "date" && f.start >= ev!.what.start && f.end <= ev!.what.end) : rowsLeft ? [] : [...factsOf(when, facts)];
  if (url) append(required, facts.filter((f) => f.kind === "url" && f.start === url.start));
  return { text, required, omitted };
}
