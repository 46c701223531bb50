#!/usr/bin/env node
// Builds src/core/lexicon/verb-lemmas.json from the Norsk ordbank lemma lists in ../shared/reference:
// the lemmas in -e that are verbs by the ordbank's own evidence, a verbal noun or agent noun made from the same
// stem ("behandle" – "behandling", "hende" – "hendelse", "lære" – "lærar"). The passive→active rewrite forms a
// regular verb only from a lemma in this list, so a noun ("hoppeslott") or a wrong stem ("trekt" → "treke") is
// never written as a verb. Run: node scripts/verb-lemmas.mjs [path/to/norsk-ordbank]
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.argv[2] ?? join(root, "..", "shared", "reference", "norsk-ordbank");
const read = (l) => new Set(readFileSync(join(dir, `lemmas-${l}.txt`), "utf8").split("\n").map((x) => x.trim()).filter(Boolean));
const lists = { nb: read("nb"), nn: read("nn") };
const both = new Set([...lists.nb, ...lists.nn]);
const NOUN_ENDINGS = ["ing", "ning", "else", "er", "ar"];

const out = {
  about: "Verb lemmas in -e by Norsk ordbank: a lemma counts as a verb when the ordbank (either standard) also lists a noun made from its stem in -ing, -ning, -else, -er or -ar. Built by scripts/verb-lemmas.mjs.",
  source: "Norsk ordbank – bokmål 2005 and nynorsk 2012 (2022-02-01 update), Språkbanken at the National Library of Norway, © University of Bergen and Språkrådet, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); lemma lists via ../shared/reference/norsk-ordbank",
};
for (const l of ["nb", "nn"]) {
  out[l] = [...lists[l]].filter((w) => /^\p{Ll}+e$/u.test(w) && NOUN_ENDINGS.some((e) => both.has(w.slice(0, -1) + e))).sort();
}
writeFileSync(join(root, "src", "core", "lexicon", "verb-lemmas.json"), JSON.stringify(out) + "\n");
console.log(`nb ${out.nb.length}, nn ${out.nn.length}`);
