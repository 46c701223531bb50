// Scores one variants() result against its annotation (test/eval/devset/<id>.json). Pure: the letter
// plainness count is passed in, so tests can score hand-made results. A result without `message` (or with a
// malformed one) is scored, not thrown on: what the message should have said counts as wrong.
import type { Finding } from "../src/core/model";
import type { TimeRole } from "../src/core/message/types";
import { groupMatch, includesText, normText, type DevEntry, type KeyTime } from "../test/eval/devset";
import { mixedAddress, personalData, privateEmails, referenceOpening, signOffAllowed, signOffNames, signatureBlock, isPlaceholder, type PersonalHit } from "./eval-checks";

export type ChannelName = "letter" | "sms" | "post";
export const CHANNELS: ChannelName[] = ["letter", "sms", "post"];

/** The parts of a VariantsResult the scorer reads; `message` is read defensively. */
export interface ResultLike {
  audience?: { personal?: boolean };
  message?: unknown;
  variants: Record<ChannelName, { text: string; findings?: Finding[]; unsuitable?: string }>;
}

export interface GotTime {
  text: string;
  value: string;
  role: string;
}

export interface TextScore {
  id: string;
  language: string;
  audience: "public" | "personal";
  /** Whether result.message was there at all. */
  hasMessage: boolean;
  keyTime: { ok: boolean; expected: KeyTime | null; got: GotTime | null };
  keyRole: { ok: boolean; expected: TimeRole | null; got: string | null };
  /** keyTime and keyRole both right. */
  roleOk: boolean;
  audienceCheck: { ok: boolean; expected: string; got: string | null; from: "message" | "result" | "none" };
  kind: { ok: boolean; expected: string; got: string | null };
  sender: { ok: boolean; expected: string | null; got: string | null };
  signOffsWrong: Array<{ channel: ChannelName; name: string }>;
  wrongRole: Array<{ channel: ChannelName; text: string }>;
  sms: { complete: boolean; missing: string[][] };
  /** complete is null when no post should be made; madeWhenNone: a post was composed anyway. */
  post: { complete: boolean | null; missing: string[][]; madeWhenNone: boolean };
  letterMissing: string[][];
  mustNot: Array<{ channel: ChannelName; text: string }>;
  personalData: Array<{ channel: ChannelName } & PersonalHit>;
  /** kanselli + passive (warning) + formal-address findings on the draft and on the letter. */
  plain: { draft: number; letter: number };
  referenceOpening: string | null;
  mixedAddress: { informal: string; formal: string } | null;
  facts: Record<ChannelName, { invented: string[]; missing: string[] }>;
  actions: { total: number; found: number; missing: string[]; deadlinesMissing: string[] };
  notActionsAsActions: string[];
  /** Median ms of variants() for this text (set by the runner). */
  ms?: number;
  /** One line per failed check, for reading failures one by one. */
  failures: string[];
}

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj | undefined => (typeof x === "object" && x !== null && !Array.isArray(x) ? (x as Obj) : undefined);
const str = (x: unknown): string | undefined => (typeof x === "string" ? x : undefined);
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);

function readTime(x: unknown): GotTime | null {
  const t = obj(x);
  if (!t) return null;
  return { text: str(t.text) ?? "", value: str(t.value) ?? "", role: str(t.role) ?? "" };
}

function sameOneValue(a: string, b: string): boolean {
  if (a === b) return true;
  const D = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/;
  const da = D.exec(a);
  const db = D.exec(b);
  // A date without a year ("--05-02") equals the same day in any year.
  if (da && db) return da[2] === db[2] && da[3] === db[3] && (da[1] === "-" || db[1] === "-" || da[1] === db[1]);
  const W = /^(?:(\d{4})-)?w(\d{1,2})$/;
  const wa = W.exec(a);
  const wb = W.exec(b);
  if (wa && wb) return Number(wa[2]) === Number(wb[2]) && (!wa[1] || !wb[1] || wa[1] === wb[1]);
  return false;
}

/** Whether two Message time values mean the same time ("" never matches; a missing year matches any year). */
export function sameTimeValue(expected: string, got: string): boolean {
  const e = expected.trim().toLowerCase();
  const g = got.trim().toLowerCase();
  if (!e || !g) return false;
  const ep = e.split("/");
  const gp = g.split("/");
  return ep.length === gp.length && ep.every((x, i) => sameOneValue(x, gp[i]));
}

