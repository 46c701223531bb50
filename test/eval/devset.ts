// The annotated development set of issue 10 (test/eval/devset/): its format, the matching rule its
// annotations are written for, a validator and a loader. Used by test/eval/devset.test.ts and by the scorer
// (bench/eval.ts, `npm run eval`). See test/eval/README.md.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { MessageKind, TimeRole } from "../../src/core/message/types";

export type DevLanguage = "nb" | "nn" | "en";

/** What one channel must carry (each group: at least one alternative) and must never carry. */
export interface ChannelExpectation {
  must: string[][];
  mustNot: string[];
}

export interface KeyTime {
  /** The draft's words for the key event's time, e.g. "lørdag 2. mai". */
  text: string;
  /** The Message normalisation ("--05-02", "2027-09-02/2027-09-20", "W47", "wd:3", "day:+1", "P3W"), "" if unsure. */
  value: string;
  role: TimeRole;
}

export interface Annotation {
  id: string;
  /** "own" (the text is <id>.txt beside the annotation) or "corpus:<category>/<file>.txt" (../shared/corpus). */
  source: string;
  language: DevLanguage;
  kind: MessageKind;
  audience: "public" | "personal";
  /** Who sends it as the draft's own signature or letterhead says; null when the draft does not say. */
  sender: string | null;
  key: { what: string[]; when: KeyTime | null; where: string | null };
  /** Texts that must never appear in the SMS or the post (superseded, lifted, past, misleading). */
  wrongRole: string[];
  /** Only what the reader must do. */
  actions: Array<{ text: string; deadline: string | null }>;
  /** Clauses that look like instructions but are someone else's work. */
  notActions: string[];
  sms: ChannelExpectation;
  /** null: no public post should be made. */
  post: ChannelExpectation | null;
  letter?: ChannelExpectation;
  notes: string;
}

export interface DevEntry {
  annotation: Annotation;
  /** The draft. */
  text: string;
  /** Where the draft was read from. */
  path: string;
}

/** Every MessageKind, for validating the JSON at run time (the type check below keeps it complete). */
export const KINDS = [
  "notice",
  "warning",
  "change",
  "cancellation",
  "lifting",
  "decision",
  "summons",
  "offer",
  "demand",
  "case-letter",
  "application-info",
  "press-release",
  "information",
] as const satisfies readonly MessageKind[];
// If MessageKind gains a value, this line fails to compile: add the value to KINDS.
const kindsComplete: Exclude<MessageKind, (typeof KINDS)[number]> extends never ? true : false = true;
void kindsComplete;

export const ROLES = ["new", "superseded", "lifted", "past", "recurring", "deadline", "expected", "label"] as const satisfies readonly TimeRole[];
const rolesComplete: Exclude<TimeRole, (typeof ROLES)[number]> extends never ? true : false = true;
void rolesComplete;

/** The minimum counts of issue 10 and the brief. */
export const MINIMUMS = { total: 60, nn: 8, en: 5 } as const;

const DATE = String.raw`(?:\d{4}|-)-\d{2}(?:-\d{2})?`;
const ONE_VALUE = String.raw`(?:${DATE}|(?:\d{4}-)?W\d{1,2}|wd:[1-7]|day:[+-]\d+|P\d+[DWMY]|T\d{2}:\d{2})`;
/** The Message normalisations an annotation may use: one value or a range "a/b", or "" (unsure). */
export const VALUE_FORMAT = new RegExp(String.raw`^(?:|${ONE_VALUE}(?:/${ONE_VALUE})?)$`);

/**
 * The text form all matching uses: NFC, whitespace collapsed (NBSP too), dashes as "-", curly quotes
 * straight, "08:00" as "08.00", "850 000" as "850000", lower case.
 */
export function normText(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\s\u00A0\u2007\u202F]+/g, " ")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[«»“”„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/(\d) ?- ?(?=\d)/g, "$1-")
    .replace(/(\d):(?=\d\d(?!\d))/g, "$1.")
    .replace(/(\d) (?=\d{3}(?!\d))/g, "$1")
    .toLowerCase()
    .trim();
}

