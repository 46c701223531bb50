// The SMS to one reader: a notice that there is a letter (a decision, a summons, an offer, a case letter), with the
// appointment's time and the reply or appeal deadline in their roles, and the reader's step in the letter's own words
// when they hold nothing of the case; never the case itself.
import type { Edit, Fact, Language } from "../model";
import type { Message, MessageAction, MessageTime, Part } from "../message/types";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { sayableCondition, withCondition, sentenceAround, pointsBackUnsaid, cleanTitle, endSentence, keepNames, sentenceBefore, unshout, overlaps, WISH } from "./compose-util";
import { SMS } from "./profiles";
import { withoutAsides, pruneTimes, plainSentence, readerVoice, timeText, wrongRoleTimes } from "./render";
import { contentStems } from "../message/events";
import { cue, cueList, cueTable } from "../message/cues";
import { polishSentence } from "./letter-polish";
import { readerOf } from "./rewrite";
import calendar from "../facts/calendar.json";
import { openingCondition, readerActs, DEADLINE_LABEL, LEADING_FIELD } from "../message/actions";
import { mentionsHealth } from "./health-words";
import { othersDeadline } from "../message/duty-owner";
import { lineTextAt } from "../text/lines";
import type { Composed, Left, SmsComposeOptions } from "./sms-compose";
import { pick, finish, imperativeOf, DEFINITE_OPENING, factsOf } from "./sms-common";

/** The first field line of an offer that labels the reader's appointment and gives its new time, said as it stands. */
function appointmentLine(m: Message, draft: string, language: Language): string | undefined {
  const labels = cue(language, "appointmentLabels");
  for (const t of m.times) {
    if (t.role !== "new" || t.form !== "date") continue;
    const line = lineTextAt(draft, t.start).trim();
    const label = /^([\p{L} -]{3,30}):[ \u00A0]+\S/u.exec(line);
    if (!label || labels.first(label[1])?.start !== 0 || labels.first(label[1])!.end !== label[1].length) continue;
    if (line.length > 110 || cue(language, "sensitive").test(line) || mentionsHealth(line)) return undefined;
    return endSentence(line.replace(/[ \u00A0]+mellom[ \u00A0]+(kl\.[ \u00A0]*)?(\d{1,2}[.:]?\d{0,2})[ \u00A0]+og[ \u00A0]+(?:kl\.[ \u00A0]*)?(\d{1,2}[.:]?\d{0,2})/u, " $1$2–$3"));
  }
  return undefined;
}

const FINITE = /(?<![\p{L}])(?:har|er|blir|ble|vil|skal|kan|må|får|fikk|hadde|var|vert|vart|blei|has|have|is|are|was|were|will)(?![\p{L}])/iu;

const NOUN_SPLIT: Record<Language, RegExp> = {
  nb: /[ \u00A0]+(?:om|på|av|for|vedrørende|angående|–|-)[ \u00A0]+/u,
  nn: /[ \u00A0]+(?:om|på|av|for|vedkomande|–|-)[ \u00A0]+/u,
  en: /[ \u00A0]+(?:about|on|of|for|regarding|–|-)[ \u00A0]+/u,
};

/**
 * What the letter is about, from its own title, without case content: "Tilbud om barnehageplass" stays;
 * "Innkalling til samtale om sykepengene dine" becomes "Innkalling til samtale"; a title that is all case
 * content ("Avslag på bostøtte") gives nothing.
 */
/** A person named at a title's end, with their birth date: " for Julia Kowalczyk (born 12 March 2017)", " til Ola Nordmann". */
const PERSON_AFTER = /[ \u00A0]+(?:for|til|to|om|about|av|of)[ \u00A0]+\p{Lu}\p{Ll}+(?:[ \u00A0-]+\p{Lu}\p{Ll}+){1,3}(?:[ \u00A0]*\((?:born|b\.|f\.|fødd|født|fnr\.?)[^()]{0,40}\))?[ \u00A0]*$/u;

function personalTopic(m: Message, language: Language, blocked: (p: Part) => boolean, draft = "", edits: ReadonlyArray<Edit> = []): string | undefined {
  // A title that is a sentence ("Nav har avvist klagen din") tells the outcome: no topic from it.
  // (With the draft's safe fixes, as the letter has it: "Vi trenger fleire opplysningar" → "Vi treng …" in nynorsk.)
  // (A reference word the title opens on, "Vedrørande …", is cut by cleanTitle, not turned into "Om …" by a fix.)
  // ("New school bus stop for Julia Kowalczyk (born 12 March 2017)": the person the letter is about stays in the letter;
  // the title before them says what it is about.)
  const person = PERSON_AFTER.exec(m.subject.text);
  const kept = person && person.index > 0 && m.subject.text.slice(0, person.index).trim().split(/\s+/u).length >= 2 ? m.subject.text.slice(0, person.index) : undefined;
  const subject = kept ? { start: m.subject.start, end: m.subject.start + kept.length, text: kept } : m.subject;
  const raw = subject.text;
  const noPrefix = !!raw && cleanTitle(raw).toLowerCase() === raw.trim().replace(/\s+/g, " ").toLowerCase();
  const fixed = noPrefix && edits.length && subject.end > subject.start ? pruneTimes(subject, [], edits) ?? raw : raw;
  const title = fixed && !/[.!?]$/.test(fixed.trim()) && !FINITE.test(fixed) ? cleanTitle(fixed) : "";
  // (A date in the title is the news, "Ny husleie fra 1. april 2027"; any other number may be the case's.)
  const dates = m.times.filter((t) => t.start >= subject.start && t.end <= subject.end && (t.form === "date" || t.form === "week") && t.role !== "deadline").map((t) => t.text.trim());
  const undated = dates.reduce((x, d) => x.split(d).join(" "), title);
  if (!title || title.length > 70 || blocked(subject) || /[{}\d]/.test(undated)) return undefined;
  // ("Ny time til gastroskopi": an examination named on a lock screen is health data.)
  if (mentionsHealth(title)) return undefined;
  const sensitive = cue(language, "sensitive");
  // "DU MÅ SENDE OSS OPPLYSNINGER" reads as shouting in an SMS: sentence case.
  // (An acronym keeps the case the draft gives it elsewhere: "TT-kort".)
  const cased = unshout(title, draft);
  if (!sensitive.test(cased)) return cased;
  // The title up to the last "om/på/av …" before the first sensitive word: "Svar på søknad om kommunal bostøtte"
  // → "Svar på søknad", "Svar på klage på parkeringsgebyr" → "Svar på klage".
  const hit = sensitive.first(cased);
  const split = new RegExp(NOUN_SPLIT[language].source, "gu");
  let cut = -1;
  for (let mm = split.exec(cased); mm && hit && mm.index < hit.start; mm = split.exec(cased)) cut = mm.index;
  const head = cut > 0 ? cased.slice(0, cut) : cased.split(NOUN_SPLIT[language])[0];
  // A head of one word ("Svar", "Påminnelse") or of letter words only ("Melding om vedtak") says nothing the SMS
  // does not already say.
  const generic = new Set(cueList(language, "genericTitleWords"));
  const onlyGeneric = head.toLowerCase().split(/[\s–-]+/u).filter(Boolean).every((w) => generic.has(w));
  return head && head !== cased && !sensitive.test(head) && head.split(/\s+/).length >= 2 && !onlyGeneric ? head : undefined;
}