function actionOverlaps(actionText: string, annotated: string): boolean {
  if (!actionText.trim()) return false;
  return includesText(actionText, annotated) || (normText(actionText).length >= 8 && includesText(annotated, actionText));
}

export interface ScoreOptions {
  /** kanselli + passive (warning) + formal-address findings of the checker on a text. */
  countPlain: (text: string) => number;
}

/** Scores one text. Never throws on a malformed result. */
export function scoreText(entry: DevEntry, result: ResultLike, options: ScoreOptions): TextScore {
  const a = entry.annotation;
  const draft = entry.text;
  const failures: string[] = [];
  const fail = (s: string) => failures.push(s);
  const m = obj(result.message);
  const texts = {} as Record<ChannelName, string>;
  for (const c of CHANNELS) texts[c] = str(result.variants?.[c]?.text) ?? "";
  if (!m) fail("message: missing");

  // The key event's time and its role.
  const event0 = obj(arr(m?.events)[0]);
  const got = readTime(event0?.when);
  const exp = a.key.when;
  let timeOk: boolean;
  let roleOk: boolean;
  if (!m) timeOk = roleOk = false;
  else if (exp === null) timeOk = roleOk = !got || got.role !== "new";
  else {
    // (The same time said more fully counts: "i morgen, fredag" for the annotated "i morgen".)
    timeOk = !!got && (sameTimeValue(exp.value, got.value) || (normText(exp.text) !== "" && (normText(exp.text) === normText(got.text) || normText(got.text).startsWith(`${normText(exp.text)},`))));
    roleOk = !!got && got.role === exp.role;
  }
  if (!timeOk) fail(`key time: expected ${exp ? `«${exp.text}» (${exp.value || "text"})` : "none with role new"}, got ${got ? `«${got.text}» (${got.value}, ${got.role})` : "none"}`);
  else if (!roleOk) fail(`key time role: expected ${exp?.role}, got ${got?.role ?? "none"}`);

  // Audience, kind, sender of the message.
  const mAudience = str(obj(m?.audience)?.value);
  const legacy = result.audience?.personal;
  const gotAudience = mAudience ?? (typeof legacy === "boolean" ? (legacy ? "personal" : "public") : null);
  const audienceOk = gotAudience === a.audience;
  if (!audienceOk) fail(`audience: expected ${a.audience}, got ${gotAudience ?? "none"}`);
  const gotKind = str(m?.kind) ?? null;
  const kindOk = gotKind === a.kind;
  if (!kindOk) fail(`kind: expected ${a.kind}, got ${gotKind ?? "none"}`);
  const gotSender = str(obj(m?.sender)?.name) ?? null;
  const senderOk = !!m && (a.sender === null ? !gotSender || isPlaceholder(gotSender) : !!gotSender && signOffAllowed(gotSender, [a.sender]));
  if (!senderOk) fail(`message.sender: expected ${a.sender ?? "none"}, got ${gotSender ?? "none"}`);

  // Sign-offs: only the expected sender or the lines of the draft's own signature block.
  const allowed = [...(a.sender ? [a.sender] : []), ...signatureBlock(draft)];
  const signOffsWrong: TextScore["signOffsWrong"] = [];
  for (const c of CHANNELS) for (const name of new Set(signOffNames(texts[c]))) if (!signOffAllowed(name, allowed)) signOffsWrong.push({ channel: c, name });
  for (const s of signOffsWrong) fail(`${s.channel}: signed «${s.name}» (expected ${a.sender ?? "no name"})`);

  // Wrong-role facts and mustNot.
  const wrongRole: TextScore["wrongRole"] = [];
  for (const c of ["sms", "post"] as const) for (const t of a.wrongRole) if (includesText(texts[c], t)) wrongRole.push({ channel: c, text: t });
  for (const w of wrongRole) fail(`${w.channel}: wrong-role fact «${w.text}»`);
  const mustNot: TextScore["mustNot"] = [];
  const expectations = { sms: a.sms, post: a.post, letter: a.letter };
  for (const c of CHANNELS) for (const t of expectations[c]?.mustNot ?? []) if (includesText(texts[c], t)) mustNot.push({ channel: c, text: t });
  for (const x of mustNot) fail(`${x.channel}: must not say «${x.text}»`);

  // Completeness.
  const missingOf = (text: string, must: string[][]) => must.filter((g) => !groupMatch(text, g));
  const smsMissing = missingOf(texts.sms, a.sms.must);
  const smsComplete = texts.sms.trim() !== "" && smsMissing.length === 0;
  if (!smsComplete) fail(`sms: missing ${texts.sms.trim() ? smsMissing.map((g) => JSON.stringify(g)).join(", ") : "(no SMS)"}`);
  const postMade = texts.post.trim() !== "";
  let post: TextScore["post"];
  if (a.post === null) {
    post = { complete: null, missing: [], madeWhenNone: postMade };
    if (postMade) fail("post: made although no public post should be made");
  } else {
    const missing = missingOf(texts.post, a.post.must);
    post = { complete: postMade && missing.length === 0, missing, madeWhenNone: false };
    if (!post.complete) fail(`post: missing ${postMade ? missing.map((g) => JSON.stringify(g)).join(", ") : "(no post)"}`);
  }
  const letterMissing = missingOf(texts.letter, a.letter?.must ?? []);
  for (const g of letterMissing) fail(`letter: missing ${JSON.stringify(g)}`);

  // Personal data in SMS and post.
  const emails = privateEmails(draft);
  const personal: TextScore["personalData"] = [];
  for (const c of ["sms", "post"] as const) for (const h of personalData(texts[c], emails)) personal.push({ channel: c, ...h });
  for (const p of personal) fail(`${p.channel}: personal data (${p.kind}) «${p.text}»`);

  // The letter.
  const plain = { draft: options.countPlain(draft), letter: texts.letter.trim() ? options.countPlain(texts.letter) : 0 };
  const opening = referenceOpening(texts.letter);
  if (opening) fail(`letter: opens with a reference «${opening}»`);
  const mixed = mixedAddress(texts.letter, a.language);
  if (mixed) fail(`letter: mixes «${mixed.informal}» and «${mixed.formal}»`);

  // Fact guards of every variant.
  const facts = {} as TextScore["facts"];
  for (const c of CHANNELS) {
    const fs = result.variants?.[c]?.findings ?? [];
    const pick = (rule: string) => fs.filter((f) => f.rule === rule && f.severity === "error").map((f) => f.text || f.message);
    facts[c] = { invented: pick("facts-invented"), missing: pick("facts-missing") };
    for (const t of facts[c].invented) fail(`${c}: facts-invented «${t}»`);
    for (const t of facts[c].missing) fail(`${c}: facts-missing «${t}»`);
  }

  // Reader actions and someone else's work.
  const gotActions = arr(m?.actions).map((x) => ({ text: str(obj(x)?.text) ?? "", deadline: str(obj(obj(x)?.deadline)?.text) ?? "" }));
  const missingActions: string[] = [];
  const deadlinesMissing: string[] = [];
  for (const want of a.actions) {
    const hit = gotActions.find((g) => actionOverlaps(g.text, want.text));
    if (!hit) missingActions.push(want.text);
    else if (want.deadline && !(hit.deadline && (includesText(hit.deadline, want.deadline) || includesText(want.deadline, hit.deadline)))) deadlinesMissing.push(want.deadline);
  }
  for (const t of missingActions) fail(`action missing: «${t}»`);
  for (const t of deadlinesMissing) fail(`action deadline missing: «${t}»`);
  const notActionsAsActions = a.notActions.filter((n) => gotActions.some((g) => actionOverlaps(g.text, n)));
  for (const t of notActionsAsActions) fail(`not the reader's action, but listed as one: «${t}»`);

  return {
    id: a.id,
    language: a.language,
    audience: a.audience,
    hasMessage: !!m,
    keyTime: { ok: timeOk, expected: exp, got },
    keyRole: { ok: roleOk, expected: exp?.role ?? null, got: got?.role ?? null },
    roleOk: timeOk && roleOk,
    audienceCheck: { ok: audienceOk, expected: a.audience, got: gotAudience, from: mAudience ? "message" : typeof legacy === "boolean" ? "result" : "none" },
    kind: { ok: kindOk, expected: a.kind, got: gotKind },
    sender: { ok: senderOk, expected: a.sender, got: gotSender },
    signOffsWrong,
    wrongRole,
    sms: { complete: smsComplete, missing: smsMissing },
    post,
    letterMissing,
    mustNot,
    personalData: personal,
    plain,
    referenceOpening: opening,
    mixedAddress: mixed,
    facts,
    actions: { total: a.actions.length, found: a.actions.length - missingActions.length, missing: missingActions, deadlinesMissing },
    notActionsAsActions,
    failures,
  };
}
