// Totals over the development set and the targets of issue 10 they are read against.
import { CHANNELS, type ChannelName, type TextScore } from "./eval-score";

export interface Share {
  ok: number;
  total: number;
  /** ok / total, or null when nothing was counted. */
  share: number | null;
}

const share = (ok: number, total: number): Share => ({ ok, total, share: total ? ok / total : null });
const count = <T>(xs: T[], f: (x: T) => boolean) => xs.filter(f).length;
const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);

export interface Totals {
  texts: number;
  withMessage: number;
  roleAccuracy: Share;
  keyTime: Share;
  keyRole: Share;
  wrongRoleFacts: number;
  audienceAccuracy: Share;
  kindAccuracy: Share;
  senderWrong: number;
  senderAccuracy: Share;
  smsCompleteness: Share;
  smsCompletenessPersonal: Share;
  postCompleteness: Share;
  postsWhereNoneBelongs: number;
  letterMustMissing: number;
  mustNot: Record<ChannelName, number>;
  personalData: { sms: number; post: number };
  letterPlainness: { draft: number; letter: number; share: number | null };
  letterReferenceOpenings: number;
  letterAddressMix: number;
  facts: Record<ChannelName, { invented: number; missing: number }>;
  actionRecall: Share;
  actionDeadlines: Share;
  notActionsAsActions: number;
  timing: { medianMs: number | null; maxMs: number | null };
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function summarise(scores: TextScore[]): Totals {
  const pub = scores.filter((s) => s.audience === "public");
  const personal = scores.filter((s) => s.audience === "personal");
  const withPost = scores.filter((s) => s.post.complete !== null);
  const facts = {} as Totals["facts"];
  for (const c of CHANNELS) facts[c] = { invented: sum(scores, (s) => s.facts[c].invented.length), missing: sum(scores, (s) => s.facts[c].missing.length) };
  const mustNot = {} as Totals["mustNot"];
  for (const c of CHANNELS) mustNot[c] = sum(scores, (s) => count(s.mustNot, (x) => x.channel === c));
  const plainDraft = sum(scores, (s) => s.plain.draft);
  const plainLetter = sum(scores, (s) => s.plain.letter);
  const ms = scores.map((s) => s.ms).filter((x): x is number => typeof x === "number");
  return {
    texts: scores.length,
    withMessage: count(scores, (s) => s.hasMessage),
    roleAccuracy: share(count(scores, (s) => s.roleOk), scores.length),
    keyTime: share(count(scores, (s) => s.keyTime.ok), scores.length),
    keyRole: share(count(scores, (s) => s.keyRole.ok), scores.length),
    wrongRoleFacts: sum(scores, (s) => s.wrongRole.length),
    audienceAccuracy: share(count(scores, (s) => s.audienceCheck.ok), scores.length),
    kindAccuracy: share(count(scores, (s) => s.kind.ok), scores.length),
    senderWrong: sum(scores, (s) => s.signOffsWrong.length),
    senderAccuracy: share(count(scores, (s) => s.sender.ok), scores.length),
    smsCompleteness: share(count(pub, (s) => s.sms.complete), pub.length),
    smsCompletenessPersonal: share(count(personal, (s) => s.sms.complete), personal.length),
    postCompleteness: share(count(withPost, (s) => s.post.complete === true), withPost.length),
    postsWhereNoneBelongs: count(scores, (s) => s.post.madeWhenNone),
    letterMustMissing: sum(scores, (s) => s.letterMissing.length),
    mustNot,
    personalData: { sms: sum(scores, (s) => count(s.personalData, (p) => p.channel === "sms")), post: sum(scores, (s) => count(s.personalData, (p) => p.channel === "post")) },
    letterPlainness: { draft: plainDraft, letter: plainLetter, share: plainDraft ? plainLetter / plainDraft : null },
    letterReferenceOpenings: count(scores, (s) => s.referenceOpening !== null),
    letterAddressMix: count(scores, (s) => s.mixedAddress !== null),
    facts,
    actionRecall: share(sum(scores, (s) => s.actions.found), sum(scores, (s) => s.actions.total)),
    actionDeadlines: share(
      sum(scores, (s) => s.actions.found) - sum(scores, (s) => s.actions.deadlinesMissing.length),
      sum(scores, (s) => s.actions.found),
    ),
    notActionsAsActions: sum(scores, (s) => s.notActionsAsActions.length),
    timing: { medianMs: median(ms), maxMs: ms.length ? Math.max(...ms) : null },
  };
}

export interface Target {
  metric: string;
  value: string;
  target: string;
  met: boolean | null;
}

const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)} %`);
const ofShare = (s: Share) => `${pct(s.share)} (${s.ok}/${s.total})`;

/** The headline metrics with the targets of issue 10 (met: null where the issue sets no number). */
export function targets(t: Totals): Target[] {
  const atLeast = (s: Share, x: number) => s.share !== null && s.share >= x;
  const factsInvented = sum(CHANNELS, (c) => t.facts[c].invented);
  const factsMissing = sum(CHANNELS, (c) => t.facts[c].missing);
  return [
    { metric: "message present", value: `${t.withMessage}/${t.texts}`, target: "all", met: t.withMessage === t.texts },
    { metric: "role accuracy (key time and its role)", value: ofShare(t.roleAccuracy), target: "–", met: null },
    { metric: "wrong-role facts in SMS/post", value: String(t.wrongRoleFacts), target: "0", met: t.wrongRoleFacts === 0 },
    { metric: "audience accuracy", value: ofShare(t.audienceAccuracy), target: "≥ 95 %", met: atLeast(t.audienceAccuracy, 0.95) },
    { metric: "kind accuracy", value: ofShare(t.kindAccuracy), target: "–", met: null },
    { metric: "sign-offs naming a non-sender", value: String(t.senderWrong), target: "0", met: t.senderWrong === 0 },
    { metric: "message.sender right", value: ofShare(t.senderAccuracy), target: "–", met: null },
    { metric: "SMS complete (public texts)", value: ofShare(t.smsCompleteness), target: "≥ 90 %", met: atLeast(t.smsCompleteness, 0.9) },
    { metric: "SMS complete (personal texts)", value: ofShare(t.smsCompletenessPersonal), target: "–", met: null },
    { metric: "post complete (public texts)", value: ofShare(t.postCompleteness), target: "≥ 90 %", met: atLeast(t.postCompleteness, 0.9) },
    { metric: "posts made where none belongs", value: String(t.postsWhereNoneBelongs), target: "0", met: t.postsWhereNoneBelongs === 0 },
    { metric: "mustNot violations (sms/post/letter)", value: `${t.mustNot.sms}/${t.mustNot.post}/${t.mustNot.letter}`, target: "0", met: t.mustNot.sms + t.mustNot.post + t.mustNot.letter === 0 },
    { metric: "letter must-groups missing", value: String(t.letterMustMissing), target: "0", met: t.letterMustMissing === 0 },
    { metric: "personal data in SMS/post", value: `${t.personalData.sms}/${t.personalData.post}`, target: "0", met: t.personalData.sms + t.personalData.post === 0 },
    { metric: "letter plainness (kept share of findings)", value: `${pct(t.letterPlainness.share)} (${t.letterPlainness.letter}/${t.letterPlainness.draft})`, target: "≤ 30 %", met: t.letterPlainness.share !== null && t.letterPlainness.share <= 0.3 },
    { metric: "letters opening with a reference", value: String(t.letterReferenceOpenings), target: "0", met: t.letterReferenceOpenings === 0 },
    { metric: "letters mixing du and De", value: String(t.letterAddressMix), target: "0", met: t.letterAddressMix === 0 },
    { metric: "facts-invented / facts-missing", value: `${factsInvented}/${factsMissing}`, target: "0/0", met: factsInvented + factsMissing === 0 },
    { metric: "reader actions found (with deadline)", value: `${ofShare(t.actionRecall)}, deadlines ${ofShare(t.actionDeadlines)}`, target: "–", met: null },
    { metric: "others' work listed as reader action", value: String(t.notActionsAsActions), target: "0", met: t.notActionsAsActions === 0 },
    { metric: "variants() median ms per text", value: t.timing.medianMs === null ? "–" : `${t.timing.medianMs.toFixed(1)} (max ${t.timing.maxMs?.toFixed(1)})`, target: "≤ 20", met: t.timing.maxMs === null ? null : t.timing.maxMs <= 20 },
  ];
}
