// What the reader must do: only clauses where the reader is the agent — an imperative ("Kok vannet"), the
// reader with a modal ("du må", "må du", "søkere må"), a request to the reader ("Vi ber deg", "Abonnentene
// bes om å"), or a passive whose object is the reader's own thing ("Søknaden må sendes innen …"). The
// municipality's own work ("Gravemassene må kjøres bort", "Vi skal skifte ledningen") is never an action.
// Warnings (what keeps the reader safe) and consequences (what happens if the reader does not act) are read
// from the same sentences.
import { lineTextAt } from "../text/lines";
import { othersDeadline, othersDuty } from "./duty-owner";
import type { Language } from "../model";
import type { MessageAction, Part } from "./types";
import type { RoledTime } from "./roles";
import { cue, withoutPurpose } from "./cues";
import { VERB_LEMMAS } from "../lexicon/verb-lemmas";
import { contactInstruction } from "./structure";
import imperatives from "./cues/imperatives.json";

// What only the reader does, whatever the subject ("Egenandelen betales ved oppmøte", "kan påklages"; in a
// boil-water notice "Vannet skal kokes i minst ett minutt", "Kranene skylles").
export const STRONG_READER = /^(?:(?:bes|bedes|anmodes)[ \u00A0]+(?:inn)?betalt|betales|innbetales|erlegges|fylles[ \u00A0]+(?:ut|inn)|medbringes|forevises|fremvises|tas[ \u00A0]+med|påklages|klages|ankes|kjøpes|kjøpast|løses|betalast|kokes|kokast|skylles|skyllast|be boiled|be flushed|fyllast[ \u00A0]+ut|takast[ \u00A0]+med|påklagast|klagast|ankast|be paid|be completed|be brought)(?![\p{L}])/iu;

export interface SentenceIn {
  text: string;
  start: number;
  end: number;
}

