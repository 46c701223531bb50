// Rendering helpers shared by the SMS and the post: a draft sentence made plain and cleared of every time
// that has another role than the one the channel shows (a superseded, lifted or past date is cut out with
// the words that carry it, or the sentence is not used at all), the reader addressed as "du", and a time
// written as it reads after "Når:" ("mandag 3. mai", not "Mandag 3. mai").
import type { Edit, Language } from "../model";
import type { Message, MessageTime, Part } from "../message/types";
import { rewriteSentence, informalAddress, readerOf } from "./rewrite";
import { dropOpener } from "./openers";
import { polishSentence } from "./letter-polish";
import { cue } from "../message/cues";
import { cellsOf } from "../message/table";
import calendar from "../facts/calendar.json";
import { escapeRegExp } from "../text/abbreviations";

/** Roles a channel never shows as the event's time. */
export const WRONG_ROLES = new Set<MessageTime["role"]>(["superseded", "lifted", "past"]);

const REL_START = /(?:^|[\s,])(?:som|der|hvor|kor|da|that|which|who|where)[ \u00A0]+/giu;
const PREP_BEFORE = /(?:^|[\s(])((?:i løpet av|innen utgangen av|ved utgangen av|i slutten av|i starten av|i begynnelsen av|i midten av|by the end of|i stedet for|istedenfor|i staden for|instead of|fra og med|frå og med|fra|frå|av|den|på|om|via|hos|til|from|to|of|on|at|since|siden|sidan|datert|dated)[ \u00A0]+(?:den[ \u00A0]+)?)$/iu;

/** A span to cut out of a sentence: a time of a wrong role (with its clock), a web or e-mail address. */
export type Cut = { start: number; end: number; clock?: { start: number; end: number }; role?: MessageTime["role"]; keep?: string };

const OLD_BEFORE = /(?:^|\s)((?:due(?: to take place)? on|scheduled for|planned for|set for|(?:was supposed to be|was meant to be)(?: on)?|originally(?: on)?|skulle(?: etter planen| egentlig| eigentleg)?(?: ha)? (?:vært|vore|være|vere)(?: på)?|var (?:planlagt|satt til|sett til|satt opp til|sett opp til|oppsatt til|oppsett til|berammet til|berama til)|opprinnelig(?: satt til)?|opphavleg|tidligere|tidlegare|i stedet for|istedenfor|i staden for|instead of)[ \u00A0]+(?:den[ \u00A0]+)?)$/iu;

const NOT_BEFORE = /,?[ \u00A0]*(?:\(|(?<![\p{L}]))(?:ikke|ikkje|not)[ \u00A0]+(?:(?:på|on|den)[ \u00A0]+)?$/iu;
// (Any clause of "som"/"as" that says where the denied date came from goes with it: "ikke 19. juli som det står i tabellen
// under" left behind would say the new date is the one in the table.)
const AS_SAID_AFTER = /^[ \u00A0]*,?[ \u00A0]*(?:som|as)[ \u00A0]+[^.!?,;:()\n]{2,80}\)?/iu;

const ALTERNATIVES_AFTER = /^,?\s+(?:eller|or)\s+[^.;!?]*?,?(?=\s+(?:innen|innan|senest|seinast|by|before)\s+\S|[.;!?]?\s*$)/iu;

/** Remove [a, b) from s and tidy the spaces and commas around the cut. */
function cut(s: string, a: number, b: number): string {
  let left = s.slice(0, a).replace(/[ \u00A0]+$/, "");
  let right = s.slice(b).replace(/^[ \u00A0]+/, "");
  // "Følg med på storlia.kommune.no og Facebook-sida vår" → "Følg med på Facebook-sida vår": the preposition stays
  // with what is left of its list, and the conjunction goes.
  const prep = /^(?:på|i|via|til|on|at|via)[ \u00A0]/iu.exec(s.slice(a, b).trimStart());
  // (A name after it, not a verb: "Logg inn på skatteetaten.no og sjekk at …" → "Logg inn og sjekk at …".)
  const conj = /^(?:og|eller|and|or)[ \u00A0]+(?=\p{Lu})/u.exec(right);
  if (prep && conj) return `${left} ${prep[0].trim()} ${right.slice(conj[0].length)}`;
  // ("Du finn lista på sunnfjell.kommune.no og i ekspedisjonen" → "Du finn lista i ekspedisjonen": another place with
  // its own preposition stands alone.)
  const conjPrep = /^(?:og|eller|and|or)[ \u00A0]+(?=(?:i|på|hos|ved|via|at|in|on|from|fra|frå)[ \u00A0])/iu.exec(right);
  if (prep && conjPrep) return `${left} ${right.slice(conjPrep[0].length)}`;
  // "X, som …, flyttes" → "X flyttes"; "… opphevet, 3. mars." → "… opphevet."
  if (/^,/.test(right) && (/,$/.test(left) || !left)) right = right.replace(/^,[ \u00A0]*/, "");
  if (/,$/.test(left) && /^[.!?]/.test(right)) left = left.replace(/,$/, "");
  // "… i rådhuset og på https://…." → "… i rådhuset.": no conjunction left hanging before the stop.
  if (/^[.,;:!?]/.test(right) || !right) left = left.replace(/[ \u00A0]+(?:og|eller|samt|and|or)$/iu, "");
  const glue = left && right && !/^[.,;:!?)]/.test(right) ? " " : "";
  return left + glue + right;
}

/**
 * Where to cut a sentence so that none of the given times is left (ranges relative to the sentence). A time
 * goes with its relative clause ("som skulle vært fredag 1. mai,") or its preposition ("fra 3. mars"). Null
 * when a time cannot be cut out cleanly: the caller then does not use the sentence.
 */
