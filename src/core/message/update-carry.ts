// An update changes the text under it. "Oppdatert fredag 4. juni: Det opne huset …, som skulle vere laurdag 5. juni,
// er flytt til laurdag 12. juni" leaves "Helse Vestfjord inviterer til ope hus på den nye stasjonen laurdag 5. juni"
// in the body, written before the update: that date is the old one there too, and no channel may give it as the time
// of the open house. So is a time an update calls off ("The football tournament on 14 July is cancelled" over "-
// Wednesday 14 July: Football tournament at Lindvik stadium"). The same day is the same thing only where the two
// sentences speak of it alike: they share a content word ("huset"/"hus" do not, "stasjonen" does).
import type { Doc, Language } from "../model";
import type { Part } from "./types";
import type { RoledTime } from "./roles";
import { mainClauseMatch } from "./cues";
import { lowerBound } from "../text/lower-bound";
import { contentStems } from "./events";


/** A time's day, the year left out ("2027-06-05" and "--06-05" are one day); a week or a text as written. */
const dayKey = (t: RoledTime) => (t.form === "date" || t.form === "week" ? t.value.replace(/^\d{4}-|^--/, "") : "");


/**
 * The line of `text` around [start, end) (a list row or a sentence's line), at most 300 characters either way: only
 * that window is searched, so a draft of one huge line costs nothing per time.
 */
function lineWindow(text: string, start: number, end: number): { start: number; end: number } {
  const from = Math.max(0, start - 300);
  const before = text.slice(from, start).lastIndexOf("\n");
  const after = text.slice(end, end + 300).indexOf("\n");
  return { start: before < 0 ? from : from + before + 1, end: after < 0 ? Math.min(text.length, end + 300) : end + after };
}

export interface CarriedTime {
  time: RoledTime;
  /** The update's time that made it old (moved or called off there). */
  by: RoledTime;
}

/**
 * The times outside the updates (and in older updates) that an update has moved or called off, made "superseded",
 * with the list of those it changed. `updates` are newest first.
 */
export function carryUpdates(doc: Doc, times: RoledTime[], updates: Array<{ part: Part }>, language: Language): { times: RoledTime[]; carried: CarriedTime[] } {
  if (!updates.length) return { times, carried: [] };
  const text = doc.text;
  const inside = (t: RoledTime, p: Part) => t.start >= p.start && t.end <= p.end;
  // (By binary search: a long draft has thousands of sentences and of times.)
  const sentenceAt = (t: RoledTime) => {
    const i = lowerBound(doc.sentences.length, (k) => doc.sentences[k].start, t.start + 1) - 1;
    const s = i >= 0 ? doc.sentences[i] : undefined;
    return s && s.start <= t.start && t.end <= s.end ? s : undefined;
  };
  // The times each update makes old: the ones it says were (superseded), and the ones it calls off.
  const old: Array<{ by: RoledTime; key: string; words: Set<string>; update: number }> = [];
  updates.forEach((u, k) => {
    for (const t of times) {
      if (!inside(t, u.part) || !dayKey(t)) continue;
      const s = sentenceAt(t);
      const sText = s ? s.text : text.slice(t.start, t.end);
      const off = t.role === "new" && !!mainClauseMatch(language, "cancelVerbs", sText);
      // ("Folkemøtet er flyttet til torsdag 27. mai": a move that names only the new day makes any other day the text
      // before it gives the same thing the old one; "*" stands for every day but this one.)
      const movedTo = t.role === "new" && t.form === "date" && !!mainClauseMatch(language, "moveVerbs", sText) && !times.some((x) => x.role === "superseded" && s && x.start >= s.start && x.end <= s.end);
      if (t.role !== "superseded" && !off && !movedTo) continue;
      old.push({ by: t, key: movedTo ? `*${dayKey(t)}` : dayKey(t), words: contentStems(sText.replace(t.text, " "), language, 4), update: k });
    }
  });
  if (!old.length) return { times, carried: [] };
  const carried: CarriedTime[] = [];
  const out = times.map((t) => {
    if (t.role !== "new" || !dayKey(t)) return t;
    // (Only text written before the update: the body, or an older update.)
    const home = updates.findIndex((u) => inside(t, u.part));
    const line = lineWindow(text, t.start, t.end);
    const s = sentenceAt(t);
    const here = contentStems(text.slice(Math.min(line.start, s?.start ?? line.start), Math.max(line.end, s?.end ?? line.end)).replace(t.text, " "), language, 4);
    const sameDay = (o: { key: string; by: RoledTime }) => (o.key.startsWith("*") ? t.form === "date" && o.by.form === "date" && o.key.slice(1) !== dayKey(t) : o.key === dayKey(t));
    const hit = old.find((o) => sameDay(o) && (home < 0 || home > o.update) && o.by !== t && [...o.words].some((w) => here.has(w)));
    if (!hit) return t;
    carried.push({ time: t, by: hit.by });
    return { ...t, role: "superseded" as const, cue: "changed by an update" };
  });
  // ("- Åsen: uke 39 (27. september–1. oktober)": the dates in brackets right after a time made old are the same time.)
  const brackets = carried.map((c) => ({ start: c.time.end, end: text.indexOf(")", c.time.end) })).filter((b) => b.end > b.start && /^[ \u00A0]*\(/u.test(text.slice(b.start, b.start + 3)) && b.end - b.start <= 60);
  const final = out.map((t) => (t.role === "new" && brackets.some((b) => t.start >= b.start && t.end <= b.end) ? { ...t, role: "superseded" as const, cue: "changed by an update" } : t));
  return { times: final, carried };
}
