// What kind of text the draft is. For a personal text the audience reading decides (decision, summons,
// offer, demand, case letter). For a public one the focus decides — the newest update when the draft has
// dated updates, else the title and the lead paragraph: an order lifted, an event cancelled, a date moved,
// a warning, a press release, guidance on applying, a notice of something that happens, or information.
import type { Language } from "../model";
import type { MessageKind } from "./types";
import type { RoledTime } from "./roles";
import { cue, mainClauseMatch, withoutPurpose } from "./cues";

export interface KindInput {
  language: Language;
  personalKind?: "decision" | "summons" | "offer" | "demand" | "case-letter";
  /** Title + lead paragraph, or the newest update. */
  focus: string;
  focusStart: number;
  focusEnd: number;
  /** The whole draft (for weaker signals). */
  text: string;
  times: RoledTime[];
  /** The focus's sentences with their places in the draft. */
  sentences?: Array<{ text: string; start: number; end: number }>;
}

export function readKind(k: KindInput): MessageKind {
  const c = (list: Parameters<typeof cue>[1]) => cue(k.language, list);
  // A personal meeting or appointment called off is a cancellation ("Dialogmøtet med Nav er avlyst").
  if (k.personalKind) {
    // ("Alarmen blir montert heime hos deg torsdag 13. mars … Tidlegare avtalt besøk torsdag 6. mars er avlyst": with a
    // new time outside the sentence that calls the old one off, the letter moves the visit.)
    // (Even in a decision: "Du har fått tildelt trygghetsalarm. Alarmen blir installert … tirsdag 8. april. Tidligere
    // avtalt besøk fredag 4. april er avlyst." — the date the reader must be home is the news.)
    // (A summons that names its new time stays what it is: "Ny time hos logoped" calls the reader in.)
    if (mainClauseMatch(k.language, "cancelVerbs", k.focus) && newElsewhere(k)) return k.personalKind === "summons" ? k.personalKind : "change";
    // ("Denne timen er avlyst …" and, in the next paragraph, "Ny time er onsdag 19. mars …": a summons or an offer that
    // names its new time elsewhere stays what it is.)
    if ((k.personalKind === "summons" || k.personalKind === "offer") && mainClauseMatch(k.language, "cancelVerbs", k.focus) && newAppointment(k)) return k.personalKind;
    if (k.personalKind !== "decision" && mainClauseMatch(k.language, "cancelVerbs", k.focus)) return "cancellation";
    // "Ny dato for feiing og tilsyn" over "Ny dato er onsdag 19. november …": a visit or an appointment moved in a letter
    // to one person is a change of date (a summons or an offer keeps its kind).
    const title = k.focus.split("\n")[0];
    if (k.personalKind === "case-letter" && cue(k.language, "newBefore").first(title)?.start === 0 && k.times.some((t) => t.role === "new" && t.form === "date")) return "change";
    // ("Mattilsynet vil gjennomføre tilsyn hos dere onsdag 13. januar … Tilsynet som var varslet til 16. desember, er
    // flyttet": the focus moves a visit from an old date to a new one.)
    if (k.personalKind === "case-letter" && c("moveVerbs").test(k.focus) && k.times.some((t) => inFocus(k, t) && t.role === "superseded") && k.times.some((t) => inFocus(k, t) && t.role === "new" && (t.form === "date" || t.form === "weekday"))) return "change";
    // ("Timen din for nasjonalt ID-kort er flyttet" over "Du hadde time … tirsdag 10. mars …" and, on a line of its own,
    // "Ny time: torsdag 12. mars kl. 1330": a title that says the appointment is moved, and the new time named as such.)
    if (k.personalKind === "case-letter" && c("moveVerbs").test(title) && k.times.some((t) => t.role === "superseded") && newAppointment(k)) return "change";
    return k.personalKind;
  }
  const f = k.focus;
  const main = (list: Parameters<typeof cue>[1]) => !!mainClauseMatch(k.language, list, f);
  if (main("liftVerbs") && !c("moveVerbs").test(f) && !closedAhead(k)) return "lifting";
  // "Konserten, som skulle vært holdt søndag 4. mai, er avlyst. Konserten blir i stedet holdt søndag 18. mai": called
  // off on one date and held on another is a change of date, not a cancellation.
  // (Only where the draft says the new time replaces the old: "i morgen" in "Arrangementet i morgen er avlyst" is
  // the cancelled event's own day.)
  const replaced = (c("newAfter").test(f) || c("newBefore").test(f)) && k.times.some((t) => inFocus(k, t) && t.role === "superseded") && k.times.some((t) => inFocus(k, t) && t.role === "new" && t.form !== "duration");
  if (main("cancelVerbs")) return replaced || newElsewhere(k) ? "change" : "cancellation";
  // ("Endret tømming i julen" over a body of "Tømming som skulle vært fredag 25. desember, blir lørdag 26. desember":
  // the focus says it changes, the body which dates replace which.)
  const moved = c("moveVerbs").test(f) && (k.times.some((t) => t.role === "superseded" && (inFocus(k, t) || k.times.some((n) => n.role === "new" && n.start > t.end && n.start - t.end <= 80))) || c("newBefore").test(f));
  if (moved) return "change";
  // ("Lus er ufarlig …, men den smitter lett": a focus that says the thing is harmless warns of no danger; it is a notice.)
  // (Unless something else is said to be dangerous: "… bangs … This is harmless" beside "Unexploded ammunition … is
  // dangerous" is still a warning.)
  // ("Arbeidet gjøres om natten for å unngå kø": a warning word in a purpose clause says why the writer acts.)
  const fw = withoutPurpose(k.language, f);
  if (c("warning").test(fw) && (!c("harmless").test(fw) || c("danger").test(fw))) return "warning";
  if (c("pressRelease").test(f)) return "press-release";
  if (c("applicationInfo").test(f)) return "application-info";
  if (k.times.some((t) => inFocus(k, t) && t.role === "new" && t.form !== "duration")) return "notice";
  if (c("noticeVerbs").test(f)) return "notice";
  return "information";
}