export function personalSms(m: Message, facts: Fact[], T: Templates, language: Language, sign: string[], opts: SmsComposeOptions, draft: string): Composed {
  const docs = cueTable(language, "personalDoc") as Record<string, string>;
  // "et brev|som du må svare på": the letter, then what is said of it after the sender ("et brev fra Nav som du
  // må svare på", not "et brev du må svare på fra Nav").
  const [head, relIf] = (docs[m.kind] ?? docs["case-letter"] ?? T.docs.letter).split("|");
  // "som du må svare på" only when the letter asks the reader for something: a letter saying Nav has asked the
  // employer ("Vi har bedt om opplysninger fra arbeidsgiveren din") asks the reader for nothing.
  // (To several readers, "som dere må svare på": the plural templates say "Dere har fått …".)
  const plural = readerOf(draft, language) === "dere";
  const rel = relIf && m.actions.length ? (plural ? relIf.replace(/(?<![\p{L}])du(?![\p{L}])/u, language === "nn" ? "de" : "dere") : relIf) : undefined;
  const doc = rel ? `${head} ${rel}` : head;
  const blocked = (p: Part) => opts.blocked.some((b) => overlaps(b, p));
  const topic = personalTopic(m, language, blocked, draft, opts.edits);
  // ("You have a letter from the Norwegian Tax Administration": the article's capital was the signature line's.)
  const sender = language === "en" ? m.sender?.name.replace(/^The(?=[ \u00A0]\p{Lu})/u, "the") : m.sender?.name;
  // "et tilbud" + "Tilbud om barnehageplass" → "et tilbud om barnehageplass" (the title names the letter itself).
  const noun = rel ? "" : (doc.split(" ").pop() ?? "");
  // "eit tilbod" + "Svar på søknad om barnehageplass" → "eit tilbod om barnehageplass": the reply to the application
  // is the letter itself; what it is about follows "om".
  // ("Your application for a parking permit" → "a decision about your application for a parking permit".)
  const enAbout = topic && language === "en" ? /^(?:(?:reply|answer|response)[ \u00A0]+to[ \u00A0]+)?(your[ \u00A0]+application[ \u00A0]+(?:for|about|regarding)[ \u00A0]+.+)$/iu.exec(topic)?.[1] : undefined;
  const about = topic && language !== "en" ? /^svar[ \u00A0]+på[ \u00A0]+(?:(?:din|di|ditt|dykkar|deres)[ \u00A0]+)?søknad(?:en)?(?:[ \u00A0]+(?:din|dykkar|deres))?[ \u00A0]+(om[ \u00A0]+.+)$/iu.exec(topic)?.[1] : enAbout ? `about ${enAbout.charAt(0).toLowerCase()}${enAbout.slice(1)}` : undefined;
  const merged =
    // ("Decision: trade permit" too: the noun with its colon.)
    topic && noun && (topic.toLowerCase().startsWith(noun.toLowerCase() + " ") || (topic.toLowerCase().startsWith(noun.toLowerCase() + ":") && topic.length > noun.length + 2))
      ? // ("Vedtak – skjenkebevilling for Bistro Fjord" → "et vedtak om skjenkebevilling for Bistro Fjord"; "Vedtak – søknad
        // om parkeringstillatelse" → "et vedtak om parkeringstillatelse".)
        doc.slice(0, doc.length - noun.length) + topic.charAt(0).toLowerCase() + topic.slice(1).replace(/^(\p{L}+)[ \u00A0]*[–—:-][ \u00A0]*(?:(?:søknad(?:en)?|application)[ \u00A0]+(?:om|for)[ \u00A0]+)?/iu, language === "en" ? "$1 on " : "$1 om ")
      : about && noun && m.kind !== "case-letter"
        ? `${doc} ${about}`
        : undefined;
  const fromPlain = (withTopic: boolean) => {
    const t = withTopic && topic && !(actText && actText.toLowerCase().startsWith(topic.toLowerCase())) ? topic : undefined;
    return sender ? (t ? fill(T.noticeFromTopic, { doc: head, sender, topic: t }) : fill(T.noticeFrom, { doc: head, sender })) : t ? fill(T.noticeNoSenderTopic, { doc: head, topic: t }) : fill(T.noticeNoSender, { doc: head });
  };
  const fromWithRel = (withTopic: boolean) => {
    const d = `${fill(T.docFrom, { doc: head, sender: sender! })} ${rel}`;
    return withTopic && topic ? fill(T.noticeNoSenderTopic, { doc: d, topic }) : fill(T.noticeNoSender, { doc: d });
  };
  // "en innkalling til dialogmøte med Nav" already names the sender: no "fra Nav" after it.
  const names = (x: string) => !!sender && x.toLowerCase().includes(sender.toLowerCase());
  // (A letter whose action the SMS says is just "et brev": "som du må svare på" would say it twice.)
  // (A title that names what is asked, "Vi trenger flere opplysninger", says it better than "som du må svare på".)
  const from = (withTopic: boolean) =>
    rel && (actText || (withTopic && !!topic))
      ? fromPlain(withTopic)
      : rel && sender
      ? fromWithRel(withTopic)
      : withTopic && merged
      ? sender && !names(merged)
        ? fill(T.noticeFrom, { doc: merged, sender })
        : fill(T.noticeNoSender, { doc: merged })
      : withTopic && topic
      ? sender
        ? fill(T.noticeFromTopic, { doc, sender, topic })
        : fill(T.noticeNoSenderTopic, { doc, topic })
      : sender
        ? fill(T.noticeFrom, { doc, sender })
        : fill(T.noticeNoSender, { doc });
  const omitted: Left[] = [{ part: "case-content", why: "personal" }];
  // The appointment's time (a summons) and the reply or appeal deadline are what real notification SMS
  // carry; the case itself stays in the letter.
  // (A visit moved, "Ny dato er onsdag 19. november mellom kl. 0800 og 1500", says its new date when nothing of the case
  // is in its sentence: "Ny dato: …".)
  const moved = m.kind === "change" && m.events[0]?.when && !cue(language, "sensitive").test(m.events[0].what.text) && !mentionsHealth(m.events[0].what.text) ? m.events[0].when : undefined;
  // (An offer with a time to come, "Visning: fredag 14. mars kl. 14.00.", says it in the letter's own words when they are
  // short, hold nothing of the case and name no one: no capital after the first word but a label's.)
  const offerEv = m.kind === "offer" ? m.events.find((e) => e.when?.role === "new" && e.when.form !== "duration") : undefined;
  // (Not one that opens on a thing the SMS has not named: "Leiligheten er ledig fra fredag 1. januar" says which flat
  // only after the letter's "leilighet nr. 6 i Solstua".)
  const offerSaid = offerEv && offerEv.what.text.length <= 90 && !namedBefore(offerEv.what, draft) && !cue(language, "sensitive").test(offerEv.what.text) && !mentionsHealth(offerEv.what.text) && !blocked(offerEv.what) && !/\n/.test(offerEv.what.text.trim()) && !/(?<![:.] ?|^)(?<=\s)\p{Lu}/u.test(offerEv.what.text.trim()) ? pruneTimes(offerEv.what, [...wrongRoleTimes(m), ...opts.cuts], opts.edits) : undefined;
  // ("Henting: måndag 4. mai mellom kl. 1500 og kl. 1800 på servicetorget i rådhuset." in an offer of a loan: a field line
  // that labels the reader's appointment is said as it stands, when the offer's own sentence is too long or holds the case.)
  const apptLine = m.kind === "offer" ? appointmentLine(m, draft, language) : undefined;
  const offerLine = offerSaid && offerEv!.when && offerSaid.includes(offerEv!.when.text.trim()) ? endSentence(plainSentence(offerSaid, language, draft)) : apptLine ?? "";
  // ("Mattilsynet vil gjennomføre tilsyn hos dere onsdag 13. januar 2027 mellom kl. 07 og 10": a visit the sender makes
  // is a time the reader must be there for, said like a summons's when nothing of the case is in its sentence.)
  // (So is a time and a place given as fields, "Date: Saturday 23 January 2027 / Time: 12:00 / Place: …": a booking.)
  const visit = m.kind === "case-letter" && m.events[0]?.when?.role === "new" && m.events[0].when.form !== "duration" && (cue(language, "visitWords").test(m.events[0].what.text) || !!m.events[0].fields) && !cue(language, "sensitive").test(m.events[0].what.text) && !mentionsHealth(m.events[0].what.text) ? m.events[0].when : undefined;
  // ("Oppstarten, som vi skreiv var 12. august …, er flytta. Første skuledag er no måndag 18. august kl. 0830": an offer
  // whose start is moved gives the new time, as a summons does.)
  const movedOffer = offerEv?.when && !cue(language, "sensitive").test(offerEv.what.text) && !mentionsHealth(offerEv.what.text) && m.times.some((t) => t.role === "superseded" && t.start < offerEv.when!.start) ? offerEv.when : undefined;
  const when = m.kind === "summons" ? m.events[0]?.when : moved ?? visit ?? movedOffer;
  // ("Trenger dere tolk, gi beskjed innen 10. desember": a deadline for some readers only is never "Fristen er …".)
  // (A step the draft asks of the reader in so many words, "Du må stadfeste at du vil ha parsellen innan 1. mars", before
  // a deadline on the reader's thing told as news, "Faktura kjem i posten i mars med forfall 15. april".)
  const dlSteps = m.actions.filter((a) => a.deadline && (a.deadline.form === "date" || a.deadline.form === "duration" || a.deadline.form === "text"));
  // (Of the steps about the letter, the one due first: "… må de sende inn akseptskjema innan 1. april 2026" before the
  // grant's final report "innan 15. oktober 2026". Missed, the first makes the later ones moot.)
  // (A date without its year, "innan fredag 29. januar", is of the year the letter's other dates give, when they give one.)
  const years = new Set(dlSteps.map((a) => /^(\d{4})-\d\d-\d\d$/u.exec(a.deadline!.value)?.[1]).filter(Boolean));
  const dayOf = (v: string) => (/^\d{4}-\d\d-\d\d$/u.test(v) ? v : years.size === 1 && /^--\d\d-\d\d$/u.test(v) ? `${[...years][0]}${v.slice(1)}` : undefined);
  const dueFirst = dlSteps.filter((a) => readerActs(a.text, language) && (!a.condition || cue(language, "letterConditions").test(a.condition) || WISH.test(a.condition.trim())) && a.deadline!.form === "date" && !!dayOf(a.deadline!.value)).sort((a, b) => (dayOf(a.deadline!.value)! < dayOf(b.deadline!.value)! ? -1 : dayOf(a.deadline!.value)! > dayOf(b.deadline!.value)! ? 1 : 0))[0];
  const dlAction0 = dueFirst ?? dlSteps.find((a) => readerActs(a.text, language)) ?? dlSteps[0];
  // (Also in a sentence the model did not take for an action: "Trenger dere tolk, gi beskjed innen 10. desember".)
  const forSome = (t: { start: number; end: number }) => m.actions.some((a) => !!a.condition && t.start >= a.start && t.end <= a.end) || ((c) => READER_IN.test(c) && !WISH.test(c.trim()))(openingCondition(sentenceAround(draft, t)?.text ?? "", language) ?? "");
  // ("Trenger dere tolk, gi beskjed innen 10. desember": a deadline for some readers only is said with its condition
  // in the action's own words, or not at all; never as "Fristen er …".)
  // ("Kan du ikkje kome den nye datoen" before "Du må be om refusjon innan 31. mars": a condition on the reader that
  // the SMS can say in front of the step is said; see `stepSaid`.)
  const condSay = (a: MessageAction) => (a.condition && !(a.text.length <= 400 && a.text.includes(a.condition)) ? sayableCondition(a.condition, language) : undefined);
  const conditionalUnsaid = (a: MessageAction) => !!a.condition && !(a.text.length <= 400 && a.text.includes(a.condition)) && !condSay(a);
  // (A step for some case that may come, "If you move abroad, you must update your address within 14 days", is not
  // what a decision or an invoice is about; only a summons or an offer asks "if you cannot come / if you accept".)
  // (Nor a condition on what the letter says, "Dersom opplysningane ikkje stemmer, …", or the reader's wish, "Ønsker du
  // å uttale deg, …": those are what the letter asks.)
  // (A meeting or a concert called off or moved asks the same of those who cannot come: "Kan du ikkje kome den nye
  // datoen, må du be om refusjon".)
  const aboutTheLetter = (a: MessageAction) => !a.condition || m.kind === "summons" || m.kind === "offer" || m.kind === "cancellation" || m.kind === "change" || WISH.test(a.condition.trim()) || cue(language, "letterConditions").test(a.condition);
  const dlAction1 = dlAction0 && !conditionalUnsaid(dlAction0) && aboutTheLetter(dlAction0) ? dlAction0 : m.actions.find((a) => a.deadline && !a.condition && (a.deadline.form === "date" || a.deadline.form === "duration" || a.deadline.form === "text"));
  // (Or a span counted from the letter: "Du kan klage på vedtaket innan seks veker etter at du har fått dette brevet" is
  // said "Klagefristen er seks veker etter at du fekk brevet".)
  const appealSpan = (t: MessageTime) => spanAnchor(t, draft) === "letter";
  const appealDl = m.appeal?.deadline && (m.appeal.deadline.form === "date" || appealSpan(m.appeal.deadline)) ? m.appeal.deadline : undefined;
  // Without an action's deadline, any deadline the letter states ("Hvis vi ikke får opplysningene innen
  // {fristDato}, …", "… innen to uker") is still what the reader must know.
  // (Not another party's: "… pålegges eier av Storgata 16 å iverksette tiltak … innen 1. mai" is the neighbour's
  // deadline; the complainant told "Fristen er 1. mai" would think it is theirs.)
  // (Nor the writer's own promise: "Vi oppdaterer frammr.no seinast måndag 5. mai kl. 06.00".)
  const othersDuty = (t: { start: number; end: number }) => othersDeadline(sentenceAround(draft, t)?.text ?? "", language);
  // ("Hvis regnskapet ikke er levert innen 26 uker, varsler vi tingretten": a span with nothing said of where it counts
  // from, in a sentence where the writer acts, is no "Fristen i brevet er 26 uker" from today.)
  // (Unless it speaks of what a step asks for: "Hvis vi ikke får opplysningene innen to uker, …" beside "Du må sende oss
  // opplysninger" is that step's time.)
  // (A title that asks, "DU MÅ SENDE OSS OPPLYSNINGER", is a step too.)
  const stepTexts = [...m.actions.filter((a) => a.text.length <= 400).map((a) => a.text), ...(m.subject.text.length <= 120 && readerActs(m.subject.text, language) ? [m.subject.text] : [])];
  const ofAStep = (x: string) => { const ws = contentStems(x, language, 6); return stepTexts.some((a) => [...contentStems(a, language, 6)].some((w) => ws.has(w))); };
  const spanSaid = (t: MessageTime) => t.form !== "duration" || (/^(?:innen|innan|within)\s/iu.test(t.text) && ((x) => spanAnchor(t, draft) === "letter" || readerActs(x, language) || ofAStep(x))(sentenceAround(draft, t)?.text ?? ""));
  const letterDls = m.times.filter((t) => t.role === "deadline" && (t.form === "date" || t.form === "text" || t.form === "duration") && spanSaid(t) && !(m.appeal && t.start >= m.appeal.start && t.end <= m.appeal.end) && !forSome(t) && !othersDuty(t));
  // (Several dates, "Frist: måndag 21. juni" and "Frist: fredag 9. juli" for one order each: the first is said, as the first.)
  const dlDates = letterDls.filter((t) => t.form === "date" && /^\d{4}-\d\d-\d\d/u.test(t.value)).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  const severalDls = new Set(dlDates.map((t) => t.value.slice(0, 10))).size >= 2;
  const anyDl = severalDls ? dlDates[0] : letterDls[0];
  // ("Frist: straks." beside dated ones: something is due at once, which no date the SMS gives may hide.)
  const dueNow = DUE_NOW.test(draft.slice(0, 20000));
  // ("Vi må ha svaret ditt innan måndag 1. november" before "Viss du vil ta vare på gravsteinen sjølv, må du hente han før
  // 1. mai 2028": the letter's own earlier deadline, for every reader, outweighs a later step for those who choose it.)
  const laterOption = !!dlAction1?.condition && !!anyDl && anyDl.form === "date" && dlAction1.deadline?.form === "date" && anyDl.value < dlAction1.deadline.value && !overlaps(anyDl, dlAction1);
  const dlAction = laterOption ? undefined : dlAction1;
  const deadline = dlAction?.deadline;
  // (That deadline's own sentence asks for an answer: "Svar innan …".)
  const replyDl = laterOption && /(?<![\p{L}])(?:svar|svaret|svara|reply|answer)(?![\p{L}])/iu.test(sentenceAround(draft, anyDl!)?.text ?? "");
  // (An appeal span is said after the reader's own deadline, not in its place: "Fristen i brevet er 1. november 2025.
  // Klagefristen er tre veker etter at de fekk brevet.")
  const appealDate = appealDl && appealDl.form === "date" ? appealDl : undefined;
  const dl = deadline ?? appealDate ?? anyDl ?? appealDl;
  // The reader's action in the draft's own words when it says nothing of the case ("Svar innen 20. april om
  // du tar imot plassen", "Send oss dokumentasjonen innen to uker"): no amount, no benefit or health word, no
  // personal data; else only its deadline.
  const sensitive = cue(language, "sensitive");
  // (The length first: an action of 100 kB is never safe, and the other tests would read all of it.)
  // (Measured without the web address the SMS leaves out: "Du må bestille skattekort på https://www.skatteetaten.no/…"
  // is a short instruction.)
  // ("Dersom du ikke kan møte av en gyldig grunn, for eksempel sykdom, må du gi beskjed … senest 21. mars.": without its
  // example when too long with it; the step and its date stay.)
  // ("Deadline: The graffiti must be removed by 6 April 2026." is said without its label: the date says it.)
  const pruned = (a: MessageAction) => { const x = pruneTimes(a, [...wrongRoleTimes(m), ...opts.cuts], opts.edits)?.replace(DEADLINE_LABEL, "").replace(LEADING_FIELD, "") ?? null; return x !== null && x.length > 110 ? withoutAsides(x) ?? x : x; };
  const said = (a: MessageAction) => (a.text.length > 400 ? a.text : pruned(a) ?? a.text);
  // A long "how to" ("Du kan lese og svare på møteinnkallingen ved å logge inn på «Min side» og trykke på
  // «Sykmeldte»") is said by its steps ("Logg inn på «Min side» og trykk på «Sykmeldte»").
  // (Steps that name the case are left out: "… og trykk på «Sykmeldte»" → "Logg inn på «Min side - arbeidsgiver».")
  const short = (a: MessageAction) => (said(a).length <= 90 ? said(a) : stepsOf(said(a), language, (x) => !sensitive.test(x)));
  const safeWords = (a: MessageAction) =>
    (short(a) ?? said(a)).length <= 110 && !blocked(a) && !sensitive.test(short(a) ?? said(a)) && !mentionsHealth(short(a) ?? said(a)) && !facts.some((f) => f.kind === "amount" && overlaps(f, a)) && !/\{(?![^}]*(?:dato|date|frist))[^}]*\}/iu.test(short(a) ?? a.text);
  // ("Du må gi opplysninger om dette i skattemeldingen": "dette" is a sentence this SMS does not say.)
  const safe = (a: MessageAction) => safeWords(a) && !pointsBackUnsaid(a, draft, [], language);
  // Without a deadline, the first safe thing to do that points to where the letter is ("Logg inn på Min side …").
  // (A list's lead-in — "Du må sende oss:" — says nothing alone.)
  // A title that tells the reader what to do ("DU MÅ SENDE OSS OPPLYSNINGER") is the letter's main action: the SMS
  // says it (when it holds nothing of the case) rather than a step of the how-to further down ("Velg skjemaet …").
  const t0 = m.subject.text.trim();
  const titleAct =
    t0 && t0.length <= 70 && !/[{}\d]/.test(t0) && !blocked(m.subject) && !sensitive.test(t0) && readerActs(t0, language) ? endSentence(t0 === t0.toUpperCase() ? t0.charAt(0) + t0.slice(1).toLowerCase() : t0) : "";
  // (Without a deadline, only a step that says where the letter is or how to answer it: "Ta med gyldig legitimasjon"
  // alone, out of its letter, tells the reader to bring ID to nowhere.)
  // (Under a summons that gives its time, "Ta med CV." is what to bring to it.)
  const whereToRead = (a: MessageAction) => WHERE_TO_READ.test(a.text) || cue(language, "readVerbs").test(a.text) || (!!when && m.kind === "summons");
  // "Du må bekrefte at du fortsatt ønsker bolig hver sjette måned. Første gang må du gjøre det innen 1. september.": a
  // step with the deadline that points back at the step right before it is said with that step, when both are safe
  // and short ("Første gang må du gjøre det innen 1. september" alone says nothing of what).
  const before0 = dlAction && !safe(dlAction) && safeWords(dlAction) ? sentenceBefore(dlAction, draft) : undefined;
  // ("Hvis du ikke er enig i resultatet, kan du be om en kontrollmåling. Det må du gjøre innen 1. april": the step before
  // may carry the condition the deadline shares, said in its own words.)
  const sameCondition = (a: MessageAction) => !a.condition || (a.text.includes(a.condition) && a.condition === dlAction?.condition);
  // (Or the reader's option the deadline is for, no step of its own: "kan du be om en kontrollmåling".)
  const optionBefore: MessageAction | undefined = before0 && !m.actions.some((a) => a.start === before0.start) && /(?<![\p{L}])(?:(?:du|dere|dykk|you)[ \u00A0]+(?:kan|can|may)|(?:kan|can|may)[ \u00A0]+(?:du|dere|dykk|you))(?![\p{L}])/iu.test(before0.text) ? { ...before0, agent: "reader", ...(dlAction?.condition && before0.text.includes(dlAction.condition) ? { condition: dlAction.condition } : {}) } : undefined;
  const leadAct = before0 ? [...m.actions, ...(optionBefore ? [optionBefore] : [])].find((a) => a.start === before0.start && !a.deadline && sameCondition(a) && safe(a) && said(a).length + said(dlAction!).length <= 140) : undefined;
  const actAction = dlAction && (safe(dlAction) || leadAct) ? dlAction : !dlAction && !titleAct ? m.actions.find((a) => !a.condition && safe(a) && !!short(a) && short(a)!.length <= 90 && !/:\s*$/.test(a.text) && whereToRead(a)) : undefined;
  const steps = actAction && actAction !== dlAction && said(actAction).length > 90 ? short(actAction) : undefined;
  const act = steps ?? (actAction ? pruned(actAction) : null);
  const leadPlain = leadAct ? endSentence(readerVoice(plainSentence(pruneTimes(leadAct, [...wrongRoleTimes(m), ...opts.cuts], opts.edits) ?? leadAct.text, language, draft), language, plural ? "dere" : "du")) : "";
  const actPlain = act ? `${leadPlain ? leadPlain + " " : ""}${endSentence(readerVoice(plainSentence(act, language, draft), language, plural ? "dere" : "du"))}` : "";
  const actCond = actAction && act && !(leadAct?.condition && leadAct.text.includes(leadAct.condition)) ? condSay(actAction) : undefined;
  const actText0 = act ? (actCond ? withCondition(actCond, actPlain, language) : actPlain) : dlAction ? "" : titleAct;
  // ("Passer ikke tidspunktet, må du ringe innen 6. juni" with no time in the SMS: "tidspunktet" points at a time the
  // reader is not told, so the step stays in the letter.)
  // (A call-off that comes back at another time says that time: "Kan du ikke komme på den nye datoen, …" stays.)
  const timeSaid = !!when || (m.kind === "cancellation" && m.events.some((e, i) => i > 0 && e.status === "planned" && !!e.when));
  const actText = actText0 && !timeSaid && THE_TIME.test(actText0) ? "" : actText0;
  // "Gi beskjed innen 3. mars hvis du ikke kan komme" asks only some readers to reply: never "Svar innen 3. mars"
  // for it, and the SMS keeps the action's own words (with its condition) when it has them.
  const conditionalAct = !!actText && !!actAction?.condition;
  // ("Vi ber deg bekrefte at du kommer innen mandag 11. januar": a request to confirm is a reply too.)
  // ("Tilbudet må besvares … innen mandag 21. desember": the passive of answering is a reply too.)
  const reply = !!dlAction && !conditionalAct && (PASSIVE_REPLY.test(dlAction.text.trim()) || /^(?:(?:please|kindly|vennligst|venligst|venlegst)[ \u00A0,]+|(?:du|dere|dykk|de|you)[ \u00A0]+(?:må|must|need to|should)[ \u00A0]+|(?:vi|me|we)[ \u00A0]+(?:ber|bed|ask)[ \u00A0]+(?:deg|dykk|dere|Dem|you)[ \u00A0]+(?:om[ \u00A0]+å[ \u00A0]+|to[ \u00A0]+)?)?(?:svar|gi beskjed|gje beskjed|gi oss beskjed|gje oss beskjed|gi (?:oss )?svar|gje (?:oss )?svar|send (?:oss )?svar|meld fr|bekreft\p{L}*|stadfest\p{L}*|svare|takk\p{L}* ja|ta imot|akseptere|godta|reply|respond|let us know|confirm|accept|decline)(?![\p{L}])/iu.test(dlAction.text));
  const required = [...factsOf(when, facts), ...factsOf(dl, facts)];
  // (A summons that moves an earlier time, "Ny time er torsdag 28. januar kl. 13.15" after the old one, says it is new.)
  // (A visit moved the same way: "Tilsynet som var satt til torsdag 24. april, er flyttet til tirsdag 6. mai".)
  const movedSummons = (m.kind === "summons" || (!!visit && when === visit) || (!!movedOffer && when === movedOffer)) && !!when && m.times.some((t) => t.role === "superseded" && t.start < when.start);
  // ("Oppstartsmøtet, som var satt til 22. mars, blir flyttet til lørdag 29. mars kl. 11.00" in a letter offering a
  // garden plot: what moved is not the letter's offer; "Ny tid: 29. mars" would not say of what. Its own sentence, without
  // the old time, says it when it is short and holds nothing of the case — and no name the title does not.)
  const movedWhat = !!movedOffer && when === movedOffer && offerEv ? offerEv.what : undefined;
  const movedSaid0 = movedWhat && movedWhat.text.length <= 200 && !blocked(movedWhat) && !/\n/.test(movedWhat.text.trim()) ? pruneTimes(movedWhat, [...wrongRoleTimes(m), ...opts.cuts], opts.edits) : null;
  const movedSaid = movedSaid0 && movedSaid0.length <= 120 && movedSaid0.includes(movedOffer!.text.trim()) && (movedSaid0.trim().match(/(?<![:.] ?|^)(?<=\s)\p{Lu}[\p{L}-]*/gu) ?? []).every((w) => m.subject.text.includes(w)) ? endSentence(plainSentence(movedSaid0, language, draft)) : "";
  const whenLine = (short: boolean) => (movedSaid ? movedSaid : when ? fill(moved ? T.newDate : movedSummons ? T.newTime : T.noticeSummons, { when: timeText(when, language, short) }) : offerLine);
  // (A deadline for some readers whose words the SMS cannot say is not said at all.)
  // ("Ønsker du å uttale deg, må du gjøre dette innen …": a wish is no group of readers; the deadline is for anyone
  // who takes the chance, as the letter's whole point.)
  const dlOk = !(dl && dl === deadline && dlAction?.condition && !WISH.test(dlAction.condition.trim()) && !actText);
  // ("Felte dyr skal meldast … innan 14 dagar etter at dyret er felt": a time counted from something other than the
  // letter is no "Frist: innan 14 dagar" from now.)
  const anchor = dl ? spanAnchor(dl, draft) : undefined;
  const counted = !!anchor;
  const anchoredElsewhere = anchor === "elsewhere";
  // ("Du må svare innan 10 dagar etter at du har fått dette brevet": the span is said with what it counts from, "Svar
  // innan 10 dagar etter at du fekk brevet"; a bare "innan 10 dagar" would count from the SMS.)
  const fromLetter = (span: string) => (counted && !anchoredElsewhere ? fill(T.spanFromLetter, { span }) : span);
  const dlText = (short: boolean) => (dl && dlOk && !anchoredElsewhere ? (dl.form === "date" || dl.form === "text" ? timeText(dl, language, short) : /^(?:innen|innan|within)\s/iu.test(dl.text) ? dl.text : "") : "");
  // ("Har du merknader, må du sende dem skriftlig til oss innen 14 dager etter at du fikk varselet, det vil si innen 28.
  // mai. …": too long to say, its condition on the reader and its date are: "Har du merknader, er fristen 28. mai.")
  const ifCond = !dlOk && dlAction && dl === deadline ? condSay(dlAction) ?? (dlAction.text.includes(dlAction.condition ?? "\u0000") ? sayableCondition(dlAction.condition!, language) : undefined) : undefined;
  const ifDate = ifCond && dlAction ? m.times.find((t) => t.role === "deadline" && t.form === "date" && t.start >= dlAction.start && t.end <= dlAction.end) : undefined;
  const dlIf = (short: boolean) => (ifCond && ifDate ? fill(T.noticeDeadlineIf, { condition: ifCond, date: timeText(ifDate, language, short) }) : "");
  // "1. termin: 9 230 kroner innen 20. august" under "Restskatten skal betales i to terminer:": a payment's due date is
  // said as one ("Betalingsfristen er …"), not a bare "Fristen er …" the reader cannot place. (The amount stays out.)
  // (Read in the deadline's own sentence, and the line that introduces it when it is a row: "Tell the club that you
  // will pay with the card", another step of the list, makes "choose the activity before 1 March" no payment.)
  const dlSentence = dl ? sentenceAround(draft, dl)?.text ?? draft.slice(Math.max(0, dl.start - 120), dl.end + 20) : "";
  const dlLineStart = dl ? draft.lastIndexOf("\n", dl.start - 1) : -1;
  const introLine = dl && /^[ \t]*(?:[-–•*]|\d{1,2}[.)]|\d{1,2}\.[ \u00A0]*\p{L}+:)/u.test(draft.slice(dlLineStart + 1, dl.start)) ? draft.slice(Math.max(0, dlLineStart - 200), Math.max(0, dlLineStart)).split("\n").filter((l) => l.trim() && !/^[ \t]*(?:[-–•*]|\d{1,2}[.)])/u.test(l)).pop() ?? "" : "";
  const payDue = !!dl && dl !== appealDl && PAY_WORDS.test(`${dlSentence} ${introLine}`);
  const dlLine = (short: boolean, full: boolean, topicSaid = false) =>
    full && actText && (!dl || actText.includes(dl.text.trim()))
      ? actText
      : dlText(short)
        // (Said without the step it belongs to or the letter's topic, a deadline is the letter's: "Fristen i brevet er
        // 26. februar kl. 12", not a bare "Fristen er …" the reader cannot place.)
        ? [full && actText ? actText : "", dl!.form === "duration"
          // ("Svar innan tre veker.", "Fristen i brevet er tre veker.": a span said with what it is for, never a bare
          // "Frist: innan tre veker".)
          ? fill(dl === appealDl && !deadline ? T.noticeAppealDeadline : reply ? T.noticeReply : full && actText ? T.deadline : counted ? T.noticeDeadline : T.noticeDeadlineLetter, { date: fromLetter(reply || !(full && actText) || (dl === appealDl && !deadline) ? dlText(short).replace(/^(?:innen|innan|within)\s+/iu, "") : dlText(short)) })
          : [!deadline && dueNow ? T.noticeDeadlineNow : "", fill(dl === appealDl && !deadline ? T.noticeAppealDeadline : reply ? T.noticeReply : replyDl && dl === anyDl ? T.noticeReply : payDue ? T.noticePayDeadline : full && actText ? T.noticeDeadline : !deadline && severalDls && dl === anyDl ? T.noticeFirstDeadline : topicSaid ? T.noticeDeadline : T.noticeDeadlineLetter, { date: dlText(short) })].filter(Boolean).join(" ")].filter(Boolean).join(" ")
        : full
          ? actText || dlIf(short)
          : dlIf(short);
  // A meeting called off says so in its own words when they are short ("Dialogmøtet med Nav er avlyst."), like
  // Nav's "Treffet du er invitert til er dessverre avlyst."; the rest stays in the letter.
  // (Else the title when it says so: "Timen din hos tannlegen er avlyst" over "Timen til rotfylling … er avlyst fordi …".)
  const offWords = (t: string) => t.length <= 80 && !sensitive.test(t) && !mentionsHealth(t);
  const offTitle = m.subject.text && m.subject.start !== m.events[0]?.what.start && offWords(m.subject.text) && cue(language, "statusWords").test(m.subject.text) ? m.subject.text : undefined;
  const cancelled0 = m.kind === "cancellation" && m.events[0] ? (offWords(m.events[0].what.text) ? endSentence(cleanTitle(m.events[0].what.text)) : offTitle ? endSentence(cleanTitle(offTitle)) : "") : "";
  // "Konserten blir flytta til laurdag 26. april kl. 18.00." after it: what is called off and comes back at another
  // time says when, in the letter's own words when they are short and hold nothing of the case, else "Ny dato: …".
  const instead = cancelled0 ? m.events.find((e, i) => i > 0 && e.status === "planned" && e.when) : undefined;
  const insteadSaid = instead && instead.what.text.length <= 110 && !sensitive.test(instead.what.text) && !blocked(instead.what) ? pruneTimes(instead.what, [...wrongRoleTimes(m), ...opts.cuts], opts.edits) : undefined;
  const insteadText = instead ? (insteadSaid && insteadSaid.includes(instead.when!.text.trim()) ? endSentence(readerVoice(plainSentence(insteadSaid, language, draft), language)) : fill(T.newDate, { when: timeText(instead.when!, language, false) })) : "";
  const cancelled = [cancelled0, insteadText].filter(Boolean).join(" ");
  // "Les brevet så snart du kan" after "Logg inn på Nav for å lese det" says the same thing twice.
  const readsAlready = !!actText && cue(language, "readVerbs").test(actText);
  // A draft that is itself a short message ("Kontaktinformasjonen din i Altinn er oppdatert. Ring oss om dette
  // ikke stemmer …") is said in its own words when none of it is the case: there is no letter to announce.
  const own = ownWords(opts.short, m, facts, opts, language, draft, sensitive);
  const ownCandidates = own ? [T.greeting + " " + own + " " + sign[0], own + " " + sign[0], own + " " + sign[1], own].map((text) => ({ text, essential: true, own: true })) : [];
  // (The span alone: "Klagefristen er tre veker" as the time's text is said "tre veker".)
  const spanOnly = (t: MessageTime) => t.text.trim().replace(SPAN_START, "");
  const appealAfter = appealDl && dl !== appealDl && appealSpan(appealDl) ? fill(T.noticeAppealDeadline, { date: fill(T.spanFromLetter, { span: spanOnly(appealDl) }) }) : "";
  // (The appeal span gives way to the reader's step in its own words, "Du må signere lånedokumentene innen 15. mai"; with
  // no such step, an SMS without it is not whole.)
  const c = (greet: boolean, short: boolean, s: number, read: boolean, withTopic: boolean, full: boolean, appeal = false) => ({
    text: [greet ? T.greeting : "", cancelled || from(withTopic), whenLine(short), dlLine(short, full, !cancelled && withTopic && !!topic), appeal ? appealAfter : "", read && !(full && readsAlready) ? T.noticeRead : "", sign[s]].filter(Boolean).join(" "),
    essential: (full || !conditionalAct) && (appeal || !appealAfter || !!actText),
  });
  const shapes: Array<[boolean, boolean, number, boolean, boolean, boolean]> = [
    [true, false, 0, true, true, true],
    [false, false, 0, true, true, true],
    [false, true, 1, true, true, true],
    [false, true, 1, false, true, true],
    [false, true, 1, false, true, false],
    [true, true, 0, true, false, false],
    [false, true, 1, true, false, false],
    [false, true, 1, false, false, false],
  ];
  const withAppeal = (xs: typeof shapes) => [...(appealAfter ? xs.map((x) => c(...x, true)) : []), ...xs.map((x) => c(...x))];
  const chosen = pick([...ownCandidates, ...withAppeal(shapes.filter((x) => x[5])), ...withAppeal(shapes.filter((x) => !x[5]))], language);
  if (!when && m.kind === "summons") omitted.push({ part: "when", why: "not-in-draft" });
  // Said in the draft's own words (none of them the case's): nothing of the case was left out for the letter.
  const left = "own" in chosen && chosen.own ? omitted.filter((o) => o.part !== "case-content") : omitted;
  return { text: chosen.text, required, omitted: left };
}

