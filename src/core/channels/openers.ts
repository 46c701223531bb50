// Drop an empty opener ("Det informeres herved om at alle barn … blir skolepliktige" → "Alle barn … blir
// skolepliktige"), only when the rest reads as a main clause (no sentence adverb before the first verb,
// where Norwegian word order would change). Every word of the message stays.
import data from "./openers.json";
import type { Language } from "../model";

const OPENERS: Record<Language, RegExp> = {
  nb: new RegExp(`^(?:${data.nb.join("|")})\\s+`, "iu"),
  nn: new RegExp(`^(?:${data.nn.join("|")})\\s+`, "iu"),
  en: new RegExp(`^(?:${data.en.join("|")})\\s+`, "iu"),
};
const BLOCKERS = new RegExp(`^(?:${data.blockers})$`, "iu");
const VERBS = new RegExp(`^(?:${data.verbs})$`, "iu");

const LABELS: Record<Language, RegExp> = {
  nb: new RegExp(`^(?:${data.labels.nb})[ \\u00A0]*[:!][ \\u00A0]*`, "iu"),
  nn: new RegExp(`^(?:${data.labels.nn})[ \\u00A0]*[:!][ \\u00A0]*`, "iu"),
  en: new RegExp(`^(?:${data.labels.en})[ \\u00A0]*[:!][ \\u00A0]*`, "iu"),
};

export function dropOpener(sentence0: string, language: Language): string {
  // ("OBS: Drop-in som var planlagt …" → "Drop-in som var planlagt …": the label, then any opener after it.)
  const label = (LABELS[language] ?? LABELS.nb).exec(sentence0);
  const sentence = label && /^[\p{Lu}\p{N}«"]/u.test(sentence0.slice(label[0].length)) ? sentence0.slice(label[0].length) : sentence0;
  const m = OPENERS[language]?.exec(sentence) ?? OPENERS.nb.exec(sentence);
  if (!m) return sentence;
  const rest = sentence.slice(m[0].length);
  // "… at X, og at Y": the opener governs both clauses; dropping it would leave "og at Y" hanging.
  if (/(?<![\p{L}])(og|eller|and|or) at(?![\p{L}])|(?<![\p{L}])and that(?![\p{L}])/iu.test(rest)) return sentence;
  const words = rest.split(/\s+/);
  // A finite verb of the list, or an s-passive ("søknaden innvilges …": the checker's passive pass turns it later).
  const verbAt = words.findIndex((w) => VERBS.test(w.replace(/[,.]$/, "")) || /^\p{Ll}{3,}[^aeiouyæøå\s]es$|^\p{Ll}{3,}[^aeiouyæøå\s]ast$/u.test(w.replace(/[,.]$/, "")));
  if (verbAt < 1 || words.slice(0, verbAt).some((w) => BLOCKERS.test(w.replace(/[,.]$/, "")))) return sentence;
  return mainOrder(rest.charAt(0).toUpperCase() + rest.slice(1));
}

// An adverb before the finite verb, as an "at" clause has it ("… at namnet ikkje blir gitt ut").
const SUB_ORDER = /(?<![\p{L}])(ikke|ikkje|aldri|også|òg|alltid|allerede|allereie|fortsatt|framleis|fremdeles|likevel|derfor|difor|snart)[ \u00A0]+(blir|vert|er|var|har|hadde|kan|skal|vil|må|får|bør|kjem|kommer|gjeld|gjelder)(?![\p{L}])/iu;
const SUBORDINATOR = /(?<![\p{L}])(?:som|der|når|dersom|hvis|viss|fordi|at|om|før|etter|mens)(?![\p{L}])/iu;

/**
 * The clause that was an "at" clause, in a main clause's word order: "Namnet til den som har klaga, ikkje blir gitt
 * ut" → "Namnet til den som har klaga, blir ikkje gitt ut". Only the first such pair, and only where no relative or
 * subordinate clause of its own holds it ("brevet som ikkje er sendt" keeps its order).
 */
function mainOrder(clause: string): string {
  const m = SUB_ORDER.exec(clause);
  if (!m) return clause;
  const before = clause.slice(0, m.index);
  const segment = before.slice(before.lastIndexOf(",") + 1);
  if (SUBORDINATOR.test(segment) || !before.trim()) return clause;
  return `${before}${m[2]} ${m[1]}${clause.slice(m.index + m[0].length)}`;
}

const EMPTY_REFERENCES: Record<Language, RegExp> = {
  nb: new RegExp(`^(?:${data.emptyReferences.nb})$`, "iu"),
  nn: new RegExp(`^(?:${data.emptyReferences.nn})$`, "iu"),
  en: new RegExp(`^(?:${data.emptyReferences.en})$`, "iu"),
};

/**
 * A reference that names nothing the reader can look up ("tidligere korrespondanse", "vår samtale"): no
 * document, date or number. The letter leaves it out (openers.json "emptyReferences").
 */
export function emptyReference(ref: string, language: Language): boolean {
  return EMPTY_REFERENCES[language].test(ref.trim());
}

const THEN: Record<Language, RegExp> = {
  nb: new RegExp(`[ \\u00A0]+og[ \\u00A0]+(?=(?:${data.referenceThenVerbs.nb})(?![\\p{L}]))`, "iu"),
  nn: new RegExp(`[ \\u00A0]+og[ \\u00A0]+(?=(?:${data.referenceThenVerbs.nn})(?![\\p{L}]))`, "iu"),
  en: new RegExp(`[ \\u00A0]+and[ \\u00A0]+(?=(?:${data.referenceThenVerbs.en})(?![\\p{L}]))`, "iu"),
};

/**
 * Where the writer's own act begins after a reference it is coordinated with ("samtalen | og innkaller deg til
 * møte"): the index of " og " and the act, or undefined (openers.json "referenceThenVerbs").
 */
export function actAfterReference(ref: string, language: Language): { at: number; act: string } | undefined {
  const m = THEN[language].exec(ref);
  if (!m || m.index < 3) return undefined;
  return { at: m.index, act: ref.slice(m.index + m[0].length) };
}

/** A reference opener at a sentence's start: "Vi viser til …", "Med henvisning til …", "We refer to …". */
export const REFERENCE_OPENER = /^(?:vi viser til|det vises(?: herved)? til|viser til|med henvisning til|under henvisning til|det visast til|vi syner til|med tilvising til|med referanse til|we refer to|reference is made to|with reference to)[ \u00A0]+/iu;
/** A sentence that is only a reference ("Vi viser til tidligere varsel."): no clause of news after a comma or colon. */
export function onlyAReference(sentence: string): boolean {
  const t = sentence.trim();
  const m = REFERENCE_OPENER.exec(t);
  return !!m && !/[,;:]/u.test(t.slice(m[0].length));
}