function cutRanges(sentence: Part, remove: ReadonlyArray<Cut>): Array<[number, number, string?]> | null {
  const s = sentence.text;
  const out: Array<[number, number, string?]> = [];
  for (const t of remove) {
    if (!(t.start >= sentence.start && t.end <= sentence.end)) continue;
    const a = t.start - sentence.start;
    const end = Math.max(t.end, t.clock && t.clock.start >= t.end && t.clock.start - t.end <= 2 ? t.clock.end : t.end) - sentence.start;
    // The old day's name stands for the old date ("Tømming som skulle vært torsdag, blir onsdag 24. mars").
    // (A parenthesis right after the old date names it too: "måndag 21. april (2. påskedag)" → "måndag".)
    if (t.keep) {
      const paren = /^[ \u00A0]*\([^()]{0,30}\)/.exec(s.slice(end));
      out.push([a, end + (paren ? paren[0].length : 0), t.keep]);
      continue;
    }
    // A relative clause holding the time, up to the next comma: "som skulle vært fredag 1. mai,".
    const before = s.slice(0, a);
    const clauseFrom = before.lastIndexOf(",") + 1;
    REL_START.lastIndex = clauseFrom;
    let rel: RegExpExecArray | null = null;
    for (let m = REL_START.exec(before); m; m = REL_START.exec(before)) rel = m;
    // ("… for abonnenter i Solbakken, Furuveien og Granlia, er nå opphevet": a comma inside a list of names is no end of
    // the clause; the list runs to its "og"/"and" and the comma after it.)
    const comma0 = s.indexOf(",", end);
    const listRest = comma0 > 0 ? /^[ \u00A0]*(?:\p{Lu}[\p{L}-]*[ \u00A0]*,[ \u00A0]*){0,6}\p{Lu}[\p{L}-]*(?:[ \u00A0]+\d[\d–-]*)?[ \u00A0]+(?:og|eller|and|or)[ \u00A0]+\p{Lu}[\p{L}-]*(?:[ \u00A0]+\d[\d–-]*)?[ \u00A0]*,/u.exec(s.slice(comma0 + 1)) : null;
    const comma = listRest ? comma0 + listRest[0].length : comma0;
    // ", issued on 3 March,", ", innført 3. mars,": a short parenthetical between commas goes whole.
    if (!rel && clauseFrom > 0 && comma > 0 && s.slice(clauseFrom, a).trim().split(/\s+/).filter(Boolean).length <= 3 && s.slice(end, comma).trim().split(/\s+/).filter(Boolean).length <= 2 && !/[.!?]/.test(s.slice(clauseFrom, comma))) {
      out.push([clauseFrom - 1, comma + 1]);
      continue;
    }
    if (rel && comma > 0 && s.slice(end, comma).split(/\s+/).length <= 6) {
      const from = rel.index + (/^[\s,]/.test(rel[0]) ? 1 : 0);
      // ", which was due on Monday 21 April," between commas: both commas go ("Eastside will take place …").
      const opening = clauseFrom > 0 && /^\s*$/.test(s.slice(clauseFrom, from)) ? clauseFrom - 1 : from;
      out.push([opening, comma + 1]);
      continue;
    }
    // "Oppdatert kl. 14.30: Lekkasjen er reparert …": an update's stamp at the start goes with its colon.
    // ("Updated Tuesday 29 June 2027, 14:00: …": the stamp's clock after a comma or "at" is part of it.)
    const stampAfter = /^(?:,?[ \u00A0]*(?:kl\.?|klokka|at)?[ \u00A0]*\d{1,2}[.:]\d{2})?[ \u00A0]*:[ \u00A0]*/u.exec(s.slice(end));
    if (stampAfter && /^\s*(?:(?:oppdatert|oppdatering|updated|update|siste nytt|nytt)[ \u00A0]+)?(?:kl\.?[ \u00A0]?)?$/iu.test(before)) {
      out.push([0, end + stampAfter[0].length]);
      continue;
    }
    // "(tidligere 1. mai)": a parenthesis holding the time goes whole.
    const open = before.lastIndexOf("(");
    const close = s.indexOf(")", end);
    if (open >= 0 && close >= 0 && !before.slice(open).includes(")") && close - end <= 30) {
      out.push([open, close + 1]);
      continue;
    }
    // "due on Friday 18 April (Good Friday)": the words that said it was the old time go with it, and a
    // parenthesis right after it.
    const paren = /^[ \u00A0]*\([^()]{0,30}\)/.exec(s.slice(end));
    const stop = end + (paren ? paren[0].length : 0);
    // A time at the sentence's end, with what said it was the old one ("The meeting was first planned for 25
    // February."): the sentence said nothing but the old time, and cut it would be a stump ("The meeting was
    // first."). Null: it is not used.
    const atEnd = /^[ \u00A0]*[.!?]?[ \u00A0]*$/u.test(s.slice(stop));
    // "Foreldremøtet var sett opp til tysdag 8. desember.": a sentence that ends on a replaced time said when the
    // thing was to be; without it the sentence is a stump ("Foreldremøtet var sett opp.") and says nothing true.
    // ("… vert dunken din tømd laurdag 26. desember i staden for fredag 25. desember.": the old day after "i staden
    // for"/"instead of" goes with those words; the rest still says the new day.)
    const insteadOf = /[ \u00A0,]+(?:i[ \u00A0]+stedet[ \u00A0]+for|i[ \u00A0]+staden[ \u00A0]+for|istedenfor|istadenfor|instead[ \u00A0]+of|rather[ \u00A0]+than)[ \u00A0]+(?:(?:på|on|den)[ \u00A0]+)?$/iu.exec(before);
    if (insteadOf && t.role === "superseded" && before.length - insteadOf[0].length > 20) {
      out.push([a - insteadOf[0].length, stop]);
      continue;
    }
    if (atEnd && t.role === "superseded" && !NOT_BEFORE.test(before)) return null;
    // "Ny frist er 1. oktober, ikke 15. september som tidligere annonsert.": the denial goes with its date and the
    // words that say where the old date came from.
    const denied = NOT_BEFORE.exec(before);
    if (denied) {
      const said = AS_SAID_AFTER.exec(s.slice(stop));
      // ("Museet opnar ikkje 3. mai, men først laurdag 19. juni": the "men" that answered the denial goes with it.)
      const but = said ? null : /^[ \u00A0]*,?[ \u00A0]*(?:men|but)[ \u00A0]+/iu.exec(s.slice(stop));
      out.push([a - denied[0].length, stop + (said ? said[0].length : but ? but[0].length - 1 : 0)]);
      continue;
    }
    const old = OLD_BEFORE.exec(before);
    if (old) {
      if (atEnd) return null;
      // "Collection that was scheduled for Thursday 17 April will …", "Tømming som skulle vært fredag 1. mai
      // flyttes …" (no commas): the relative clause goes whole, or "that was" would be left hanging.
      const cueAt = a - old[1].length;
      const relOpen = rel ? rel.index + (/^[\s,]/.test(rel[0]) ? 1 : 0) : -1;
      const between = rel ? before.slice(rel.index + rel[0].length, cueAt).trim() : "";
      if (rel && (!between || between.split(/\s+/).length <= 2)) {
        out.push([relOpen, stop]);
        continue;
      }
      // "Åpningen skulle etter planen vært 1. februar, men er utsatt til 20. februar": the old clause held the verb, so
      // ", men" goes with it and the new one says it whole ("Åpningen … er utsatt til 20. februar"), not a stump
      // ("Åpningen …, men er utsatt …").
      const but = /^[ \u00A0]*,?[ \u00A0]*(?:men|but)[ \u00A0]+/iu.exec(s.slice(stop));
      // ("was planned for 14 March, but has been postponed": the auxiliary before the cue goes too.)
      const aux = but ? /[ \u00A0](?:was|were|had[ \u00A0]+been|var|ble|blei|vart)[ \u00A0]+$/iu.exec(before.slice(0, cueAt)) : null;
      out.push([aux ? cueAt - aux[0].length + 1 : cueAt, stop + (but ? but[0].length : 0)]);
      continue;
    }
    const prep = PREP_BEFORE.exec(before);
    // "… skriftlig til postmottak@… eller Ringerike kommune, Postboks 123, 3502 Hønefoss, innen 15. januar": the other
    // addresses offered as alternatives go with the one cut out, up to the deadline or the clause's end.
    if (prep && t.role === undefined) {
      const alt = ALTERNATIVES_AFTER.exec(s.slice(stop));
      if (alt) {
        out.push([a - prep[1].length, stop + alt[0].length]);
        continue;
      }
    }
    if (prep) {
      // (A web address at the end goes with its preposition and leaves a whole instruction: "Du må bestille
      // skattekort på https://…" → "Du må bestille skattekort"; the SMS says where to read more on its own.)
      if (atEnd && t.role !== undefined && before.slice(0, before.length - prep[1].length).trim().split(/\s+/).length <= 4) return null;
      // "… som bøssebærer på blimed.no eller på tlf. 61 05 00 00": the other way offered stays, without its "eller"
      // ("… som bøssebærer på tlf. 61 05 00 00"), or the sentence reads "… som bøssebærer eller på tlf.".
      const orNext = /^[ \u00A0]*,?[ \u00A0]*(?:eller|or)[ \u00A0]+(?=(?:på|pr\.|per|via|til|ved|by|at|on|to)[ \u00A0])/iu.exec(s.slice(stop));
      out.push([a - prep[1].length, stop + (orNext ? orNext[0].length - 1 : 0)]);
      continue;
    }
    return null;
  }
  return out;
}

