/** "#1f1f1f" → true for a dark colour (relative luminance below one half); undefined when unparseable. */
export function isDarkColor(color: string | undefined): boolean | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec((color ?? "").trim());
  if (!m) return undefined;
  const n = parseInt(m[1]!, 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
  return l < 0.5;
}

/** "light" / "dark" from Office's body background colour, or undefined. */
export function themeOf(background: string | undefined): "light" | "dark" | undefined {
  const dark = isDarkColor(background);
  return dark === undefined ? undefined : dark ? "dark" : "light";
}
