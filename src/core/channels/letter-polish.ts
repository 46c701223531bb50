// The letter's last pass over each sentence: what the checker still flags in the rewritten sentence is
// rewritten where it can be done without a human reading it closely — a passive turned active (active.ts), a
// stiff word replaced by the lexicon's first plain alternative in the same form. A change is kept only when
// every fact is kept and the check finds less to flag in the sentence than before.
import type { Finding, Language } from "../model";
import { analyze } from "../index";
import { activeVoice, isBodyVerb } from "./active";
import { bringsWriter, factsKept, othersActing, othersDo, othersVerbKey } from "./rewrite";
import { opensOnImperative } from "../message/actions";
import letterWords from "./rewrites/letter-words.json";
import keptTerms from "./rewrites/kept-terms.json";

const STYLE = new Set(["kanselli", "passive", "formal-address"]);

/** What the letter is measured by: every kanselli and formal-address finding, and the passives that warn. */
/** The reader as the one who acts ("Du må …", "du sender", "You must …"). */
const READER_ACTS = /(?:^|[\s,])(?:du|you)[ \u00A0]+(?:må|skal|kan|bør|must|should|can|\p{L}+(?:er|ar|r))(?![\p{L}])/iu;

function styleCount(findings: Finding[]): number {
  let n = 0;
  for (const f of findings) if (STYLE.has(f.rule) && (f.rule !== "passive" || f.severity !== "info")) n++;
  return n;
}