/**
 * A draft sentence with every given time cut out and the draft's safe fixes inside it applied (edits in
 * draft offsets); null when a time cannot be cut out cleanly.
 */
export function pruneTimes(sentence: Part, remove: ReadonlyArray<Cut>, edits: ReadonlyArray<Edit> = []): string | null {
  const cuts = cutRanges(sentence, remove);
  if (!cuts) return null;
  const ops: Array<{ a: number; b: number; rep?: string }> = cuts.map(([a, b, rep]) => ({ a, b, rep }));
  for (const e of edits) {
    const a = e.start - sentence.start;
    const b = e.end - sentence.start;
    if (a < 0 || b > sentence.text.length) continue;
    if (ops.some((o) => a < o.b && o.a < b)) continue;
    ops.push({ a, b, rep: e.replacement });
  }
  ops.sort((x, y) => y.a - x.a);
  let s = sentence.text;
  for (const o of ops) s = o.rep === undefined ? cut(s, o.a, o.b) : s.slice(0, o.a) + o.rep + s.slice(o.b);
  s = s.replace(/[ \u00A0]{2,}/g, " ").trim();
  // ("Fra 1. januar 2025 ble det forbudt …" without its past date: "Det ble forbudt …", not "Ble det forbudt …"; the
  // verb that followed the fronted time goes second again, after its subject.)
  const frontCut = ops.some((o) => o.rep === undefined && o.a === 0);
  const v2 = frontCut && !/^\p{Lu}/u.test(sentence.text.slice(ops.find((o) => o.a === 0)!.b).trimStart()) ? FINITE_SUBJECT.exec(s) : null;
  if (v2) s = `${v2[2]} ${v2[1]}${s.slice(v2[0].length)}`;
  return s.split(/\s+/).length >= 2 ? s.charAt(0).toUpperCase() + s.slice(1) : null;
}
// A finite verb and its subject right after it, as after a fronted time: "ble det", "er skolen", "was the road".
const FINITE_SUBJECT = /^(ble|blei|vart|var|er|blir|vert|har|hadde|skal|vil|kan|må|får|fikk|fekk|kjem|kommer|gjeld|gjelder)[ \u00A0]+(det|den|vi|me|de|dei|du|han|ho|hun|\p{Ll}+(?:et|en|a|ene|ane|na))(?=[ \u00A0,.])/u;

/**
 * A schedule block as one sentence for a short channel: the introducing line, then the lines joined by "; "
 * without their list markers, a day name at a line start in lower case ("… to informasjonsmøter: tirsdag 3.
 * februar kl. 18.00 i Nordby samfunnshus; torsdag 5. februar …"). A text without line breaks is returned as is.
 */
