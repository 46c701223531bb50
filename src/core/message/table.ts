// A text table in a draft ("Vei/plass | Stengt fra | Åpner igjen" over one row per road): the head row names what each
// cell of a row is, so a row is read as one item that says it ("Brugata: stengt fra fredag 19. juni kl. 1600, åpner
// igjen søndag 21. juni kl. 0300"). Without the head, a row's times have no role: a short channel would show "the
// first date" of a row with no word saying whether the road closes or opens then. The head itself says nothing that
// happens: it is never an event, a title or a heading over the rows.
// (No library reads plain-text tables of this loose kind, cells split by "|" or a tab, a Markdown rule line allowed;
// the parsing is a few lines of string work.)
import type { Language } from "../model";
import { cue } from "./cues";
import { isCalendarWord } from "./calendar-words";

export interface TableRow {
  /** Offsets of the row's line in the draft (trimmed). */
  start: number;
  end: number;
  cells: string[];
}

export interface Table {
  head?: string[];
  rows: TableRow[];
}

/** A Markdown rule line under a table's head ("|---|---|"). */
export const RULE_ROW = /^\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?$/u;

/** The cells of one line, split by "|" (outer bars of "| a | b |" dropped) or by tabs; none when it has no separator. */
export function cellsOf(line: string): string[] | undefined {
  const t = line.trim();
  const sep = t.includes("|") ? "|" : t.includes("\t") ? "\t" : undefined;
  if (!sep) return undefined;
  let cells = t.split(sep).map((c) => c.trim());
  if (sep === "|") {
    if (cells[0] === "") cells = cells.slice(1);
    if (cells[cells.length - 1] === "") cells = cells.slice(0, -1);
  }
  return cells.length >= 2 ? cells : undefined;
}

/**
 * The table made of `lines` (each with its offset in the draft), or undefined when they are not one: two rows or more
 * with the same number of cells (a Markdown rule line under the head is skipped). The first line is the head when it
 * has no digit and a row under it has one ("Stengt fra" over "torsdag 18. juni kl. 1200").
 */
export function readTable(lines: Array<{ text: string; start: number }>): Table | undefined {
  const rows: TableRow[] = [];
  let width = 0;
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) return undefined;
    if (RULE_ROW.test(t)) continue;
    const cells = cellsOf(t);
    if (!cells) return undefined;
    if (width && cells.length !== width) return undefined;
    width = cells.length;
    const at = l.start + l.text.indexOf(t);
    rows.push({ start: at, end: at + t.length, cells });
  }
  if (rows.length < 2) return undefined;
  const digit = (r: TableRow) => r.cells.some((c) => /\p{N}/u.test(c));
  if (!digit(rows[0]) && rows.slice(1).some(digit)) return { head: rows[0].cells, rows: rows.slice(1) };
  return { rows };
}

/** A head cell as a label inside a sentence: "Stengt fra" → "stengt fra"; an acronym or a name keeps its capitals. */
function label(cell: string, language: Language): string {
  // (English writes days and months with a capital inside a sentence: "Saturday 09:00–15:00".)
  if (language === "en" && isCalendarWord(cell.split(/\s/u)[0])) return cell;
  return /^\p{Lu}\p{Ll}/u.test(cell) ? cell[0].toLowerCase() + cell.slice(1) : cell;
}

/**
 * One row said as an item: the first cell names it, each other cell follows with its head as label ("Brugata: stengt
 * fra fredag 19. juni kl. 1600, åpner igjen søndag 21. juni kl. 0300"). A head that only names the kind of value
 * ("Dato", "Sted", "Time") adds nothing the value does not say and is left out; an empty cell is left out.
 */
export function rowText(table: Table, row: TableRow, language: Language): string {
  const [first, ...rest] = row.cells;
  const said = rest
    .map((c, k) => {
      if (!c || /^[-–—]$/u.test(c)) return "";
      const h = table.head?.[k + 1]?.trim();
      if (!h || cue(language, "plainColumnHeads").test(h) && cue(language, "plainColumnHeads").first(h)!.text.length === h.length) return c;
      return `${label(h, language)} ${c}`;
    })
    .filter((x) => x);
  if (!first) return said.join(", ");
  return said.length ? `${first}: ${said.join(", ")}` : first;
}

/** The table whose lines overlap [start, end) in `draft`, read from its first line to its last; undefined when none. */
export function tableAround(draft: string, start: number, end: number): Table | undefined {
  const tableLine = (l: string) => !!cellsOf(l) || RULE_ROW.test(l.trim());
  let a = draft.lastIndexOf("\n", start - 1) + 1;
  let b = draft.indexOf("\n", Math.max(start, end - 1));
  if (b < 0) b = draft.length;
  if (!draft.slice(a, b).split("\n").some(tableLine)) return undefined;
  // (Up and down through the lines next to it that are lines of the table; at most 200, so a long draft costs nothing.)
  for (let k = 0; k < 200 && a > 0; k++) {
    const p = draft.lastIndexOf("\n", a - 2) + 1;
    if (!tableLine(draft.slice(p, a - 1))) break;
    a = p;
  }
  for (let k = 0; k < 200 && b < draft.length; k++) {
    let q = draft.indexOf("\n", b + 1);
    if (q < 0) q = draft.length;
    if (!tableLine(draft.slice(b + 1, q))) break;
    b = q;
  }
  const lines: Array<{ text: string; start: number }> = [];
  let at = a;
  for (const l of draft.slice(a, b).split("\n")) {
    if (tableLine(l)) lines.push({ text: l, start: at });
    at += l.length + 1;
  }
  return readTable(lines);
}

/**
 * A draft block said for a short channel, its table lines as items: the head line and a rule line gone, each row said
 * with the head's labels (rowText). `start`/`end` place the block in the draft, where the head is read; the block's
 * text may have lost words (a cut time): each line is split into cells again. A block with no table line is as it was.
 */
export function rowsAsItems(block: string, start: number, end: number, draft: string, language: Language): string {
  if (!block.includes("|") && !block.includes("\t")) return block;
  const table = tableAround(draft, start, end);
  if (!table) return block;
  const width = table.rows[0].cells.length;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return block
    .split("\n")
    .flatMap((line) => {
      if (RULE_ROW.test(line.trim())) return [];
      const cells = cellsOf(line);
      if (!cells || cells.length !== width) return [line];
      if (table.head && same(cells, table.head)) return [];
      return [rowText(table, { start: 0, end: 0, cells }, language)];
    })
    .join("\n");
}

/**
 * The names in the first cells of the table at [start, end) of `draft`, joined as a list ("Storgata (Torvet–Kirkegata),
 * Brugata og Parkeringsplassen ved Torvet"): what a short channel can say of a table too long to give whole. Undefined
 * when a first cell is empty, holds a digit (a date or a number is no name) or is long, or there are more than six rows.
 */
export function rowNames(draft: string, start: number, end: number, language: Language): string | undefined {
  const table = tableAround(draft, start, end);
  const names = table?.rows.map((r) => r.cells[0]) ?? [];
  if (names.length < 2 || names.length > 6 || names.some((n) => !n || n.length > 40 || /\p{N}/u.test(n))) return undefined;
  return `${names.slice(0, -1).join(", ")} ${language === "en" ? "and" : "og"} ${names[names.length - 1]}`;
}
