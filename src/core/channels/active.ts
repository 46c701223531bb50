// Passive → active for the letter (bokmål), when the sentence's subject comes first and the agent is known:
//   "Søknaden behandles av kommunen innen tre uker" → "Kommunen behandler søknaden innen tre uker"
//   "Klagen må fremsettes skriftlig"                → "Du må sende klagen skriftlig"   (the reader's own thing)
//   "Vannet blir stengt i morgen"                   → "Vi stenger vannet i morgen"     (the sender's own work)
//   "Vedtaket ble fattet 3. mai"                    → "Vi fattet vedtaket 3. mai"
// The agent is the "av …" phrase when there is one, "du" for what only the reader does (their application,
// form, payment), else "vi" — the body that writes the letter. A sentence in another shape is left alone; the
// caller keeps a rewrite only when every fact is kept and the check finds less to flag.
import type { Language } from "../model";
import verbs from "./rewrites/verbs-nb.json";
import nb from "./rewrites/nb.json";
import { cue } from "../message/cues";

type Forms = { lemma: string; present: string; past: string; participle: string };

const PARTICIPLES = verbs.participles as unknown as Record<string, [string, string, string]>;
const PRESENTS = verbs.presents as Record<string, string>;
const PLAIN = nb.verbs as Record<string, string>;

/** Present tense of a lemma ("stenge" → "stenger", "sette i verk" → "setter i verk"). */
function present(lemma: string): string {
  const [head, ...tail] = lemma.split(" ");
  const p = PRESENTS[head] ?? (/[aeiouyæøå]$/.test(head) ? head + "r" : head + "er");
  return [p, ...tail].join(" ");
}

/** The plain verb for a stiff one (rewrites/nb.json "verbs": fremsette → sende), in the same form. */
function plainLemma(lemma: string): string {
  return PLAIN[lemma] ?? lemma;
}

/** Forms of the verb behind a participle ("stengt", "behandlet", "gitt"), or null when not a known shape. */
function fromParticiple(p: string): Forms | null {
  const w = p.toLowerCase();
  const known = PARTICIPLES[w];
  if (known) return { lemma: known[0], present: known[1], past: known[2], participle: w };
  if (w.length < 5) return null;
  if (w.endsWith("et")) return { lemma: w.slice(0, -2) + "e", present: w.slice(0, -2) + "er", past: w, participle: w };
  if (/[^aeiouyæøå]t$/.test(w)) return { lemma: w.slice(0, -1) + "e", present: w.slice(0, -1) + "er", past: w.slice(0, -1) + "te", participle: w };
  return null;
}

/** Forms of the verb behind an s-passive ("behandles", "gis", "fremsettes"). */
function fromSPassive(v: string): Forms | null {
  const w = v.toLowerCase();
  if (!w.endsWith("s") || w.length < 4) return null;
  const lemma = w.slice(0, -1);
  if (!/e$|[aiouyæøå]$/.test(lemma)) return null;
  return { lemma, present: present(lemma), past: "", participle: "" };
}

const NP = "(?<np>[\\p{L}][\\p{L}-]*(?:[ \\u00A0]+[\\p{L}][\\p{L}-]*){0,3}?)";
const NOT_IN_NP = /(?<![\p{L}])(?:er|har|blir|ble|skal|må|kan|vil|var|som|at|og|eller|men|det|der|her|dette|hvis|dersom|når)(?![\p{L}])/iu;
const DETERMINER = /^(?:den|det|de|alle|alt|hele|ny|nye|din|ditt|dine|deres|vår|vårt|våre|en|ei|et|noen|mange|flere|disse|dette)$/iu;
const PROPER_END = /(?:gata|gaten|gate|veien|vegen|vei|veg|plass|plassen|torget|bakken|kommune|fylke)$/iu;
const AGENT = /^[ \u00A0]+av[ \u00A0]+(?<agent>oss|(?:\p{Lu}[\p{L}-]*(?:[ \u00A0]+(?:\p{Lu}[\p{L}-]*|kommune|fylkeskommune))*)|[\p{Ll}][\p{L}-]*(?:en|et|a|ene))(?=[\s,.;:!?]|$)/u;

