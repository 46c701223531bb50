/**
 * One finding as one tab stop: where it is (subject or paragraph), its sentence with the flagged words
 * marked, the message, and its actions. Inside the card, Left/Right move between the buttons
 * (roving focus; the buttons are not tab stops of their own), Escape goes back to the card.
 */
import { Suspense, lazy, memo, useId, useState, type KeyboardEvent } from "react";
import { Badge, Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { EyeRegular, EyeOffRegular, MoreHorizontalRegular, QuestionCircleRegular } from "@fluentui/react-icons";
import type { Finding } from "../../core/model";
import type { Strings } from "../i18n/strings";
import type { PaneStrings } from "../i18n/pane-strings";
import { format } from "../i18n/locale";
import { usableSuggestions } from "./findings";
import { markStyle } from "../marks";
import type { Excerpt } from "./outline";
import { REWRITE_RULES, SentenceRewrite, type RewriteOffer } from "./SentenceRewrite";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    outlineOffset: "2px",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    ":focus": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: { borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}` },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  where: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  context: { margin: 0, wordBreak: "break-word", lineHeight: tokens.lineHeightBase300 },
  mark: { ...markStyle, fontWeight: tokens.fontWeightSemibold, textDecorationLine: "underline", textDecorationThickness: "2px", padding: "0 1px" },
  message: { margin: 0, color: tokens.colorNeutralForeground1 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  suggestionText: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  why: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1, paddingLeft: tokens.spacingHorizontalS, borderLeft: `2px solid ${tokens.colorNeutralStroke1}` },
});

const CardMenu = lazy(() => import(/* webpackChunkName: "card-menu" */ "./CardMenu"));

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Long spans (whole sentences) are shortened for button names. */
export function shorten(text: string, max = 80): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

export interface FindingCardProps {
  finding: Finding;
  /** Position in the list as shown (0-based) and its length, for screen readers. */
  index: number;
  count: number;
  /** "Avsnitt 3" or "Emnefeltet". */
  where: string;
  excerpt: Excerpt;
  /** The finding starts a sentence (its replacement gets a capital). */
  sentenceStart: boolean;
  current: boolean;
  /** Language of the checked text (BCP 47), for screen readers. */
  textLang: string;
  ruleName: string;
  strings: Strings;
  pane: PaneStrings;
  canEdit: boolean;
  canSelect: boolean;
  onApply(finding: Finding, replacement: string | null, index: number): void;
  onShow(finding: Finding): void;
  onIgnore(finding: Finding, index: number): void;
  onIgnoreRule(finding: Finding, index: number): void;
  onAddWord(finding: Finding, index: number): void;
  /** Move focus to another card: +1, -1, or "first"/"last". */
  onMove(index: number, to: number | "first" | "last"): void;
  onFocus(index: number): void;
  /** «Skriv om setningen»: the sentence's rewrite, computed on demand, and applying it. */
  rewriteOf?(finding: Finding): Promise<RewriteOffer | null>;
  onApplyRewrite?(finding: Finding, offer: RewriteOffer, index: number): void;
}

/** A new finding object comes with every check: the rewrite offer starts over with it (its text may differ). */
const IDS = new WeakMap<Finding, number>();
let nextId = 0;
function findingId(f: Finding): number {
  let n = IDS.get(f);
  if (n === undefined) IDS.set(f, (n = ++nextId));
  return n;
}

/** A word or short phrase that a word list can hold (not a whole sentence). */
export function wordLike(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 60 && !/[!?\n]|\.\s/.test(t) && t.split(/\s+/).length <= 4;
}

/** The card's buttons in order (for Left/Right). */
function buttonsOf(card: HTMLElement): HTMLElement[] {
  return Array.from(card.querySelectorAll<HTMLElement>("button:not([disabled])"));
}

/** Same excerpt text (a new object is made on every list render). */
function sameExcerpt(a: Excerpt, b: Excerpt): boolean {
  return a === b || (a.before === b.before && a.flagged === b.flagged && a.after === b.after && a.cutStart === b.cutStart && a.cutEnd === b.cutEnd);
}

/** Re-render a card only when what it shows or does changed (the list re-renders while checks run). */
export const FindingCard = memo(FindingCardView, (a, b) => {
  for (const k of Object.keys(a) as Array<keyof FindingCardProps>) {
    if (k === "excerpt") {
      if (!sameExcerpt(a.excerpt, b.excerpt)) return false;
    } else if (a[k] !== b[k]) return false;
  }
  return true;
});

function FindingCardView(p: FindingCardProps) {
  const s = useStyles();
  const { finding: f, strings: t, pane } = p;
  const [why, setWhy] = useState(false);
  const [menu, setMenu] = useState(false);
  const moreButton = (onClick: () => void) => (
    <Button size="small" appearance="subtle" tabIndex={-1} icon={<MoreHorizontalRegular />} aria-label={`${pane.more}: ${shorten(f.text, 40)}`} aria-haspopup="menu" onClick={onClick}>
      {pane.more}
    </Button>
  );
  const id = useId();
  const short = shorten(f.text, 40);
  const suggestions = usableSuggestions(f, p.sentenceStart);
  const deletion = f.fix !== undefined && f.fix.replacement === "";
  const whyText = pane.ruleWhy[f.rule];

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const card = e.currentTarget;
    const target = e.target as HTMLElement;
    // Keys from a menu rendered in a portal bubble through React but are not inside the card.
    if (!card.contains(target) || e.altKey || e.ctrlKey || e.metaKey) return;
    const onCard = target === card;
    const buttons = buttonsOf(card);
    if (onCard) {
      const move = e.key === "ArrowDown" ? 1 : e.key === "ArrowUp" ? -1 : e.key === "Home" ? "first" : e.key === "End" ? "last" : null;
      if (move !== null) {
        e.preventDefault();
        p.onMove(p.index, move);
      } else if ((e.key === "ArrowRight" || e.key === "Enter") && buttons[0]) {
        e.preventDefault();
        buttons[0].focus();
      }
      return;
    }
    const at = buttons.indexOf(target);
    if (at < 0) return;
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      e.preventDefault();
      const next = (at + (e.key === "ArrowRight" ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]!.focus();
    } else if (e.key === "Escape") {
      e.preventDefault();
      card.focus();
    }
  };

  return (
    <article
      className={mergeClasses(s.root, p.current && s.current)}
      tabIndex={0}
      data-testid="finding"
      data-rule={f.rule}
      data-index={p.index}
      aria-posinset={p.index + 1}
      aria-setsize={p.count}
      aria-labelledby={`${id}-head ${id}-ctx`}
      aria-describedby={`${id}-msg`}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target === e.currentTarget || e.currentTarget.contains(e.target as Node)) p.onFocus(p.index);
      }}
    >
      <div className={s.head} id={`${id}-head`}>
        <Badge appearance="tint" color={SEVERITY_COLOR[f.severity] ?? "informative"} size="small">
          {t.severity[f.severity] ?? f.severity}
        </Badge>
        <span className={s.where} data-testid="finding-where">
          {p.ruleName} · {p.where}
        </span>
      </div>
      <p className={s.context} id={`${id}-ctx`} lang={p.textLang} data-testid="finding-context">
        {p.excerpt.cutStart && "…"}
        {p.excerpt.before}
        <mark className={s.mark}>{p.excerpt.flagged}</mark>
        {p.excerpt.after}
        {p.excerpt.cutEnd && "…"}
      </p>
      <p className={s.message} id={`${id}-msg`}>
        {f.message}
      </p>
      {(suggestions.length > 0 || (deletion && p.canEdit)) &&
        (p.canEdit ? (
          <div className={s.row} role="group" aria-label={t.suggestionsLabel}>
            {deletion && (
              <Button size="small" appearance="secondary" tabIndex={-1} onClick={() => p.onApply(f, null, p.index)} aria-label={format(t.deleteWordLabel, { t: short })}>
                {t.deleteWord}
              </Button>
            )}
            {suggestions.map((sug) => (
              <Button key={sug} size="small" appearance="secondary" tabIndex={-1} onClick={() => p.onApply(f, sug, p.index)} aria-label={format(t.replaceWithLabel, { s: sug, t: short })}>
                {format(t.replaceWith, { s: sug })}
              </Button>
            ))}
          </div>
        ) : (
          <p className={s.suggestionText}>
            {t.suggestionsLabel}: {suggestions.map((x) => format(t.quote, { t: x })).join(", ")}
          </p>
        ))}
      {p.canEdit && p.rewriteOf && p.onApplyRewrite && REWRITE_RULES.has(f.rule) && (
        <SentenceRewrite key={findingId(f)} finding={f} index={p.index} short={short} textLang={p.textLang} rs={pane.rewrite} rewriteOf={p.rewriteOf} onApply={p.onApplyRewrite} />
      )}
      <div className={s.row}>
        {p.canSelect && (
          <Button size="small" appearance="subtle" tabIndex={-1} icon={<EyeRegular />} onClick={() => p.onShow(f)} aria-label={format(t.showLabel, { t: short })}>
            {t.show}
          </Button>
        )}
        <Button size="small" appearance="subtle" tabIndex={-1} icon={<EyeOffRegular />} onClick={() => p.onIgnore(f, p.index)} aria-label={format(t.ignoreLabel, { t: short })}>
          {t.ignore}
        </Button>
        {whyText && (
          <Button size="small" appearance="subtle" tabIndex={-1} icon={<QuestionCircleRegular />} aria-expanded={why} aria-controls={`${id}-why`} onClick={() => setWhy((w) => !w)}>
            {pane.why}
          </Button>
        )}
        {menu ? (
          <Suspense fallback={moreButton(() => undefined)}>
            <CardMenu
              label={`${pane.more}: ${short}`}
              text={pane.more}
              ignoreRule={pane.ignoreRule}
              addWord={wordLike(f.text) ? pane.addWord : undefined}
              onIgnoreRule={() => p.onIgnoreRule(f, p.index)}
              onAddWord={() => p.onAddWord(f, p.index)}
            />
          </Suspense>
        ) : (
          moreButton(() => setMenu(true))
        )}
      </div>
      {whyText && (
        <p className={s.why} id={`${id}-why`} hidden={!why} data-testid="finding-why">
          {whyText}
        </p>
      )}
    </article>
  );
}
