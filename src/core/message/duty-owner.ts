// Whose deadline a sentence states. "Fastlegen din skal sende legeerklæringa innan 31. august" is the GP's;
// "Vi oppdaterer frammr.no seinast måndag 5. mai kl. 06.00" is the writer's promise; "Søknaden må være sendt
// innen 1. mars", "Fristen er 1. mars" and "Du må svare innen …" are the reader's. A reader told "Fristen er
// 31. august" for someone else's duty is told a deadline that is not theirs.
import type { Language } from "../model";
import { cue } from "./cues";

// The subject (one to four words), a modal and the verb after it.
const SUBJECT_MODAL = /^((?:[^\s,;:]+[ \u00A0]+){0,3}?[^\s,;:]+)[ \u00A0]+(?:må|skal|vil|bør|kan|must|shall|will|should|has[ \u00A0]+to|have[ \u00A0]+to|is[ \u00A0]+to|are[ \u00A0]+to)[ \u00A0]+(?:(?:ikke|ikkje|not|også|òg|also|sjølv|selv|derfor|difor)[ \u00A0]+)?(\p{L}+)/iu;
// The writer as the subject, with the verb right after it: "Vi oppdaterer …", "We will update …".
const WRITER_FIRST = /^(?:vi|me|we)[ \u00A0]+(\p{L}+)/iu;
const READER = /^(?:du|dere|De|dykk|Dykk|you)$/u;
// After the modal, a thing's state (passive: "må være sendt", "skal bli betalt") or the writer's need of the reader
// ("Vi må ha svaret ditt …", "Vi må få …", "We must receive …").
const THING_OR_NEED = /^(?:være|vere|bli|verte|vorte|be|been|ha|have|få|motta|mottatt|receive|get|hear|høre|høyre)$/iu;
// What the writer asks of the reader: "Vi ber deg …", "Vi trenger …".
const WRITER_ASKS = /^(?:ber|bed|trenger|treng|need|needs|ask|asks|must|må|har|have|will|vil|skal|shall)$/iu;
// A duty laid on another party than the reader: "pålegges eier av …", "X er pålagt å …", "the owner is ordered to …",
// "Naboen må …".
const OTHERS_DUTY = /(?<![\p{L}])(?:(?:pålegges|påleggast|pålagt|pålegg(?:er|jer)[ \u00A0]+(?:vi|kommunen|me))[ \u00A0]+(?!du|deg|De|Dem|dere|dykk|Dykk)(?:\S+[ \u00A0]+){0,6}?(?:å|til å)[ \u00A0]|(?:is|are|has been|have been)[ \u00A0]+ordered[ \u00A0]+to|(?:naboen|eieren|eigaren|entreprenøren|utbyggeren|utbyggjaren|the[ \u00A0]+(?:neighbour|owner|contractor|developer))[ \u00A0]+(?:må|skal|must|shall|has[ \u00A0]+to))/u;
// Others told or asked to do it: "Skoler og barnehager får beskjed om å oppdatere … innen 14. mars", "Schools are asked
// to …". (Not the reader: "Du får beskjed om å …".)
const TOLD_TO = /^(?!(?:du|dere|De|dykk|you)[ \u00A0])(?:\S+[ \u00A0]+){1,4}?(?:får|fekk|fikk|vil[ \u00A0]+få|blir|vert|er|is|are|will[ \u00A0]+be)[ \u00A0]+(?:beskjed[ \u00A0]+om|bedt[ \u00A0]+om|bedne[ \u00A0]+om|asked|told)[ \u00A0]+(?:å|to)[ \u00A0]/iu;
// A condition with a deadline in it: "dersom forholdet ikke er rettet innen …", "if you have not paid by …".
const IF_NOT_BY = /(?<![\p{L}])(?:dersom|hvis|viss|om|if|unless)[ \u00A0][^.;:!?]{0,100}?(?<![\p{L}])(?:innen|innan|senest|seinast|by|before)[ \u00A0]/iu;
// A list marker or a leading subordinate clause up to its comma is not the subject.
const LEAD = /^[ \t]*(?:(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+)?/u;

/** After the modal, a thing's state or the writer's need ("må være sendt", "må få"), or a passive in -s ("må leveres", "må sendast"). */
const thingsState = (verb: string): boolean => THING_OR_NEED.test(verb) || (/\p{L}{3}(?:es|ast|s)$/u.test(verb) && !/(?:ss|us|is)$/u.test(verb));
/** The readers named as a group, or those they answer for, first in the subject: "Alle søkere", "Eleven". */
const namesReaders = (subject: string, language: Language): boolean => cue(language, "readerSubjects").first(subject)?.start === 0 || cue(language, "readersByProxy").first(subject)?.start === 0;
/** A condition or a time that stands before the modal in the subject's place: "Innen 1. mars må du …". */
const LEADING_CONDITION = /^(?:innen|innan|senest|seinast|by|before|før|etter|after|hvis|dersom|viss|om|if|når|when)(?![\p{L}])/iu;

/**
 * Whether the deadline of `sentence` is another party's duty or the writer's own promise, not the reader's:
 * an active verb after a modal whose subject is not the reader ("Fastlegen din skal sende …", "Arbeidsgiveren må
 * levere …"), or the writer doing it ("Vi oppdaterer …", "Me sender …"). A passive ("Søknaden må være sendt …"), a
 * deadline stated bare ("Fristen er …") and the reader as subject are the reader's.
 */
export function othersDeadline(sentence: string, language: Language): boolean {
  const t = sentence.replace(LEAD, "").trim();
  // ("… vi vil vedta tvangsmulkt dersom forholdet ikke er rettet innen 1. desember": the time in a condition the reader
  // must meet is the reader's, whoever acts in the main clause.)
  // (Told first: "får beskjed om å … innen" holds an "om" that is no condition.)
  if (TOLD_TO.test(t)) return true;
  if (IF_NOT_BY.test(t)) return false;
  if (OTHERS_DUTY.test(t)) return true;
  const w = WRITER_FIRST.exec(t);
  if (w) return !WRITER_ASKS.test(w[1]);
  const m = SUBJECT_MODAL.exec(t);
  if (!m) return false;
  const subject = m[1];
  if (READER.test(subject) || thingsState(m[2])) return false;
  // The reader's own someone ("Fastlegen din", "your employer") is someone else.
  if (/(?:^|[ \u00A0])(?:din|di|ditt|dine|dykkar|Deres|your)$/u.test(subject) || /^your[ \u00A0]/iu.test(subject)) return true;
  // ("Alle søkere må …", "Eleven må …": the readers named as a group, or those they answer for.)
  if (namesReaders(subject, language)) return false;
  // (A condition or a time up front is not the subject: "Innen 1. mars må du …" has the reader after the modal.)
  if (LEADING_CONDITION.test(subject)) return false;
  // A name (a capital after the first word: "Hilde Myklebust", "Oslo kommune") or a definite noun ("Fastlegen",
  // "arbeidsgiveren din", "the school"); the first word's capital is only the sentence's.
  const rest = subject.replace(/^\S+/u, "");
  return /[ \u00A0]\p{Lu}/u.test(rest) || /^(?:the|your)[ \u00A0]/iu.test(subject) || /^\p{L}{3,}(?:en|et|ane|ene|arne|erne|aren|eren)(?:[ \u00A0]+(?:din|di|ditt|dine|dykkar|deres))?$/iu.test(subject);
}

// Words that stand as a subject without naming anyone: "Det må søkes …", "Dette skal gjøres …", "There must be …".
const NO_ONE = /^(?:det|dette|den|denne|disse|dei|de|her|there|it|this|these|that)$/iu;

/**
 * Whether `sentence` lays a duty on a third party it names as its subject, with an active verb: "Ansatte i
 * hjemmetjenesten skal gi brukerne ekstra drikke", "Entreprenøren må sikre grøfta", "Staff must log every incident".
 * Not the reader ("Du må …", "Alle søkere må …"), not the writer ("Vi skal …"), not a passive ("Søknaden må sendes"),
 * not a subject that names no one ("Det må søkes …").
 */
export function othersDuty(sentence: string, language: Language): boolean {
  const t = sentence.replace(LEAD, "").trim();
  if (OTHERS_DUTY.test(t)) return true;
  const m = SUBJECT_MODAL.exec(t);
  if (!m) return false;
  const subject = m[1];
  const head = subject.split(/[ \u00A0]+/u)[0];
  if (READER.test(head) || NO_ONE.test(head) || /^(?:vi|me|we|kommunen|etaten)$/iu.test(head)) return false;
  if (thingsState(m[2]) || namesReaders(subject, language)) return false;
  if (LEADING_CONDITION.test(subject) || /^(?:i|på|in|on)(?![\p{L}])/iu.test(subject)) return false;
  // The subject is a noun phrase: its first word is a word of three letters or more.
  return /^\p{L}{3,}$/u.test(head);
}

/**
 * The verb of a duty laid on a third party ("Entreprenøren Vestbygg AS må sprengje bort fjell" → "sprengje"), or
 * undefined: a passive of the same verb elsewhere in the draft ("Det vert sprengt kvardagar …") is that party's work.
 */
export function othersDutyVerb(sentence: string, language: Language): string | undefined {
  if (!othersDuty(sentence, language)) return undefined;
  return SUBJECT_MODAL.exec(sentence.replace(LEAD, "").trim())?.[2]?.toLowerCase();
}
