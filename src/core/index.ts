// Public API of the core: analyze(text, options) and the building blocks it uses, variants() for the channels.
export * from "./model";
export { analyze, analyzeDoc, sanitizeFindings } from "./analyze";
export { parse } from "./text/parse";
export { detectLanguage } from "./text/language";
export { applyEdits, safeFixes, editsOverlap } from "./edits";
export { readability, explainLix, lixBand, lixBandLabel, lixReasons, isLongWord, letterCount } from "./readability";
export { variants, checkVariant, smsInfo, gsmSafe, postLengths, validateSenderId, type VariantOptions, type VariantsResult, type Variant, type SmsVariant, type PostVariant, type SmsInfo, type PostLengths, type Channel } from "./channels";
export { sentenceRewrite, type SentenceRewrite, type SentenceRewriteOptions } from "./sentence-rewrite";
