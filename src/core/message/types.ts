/**
 * The message model: what a draft says, between the parsed draft and every channel (DESIGN.md, "Message").
 * understand(doc, facts, options) builds it; the letter, the SMS and the post render it; the user may
 * correct it (variants(text, { message })). Every part points at the span(s) of the draft it came from, so
 * a front end can show where a part was read and a composer never picks a fact "by position".
 *
 * Pure data: no functions, JSON-serialisable, stable field names (the CLI's `variants --json` prints it).
 */
import type { Language, Span } from "../model";

/** What kind of text the draft is; decides the SMS's shape and whether a public post suits it. */
export type MessageKind =
  | "notice" //            public information about something that happens (works, closure, event)
  | "warning" //           public alert: act now to avoid harm (boil water, storm, evacuate)
  | "change" //            something planned is moved or changed (new date, new place)
  | "cancellation" //      something planned will not happen (avlyst)
  | "lifting" //           an order, warning or closure is over (opphevet, vannet er tilbake)
  | "decision" //          a vedtak in one person's or party's case
  | "summons" //           the reader is called to a meeting or appointment
  | "offer" //             the reader is offered a place, a service, a vaccine
  | "demand" //            the reader must send something in their own case
  | "case-letter" //       other content about one person's or party's case
  | "application-info" //  public guidance: who can apply, how to apply
  | "press-release" //     news from the body about itself (a prize, a grant, a result)
  | "information"; //      general information that fits none of the above

/**
 * The role a time plays in the message:
 * - "new": when the key event happens now (the date readers must act on);
 * - "superseded": the old time of something moved ("som skulle vært fredag 1. mai");
 * - "lifted": the start of an order that is now over ("kokepåbudet fra 3. mars er opphevet");
 * - "past": something that already happened (a letter received, a sample taken);
 * - "recurring": opening hours and other repeated times ("mandag–fredag 08–16");
 * - "deadline": the last day for an action (carried by the action, not by the event);
 * - "expected": a forecast ("vi regner med å være ferdige 3. mai") or a time the writer gives for its own work
 *   ("vi behandler søknaden innen 1. mars"): what to expect, never a deadline of the reader's;
 * - "label": a date that names a thing, not when anything happens (a best-before date on recalled goods).
 */
export type TimeRole = "new" | "superseded" | "lifted" | "past" | "recurring" | "deadline" | "expected" | "label";

/** How the time is written: a calendar date (or range), a weekday, a relative day, a week, a duration, a clock time alone. */
export type TimeForm = "date" | "weekday" | "relative-day" | "week" | "duration" | "clock" | "text";

export interface Part extends Span {
  /** The draft's own words for this part (draft.slice(start, end), trimmed to the part). */
  text: string;
}

export interface MessageTime extends Part {
  role: TimeRole;
  form: TimeForm;
  /**
   * Normalised: ISO date "2027-05-02" or "--05-02", a range "2027-09-02/2027-09-20", "W47" / "2027-W47",
   * a weekday "wd:3" (Monday = 1), a relative day "day:+0" (i dag) / "day:+1" (i morgen), a duration "P3W",
   * or "" when only the text is known.
   */
  value: string;
  /** A clock time or time range read with this date ("kl. 13.00", "08:00–19:00"), as written. */
  clock?: Part & { value: string };
  /** The end of a period that the draft gives in the next sentence ("Fra mandag 10. juni …" / "… varer til og med 28. juni"). */
  until?: Part & { value: string; clock?: Part };
  /** A start with no end ("fra i dag, mandag 15. februar, og inntil videre"): the whole phrase, from its preposition. */
  openEnded?: Part;
  /**
   * The calendar day a relative day names ("i morgen" under "Publisert tirsdag 10. mars" → "--03-11", "onsdag 11.
   * mars"), counted from the draft's own stamp (its update's or its page's); absent when the draft gives none.
   */
  dated?: { value: string; text: string };
}

export interface MessageEvent {
  /** What happens, in the draft's words (a clause or the title), e.g. "Tømming flyttes". */
  what: Part;
  /** The time of the event in its role; absent when the draft does not say. */
  when?: MessageTime;
  /** Other times of the same event (the superseded date of a move, the lifted order's start). */
  otherTimes: MessageTime[];
  /** Where it happens (a street, a place, an address), as written. */
  where?: Part;
  /** The event's status as the draft states it. */
  status: "planned" | "moved" | "cancelled" | "lifted" | "ongoing" | "done";
  /** The time and the place are given as fields ("Dato: …", "Sted: …"): a booking the reader is to keep. */
  fields?: boolean;
}

