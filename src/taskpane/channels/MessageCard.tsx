/**
 * The message card at the top of «Kanaler»: what the checker read from the draft (hva, når, hvor,
 * gjør dette, frist, avsender, publikum), bound to the message model (src/core/message/types.ts).
 * The user corrects the audience, the sender or the key date; the panel composes every variant again
 * with the correction. Hidden when the composer sends no message (before the message model lands).
 */
import { useEffect, useState } from "react";
import { Field, Input, Radio, RadioGroup, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Message, MessageOverride, MessageTime } from "../../core/message/types";
import type { PreviewStrings } from "./preview-strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  h: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  p: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  dl: { margin: 0, display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0, wordBreak: "break-word" },
});

/** The message from a variants result, when it carries one (the lead's model), else null. */
export function messageOf(result: unknown): Message | null {
  const m = (result as { message?: unknown })?.message;
  if (!m || typeof m !== "object") return null;
  const msg = m as Partial<Message>;
  return msg.subject && Array.isArray(msg.events) && Array.isArray(msg.actions) && msg.audience ? (msg as Message) : null;
}

/** Every time the message knows, for picking the key date (by its draft offset). */
function timesOf(m: Message): MessageTime[] {
  const out: MessageTime[] = [];
  for (const e of m.events) {
    if (e.when) out.push(e.when);
    for (const t of e.otherTimes ?? []) out.push(t);
  }
  for (const a of m.actions) if (a.deadline) out.push(a.deadline);
  const seen = new Set<number>();
  return out.filter((t) => (seen.has(t.start) ? false : (seen.add(t.start), true)));
}

export interface MessageCardProps {
  message: Message;
  override: MessageOverride;
  ps: PreviewStrings;
  textLang: string;
  onOverride(next: MessageOverride): void;
}

export function MessageCard({ message: m, override, ps, textLang, onOverride }: MessageCardProps) {
  const s = useStyles();
  const key = m.events[0];
  const times = timesOf(m);
  const action = m.actions[0];
  const [sender, setSender] = useState(override.sender ?? m.sender?.name ?? "");
  useEffect(() => setSender(override.sender ?? m.sender?.name ?? ""), [override.sender, m.sender?.name]);
  const audience = override.audience ?? m.audience.value;
  const keyStart = override.keyTime?.start ?? key?.when?.start;
  const none = <span className={s.p}>{ps.msgNone}</span>;
  return (
    <section className={s.root} aria-labelledby="kk-message-heading" data-testid="message-card">
      <h3 className={s.h} id="kk-message-heading">
        {ps.msgHeading}
      </h3>
      <p className={s.p}>{ps.msgIntro}</p>
      <dl className={s.dl} lang={textLang}>
        <dt className={s.dt}>{ps.msgWhat}</dt>
        <dd className={s.dd} data-testid="message-what">{key?.what.text ?? m.subject.text}</dd>
        <dt className={s.dt}>{ps.msgWhen}</dt>
        <dd className={s.dd} data-testid="message-when">{key?.when ? `${key.when.text}${key.when.clock ? ` ${key.when.clock.text}` : ""}` : none}</dd>
        <dt className={s.dt}>{ps.msgWhere}</dt>
        <dd className={s.dd}>{key?.where?.text ?? none}</dd>
        <dt className={s.dt}>{ps.msgDo}</dt>
        <dd className={s.dd}>{action?.text ?? none}</dd>
        <dt className={s.dt}>{ps.msgDeadline}</dt>
        <dd className={s.dd}>{action?.deadline?.text ?? none}</dd>
      </dl>
      {times.length > 1 && (
        <Field label={ps.msgKeyDate} size="small">
          <Select
            size="small"
            value={keyStart === undefined ? "" : String(keyStart)}
            data-testid="message-key-date"
            onChange={(_, d) => onOverride({ ...override, keyTime: { start: Number(d.value), role: "new" } })}
          >
            {times.map((t) => (
              <option key={t.start} value={String(t.start)}>
                {`${t.text} (${ps.msgRoles[t.role] ?? t.role})`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={ps.msgSender} size="small">
        <Input
          size="small"
          value={sender}
          data-testid="message-sender"
          onChange={(_, d) => setSender(d.value)}
          onBlur={() => sender.trim() !== (override.sender ?? m.sender?.name ?? "") && onOverride({ ...override, sender: sender.trim().slice(0, 200) })}
        />
      </Field>
      <Field label={ps.msgAudience} size="small">
        <RadioGroup layout="horizontal" value={audience} onChange={(_, d) => onOverride({ ...override, audience: d.value === "personal" ? "personal" : "public" })} data-testid="message-audience">
          <Radio value="public" label={ps.msgAudienceAll} />
          <Radio value="personal" label={ps.msgAudienceOne} />
        </RadioGroup>
      </Field>
    </section>
  );
}
