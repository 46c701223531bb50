/**
 * The post as each chosen platform shows it: where «Se mer» cuts on mobile (Facebook, LinkedIn,
 * Instagram: about 125, 140 and 125 characters; research note channels.md §3.1, third-party figures),
 * and for X what does not fit in 280 weighted characters. The text after the cut is shown greyed
 * and struck through for X, behind «… Se mer» for the others.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Platform } from "./core";
import type { PreviewStrings } from "./preview-strings";
import { fill } from "./sms-view";

/** Approximate mobile fold per platform (characters), null where the whole text is shown. */
export const FOLD: Record<Platform, number | null> = { x: null, facebook: 125, linkedin: 140, instagram: 125 };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  h: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusLarge, border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1 },
  name: { fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, whiteSpace: "pre-wrap", wordBreak: "break-word", color: tokens.colorNeutralForeground1 },
  more: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  over: { color: tokens.colorNeutralForeground2, textDecorationLine: "line-through" },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Cut at the last space before `n` characters (code points), as the apps do. */
export function foldAt(text: string, n: number): number {
  const cps = Array.from(text);
  if (cps.length <= n) return text.length;
  const head = cps.slice(0, n).join("");
  const space = head.lastIndexOf(" ");
  return space > n / 2 ? space : head.length;
}

export interface PostPreviewsProps {
  text: string;
  platforms: readonly Platform[];
  names: Record<Platform, string>;
  /** X's weighted length of the text, and X's limit. */
  xLength: number;
  xMax: number;
  ps: PreviewStrings;
  textLang: string;
  /** Where the text passes X's limit (offset), when it does. */
  xCut: number | null;
}

export function PostPreviews({ text, platforms, names, xLength, xMax, ps, textLang, xCut }: PostPreviewsProps) {
  const s = useStyles();
  if (!text.trim()) return null;
  return (
    <section className={s.root} aria-labelledby="kk-post-preview" data-testid="post-previews">
      <h4 className={s.h} id="kk-post-preview">
        {ps.postPreviewHeading}
      </h4>
      {platforms.map((p) => {
        const fold = FOLD[p];
        const cut = fold === null ? (xLength > xMax && xCut !== null ? xCut : text.length) : foldAt(text, fold);
        const rest = text.slice(cut);
        return (
          <article key={p} className={s.card} aria-label={names[p]} data-testid="post-preview" data-platform={p} data-cut={cut}>
            <span className={s.name}>{names[p]}</span>
            <p className={s.text} lang={textLang}>
              {text.slice(0, cut)}
              {rest && fold !== null && <span className={s.more}>{ps.seeMore}</span>}
              {rest && fold === null && <span className={s.over}>{rest}</span>}
            </p>
            <p className={s.note}>
              {fold !== null ? fill(ps.foldNote, { n: fold, platform: names[p] }) : rest ? fill(ps.xOver, { max: xMax }) : fill(ps.noFold, { platform: names[p], max: xMax })}
            </p>
          </article>
        );
      })}
    </section>
  );
}
