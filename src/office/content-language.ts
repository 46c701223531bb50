/**
 * The language the user writes the item in (`Office.context.contentLanguage`, e.g. "nn-NO") as a hint for
 * the checker: bokmål or nynorsk only — other languages are left to detection.
 */
export function languageHint(contentLanguage: string | undefined): "nb" | "nn" | undefined {
  const primary = (contentLanguage ?? "").trim().toLowerCase().split(/[-_]/)[0];
  if (primary === "nn") return "nn";
  if (primary === "nb" || primary === "no") return "nb";
  return undefined;
}