/** The subject as an object: "Vannet" → "vannet", "Storgata" stays. */
function asObject(np: string): string {
  const first = np.split(/\s+/)[0];
  if (DETERMINER.test(first)) return np.charAt(0).toLowerCase() + np.slice(1);
  if (/(?:en|et|a|ene|ne)$/u.test(first) && !PROPER_END.test(first) && np.split(/\s+/).length <= 3) return np.charAt(0).toLowerCase() + np.slice(1);
  return np;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Who acts: the "av …" phrase, the reader for the reader's own things, else the sender ("vi"). */
function agentOf(np: string, verb: string, rest: string, modal: boolean): { agent: string; rest: string } {
  const m = AGENT.exec(rest);
  if (m?.groups) {
    const a = m.groups.agent.toLowerCase() === "oss" ? "vi" : m.groups.agent;
    return { agent: a, rest: rest.slice(m[0].length) };
  }
  const readerThing = cue("nb", "readerObjects").all(np).length > 0;
  const readerVerb = cue("nb", "readerPassives").test(verb + rest.slice(0, 8));
  if ((modal && readerThing) || readerVerb) return { agent: "du", rest };
  return { agent: "vi", rest };
}

const BLI = new RegExp(
  `^${NP}[ \\u00A0]+(?<aux>blir|ble|har blitt|er blitt|vil bli|skal bli|kan bli|må bli|bør bli)[ \\u00A0]+(?:(?<adv>ikke|også|nå|derfor|snart|straks)[ \\u00A0]+)?(?<part>\\p{L}+)(?<rest>(?![\\p{L}]).*)$`,
  "su",
);
const SPASS = new RegExp(
  `^${NP}[ \\u00A0]+(?:(?<modal>må|skal|kan|bør|vil)[ \\u00A0]+)?(?:(?<adv>ikke|også|nå|derfor|snart|straks)[ \\u00A0]+)?(?<verb>\\p{L}+s)(?<rest>(?![\\p{L}]).*)$`,
  "su",
);

/**
 * The sentence in the active voice, or null when it has no passive of a shape handled here. Only bokmål;
 * `verb` is the passive verb the checker found ("stengt" after blir/ble, or an s-passive such as "behandles").
 */
export function activeVoice(sentence: string, language: Language, verb: string): string | null {
  if (language !== "nb" || sentence.length > 300) return null;
  const s = sentence.trim();
  const bli = BLI.exec(s);
  if (bli?.groups && bli.groups.part.toLowerCase() === verb.toLowerCase() && !NOT_IN_NP.test(bli.groups.np)) {
    const g = bli.groups;
    const f = fromParticiple(g.part);
    if (!f) return null;
    const { agent, rest } = agentOf(g.np, f.lemma, g.rest, /^(?:vil|skal|kan|må|bør)/.test(g.aux));
    const lemma = plainLemma(f.lemma);
    const adv = g.adv ? ` ${g.adv}` : "";
    const obj = asObject(g.np);
    const aux = g.aux.toLowerCase();
    let head: string;
    if (aux === "blir") head = `${present(lemma)}${adv} ${obj}`;
    else if (aux === "ble") head = `${lemma === f.lemma ? f.past : present(lemma).replace(/er$/, "te")}${adv} ${obj}`;
    else if (aux === "har blitt" || aux === "er blitt") head = `har${adv} ${lemma === f.lemma ? f.participle : f.participle} ${obj}`;
    else head = `${aux.split(" ")[0]}${adv} ${lemma} ${obj}`;
    return `${capital(agent)} ${head}${rest}`.replace(/\s{2,}/g, " ");
  }
  const sp = SPASS.exec(s);
  if (sp?.groups && sp.groups.verb.toLowerCase() === verb.toLowerCase() && !NOT_IN_NP.test(sp.groups.np) && !/^det$/i.test(sp.groups.np)) {
    const g = sp.groups;
    const f = fromSPassive(g.verb);
    if (!f) return null;
    const { agent, rest } = agentOf(g.np, g.verb, g.rest, !!g.modal);
    const lemma = plainLemma(f.lemma);
    const adv = g.adv ? ` ${g.adv}` : "";
    const obj = asObject(g.np);
    const head = g.modal ? `${g.modal}${adv} ${lemma} ${obj}` : `${present(lemma)}${adv} ${obj}`;
    return `${capital(agent)} ${head}${rest}`.replace(/\s{2,}/g, " ");
  }
  return null;
}