// ("Beboerne anmodes om å:" is a lead-in the items finish, no label: a label does not end on a word that needs more.)
const BARE_LABEL = /^(?=.{1,22}$)\p{L}+(?: \p{L}+){0,2}(?<![ ](?:å|to|at|om|for|til|med|og|eller|and|or|of|the|about))(?<!^(?:å|to)):$/u;
/** Not a bare label over rows ("Tid:" first or after an intro, with two lines or more under it). */
const notBareLabel = (l: string, i: number, xs: string[]) => !(i < xs.length - 2 && (i === 0 || /:$/.test(xs[i - 1])) && BARE_LABEL.test(l));
// (The weekdays from the calendar data, in each language's singular or plural, and the words for several days.)
const DAY_ROW = new RegExp(`^(?:${calendar.weekdays.flat().join("|")}|hverdager|kvardagar|helg|weekdays|weekends?)(?:er|ar|s)?(?![\\p{L}])`, "iu");
export function flattenBlock(s0: string, language: Language): string {
  // Rows that open alike, each with its own time and none ending a sentence ("natt til tysdag 3. mars frå kl. 23.00 til
  // kl. 05.00" / "natt til torsdag 5. mars …"), under an intro or not: kept apart, though each starts in lower case.
  if (s0.includes("\n")) {
    // (A bare label over the rows, "Tid:", says nothing the rows do not.)
    const all = s0.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).filter(notBareLabel);
    const intro = all.length > 2 && /:$/.test(all[0]) ? all[0] : undefined;
    const rows = intro ? all.slice(1) : all;
    if (rows.length >= 2 && rows.every((l) => /\d/.test(l) && !/[.!?,;:]$/.test(l) && !LIST_MARKER.test(l)) && new Set(rows.map((l) => l.split(/\s+/)[0].toLowerCase())).size === 1) return intro ? `${intro} ${rows.join("; ")}` : rows.join("; ");
    // ("… nye åpningstider:" / "mandag–torsdag kl. 0800–1500" / "fredag kl. 0800–1200": rows of days and hours under an
    // intro, in lower case or not, are rows, never one line of running text.)
    if (intro && rows.length >= 2 && rows.every((l) => DAY_ROW.test(l) && /\d/.test(l) && !/[.!?,;:]$/.test(l))) return `${intro} ${rows.join("; ")}`;
  }
  // A line wrapped inside a sentence ("… før du\ndrikker det") is joined with a space, never a "; ".
  const s1 = s0.includes("\n") ? s0.replace(/([\p{L}\p{N},])[ \t\r]*\n[ \t]*(?=\p{Ll})/gu, "$1 ") : s0;
  // One item of a list said alone ("- Hald deg unna elvebreidda …" as a warning) loses its marker.
  // (So does a numbered step: "1. Hent to målebrikker …" alone is no first of several; "1. januar …" is a date.)
  if (!s1.includes("\n")) return /^[ \t]*(?:[-–•*]|\d{1,2}[.)](?=[ \u00A0]+\p{Lu}))[ \u00A0]+\S/u.test(s1) ? s1.replace(/^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+/u, "") : s1;
  // No intro line ending in a colon and no list marker: lines of running text wrapped by hand ("… for Friday\n8
  // January 2027"), joined with spaces.
  const rows = s1.split(/\r?\n/);
  // Rows that each give a label and its value ("Sandvik helsestasjon: tirsdag 6. oktober kl. 10–14") are a
  // timetable with no intro: one row after the other, each with its own label.
  const filled = rows.map((l) => l.trim()).filter(Boolean);
  if (filled.length >= 2 && filled.every((l) => /^\p{Lu}[^:\n]{0,60}:[ \u00A0]+\S/u.test(l) && !/:[ \t]*$/.test(l))) return filled.map((l) => l.replace(/[.;,]$/u, "")).join("; ");
  // Rows of a table, each with its own number and a capital first ("Wednesday 24 December -> Tuesday 23 December"), no
  // line ending a sentence: one row after the other, each kept apart.
  if (filled.length >= 2 && filled.every((l) => /^\p{Lu}/u.test(l) && /\d/.test(l) && !/[.!?,;:]$/.test(l))) return filled.join("; ");
  // A sentence over such rows ("… har nye opningstider frå veke 2." / "Måndag kl. 14.00–17.00 på …" / "Onsdag …"): the
  // sentence, then the rows kept apart.
  const tail = filled.slice(1);
  if (tail.length >= 2 && /[.!?]$/.test(filled[0]) && tail.every((l) => /^\p{Lu}/u.test(l) && /\d/.test(l) && !/[.!?,;:]$/.test(l))) return `${filled[0]} ${tail.join("; ")}`;
  if (!rows.slice(0, -1).some((l) => /:[ \t]*$/.test(l)) && !rows.some((l) => LIST_MARKER.test(l))) return filled.join(" ");
  const s = s1;
  // ("What this means:" / "- Each patient may have only one visitor per day." / "- Visiting hours are 17:00–19:00.":
  // items that are each a whole sentence are said as sentences, one after the other; joined by "; " they would read
  // "…; Visiting hours are …", and a label inside one, "I tettbygde strøk: Det er ikke tillatt …", would lose its colon.)
  const raw = s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const items = raw.filter((l) => LIST_MARKER.test(l)).map((l) => l.replace(LIST_MARKER, ""));
  const heads = raw.filter((l) => !LIST_MARKER.test(l));
  if (items.length >= 2 && items.every((l) => /^\p{Lu}/u.test(l) && /[.!]$/u.test(l)) && heads.length <= 1 && (!heads.length || (raw[0] === heads[0] && /:$/.test(heads[0])))) return [...heads, ...items].filter(notBareLabel).join(" ");
  const lines = s
    .split(/\r?\n/)
    .map((l) => l.trim().replace(LIST_MARKER, "").replace(/[.;,]$/u, ""))
    .filter(Boolean)
    .filter(notBareLabel);
  // "Mandag 30. mars: kl. 10.00–15.00" → "mandag 30. mars kl. 10.00–15.00" (a colon inside a line would stand
  // beside the intro's own).
  // (Only under an intro of its own: rows that each give a label and its value, "Sentrum og Vika: mandag 25. oktober",
  // keep their colons when no intro stands over them.)
  const introColon = /:$/.test(lines[0] ?? "");
  const lower = (l0: string) => {
    const l = introColon ? l0.replace(/:[ \u00A0]+/gu, " ") : l0;
    // (So does a preposition or a quantifier that opens an item: "…: fra Fjellby kl. 07.15; fra Holmen kl. 07.45".)
    return (language !== "en" && /^\p{Lu}\p{Ll}*dag(?![\p{L}])/u.test(l)) || ITEM_FUNCTION[language].test(l) ? l.charAt(0).toLowerCase() + l.slice(1) : l;
  };
  const [first, ...rest] = lines;
  return /:$/.test(first) ? `${first} ${rest.map(lower).join("; ")}` : [first, ...rest.map(lower)].join("; ");
}

const ITEM_FUNCTION: Record<Language, RegExp> = {
  nb: /^(?:Fra|Til|I|På|Ved|For|Med|Etter|Før|Mellom|Kl|Klokka|Alle|Hele)(?![\p{L}.])/u,
  nn: /^(?:Frå|Til|I|På|Ved|For|Med|Etter|Før|Mellom|Kl|Klokka|Alle|Heile)(?![\p{L}.])/u,
  en: /^(?:From|To|At|In|On|For|With|After|Before|Between|All)(?![\p{L}.])/u,
};

// "Vi viderefører derfor …" lifted out of its paragraph: "derfor" points back at a reason the SMS or post does not
// give. Inside the sentence (after the verb) it goes; a sentence that starts with it keeps it (the word order
// depends on it). So does a clause that starts with it after "og"/"men": "og derfor må de felles" without it would
// read "og må de felles".
const BACK_REFERENCE = /(?<=\p{L})(?<!(?:^|[\s,])(?:og|men|and|but|eller|or|så))[ \u00A0]+(?:derfor|difor|dermed|therefore|thus)(?=[ \u00A0]+\p{L})/giu;

/** Plain wording for a draft sentence said alone: empty opener gone, stiff constructions rewritten, "du" for De. */
export function plainSentence(text: string, language: Language, draft: string): string {
  const plain = rewriteSentence(dropOpener(informalAddress(text, language), language), language, readerOf(draft, language)).replace(BACK_REFERENCE, "");
  // The letter's last pass too (a passive the checker still flags turned active, a stiff word made plain), kept
  // only where every fact stays and the check finds less: an SMS or post is read by more people than the letter.
  return text.length <= 400 ? polishSentence(plain, language) : plain;
}

