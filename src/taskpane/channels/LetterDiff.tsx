/**
 * Draft → letter, inline: words the letter added and words it left out, each marked by more than
 * colour (underline / strike-through, and a hidden «lagt til:» / «fjernet:» for screen readers).
 * Computed only when opened, and only for drafts short enough to compare quickly.
 */
import { useMemo, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { diffWords } from "diff";
import type { PreviewStrings } from "./preview-strings";

/** Longer drafts are not compared (diffing is quadratic in the worst case). */
export const DIFF_MAX_CHARS = 20_000;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  diff: { margin: 0, whiteSpace: "pre-wrap", wordBreak: "break-word", padding: tokens.spacingHorizontalS, border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  ins: {
    backgroundColor: "#DFF6DD",
    color: "#0E3B0E",
    textDecorationLine: "underline",
    "@media (forced-colors: active)": { backgroundColor: "Canvas", color: "CanvasText", forcedColorAdjust: "none" },
  },
  del: {
    backgroundColor: "#FDE7E9",
    color: "#5C0A12",
    textDecorationLine: "line-through",
    "@media (forced-colors: active)": { backgroundColor: "Canvas", color: "GrayText", forcedColorAdjust: "none" },
  },
  sr: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function LetterDiff({ draft, letter, ps }: { draft: string; letter: string; ps: PreviewStrings }) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const tooLong = draft.length > DIFF_MAX_CHARS || letter.length > DIFF_MAX_CHARS;
  const parts = useMemo(() => (open && !tooLong ? diffWords(draft, letter) : null), [open, tooLong, draft, letter]);
  return (
    <div className={s.root}>
      <Button size="small" aria-expanded={open} aria-controls="kk-letter-diff" onClick={() => setOpen((o) => !o)} data-testid="letter-diff-toggle">
        {open ? ps.diffHide : ps.diffShow}
      </Button>
      {open && (
        <div id="kk-letter-diff">
          {tooLong ? (
            <p className={s.note}>{ps.diffTooLong}</p>
          ) : parts && parts.every((p) => !p.added && !p.removed) ? (
            <p className={s.note}>{ps.diffSame}</p>
          ) : (
            <p className={s.diff} data-testid="letter-diff">
              {parts?.map((p, i) =>
                p.added ? (
                  <ins key={i} className={s.ins}>
                    <span className={s.sr}>{ps.diffAdded} </span>
                    {p.value}
                  </ins>
                ) : p.removed ? (
                  <del key={i} className={s.del}>
                    <span className={s.sr}>{ps.diffRemoved} </span>
                    {p.value}
                  </del>
                ) : (
                  <span key={i}>{p.value}</span>
                ),
              )}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