// Where a letter is read or answered: a login, an inbox, a web service.
const WHERE_TO_READ = /(?<![\p{L}])(?:logg?[ \u00A0]+(?:deg[ \u00A0]+)?inn|log[ \u00A0]+in|min[ \u00A0]+side|mi[ \u00A0]+side|mine[ \u00A0]+sider|dine[ \u00A0]+sider|my[ \u00A0]+page|innboks\p{L}*|inbox|digipost|e-boks|altinn|helsenorge|nav\.no|skatteetaten\.no|www\.|https?:|svar[ \u00A0]+(?:på|via)|answer[ \u00A0]+(?:at|via|on))/iu;

const GREETING_ONLY = /^(?:hei|hallo|heisann|hi|hello)[ \u00A0]*[.!,]?$/iu;

// A template field that is not a date ("{correspondenceRecipientName}", "{beløp}") may hold anything of the case.
const CASE_FIELD = /\{(?![^}]*(?:dato|date|frist))[^}]*\}/iu;

/**
 * The short draft's sentences as the SMS can say them (plain, "du", wrong-role times cut), or undefined when any
 * of them holds the case: a benefit, health or money word, an amount, personal data or a case field.
 */
function ownWords(short: Part[] | undefined, m: Message, facts: Fact[], opts: SmsComposeOptions, language: Language, draft: string, sensitive: ReturnType<typeof cue>): string | undefined {
  if (!short?.length) return undefined;
  const wrong = wrongRoleTimes(m);
  const out: string[] = [];
  for (const p of short) {
    const t = p.text.trim();
    if (!t || GREETING_ONLY.test(t)) continue;
    if (opts.blocked.some((b) => overlaps(b, p)) || sensitive.test(t) || CASE_FIELD.test(t) || facts.some((f) => f.kind === "amount" && overlaps(f, p))) return undefined;
    const pruned = pruneTimes(p, [...wrong, ...opts.cuts], opts.edits);
    if (pruned === null) return undefined;
    out.push(endSentence(keepNames(pruned, polishSentence(readerVoice(plainSentence(pruned, language, draft), language), language), draft, language)));
  }
  return out.length ? out.join(" ") : undefined;
}

