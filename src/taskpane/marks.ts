/**
 * The one look for marked words and characters (finding cards, «Kanaler»): dark text on yellow in every theme (the
 * colours are fixed, not theme tokens, so dark mode cannot turn the text white on yellow), and the
 * system's own Mark colours in forced-colours mode. Contrast #242424 on #FFF0A0 ≈ 13:1.
 */
import type { GriffelStyle } from "@fluentui/react-components";

export const MARK_BACKGROUND = "#FFF0A0";
export const MARK_TEXT = "#242424";

export const markStyle: GriffelStyle = {
  backgroundColor: MARK_BACKGROUND,
  color: MARK_TEXT,
  outline: "1px solid #8A6D00",
  borderRadius: "2px",
  "@media (forced-colors: active)": { backgroundColor: "Mark", color: "MarkText", outline: "1px solid CanvasText", forcedColorAdjust: "none" },
};