/** The first alternative in the form of the flagged word, or null when the form cannot be matched safely. */
function inflectLike(found: string, alt: string, entry: string | undefined, alternatives: number): string | null {
  // Only where the lexicon gives one plain word for it: with several, the right one depends on the sense
  // ("således" is "slik" or "derfor"), and a determiner in the alternative ("den aktuelle") changes the noun's form.
  if (alternatives !== 1 || /(?:^|\s)(?:den|det|de|en|ei|et|dette|denne)(?:\s|$)/iu.test(alt)) return null;
  const f = found.toLowerCase();
  const [head, ...tail] = alt.split(" ");
  let out: string | null = null;
  if (entry && f === entry.toLowerCase()) out = alt;
  // A verb in the present: "foreligger" → "finnes" (already a present), "anmoder" → "ber om".
  else if (/er$/.test(f) && entry && entry.endsWith("e") && f === entry + "r") {
    if (/s$/.test(head)) out = alt;
    else if (/e$/.test(head)) out = [head + "r", ...tail].join(" ");
    else if (/[aiouyæøå]$/.test(head)) out = [head + "r", ...tail].join(" ");
  }
  if (!out) return null;
  return found.charAt(0) === found.charAt(0).toUpperCase() && found.charAt(0) !== found.charAt(0).toLowerCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/**
 * The passive a finding reports: the passive rule's own finding, or one merged into a finding of another rule
 * on the same word (data.rules / data.also, e.g. kanselli and passive for "benyttes").
 */
function passiveOf(f: Finding): { verb: string } | null {
  const data = f.data as { verb?: string; rules?: string[]; also?: Array<{ rule: string; severity: string; data?: { verb?: string } }> } | undefined;
  if (f.rule === "passive" && f.severity === "warning") return { verb: String(data?.verb ?? f.text.split(/\s+/).pop() ?? "") };
  const also = data?.also?.find((a) => a.rule === "passive" && a.severity === "warning");
  return also ? { verb: String(also.data?.verb ?? f.text.split(/\s+/).pop() ?? "") } : null;
}

const LETTER_WORDS = letterWords as unknown as Record<Language, Record<string, string>>;
const BY_NEXT = (letterWords as unknown as { byNextWord: Record<string, Record<string, Array<{ next: string; alt: string }>>> }).byNextWord;
const NEXT_RE = new Map<string, RegExp>();

/** The letter's plain word for a stiff one that depends on the word after it ("ytterligere innstramminger"). */
function byNextWord(language: Language, found: string, after: string): string | null {
  for (const e of BY_NEXT[language]?.[found.toLowerCase()] ?? []) {
    let re = NEXT_RE.get(e.next);
    if (!re) NEXT_RE.set(e.next, (re = new RegExp(`^[ \u00A0](?:${e.next})(?![\p{L}\p{N}])`, "u")));
    if (re.test(after)) return e.alt;
  }
  return null;
}

/** The replacement with the found word's capital (a word at the sentence start stays capitalised). */
function sameCase(found: string, alt: string): string {
  return /^\p{Lu}/u.test(found) ? alt.charAt(0).toUpperCase() + alt.slice(1) : alt;
}

const EVENT_VERBS = letterWords.eventVerbs as unknown as Record<Language, string[]>;

/**
 * An impersonal passive of a verb that only says an event takes place, said without the verb: "om det skal holdes
 * et dialogmøte" → "om det skal være et dialogmøte", "Det arrangeres juleverksted" → "Det blir juleverksted", "Det
 * ble holdt møte" → "Det var møte", "blir det halde julemarknad" → "blir det julemarknad". Null for any other passive.
 */
function eventPassive(f: Finding, language: Language): string | null {
  const data = f.data as { kind?: string; verb?: string; modal?: string } | undefined;
  if (f.rule !== "passive" || data?.kind !== "impersonal" || !data.verb) return null;
  const verb = data.verb.toLowerCase();
  if (!(EVENT_VERBS[language] ?? []).includes(verb)) return null;
  const words = f.text.split(/[ \u00A0]+/);
  const at = words.findIndex((w) => w.toLowerCase() === verb);
  if (at < 0 || !words.some((w) => /^det$/iu.test(w))) return null;
  const aux = words.find((w) => /^(?:blir|ble|blei|vert|vart|bli|verte)$/iu.test(w));
  if (aux) {
    // "Det ble holdt møte" → "Det var møte"; "blir det halde" → "blir det"; "skal det bli holdt" → "skal det bli".
    const out = words.filter((_, i) => i !== at).map((w) => (w === aux && /^(?:ble|blei|vart)$/iu.test(w) ? sameCase(w, "var") : w));
    return out.join(" ");
  }
  // An s-passive: after a modal ("det skal holdes", "skal det holdes") the infinitive, else the present.
  words[at] = data.modal ? (language === "nn" ? "vere" : "være") : "blir";
  return words.join(" ");
}

/** Infinitives of the present forms the letter's own list puts in for a passive (rewrites/letter-words.json). */
const INFINITIVE_OF: Record<string, string> = { endrer: "endre", endrar: "endre", slutter: "slutte", fortsetter: "fortsette", går: "gå", står: "stå", tek: "ta", held: "halde", setter: "sette", set: "setje" };

// Legal terms the letter keeps as written (rewrites/kept-terms.json): "spesiell tilrettelegging" is a right in law.
const KEPT_TERMS: Record<Language, Set<string>> = { nb: new Set(keptTerms.nb), nn: new Set(keptTerms.nn), en: new Set(keptTerms.en) };

const MEMO = new Map<string, string>();

// Whether the draft passes on another body's word is set by variants() (rewrite.ts setOthersAct): then no rewrite
// makes the writer the one who acts ("Straumen blir broten" is BKK Nett's work, not the municipality's).
/**
 * Set by variants() for a letter to one party (a decision, a case letter): there "Tilbygget må derfor plasseres minst
 * 4,0 meter fra veikant" states a duty of the party's, and "Vi må plassere tilbygget" would move it to the body. In a
 * notice to the public the same shape is the body's own work ("Ledningsnettet må spyles") and still turns.
 */
let partyLetter = false;
export function setPartyLetter(v: boolean): void {
  partyLetter = v;
}
/**
 * Set by variants() when the draft speaks to several readers ("dere"; nynorsk "de"/"dykk"): a passive turned for the
 * reader then says "Dere må …"/"De må …", never "Du må …" in a letter that says "de" throughout.
 */
let pluralReader = false;
export function setPluralReader(v: boolean): void {
  pluralReader = v;
}
const TO_PLURAL: Record<Language, [RegExp, string] | undefined> = { nb: [/^Du(?=[ \u00A0])/u, "Dere"], nn: [/^Du(?=[ \u00A0])/u, "De"], en: undefined };
const OBLIGATION = /(?<![\p{L}])(?:(?:vi|me|we)[ \u00A0]+(?:(?:derfor|også|altså|then|also)[ \u00A0]+)?(?:må|must)|må[ \u00A0]+(?:vi|me))(?![\p{L}])/iu;
const activeFor = (cur: string, language: Language, verb: string, opts: { heading?: boolean; item?: boolean }) => {
  const out = activeVoice(cur, language, verb, opts);
  // A list item names a thing its heading introduces ("- Storehagen skule blir flytta …" under "Desse haldeplassane
  // blir flytta:"): the writer is brought in only for its own casework ("- Barnetrygda vert redusert …" → "Vi reduserer …").
  if (opts.item && bringsWriter(cur, out) && !isBodyVerb(verb)) return null;
  if (partyLetter && bringsWriter(cur, out) && OBLIGATION.test(out ?? "")) return null;
  // ("Det vert sprengt kvardagar" where "Entreprenøren Vestbygg AS må sprengje": the contractor blasts, not "vi".)
  if ((othersActing() || othersDo(verb)) && bringsWriter(cur, out)) return null;
  // ("Løyvet må takast i bruk innan seks månader etter at de har fått …" to a company: "De må ta løyvet i bruk …".)
  const plural = TO_PLURAL[language];
  return out && pluralReader && plural ? out.replace(plural[0], plural[1]) : out;
};

/** The sentence with the passives and stiff words the checker still flags rewritten where it is safe. */
export function polishSentence(sentence: string, language: Language, opts: { heading?: boolean; wordsOnly?: boolean; item?: boolean } = {}): string {
  if (sentence.length > 400 || !sentence.trim()) return sentence;
  const heading = opts.heading === true;
  const item = opts.item === true;
  // `wordsOnly`: stiff words only, no sentence turned (a block kept whole, such as the right to appeal).
  // ("Hva endres?", "Hvordan søkes det?": a question that opens on its question word is never turned; "Vi endrer hva?"
  // asks nothing.)
  const wordsOnly = opts.wordsOnly === true || /^(?:hva|hvem|hvor|hvordan|hvorfor|hvilke|hvilken|hvilket|når|kva|kven|kvar|korleis|kvifor|kva for|what|who|where|how|why|when|which)(?![\p{L}])[^\n]*\?\s*$/iu.test(sentence.trim());
  const key = `${language}\u0000${heading ? "h" : ""}${wordsOnly ? "w" : ""}${item ? "i" : ""}${othersActing() ? "o" : ""}${pluralReader ? "p" : ""}${othersVerbKey()}\u0000${sentence}`;
  const known = MEMO.get(key);
  if (known !== undefined) return known;
  let cur = sentence;
  let findings = analyze(cur, { language }).findings;
  let count = styleCount(findings);
  // A stiff word inside a passive waits for the passive to be turned ("ble iverksatt" → "vi satte i verk"), unless
  // it cannot be turned (a relative clause, an unknown agent): then the word alone is made plain.
  const turnable = (p: Finding) => {
    const passive = passiveOf(p);
    return !!passive && !wordsOnly && activeFor(cur, language, passive.verb, { heading, item }) !== null;
  };
  // A passive the checker only notes (nynorsk "må ettersendast", correct but impersonal) is turned when the reader
  // is the one who acts: "Teikningar må ettersendast innan 1. juni" → "Du må ettersende teikningar innan 1. juni".
  if (!wordsOnly && !heading) {
    for (const f of findings) {
      if (f.rule !== "passive" || f.severity !== "info") continue;
      const verb = String((f.data as { verb?: string } | undefined)?.verb ?? f.text.split(/\s+/).pop() ?? "");
      const next = activeFor(cur, language, verb, {});
      if (!next || next === cur || !READER_ACTS.test(next) || READER_ACTS.test(cur) || !factsKept(cur, next)) continue;
      const nf = analyze(next, { language }).findings;
      if (styleCount(nf) > count) continue;
      cur = next;
      findings = nf;
      count = styleCount(nf);
      break;
    }
  }
  for (let round = 0; round < 4 && count > 0; round++) {
    let changed = false;
    for (const f of findings) {
      let next: string | null = null;
      const passive = passiveOf(f);
      if (passive) {
        if (wordsOnly) continue;
        next = activeFor(cur, language, passive.verb, { heading, item });
        // "Det etableres en ordning" → "Vi etablerer en ordning": the checker's own in-place fix for an impersonal
        // passive that opens its sentence (inside a clause, "… ansvarlig for at det betales skatt", the agent is
        // often the reader or someone else).
        // (Not when the draft passes on another body's word: "Det anbefales at …" is that body's advice.)
        if (!next && !heading && !othersActing() && f.rule === "passive" && f.start === 0 && (f.data as { kind?: string } | undefined)?.kind === "impersonal" && f.suggestions.length === 1 && /^det[ \u00A0]/iu.test(f.text))
          next = cur.slice(0, f.start) + sameCase(f.text, f.suggestions[0]) + cur.slice(f.end);
        // A passive with no agent to name, said with a verb that needs none ("Pensjonsordningene videreføres" →
        // "… fortsetter", "barnetrygda blir redusert" → "… går ned"): the letter's own list of such forms.
        // Not when the draft names who acts ("Avtalen avsluttes av kommunen"): the verb that needs no agent would
        // leave the "av …" hanging.
        const event = !next && !heading ? eventPassive(f, language) : null;
        if (event) next = cur.slice(0, f.start) + event + cur.slice(f.end);
        const own0 = !next && f.rule === "passive" && !/^[ \u00A0]+(?:av|by)[ \u00A0]/u.test(cur.slice(f.end)) ? LETTER_WORDS[language]?.[f.text.toLowerCase()] : undefined;
        // ("kan endres" → "kan endre seg", not "kan endrer seg": after a modal the verb is the infinitive.)
        const afterModal = /(?<![\p{L}])(?:kan|må|skal|vil|bør|kunne|skulle|ville|burde)[ \u00A0]+$/iu.test(cur.slice(Math.max(0, f.start - 12), f.start));
        const own = own0 && afterModal ? own0.replace(/^(\p{L}+)/u, (w) => INFINITIVE_OF[w] ?? w) : own0;
        if (own && !(afterModal && own === own0 && /^\p{L}+(?:er|ar)(?![\p{L}])/u.test(own0))) next = cur.slice(0, f.start) + sameCase(f.text, own) + cur.slice(f.end);
      } else if (f.rule === "kanselli" && !KEPT_TERMS[language].has(f.text.toLowerCase()) && !findings.some((p) => p.start < f.end && f.start < p.end && turnable(p))) {
        // The lexicon's one plain word in the same form, else the letter's own choice for this surface form.
        const own = LETTER_WORDS[language]?.[f.text.toLowerCase()] ?? byNextWord(language, f.text, cur.slice(f.end));
        const alt = (f.suggestions.length ? inflectLike(f.text, f.suggestions[0], (f.data as { entry?: string } | undefined)?.entry, f.suggestions.length) : null) ?? (own ? sameCase(f.text, own) : null);
        // "Vennligst betal innen …": before an imperative a word the lexicon lets go goes ("Betal innen …"); "Vi ber
        // deg betal" would need the infinitive.
        const imperativeNext = (f.data as { delete?: boolean } | undefined)?.delete === true && opensOnImperative(cur.slice(f.end).trimStart(), language);
        if (imperativeNext) {
          const rest = cur.slice(f.end).replace(/^[ \u00A0,]+/u, "");
          next = cur.slice(0, f.start) + (f.start === 0 || /[.!?:][ \u00A0]*$/u.test(cur.slice(0, f.start)) ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest);
        } else if (alt) next = cur.slice(0, f.start) + alt + cur.slice(f.end);
      }
      if (!next || next === cur || !factsKept(cur, next)) continue;
      const nf = analyze(next, { language }).findings;
      const nc = styleCount(nf);
      if (nc < count) {
        cur = next;
        findings = nf;
        count = nc;
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  if (MEMO.size > 4000) MEMO.clear();
  MEMO.set(key, cur);
  return cur;
}