/**
 * Whether `needle` occurs in `hay` as an annotation means it: case-insensitive after normText, and a needle
 * that begins or ends with a digit does not match inside a longer number ("1. mai" is not in "11. mai").
 * Word stems match anywhere ("tømming" is in "Avfallstømming", "flytt" in "flyttes").
 */
export function includesText(hay: string, needle: string): boolean {
  const h = normText(hay);
  const n = normText(needle);
  if (!n) return false;
  const digitStart = /\d/.test(n[0]);
  const digitEnd = /\d/.test(n[n.length - 1]);
  for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
    if (digitStart && i > 0 && /\d/.test(h[i - 1])) continue;
    const after = h[i + n.length];
    if (digitEnd && after !== undefined && /\d/.test(after)) continue;
    return true;
  }
  return false;
}

/** The alternative of a must-group found in the text, or null. */
export function groupMatch(text: string, group: string[]): string | null {
  return group.find((alt) => includesText(text, alt)) ?? null;
}

/** A fact (as opposed to a word stem): holds a digit or a placeholder such as "{fristDato}". */
export function isFactText(s: string): boolean {
  return /\d|\{[^}]+\}/.test(s);
}

const isStr = (x: unknown): x is string => typeof x === "string";
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);

function checkChannel(name: string, c: unknown, text: string | undefined, errors: string[]): void {
  if (typeof c !== "object" || c === null) return void errors.push(`${name}: must be an object with must and mustNot`);
  const o = c as Record<string, unknown>;
  const must = o.must;
  if (!Array.isArray(must) || !must.every((g) => isStrArray(g) && g.length > 0 && g.every((a) => a.trim() !== ""))) errors.push(`${name}.must: must be a list of non-empty lists of strings`);
  else if (text !== undefined)
    for (const g of must as string[][]) {
      // Facts are written as they appear in the draft; a group of word stems need not (it may name the event another way).
      const facts = g.filter(isFactText);
      if (facts.length && facts.length === g.length && !facts.some((a) => includesText(text, a))) errors.push(`${name}.must: none of ${JSON.stringify(g)} occurs in the draft`);
    }
  if (!isStrArray(o.mustNot) || o.mustNot.some((a) => a.trim() === "")) errors.push(`${name}.mustNot: must be a list of non-empty strings`);
  for (const k of Object.keys(o)) if (k !== "must" && k !== "mustNot") errors.push(`${name}: unknown field ${k}`);
}

const FIELDS = ["id", "source", "language", "kind", "audience", "sender", "key", "wrongRole", "actions", "notActions", "sms", "post", "letter", "notes"];

/**
 * Problems with one annotation, as plain sentences; [] when it is valid. With the draft's text, every fact the
 * annotation names (key time, where, wrongRole, fact alternatives of must-groups, actions) must occur in it.
 */
