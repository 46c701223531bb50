export { parse } from "./parse";
export { tokenize, isLetterCode, type RawToken } from "./tokenize";
export { detectLanguage, languageScores, type LanguageScores } from "./language";
export { abbreviationEnd, isKnownAbbreviation, abbreviationKey } from "./abbreviations";
