/**
 * The «Sjekk» panel: summary with rule filters, findings in text order or by rule (a virtualised list
 * of cards, one tab stop each), next/previous, fixes through the undo stack, «Ignorer» that lasts,
 * «Ignorer regelen», «Legg til i ordlista». Feedback goes to the toast at the top of the viewport and
 * focus moves to the next card, never to <body>.
 */
import { hostStringsFor, type HostStrings } from "../i18n/host-strings";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, ArrowDownRegular, ArrowUpRegular, CheckmarkRegular } from "@fluentui/react-icons";
import type { Edit, Finding, Locale } from "../../core/model";
import type { ApplyResult, DraftHost } from "../../office/host";
import type { Strings } from "../i18n/strings";
import type { PaneStrings } from "../i18n/pane-strings";
import { format, plural } from "../i18n/locale";
import type { CheckState } from "../state/useCheck";
import type { UndoApi } from "../state/useUndo";
import type { Settings } from "../settings/model";
import type { Toast } from "../Toast";
import { documentKey, ignoreKey, loadIgnored, saveIgnored } from "../state/ignores";
import { localStore } from "../state/local-store";
import { FindingCard, shorten } from "./FindingCard";
import type { RewriteOffer } from "./SentenceRewrite";
import { atSentenceStart, findingKeys, groupByRule, selectSafeFixes, suggestionEdit } from "./findings";
import { excerpt, placeOf } from "./outline";
import { Summary } from "./Summary";
import { VirtualList, type VirtualListHandle } from "./VirtualList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  busy: { minHeight: "20px" },
  headRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  fixAll: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  fixHint: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    // At 320–400 px the button's description is read out, not shown (it would push the findings down).
    "@media (max-width: 400px)": { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  listHead: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  nav: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  view: { display: "flex", flexWrap: "wrap" },
  groupHeading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { paddingBottom: tokens.spacingVerticalS },
  empty: { margin: 0 },
  srOnly: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap", border: 0 },
});

const LANG_TAG: Record<string, string> = { nb: "nb", nn: "nn", en: "en" };
const VIEW_KEY = "kanalklar.view";

export interface CheckPanelProps {
  host: DraftHost;
  check: CheckState;
  strings: Strings;
  pane: PaneStrings;
  locale: Locale;
  scope: "body" | "selection";
  onScopeChange(scope: "body" | "selection"): void;
  undo: UndoApi;
  notify(toast: Toast): void;
  settings: Settings;
  onSettingsChange(next: Settings): void;
}

type Notice = { intent: "success" | "warning" | "error" | "info"; text: string; canUndo: boolean };

/** The result of a batch of fixes as one notice (host details such as «ikke bekreftet» in the host's words). */
export function describeApply(t: Strings, res: ApplyResult, h?: HostStrings): Notice {
  const parts: string[] = [];
  if (res.applied.length > 0) parts.push(plural(t.applied, res.applied.length));
  const byReason = new Map<string, number>();
  for (const s of res.skipped) {
    const r = s.detail === "host-cannot-edit" ? "host-cannot-edit" : h && s.detail && s.detail in h.skipDetails ? `detail:${s.detail}` : s.reason;
    byReason.set(r, (byReason.get(r) ?? 0) + 1);
  }
  for (const [reason, n] of byReason) {
    const why = reason.startsWith("detail:") ? h!.skipDetails[reason.slice(7) as keyof HostStrings["skipDetails"]] : t.skipReasons[reason as keyof Strings["skipReasons"]] ?? t.skipReasons.error;
    parts.push(plural(t.skipped, n, { reason: why }));
  }
  const intent = res.skipped.length === 0 ? "success" : res.applied.length === 0 ? "error" : "warning";
  // a fix Word wrote but we could not confirm can still be undone
  const unconfirmed = res.skipped.some((s) => s.detail === "unverified");
  return { intent, text: parts.join(" "), canUndo: res.applied.length > 0 || unconfirmed };
}