/** "For å reparere han …", "To repair it …": a purpose clause whose object is a pronoun for a noun said before. */
// Up to the number that starts a span ("Klagefristen er tre veker" → "tre veker"); the number words are calendar.json's.
const SPAN_START = new RegExp(`^[\\s\\S]*?(?<![\\p{L}\\p{N}])(?=(?:\\d+|${Object.keys(calendar.numbers).join("|")})[ \\u00A0]+\\p{L})`, "iu");

const HOW_BY_STEPS = /^(?:du|dere|dykk|you)[ \u00A0]+(?:kan|can)[ \u00A0]+[^.;?]{2,120}?[ \u00A0]+(?:ved å|ved at du|by)[ \u00A0]+([^.;?]+)[.!]?$/iu;

/**
 * The steps of a "how to" sentence as instructions: "Du kan lese … ved å logge inn på X og trykke på Y" → "Logg inn
 * på X og trykk på Y."; "You can … by logging in to X" → "Log in to X.". Undefined when a verb is not one the
 * imperative lists know (the sentence is then not shortened).
 */
function stepsOf(text: string, language: Language, ok: (step: string) => boolean = () => true): string | undefined {
  const m = HOW_BY_STEPS.exec(text.trim());
  if (!m) return undefined;
  const parts = m[1].split(/[ \u00A0]+(?=(?:og|and)[ \u00A0]+\p{L})/u);
  const out: string[] = [];
  for (const [k, p0] of parts.entries()) {
    const p = k === 0 ? p0 : p0.replace(/^(?:og|and)[ \u00A0]+/u, "");
    const verb = /^\p{L}+/u.exec(p)?.[0];
    if (!verb) return undefined;
    const imp = imperativeOf(verb, language);
    // "… og trykke på «Sykmeldte»": each coordinated infinitive becomes an imperative; other words stay.
    if (!imp || !ok(p)) return k === 0 ? undefined : finish(out, language);
    out.push(imp + p.slice(verb.length));
  }
  return finish(out, language);
}

