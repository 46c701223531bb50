/**
 * A channel's notes (its own checks): each quotes the text it is about, can mark it in the field and,
 * where the note carries a suggestion, offers the fix. Long lists show 30 at a time (a long letter
 * can have thousands of notes; rendering them all froze the pane).
 */
import { useState } from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../../core/model";
import type { ChannelStrings } from "./strings";
import type { PreviewStrings } from "./preview-strings";
import { fill } from "./sms-view";
import { markStyle } from "../marks";

export const NOTES_PAGE = 30;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: tokens.spacingVerticalS, borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke1}` },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  quote: { margin: 0, wordBreak: "break-word" },
  mark: markStyle,
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  p: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

function short(t: string, n = 60): string {
  const x = t.replace(/\s+/g, " ").trim();
  return x.length > n ? `${x.slice(0, n - 1)}…` : x;
}

export interface ChannelNotesProps {
  channel: string;
  findings: Finding[];
  text: string;
  textLang: string;
  t: ChannelStrings;
  ps: PreviewStrings;
  onMark(f: Finding): void;
  onFix(f: Finding, replacement: string): void;
}

export function ChannelNotes({ channel, findings, text, textLang, t, ps, onMark, onFix }: ChannelNotesProps) {
  const s = useStyles();
  const [shown, setShown] = useState(NOTES_PAGE);
  if (findings.length === 0) return <p className={s.p}>{t.noFindings}</p>;
  const rest = findings.length - shown;
  return (
    <>
      <ul className={s.list} data-testid={`channel-findings-${channel}`}>
        {findings.slice(0, shown).map((f, i) => {
          const inText = f.end > f.start && f.end <= text.length && text.slice(f.start, f.end) === f.text;
          const fixes = inText ? (f.fix ? [f.fix.replacement] : f.suggestions).filter((x) => typeof x === "string" && x !== f.text).slice(0, 3) : [];
          return (
            <li key={`${f.rule}-${f.start}-${i}`} className={s.item} data-rule={f.rule} data-severity={f.severity}>
              <div className={s.head}>
                <Badge appearance={f.severity === "error" ? "filled" : "tint"} color={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"}>
                  {t.severity[f.severity]}
                </Badge>
              </div>
              {inText && (
                <p className={s.quote} data-testid="note-quote">
                  {ps.noteQuote.split("{t}")[0]}
                  <mark className={s.mark} lang={textLang}>
                    {short(f.text)}
                  </mark>
                  {ps.noteQuote.split("{t}")[1] ?? ""}
                </p>
              )}
              <span>{f.message}</span>
              {inText && (
                <div className={s.row}>
                  <Button size="small" appearance="subtle" aria-label={fill(t.markInTextLabel, { text: short(f.text, 40) })} onClick={() => onMark(f)}>
                    {t.markInText}
                  </Button>
                  {fixes.map((r) => (
                    <Button key={r} size="small" aria-label={fill(ps.noteFixLabel, { t: short(f.text, 40), s: r })} onClick={() => onFix(f, r)} data-testid="note-fix">
                      {fill(ps.noteFix, { s: r === "" ? "∅" : short(r, 30) })}
                    </Button>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {rest > 0 && (
        <Button appearance="subtle" onClick={() => setShown((n) => n + NOTES_PAGE)}>
          {fill(ps.notesMore, { n: Math.min(rest, NOTES_PAGE) })}
        </Button>
      )}
    </>
  );
}
