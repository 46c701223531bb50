/** The Fluent theme: Office's theme when it tells us, else the system's; high contrast under forced colours. */
import { useEffect, useState } from "react";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeTheme } from "../office/boot";

export type ThemeName = "light" | "dark" | "high-contrast";

export function chooseTheme(officeTheme: OfficeTheme | undefined, prefersDark: boolean, forcedColors: boolean): ThemeName {
  if (forcedColors) return "high-contrast";
  if (officeTheme) return officeTheme;
  return prefersDark ? "dark" : "light";
}

export const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

function useMedia(query: string): boolean {
  const get = () => typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(query).matches;
  const [matches, setMatches] = useState(get);
  useEffect(() => {
    if (typeof window === "undefined" || typeof window.matchMedia !== "function") return;
    const mq = window.matchMedia(query);
    const on = () => setMatches(mq.matches);
    on();
    mq.addEventListener?.("change", on);
    return () => mq.removeEventListener?.("change", on);
  }, [query]);
  return matches;
}

export function useThemeName(officeTheme: OfficeTheme | undefined): ThemeName {
  const dark = useMedia("(prefers-color-scheme: dark)");
  const forced = useMedia("(forced-colors: active)");
  return chooseTheme(officeTheme, dark, forced);
}