/** "Frist: straks", "Deadline: immediately": a step due at once, labelled as such. */
const DUE_NOW = /(?<![\p{L}])(?:frist|fristen|deadline)[ \u00A0]*:[ \u00A0]*(?:straks|umiddelbart|snarest|snarast|omgåande|omgående|immediately|at once)(?![\p{L}])/iu;

// A condition on the reader ("Trenger dere tolk"), not the writer's own ("Hvis vi ikke får opplysningene innen …").
const READER_IN = /(?<![\p{L}])(?:du|dere|De|dykk|de|you|your)(?![\p{L}])/u;

const PAY_WORDS = /(?<![\p{L}])(?:betal\p{L}*|innbetal\p{L}*|forfall\p{L}*|forfell|termin(?:en)?|pay|paid|payment|due)(?![\p{L}])/iu;

/** Does the part open on a definite noun the draft named before it ("leilighet" in the title, then "Leiligheten er …")? */
function namedBefore(p: Part, draft: string): boolean {
  const m = DEFINITE_OPENING.exec(p.text.trimStart());
  return !!m && m[1].length >= 4 && draft.slice(Math.max(0, p.start - 3000), p.start).toLowerCase().includes(m[1].toLowerCase());
}

// "Tilbudet må besvares …", "Invitasjonen må stadfestast …", "The offer must be accepted …": answering, said in the passive.
const PASSIVE_REPLY = /^\p{L}+[ \u00A0]+(?:må|skal|must|should)[ \u00A0]+(?:besvares|besvarast|bekreftes|stadfestast|stadfestes|aksepteres|aksepterast|godtas|godtakast|be[ \u00A0]+(?:answered|confirmed|accepted))(?![\p{L}])/iu;