export function validateAnnotation(a: unknown, text?: string): string[] {
  const errors: string[] = [];
  if (typeof a !== "object" || a === null || Array.isArray(a)) return ["the annotation must be a JSON object"];
  const o = a as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!FIELDS.includes(k)) errors.push(`unknown field ${k}`);
  const occurs = (what: string, s: string) => {
    if (text !== undefined && !includesText(text, s)) errors.push(`${what} ${JSON.stringify(s)} does not occur in the draft`);
  };
  if (!isStr(o.id) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.id)) errors.push("id: lower-case words joined by hyphens");
  if (!isStr(o.source) || !(o.source === "own" || /^corpus:[a-z]+\/[a-z0-9-]+\.txt$/.test(o.source))) errors.push('source: "own" or "corpus:<category>/<file>.txt"');
  if (!["nb", "nn", "en"].includes(o.language as string)) errors.push("language: nb, nn or en");
  if (!(KINDS as readonly string[]).includes(o.kind as string)) errors.push(`kind: one of ${KINDS.join(", ")}`);
  if (o.audience !== "public" && o.audience !== "personal") errors.push("audience: public or personal");
  if (!(o.sender === null || (isStr(o.sender) && o.sender.trim() !== ""))) errors.push("sender: a name or null");
  const key = o.key as Record<string, unknown> | undefined;
  if (typeof key !== "object" || key === null) errors.push("key: must be an object");
  else {
    if (!isStrArray(key.what) || key.what.length === 0 || key.what.some((s) => s.trim() === "")) errors.push("key.what: a non-empty list of word stems");
    else if (text !== undefined && !key.what.some((s) => includesText(text, s))) errors.push("key.what: none of the stems occurs in the draft");
    if (key.when !== null) {
      const w = key.when as Record<string, unknown> | undefined;
      if (typeof w !== "object" || w === null || !isStr(w.text) || !isStr(w.value) || !isStr(w.role)) errors.push("key.when: { text, value, role } or null");
      else {
        if (!VALUE_FORMAT.test(w.value)) errors.push(`key.when.value ${JSON.stringify(w.value)} is not a Message normalisation`);
        if (!(ROLES as readonly string[]).includes(w.role)) errors.push(`key.when.role: one of ${ROLES.join(", ")}`);
        occurs("key.when.text", w.text);
      }
    }
    if (key.where !== null) {
      if (!isStr(key.where) || key.where.trim() === "") errors.push("key.where: a place or null");
      else occurs("key.where", key.where);
    }
  }
  if (!isStrArray(o.wrongRole)) errors.push("wrongRole: a list of strings");
  else for (const s of o.wrongRole) occurs("wrongRole", s);
  if (!Array.isArray(o.actions) || !o.actions.every((x) => typeof x === "object" && x !== null && isStr(x.text) && (x.deadline === null || isStr(x.deadline))))
    errors.push("actions: a list of { text, deadline }");
  else
    for (const x of o.actions as Annotation["actions"]) {
      occurs("actions.text", x.text);
      if (x.deadline !== null) occurs("actions.deadline", x.deadline);
    }
  if (!isStrArray(o.notActions)) errors.push("notActions: a list of strings");
  else for (const s of o.notActions) occurs("notActions", s);
  checkChannel("sms", o.sms, text, errors);
  if (o.post !== null) checkChannel("post", o.post, text, errors);
  if (o.letter !== undefined) checkChannel("letter", o.letter, text, errors);
  if (!isStr(o.notes) || o.notes.trim().length < 10) errors.push("notes: one or two sentences");
  else if (o.notes.length > 400) errors.push("notes: keep it short (at most 400 characters)");
  return errors;
}

/** The folder of the set inside the repository. */
export function devsetDir(root: string): string {
  return join(root, "test", "eval", "devset");
}

/** Where an annotation's draft lives: <id>.txt beside it, or a file of ../shared/corpus. */
export function draftPath(a: Pick<Annotation, "id" | "source">, dir: string, sharedDir: string): string {
  return a.source === "own" ? join(dir, `${a.id}.txt`) : join(sharedDir, "corpus", a.source.slice("corpus:".length));
}

/**
 * Reads every annotation of the set with its draft. Throws a plain error when ../shared is missing (corpus
 * drafts live there) or a draft cannot be found; does not validate (see validateAnnotation).
 */
export function loadDevset(dir: string, sharedDir: string): DevEntry[] {
  if (!existsSync(join(sharedDir, "corpus", "index.json")))
    throw new Error(`Reference data is missing: ${join(sharedDir, "corpus")} (the development set reads corpus texts from the read-only ../shared folder next to the repository).`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  return files.map((f) => {
    const annotation = JSON.parse(readFileSync(join(dir, f), "utf8")) as Annotation;
    const path = draftPath(annotation, dir, sharedDir);
    if (!existsSync(path)) throw new Error(`${f}: its draft is missing: ${path}`);
    return { annotation, text: readFileSync(path, "utf8"), path };
  });
}