/** Why edits were skipped, in words (the first reason). */
export function skipReason(t: Strings, res: ApplyResult, h?: HostStrings): string {
  const s = res.skipped[0];
  if (!s) return "";
  // The host's own reason when it gives one («Lukk Søk-vinduet», «ikke bekreftet»), else the general one.
  if (h && s.detail && s.detail in h.skipDetails) return h.skipDetails[s.detail as keyof HostStrings["skipDetails"]];
  const r = s.detail === "host-cannot-edit" ? "host-cannot-edit" : s.reason;
  return t.skipReasons[r as keyof Strings["skipReasons"]] ?? t.skipReasons.error;
}

type Row = { kind: "heading"; rule: string; n: number } | { kind: "card"; at: number };

export function CheckPanel({ host, check, strings: t, pane: p, locale, scope, onScopeChange, undo, notify, settings, onSettingsChange }: CheckPanelProps) {
  const s = useStyles();
  const { checked, busy, error, refresh } = check;
  const store = useMemo(() => localStore(), []);
  const [view, setView] = useState<"order" | "rule">(() => (store?.getItem(VIEW_KEY) === "rule" ? "rule" : "order"));
  const [filter, setFilter] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  /** The user has been on a card (so «Neste funn» moves on rather than to the first one). */
  const [walking, setWalking] = useState(false);
  const [live, setLive] = useState("");
  const [working, setWorking] = useState(false);
  const list = useRef<VirtualListHandle>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  /** Focus the card at this index once the list shows the result of a newer check than `since`. */
  const focusAfter = useRef<{ index: number; since: unknown } | null>(null);
  const canEdit = (host.capabilities?.applyEdits ?? "all") !== "none";
  const canSelect = host.capabilities?.select ?? true;
  const ruleName = useCallback((rule: string) => t.ruleNames[rule] ?? rule, [t]);

  const text = checked?.snapshot.text ?? "";
  const findings = useMemo(() => checked?.result.findings ?? [], [checked]);
  const keys = useMemo(() => findingKeys(findings), [findings]);
  const docKey = useMemo(() => (checked ? documentKey(host.kind, checked.snapshot.text) : ""), [checked, host.kind]);
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(() => new Set());
  // A new document key (another document, or its title was edited): take what is stored for it; when
  // nothing is, the ignores so far move along with the edited document.
  useEffect(() => {
    if (!docKey) return;
    const stored = loadIgnored(store, docKey);
    setIgnored((current) => {
      if (stored.size > 0 || current.size === 0) return stored;
      saveIgnored(store, docKey, current);
      return current;
    });
  }, [docKey, store]);

  const off = settings.ruleOptions ?? {};
  const allowed = useMemo(() => new Set((settings.allowedWords ?? []).map((w) => w.toLowerCase())), [settings.allowedWords]);
  /**
   * Findings the user has not ignored, switched off or accepted, in text order, with their keys
   * (the same arrays as the check's when nothing is left out: a 100,000-word draft has 13,000 findings).
   */
  const kept = useMemo((): { list: readonly Finding[]; keys: readonly string[] } => {
    const anyOff = Object.values(off).some((o) => o === false);
    if (!anyOff && allowed.size === 0 && ignored.size === 0) return { list: findings, keys };
    const list: Finding[] = [];
    const keptKeys: string[] = [];
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i]!;
      if (off[f.rule] === false || (allowed.size > 0 && allowed.has(f.text.toLowerCase()))) continue;
      if (ignored.size > 0 && ignored.has(ignoreKey(keys[i]!))) continue;
      list.push(f);
      keptKeys.push(keys[i]!);
    }
    return { list, keys: keptKeys };
    // `off` is read through settings.ruleOptions
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [findings, keys, ignored, allowed, settings.ruleOptions]);
  const groups = useMemo(() => groupByRule(kept.list), [kept]);
  const activeFilter = filter && groups.some((g) => g.rule === filter) ? filter : null;

  /** The cards as shown (filter and view applied), the rows of the list (with group headings) and their keys. */
  const { shown, rows, rowKeys } = useMemo(() => {
    const shown: Finding[] = [];
    const rows: Row[] = [];
    const rowKeys: string[] = [];
    if (view === "rule") {
      const keyOf = new Map(kept.list.map((f, i) => [f, kept.keys[i]!]));
      for (const g of groups) {
        if (activeFilter && g.rule !== activeFilter) continue;
        rows.push({ kind: "heading", rule: g.rule, n: g.findings.length });
        rowKeys.push(`h:${g.rule}`);
        for (const f of g.findings) {
          rows.push({ kind: "card", at: shown.length });
          rowKeys.push(`c:${keyOf.get(f) ?? shown.length}`);
          shown.push(f);
        }
      }
    } else {
      for (let i = 0; i < kept.list.length; i++) {
        const f = kept.list[i]!;
        if (activeFilter && f.rule !== activeFilter) continue;
        rows.push({ kind: "card", at: shown.length });
        rowKeys.push(`c:${kept.keys[i]!}`);
        shown.push(f);
      }
    }
    return { shown, rows, rowKeys };
  }, [view, groups, kept, activeFilter]);
  const rowOfCard = useMemo(() => {
    const out = new Int32Array(shown.length);
    rows.forEach((r, i) => {
      if (r.kind === "card") out[r.at] = i;
    });
    return out;
  }, [rows, shown.length]);

  const editableSpan = useCallback(
    (start: number, end: number) => {
      if (!canEdit || !checked) return false;
      try {
        return host.canEditSpan ? host.canEditSpan(checked.snapshot, start, end) : true;
      } catch {
        return false;
      }
    },
    [canEdit, checked, host],
  );
  const safe = useMemo(
    () => (checked && canEdit ? selectSafeFixes(kept.list.filter((f) => f.fix && editableSpan(f.fix.start, f.fix.end)), checked.snapshot.text.length) : []),
    [kept, checked, canEdit, editableSpan],
  );
  /** Findings the pane cannot fix with one click: candidates for Word comments (issue 12). */
  const commentable = useMemo(
    () => (checked && host.addComments ? kept.list.filter((f) => f.end > f.start && !(f.fix && editableSpan(f.fix.start, f.fix.end))) : []),
    [kept, checked, host, editableSpan],
  );
  const [ourComments, setOurComments] = useState(0);
  /** The check whose findings went in as comments (no second set for the same check). */
  const [commentedCheck, setCommentedCheck] = useState<unknown>(null);
  const hasSubject = useMemo(() => host.kind === "outlook" && !!checked && editableSpan(0, Math.min(1, text.length)), [host.kind, checked, editableSpan, text.length]);

  // What the screen shows, said once the list settles (not on every keystroke, and never stale).
  useEffect(() => {
    if (!checked || busy) return;
    const id = setTimeout(() => {
      const lix = Math.round(checked.result.stats.lix);
      setLive(
        activeFilter
          ? format(p.announceFiltered, { n: shown.length, rule: ruleName(activeFilter) })
          : format(t.announceResult, { findings: plural(t.findingsCount, shown.length), lix, band: t.bands[checked.result.stats.band] }),
      );
    }, 400);
    return () => clearTimeout(id);
  }, [checked, busy, shown.length, activeFilter, t, p, ruleName]);

  // The first finished check marks the page-load budget ("first findings") for measurement.
  const marked = useRef(false);
  useEffect(() => {
    if (checked && !marked.current && typeof performance !== "undefined" && typeof performance.mark === "function") {
      marked.current = true;
      try {
        performance.mark("kanalklar:first-findings");
      } catch {
        // marks are a measurement aid only
      }
    }
  }, [checked]);

  const focusCard = useCallback(
    (index: number) => {
      if (shown.length === 0) {
        headingRef.current?.focus();
        return;
      }
      const i = Math.max(0, Math.min(shown.length - 1, index));
      setCurrent(i);
      list.current?.scrollToIndex(rowOfCard[i]!, (row) => (row?.querySelector<HTMLElement>('[data-testid="finding"]') ?? headingRef.current)?.focus());
    },
    [shown.length, rowOfCard],
  );

  // After an action: focus the card that took the acted-on card's place (once the list has changed).
  useEffect(() => {
    const want = focusAfter.current;
    if (!want || want.since === checked) return;
    focusAfter.current = null;
    focusCard(want.index);
  }, [checked, shown, focusCard]);

  /**
   * One edit through the undo stack against the text it was made from, the outcome said where the user acted,
   * and focus moved on to the card that takes the acted-on card's place.
   */
  const applyEdit = useCallback(
    async (snapshot: NonNullable<typeof checked>["snapshot"], edit: Edit, label: string, success: string, index: number) => {
      setWorking(true);
      focusAfter.current = { index, since: checked };
      try {
        const res = await undo.apply(snapshot, [edit], label);
        if (res.applied.length > 0) notify({ intent: "success", text: success, undo: true });
        else {
          focusAfter.current = null;
          notify({ intent: "warning", text: format(p.toastSkipped, { reason: skipReason(t, res, hostStringsFor(locale)) }) });
        }
      } catch (e) {
        focusAfter.current = null;
        notify({ intent: "error", text: format(t.analysisFailed, { error: e instanceof Error ? e.message : String(e) }) });
      } finally {
        setWorking(false);
      }
    },
    [checked, undo, notify, p, t, locale],
  );

  const onApply = useCallback(
    async (f: Finding, replacement: string | null, index: number) => {
      if (!checked) return;
      const place = placeOf(text, f.start, f.end, (checked.result as { outline?: unknown }).outline);
      const initial = atSentenceStart(text, f.start, (checked.result as { outline?: unknown }).outline ? place.sentenceStart : undefined);
      const edit: Edit | undefined = replacement === null ? f.fix : suggestionEdit(f, replacement, initial);
      if (!edit) return;
      const label = replacement === null ? format(p.labelDelete, { t: shorten(f.text, 40) }) : format(p.labelFix, { from: shorten(f.text, 40), to: edit.replacement });
      const success = replacement === null ? format(p.toastDeleted, { t: shorten(f.text, 40) }) : format(p.toastFixed, { from: shorten(f.text, 40), to: edit.replacement });
      await applyEdit(checked.snapshot, edit, label, success, index);
    },
    [checked, text, applyEdit, p],
  );

  /** The whole sentence around a finding rewritten by the core (loaded on first use), or null. */
  const rewriteOf = useCallback(
    async (f: Finding): Promise<RewriteOffer | null> => {
      if (!checked || !canEdit) return null;
      const snapshot = checked.snapshot;
      const place = placeOf(snapshot.text, f.start, f.end, (checked.result as { outline?: unknown }).outline);
      const core = await import(/* webpackChunkName: "sentence-rewrite" */ "./rewrite-core");
      const rw = core.sentenceRewrite(snapshot.text, { start: place.sentenceStart, end: place.sentenceEnd }, checked.result.language, { finding: { rule: f.rule, text: f.text } });
      if (!rw || !editableSpan(rw.start, rw.end)) return null;
      return { ...rw, parts: core.wordDiff(rw.before, rw.after), snapshot };
    },
    [checked, canEdit, editableSpan],
  );

  /** «Bruk»: the sentence replaced through the undo stack, against the text the rewrite was made from. */
  const onApplyRewrite = useCallback(
    (f: Finding, offer: RewriteOffer, index: number) =>
      applyEdit(offer.snapshot, { start: offer.start, end: offer.end, replacement: offer.after }, format(p.rewrite.undoLabel, { t: shorten(offer.before, 40) }), format(p.rewrite.toast, { t: shorten(offer.after, 80) }), index),
    [applyEdit, p],
  );

  const onFixAll = async () => {
    if (!checked || safe.length === 0) return;
    setWorking(true);
    focusAfter.current = { index: 0, since: checked };
    try {
      const res = await undo.apply(checked.snapshot, safe, format(p.labelFixAll, { n: safe.length }));
      const skipped = res.skipped.length ? ` ${plural(t.skipped, res.skipped.length, { reason: skipReason(t, res, hostStringsFor(locale)) })}` : "";
      notify({ intent: res.skipped.length ? "warning" : "success", text: format(p.toastFixAll, { n: res.applied.length }) + skipped, undo: res.applied.length > 0 });
    } finally {
      setWorking(false);
    }
  };

  const onAddComments = async () => {
    if (!checked || !host.addComments || commentable.length === 0) return;
    setWorking(true);
    try {
      const res = await host.addComments(
        checked.snapshot,
        commentable.map((f) => ({ start: f.start, end: f.end, text: f.message })),
      );
      setOurComments((n) => n + res.added);
      if (res.added > 0) setCommentedCheck(checked);
      const skipped = res.skipped.length ? format(p.toastCommentsSkipped, { n: res.skipped.length }) : "";
      if (res.added === 0) notify({ intent: "warning", text: p.toastCommentsNone + skipped });
      else notify({ intent: res.skipped.length ? "warning" : "success", text: format(p.toastCommentsAdded, { n: res.added }) + skipped });
    } catch (e) {
      notify({ intent: "error", text: format(p.toastCommentsFailed, { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setWorking(false);
    }
  };

  const onRemoveComments = async () => {
    if (!host.removeComments) return;
    setWorking(true);
    try {
      const n = await host.removeComments();
      setOurComments(0);
      setCommentedCheck(null);
      notify({ intent: "info", text: format(p.toastCommentsRemoved, { n }) });
    } catch (e) {
      notify({ intent: "error", text: format(p.toastCommentsFailed, { error: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setWorking(false);
    }
  };

  const setIgnoredSaved = useCallback(
    (next: ReadonlySet<string>) => {
      setIgnored(next);
      if (docKey) saveIgnored(store, docKey, next);
    },
    [docKey, store],
  );

  /** The stable key of a finding; a card may still hold an equal finding object from the check before. */
  const keyFor = useCallback(
    (f: Finding): string | undefined => {
      const direct = kept.list.indexOf(f);
      if (direct >= 0) return kept.keys[direct];
      const i = findings.findIndex((x) => x.rule === f.rule && x.start === f.start && x.end === f.end && x.text === f.text);
      return i >= 0 ? keys[i] : undefined;
    },
    [kept, findings, keys],
  );

  const onIgnore = useCallback(
    (f: Finding, index: number) => {
      const k = keyFor(f);
      if (!k) return;
      const h = ignoreKey(k);
      const before = ignored;
      setIgnoredSaved(new Set(before).add(h));
      focusAfter.current = { index, since: null };
      notify({
        intent: "info",
        text: format(p.toastIgnored, { t: shorten(f.text, 40) }),
        onUndo: () => {
          setIgnoredSaved(before);
        },
      });
    },
    [keyFor, ignored, setIgnoredSaved, notify, p],
  );

  const onIgnoreRule = useCallback(
    (f: Finding, index: number) => {
      const before = settings;
      onSettingsChange({ ...settings, ruleOptions: { ...(settings.ruleOptions ?? {}), [f.rule]: false } });
      focusAfter.current = { index, since: null };
      notify({ intent: "info", text: format(p.toastRuleOff, { rule: ruleName(f.rule) }), onUndo: () => onSettingsChange(before) });
    },
    [settings, onSettingsChange, notify, p, ruleName],
  );

  const onAddWord = useCallback(
    (f: Finding, index: number) => {
      const w = f.text.trim().slice(0, 100);
      const list = settings.allowedWords ?? [];
      if (!w || list.some((x) => x.toLowerCase() === w.toLowerCase())) return;
      const before = settings;
      onSettingsChange({ ...settings, allowedWords: [...list, w] });
      focusAfter.current = { index, since: null };
      notify({ intent: "info", text: format(p.toastWordAdded, { w }), onUndo: () => onSettingsChange(before) });
    },
    [settings, onSettingsChange, notify, p],
  );

  const onShow = useCallback(
    (f: Finding) => {
      if (!checked) return;
      host.select(checked.snapshot, f.start, f.end).catch(() => undefined);
    },
    [checked, host],
  );

  const onMove = useCallback(
    (index: number, to: number | "first" | "last") => focusCard(to === "first" ? 0 : to === "last" ? shown.length - 1 : index + to),
    [focusCard, shown.length],
  );

  const onCardFocus = useCallback((i: number) => {
    setCurrent(i);
    setWalking(true);
  }, []);

  const changeView = (v: "order" | "rule") => {
    setView(v);
    try {
      store?.setItem(VIEW_KEY, v);
    } catch {
      // the choice just does not last
    }
  };

  // Stable callbacks for the memoised cards; they call the latest handlers through a ref.
  const handlers = useRef({ onApply, onShow, onIgnore, onIgnoreRule, onAddWord, onMove, rewriteOf, onApplyRewrite });
  handlers.current = { onApply, onShow, onIgnore, onIgnoreRule, onAddWord, onMove, rewriteOf, onApplyRewrite };
  const stable = useMemo(
    () => ({
      onApply: (f: Finding, rep: string | null, i: number) => void handlers.current.onApply(f, rep, i),
      onShow: (f: Finding) => handlers.current.onShow(f),
      onIgnore: (f: Finding, i: number) => handlers.current.onIgnore(f, i),
      onIgnoreRule: (f: Finding, i: number) => handlers.current.onIgnoreRule(f, i),
      onAddWord: (f: Finding, i: number) => handlers.current.onAddWord(f, i),
      onMove: (i: number, to: number | "first" | "last") => handlers.current.onMove(i, to),
      rewriteOf: (f: Finding) => handlers.current.rewriteOf(f),
      onApplyRewrite: (f: Finding, offer: RewriteOffer, i: number) => void handlers.current.onApplyRewrite(f, offer, i),
    }),
    [],
  );

  const outline = (checked?.result as { outline?: unknown } | undefined)?.outline;
  const textLang = LANG_TAG[checked?.result.language ?? ""] ?? "";
  const cur = Math.min(current, Math.max(0, shown.length - 1));

  const renderRow = (i: number) => {
    const r = rows[i]!;
    if (r.kind === "heading") {
      return (
        <h3 className={s.groupHeading} data-testid="rule-group" data-rule={r.rule}>
          {`${ruleName(r.rule)} (${r.n})`}
        </h3>
      );
    }
    const f = shown[r.at]!;
    const place = placeOf(text, f.start, f.end, outline);
    const where = hasSubject && place.paragraph === 0 ? p.subject : format(p.paragraph, { n: place.paragraph + (hasSubject ? 0 : 1) });
    return (
      <div className={s.row}>
        <FindingCard
          finding={f}
          index={r.at}
          count={shown.length}
          where={where}
          excerpt={excerpt(text, place, f.start, f.end)}
          sentenceStart={atSentenceStart(text, f.start, outline ? place.sentenceStart : undefined)}
          current={r.at === cur}
          textLang={textLang}
          ruleName={ruleName(f.rule)}
          strings={t}
          pane={p}
          canEdit={editableSpan(f.start, f.end)}
          canSelect={canSelect}
          onApply={stable.onApply}
          onShow={stable.onShow}
          onIgnore={stable.onIgnore}
          onIgnoreRule={stable.onIgnoreRule}
          onAddWord={stable.onAddWord}
          onMove={stable.onMove}
          onFocus={onCardFocus}
          rewriteOf={stable.rewriteOf}
          onApplyRewrite={stable.onApplyRewrite}
        />
      </div>
    );
  };
  const rowKey = useCallback((i: number) => rowKeys[i] ?? String(i), [rowKeys]);

  return (
    <div className={s.root}>
      {host.kind !== "standalone" && (
        <div className={s.toolbar}>
          <Button appearance="secondary" icon={<ArrowClockwiseRegular />} onClick={() => void refresh()} disabled={working}>
            {t.checkAgain}
          </Button>
          <Field label={t.scopeLabel} size="small">
            <Select size="small" value={scope} onChange={(_, d) => onScopeChange(d.value === "selection" ? "selection" : "body")}>
              <option value="body">{t.scopeBody}</option>
              <option value="selection">{t.scopeSelection}</option>
            </Select>
          </Field>
          <div className={s.busy}>{(busy || working) && <Spinner size="extra-tiny" label={t.checking} />}</div>
        </div>
      )}

      <div className={s.srOnly} aria-live="polite" role="status" data-testid="live">
        {live}
      </div>

      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{format(t.analysisFailed, { error })}</MessageBarBody>
        </MessageBar>
      )}

      {!canEdit && (
        <MessageBar intent="info">
          <MessageBarBody>{t.readOnlyHost}</MessageBarBody>
        </MessageBar>
      )}

      {checked && checked.snapshot.text.trim() === "" && <p className={s.empty}>{t.emptyDraft}</p>}

      {checked && checked.snapshot.text.trim() !== "" && (
        <>
          <Summary result={checked.result} groups={groups} strings={t} pane={p} locale={locale} ruleName={ruleName} filter={activeFilter} onFilter={setFilter} />

          {canEdit && safe.length > 0 && (
            <div className={s.fixAll}>
              <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => void onFixAll()} disabled={working} aria-describedby="kk-fixall-hint">
                {format(t.fixAllSafe, { n: safe.length })}
              </Button>
              <p className={s.fixHint} id="kk-fixall-hint">
                {t.fixAllSafeHint}
              </p>
            </div>
          )}

          {host.addComments && (commentable.length > 0 || ourComments > 0) && (
            <div className={s.fixAll}>
              <div className={s.nav}>
                {commentable.length > 0 && commentedCheck !== checked && (
                  <Button onClick={() => void onAddComments()} disabled={working} aria-describedby="kk-comments-hint">
                    {p.addComments}
                  </Button>
                )}
                {ourComments > 0 && host.removeComments && (
                  <Button onClick={() => void onRemoveComments()} disabled={working}>
                    {p.removeComments}
                  </Button>
                )}
              </div>
              <p className={s.fixHint} id="kk-comments-hint">
                {p.addCommentsHint}
              </p>
            </div>
          )}

          <section aria-labelledby="kk-findings-heading" className={s.listHead}>
            <div className={s.headRow}>
              <h2 id="kk-findings-heading" className={s.heading} tabIndex={-1} ref={headingRef}>
                {t.findingsHeading} ({shown.length})
              </h2>
              {/* In the browser page the check follows typing: the re-check is a small button here, not a toolbar row. */}
              {host.kind === "standalone" && (
                <>
                  <Button size="small" appearance="subtle" icon={<ArrowClockwiseRegular />} aria-label={t.checkAgain} title={t.checkAgain} onClick={() => void refresh()} disabled={working} />
                  {(busy || working) && <Spinner size="extra-tiny" label={t.checking} />}
                </>
              )}
            </div>
            {activeFilter && <p className={s.hint}>{format(p.filteredBy, { rule: ruleName(activeFilter) })}</p>}
            {kept.list.length < findings.length && ignored.size > 0 && (
              <p className={s.hint}>
                {plural(t.ignoredCount, findings.length - kept.list.length)}{" "}
                <Button appearance="transparent" size="small" onClick={() => setIgnoredSaved(new Set())}>
                  {t.showIgnored}
                </Button>
              </p>
            )}
            {shown.length === 0 && <p className={s.empty}>{t.noFindings}</p>}
            {shown.length > 0 && (
              <div className={s.nav}>
                <Select size="small" aria-label={p.viewLabel} title={p.viewLabel} value={view} onChange={(_, d) => changeView(d.value === "rule" ? "rule" : "order")} data-testid="view-switch">
                  <option value="order">{p.viewOrder}</option>
                  <option value="rule">{p.viewRule}</option>
                </Select>
                <div className={s.nav} role="group" aria-label={format(p.position, { i: cur + 1, n: shown.length })}>
                  <Button size="small" icon={<ArrowUpRegular />} aria-label={p.prev} title={p.prev} onClick={() => focusCard(cur - 1)} disabled={cur <= 0} data-testid="finding-prev" />
                  <Button size="small" icon={<ArrowDownRegular />} aria-label={p.next} title={p.next} onClick={() => focusCard(walking ? cur + 1 : cur)} disabled={walking && cur >= shown.length - 1} data-testid="finding-next" />
                  <span className={s.hint} data-testid="finding-position">
                    {format(p.position, { i: cur + 1, n: shown.length })}
                  </span>
                </div>
                <p className={s.srOnly} id="kk-nav-hint">
                  {p.navHint}
                </p>
              </div>
            )}
            <VirtualList
              ref={list}
              count={rows.length}
              keyOf={rowKey}
              renderRow={renderRow}
              firstRows={6}
              role="feed"
              ariaLabelledby="kk-findings-heading"
              ariaDescribedby="kk-nav-hint"
              ariaBusy={busy}
              testId="findings-list"
            />
          </section>
        </>
      )}
    </div>
  );
}
