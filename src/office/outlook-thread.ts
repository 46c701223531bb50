/**
 * Where a reply's quoted thread starts in a plain-text body. Outlook on the web and new Outlook leave the
 * thread out when `body.getAsync` is given `bodyMode: HostConfig` (Mailbox 1.14); classic Outlook on
 * Windows and Outlook on Mac ignore the option and return the whole conversation (office.body.yml,
 * getAsync remarks). Checking that text would check — and show — other people's messages and personal
 * data, so on those clients the adapter cuts the body at the first reply header it recognises.
 * Pure: no Office globals.
 */

const SEPARATOR = /^\s*-{2,}\s*(original message|opprinnelig melding|opphavleg melding|forwarded message|videresendt melding)\s*-{2,}\s*$/i;
const FROM = /^\s*\**(from|fra|frå)\s*:\**\s+\S/i;
const SENT = /^\s*\**(sent|sendt|date|dato)\s*:\**\s+\S/i;
const WROTE = /^\s*(on|den|på)\s.{4,200}\b(wrote|skrev|skreiv)\b.{0,160}:\s*$/i;

/** Index in `text` where the quoted thread starts, or -1 when none is recognised. */
export function quotedThreadStart(text: string): number {
  const lines = text.split("\n");
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    const next = lines.slice(i + 1, i + 5).map((l) => l.replace(/\r$/, ""));
    const quoted = line.startsWith(">") && (lines[i + 1] ?? "").startsWith(">");
    if (SEPARATOR.test(line) || (FROM.test(line) && next.some((l) => SENT.test(l))) || (WROTE.test(line) && i > 0) || quoted) return at;
    at += lines[i]!.length + 1;
  }
  return -1;
}

/** The user's own part of a reply: everything before the quoted thread, trailing blank lines removed. */
export function ownPart(text: string): { text: string; cut: boolean } {
  const at = quotedThreadStart(text);
  if (at < 0) return { text, cut: false };
  return { text: text.slice(0, at).replace(/[\s\u00a0]+$/, ""), cut: true };
}