/** "Alle abonnenter må koke …" → "Du må koke …" (a reader group as subject, at the start, before a modal). */
// "Reisende må registrere seg" → "Du må registrere deg": the reflexive and possessive of the third person follow
// the new subject, in the clause where it is the subject.
const REFLEXIVE: Record<Language, Record<string, string>> = {
  nb: { seg: "deg", sin: "din", sitt: "ditt", sine: "dine" },
  // ("Foreldre må sjølve ordne med tilsyn" → "Du må sjølv ordne …": the plural form of "sjølv" follows its subject.)
  nn: { seg: "deg", sin: "din", si: "di", sitt: "ditt", sine: "dine", sjølve: "sjølv" },
  en: { themselves: "yourself", their: "your" },
};
function reflexiveToYou(clause: string, language: Language): string {
  const end = clause.search(/[,;.!?](?=\s|$)/u);
  const head = end < 0 ? clause : clause.slice(0, end);
  const table = REFLEXIVE[language];
  const turned = head.replace(/(?<![\p{L}])\p{L}+(?![\p{L}])/gu, (w) => table[w] ?? w);
  return turned + (end < 0 ? "" : clause.slice(end));
}

export function readerVoice(text: string, language: Language, reader: "du" | "dere" = "du"): string {
  // (To several readers, "dere" in bokmål and "de" in nynorsk: "De må svare innan tre veker" to a couple stays as it is.)
  const you = language === "en" ? "You" : reader === "dere" ? (language === "nn" ? "De" : "Dere") : "Du";
  for (const s of cue(language, "readerSubjects").all(text)) {
    if (s.start !== 0) break;
    if (/^(?:du|you)$/i.test(s.text) || (reader === "dere" && s.text.toLowerCase() === you.toLowerCase())) return text;
    // "Elevane skal ikkje møte på skulen": pupils, children and patients are told through others (parents, next of
    // kin), who get the SMS; "Du skal ikkje møte" would speak to the wrong person.
    if (cue(language, "readersByProxy").first(text)?.start === 0) return text;
    const after = text.slice(s.end);
    if (/^[ \u00A0]+(?:må|skal|bør|must|should|need to|have to)(?![\p{L}])/iu.test(after)) return you + reflexiveToYou(after, language);
  }
  return text;
}

/** A time as written, with a day word in lower case after a colon in Norwegian ("Når: mandag 3. mai"). */
export function timeText(t: MessageTime, language: Language, short = false): string {
  // "fra i dag, mandag 15. februar 2027, og inntil videre": without its open end the start reads as one day.
  if (t.openEnded) return t.openEnded.text.trim().replace(/\s+/gu, " ").replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  let x = t.text.trim().replace(/\s+/gu, " ");
  // ("between Monday 1 February and Friday 12 February 2027" read without its "between" is two days, not a period:
  // said as one, "Monday 1 February to Friday 12 February 2027".)
  if (t.value.includes("/") && !t.value.startsWith("wd:")) x = x.replace(/^([^,]*?\d[^,]*?)(?<![ \u00A0](?:til|fra|frå|to))[ \u00A0]+(?:and|og)[ \u00A0]+(?!med[ \u00A0])(?=[^,]*\d)/u, (_, a: string) => `${a} ${language === "en" ? "to" : "til"} `);
  if (short) x = x.replace(/^\p{L}+(?:dag|day),?[ \u00A0]+(?=\d)/iu, "").replace(/[ \u00A0]+\d{4}$/, "");
  // Norwegian writes day names and "i dag" in lower case (English keeps "Monday").
  if (language !== "en" && /^(?:\p{Lu}\p{Ll}*dag(?:er|ar)?|I[ \u00A0]|Neste[ \u00A0]|Denne[ \u00A0]|Uke[ \u00A0]|Veke[ \u00A0])/u.test(x)) x = x.charAt(0).toLowerCase() + x.slice(1);
  // ("mellom kl. 0800 og 1500" said without its "mellom" is a range: "kl. 0800–1500".)
  const clock0 = t.clock ? t.clock.text.replace(/^K(?=l\.? |lokka |lokken )/, "k").replace(/(\d)[ \u00A0]+(?:og|and)[ \u00A0]+(?:kl\.?[ \u00A0]?)?(?=\d)/u, "$1–") : "";
  // (A bare clock from a field line, "Time: 12:00", is said as one: "kl. 12.00", "at 12:00".)
  const clock = /^\d/.test(clock0) && !(t.clock!.start >= t.start && t.clock!.end <= t.end) ? (language === "en" ? (/^\d{1,2}[:.]\d\d$/.test(clock0) ? `at ${clock0}` : clock0) : `kl. ${clock0}`) : clock0;
  // A period whose end the draft gives in another sentence: "mandag 10. juni til fredag 28. juni".
  const untilClock = t.until?.clock ? ` ${t.until.clock.text.replace(/^K(?=l\.? |lokka |lokken )/, "k")}` : "";
  const until = t.until ? ` ${language === "en" ? "to" : "til"} ${t.until.text.trim().replace(/^\p{Lu}(?=\p{Ll}+dag)/u, (c) => (language === "en" ? c : c.toLowerCase()))}${untilClock}` : "";
  if (!clock || (t.clock!.start >= t.start && t.clock!.end <= t.end)) return x + until;
  return `${x} ${clock}${until}`;
}

/**
 * The days of a schedule, without their hours and places ("tysdag 14. oktober, torsdag 16. oktober og tysdag 21.
 * oktober"): what a short channel can say when the rows do not fit. Every day is named, so no row reads as the only
 * one; undefined when the schedule has fewer than two days or its rows are periods.
 */
const SPAN_ROW = /\d{1,2}\.[ \u00A0]*\p{L}{3,}(?:[ \u00A0]+(?:kl\.?[ \u00A0]*)?\d{1,2}[.:]\d{2})?[ \u00A0]+(?:til|to|–|-)[ \u00A0]+(?:\p{L}+[ \u00A0]+)?\d{1,2}\.?[ \u00A0]*\p{L}{3,}/u;
const ROW_LABEL = /^[ \t]*(?:[-–•*][ \t]+)?([^:\n]{2,60}):[ \t]*\S/u;

