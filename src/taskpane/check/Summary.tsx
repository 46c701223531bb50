/** The summary at the top of «Sjekk»: LIX with its band and the reason it is high, counts, findings per rule. */
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { AnalysisResult, Locale } from "../../core/model";
import type { Strings } from "../i18n/strings";
import { format, formatNumber } from "../i18n/locale";
import { lixReason, type RuleGroup } from "./findings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  lixRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  caption: { color: tokens.colorNeutralForeground2 },
  lix: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  reason: { margin: 0, color: tokens.colorNeutralForeground2 },
  stats: { display: "flex", gap: tokens.spacingHorizontalL, margin: 0, flexWrap: "wrap" },
  stat: { display: "flex", flexDirection: "column" },
  statLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  statValue: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  perRule: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
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
  locale: Locale;
  ruleName(rule: string): string;
}

export function Summary({ result, groups, strings: t, locale, ruleName }: SummaryProps) {
  const s = useStyles();
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
      {reasonText && (
        <p className={s.reason} data-testid="lix-reason">
          {reasonText}
        </p>
      )}
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
          <h3 className={s.subheading} id="kk-per-rule">
            {t.perRuleLabel}
          </h3>
          <ul className={s.perRule} aria-labelledby="kk-per-rule" data-testid="per-rule">
            {groups.map((g) => (
              <li key={g.rule}>
                <Badge appearance="outline" color="informative">
                  {`${ruleName(g.rule)}: ${g.findings.length}`}
                </Badge>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