/** Whether a sentence opens on an imperative ("Book your appointment …", "Bestill timen din …"). */
export function opensOnImperative(sentence: string, language: Language): boolean {
  const w = /^[\s"«(]*(\p{L}+)/u.exec(sentence)?.[1]?.toLowerCase();
  return !!w && IMPERATIVES[language].has(w);
}
const IMPERATIVES: Record<Language, Set<string>> = { nb: new Set(imperatives.nb), nn: new Set(imperatives.nn), en: new Set(imperatives.en) };
// ("Alle over 16 år må ha fiskekort", "Everyone aged 16 or over must …": an age that narrows the readers.)
const QUALIFIER_AFTER = /^[ \u00A0]+(?:(?:over|under|fra|frå|aged|from)[ \u00A0]+\d{1,3}[ \u00A0]+(?:år|years?)(?:[ \u00A0]+(?:og|or|and)[ \u00A0]+(?:eldre|over|yngre|under|older|younger))?(?=[ \u00A0]+(?:må|skal|bør|must|should|need)(?![\p{L}]))|(?:i|på|langs|ved|in|on|along|near)[ \u00A0]+(?:(?:these|those|this|the|disse|desse|dette|denne|det|den)[ \u00A0]+)?[\p{L}-]+(?:[ \u00A0]+[\p{L}-]+)?(?=[ \u00A0]+(?:må|skal|bør|are|must|should|blir|vert|bes|is)(?![\p{L}])))/u;
const PLACES_AFTER = /^[ \u00A0]+(?:i|på|langs|ved|in|on|along)[ \u00A0]+\p{Lu}[\p{L}-]*(?:(?:,[ \u00A0]*|[ \u00A0]+(?:og|and|eller|or)[ \u00A0]+)\p{Lu}[\p{L}-]*){0,8}(?=[ \u00A0])/u;
const MODAL_AFTER = /^[ \u00A0]+(?:(?:ikke|ikkje|not|alltid|også|òg|derfor|difor|nå|no|selv|sjølv|straks|snarest)[ \u00A0]+)?(?:må|skal|bør|trenger å|treng å|need to|needs to|must|should|have to|has to)(?![\p{L}\p{N}])([ \u00A0]+\p{L}+)?/iu;
const MODAL_BEFORE = /(?<![\p{L}\p{N}])(?:må|skal|bør|must|should)[ \u00A0]+(?:du|dere|De|dykk|de|you|alle|everyone)(?![\p{L}\p{N}])([ \u00A0]+(?:ikke|ikkje|not|også|òg)?[ \u00A0]*\p{L}+)?/u;
// After "du skal …" these verbs make the reader a receiver, not an agent ("Du skal få svar innen tre uker").
// ("Du må be om refusjon": Norwegian "be om" is to ask for something, the reader acting; English "must be" is not.)
const RECEIVER = /^[ \u00A0]+(?:få|motta|ta imot|bli|verte|vere|være|ha fått|get|receive|be(?![ \u00A0]+om(?![\p{L}]))|hear|høre|høyre)(?![\p{L}])/iu;
const PASSIVE_VERB = /^(?:[ \u00A0]+\p{L}+){0,2}?[ \u00A0]+(?:må|skal|bør|must|should|needs? to)[ \u00A0]+(?:(?:være|vere|be)[ \u00A0]+\p{L}+|\p{L}+(?:es|s|ast)(?:[ \u00A0]+(?:inn|ut|bort|opp|fram|frem|in))?)(?![\p{L}])/iu;
const QUESTION = /\?\s*$/u;
/** The papers a body issues (a decision, a case, a letter, an invoice): what it sends is its own work. */
export const BODY_PAPER = /(?<![\p{L}])(?:vedtak\p{L}*|sak(?:en|a)?|saksdokument\p{L}*|brev\p{L}*|invitasjon\p{L}*|innkalling\p{L}*|faktura\p{L}*|purring\p{L}*|decision\p{L}*|case|letter\p{L}*|invoice\p{L}*|invitation\p{L}*)(?![\p{L}])/iu;
/**
 * "Faktura sendes separat til tiltakshaver", "Vedtaket sendes til Statsforvaltaren": a paper the body issues, sent
 * (`verb`, "sendes" or its lemma) anywhere but to the body itself ("… til oss", "… til kommunen"), is sent by the body.
 */
export function bodySendsPaper(subject: string, verb: string, rest: string): boolean {
  return /^(?:send|oversend|ettersend)/iu.test(verb) && BODY_PAPER.test(subject) && !/^[^.;]{0,40}?(?<![\p{L}])til[ \u00A0]+(?:oss|kommunen|kommuna)(?![\p{L}])/iu.test(rest);
}
// The body's case work in a passive ("må være ferdig behandlet", "skal vurderast", "blir godkjent").
const CASE_WORK = /^(?:[ \u00A0]+\p{L}+){0,2}?[ \u00A0]+(?:må|skal|bør|must|should)[ \u00A0]+(?:(?:være|vere|be)[ \u00A0]+(?:ferdig[ \u00A0]+)?)?(?:behandl|handsam|vurder|avgj|godkjen|innvilg|saksbehandl|processed|assessed|approved|decided)\p{L}*/iu;
const HOW_BY = /^(?:du|dere|dykk|you)[ \u00A0]+(?:kan|can)[ \u00A0]+[^.;?]{2,100}?[ \u00A0]+(?:ved å|ved at du|by[ \u00A0]+\p{L}+ing)[ \u00A0]+\p{L}/iu;
const RELATIVE_AFTER = /^[ \u00A0]+(?:som|who)[ \u00A0][^,.;:!?]{1,100}(?=,)/u;
// (The subject cue may hold the pronoun itself: "alle som".)
const RELATIVE_REST = /^[ \u00A0][^,.;:!?]{1,100}(?=,)/u;

/** Where the relative clause after a reader subject ends, at its comma ("Reisende som har vært i utlandet|, må …"); -1 when none. */
function relativeEnd(text: string, subject: { end: number; text: string }): number {
  const rel = (/(?:som|who)$/iu.test(subject.text) ? RELATIVE_REST : RELATIVE_AFTER).exec(text.slice(subject.end));
  return rel ? subject.end + rel[0].length : -1;
}

const POLITE = /^(?:please|kindly|vennligst|venligst|venlegst)[ \u00A0,]+(?=\p{L})/iu;

const TRAILING_CONDITION = /[ \u00A0,]+(?:hvis|dersom|viss|if|unless)[ \u00A0]+\p{L}/iu;

function trimPart(s: SentenceIn): Part {
  const lead = s.text.length - s.text.trimStart().length;
  const text = s.text.trim();
  return { start: s.start + lead, end: s.start + lead + text.length, text };
}

const FRONTED_OBJECT = /^[^\s,;]+(?:[ \u00A0]+[^\s,;]+){0,5}?[ \u00A0]+(?:får|fekk|fikk|finner|finn|kan|skal|må|vil|har|er|blir|vert|gir|gjev|ser|treng|trenger|kjem|kommer|mottar|tek|tar)[ \u00A0]+(?:du|dere|de|dykk|vi|me)(?![\p{L}])/iu;

const GAP = /\s+/g;

/**
 * main.split(/\s+/, 2), found with two searches (split went through a sentence of 20,000 characters without a
 * space one character at a time).
 */
function twoWords(main: string): string[] {
  GAP.lastIndex = 0;
  const a = GAP.exec(main);
  if (!a) return [main];
  const from = a.index + a[0].length;
  const b = GAP.exec(main);
  return [main.slice(0, a.index), main.slice(from, b ? b.index : main.length)];
}

// The writer as the subject of the clause before the reader's ("vurderer vi", "kan Nav likevel kreve").
const WRITER_SUBJECT = /(?<![\p{L}])(?:vi|me|we|nav|kommunen|etaten|skatteetaten)(?![\p{L}])/iu;
// What the writer only may do, or weighs: "kan vi kreve at du betaler", "we may ask you to".
const WRITER_MAY = /(?<![\p{L}])(?:kan|kunne|may|might|can|could)(?![\p{L}])/iu;

const MAY_BY_DEADLINE = /(?<![\p{L}])(?:(?:kan|can)[ \u00A0]+(?:du|dere|De|dykk|you)|(?:[Dd]u|[Dd]ere|[Dd]ykk|[Yy]ou)[ \u00A0]+(?:kan|can))[ \u00A0][^.;:!?]{0,80}?(?<![\p{L}])(?:innen|innan|senest|seinast|by|before|no later than)[ \u00A0]+(?:[\p{N}{]|\p{L}*(?:dag|day)(?![\p{L}]))/u;

/**
 * Whether the reader at `at` sits in a clause the writer's own verb governs and which is not a task: an indirect
 * question ("vurderer vi om du skal betale tilbake": whether is no instruction), or what the writer only may demand
 * ("kan vi likevel kreve at du betaler": a possible outcome). A plain request ("Vi ber om at du sender") is read
 * before this, by the request cues.
 */
function writersClause(main: string, at: number): boolean {
  const comma = main.lastIndexOf(", ", at);
  const lead = main.slice(comma < 0 ? 0 : comma + 2, at);
  const q = /(?:^|[ \u00A0])(?:om|whether)[ \u00A0]+$/iu.exec(lead);
  if (q && q.index > 0 && WRITER_SUBJECT.test(lead.slice(0, q.index))) return true;
  const that = /(?:^|[ \u00A0])(?:at|that)[ \u00A0]+$/iu.exec(lead);
  if (!that) return false;
  const head = lead.slice(0, that.index);
  return WRITER_SUBJECT.test(head) && WRITER_MAY.test(head);
}

/** A sentence that forbids: "Ikke kom …", "Ikkje bruk …", "Do not visit …", "Please don't …". */
const PROHIBITION = /^[ \t]*(?:[-–•*][ \u00A0]+)?(?:(?:please|vennligst|venlegst)[ \u00A0,]+)?(?:ikke|ikkje|aldri|never|do[ \u00A0]+not|don't|don’t)[ \u00A0]/iu;

/** A sentence that names no reader, no thing of theirs, asks nothing and opens on no imperative: "Avvik skal meldes til tjenesteleder". */
function namesNoReader(text: string, language: Language): boolean {
  const c = (list: Parameters<typeof cue>[1]) => cue(language, list);
  return !c("readerSubjects").test(text) && !c("readerObjects").test(text) && !c("request").test(text) && !opensOnImperative(text, language) && !/(?<![\p{L}])(?:deg|dykk|Dem|you|your|din|ditt|dine|di)(?![\p{L}])/u.test(text);
}

/**
 * "Ansatte i hjemmetjenesten skal gi brukerne ekstra drikke. Avvik skal meldes til tjenesteleder samme dag.": a
 * sentence that names no reader, right after a duty laid on a third party, goes on with that party's duty; it is no
 * step for the reader.
 */
export function goesOnOthersDuty(text: string, previous: string, language: Language): boolean {
  return namesNoReader(text, language) && othersDuty(previous, language);
}

/** Whether a sentence (or its main clause after a condition) makes the reader act. */
export function readerActs(sentence: string, language: Language): boolean {
  const c = (list: Parameters<typeof cue>[1]) => cue(language, list);
  // A list item is read without its marker ("- Run all cold water taps …").
  // (So is a template's field before it: "{textToken} Logg deg inn i Altinn …" — the field is filled in later, no word of
  // the sentence.)
  const t = sentence.trim().replace(/^(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+/u, "").replace(LEADING_FIELD, "");
  if (!t || QUESTION.test(t)) return false;
  // "Please note that the therapy pool stays closed" is news; "Merk at du må ta med legitimasjon" still asks: after an
  // opener that only points at what follows, the rest is read on its own.
  // "Målet er at du skal komme mer i gang …": a goal the writer names is no step, whatever modal follows.
  if (c("goalOpeners").first(t)?.start === 0) return false;
  const none = c("noAction").first(t);
  if (none) return none.start === 0 && /(?:that|at)$/iu.test(none.text) && t.length > none.end + 3 ? readerActs(t.slice(none.end).trim(), language) : false;
  // The main clause: after a leading condition ("Dersom du ikke kan komme, må du …").
  const cond = c("conditions").first(t);
  // ("Please confirm by 28 January …", "Vennligst send …": a polite word before the imperative.)
  let main = (cond && cond.start === 0 && t.includes(",") ? t.slice(t.indexOf(",") + 1).trim() : t).replace(POLITE, "");
  // ("If you need help moving, and you have no one who can help you, call …": a condition joined to the first goes
  // on to the next comma.)
  while (cond && cond.start === 0 && /^(?:and|or|og|eller)[ \u00A0]/iu.test(main) && main.includes(",")) main = main.slice(main.indexOf(",") + 1).trim().replace(POLITE, "");
  // "Du som driver enkeltpersonforetak, må levere …": the reader named by a relative clause is the subject of the
  // modal after the comma.
  if (cond && cond.start === 0 && /^(?:du|dere|dykk|you)[ \u00A0]+(?:som|who)$/iu.test(cond.text)) {
    const m = MODAL_AFTER.exec(" " + main);
    if (m && !RECEIVER.test((" " + main).slice(m[0].length - (m[1]?.length ?? 0)))) return true;
  }
  const first = twoWords(main);
  const w0 = (first[0] ?? "").toLowerCase().replace(/[,.:;!]+$/, "");
  // "Vel du å søkja …, kan du ikkje …" is a condition (verb first, then its subject), not an instruction.
  const subjectNext = /^(?:du|dere|de|dykk|you)[,.:;!]*$/i.test(first[1] ?? "");
  // "Svar på søknaden får du i april": a noun that looks like an imperative, fronted, with the verb and its
  // subject after it (inversion), is no instruction.
  const fronted = FRONTED_OBJECT.test(main);
  if (IMPERATIVES[language].has(w0) && !subjectNext && !fronted && !/^(?:mer|meir|more)$/i.test(first[1] ?? "")) return true;
  // Two-word instructions: "Ikke drikk …", "Ta inn …", "Do not …".
  const w01 = `${w0} ${(first[1] ?? "").toLowerCase().replace(/[,.:;!]+$/, "")}`;
  if (IMPERATIVES[language].has(w01)) return true;
  // ("Ikke kom på besøk …", "Ikkje ring …", "Never leave …": a negation before any imperative is a step too.)
  const w1 = (first[1] ?? "").toLowerCase().replace(/[,.:;!]+$/, "");
  // ("Always call 116 117 before you come", "Alltid ring …": an adverb of habit before the imperative.)
  if (/^(?:ikke|ikkje|aldri|never|always|alltid)$/u.test(w0) && IMPERATIVES[language].has(w1)) return true;
  // ("Brenn aldri når det blåser", "Køyr alltid forsiktig": a verb's stem first, with "aldri"/"alltid"/"ikke" after it, is
  // an instruction, whether or not the short list of imperatives has it; the stem is the verb's when Norsk ordbank has
  // it in -e.)
  if (language !== "en" && /^(?:ikke|ikkje|aldri|alltid)$/u.test(w1) && w0.length >= 3 && VERB_LEMMAS[language].has(`${w0}e`) && !fronted) return true;
  // ("Hører du drønn …, gå bort fra fjellsiden og ring 112": a condition said verb first, then its subject, and an
  // instruction after its comma. "Vel du å søkja seinare, kan saka …" gives none.)
  if (!(cond && cond.start === 0) && subjectNext && main.includes(",") && opensOnImperative(main.slice(main.indexOf(",") + 1).trim().replace(POLITE, ""), language)) return true;
  if (c("request").test(t)) return true;
  // ("Det er forbudt å parkere langs fylkesvei 110", "Overnatting i bil er ikke tillatt", "It is not allowed to park …":
  // a rule said of the deed binds every reader it is for.)
  // (Not in a relative clause: "It blinks, which is not allowed along the E8" says what is wrong with a thing.)
  const rule = c("ruleWords").first(main);
  if (rule && !/(?<![\p{L}])(?:which|that|som|noe som|det som)[ \u00A0]+$/iu.test(main.slice(0, rule.start))) return true;
  // "Du kan lese og svare på møteinnkallingen ved å logge inn på …": how the reader does it, a step of theirs.
  if (HOW_BY.test(main)) return true;
  for (const s of c("readerSubjects").all(main)) {
    // The subject of the main clause comes early ("Du må …", "Alle abonnenter må …", "I morgen må du …"), not in
    // a relative clause further on ("… til den du skal pleie").
    // (A reported rule counts from its "at": "Regjeringen har bestemt at alle som kommer til Norge, må teste seg".)
    const clauseAt = Math.max(main.lastIndexOf(", ", s.start) + 2, main.lastIndexOf(" at ", s.start) + 4, 0);
    if (main.slice(clauseAt, s.start).split(/\s+/).filter(Boolean).length > 3) continue;
    if (writersClause(main, s.start)) continue;
    // "Reisende som har vært i utlandet, må registrere seg": the relative clause that narrows the readers sits
    // between the subject and its modal.
    const relEnd = relativeEnd(main, s);
    const after = relEnd < 0 ? main.slice(s.end) : " " + main.slice(relEnd + 1).trimStart();
    // "Du søker elektronisk på …", "Du sender klagen til …": the reader, first in the clause, doing something in
    // the plain present (the way public pages give instructions); "Du får svar i april" is no such thing.
    if (/^(?:du|dere|you)$/i.test(s.text) && !main.slice(clauseAt, s.start).trim()) {
      const verb = c("readerDoVerbs").first(after.slice(0, 30));
      if (verb && /^[ \u00A0]*$/.test(after.slice(0, verb.start))) return true;
    }
    // ("Alle abonnenter i Lysheim, Bråten og Nordbygda må koke vannet": the places that say which readers come first.)
    // ("Residents in these streets are advised to move …": a short phrase that says which of them comes first too.)
    const places = PLACES_AFTER.exec(after) ?? QUALIFIER_AFTER.exec(after);
    const m = MODAL_AFTER.exec(after) ?? (places ? MODAL_AFTER.exec(after.slice(places[0].length)) : null);
    if (m && !RECEIVER.test(after.slice(m[0].length - (m[1]?.length ?? 0)))) return true;
    for (const from of places ? [0, places[0].length] : [0]) {
      const pass = c("requestPassives").first(after.slice(from, from + 24));
      if (pass && pass.start <= 2 && !/^(?:må|skal|must|should)$/i.test(pass.text)) return true;
    }
  }
  // "Før vi avgjør saken, kan du uttale deg innen 1. mars": what the reader may do by a deadline is theirs to do.
  if (MAY_BY_DEADLINE.test(main)) return true;
  const inv = MODAL_BEFORE.exec(main);
  // (In bokmål "de" is "they": "og derfor må de felles" speaks of the trees; in nynorsk it is the plural "you". A
  // passive after it, "må de felles", is done to them either way.)
  const they = !!inv && /[ \u00A0]de$/u.test(inv[0].slice(0, inv[0].length - (inv[1]?.length ?? 0))) && (language === "nb" || /\p{L}{3}(?:es|ast)$/u.test((inv[1] ?? "").trim()));
  if (inv && !they && !RECEIVER.test(inv[1] ?? "")) return true;
  // A passive whose object is the reader's own thing, near the start of its clause ("…, og gyldig
  // legitimasjon må forevises"); or a passive verb of what readers do ("Egenandelen erlegges ved oppmøte").
  for (const o of c("readerObjects").all(main)) {
    const clauseStart = Math.max(main.lastIndexOf(", ", o.start) + 2, 0);
    if (o.start - clauseStart > 40) continue;
    // ("Søknaden må være ferdig behandlet før utbetalingen": the body's case work on the reader's thing is no task of theirs.)
    if (PASSIVE_VERB.test(main.slice(o.end, o.end + 60)) && !CASE_WORK.test(main.slice(o.end, o.end + 60))) return true;
  }
  for (const v of c("readerPassives").all(main)) {
    // (From the clause's start: after the last ", " before the verb, else the sentence's first letter.)
    const comma = main.lastIndexOf(", ", v.start);
    const before = main.slice(comma < 0 ? 0 : comma + 2, v.start);
    // "Vedtaket sendes til Nav" is the body's work; "Søknaden sendes til Nav", "Egenandelen betales" the reader's.
    // ("Ferien skal meldes til barnehagen innen 15. mai": what is reported to someone is the reader's to report, as the
    // letter's passive rewrite reads it too.)
    const reported = /^(?:meldes|meldast|be[ \u00A0]+reported)$/iu.test(v.text) && /^[ \u00A0]+(?:til|to)[ \u00A0]/iu.test(main.slice(v.end, v.end + 6));
    if (!STRONG_READER.test(main.slice(v.start, v.start + 24)) && !c("readerObjects").test(before) && !reported) continue;
    // "Faktura sendes separat til tiltakshaver": an invoice, a decision or a letter is sent by the body that issues it.
    if (bodySendsPaper(before, v.text, main.slice(v.end))) continue;
    // "Avfallet hentes tirsdag": waste is collected by the body's round; "Flaskevann kan hentes" is the reader's.
    if (/^(?:hentes|hentast|tømmes|tømast)$/iu.test(v.text) && /(?<![\p{L}])(?:\p{L}*avfall\p{L}*|søppel\p{L}*|\p{L}*dunk\p{L}*|\p{L}*beholder\p{L}*|\p{L}*behaldar\p{L}*|sekken|sekkene|sekkane)(?![\p{L}])/iu.test(before)) continue;
    // Not the body's own work ("vi", "kommunen") and not a participle after "blir"/"er" (a statement).
    if (/(?<![\p{L}])(?:vi|me|we|kommunen|nav|etaten)(?![\p{L}])/iu.test(before) || /(?<![\p{L}])(?:blir|er|vert|is|are|was)[ \u00A0]+$/iu.test(before)) continue;
    // "The invoice will be sent to you by e-mail": a future the body promises, and the reader receives it.
    if (/(?<![\p{L}])(?:will|would)[ \u00A0]+$/iu.test(before) || /^[ \u00A0]+(?:to you|til deg|til dykk|til dere)(?![\p{L}])/iu.test(main.slice(v.end, v.end + 12))) continue;
    // ("Depositum på 29 400 kroner betales av NAV": an agent named after the verb, who is not the reader, does it.)
    // (Not "av hensyn til …"; in English only "by us", "by the council", "by NAV": "by hand", "by post", "by Friday" say how or when.)
    const after = main.slice(v.end, v.end + 60);
    const by = /^\s+av\s+(?!hensyn|omsyn|praktiske|sikkerhets)((?:\p{L}[\p{L}\p{N}-]*)(?:\s+\p{L}+)?)/iu.exec(after) ?? /^\s+by\s+((?:us|the\s+(?:council|municipality|agency|office)|\p{Lu}{2,})(?![\p{L}]))/u.exec(after);
    if (by && !/^(?:deg|dykk|dere|you|yourself)(?![\p{L}])/iu.test(by[1]) && c("readerSubjects").first(by[1])?.start !== 0) continue;
    if (before.split(/\s+/).filter(Boolean).length <= 8) return true;
  }
  return false;
}

const GROUP_QUALIFIER = /^[ \u00A0]+(?:i|på|langs|ved|med|utan|uten|under|over|frå|fra|tilknyttet|tilknytt|knytt til|knyttet til|tilkoblet|tilkopla|in|on|along|with|without|from|connected to|served by)[ \u00A0]/iu;

/**
 * The group of readers a sentence opens by naming, if any: by a relative clause ("Foreldre som arbeider …",
 * "Those who …") or by a place or trait right after the group ("Beboere i Fjellveien kan kjøre inn …",
 * "Foreldre med barn i 1. klasse må …"). An instruction right after it is for that group only.
 */
/**
 * "Alle barn som har fast plass i SFO" under the title "Påmelding til SFO i haustferien": "all" of those the title
 * speaks of is the notice's own readership, no narrower group an instruction is only for.
 */
function allTheTitleNames(group: string, draft: string): boolean {
  if (!/^(?:alle|all|every|everyone)(?![\p{L}])/iu.test(group)) return false;
  const title = draft.trimStart().split(/\r?\n/u)[0].slice(0, 120).toLowerCase();
  return group.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w.length >= 3 && !/^(?:alle|all|som|who|har|have|has|and|og|the|med|with|every)$/u.test(w) && new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(title));
}

export function namesGroup(text: string, language: Language): string | undefined {
  const who = cue(language, "readerSubjects").first(text);
  if (who && who.start === 0 && !/^(?:du|dere|de|dykk|you|alle|all|everyone|vi ber deg)$/iu.test(who.text) && GROUP_QUALIFIER.test(text.slice(who.end))) {
    // The group up to its verb: "Beboere i Fjellveien" of "Beboere i Fjellveien kan kjøre inn …".
    const verb = /[ \u00A0]+(?:kan|må|skal|bør|får|vil|har|er|can|may|must|should|will|have|are)(?![\p{L}])/iu.exec(text.slice(who.end));
    return verb ? text.slice(0, who.end + verb.index).trim() : who.text;
  }
  const rel = cue(language, "relativePronouns").first(text);
  if (!rel) return undefined;
  // ("Bussane går som vanleg.": "som" of a comparison — "as usual" — opens no relative clause and names no group.)
  const asUsual = cue(language, "asUsual").first(text.slice(rel.start));
  if (asUsual && asUsual.start === 0) return undefined;
  // The pronoun comes within the sentence's first three words: it restricts the subject, not a later object.
  const before = text.slice(0, rel.start).trim().split(/\s+/).filter(Boolean);
  const end = relativeEnd(text, { end: rel.end, text: rel.text });
  // ("Eldre og personar med nedsett funksjonsevne som ikkje sjølv kan hente sand, kan få sand levert heim": a longer
  // subject with its relative clause, when the main clause's verb follows the comma that closes it.)
  const longSubject = before.length <= 7 && end > 0 && /^[ \u00A0]*,?[ \u00A0]*(?:kan|må|skal|får|bør|vil|er|har|can|may|must|will|are|have)(?![\p{L}])/iu.test(text.slice(end));
  if (before.length < 1 || (before.length > 3 && !longSubject)) return undefined;
  return (end > 0 ? text.slice(0, end) : text.slice(0, rel.end)).trim().replace(/,$/, "");
}

export function readActions(sentences: SentenceIn[], times: RoledTime[], language: Language, draft?: string): { actions: MessageAction[]; warnings: Part[]; consequences: Part[] } {
  const actions: MessageAction[] = [];
  const warnings: Part[] = [];
  const consequences: Part[] = [];
  const c = (list: Parameters<typeof cue>[1]) => cue(language, list);
  // The deadlines, once (a draft may hold thousands of times, and every sentence looks for one).
  const deadlines = times.filter((t) => t.role === "deadline");
  let prev: Part | undefined;
  // The draft says "du" and never the formal "De" inside a sentence (where it cannot be "they" … with a capital).
  // (In nynorsk "dykk" is the plural "de": a draft that says it to its reader means "you" by a sentence-initial "De"; "they"
  // is "dei".)
  const theyNotYou = language !== "en" && draft !== undefined && /(?<![\p{L}])(?:du|deg|dere|dykk)(?![\p{L}])/iu.test(draft) && !/[\p{Ll},][ \u00A0]+(?:De|Dem|Deres)(?![\p{L}])/u.test(draft) && !(language === "nn" && /(?<![\p{L}])(?:dykk|dykkar)(?![\p{L}])/iu.test(draft));
  // The start of the last sentence that went on with a third party's duty (a run of such passives is theirs).
  let othersChain = -1;
  // A condition written as a label ("Om nokon går gjennom isen:") and where its paragraph began.
  let labelled: { cond: string; at: number } | undefined;
  // The sentences just before, for a condition said earlier in the paragraph.
  const recent: Part[] = [];
  for (const s of sentences) {
    const before = prev;
    const part = trimPart(s);
    if (!part.text) continue;
    prev = part;
    recent.unshift(part);
    if (recent.length > 4) recent.pop();
    const dlIn = deadlines.find((t) => t.start >= part.start && t.end <= part.end);
    // A deadline on the reader's own thing is an action however it is phrased ("Timebestilling foretas … innen 7. november").
    const ownThing = !!dlIn && c("readerObjects").all(part.text).some((o) => o.start <= 30) && !/(?<![\p{L}])(?:vi|me|we|kommunen)(?![\p{L}])/iu.test(part.text.slice(0, 40));
    const warned = c("warning").test(withoutPurpose(language, part.text)) && !QUESTION.test(part.text) && !c("liftVerbs").test(part.text);
    // In a warning, "Drikkevatn skal kokast før …" speaks to every reader: a modal early in the main clause.
    const warnedMust = warned && /^(?:\S+\s+){0,4}(?:må|skal|bør|must|should)(?![\p{L}])/iu.test(part.text) && !/(?<![\p{L}])(?:vi|me|we|kommunen)(?![\p{L}])/iu.test(part.text.slice(0, 40));
    // "Buses 2 and 4 will not stop at the ferry terminal; use the temporary stop in Church Street": a clause
    // after a semicolon that makes the reader act makes the sentence an action (the first clause is its context).
    const clauseActs = () => part.text.split(/;[ \u00A0]+/u).slice(1).some((x) => readerActs(x, language));
    // "Du kan søke om tilskudd innen utgangen av mars": a leave with a deadline is what the reader must do to get it.
    const mayBy = !!dlIn && /^(?:du|dere|dykk|you)[ \u00A0]+(?:kan|can|may)[ \u00A0]/iu.test(part.text.trim());
    // "Om nokon går gjennom isen: Ring 110 straks.": a condition as a label before a colon, the instruction after it.
    const label = LABEL_CONDITION.exec(part.text);
    // (A clause, three words or more: "Om bygget: …" is a heading, "about the building".)
    // (Or verb first with the reader after it: "Ser du brann: ring 110 straks.")
    const labelCond = label && (c("conditions").first(label[1])?.start === 0 || LABEL_V1.test(label[1])) && label[1].trim().split(/\s+/u).length >= 3 ? label[1].trim() : undefined;
    const afterLabel = labelCond ? part.text.slice(label![0].length) : undefined;
    const labelActs = !!afterLabel && !contactInstruction(afterLabel) && readerActs(afterLabel, language);
    if (labelCond) labelled = { cond: labelCond, at: part.start };
    else if (labelled && draft !== undefined && /\n[ \t]*\n/u.test(draft.slice(labelled.at, part.start))) labelled = undefined;
    // "De kan velte i sterk vind": in a draft that says "du" to its reader and never "De", a sentence-initial "De" is
    // "they" (the trees), not the formal "you".
    const said = theyNotYou && /^De[ \u00A0]/u.test(part.text.trim()) ? part.text.trim().replace(/^De(?=[ \u00A0])/u, "Disse") : part.text;
    // ("Deadline: The graffiti must be removed by 6 April 2026.", "Frist: Skjemaet må være sendt innen 1. mai.": what a
    // line labelled as the deadline says must be done by it is the reader's to do.)
    const labelledDeadline = !!dlIn && DEADLINE_LABEL.test(part.text) && /(?<![\p{L}])(?:må|skal|must|shall|has to|have to|is to|are to)(?![\p{L}])/iu.test(part.text) && !/(?<![\p{L}])(?:vi|me|we|kommunen|the municipality|the council)(?![\p{L}])/iu.test(part.text);
    let acts = labelActs || labelledDeadline || (!contactInstruction(said) && (readerActs(said, language) || ownThing || warnedMust || mayBy || (part.text.includes(";") && clauseActs())));
    // "Ansatte i hjemmetjenesten skal gi brukerne ekstra drikke. Avvik skal meldes til tjenesteleder samme dag.": a
    // passive that names no doer, right after a duty laid on a third party in its paragraph, goes on with that
    // party's duty; it is no step for the reader. (Not when it names the reader, their own thing or a request.)
    // (Not a rule said of the deed, "Det er forbudt å kjøre på fortauet", under "Elsparkesykler skal bare parkeres i …":
    // it binds whoever does it, the reader first.)
    const othersGoOn = !!before && draft !== undefined && !/\n[ \t]*\n/u.test(draft.slice(before.end, part.start)) && !c("ruleWords").test(part.text) && (othersChain === before.start ? namesNoReader(part.text, language) : goesOnOthersDuty(part.text, before.text, language));
    if (othersGoOn) othersChain = part.start;
    if (acts && othersGoOn && !labelActs) acts = false;
    // A warning keeps the reader safe now: something the reader must do about a danger, or a danger stated.
    // A sentence that says an order is lifted, or only names the notice ("Oppdatert informasjon om kokevarselet"), is not one.
    if ((warned && acts) || (c("danger").test(part.text) && !QUESTION.test(part.text))) warnings.push(part);
    if (!acts) {
      if (c("consequence").test(part.text)) consequences.push(part);
      continue;
    }
    const action: MessageAction = { ...part, agent: "reader" };
    const dl = dlIn;
    if (dl) action.deadline = { start: dl.start, end: dl.end, text: dl.text, role: "deadline", form: dl.form, value: dl.value, ...(dl.clock ? { clock: dl.clock } : {}) };
    const opening = labelCond ?? openingCondition(part.text, language);
    if (opening) action.condition = opening;
    // ("… Ring 110 straks. Legg deg flat og kast eit tau ut til personen.": the label's condition goes on for its
    // paragraph.)
    else if (labelled) action.condition = labelled.cond;
    // "Meld fra innen 10. oktober hvis du har spesielle behov": a condition after the instruction limits it too.
    else {
      const after = TRAILING_CONDITION.exec(part.text);
      const condition = after && after.index > 0 ? part.text.slice(after.index).replace(/^[\s,]+/u, "").replace(/[.!]\s*$/u, "").split(/,[ \u00A0]/u)[0].trim() : "";
      // "… hvis du har", "… if you can": a softener, not a group of readers.
      // ("Ikke kom på besøk hvis du har hatt oppkast …": a prohibition with its condition is for every reader to
      // check against themselves, not a step for some; it is said whole to all.)
      if (condition.split(/\s+/).length >= 4 && !PROHIBITION.test(part.text)) action.condition = condition;
    }
    // "- Tysdag 15. april: Tur til Ålesund. Avreise kl. 09.00 … Påmelding innan 9. april.": a step further on in a list
    // item is for that item (those who join the trip), not for every reader of the list.
    if (!action.condition && draft !== undefined) {
      const lineStart = draft.lastIndexOf("\n", part.start - 1) + 1;
      const line = draft.slice(lineStart, part.start);
      const item = ITEM.exec(line);
      const head = item && line.length > item[0].length + 3 ? line.slice(item[0].length).split(/(?<!\d)[.!?](?=\s|$)/u)[0].trim() : "";
      if (head && head.length <= 120) action.condition = head;
    }
    // "Beboere i Fjellveien kan kjøre inn etter avtale. Ring 400 12 345 senest dagen før.": an instruction right
    // after a sentence for a group of readers is for that group.
    // (In the same paragraph, and not when the instruction names its own group.)
    // ("Barn som er folkeregistrert i kommunen, får plass automatisk. Foresatte må likevel registrere barnet innen 1.
    // februar": an instruction to a group it names as its subject is for all of that group.)
    const ownSubject = (() => { const who = c("readerSubjects").first(part.text); return !!who && who.start === 0 && /^[ \u00A0]+(?:\p{L}+[ \u00A0]+)?(?:må|skal|bør|kan|must|should|need to)(?![\p{L}])/iu.test(part.text.slice(who.end)); })();
    // ("Vi tilrår at alle brukar hjelm" after "Du som brukar elsparkesykkel, må vere minst 12 år": a step for all names
    // its own readers.)
    const forAll = /(?<![\p{L}])(?:at|that|ber|bed|anbefaler|tilrår|oppfordrar|oppfordrer|recommend|ask|encourage)[ \u00A0]+(?:alle|everyone|all)(?![\p{L}])/iu.test(part.text);
    if (!action.condition && before && draft !== undefined && !/\n/.test(draft.slice(before.end, part.start)) && !namesGroup(part.text, language) && !ownSubject && !forAll) {
      const group = namesGroup(before.text, language);
      if (group && !allTheTitleNames(group, draft)) action.condition = group;
    }
    // "Intensivavdelingen og fødeavdelingen har egne regler. Kontakt avdelingen før besøket.": an instruction right
    // after a sentence that sets some places or people apart is for those only (an exception is no rule for all).
    if (!action.condition && before && draft !== undefined && !/\n/.test(draft.slice(before.end, part.start)) && c("exceptionWords").test(before.text) && !readerActs(before.text, language) && !openingCondition(before.text, language)) {
      const scope = before.text.trim().replace(/[.!]+$/u, "");
      if (scope.length <= 160) action.condition = scope;
    }
    // "Vil du ha en bod på loppemarkedet? Meld deg på innen 5. juni …", "Kan du ikke komme deg til et stemmelokale …,
    // kan du søke om å stemme hjemme. Søknaden må være kommet fram innen …": a question or a condition on the
    // reader in the sentence before says which readers the instruction is for.
    // ("Kan du ikkje kome den nye datoen, får du pengane tilbake. Du må be om refusjon innan 31. mars.": a step said
    // with "du" right after what some readers get is how those readers get it.)
    const getsIf = () => !!openingCondition(before!.text, language) && !readerActs(before!.text, language) && /^(?:du|dere|dykk|you)[ \u00A0]+(?:må|must|need to)[ \u00A0]/iu.test(part.text.trim());
    // ("Kjenner du ein eldsjel? Send inn framlegg til Frivilligprisen 2027" as the title: a question in the title asks
    // every reader; the call after it is the notice's own.)
    const titleLine = draft !== undefined && !draft.slice(0, part.end).trimStart().includes("\n");
    if (!action.condition && before && draft !== undefined && !titleLine && !forAll && !/\n/.test(draft.slice(before.end, part.start)) && (!/^(?:du|dere|de|dykk|you)[ \u00A0]/iu.test(part.text) || getsIf())) {
      // (The question goes on for the paragraph: "Meld deg på innen 5. juni … En bod koster 100 kroner, som betales
      // på dagen." are both for those who want a stall.)
      const prevAction = actions[actions.length - 1];
      const asked = readerCondition(before.text, language) ?? (prevAction && prevAction.start === before.start && prevAction.condition && !prevAction.text.includes(prevAction.condition) ? prevAction.condition : undefined);
      if (asked) action.condition = asked;
      // ("Siblings can be photographed together from 14:00 to 15:00 on the same day. Please book a time … before 15
      // September.": a step right after what some may have, opening its paragraph, is how those who want it get it; said
      // to all, every parent would book a time.)
      else if (OFFER.test(before.text) && !readerActs(before.text, language) && !openingCondition(before.text, language) && before.text.length <= 140 && /\n[ \t]*\n[ \t]*$/u.test(draft.slice(Math.max(0, before.start - 4), before.start) || "\n\n") && !c("readerSubjects").test(before.text.slice(0, 12))) action.condition = before.text.trim().replace(/[.!]$/u, "");
    }
    // "If you do not want digital letters, you can opt out at norge.no. You will then … You must opt out by 1 March":
    // the same doing said again further on in the paragraph is for the same readers.
    if (!action.condition && draft !== undefined) {
      const verb = READER_DOES.exec(part.text)?.[1].toLowerCase();
      const earlier = verb ? recent.slice(1).find((r) => {
        const cond = openingCondition(r.text, language);
        return !!cond && !/\n[ \t]*\n/u.test(draft.slice(r.end, part.start)) && READER_DOES.exec(r.text.slice(r.text.indexOf(cond) + cond.length))?.[1].toLowerCase() === verb;
      }) : undefined;
      if (earlier) action.condition = openingCondition(earlier.text, language);
    }
    // "You must book an appointment if you want the vaccine at home. Book by 8 January by calling …": the same doing
    // right after, in its paragraph, is for the same readers.
    if (!action.condition && draft !== undefined) {
      const last = actions[actions.length - 1];
      const verb = /^(\p{L}{4,})/u.exec(part.text.trim().replace(/^(?:please|vennligst|venlegst)[ \u00A0]+/iu, ""))?.[1].toLowerCase();
      if (last?.condition && verb && IMPERATIVES[language].has(verb) && !/\n[ \t]*\n/u.test(draft.slice(last.end, part.start)) && new RegExp(`(?<![\\p{L}])${verb}(?![\\p{L}])`, "iu").test(last.text.replace(/^\S+/u, ""))) action.condition = last.condition;
    }
    // "Dersom den nye timen ikkje passar, ber vi om at du gir beskjed … Hugs å oppgi namnet og fødselsdatoen til
    // barnet.": a reminder goes on from what its paragraph asked, for the readers that paragraph's condition names.
    // ("Har du mistet noe i løpet av året? Da kan du fortsatt kreve gjenstanden tilbake … Ta med legitimasjon …", "Treng du
    // skyss? … Skyss må du bestille samstundes som du melder deg på.": a question that opens the paragraph asks which
    // readers its steps are for, however far into the paragraph they come.)
    if (!action.condition && draft !== undefined) {
      const paraStart = Math.max(draft.lastIndexOf("\n\n", part.start), draft.lastIndexOf("\n\r\n", part.start)) + 1;
      const q = /^\s*([^.!?\n]{3,120}\?)/u.exec(draft.slice(paraStart, part.start));
      // (Not the title's question: "Kjenner du ein eldsjel?" over the call asks every reader.)
      const inTitle = !draft.slice(0, paraStart).trim() && !/\n/u.test(draft.slice(paraStart, paraStart + (q?.[0].length ?? 0)).trim());
      const asked = q && !inTitle && paraStart + q.index + q[0].length <= part.start ? readerCondition(q[1], language) : undefined;
      if (asked && !/^\s*$/u.test(asked)) action.condition = asked.replace(/\?$/u, "");
    }
    if (!action.condition && draft !== undefined && REMINDER.test(part.text.trim())) {
      const paraStart = Math.max(draft.lastIndexOf("\n\n", part.start), draft.lastIndexOf("\n\r\n", part.start));
      const opener = recent.slice(1).filter((r) => r.start > paraStart).pop();
      const cond = opener ? openingCondition(opener.text, language) : undefined;
      if (cond) action.condition = cond;
    }
    // "Reisende som har vært i utlandet de siste 10 dagene, må registrere seg": the relative clause says which
    // readers the instruction is for.
    if (!action.condition) {
      const who = c("readerSubjects").first(part.text);
      const relEnd = who && who.start === 0 ? relativeEnd(part.text, who) : -1;
      if (relEnd > 0) action.condition = part.text.slice(0, relEnd).trim();
    }
    // "Frist for å sende innspill er 1. oktober. Send innspill på e-post …": the deadline next door, when it
    // names the same thing.
    // (A suggestion has no deadline but its own: "Vi anbefaler at du oppdaterer nummeret allerede nå" beside the schools'
    // "innen 14. mars".)
    // (Nor a rule or a ban: "Det er ikkje lov å jakte på søndagar" holds for the season, not until a date next door.)
    // ("… stadfesting på at pålegga er gjennomførte innan fristane": a step said against several deadlines has no one of them.)
    if (!action.deadline && !c("suggestionWords").test(part.text) && !PROHIBITION.test(part.text) && !c("ruleWords").test(part.text) && !SEVERAL_DEADLINES.test(part.text)) {
      const near0 = deadlines.find((t) => Math.abs(t.start - part.start) < 200 && !(t.start >= part.start && t.end <= part.end));
      // ("1. Driftstilskot … Søknadsfrist: måndag 15. mars." / "3. Tilskot til unge kunstnarar … Søknadsfrist: fredag 30.
      // april." over "Du søkjer i søknadsportalen …": one row's deadline of a list whose rows have others is no deadline
      // of a step for all of them.)
      const itemLine = (t: RoledTime) => draft !== undefined && /^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0]/u.test(draft.slice(draft.lastIndexOf("\n", t.start - 1) + 1, t.start));
      const near = near0 && itemLine(near0) && deadlines.some((t) => t !== near0 && t.value !== near0.value && Math.abs(t.start - near0.start) < 600 && itemLine(t)) ? undefined : near0;
      if (near) {
        const around = sentences.find((x) => x.start <= near.start && x.end >= near.end);
        // (A deadline in a sentence that is itself an instruction is that instruction's own.)
        // The shared word is a content word: "innen", "ikke" or "kommunen" say nothing of what the deadline is for.
        const stop = c("functionWords");
        // (Not another party's duty: "Fastlegen din skal sende legeerklæringa innan 31. august" is no deadline for
        // "Du må framleis sende meldekort".)
        const share = around && !readerActs(around.text, language) && !othersDeadline(around.text, language) && (around.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).some((w) => !stop.test(w) && (part.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((x) => x.startsWith(w.slice(0, 6))));
        // "Hvis du ikke har søkt innen 25. juni, får du ikke bostøtte for juli. Du søker på …": what happens if the
        // reader has not done it by then names the deadline of that doing.
        const notDone = around ? NOT_DONE_BY.exec(around.text) : null;
        const stem = notDone ? notDone[1].toLowerCase().replace(/ied$/u, "y").replace(/(?:et|te|de|ed|t|d)$/u, "") : "";
        const sameDoing = stem.length >= 3 && new RegExp(`(?<![\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "iu").test(part.text);
        if (share || sameDoing) action.deadline = { start: near.start, end: near.end, text: near.text, role: "deadline", form: near.form, value: near.value, ...(near.clock ? { clock: near.clock } : {}) };
      }
    }
    actions.push(action);
  }
  // "What you need to do:\n- If you have not paid the invoice yet: Do not pay it.": a branch of a list for one group
  // of readers (said alone, it would speak to everyone).
  const branched = withListItems(actions, sentences, draft, language).map((a) => {
    if (a.condition) return a;
    const branch = BRANCH_ITEM.exec(a.text);
    const cond = branch ? c("conditions").first(branch[1]) : undefined;
    return branch && cond && cond.start === 0 ? { ...a, condition: branch[1].trim() } : a;
  });
  return { actions: branched, warnings, consequences };
}

/**
 * The condition on the reader that opens a sentence, up to its comma: a condition word ("Hvis du …, …", "Har du
 * …, …") or a verb-first clause with the reader in it before an inverted main clause ("Stemmer du i en annen
 * kommune, bør du …"), whatever its verb.
 */
export function openingCondition(text: string, language: Language): string | undefined {
  // (A list item is read without its marker: "- Har du elbil, må du lade den …".)
  const t = text.trimStart().replace(ITEM, "");
  const comma = t.indexOf(",");
  if (comma < 0) return undefined;
  const cond = cue(language, "conditions").first(t);
  // ("Trenger dere tolk, gi beskjed innen 10. desember": the verb-first clause over an imperative.)
  const v1Imperative = V1_OVER_IMPERATIVE.exec(t);
  const imperative = !!v1Imperative && !SUBORDINATOR_FIRST.test(t) && IMPERATIVES[language].has(v1Imperative[1].toLowerCase());
  return (cond && cond.start === 0) || (V1_CONDITION.test(t) && !SUBORDINATOR_FIRST.test(t)) || imperative ? t.slice(0, comma).trim() : undefined;
}
/** "Hvis du ikke har søkt innen …", "If you have not applied by …": the doing whose deadline a consequence names. */
const NOT_DONE_BY = /^(?:hvis|dersom|viss|om|if)[ \u00A0]+(?:du|dere|dykk|you)[ \u00A0]+(?:(?:ikke|ikkje)[ \u00A0]+(?:har[ \u00A0]+)?|(?:have|has|do|did)[ \u00A0]+not[ \u00A0]+|(?:har|hadde)[ \u00A0]+(?:ikke|ikkje)[ \u00A0]+)(\p{L}{3,})[^,.!?]{0,80}?(?:innen|innan|senest|seinast|by|before)[ \u00A0]/iu;
/** A condition as a label: "Om nokon går gjennom isen: Ring 110 straks.", "If it catches fire: Call 110." */
// (Also the SMS's test for a head that asks the reader: "Skal du på tur i fjellet:".)
export const LABEL_V1 = /^\p{Lu}\p{Ll}+[ \u00A0]+(?:du|dere|dykk|de|you)[ \u00A0]/u;
const LABEL_CONDITION = /^([^:\n]{3,100}):[ \u00A0]+(?=\p{L})/u;
const BRANCH_ITEM = /(?:^|\n)[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+([^:\n]{3,100}):/u;
/** The reader's doing after a modal: "you can opt out" / "You must opt out" → "opt". */
// ("Vi ber deg endre timen …", "We ask you to change …": the writer's request names the reader's doing too.)
const READER_DOES = /(?<![\p{L}])(?:(?:du|dere|dykk|you)[ \u00A0]+(?:kan|må|skal|bør|can|must|should|may|need[ \u00A0]+to)|(?:kan|må|skal|bør)[ \u00A0]+(?:du|dere|dykk)|(?:ber|bed|ask)[ \u00A0]+(?:deg|dykk|dere|Dem|you)(?:[ \u00A0]+(?:om[ \u00A0]+å|to))?)[ \u00A0]+(?:(?:ikke|ikkje|not|også|også|also|then|då|da)[ \u00A0]+)?(\p{L}{2,})/iu;
// The reader, or the reader's own someone or something ("barnet ditt", "your child"), as a verb-first subject.
// ("Passar ikkje timen, kan du …", "Passer ikke den nye timen, må du …": a negated verb first, the thing after it.)
// ("Passer tidspunktet svært dårlig, kan dere be om nytt tidspunkt …": a definite noun, the thing the letter gave.)
const V1_SUBJECT = String.raw`(?:du|dere|De|dykk|de|you|\p{Ll}{3,}(?:et|en|a|ene|ane)(?=[ \u00A0])|\p{Ll}+[ \u00A0]+(?:din|di|ditt|dine|dykkar|Deres)|(?:your|ditt|din|di|dine)[ \u00A0]+\p{Ll}+|(?:ikke|ikkje)[ \u00A0]+(?:(?:den|det|dei|de)[ \u00A0]+(?:nye[ \u00A0]+)?)?\p{Ll}+)`;
const V1_OVER_IMPERATIVE = new RegExp(String.raw`^\p{Lu}\p{Ll}+[ \u00A0]+${V1_SUBJECT}[ \u00A0][^,.!?]{2,120},[ \u00A0]*(\p{Ll}+)(?![\p{L}])`, "u");

// (Not a clause that opens on a subordinator, "Før du bestemmer deg …, må du sjekke …": that one is a time, not an if.)
const SUBORDINATOR_FIRST = /^(?:før|når|etter|mens|fordi|siden|sidan|da|om|hvis|dersom|viss|innen|innan|til|before|when|after|while|because|since|if|once|until)[ \u00A0]/iu;
// ("Har barnet ditt allergi eller treng medisin, må du gi beskjed …": the reader's child as the subject.)
const V1_CONDITION = new RegExp(String.raw`^\p{Lu}\p{Ll}+[ \u00A0]+${V1_SUBJECT}(?:[ \u00A0][^,.!?]{2,120})?,[ \u00A0]*(?:må|bør|skal|kan|vil|får|er|har|treng|trenger|should|must|can|will)[ \u00A0]+(?:du|dere|De|dykk|de|you)(?![\p{L}])`, "u");

// A finite verb first (nb/nn present tense in -r, English auxiliaries), then more of the question; not a question word.
const YES_NO = /^(?:\p{L}{2,}r|is|are|was|were|do|does|did|can|could|will|would|has|have|should|must|need|may)[ \u00A0]+\p{L}/iu;
const WH_WORD = /^(?:hvor|hvorfor|kor|korfor|kvifor|når|der|her|eller|hver|kvar|over|etter|før|for|per|or|after|whether|either|neither|other|under|mellom|enn|ever|never|however|together)(?![\p{L}])/iu;
/** A verb first and the reader after it: a condition ("Kan du ikke komme, …") or a yes/no question ("Vil du ha en bod?"). */
const VERB_FIRST = /^(?:kan|har|vil|skal|er|ønsker|ønskjer|treng|trenger|trenge|bor|får|skal|do|are|would|have|can|will)[ \u00A0]+(?:du|dere|de|dykk|you)(?![\p{L}])/iu;

// "Dersom du bur i området", "If you live in the affected area", "Bor du på Holmen": where the reader lives, as the
// condition names it (the place, with a capital when it is a name).
const LIVES_IN = /(?<![\p{L}])(?:[Bb]or|[Bb]ur|[Ll]ives?|[Ss]tays?|held[ \u00A0]+til)(?:[ \u00A0]+(?:du|dere|dykk|de|you))?[ \u00A0]+(?:i|på|in|on|within|inside)[ \u00A0]+(?:(?:the|this|dette|det)[ \u00A0]+)?([\p{L}-]+(?:[ \u00A0]+\p{Lu}[\p{L}-]*)?)/u;
const AREA_WORD = /^(?:området|område|sona|sonen|area|zone|affected)$/iu;
/** Where a condition says the reader lives, and whether that is "the area" the notice is about. */
export function livesIn(condition: string): { place: string; area: boolean } | undefined {
  const m = LIVES_IN.exec(condition);
  return m ? { place: m[1], area: AREA_WORD.test(m[1]) } : undefined;
}
/**
 * The condition on the reader a sentence sets for the one after it: its verb-first clause up to the comma or the
 * question mark, or a clause that opens on a condition word. Not "Har du spørsmål, …", which asks for contact.
 */
export function readerCondition(text: string, language: Language): string | undefined {
  const t = text.trim();
  if (/^(?:har du|dersom du har|hvis du har|viss du har|om du har|if you have)(?: \p{L}+)? (?:spørsmål|questions)/iu.test(t)) return undefined;
  // "Dersom du bur i området, må du forlate bustaden", "If you live in the affected area, …": living where the notice
  // is about is every reader it is sent to, no narrower group.
  const comma = t.indexOf(",");
  const lives = livesIn(comma > 0 ? t.slice(0, Math.min(comma, 80)) : "");
  if (lives?.area) return undefined;
  const cut = (s: string) => {
    const end = s.search(/[,?]/);
    return end > 0 && end <= 160 ? s.slice(0, end).trim() : undefined;
  };
  if (VERB_FIRST.test(t) && (/\?$/.test(t) || t.includes(","))) return cut(t);
  // "Passer ikke tidspunktet? Send SMS …", "Is the date wrong? Call …": a yes-no question opens on its verb; what
  // follows it is for the readers who answer yes.
  if (/\?$/.test(t) && YES_NO.test(t) && !WH_WORD.test(t)) return cut(t);
  const cond = cue(language, "conditions").first(t);
  return cond && cond.start === 0 && /(?<![\p{L}])(?:du|dere|dykk|you)(?![\p{L}])/iu.test(t.slice(0, 80)) ? cut(t) : undefined;
}

const ITEM = /^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+/u;
/** A template field at a sentence's start ("{textToken} Logg deg inn …"). */
export const LEADING_FIELD = /^\{[^{}\n]{1,60}\}[ \u00A0]+(?=\p{Lu})/u;
// Something some may have or do, said of it: "Siblings can be photographed together …", "Søsken kan fotograferast saman".
const OFFER = /^\p{Lu}[\p{L}-]*(?:[ \u00A0]+\p{Ll}[\p{L}-]*)?[ \u00A0]+(?:kan|can|may)[ \u00A0]+(?:(?:also|også|òg|gjerne)[ \u00A0]+)?(?:be|bli|verte|få|get)?[ \u00A0]*\p{L}+/u;
// (The label with the space after it, before the line's words: tested as a label, cut off where a channel says the step.)
/** The deadlines, plural: "innen fristene", "innan fristane", "by the deadlines". */
const SEVERAL_DEADLINES = /(?<![\p{L}])(?:fristene|fristane|frister|fristar|the deadlines|deadlines)(?![\p{L}])/iu;
export const DEADLINE_LABEL = /^[ \t]*(?:frist|fristen|svarfrist|tidsfrist|deadline|time limit)[ \u00A0]*:[ \u00A0]*(?=\S)/iu;

/**
 * "What you should do now:" over "- Run all cold water taps …" / "- Empty …": the intro says nothing alone. With its
 * items (the list lines right under it) it is one action, which a channel says whole or not at all.
 */
/** A heading or lead-in that asks or says what the reader must do. */
// "Til deg som bor innenfor sperringen:", "For those who live nearby:", "Dersom du har barn i barnehagen:": a head that
// names the readers its list is for.
const GROUP_HEAD = /^(?:(?:(?:gode[ \u00A0]+)?råd|advice|tips)[ \u00A0]+)?(?:(?:til|for)[ \u00A0]+(?:deg|dykk|dere|de|dei|alle|those|everyone|anyone|you)[ \u00A0]+(?:som|who)[ \u00A0][^:\n]{3,80}|(?:dersom|hvis|viss|om|if)[ \u00A0]+(?:du|dere|dykk|you)[ \u00A0][^:\n]{3,80}|(?:bor|bur|har|er|skal)[ \u00A0]+(?:du|dere|dykk)[ \u00A0][^:\n]{3,80}|(?:if|when)[ \u00A0]+you[ \u00A0][^:\n]{3,80}):$/iu;
// ("What do you need to do?", "Slik gjør du:": the steps of one thing to do; so are "How to apply", "Slik søker du".)
// (A heading on a line of its own may end without a mark: "What you can do", "Dette kan du gjere".)
const STEPS_HEAD = /(?:(?:gjøre|gjere|gjer|gjør)[ \u00A0]*(?:[?:]|$)|(?:what|how)[ \u00A0]+(?:do[ \u00A0]+)?you[ \u00A0]+(?:need|have|must|should|can)[ \u00A0]+(?:to[ \u00A0]+)?do[ \u00A0]*(?:[?:]|$)|what[ \u00A0]+to[ \u00A0]+do[ \u00A0]*(?:[?:]|$)|^(?:dette må du|slik (?:gjør|gjer) du)|^(?:how[ \u00A0]+to[ \u00A0]+(?:apply|register|sign[ \u00A0]+up|book|order|renew|pay|reply|submit)|slik[ \u00A0]+(?:søker|søkjer|melder|bestiller|fornyer|fornyar|betaler|betalar|svarer|svarar|registrerer|registrerar)[ \u00A0]+(?:du|dere|dykk|de))(?![\p{L}]))/iu;
// ("Slik forbereder du deg:", "Slik vernar du deg:", "How to prepare:", "Gode råd:": advice, each bullet a tip of its own.)
// ("Dette gjelder fra 1. juni til 31. august:", "Reglane er desse:", "These rules apply:": the rules, each bullet that is a
// whole sentence a rule of its own.)
export const RULES_HEAD = /^(?:dette[ \u00A0]+(?:gjelder|gjeld)(?:[ \u00A0]+[^:\n]{1,60})?|dette[ \u00A0]+er[ \u00A0]+(?:nytt|endra|endret)|(?:what(?:'s|[ \u00A0]+is)[ \u00A0]+new|what[ \u00A0]+changes|the[ \u00A0]+changes)|(?:de[ \u00A0]+nye[ \u00A0]+|dei[ \u00A0]+nye[ \u00A0]+|nye[ \u00A0]+)?(?:regler|reglar|reglene|reglane)(?:[ \u00A0]+[^:\n]{1,40})?|(?:the[ \u00A0]+)?(?:new[ \u00A0]+)?rules(?:[ \u00A0]+[^:\n]{1,40})?|this[ \u00A0]+applies(?:[ \u00A0]+[^:\n]{1,60})?)[ \u00A0]*:$/iu;
const ADVICE_HEAD = /^(?:slik[ \u00A0]+(?!gjør|gjer)\p{L}+[ \u00A0]+(?:du|dere|dykk|de)(?:[ \u00A0]+(?:deg|dykk|dere|seg))?[ \u00A0]*:$|how[ \u00A0]+to[ \u00A0]+\p{L}+(?:[ \u00A0]+\p{L}+)?[ \u00A0]*:$|(?:(?:gode|våre|vår|our|good)[ \u00A0]+)?(?:råd|tips)(?:[ \u00A0]+til[ \u00A0]+\p{L}+)?[ \u00A0]*:$|(?:(?:our|good|some)[ \u00A0]+)?(?:advice|tips)(?:[ \u00A0]+(?:for|to)[ \u00A0]+\p{L}+)?[ \u00A0]*:$)/iu;
/** The line over the bullets that run up to `lineStart` (a newline's offset), or "" when a blank line comes first. */
function headOverList(draft: string, lineStart: number): string {
  let at = lineStart;
  for (let i = 0; i < 40 && at > 0; i++) {
    const from = draft.lastIndexOf("\n", at - 1) + 1;
    const line = draft.slice(from, at);
    if (!line.trim()) return "";
    if (!ITEM.test(line)) return line;
    at = from - 1;
  }
  return "";
}
function withListItems(actions: MessageAction[], sentences: SentenceIn[], draft: string | undefined, language: Language): MessageAction[] {
  const out: MessageAction[] = [];
  for (const a of actions) {
    if (out.some((o) => o.start <= a.start && a.end <= o.end)) continue;
    // A list item alone is no action: "- ha yrkesskadeforsikring for eleven" lists the employer's duties, and one
    // step of several ("1. Velg eiendommen") reads as all there is to do.
    // Under a heading that asks or says what to do ("What do you need to do?", "Slik gjer du det:"), the
    // instructions of a list are the steps, together: one action from the first to the last.
    if (ITEM.test(a.text)) {
      if (draft === undefined) continue;
      const lineStart = draft.lastIndexOf("\n", a.start - 1);
      const head = lineStart < 0 ? "" : /([^\n]*)\n[ \t]*\n?[ \t]*$/u.exec(draft.slice(Math.max(0, lineStart - 160), lineStart + 1))?.[1] ?? "";
      // ("Til deg som bur innanfor sperringa:" / "- Ikkje gå tilbake …": steps for the readers the head names.)
      const groupHead = GROUP_HEAD.test(head.trim()) ? head.trim().replace(/:$/u, "").replace(/^(?:(?:gode[ \u00A0]+)?råd|advice|tips)[ \u00A0]+/iu, "").trim() : undefined;
      // (The head over the list, past the bullets before this one: "- Parkering koster …" is no head of the next.)
      const listHead = ITEM.test(head) ? headOverList(draft, lineStart) : head;
      // (Under an advice or rules head each whole-sentence bullet stands alone, so one the model does not read as a step
      // leaves the others their own.)
      // (So is any head that ends in a colon over bullets the model reads as steps, each a whole sentence: "Fram til bolene
      // er fjernet:" / "- Det er ikke lov å gå inn i det avsperrede området.", "Hvis noen blir stukket:" / "- Kjøl ned
      // stedet …". Bullets that are fragments — "Vi ber deg om å:" / "- levere skjemaet …" — are one thing to do.)
      const colonHead = /:[ \t]*$/u.test(listHead) && !STEPS_HEAD.test(listHead.trim()) && /^[ \t]*[-–•*][ \u00A0]+\p{Lu}/u.test(a.text) && /[.!][ \t]*$/u.test(lineTextAt(draft, a.start));
      const tipsHead = ADVICE_HEAD.test(listHead.trim()) || RULES_HEAD.test(listHead.trim()) || colonHead;
      // ("Hvis noen blir stukket:": a head that is a condition is the condition of each bullet under it.)
      // ("Det kan ligge igjen udetonerte granater i feltet. Finner du noe som ligner en granat:": the head's last sentence,
      // and a condition said verb first, the reader after the verb, is one too.)
      const headLast = listHead.trim().split(/(?<=[.!?])[ \u00A0]+(?=\p{Lu})/u).pop() ?? "";
      const headCond = colonHead && !groupHead && (cue(language, "conditions").first(headLast)?.start === 0 || LABEL_V1.test(headLast)) ? headLast.replace(/:$/u, "").trim() : undefined;
      // ("Det vil seie for deg:" / "- Flytt bilar og verdisaker bort frå elvekanten … innan fredag kl. 18": an item that
      // is an instruction with its own deadline is a step of its own, whatever the head says.)
      if (!STEPS_HEAD.test(head.trim()) && !tipsHead && !groupHead) {
        if (a.deadline && !a.condition && /^[ \t]*[-–•*][ \u00A0]+\p{Lu}/u.test(a.text) && opensOnImperative(a.text.replace(ITEM, ""), language)) out.push(a);
        continue;
      }
      const run = [a];
      for (const x of actions.slice(actions.indexOf(a) + 1)) {
        // (An item may go on after its instruction: "- Slå av komfyr … før kl. 23.00. Det kan komme strømstøt …", and
        // a step in that rest, "- Drink plenty of water. Do it even if …", is part of its item.)
        if (!draft.slice(run[run.length - 1].end, x.start).includes("\n")) continue;
        if (!ITEM.test(x.text) || !/^[^\n]*\r?\n[ \t]*$/.test(draft.slice(run[run.length - 1].end, x.start))) break;
        run.push(x);
      }
      const whole = (x: MessageAction) => /^[ \t]*[-–•*][ \u00A0]+\p{Lu}/u.test(x.text) && /[.!][ \t]*$/u.test(lineTextAt(draft, x.start));
      // (Under "Slik fornyar du festet:", a bullet that is a whole instruction beside one that only offers another way is a
      // step of its own.)
      if (run.length < 2 && !groupHead && !(tipsHead && whole(a)) && !(/:[ \t]*$/u.test(listHead) && whole(a))) continue;
      // ("Slik forbereder du deg:" / "- Slå av komfyr … ." / "- Har du elbil, må du lade den …": under an advice head,
      // bullets that are each a whole sentence are tips, each its own action with its own condition and deadline;
      // the steps under "What do you need to do?", numbered steps and fragments are one thing to do, said whole or
      // not at all.)
      if (groupHead && run.every((x) => /^[ \t]*[-–•*][ \u00A0]+\p{Lu}/u.test(x.text))) {
        out.push(...run.map((x) => (x.condition ? x : { ...x, condition: groupHead })));
        continue;
      }
      if (tipsHead && run.every(whole)) {
        out.push(...run.map((x) => (headCond && !x.condition ? { ...x, condition: headCond } : x)));
        continue;
      }
      const last = run[run.length - 1];
      // (A deadline for some readers of one step is not the procedure's.)
      const deadline = run.find((x) => x.deadline && !x.condition)?.deadline;
      out.push({ ...a, end: last.end, text: draft.slice(a.start, last.end), ...(deadline ? { deadline } : {}) });
      continue;
    }
    if (draft === undefined || !/:$/.test(a.text)) {
      out.push(a);
      continue;
    }
    let end = a.end;
    for (const s of sentences) {
      if (s.start < end) continue;
      const gap = draft.slice(end, s.start);
      // ("- Lat grindene stå slik du fann dei. Ei open grind kan føre til …": an item goes on after its first sentence,
      // on its own line.)
      if (end > a.end && /^[ \t]+$/u.test(gap) && !ITEM.test(s.text)) {
        end = s.start + s.text.trimEnd().length;
        continue;
      }
      if (!/^[ \t]*\r?\n[ \t]*$/.test(gap) || !ITEM.test(s.text)) {
        if (s.start >= end) break;
        continue;
      }
      end = s.start + s.text.trimEnd().length;
    }
    // No items under it: the sentence stays as it was ("… må du sende oss:" over a form's fields).
    if (end === a.end) {
      out.push(a);
      continue;
    }
    const deadline = a.deadline ?? actions.find((x) => x.start > a.end && x.end <= end && x.deadline)?.deadline;
    out.push({ ...a, end, text: draft.slice(a.start, end), ...(deadline ? { deadline } : {}) });
  }
  // (Tips said one by one keep the draft's order with the steps between them.)
  return out.sort((a, b) => a.start - b.start);
}

// A reminder that goes on from what came before: "Husk å …", "Hugs å …", "Remember to …", "Ikke glem …".
export const REMINDER = /^(?:husk|hugs|remember|ikke[ \u00A0]+glem|ikkje[ \u00A0]+gløym|don't[ \u00A0]+forget|do[ \u00A0]+not[ \u00A0]+forget)(?![\p{L}])/iu;
