// The rows of hours that are what a "new hours" notice announces ("Nye besøkstider fra mandag 3. mars" over
// "Besøkstider:" / "Hverdager 15.00–19.00" / "Helger 12.00–19.00"). A short channel that says only the lead would
// tell every reader that the hours change and never which hours they are.
import type { Language } from "../model";
import type { Message, Part } from "../message/types";
import { cue } from "../message/cues";
import { lineSpanAt as lineAt } from "../text/lines";

const MAX_ROWS = 6;
const MAX_ROW = 60;

/**
 * A block of short rows, each with a clock time (one of them, at least, read as recurring), under a label line that
 * names a schedule ("Besøkstider:", "Opening hours:"), outside the lead; only when the title or the lead's first
 * sentence speaks of the same thing (the label's schedule word or a word of five letters or more that both share).
 * The span runs from the label to the last row. Rows with anything but hours (a sentence, a list of steps) are no
 * such block.
 */
export function hoursBlock(m: Message, draft: string, language: Language): Part | undefined {
  const recurring = m.times.filter((t) => t.role === "recurring" && !m.lead.some((l) => t.start >= l.start && t.end <= l.end));
  const heads = [m.subject.text, m.lead[0]?.text ?? ""].join(" ").toLowerCase();
  const seen = new Set<number>();
  for (const t of recurring) {
    const row = lineAt(draft, t.start);
    if (seen.has(row.start)) continue;
    seen.add(row.start);
    // Up to the label: rows one under the other, no blank line between.
    const rows = [row];
    let label: { start: number; end: number } | undefined;
    while (rows[0].start > 0 && rows.length <= MAX_ROWS) {
      const up = lineAt(draft, rows[0].start - 1);
      const text = draft.slice(up.start, up.end).trim();
      if (!text) break;
      if (/:$/u.test(text)) {
        label = up;
        break;
      }
      rows.unshift(up);
    }
    if (!label) continue;
    for (let at = rows[rows.length - 1].end; at < draft.length && rows.length <= MAX_ROWS; ) {
      const down = lineAt(draft, at + 1);
      if (!draft.slice(down.start, down.end).trim()) break;
      rows.push(down);
      at = down.end;
    }
    // (A row is a day and its hours: "Laurdag 10.00–15.00" is read as one Saturday, the rows around it as every week.)
    const timed = (r: { start: number; end: number }) => /\d{1,2}[.:]\d{2}|(?<![\p{L}])kl\.?[ \u00A0]*[0-2]\d[0-5]\d(?!\d)/iu.test(draft.slice(r.start, r.end)) && m.times.some((x) => x.start >= r.start && x.end <= r.end);
    if (rows.length > MAX_ROWS || rows.some((r) => r.end - r.start > MAX_ROW || !timed(r) || /[.!?]\s*$/u.test(draft.slice(r.start, r.end)))) continue;
    const labelText = draft.slice(label.start, label.end).trim();
    if (labelText.length > 60 || !cue(language, "scheduleNouns").test(labelText)) continue;
    const shared = labelText.toLowerCase().split(/[^\p{L}]+/u).some((w) => w.length >= 5 && heads.includes(w));
    if (!shared && !cue(language, "scheduleNouns").test(heads)) continue;
    for (const r of rows) seen.add(r.start);
    const start = label.start + (draft.slice(label.start, label.end).length - draft.slice(label.start, label.end).trimStart().length);
    const end = rows[rows.length - 1].end;
    return { start, end, text: draft.slice(start, end) };
  }
  return undefined;
}

const WEEKDAY_EN = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/iu;

/**
 * The block said as one sentence: its label, then the rows one after the other ("Besøkstider: hverdager 15.00–19.00,
 * helger 12.00–19.00."). A row's first word goes to lower case, as it would inside a sentence, except an English
 * day's name.
 */
export function sayHours(block: Part, language: Language): string {
  const lines = block.text.split(/\r?\n/u).map((l) => l.trim().replace(/[ \t\u00A0]{2,}/gu, " ")).filter(Boolean);
  const [label, ...rows] = lines;
  const lower = (r: string) => (language === "en" && WEEKDAY_EN.test(r) ? r : r.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()));
  return `${label} ${rows.map((r) => lower(r.replace(/[;,]$/u, ""))).join(", ")}.`;
}