// After a span, what it is counted from: "innan 14 dagar etter at dyret er felt", "within 10 days of the visit".
const COUNTED_FROM = /^[ \u00A0,]*(?:etter|frå|fra|from|after|of)(?![\p{L}])/iu;

// Counted from the letter itself: "frå de mottok dette brevet", "etter at du fikk vedtaket", "of receiving this letter".
// (Not an invoice still to come: "innen 14 dager etter at du har fått fakturaen" under "Du får faktura … i løpet av
// mars" counts from that invoice; "denne fakturaen", "this invoice" is the letter itself.)
/**
 * What a span of time counts from, read in its sentence: "letter" ("innan 10 dagar etter at du har fått dette brevet"),
 * "elsewhere" ("innen 14 dager etter at du har fått fakturaen", "… etter at dyret er felt"), or undefined when it counts
 * from nothing the sentence says (or is no span).
 */
function spanAnchor(t: MessageTime, draft: string): "letter" | "elsewhere" | undefined {
  if (t.form !== "duration") return undefined;
  const x = sentenceAround(draft, t)?.text ?? "";
  const at = x.indexOf(t.text.trim());
  if (at < 0 || !COUNTED_FROM.test(x.slice(at + t.text.trim().length, at + t.text.trim().length + 60))) return undefined;
  return FROM_THE_LETTER.test(x) ? "letter" : "elsewhere";
}

const FROM_THE_LETTER = /(?<![\p{L}])(?:brevet|brev|vedtaket|vedtak|varselet|denne[ \u00A0]+fakturaen|this[ \u00A0]+invoice|letter|decision|notice|(?:mottok|mottek|motteke|mottatt|fikk|fekk|fått|received)(?![ \u00A0]+(?:fakturaen|faktura|invoice|the[ \u00A0]+invoice))|mottak|receiving|receipt)(?![\p{L}])/iu;

// A step that names the appointment's time by a definite noun: "Passer ikke tidspunktet …", "If the time does not suit …".
// (With "new" between: "confirm the new date", "den nye datoen", "det nye tidspunktet".)
const THE_TIME = /(?<![\p{L}])(?:tidspunktet|tida|tiden|timen|datoen|klokkeslettet|the time|the date|the appointment|(?:den|det|the)[ \u00A0]+(?:nye|new)[ \u00A0]+(?:tidspunktet|tida|tiden|timen|datoen|time|date|appointment))(?![\p{L}])/iu;
