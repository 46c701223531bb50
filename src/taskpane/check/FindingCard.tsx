/** One finding: the flagged text, the message, suggestion buttons, «Vis» and «Ignorer». */
import { memo } from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { EyeRegular, EyeOffRegular } from "@fluentui/react-icons";
import type { Finding } from "../../core/model";
import type { Strings } from "../i18n/strings";
import { format } from "../i18n/locale";
import { usableSuggestions } from "./findings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  quote: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word" },
  message: { margin: 0, color: tokens.colorNeutralForeground1 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  suggestionLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  suggestionText: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Long spans (whole sentences) are shortened for the heading and button names. */
export function shorten(text: string, max = 80): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export interface FindingCardProps {
  finding: Finding;
  /** Language of the checked text (BCP 47), for screen readers. */
  textLang: string;
  strings: Strings;
  canEdit: boolean;
  canSelect: boolean;
  /** Stable callbacks that take the finding (so unchanged cards need not re-render on each check). */
  onApply(finding: Finding, replacement: string): void;
  onShow(finding: Finding): void;
  onIgnore(finding: Finding): void;
}

function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.rule === b.rule && a.start === b.start && a.end === b.end && a.text === b.text && a.message === b.message && a.severity === b.severity &&
      a.suggestions.length === b.suggestions.length && a.suggestions.every((s, i) => s === b.suggestions[i]))
  );
}

/** Re-render only when what the card shows (or does) changed. */
export const FindingCard = memo(FindingCardView, (a, b) =>
  sameFinding(a.finding, b.finding) && a.textLang === b.textLang && a.strings === b.strings && a.canEdit === b.canEdit && a.canSelect === b.canSelect &&
  a.onApply === b.onApply && a.onShow === b.onShow && a.onIgnore === b.onIgnore,
);

function FindingCardView({ finding: f, textLang, strings: t, canEdit, canSelect, onApply, onShow, onIgnore }: FindingCardProps) {
  const s = useStyles();
  const short = shorten(f.text, 40);
  const suggestions = usableSuggestions(f);
  const deletion = f.fix !== undefined && f.fix.replacement === "";
  return (
    <li className={s.root} data-testid="finding" data-rule={f.rule}>
      <div className={s.head}>
        <Badge appearance="tint" color={SEVERITY_COLOR[f.severity] ?? "informative"} size="small">
          {t.severity[f.severity] ?? f.severity}
        </Badge>
        <span className={s.quote} lang={textLang}>
          {format(t.quote, { t: shorten(f.text) })}
        </span>
      </div>
      <p className={s.message}>{f.message}</p>
      {(suggestions.length > 0 || (deletion && canEdit)) &&
        (canEdit ? (
          <div className={s.row} role="group" aria-label={t.suggestionsLabel}>
            {deletion && (
              <Button size="small" appearance="secondary" onClick={() => onApply(f, "")} aria-label={format(t.deleteWordLabel, { t: short })}>
                {t.deleteWord}
              </Button>
            )}
            {suggestions.map((sug) => (
              <Button key={sug} size="small" appearance="secondary" onClick={() => onApply(f, sug)} aria-label={format(t.replaceWithLabel, { s: sug, t: short })}>
                {format(t.replaceWith, { s: sug })}
              </Button>
            ))}
          </div>
        ) : (
          <p className={s.suggestionText}>
            {t.suggestionsLabel}: {suggestions.map((x) => format(t.quote, { t: x })).join(", ")}
          </p>
        ))}
      <div className={s.row}>
        {canSelect && (
          <Button size="small" appearance="subtle" icon={<EyeRegular />} onClick={() => onShow(f)} aria-label={format(t.showLabel, { t: short })}>
            {t.show}
          </Button>
        )}
        <Button size="small" appearance="subtle" icon={<EyeOffRegular />} onClick={() => onIgnore(f)} aria-label={format(t.ignoreLabel, { t: short })}>
          {t.ignore}
        </Button>
      </div>
    </li>
  );
}
