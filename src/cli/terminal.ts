// Text from a draft (or a file name) made safe to print on a terminal: a control character (NUL, ESC and the
// rest of C0, DEL, C1 such as CSI U+009B) is shown as a visible symbol instead of reaching the terminal, where
// "\x1b[2J" would clear the screen and other sequences set the window title or write to the clipboard.
// Bidirectional overrides (U+202A–U+202E, U+2066–U+2069) are shown as <U+202E>, so a report line reads as
// it is stored. Line breaks are left to the caller (the reports put a finding on one line).

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟ (control pictures)
  if (code === 0x7f) return "\u2421"; // ␡
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

/** `s` with every control character except tab and line feed shown as a visible symbol. */
export function printable(s: string): string {
  return s.replace(UNSAFE, visible);
}
