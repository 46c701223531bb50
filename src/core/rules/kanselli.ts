// kanselli: stiff bureaucratic words and phrases (Språkrådet's Kansellisten and guidance), inflected
// forms included, with the plain alternative and a safe fix where the replacement needs no human reading.
import nb from "../lexicon/nb/kanselli.json";
import nn from "../lexicon/nn/kanselli.json";
import en from "../lexicon/en/kanselli.json";
import type { LexList } from "./lexicon";
import { substitutionRule } from "./substitution";

export const kanselliRule = substitutionRule({
  id: "kanselli",
  lists: { nb: [nb as LexList], nn: [nn as LexList], en: [en as LexList] },
  messageKey: "kanselli",
  customWords: true,
});