export function scheduleDates(m: Message, what: Part, language: Language, short = false): string | undefined {
  const days: MessageTime[] = [];
  for (const t of m.times) {
    if (t.role !== "new" || t.start < what.start || t.end > what.end || (t.form !== "date" && t.form !== "weekday")) continue;
    // Rows that are periods ("fra tirsdag 3. mars kl. 2200 til onsdag 4. mars kl. 0600") are not days: a list of
    // their dates would read as whole days.
    if (t.until || t.value.includes("/") || t.form !== "date") return undefined;
    if (!days.some((d) => d.value === t.value)) days.push(t);
  }
  // Opening hours with closed days ("24. desember: stengt") are no list of days something happens.
  if (days.length < 2 || cue(language, "statusWords").test(what.text)) return undefined;
  // Rows that run from one date to the next ("onsdag 21. januar kl. 20.00 til torsdag 22. januar kl. 06.00"), or that
  // name what each row is for ("Kongens gate og Torggata: onsdag …"): their dates alone say neither when it ends nor
  // which street is which night.
  const rows = what.text.split("\n");
  // (Nor rows that give each day its place: "- Mandag 8. mars: Hagevegen 1–40 og Rosestien".)
  const placeValue = (l: string) => {
    const m = ROW_LABEL.exec(l);
    const value = m ? l.slice(l.indexOf(":", l.indexOf(m[1]) + m[1].length) + 1).trim() : "";
    return !!m && /\d/.test(m[1]) && /\p{Lu}\p{Ll}{2,}/u.test(value) && !cue(language, "statusWords").test(value);
  };
  // (Nor rows of a table that each name what they are for in their first cell: "Brugata | fredag 19. juni kl. 1600 | …".)
  if (rows.filter((l) => { const c = cellsOf(l); return !!c && !/\p{N}/u.test(c[0]); }).length >= 2) return undefined;
  if (rows.some((l) => SPAN_ROW.test(l)) || rows.filter((l) => { const m = ROW_LABEL.exec(l); return !!m && !/\d/.test(m[1]); }).length >= 2 || rows.filter(placeValue).length >= 2) return undefined;
  const said = days.map((t) => timeText({ ...t, clock: undefined, until: undefined, openEnded: undefined }, language, short));
  const and = language === "en" ? "and" : "og";
  return `${said.slice(0, -1).join(", ")} ${and} ${said[said.length - 1]}`;
}

/**
 * The whole value of a labelled line that gives the new time ("New time: Fridays 12.30–13.45, 6 February to 27
 * March", "Ny tid: …"): the weekday and the hours belong with the dates. Undefined when the time is not in such a line.
 */
export function labelledTime(draft: string, t: MessageTime, language: Language): { label: string; value: string } | undefined {
  const lineStart = draft.lastIndexOf("\n", t.start - 1) + 1;
  const nl = draft.indexOf("\n", t.end);
  const line = draft.slice(lineStart, nl < 0 ? draft.length : nl);
  if (line.length > 160) return undefined;
  const m = /^[ \t]*([^:\n]{2,30}):[ \u00A0]*(.+?)[ \t.;]*$/u.exec(line);
  if (!m || lineStart + line.indexOf(m[2]) > t.start) return undefined;
  const label = m[1].trim();
  return cue(language, "newBefore").first(label)?.start === 0 ? { label, value: m[2] } : undefined;
}

/** Tidy a composed text: no ".." after a date ("30.4.."), no space before punctuation. */
export function tidy(s: string): string {
  return s
    .replace(/(\d)\.\.(?!\.)/g, "$1.")
    .replace(/[ \u00A0]+([.,!?])/g, "$1")
    .replace(/[ \u00A0]{2,}/g, " ")
    .trim();
}

/** A list item's marker at the start of a line ("- ", "• ", "2) "). */
// ("31. desember: stengt", "5. trinn: kl. 08.30": a number before a lower-case word is a date or an ordinal, not
// the number of a list item, which starts with a capital: "1. Logg inn på nav.no".)
export const LIST_MARKER = /^[ \t]*(?:[-–•*]|\d{1,2}[.)](?![ \u00A0]+\p{Ll}))[ \u00A0]+/u;

/** Words that make a sentence answer the one before it ("Konserten blir i stedet holdt …"): it comes after it. */
export const REPLACES = /(?<![\p{L}])(?:i stedet|istedet|i staden|istaden|instead)(?![\p{L}])/iu;

/** Times of the message a channel must not show as the event's time. */
/** Why a time was left out: its role; a past span of time ("de siste 10 dagene") is a period, not a date. */
export function omittedRole(t: MessageTime): string {
  return t.role === "past" && t.form === "duration" ? "role-past-period" : `role-${t.role}`;
}

