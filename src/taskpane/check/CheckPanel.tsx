/** The «Sjekk» panel: summary, findings grouped by rule, fixes the user chooses, «Rett alle trygge». */
import { hostStringsFor, type HostStrings } from "../i18n/host-strings";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, ArrowUndoRegular, CheckmarkRegular, ChevronDownRegular, ChevronRightRegular, DismissRegular } from "@fluentui/react-icons";
import type { Edit, Finding, Locale } from "../../core/model";
import type { ApplyResult, DraftHost } from "../../office/host";
import type { Strings } from "../i18n/strings";
import { format, plural } from "../i18n/locale";
import type { CheckState } from "../state/useCheck";
import { FindingCard } from "./FindingCard";
import { findingKeys, groupByRule, selectSafeFixes, suggestionEdit } from "./findings";
import { Summary } from "./Summary";

/** How many findings a group shows before «Vis N til» (a 50-page draft can have thousands). */
export const PAGE_SIZE = 10;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  busy: { minHeight: "20px" },
  fixAll: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  groupToggle: { width: "100%", justifyContent: "flex-start", fontWeight: tokens.fontWeightSemibold, paddingLeft: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  empty: { margin: 0 },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

type Notice = { intent: "success" | "warning" | "error" | "info"; text: string; canUndo: boolean };

const LANG_TAG: Record<string, string> = { nb: "nb", nn: "nn", en: "en" };

export interface CheckPanelProps {
  host: DraftHost;
  check: CheckState;
  strings: Strings;
  locale: Locale;
  scope: "body" | "selection";
  onScopeChange(scope: "body" | "selection"): void;
}

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

export function CheckPanel({ host, check, strings: t, locale, scope, onScopeChange }: CheckPanelProps) {
  const s = useStyles();
  const { checked, busy, error, refresh } = check;
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(() => new Set());
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const [shown, setShown] = useState<Record<string, number>>({});
  const [notice, setNotice] = useState<Notice | null>(null);
  const [live, setLive] = useState("");
  const [working, setWorking] = useState(false);
  const announceNext = useRef(true);
  const pendingNotice = useRef<string>("");
  const canEdit = (host.capabilities?.applyEdits ?? "all") !== "none";
  const canSelect = host.capabilities?.select ?? true;
  const ruleName = useCallback((rule: string) => t.ruleNames[rule] ?? rule, [t]);

  const findings = checked?.result.findings ?? [];
  const keys = useMemo(() => findingKeys(findings), [findings]);
  const visible = useMemo(() => findings.filter((_, i) => !ignored.has(keys[i])), [findings, keys, ignored]);
  const keyOf = useMemo(() => new Map(findings.map((f, i) => [f, keys[i]])), [findings, keys]);
  const groups = useMemo(() => groupByRule(visible), [visible]);
  /** Whether the host can write [start, end) of the checked snapshot in place (Outlook: subject only). */
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
    () => (checked ? selectSafeFixes(visible.filter((f) => f.fix && editableSpan(f.fix.start, f.fix.end)), checked.snapshot.text.length) : []),
    [visible, checked, editableSpan],
  );
  const ignoredCount = findings.length - visible.length;

  // Announce results after explicit actions (first load, «Sjekk på nytt», an edit, a language switch),
  // not on every keystroke.
  useEffect(() => {
    announceNext.current = true;
  }, [locale]);
  useEffect(() => {
    if (!checked || !announceNext.current) return;
    announceNext.current = false;
    const n = checked.result.findings.length;
    const summary = format(t.announceResult, {
      findings: plural(t.findingsCount, n),
      lix: Math.round(checked.result.stats.lix),
      band: t.bands[checked.result.stats.band],
    });
    setLive(`${pendingNotice.current} ${summary}`.trim());
    pendingNotice.current = "";
  }, [checked, t]);

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

  const apply = useCallback(
    async (edits: Edit[]) => {
      if (!checked || edits.length === 0) return;
      setWorking(true);
      try {
        const res = await host.applyEdits(checked.snapshot, edits);
        const n = describeApply(t, res, hostStringsFor(locale));
        setNotice(n);
        pendingNotice.current = n.text;
      } catch (e) {
        const text = format(t.analysisFailed, { error: e instanceof Error ? e.message : String(e) });
        setNotice({ intent: "error", text, canUndo: false });
        pendingNotice.current = text;
      } finally {
        setWorking(false);
        announceNext.current = true;
        await refresh();
      }
    },
    [checked, host, refresh, t, locale],
  );

  const undo = useCallback(async () => {
    let ok = false;
    try {
      ok = await host.undoLast();
    } catch {
      ok = false;
    }
    const text = ok ? t.undone : t.undoFailed;
    setNotice({ intent: ok ? "info" : "warning", text, canUndo: false });
    pendingNotice.current = text;
    announceNext.current = true;
    await refresh();
  }, [host, refresh, t]);

  const show = useCallback(
    (f: Finding) => {
      if (!checked) return;
      host.select(checked.snapshot, f.start, f.end).catch(() => undefined);
    },
    [checked, host],
  );

  const ignore = useCallback(
    (f: Finding) => {
      // The card may hold an equal finding object from an earlier check; match by content.
      const i = findings.findIndex((x) => x === f || (x.rule === f.rule && x.start === f.start && x.end === f.end && x.text === f.text));
      if (i < 0) return;
      const k = keys[i];
      setIgnored((prev) => new Set(prev).add(k));
    },
    [findings, keys],
  );

  // Stable callbacks for the (memoised) cards; they always use the latest check via a ref, so an
  // edit is applied against the snapshot the card was rendered from at click time.
  const latest = useRef({ apply, show, ignore });
  latest.current = { apply, show, ignore };
  // An empty suggestion means "apply the rule's own safe fix" (used for deletions, whose fix may also take a space).
  const onApply = useCallback(
    (f: Finding, sug: string) => void latest.current.apply([sug === "" && f.fix ? f.fix : suggestionEdit(f, sug)]),
    [],
  );
  const onShow = useCallback((f: Finding) => latest.current.show(f), []);
  const onIgnore = useCallback((f: Finding) => latest.current.ignore(f), []);

  const onRefresh = () => {
    announceNext.current = true;
    void refresh();
  };

  const textLang = LANG_TAG[checked?.result.language ?? ""] ?? "";

  return (
    <div className={s.root}>
      <div className={s.toolbar}>
        <Button appearance="secondary" icon={<ArrowClockwiseRegular />} onClick={onRefresh} disabled={working}>
          {t.checkAgain}
        </Button>
        {host.kind !== "standalone" && (
          <Field label={t.scopeLabel} size="small">
            <Select size="small" value={scope} onChange={(_, d) => onScopeChange(d.value === "selection" ? "selection" : "body")}>
              <option value="body">{t.scopeBody}</option>
              <option value="selection">{t.scopeSelection}</option>
            </Select>
          </Field>
        )}
        <div className={s.busy}>{(busy || working) && <Spinner size="extra-tiny" label={t.checking} />}</div>
      </div>

      <div className={s.srOnly} aria-live="polite" role="status" data-testid="live">
        {live}
      </div>

      {notice && (
        <MessageBar intent={notice.intent} data-testid="notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={<Button appearance="transparent" size="small" aria-label={t.dismiss} icon={<DismissRegular />} onClick={() => setNotice(null)} />}
          >
            {notice.canUndo && (
              <Button size="small" icon={<ArrowUndoRegular />} onClick={() => void undo()}>
                {t.undo}
              </Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}

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
          <Summary result={checked.result} groups={groups} strings={t} locale={locale} ruleName={ruleName} />

          {canEdit && safe.length > 0 && (
            <div className={s.fixAll}>
              <Button appearance="primary" icon={<CheckmarkRegular />} onClick={() => void apply(safe)} disabled={working} aria-describedby="kk-fixall-hint">
                {format(t.fixAllSafe, { n: safe.length })}
              </Button>
              <p className={s.hint} id="kk-fixall-hint">
                {t.fixAllSafeHint}
              </p>
            </div>
          )}

          <section aria-labelledby="kk-findings-heading">
            <h2 id="kk-findings-heading" className={s.heading}>
              {t.findingsHeading} ({visible.length})
            </h2>
            {visible.length === 0 && <p className={s.empty}>{t.noFindings}</p>}
            {ignoredCount > 0 && (
              <p className={s.hint}>
                {plural(t.ignoredCount, ignoredCount)}{" "}
                <Button appearance="transparent" size="small" onClick={() => setIgnored(new Set())}>
                  {t.showIgnored}
                </Button>
              </p>
            )}
            {groups.map((g) => {
              const limit = shown[g.rule] ?? PAGE_SIZE;
              const rest = g.findings.length - limit;
              const open = !closed.has(g.rule);
              const panelId = `kk-group-${g.rule}`;
              return (
                <section className={s.group} key={g.rule} data-testid="rule-group" data-rule={g.rule}>
                  <h3 className={s.groupHeading}>
                    <Button
                      appearance="subtle"
                      className={s.groupToggle}
                      icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
                      aria-expanded={open}
                      aria-controls={panelId}
                      onClick={() =>
                        setClosed((prev) => {
                          const next = new Set(prev);
                          if (next.has(g.rule)) next.delete(g.rule);
                          else next.add(g.rule);
                          return next;
                        })
                      }
                    >
                      {`${ruleName(g.rule)} (${g.findings.length})`}
                    </Button>
                  </h3>
                  <div id={panelId} hidden={!open}>
                    <ul className={s.list}>
                      {g.findings.slice(0, limit).map((f) => (
                        <FindingCard
                          key={keyOf.get(f)}
                          finding={f}
                          textLang={textLang}
                          strings={t}
                          canEdit={editableSpan(f.start, f.end)}
                          canSelect={canSelect}
                          onApply={onApply}
                          onShow={onShow}
                          onIgnore={onIgnore}
                        />
                      ))}
                    </ul>
                    {rest > 0 && (
                      <Button appearance="subtle" onClick={() => setShown((p) => ({ ...p, [g.rule]: limit + PAGE_SIZE }))}>
                        {format(t.showMore, { n: Math.min(rest, PAGE_SIZE) })}
                      </Button>
                    )}
                  </div>
                </section>
              );
            })}
          </section>
        </>
      )}
    </div>
  );
}
