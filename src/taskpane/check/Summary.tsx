/**
 * The summary at the top of «Sjekk»: LIX with its band, the reason it is high and what LIX is, counts,
 * and «Funn per regel» as toggle buttons that filter the list (press again, or «Alle regler», to clear).
 */
import { useState } from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings } from "../i18n/pane-strings";
import type { AnalysisResult, Locale } from "../../core/model";
import type { Strings } from "../i18n/strings";
import { format, formatNumber } from "../i18n/locale";
import { lixReason, type RuleGroup } from "./findings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  lixRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  caption: { color: tokens.colorNeutralForeground2 },
  lix: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  reason: { margin: 0, color: tokens.colorNeutralForeground2 },
  stats: { display: "flex", columnGap: tokens.spacingHorizontalL, rowGap: 0, margin: 0, flexWrap: "wrap" },
  stat: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS },
  statLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  statValue: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  perRule: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  perRuleLabel: { display: "flex", alignItems: "center" },
  chip: { minWidth: 0, minHeight: "24px", fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  inlineButton: { minWidth: 0, padding: 0, height: "auto", verticalAlign: "baseline", fontSize: "inherit", textDecorationLine: "underline" },
  explain: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

const BAND_COLOR = {
  "very-easy": "success",
  easy: "success",
  medium: "warning",
  hard: "danger",
  "very-hard": "danger",
} as const;

export interface SummaryProps {
  result: AnalysisResult;
  groups: RuleGroup[];
  strings: Strings;
  pane: PaneStrings;
  locale: Locale;
  ruleName(rule: string): string;
  /** The rule the list is filtered to (null: all). */
  filter: string | null;
  onFilter(rule: string | null): void;
}

export function Summary({ result, groups, strings: t, pane: p, locale, ruleName, filter, onFilter }: SummaryProps) {
  const s = useStyles();
  const [lixOpen, setLixOpen] = useState(false);
  const { stats } = result;
  const reason = lixReason(stats);
  const avg = formatNumber(locale, stats.avgSentenceLength, 1);
  const pct = formatNumber(locale, stats.longWordPercent, 0);
  const reasonText =
    reason?.kind === "sentences" ? format(t.reasonSentences, { avg }) : reason?.kind === "words" ? format(t.reasonWords, { pct }) : reason?.kind === "both" ? format(t.reasonBoth, { avg, pct }) : null;
  return (
    <section className={s.root} aria-labelledby="kk-summary-heading">
      <h2 id="kk-summary-heading" className={s.heading}>
        {t.summaryHeading}
      </h2>
      <div className={s.lixRow}>
        <span className={s.caption}>{t.readability}:</span>
        <span className={s.lix} data-testid="lix">
          {format(t.lix, { lix: formatNumber(locale, stats.lix, 0) })}
        </span>
        <Badge appearance="filled" color={BAND_COLOR[stats.band]} data-testid="lix-band">
          {t.bands[stats.band]}
        </Badge>
      </div>
      <p className={s.explain} id="kk-lix-explain" hidden={!lixOpen} data-testid="lix-explain">
        {p.lixExplain}
      </p>
      <p className={s.reason}>
        {reasonText && <span data-testid="lix-reason">{reasonText} </span>}
        <Button size="small" appearance="transparent" className={s.inlineButton} aria-expanded={lixOpen} aria-controls="kk-lix-explain" onClick={() => setLixOpen((o) => !o)} data-testid="lix-what">
          {p.lixWhat}
        </Button>
      </p>
      <dl className={s.stats}>
        {[
          [t.words, stats.words],
          [t.sentences, stats.sentences],
          [t.paragraphs, stats.paragraphs],
        ].map(([label, value]) => (
          <div className={s.stat} key={String(label)}>
            <dt className={s.statLabel}>{label}</dt>
            <dd className={s.statValue}>{formatNumber(locale, Number(value))}</dd>
          </div>
        ))}
      </dl>
      {groups.length > 0 && (
        <>
          <ul className={s.perRule} aria-labelledby="kk-per-rule" data-testid="per-rule">
            <li className={s.perRuleLabel}>
              <h3 className={s.subheading} id="kk-per-rule">
                {t.perRuleLabel}:
              </h3>
            </li>
            <li>
              <Button size="small" shape="circular" className={s.chip} appearance={filter === null ? "primary" : "outline"} aria-pressed={filter === null} onClick={() => onFilter(null)} data-testid="filter-all">
                {p.filterAll}
              </Button>
            </li>
            {groups.map((g) => (
              <li key={g.rule}>
                <Button
                  size="small"
                  shape="circular"
                  className={s.chip}
                  appearance={filter === g.rule ? "primary" : "outline"}
                  aria-pressed={filter === g.rule}
                  onClick={() => onFilter(filter === g.rule ? null : g.rule)}
                  data-testid="filter-chip"
                  data-rule={g.rule}
                >
                  {`${ruleName(g.rule)}: ${g.findings.length}`}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