// "som vart tekne ", "som ble tatt ", "which were taken on ": a relative clause in the past, right before the time.
const PAST_CLAUSE = /(?<![\p{L}])(?:som|which|that)[ \u00A0]+(?:vart|ble|blei|var|was|were)[ \u00A0]+\p{L}+(?:[ \u00A0]+(?:on|in|den))?[ \u00A0]+$/iu;
const OLD_SAID = /(?<![\p{L}])(?:som[ \u00A0]+(?:var|skulle)|which[ \u00A0]+(?:was|were)[ \u00A0]+(?:planned|due)|originally)(?![\p{L}])/iu;
/** `draft` (public channels): a past time said in a past-tense clause stays (see saidAsPast). */
export function wrongRoleTimes(m: Message, draft?: string): MessageTime[] {
  // A chained move ("… flyttes til tirsdag 22. april. Tømmingen som skulle vært tirsdag 22. april, flyttes til
  // onsdag 23. april."): the old date of one move is the new date of another, and names which collection moves.
  // Cut, the second sentence would read as moving the first ("Vi flytter tømmingen til onsdag 23. april").
  const newValues = new Set(m.times.filter((t) => t.role === "new").map((t) => t.value));
  // ("collected every four weeks instead of every three weeks": an old length or frequency is never read as a day;
  // the sentence says which is old, and without it the change itself is lost.)
  // ("Do not visit if you have had vomiting in the last 48 hours": a span back from the reader's own today is no
  // date anyone can take for the event's; cutting it would drop a whole instruction.)
  // ("Prøvane som vart tekne måndag 14. juli, viser høgt innhald av E. coli": a past time in a past-tense relative clause
  // says which samples; cut, the finding would read as that of the next samples. Said in the past, no reader takes it
  // for the time of what is coming. Not when something is lifted, called off or moved: "Kokevarselet som ble innført
  // fredag 8. januar, er nå opphevet" is said without the start of what is over.)
  const saidAsPast = (t: MessageTime) => t.role === "past" && t.form !== "duration" && draft !== undefined && !["lifting", "cancellation", "change"].includes(m.kind) && PAST_CLAUSE.test(draft.slice(Math.max(0, t.start - 40), t.start));
  const wrong = m.times.filter((t) => WRONG_ROLES.has(t.role) && !(t.role === "superseded" && (newValues.has(t.value) || t.form === "duration")) && !(t.role === "past" && t.form === "duration") && !saidAsPast(t));
  // Several moves in one event ("Tømming som skulle vært torsdag 25. mars, blir onsdag 24. mars. Tømming som skulle
  // vært fredag 26. mars, blir tirsdag 30. mars."): without the old days nobody can tell which new day is theirs.
  // The old date goes, its day's name stays: never a date that reads as a collection day.
  const what = m.events[0]?.what;
  const inWhat = (t: Part) => !!what && t.start >= what.start && t.end <= what.end;
  // "Kommunestyremøtet som skulle vært holdt torsdag 5. mars …, er utsatt på ubestemt tid": with no new time at all,
  // the old one only says which meeting; no reader can take it for the new one.
  if (what && m.events[0]?.status === "moved" && !m.events[0].when && !m.times.some((t) => t.role === "new" && inWhat(t))) return wrong.filter((t) => !(t.role === "superseded" && inWhat(t)));
  const moves = what ? new Set(m.times.filter((t) => t.role === "superseded" && inWhat(t)).map((t) => t.value)).size : 0;
  // "Helsestasjonen tilbyr drop-in vaksinering i uke 42 og 43" and, further on, "Drop-in som var planlagt onsdag 8.
  // oktober, er flyttet til onsdag 15. oktober": one session of the key's series moved. Without its old date the
  // sentence says the whole series moved; with it, its own words say which date is the old one.
  // (Only under a series: a key that runs over weeks or on set weekdays. "Konserten som skulle vært … kl. 13.00, er
  // flyttet til …" beside an event called off is a move of its own, said without the old time.)
  const series = m.events[0]?.status === "planned" && (m.events[0].when?.form === "week" || m.times.some((t) => t.role === "recurring"));
  const oneOf = series ? m.events.slice(1).filter((e) => e.status === "moved" && OLD_SAID.test(e.what.text)) : [];
  if (oneOf.length) return wrong.filter((t) => !(t.role === "superseded" && oneOf.some((e) => t.start >= e.what.start && t.end <= e.what.end)));
  // "Juletreinnsamlingen som var satt opp til mandag 6. januar, er flyttet til onsdag 8. januar. Alle andre dager gjelder
  // som før.": an old time in a clause that restricts its noun (no comma before "som") says which collection moved;
  // where the draft says the other days stand, the sentence cut of it would move them all. Its own words say it is old.
  const restricts = (t: MessageTime) => {
    if (!what || !inWhat(t) || draft === undefined) return false;
    const before = what.text.slice(0, t.start - what.start);
    const rel = /(\p{L})([ \u00A0]+)(?:som|that|which)[ \u00A0]+[^,.!?]*$/u.exec(before);
    return !!rel && OLD_SAID.test(before.slice(rel.index)) && cue(m.language, "othersStand").test(draft.slice(what.end, Math.min(draft.length, what.end + 300)).split(/\n[ \t]*\n/u)[0]);
  };
  const kept = wrong.filter((t) => !(t.role === "superseded" && restricts(t)));
  if (kept.length < wrong.length) return kept;
  if (moves < 2) return wrong;
  return wrong.map((t) => {
    const day = t.role === "superseded" && inWhat(t) ? WEEKDAY_FIRST.exec(t.text) : null;
    if (day && day[0].length < t.text.trim().length) return { ...t, keep: day[0] };
    // ("som skulle vore skjærtorsdag 2. april", "… 2. påskedag 6. april": a holiday's name before the old date stands
    // for it as a weekday does.)
    const holiday = t.role === "superseded" && inWhat(t) && what ? HOLIDAY_BEFORE.exec(what.text.slice(Math.max(0, t.start - what.start - 30), t.start - what.start)) : null;
    return holiday ? { ...t, start: t.start - holiday[0].length, keep: holiday[1] } : t;
  });
}

const HOLIDAY_BEFORE = /((?:\d\.[ \u00A0]*)?\p{L}{3,}(?:dag|dagen|aften|afta|kveld))[ \u00A0]+$/u;
const WEEKDAY_FIRST = new RegExp(`^(?:${calendar.weekdays.flat().join("|")})(?![\\p{L}])`, "iu");

/** Content words of a text (four letters or more, lower case), for telling whether one sentence repeats another. */
// Day and month names say when, not what: they do not count as content when comparing two sentences.
export const TIME_WORDS = new Set([...calendar.months.flat(), ...calendar.weekdays.flat()].map((w) => w.toLowerCase()));

function contentWords(s: string, stem = 6): Set<string> {
  return new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !TIME_WORDS.has(w)).map((w) => w.slice(0, stem)));
}

/** Share of b's content words that are already in a (1 when b has none). */
export function overlapShare(a: string, b: string, stem = 6): number {
  const wa = contentWords(a, stem);
  const wb = [...contentWords(b, stem)];
  return wb.length ? wb.filter((w) => wa.has(w)).length / wb.length : 1;
}

/** Whether `b` mostly repeats `a` (most of b's content words are already in a). */
export function repeats(a: string, b: string): boolean {
  return overlapShare(a, b) >= 0.6;
}

