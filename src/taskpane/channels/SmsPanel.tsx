/**
 * The SMS beyond its text field: what it costs and why in one sentence, the characters that make it
 * dearer (named, with «Fjern» or «Bytt til»), the link policy with a one-click change, and a phone
 * preview: the sender ID over a bubble per part, costly characters marked.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Settings } from "../settings/model";
import type { PreviewStrings } from "./preview-strings";
import { charName, costSentence, distinctChars, fill, removeChar, smsParts, type SmsCount } from "./sms-view";
import { markStyle } from "../marks";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  p: { margin: 0, fontSize: tokens.fontSizeBase300 },
  small: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  h: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  chars: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  char: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  phone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusXLarge,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    maxWidth: "100%",
  },
  sender: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground1 },
  bubble: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: "16px 16px 16px 4px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
    fontSize: tokens.fontSizeBase300,
  },
  partLabel: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  mark: markStyle,
  policy: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface SmsPanelProps {
  text: string;
  info: SmsCount;
  /** Cost of the text with the costly characters made GSM-safe (for «Uten disse tegnene …»). */
  withoutCostly: { segments: number } | null;
  senderId?: string;
  links: NonNullable<Settings["smsLinks"]>;
  ps: PreviewStrings;
  textLang: string;
  onEdit(next: string, announce: string): void;
  count(text: string): SmsCount;
  onLinks?(policy: NonNullable<Settings["smsLinks"]>): void;
}

function marked(text: string, from: number, to: number, spans: SmsCount["nonGsm"], cls: string, ps: PreviewStrings) {
  const out: Array<string | JSX.Element> = [];
  let at = from;
  for (const sp of spans) {
    if (sp.start < at || sp.start >= to) continue;
    out.push(text.slice(at, sp.start));
    const ch = text.slice(sp.start, sp.end);
    out.push(
      <mark key={sp.start} className={cls} title={charName(sp.char, ps)}>
        {ch === "\u00a0" ? "⍽" : ch}
      </mark>,
    );
    at = sp.end;
  }
  out.push(text.slice(at, to));
  return out;
}

export function SmsPanel({ text, info, withoutCostly, senderId, links, ps, textLang, onEdit, count, onLinks }: SmsPanelProps) {
  const s = useStyles();
  const parts = smsParts(text, info.encoding);
  const chars = distinctChars(info.nonGsm);
  const others = (["none", "domain", "url"] as const).filter((p) => p !== links);
  return (
    <div className={s.root} data-testid="sms-panel">
      <p className={s.p} data-testid="sms-cost">
        {costSentence(info, ps, withoutCostly)}
      </p>

      {chars.length > 0 && (
        <section aria-labelledby="kk-sms-chars" data-testid="sms-ucs2">
          <h4 className={s.h} id="kk-sms-chars">
            {ps.charsHeading}
          </h4>
          <ul className={s.chars}>
            {chars.map((c) => {
              const name = charName(c.char, ps);
              return (
                <li key={c.char} className={s.char} data-testid="sms-char">
                  <mark className={s.mark}>{c.char === "\u00a0" ? "⍽" : c.char}</mark>
                  <span>
                    {name}
                    {c.count > 1 ? ` (${fill(ps.charTimes, { n: c.count })})` : ""}
                  </span>
                  {c.replacement !== undefined && c.replacement !== "" && (
                    <Button
                      size="small"
                      aria-label={fill(ps.charReplaceLabel, { name, r: c.replacement === " " ? "␣" : c.replacement })}
                      onClick={() => {
                        const next = text.split(c.char).join(c.replacement!);
                        onEdit(next, fill(ps.charRemoved, { name, parts: count(next).segments }));
                      }}
                    >
                      {fill(ps.charReplace, { r: c.replacement === " " ? "␣" : c.replacement })}
                    </Button>
                  )}
                  <Button
                    size="small"
                    aria-label={fill(ps.charRemoveLabel, { name })}
                    data-testid="sms-char-remove"
                    onClick={() => {
                      const next = removeChar(text, c.char);
                      onEdit(next, fill(ps.charRemoved, { name, parts: count(next).segments }));
                    }}
                  >
                    {ps.charRemove}
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <div className={s.policy} data-testid="sms-link-policy">
        <span className={s.small}>{fill(ps.linkPolicy, { policy: ps.linkPolicyNames[links] })}</span>
        {onLinks &&
          others.map((p) => (
            <Button key={p} size="small" appearance="secondary" onClick={() => onLinks(p)} data-testid={`sms-links-${p}`}>
              {fill(ps.linkPolicyChange, { policy: ps.linkPolicyNames[p] })}
            </Button>
          ))}
      </div>

      {text.trim() !== "" && (
        <section aria-labelledby="kk-sms-preview">
          <h4 className={s.h} id="kk-sms-preview">
            {ps.previewHeading}
          </h4>
          <div className={s.phone} data-testid="sms-preview">
            <span className={s.sender} data-testid="sms-preview-sender">
              {senderId ? fill(ps.smsSender, { id: senderId }) : ps.smsNoSender}
            </span>
            {parts.map(([a, b], i) => (
              <div key={a}>
                {parts.length > 1 && <span className={s.partLabel}>{fill(ps.smsPart, { i: i + 1, n: parts.length })}</span>}
                <p className={s.bubble} lang={textLang} data-testid="sms-bubble">
                  {marked(text, a, b, info.nonGsm, s.mark, ps)}
                </p>
              </div>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
