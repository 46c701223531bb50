/**
 * The parts of the core the «Kanaler» panel uses, loaded lazily with import() so the channel composer
 * (twitter-text, SMS counting, letter templates) is not in the first-load bundle.
 */
export { variants, checkVariant, smsInfo, gsmSafe, postLengths, PROFILES } from "../../core/channels/index";
export type { VariantsResult, Platform } from "../../core/channels/index";
export { extractFacts } from "../../core/facts";