/** A part of several sentences ("… blir lørdag 26. desember. Tømming som skulle vært …"), one Part per sentence. */
function sentencesOf(p: Part): Part[] {
  const out: Part[] = [];
  const re = /(?<=[.!?])[ \u00A0]+(?=\p{Lu})/gu;
  let from = 0;
  for (let m = re.exec(p.text); m; m = re.exec(p.text)) {
    out.push({ start: p.start + from, end: p.start + m.index, text: p.text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ start: p.start + from, end: p.end, text: p.text.slice(from) });
  return out;
}

/** Each sentence of a part said on its own and joined; undefined when one of them cannot be said. */
export function sayEach(p: Part, sayOne: (x: Part) => string | undefined): string | undefined {
  if (p.text.includes("\n")) return sayOne(p);
  const said = sentencesOf(p).map(sayOne);
  return said.every((x): x is string => !!x) ? said.join(" ") : undefined;
}

const ADDRESS_START = /(?<![\p{L}])(?:skriftlig[ \u00A0]+)?(?:til|to|på|via|by e-?mail to|per e-post til)[ \u00A0]+(?=\S*@|https?:\/\/|www\.)/iu;
const DEADLINE_WORD = /,?[ \u00A0]+(?=(?:innen|innan|senest|seinast|by|before|no later than)[ \u00A0]+\S)/iu;

/**
 * A sentence without its example and its purpose clause: "Bruker du medisinsk utstyr som trenger strøm, for eksempel
 * oksygenkonsentrator, må du ringe oss på 22 08 60 00 senest mandag 9. mars, slik at vi kan finne en løsning" →
 * "Bruker du medisinsk utstyr som trenger strøm, må du ringe oss på 22 08 60 00 senest mandag 9. mars." Undefined
 * when it has neither.
 */
/** A sentence without its bracketed asides: "… at Kirkeveien 5, 2nd floor (entrance from the car park)." → "… at Kirkeveien 5, 2nd floor." */
export function withoutBrackets(s: string): string {
  return s.replace(/[ \u00A0]*\([^()\n]{3,120}\)(?=[ \u00A0]*[.,;!]|$)/gu, "");
}

export function withoutAsides(s: string): string | undefined {
  const out = s
    .replace(/,[ \u00A0]+(?:for eksempel|til dømes|blant anna|bl\.a\.|f\.eks\.|such as|for example|e\.g\.)[ \u00A0][^,.;:!?]{1,80},/giu, ",")
    .replace(/,?[ \u00A0]+(?:slik at|sånn at|så at|so that|in order to)[ \u00A0][^.;:!?]{2,160}(?=[.!]?\s*$)/iu, "");
  return out !== s ? out : undefined;
}

/**
 * An instruction without the addresses it lists, for a channel that has no room for them ("Send merknader til
 * planforslaget skriftlig til postmottak@… eller Ringerike kommune, Postboks 123, 3502 Hønefoss, innen fredag 15.
 * januar 2027." → "Send merknader til planforslaget innen fredag 15. januar 2027."): what to do and by when stay;
 * where to send it is in the letter and behind "Les mer". Undefined when the sentence has no such shape.
 */
export function withoutAddresses(s: string): string | undefined {
  const a = ADDRESS_START.exec(s);
  if (!a) return undefined;
  // "… sendes skriftlig innen 17. mars 2026 til postmottak@… eller Nesvik kommune, Postboks 20, 6899 Nesvik.": the
  // deadline first, the addresses to the end of the sentence. (Not when more follows them: "…, og merk …".)
  const before = s.slice(0, a.index);
  if (DEADLINE_WORD.test(before) && !/[ \u00A0](?:og|and|så|so that)[ \u00A0]+\p{Ll}+[ \u00A0]/u.test(s.slice(a.index).replace(/\S*@\S*/g, " "))) {
    const cut = `${before.trimEnd().replace(/,$/, "")}.`;
    return cut.split(/\s+/).length >= 3 ? cut : undefined;
  }
  const rest = s.slice(a.index);
  const d = DEADLINE_WORD.exec(rest);
  if (!d || d.index === 0) return undefined;
  const out = `${s.slice(0, a.index).trimEnd()} ${rest.slice(d.index + d[0].length)}`.replace(/[ \u00A0]{2,}/g, " ");
  return out.split(/\s+/).length >= 3 ? out : undefined;
}

/**
 * Whether what is left of a sentence after cuts is a stub: "Følg med." from "Følg med på elvheim.kommune.no/bibliotek.",
 * "Sjekk særlig" over a list the part does not hold. Two words or fewer, left of four or more, that only say where to
 * look say nothing alone.
 */
export function isStub(original: string, said: string, after = ""): boolean {
  const words = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  // ("Sjekk særlig" over "- rentekostnader …": a line that leads into a list the part does not hold.)
  // (An item of the list itself leads into nothing: "- Flytt bilar … innan fredag kl. 18" over the next item.)
  if (!/[.!?]$/.test(original.trim()) && !/^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]/u.test(original) && /^[ \t]*\r?\n[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]/u.test(after)) return true;
  // ("Apply online." says what to do; "Følg med." and "Sjekk." only where to look, which was cut.)
  // ("Du søker." from "Du søker på husbanken.no/bostotte.": a subject and its verb say nothing once where was cut.)
  // (So does "Du melder deg." from "Du melder deg på fjellby.kommune.no/svomming.")
  // ("Sjå alle rutetider." from "Sjå alle rutetider på www.fjordbuss.no/haustferie.": where to look, cut, leaves a pointer
  // to nothing, whatever it says it points at.)
  const cutSite = WEB.test(original) && !WEB.test(said);
  return words(original) >= 4 && (((words(said) <= 2 || (cutSite && words(said) <= 5)) && LOOK_VERB.test(said.trim())) || BARE_SUBJECT.test(said.trim()));
}
const WEB = /https?:\/\/|www\.|\.(?:no|com|org|net)(?![\p{L}])/iu;
const BARE_SUBJECT = /^(?:du|dere|dykk|de|vi|me|you|we)[ \u00A0]+\p{L}+(?:[ \u00A0]+(?:deg|dere|dykk|seg|oss|yourself|yourselves|ourselves))?[.!]?$/iu;
const LOOK_VERB = /^(?:følg|fylg|sjekk|se|sjå|les|check|see|follow|read|look|keep)(?![\p{L}])/iu;

// A part of the day after a relative day ("i morgen kveld", "tomorrow evening"): the day is named after it.
const PART_OF_DAY = /^[ \u00A0]+(?:tidlig|tidleg|kveld|kvelden|natt|morgen|formiddag|føremiddag|ettermiddag|evening|night|morning|afternoon)(?![\p{L}])/iu;
// A date or weekday right after the phrase: the draft named the day already.
const NAMED_AFTER = new RegExp(`^,?[ \\u00A0]*(?:den[ \\u00A0]+)?(?:\\d|(?:${calendar.weekdays.flat().join("|")})(?![\\p{L}]))`, "iu");

/**
 * A short channel's text with each relative day the draft can date named ("Mattilsynet har i dag opphevet …" →
 * "Mattilsynet har i dag, tirsdag 17. mars, opphevet …"): the SMS and the post are read on other days than they were
 * written. Only the first mention of each, and only where the draft gives the stamp it counts from (MessageTime.dated).
 */
export function withRelativeDates(text: string, times: MessageTime[]): string {
  let out = text;
  const done = new Set<string>();
  for (const t of times) {
    const phrase = t.text.trim();
    if (!t.dated || !phrase || done.has(phrase.toLowerCase())) continue;
    done.add(phrase.toLowerCase());
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(phrase).replace(/[ \u00A0]+/g, "[ \\u00A0]+")}(?![\\p{L}])`, "iu");
    const m = re.exec(out);
    if (!m) continue;
    let end = m.index + m[0].length;
    const part = PART_OF_DAY.exec(out.slice(end));
    if (part) end += part[0].length;
    const rest = out.slice(end);
    if (NAMED_AFTER.test(rest)) continue;
    // (Mid-clause the day is set off by commas on both sides; before a stop or a comma, by one.)
    const closing = /^[ \u00A0]*[\p{L}\p{N}]/u.test(rest) ? "," : "";
    out = `${out.slice(0, end)}, ${t.dated.text}${closing}${rest}`;
  }
  return out;
}