export interface MessageAction extends Part {
  /** Who must act: the reader ("du", imperative, "søkere må") — other agents are never actions. */
  agent: "reader";
  /** The deadline of this action, when the draft gives one. */
  deadline?: MessageTime;
  /** A condition that limits who must act ("Dersom du ikke kan komme, …"). */
  condition?: string;
}

export interface AudienceReason extends Partial<Span> {
  /** Machine code: "case-content", "decision", "summons", "personal-id", "placeholder", "group", "addressed-group" (the title writes to a group: "Til foreldre i …"), "public-guidance" … */
  code: string;
  /** The words that gave this reason, as written. */
  text?: string;
}

export interface Message {
  language: Language;
  /** What the draft is about: its title, or the first main clause. */
  subject: Part;
  kind: MessageKind;
  audience: { value: "public" | "personal"; reasons: AudienceReason[]; source?: "draft" | "user" };
  /** Who sends it: only from the options/profile or the draft's own signature block, never from a name in the body. */
  sender?: { name: string; source: "profile" | "signature" | "user"; start?: number; end?: number };
  /** The lead: the sentences of the newest update, or of the first paragraph (what a short channel says first). */
  lead: Part[];
  /** Every time the draft mentions, in draft order, each with its role (the pane lets the user correct a role). */
  times: MessageTime[];
  /** Events, the key event first. Texts with dated updates: the newest update's event first. */
  events: MessageEvent[];
  /** What the reader must do, in the draft's order (the most important first when the draft says so). */
  actions: MessageAction[];
  /** Warnings the reader must heed ("Kok vannet før du drikker det"); lead the SMS. */
  warnings: Part[];
  /** What happens if the reader does not act ("Ellers mister du …"). */
  consequences: Part[];
  /** Who it is for, in a public text ("Tilbudet gjelder deg som er 65 år eller eldre …"); a post carries it. */
  eligibility?: Part;
  /** The way around a closure ("Trafikken blir omdirigert via Rv 3", "A detour will be signposted via Bakkeveien"). */
  detour?: Part;
  /** What happens instead when something goes wrong ("Dersom det blir dårlig vær, flyttes arrangementet til gymsalen"). */
  contingency?: Part;
  /** Whom the news does not cover, or what still applies ("Husstander i Grønnvik Nord er ikke omfattet …"). */
  exception?: Part;
  /**
   * Another body whose work the draft passes on ("BKK Nett har varsla kommunen om at dei må kople ut straumen",
   * "Statens vegvesen opplyser at …"): the work the draft tells of is theirs, so no rewrite makes the sender ("vi")
   * do it.
   */
  relayedFrom?: Part;
  /** Contact: phone numbers, e-mail, contact sentences. */
  contact: Array<Part & { kind: "phone" | "email" | "url" | "text" }>;
  /** Web addresses for more information, the most specific first. */
  links: Array<Part & { value: string }>;
  /** Legal references (§, lov, forskrift). */
  legal: Part[];
  /** The appeal block of a decision, kept whole, with its deadline. */
  appeal?: Part & { deadline?: MessageTime };
  /** The right to see the documents (innsyn), kept whole. */
  access?: Part;
  /** Dated updates, newest first (news items with "Oppdatert …" paragraphs). */
  updates: Array<Part & { time?: MessageTime }>;
  /**
   * Times the text under an update still gives as they were, though the update moved or called them off ("ope hus …
   * laurdag 5. juni" under "… som skulle vere laurdag 5. juni, er flytt til laurdag 12. juni"): superseded here, and
   * the writer is told to mend the text. `by` is the update's mention of the same time.
   */
  stale?: Array<{ time: MessageTime; by: MessageTime }>;
}

/** Corrections the user makes in the pane or on the command line; variants() re-renders from them. */
export interface MessageOverride {
  audience?: "public" | "personal";
  sender?: string;
  kind?: MessageKind;
  /** Pick the key event's time by its draft offset (a MessageTime.start) and optionally give it a role. */
  keyTime?: { start: number; role?: TimeRole };
  /** Set the role of any time by its draft offset. */
  timeRoles?: Array<{ start: number; role: TimeRole }>;
}

/** Why a variant left a part out (`omitted` on each variant). */
export interface Omission {
  /** The message part: "when", "where", "action", "deadline", "warning", "contact", "link", "appeal", "personal-data", "case-content", "sender" … */
  part: string;
  /** Machine code of the reason: "not-in-draft", "too-long", "personal", "channel-policy", "personal-data" … */
  why: string;
  /** The reason in the UI language. */
  message: string;
  /** The draft text left out, when there is one. */
  text?: string;
}
