/**
 * Norsk ordbank's verb lemmas in -e (verb-lemmas.json, built by scripts/verb-lemmas.mjs; Språkbanken, © University of
 * Bergen and Språkrådet, CC BY 4.0), as one set per written standard, built once for every reader of them: the letter's
 * passive rewrites and the message model's imperatives.
 */
import verbLemmas from "./verb-lemmas.json";

export const VERB_LEMMAS: Readonly<Record<"nb" | "nn", ReadonlySet<string>>> = { nb: new Set(verbLemmas.nb), nn: new Set(verbLemmas.nn) };