/**
 * "Badet er stengt fra 12. januar til 25. januar. Badet åpner igjen 26. januar": the reopening is the end of a
 * closure still ahead, so the text announces the closure (a notice), not that something is over. Seen when a
 * main clause in the focus says something is (or will be) closed and that sentence holds a new time.
 */
function closedAhead(k: KindInput): boolean {
  // ("… vil følgende veier bli stengt for biltrafikk:" over a table of roads with their times: a closure sentence that
  // ends in a colon has its times in the rows under it.)
  const upTo = (s: { text: string; end: number }) => (/:[ \u00A0]*$/u.test(s.text) ? k.focusEnd : s.end);
  return (k.sentences ?? []).some(
    (s) => !!mainClauseMatch(k.language, "closedFor", s.text) && k.times.some((t) => t.role === "new" && t.start >= s.start && t.end <= upTo(s)),
  );
}

/** Whether the focus gives a new time outside every sentence that calls something off (and an old time in one). */
function newElsewhere(k: KindInput): boolean {
  const off = (k.sentences ?? []).filter((s) => !!mainClauseMatch(k.language, "cancelVerbs", s.text));
  if (!off.length) return false;
  const inOff = (t: RoledTime) => off.some((s) => t.start >= s.start && t.end <= s.end);
  return k.times.some((t) => inOff(t) && t.role === "superseded") && k.times.some((t) => inFocus(k, t) && !inOff(t) && t.role === "new" && (t.form === "date" || t.form === "weekday"));
}

/**
 * "Denne timen er avlyst fordi logopeden er sjuk." and, in the next paragraph, "Ny time er onsdag 19. mars kl. 09.30":
 * the letter names the new time anywhere ("ny time", "ny dato", "new appointment" right before a new date).
 */
function newAppointment(k: KindInput): boolean {
  const cues = cue(k.language, "newBefore");
  return k.times.some((t) => t.role === "new" && (t.form === "date" || t.form === "weekday") && !!cues.all(k.text.slice(Math.max(0, t.start - 40), t.start)).some((m) => m.text.length > 3 && /^[ \u00A0]*(?:er|blir|vert|is|will be|:)?[ \u00A0]*(?:på[ \u00A0]+|on[ \u00A0]+)?$/iu.test(k.text.slice(Math.max(0, t.start - 40), t.start).slice(m.end))));
}

/** Whether a time stands in the focus (the title and the lead, or the newest update). */
function inFocus(k: KindInput, t: RoledTime): boolean {
  return t.start >= k.focusStart && t.end <= k.focusEnd;
}
