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
import verbsNn from "./rewrites/verbs-nn.json";
import verbsEn from "./rewrites/verbs-en.json";
import nb from "./rewrites/nb.json";
import { VERB_LEMMAS } from "../lexicon/verb-lemmas";
import { cue } from "../message/cues";
import calendar from "../facts/calendar.json";
import { BODY_PAPER, STRONG_READER, bodySendsPaper } from "../message/actions";
import { imperativeOf } from "../rules/passive";

type Forms = { lemma: string; present: string; past: string; participle: string };

const PARTICIPLES = verbs.participles as unknown as Record<string, [string, string, string]>;
const PARTICIPLES_NN = verbsNn.participles as unknown as Record<string, [string, string, string]>;
const PRESENTS = verbs.presents as Record<string, string>;
const PLAIN = nb.verbs as Record<string, string>;

const PARTICLE_PREFIX = /^(?:om|inn|ut|opp|av|til|fra|frå|over|under|med|gjen|fore|for|be|mot|på)$/;

/**
 * Is the lemma a verb Norsk ordbank knows (lexicon/verb-lemmas.json), as it stands, after a particle prefix
 * ("gjenåpne" is "gjen" + "åpne") or as the last part of a compound? A regular form is made only for such a lemma: "hoppeslott" is no participle
 * and "trekt" no form of a verb "treke".
 */
function knownLemma(lemma: string, language: "nb" | "nn"): boolean {
  const set = VERB_LEMMAS[language];
  if (set.has(lemma)) return true;
  for (let cut = 2; cut <= 5 && lemma.length - cut >= 4; cut++) if (PARTICLE_PREFIX.test(lemma.slice(0, cut)) && set.has(lemma.slice(cut))) return true;
  // A compound whose last part is a known verb of six letters or more: "sakshandsame", "vidareutvikle".
  for (let cut = 3; lemma.length - cut >= 6; cut++) if (set.has(lemma.slice(cut))) return true;
  return false;
}

/** Forms made by rule, kept only when their lemma is a known verb. */
const ifKnown = (f: Forms | null, language: "nb" | "nn"): Forms | null => (f && knownLemma(f.lemma.split(" ")[0], language) ? f : null);

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

/**
 * A prefixed irregular verb by its known stem: "omgjort" is "om" + "gjort" (omgjøre/omgjør/omgjorde), "innkalt"
 * "inn" + "kalt". Only a short particle-like prefix, so "fort" is not read as "f" + "ort".
 */
function prefixed(w: string, table: Record<string, [string, string, string]>): [string, string, string] | null {
  for (let cut = 2; cut <= 5 && w.length - cut >= 4; cut++) {
    const stem = table[w.slice(cut)];
    if (stem && /^(?:om|inn|ut|opp|av|til|fra|frå|over|under|med|gjen|fore|for|be|mot|på)$/.test(w.slice(0, cut))) {
      const pre = w.slice(0, cut);
      return [pre + stem[0], pre + stem[1], pre + stem[2]];
    }
  }
  return null;
}

/** Forms of the verb behind a participle ("stengt", "behandlet", "gitt"), or null when not a known shape. */
function fromParticiple(p: string): Forms | null {
  const w = p.toLowerCase();
  const known = PARTICIPLES[w] ?? prefixed(w, PARTICIPLES);
  if (known) return { lemma: known[0], present: known[1], past: known[2], participle: w };
  if (w.length < 5) return null;
  if (w.endsWith("et")) return ifKnown({ lemma: w.slice(0, -2) + "e", present: w.slice(0, -2) + "er", past: w, participle: w }, "nb");
  // "stengt" → "stenge"; a double consonant before -t ("ansett", "satt") is irregular and must be in the table.
  if (/[^aeiouyæøå]t$/.test(w) && !/(.)\1t$/.test(w) && !/([^aeiouyæøå])\1$/.test(w.slice(0, -1))) return ifKnown({ lemma: w.slice(0, -1) + "e", present: w.slice(0, -1) + "er", past: w.slice(0, -1) + "te", participle: w }, "nb");
  return null;
}

/** Nynorsk: a-verbs by their participle in -a ("flytta" → flytte/flyttar/flytta), e-verbs in -t ("utført"). */
function fromParticipleNn(p: string): Forms | null {
  const w = p.toLowerCase();
  const known = PARTICIPLES_NN[w] ?? prefixed(w, PARTICIPLES_NN);
  if (known) return { lemma: known[0], present: known[1], past: known[2], participle: w };
  if (w.length < 5) return null;
  // The plural participle ("Desse vil ikkje bli brukte"): the verb of its singular ("brukt").
  if (/[^aeiouyæøå]te$/.test(w)) return fromParticipleNn(w.slice(0, -1));
  if (/[^aeiouyæøå]a$/.test(w)) return ifKnown({ lemma: w.slice(0, -1) + "e", present: w + "r", past: w, participle: w }, "nn");
  // "flytt", "bytt": a stem in -tt takes the participle's -t into itself (flytte – flytter – flytte – flytt), not
  // "flyte" (to float).
  if (/tt$/.test(w)) return ifKnown({ lemma: w + "e", present: w + "er", past: w + "e", participle: w }, "nn");
  if (/[^aeiouyæøå]t$/.test(w)) return ifKnown({ lemma: w.slice(0, -1) + "e", present: w.slice(0, -1) + "er", past: w.slice(0, -1) + "te", participle: w }, "nn");
  return null;
}

/** Forms of the verb behind an s-passive ("behandles", "gis", "fremsettes"). */
function fromSPassive(v: string, language: Language): Forms | null {
  const w = v.toLowerCase();
  // Nynorsk "-ast" ("sendast", "handsamast"): the infinitive only (the present depends on the verb's class).
  if (language === "nn") return /[^aeiouyæøå]ast$/.test(w) && w.length > 5 ? ifKnown({ lemma: w.slice(0, -3) + "e", present: "", past: "", participle: "" }, "nn") : null;
  if (!w.endsWith("s") || w.length < 3) return null;
  const lemma = w.slice(0, -1);
  if (!/e$|[aiouyæøå]$/.test(lemma)) return null;
  // A lemma in -e must be a known verb ("avlyses" → "avlyse"); short ones ("tas", "gis") are the table's.
  if (/e$/.test(lemma) && !PRESENTS[lemma] && !knownLemma(lemma, "nb")) return null;
  return { lemma, present: present(lemma), past: "", participle: "" };
}

// A noun phrase of up to four words; a number may be one of them ("500 millioner kroner", "de resterende 750
// millionene"); the facts check keeps the number as it was.
const NP = "(?<np>[\\p{L}\\d][\\p{L}\\d-]*(?:[ \\u00A0]+[\\p{L}\\d][\\p{L}\\d-]*){0,3}?)";
const NOT_IN_NP = /(?<![\p{L}])(?:er|har|blir|ble|blei|vert|vart|skal|må|kan|vil|var|som|at|og|eller|men|det|der|her|dette|hvis|viss|dersom|når)(?![\p{L}])/iu;
/** "oppvaskmaskiner og vaskemaskiner": two single nouns joined by og/eller are one subject. */
const PAIR = /^[\p{L}-]+[ \u00A0]+(?:og|eller)[ \u00A0]+[\p{L}-]+$/iu;
// "dette brevet", "denne saken": a determiner, not the pronoun subject "Dette".
const DEMONSTRATIVE = /^(?:dette|denne|disse|desse|det|den)[ \u00A0]+(?=\p{L})/iu;
const badNp = (np: string) => {
  const core = np.split(/\s+/).length >= 2 ? np.replace(DEMONSTRATIVE, "") : np;
  return NOT_IN_NP.test(core) && !(PAIR.test(core) && !NOT_IN_NP.test(core.replace(/[ \u00A0](?:og|eller)[ \u00A0]/iu, " ")));
};
const DETERMINER = /^(?:den|det|de|dei|alle|alt|hele|heile|ny|nye|din|di|ditt|dine|deres|dykkar|vår|vårt|våre|en|ein|ei|et|eit|noen|nokre|mange|flere|fleire|disse|desse|dette)$/iu;
const PLACE_END = /\p{L}{2,}(?:vik|by|byen|dal|dalen|stad|øy|øya|fjord|nes|berg|heim|land|sund|voll|vang|vågen|havn)$/iu;
/** "Storbrua", "Gamlebyen", "Nordsjøen", "Øvre Torv": a place name built on a size or direction word. */
const NAME_START = /^(?:Stor|Lille|Gamle|Nord|Sør|Øst|Vest|Øvre|Nedre|Indre|Ytre|Midt)\p{Ll}{3,}$/u;
const PROPER_END = /\p{L}{2,}(?:gata|gaten|gate|veien|vegen|vei|veg|plass|plassen|torget|bakken|kommune|fylke)$/iu;
const AGENT = /^[ \u00A0]+av[ \u00A0]+(?<agent>oss|(?:\p{Lu}[\p{L}-]*(?:[ \u00A0]+(?:\p{Lu}[\p{L}-]*|kommune|fylkeskommune))*)|[\p{Ll}][\p{L}-]*(?:en|et|a|ene))(?=[\s,.;:!?]|$)/u;

/**
 * "… brukes av privatpersoner, næringsliv og offentlige myndigheter (i en rekke tjenester).": agents in a list (words
 * of one or two, joined by commas and og/eller) that end the sentence or stand before a preposition are its subject
 * as they stand.
 */
const AGENT_LIST = /^[ \u00A0]+av[ \u00A0]+(?<agent>[\p{L}-]+(?:[ \u00A0]+[\p{L}-]+)?(?:,[ \u00A0]+[\p{L}-]+(?:[ \u00A0]+[\p{L}-]+)?)*[ \u00A0]+(?:og|eller)[ \u00A0]+[\p{L}-]+(?:[ \u00A0]+[\p{L}-]+)?)(?=[.!?]?$|[ \u00A0]+(?:i|på|til|for|med|fra|frå|etter|gjennom|hver|kvar)[ \u00A0])/u;

/** "… blir vidareutvikla, drifta og forvalta av Altinn-samarbeidet": participles in a row share an agent. */
const COORDINATED_AGENT = /^[ \u00A0]*,[ \u00A0]*(?:\p{L}+,[ \u00A0]+)*\p{L}+[ \u00A0]+(?:og|eller|and|or)[ \u00A0]+\p{L}+[ \u00A0]+(?:av|by)[ \u00A0]/u;

/** The subject as an object: "Vannet" → "vannet", "Storgata" stays, "Du" → "deg". */
function asObject(np: string): string {
  const first = np.split(/\s+/)[0];
  if (np.split(/\s+/).length === 1 && OBJECT_PRONOUN[np.toLowerCase()]) return OBJECT_PRONOUN[np.toLowerCase()];
  if (DETERMINER.test(first)) return np.charAt(0).toLowerCase() + np.slice(1);
  // The capital is the sentence's, not the word's, unless the word is a name: a street or place ending,
  // an acronym ("NAV"), a capital inside ("McDonald").
  // "Altinn-appene", "Nav-kontoret": a compound whose first part is a name keeps its capital.
  // "Holdeplassen Torget": a common noun before the name it introduces is lower case like any other.
  const second = np.split(/\s+/)[1];
  const beforeName = !!second && /^\p{Lu}\p{Ll}/u.test(second) && !/^\p{Lu}{2}/u.test(first) && !/.\p{Lu}/u.test(first.slice(1)) && !/-/.test(first);
  if (beforeName) return np.charAt(0).toLowerCase() + np.slice(1);
  if (PROPER_END.test(first) || PLACE_END.test(first) || NAME_START.test(first) || /^\p{Lu}{2}/u.test(first) || /.\p{Lu}/u.test(first.slice(1)) || /^\p{Lu}\p{L}+-\p{L}/u.test(first)) return np;
  return np.charAt(0).toLowerCase() + np.slice(1);
}

/** A finite verb before its subject, a particle after it: "leder om" + "vi" → "leder vi om" (not "leder om vi"). */
function withSubject(fin: string, subject: string): string {
  const sp = fin.indexOf(" ");
  return sp < 0 ? `${fin} ${subject}` : `${fin.slice(0, sp)} ${subject}${fin.slice(sp)}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Who acts: the "av …" phrase, the reader for the reader's own things, else the sender ("vi"). */
// The receiver after a verb of sending: "… til kommunen", "… til oss", "… to the school office" (up to three words).
const TO_RECEIVER = /^[^.;]{0,40}?(?<![\p{L}])(?:til|to)[ \u00A0]+([\p{L}-]+(?:[ \u00A0]+[\p{L}-]+)?)/u;
// The municipality in its definite forms (the cue list `orgWords` holds the names' own forms: "Fjordvik kommune").
const OFFICE = /^(?:the[ \u00A0]+)?(?:kommunen|kommuna|fylkeskommunen|fylkeskommuna|council|municipality)(?![\p{L}])/iu;

// The body's own work on a case or a rule: deciding, assessing, paying out, changing ("Avgiften skal økes").
const BODY_VERB = /^(?:refunder|tilbakebetal|erstatt|øk|behandl|saksbehandl|sakshandsam|fatt|vurder|avgjør|innvilg|avslå|avslutt|henlegg|fastsett|reduser|endr|juster|beregn|utbetal|kunngjør|publiser|godkjenn|kontroller|sjekk|registrer|handsam|ans|regn|tildel|bevilg|avvis|trekk|stadfest|oppheve|omgjør|send ut|stopp|stans|krev|innkrev)/iu;
/** Whether a passive's verb ("vert redusert", "behandles") is the body's own casework (BODY_VERB). */
export function isBodyVerb(verb: string): boolean {
  return BODY_VERB.test(verb.trim().replace(/^(?:(?:blir|vert|bli|verte|ble|blei|vart|er|var|vil|skal|må|kan)[ \u00A0]+)+/iu, ""));
}
/**
 * The reader asks for the body's work: "Ønsker du at saken vurderes …", "Vil du at vi …", "Ber du om at søknaden
 * behandles …". The case work in the clause is the writer's to do.
 */
const READER_WISH = /(?:^|[\s,])(?:(?:ønsker|ønskjer|vil|ber)[ \u00A0]+(?:du|dere|De|dykk)[ \u00A0]+(?:om[ \u00A0]+)?|(?:du|dere|De|dykk)[ \u00A0]+(?:ønsker|ønskjer|vil|ber[ \u00A0]+om)[ \u00A0]+)at[ \u00A0]+$/iu;

function agentOf(np: string, verb: string, rest: string, modal: boolean | string, language: Language, subordinate = false, possibility = false): { agent: string; rest: string } | null {
  // ("Skysskortet blir sendt til skulen og delt ut første skuledag": a second participle shares the auxiliary; turned,
  // the first alone would leave "… og delt ut" without a verb.)
  if (language !== "en" && coordinatedParticiple(rest, language)) return null;
  // ("Kortet blir sendt i posten til adressa di og skal vere framme innan 20. desember": a second verb shares the
  // subject; turned, "Vi sender kortet … og skal vere framme" would give it to the writer.)
  if (SHARED_SUBJECT.test(rest.split(/[.;!?:](?:\s|$)|,/u)[0])) return null;
  // ("Holdeplassen vil ikke bli betjent": a stop is served by the buses that call at it, not by the writer.)
  if (/^(?:betjene|betene|serve)$/iu.test(verb)) return null;
  // ("Brudd på forbudet kan straffes med bot", "Offences may be fined": a penalty is laid by the police or a court, never
  // by the reader and seldom by the writer; the passive stays.)
  if (SANCTION_VERB.test(verb.trim().replace(/^(?:(?:blir|vert|bli|verte|ble|blei|vart|er|var|vil|skal|må|kan|be|is|are|will|may|can)[ \u00A0]+)+/iu, ""))) return null;
  const who = agentOf0(np, verb, rest, modal, language, subordinate, possibility);
  // ("Alarmen blir montert heime hos deg torsdag 13. mars … av ein montør frå kommunen": an agent named further on is
  // the one who does it; "vi" in front would leave "av ein montør" hanging.)
  if (who && !/^(?:\p{Lu}|oss$)/u.test(who.agent) && who.rest === rest && (LATE_AGENT.test(rest.split(/(?<!\d|kl)[.;!?](?:\s|$)/u)[0]) || NEAR_BARE_AGENT.test(rest))) return null;
  // "Kortet blir sendt til deg i posten innen 25. mars": what is sent to the reader is never the reader's to send; with
  // no other agent the passive stays.
  return who?.agent === "du" && /^[ \u00A0]+(?:\p{L}+[ \u00A0]+)?(?:til|to)[ \u00A0]+(?:deg|dykk|dere|Dem|you)(?![\p{L}])/u.test(rest) ? null : who;
}

const SANCTION_VERB = /^(?:straff|bøtelegg|anmeld|ileg|inndr|fine[ds]?$|prosecut|penali[sz]|punish)/iu;
// "… og skal vere framme", "… and will arrive": a finite verb right after "og"/"and" has the same subject.
const SHARED_SUBJECT = /(?<![\p{L}])(?:og|and)[ \u00A0]+(?:skal|vil|må|kan|bør|blir|vert|er|kjem|kommer|will|shall|must|should|is|are)(?![\p{L}])/iu;

/** "av ein montør", "av personalet", "av Nav" further on in the clause; not "i løpet av", "på grunn av", "kopi av". */
const LATE_AGENT = /(?<!(?:løpet|grunn|hjelp|del|delen|følge|utgangen|slutten|starten|midten|begynnelsen|byrjinga|kopi|kopien|bruk|stand|utgang)[ \u00A0]+)(?<![\p{L}])av[ \u00A0]+(?:ein|en|ei|eit|et|oss|personalet|tilsette|de tilsette|dei tilsette|\p{Lu}\p{L}+)(?![\p{L}])/u;
// ("… skal vaksinerast mot rabies av veterinær innan …": a bare noun for a trade or a role, close after the verb, is an
// agent too; not "av hensyn til", and not far on in the clause, "… fram til du startar uttak av pensjon".)
const NEAR_BARE_AGENT = /^(?:[ \u00A0]+\p{Ll}+){0,3}?(?<![ \u00A0](?:løpet|grunn|hjelp|del|delen|følge|utgangen|slutten|starten|midten|begynnelsen|byrjinga|kopi|kopien|bruk|stand|utgang|\p{L}+(?:ing|sjon|else|ning)))[ \u00A0]+av[ \u00A0]+(?!hensyn|omsyn|praktiske|sikkerhet|tryggleik)\p{Ll}{4,}(?=[ \u00A0]+(?:innen|innan|før|etter|senest|seinast)[ \u00A0]|[.,;!?]|$)/u;

/** Whether an "og"/"eller" in the clause leads to a second participle of the same auxiliary ("… og delt ut …"). */
function coordinatedParticiple(rest: string, language: Language): boolean {
  const clause = rest.split(/[.;!?:](?:\s|$)|,/u)[0];
  // (The participle right after the "og", or after one adverb: "og straks delt ut".)
  for (const m of clause.matchAll(/(?<![\p{L}])(?:og|eller)[ \u00A0]+(\p{Ll}+)(?:[ \u00A0]+(\p{Ll}+))?/gu)) {
    for (const w of [m[1], m[2]]) {
      if (!w || w.length < 3 || !/(?:t|a)$/u.test(w)) continue;
      const forms = language === "nn" ? fromParticipleNn(w) ?? fromParticiple(w) : fromParticiple(w);
      if (forms || knownLemma(w.replace(/(?:et|t|a)$/u, "e"), language === "nn" ? "nn" : "nb")) return true;
    }
  }
  return false;
}

function agentOf0(np: string, verb: string, rest: string, modal: boolean | string, language: Language, subordinate = false, possibility = false): { agent: string; rest: string } | null {
  const list = AGENT_LIST.exec(rest);
  // "… av kommunen, som har ansvaret …": the relative clause belongs to the agent; with the agent moved to the
  // front it would describe the object instead ("Kommunen behandler søknaden, som har ansvaret …").
  // ("… av kommunen der du bor": a "der"/"where" clause says which agent, and goes with it.)
  const relativeAfter = (at: number) => /^[ \u00A0]*,?[ \u00A0]*(?:som|who|which|that|der|hvor|kor|where)(?![\p{L}])/iu.test(rest.slice(at));
  if (list?.groups && !list.groups.agent.split(/[\s,]+/u).some((w) => w !== "og" && w !== "eller" && NOT_IN_NP.test(w))) return relativeAfter(list[0].length) ? null : { agent: list.groups.agent, rest: rest.slice(list[0].length) };
  const m = AGENT.exec(rest);
  if (m?.groups) {
    if (relativeAfter(m[0].length)) return null;
    // "av lederen av utvalget": the agent is a noun phrase of its own with "av"; not turned.
    if (/^[ \u00A0]+av[ \u00A0]/u.test(rest.slice(m[0].length))) return null;
    // "av Nav og kommunen", "av kommunen og personer som …": a second agent the list above did not take.
    if (/^[ \u00A0]*(?:(?:og|eller|and|or)[ \u00A0]|,[ \u00A0]*[\p{L}-]+(?:[ \u00A0]+[\p{L}-]+)?[ \u00A0]*(?:,|og[ \u00A0]|eller[ \u00A0]|and[ \u00A0]|or[ \u00A0]))/u.test(rest.slice(m[0].length))) return null;
    const a = m.groups.agent.toLowerCase() === "oss" ? "vi" : m.groups.agent;
    // "av Troms politidistrikt", "av Statens vegvesen": a name whose head is a common noun. The head goes with the
    // name ("Troms politidistrikt driver …"); a lower-case word after a name that is neither such a head nor a word
    // that can follow a finished phrase may still be part of it, and a split agent is worse than a passive.
    const after = rest.slice(m[0].length);
    const next = /^[ \u00A0]+([\p{Ll}][\p{L}-]*)/u.exec(after);
    if (/^\p{Lu}/u.test(a) && next && !AFTER_PHRASE.test(next[1])) {
      const org = cue(language, "orgWords").first(next[1]);
      if (!org || org.start !== 0 || org.end !== next[1].length) return null;
      return { agent: `${a} ${next[1]}`, rest: after.slice(next[0].length) };
    }
    return { agent: a, rest: after };
  }
  // "… misbrukes av personer som …": an agent is named but not in a shape turned here; never guess another.
  if (/^[ \u00A0]+(?:av|by)[ \u00A0]/u.test(rest)) return null;
  // "Lånedokumentene vil bli oversendt": "vil" promises what the writer will do; the reader's own thing
  // ("søknaden", "dokumentene") makes the reader the agent only when the sentence asks or lets ("må", "kan").
  const promise = typeof modal === "string" && /^(?:vil|will)$/i.test(modal);
  // "Kortet blir sendt i posten til adressa di", "Dette svaret sendes til e-postadressen du oppga": what is sent to the
  // reader is sent by the writer, whatever the thing is.
  if (/^(?:send|post|mail)/iu.test(verb) && TO_READER.test(rest.split(/[.;]|,[ \u00A0]+(?:og|men|and|but)[ \u00A0]/u)[0])) return { agent: "vi", rest };
  // ("Faktura sendes separat til tiltakshaver": the body sends the papers it issues, unless they are to be sent to it.)
  const issued = bodySendsPaper(np, verb, rest);
  const readerThing = !promise && !issued && cue(language, "readerObjects").all(np).length > 0;
  // "Kopi av kjøpekontrakten må sendes til kommunen": the writer does not send to itself. What must be sent or
  // delivered to an office, or to us, is the reader's to send.
  const toUs = /^(?:send|lever|oversend|ettersend|returner|innsend|submit|return|deliver)/iu.test(verb) && TO_RECEIVER.exec(rest);
  // "Strømbrudd meldes til Linja på 09 009", "Spørsmål rettes til servicetorget": what is reported or directed to
  // someone is the reader's to report; the writer does not report to others on the reader's behalf.
  if (!modal && /^(?:meld|rett|rapporter|report|direct)/iu.test(verb) && !/^(?:meldt|rettet|retta)/iu.test(verb) && TO_RECEIVER.test(rest)) return { agent: "du", rest };
  // "Skyss søkes gjennom fylkeskommunen", "Buss bestilles hos skolekontoret", "Plass søkes elektronisk": applied for,
  // ordered or booked somewhere by the reader.
  if (/^(?:søk|bestill|book|kjøp|apply|applied|order)/iu.test(verb) && /^[ \u00A0]+(?:om[ \u00A0]+)?(?:gjennom|via|hos|på|elektronisk|digitalt|through|online|from|at)(?![\p{L}])/iu.test(rest)) return { agent: "du", rest };
  // "Ønske om ny uke sendes til rektor innen 1. juni": what is sent to someone by a deadline is the sender's task, and
  // the body's own papers aside ("Vedtaket sendes til Statsforvaltaren …"), the one who sends is the reader.
  const sentBy = /^(?:send|lever|innlever|submit|deliver|return)/iu.test(verb) && toUs && !/^(?:deg|dykk|dere|you)$/iu.test(toUs[1]) && DUE_BY.test(rest);
  if (sentBy && !BODY_PAPER.test(np)) return { agent: "du", rest };
  if (toUs && (/^(?:oss|us)$/iu.test(toUs[1]) || (typeof modal === "string" && /^(?:må|skal|bør|must|should)$/i.test(modal) && (OFFICE.test(toUs[1]) || cue(language, "orgWords").test(toUs[1]))))) return { agent: "du", rest };
  // "sendes ut" is sent out by the body; "betales", "fylles ut", "påklages" are done by the reader whatever the
  // subject; "sendes", "leveres" only when the subject is the reader's own thing ("Søknaden sendes til Nav",
  // but "Vedtaket sendes til Nav" is the body's).
  // ("sendes ut", "legges ut" publish; "fylles ut" is still the reader's.)
  const listed = (!/^[ \u00A0]+ut(?![\p{L}])/u.test(rest) || STRONG_READER.test(verb + rest.slice(0, 8))) && cue(language, "readerPassives").test(verb + rest.slice(0, 8));
  // What is done on a web address is done by the reader ("Målarstanden registrerast på https://…").
  // (What the body puts on its web pages is still the body's: "Informasjonen publiseres på …".)
  // (Nor what it sells or offers there: "Nye billetter selges på www.… og i døra" is sold by the organiser.)
  const online = /https?:\/\/|www\.|\.no(?:\/|\b)/iu.test(rest) && !/^(?:publiser|legg|kunngjør|kunngjer|oppdater|informer|vis|sen[dt] ut|strøym|strøm|direktesen|overfør|stream|selg|sel[dt]|sold|sell|tilby|tilbud|tilbod|offer)/iu.test(verb);
  // "Avfallet hentes i stedet tirsdag 2. mai": without a modal, collecting, emptying or moving a thing is said of the
  // body's own round ("Tillatelsen må hentes på servicetorget" is the reader's: a modal asks for it).
  // ("Betalingen registreres automatisk": what happens by itself is no task of the reader's either.)
  const bodyRound = (!modal && /^(?:hent|tøm|samle|kjør|flytt|fjern|collect|empt)/iu.test(verb)) || /^[^.;]{0,30}?(?<![\p{L}])(?:automatisk|automatically|fortløpende|fortløpande)(?![\p{L}])/iu.test(rest);
  // "Da blir skattemeldingen levert automatisk": the reader's own task done by itself has no agent. "Vi leverer
  // skattemeldingen" would say the body files for the reader, "du leverer" that the reader must: the passive stays.
  if (/^(?:lever|innlever|submit|deliver|file)/iu.test(verb) && /^[^.;]{0,30}?(?<![\p{L}])(?:automatisk|automatically|av seg selv|av seg sjølv|by itself)(?![\p{L}])/iu.test(rest)) return null;
  const readerVerb = (listed && !bodyRound && (STRONG_READER.test(verb + rest.slice(0, 8)) || readerThing)) || online;
  // "Søknaden må sendes" is the reader's; "Avgiften skal økes" is the body's own decision.
  const bodyVerb = BODY_VERB.test(verb);
  // "Vannet kan brukes til dusj" gives the reader leave: with "kan" the reader acts unless the body decides.
  // Not in a subordinate clause: "før ny ledning kan legges" is no leave given to the reader.
  // "Vedtaket ditt kan bli gjort om" says what may happen to the reader's case, not what the reader may do:
  // "kan bli" + participle gives no leave (`possibility`).
  const permission = !possibility && !subordinate && typeof modal === "string" && /^kan$/i.test(modal) && !bodyVerb && !CHANGE_VERB.test(verb);
  // "Tillatelsen må hentes på servicetorget innen 1. mars": an obligation with a deadline is the reader's, unless
  // the verb is the body's own decision ("Søknaden skal behandles innen tre uker").
  const dueByReader = typeof modal === "string" && /^(?:må|skal|bør|must|should)$/i.test(modal) && !bodyVerb && DUE_BY.test(rest);
  if ((modal && readerThing && !bodyVerb && !possibility) || readerVerb || permission || dueByReader) return { agent: "du", rest };
  // "Oppvaskmaskiner bør ikke benyttes", "I denne perioden skal hunder holdes i bånd", "Godkjenningen skal legges ved
  // søknaden": advice, and a rule with no time of its own, bind whoever the rule is for (subscribers, dog owners,
  // employers), never the writer. "Vannet skal stenges mandag 3. mai" is the writer's plan: it has its time.
  // ("Det skal varslast skriftleg …": an impersonal passive names no one it binds; the school that writes does it.)
  if (typeof modal === "string" && np.trim() && !/^det$/iu.test(np.trim()) && (/^(?:bør|should)$/i.test(modal) || (/^skal$/i.test(modal) && !bodyVerb && !RULE_TIME.test(`${np} ${rest}`)))) return null;
  // "Vedtaket ble gjort med 27 mot 8 stemmer": a vote is the council's, never the writer's.
  if (VOTE.test(rest)) return null;
  // "kan arbeidet bli flyttet igjen": what may happen names no one who does it (here the grid company); only the
  // body's own case work may be said with "vi" ("Vi kan gjere vedtaket ditt om").
  if (possibility && !bodyVerb && !(/^(?:gjøre|gjere|gjør)$/iu.test(verb) && /^[ \u00A0]+om(?![\p{L}])/iu.test(rest))) return null;
  // "Oppstartsdato avtales med barnehagen": agreed with the one named, by the other party, who is not told.
  if (/^(?:avtal|agree)/iu.test(verb) && /^[ \u00A0]+(?:med|with)[ \u00A0]/iu.test(rest)) return null;
  // ("Fjellrock arrangeres på Torvet …", "The concert will be held …": an event is held by its organiser, whom a passive
  // does not name; a festival or a race is seldom the writer's own, so no "vi" is guessed.)
  if (EVENT_VERB.test(verb)) return null;
  // ("A wallet was handed in to Elvestad police station", "Lommeboka vart levert inn til politiet": what someone handed
  // in to a body was handed in by a finder, never by the body that received it.)
  if (HANDED_IN.test(verb) && /^[ \u00A0]+(?:inn[ \u00A0]+|in[ \u00A0]+|over[ \u00A0]+)?(?:til|to)[ \u00A0]/iu.test(rest)) return null;
  return { agent: "vi", rest };
}
const HANDED_IN = /^(?:hand|lever|innlever|bring|brought|turn|gitt|gjeve|overlever)/iu;
const EVENT_VERB = /^(?:arranger|avhold|organiser|skipa|held$|hosted|organi[sz]ed|staged)/iu;

// To the reader or the reader's own address: "til deg", "til adressa di", "til e-postadressen du oppga", "to your address".
const TO_READER = /(?<![\p{L}])(?:til|to)[ \u00A0]+(?:deg|dykk|you(?![ \u00A0]+(?:must|should|can|need))|(?:[\p{L}-]+[ \u00A0]+){0,3}?(?:din|di|ditt|dine|dykkar|your)(?![\p{L}])|(?:[\p{L}-]+[ \u00A0]+){1,2}(?:du|you)[ \u00A0]+(?:oppga|oppgav|ga|gav|har oppgitt|har gitt|gave|gave us|provided|gave))(?![\p{L}])/iu;
// A deadline in the rest of the clause: "… innen 1. mars", "… by 3 May".
const DUE_BY = /^[^.;]{0,80}?(?<![\p{L}])(?:innen|innan|senest|seinast|by|before|no later than)[ \u00A0]+\S/iu;
// "Kurset kan flyttes til en annen uke": what "kan" lets happen to an event is the organiser's to change, not leave
// given to the reader.
const CHANGE_VERB = /^(?:flytt|utsett|avlys|steng|endr|forskyv|avbryt|innstill|move|postpon|cancel|clos|chang)/iu;
const VOTE = /(?<![\p{L}])(?:med[ \u00A0]+\d+[ \u00A0]+mot[ \u00A0]+\d+|mot[ \u00A0]+\d+[ \u00A0]+stemmer|samrøystes|enstemmig|einstemmig|unanimously|by[ \u00A0]+\d+[ \u00A0]+votes)(?![\p{L}])/iu;
const WRITER_RECEIVES = /^(?:mott|motek|receiv)/iu;

// A time that makes "skal" a plan rather than a rule: a date, a weekday, a clock time, "i morgen", a week.
const RULE_TIME = new RegExp(`\\d{1,2}[.:]\\d{2}|\\d{1,2}\\.[ \\u00A0]*\\p{L}{3,}|(?<![\\p{L}])(?:kl\\.|klokka|i[ \\u00A0]+(?:morgen|morgon|dag|kveld)|uke|veke|neste|${calendar.weekdays.flat().join("|")})(?![\\p{L}])`, "iu");

const ADV = "ikke|ikkje|også|òg|nå|no|derfor|difor|snart|straks|automatisk|alltid|vanligvis|vanlegvis|normalt|ofte|stadig|fortløpende|raskt|først|deretter|da|likevel|lell|dessverre|heller|lenger|lengre|gjerne";
// Words that may follow a finished agent phrase: prepositions, conjunctions, adverbs ("… av Nav fortløpende").
const AFTER_PHRASE = new RegExp(`^(?:i|på|paa|til|for|med|fra|frå|om|etter|innen|innan|og|eller|men|som|fordi|når|der|da|då|hvis|dersom|ved|under|over|mellom|gjennom|hos|uten|utan|mot|per|pr|in|on|at|to|with|from|by|and|or|but|before|after|until|within|during|${ADV}|snarest|straks|so|så|raskt|rett|direkte|digitalt|elektronisk|skriftlig|skriftleg|muntlig|munnleg|løpende|løpande|årlig|årleg|månedlig|månadleg|neste|kommende|komande|hver|kvar|hele|heile|innen|senest|seinast|${calendar.weekdays.flat().join("|")})$`, "iu");

// One or two adverbs between the auxiliary and the verb ("blir også stadig vidareutvikla", "vil likevel ikke bli").
const ADVS = `(?:${ADV})(?:[ \\u00A0]+(?:${ADV}))?`;
/** Sentence adverbs that stand after an s-passive verb and go before the object in the active (one or two). */
const SENTENCE_ADV = "ikke|ikkje|aldri|også|òg|fortsatt|framleis|fremdeles|nå|no|derfor|difor|likevel|dessverre|alltid|ofte|vanligvis|vanlegvis|normalt|allerede|allereie";
const SENTENCE_ADVERBS = new RegExp(`^(?:[ \\u00A0]+(?:${SENTENCE_ADV})(?![\\p{L}])){1,2}`, "iu");
const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// The patterns are made for the verb the checker found, so the noun phrase before it cannot end at an earlier
// word that only looks like a verb ("Papir og plast tømmes": not "plast").
const PATTERNS = new Map<string, { bli: RegExp; spass: RegExp; invBli: RegExp; invSpass: RegExp }>();
function patterns(verb: string) {
  const key = verb.toLowerCase();
  let p = PATTERNS.get(key);
  if (p) return p;
  const v = esc(verb);
  p = {
    bli: new RegExp(
      `^${NP}[ \\u00A0]+(?<aux>blir|ble|blei|vert|vart|har blitt|har vorte|er blitt|er vorte|vil bli|skal bli|kan bli|må bli|bør bli|vil verte|skal verte|kan verte|må verte|(?:vil|skal|kan|må|bør)[ \\u00A0]+(?<adv0>${ADVS})[ \\u00A0]+(?:bli|verte))[ \\u00A0]+(?:(?<adv>${ADVS})[ \\u00A0]+)?(?<part>${v})(?<rest>(?![\\p{L}]).*)$`,
      "isu",
    ),
    spass: new RegExp(`^${NP}[ \\u00A0]+(?:(?<modal>må|skal|kan|bør|vil)[ \\u00A0]+)?(?:(?<adv>${ADVS})[ \\u00A0]+)?(?<verb>${v})(?<rest>(?![\\p{L}]).*)$`, "isu"),
    invBli: new RegExp(
      `^(?<lead>[\\p{L}\\d.\\u0001][^,;]{0,40}?)[ \\u00A0]+(?<aux>blir|vert|ble|blei|vart|vil|skal|kan|må|bør)[ \\u00A0]+${NP}[ \\u00A0]+(?:(?<mid>bli|verte)[ \\u00A0]+)?(?:(?<adv>${ADVS})[ \\u00A0]+)?(?<part>${v})(?<rest>(?![\\p{L}]).*)$`,
      "isu",
    ),
    invSpass: new RegExp(
      `^(?<lead>[\\p{L}\\d.\\u0001][^,;]{0,40}?)[ \\u00A0]+(?:(?<modal>vil|skal|kan|må|bør)[ \\u00A0]+${NP}[ \\u00A0]+(?<verbm>${v})|(?<verb>${v})[ \\u00A0]+${NP.replace("<np>", "<np2>")})(?<rest>(?![\\p{L}]).*)$`,
      "isu",
    ),
  };
  if (PATTERNS.size > 500) PATTERNS.clear();
  PATTERNS.set(key, p);
  return p;
}

// Where a clause begins: after a comma or semicolon (with "og"/"men" after it), or after a subordinator. A
// bare "og" may join two nouns ("oppvaskmaskiner og vaskemaskiner"), so it never starts a clause here.
const CLAUSE_START = /(?:[,;][ \u00A0]+(?:(?:og|men|når|at|dersom|hvis|viss|fordi|slik at|etter at|så)[ \u00A0]+)?|[ \u00A0](?:når|at|dersom|hvis|viss|fordi|slik at|etter at)[ \u00A0]+)/giu;
/** A sentence whose subject is a named body or person other than the writer ("Stortinget", "Statens vegvesen"). */
const NAMED_SUBJECT = /^(?!(?:Vi|Me|Jeg|Eg|We|You|Du|De|Dere|Dykk|Det|Den|Dette|Denne|Dersom|Hvis|Viss|Når|Om|Etter|Før|Fordi|Så|I|På|Fra|Frå|Til|Med|Nå|No|Har|Er|Kan|Skal|Vil|Må)(?![\p{L}]))\p{Lu}\p{L}+(?:[ \u00A0]+\p{Lu}\p{L}+)?[ \u00A0]+(?:har|hadde|fastset|fastsetter|bestemmer|bestemmer|vedtok|vedtek|vedtar|gir|gjev|gav|ga|krever|krev|sier|seier|skal|vil|må|kan)(?![\p{L}])/u;

/** The main clause's subject is the writer: "Vi …", or a body's name of a few words ("Fjordvik kommune, …"). */
function writerSubject(head: string, language: Language): boolean {
  if (/^(?:Vi|Me)[ \u00A0]/u.test(head)) return true;
  const first = head.split(/[,;]/)[0].trim();
  return first.split(/\s+/).length <= 4 && first !== head.trim() && cue(language, "orgWords").test(first);
}

/** A clause cut after one of these is subordinate: the finite verb comes after the adverb ("at du ikke bruker"). */
const COORDINATED_PASSIVE = /[ \u00A0](?:og|eller)[ \u00A0]+(?:(?:må|skal|kan|bør)[ \u00A0]+)?\p{L}{3,}[^aeiouyæøå\s](?:es|ast)(?![\p{L}])/iu;
const OPENING_SUBORDINATOR = /^(?:dersom|hvis|viss|om|når)[ \u00A0]+/iu;
const SUBORDINATOR_END = /(?:når|at|dersom|hvis|viss|fordi|slik at|etter at)[ \u00A0]+$/iu;
/**
 * A fronted condition: a subordinator, or a question-shaped condition to the reader ("Har du årskort, …",
 * "Trenger du hjelp, …"): the main clause after its comma starts with the verb.
 */
const FRONTED_CLAUSE = /^(?:(?:dersom|hvis|viss|når|om|etter at|fordi|før|så snart|if|when|unless)[ \u00A0]|(?:har|er|får|fekk|fikk|vil|skal|ønsker|ønskjer|trenger|treng|bor|mangler|manglar)[ \u00A0]+(?:du|dere|dykk|De)[ \u00A0])/iu;
// "Vi ber om at …", "vi anbefaler at …": the clause asks the reader to act, so the reader is the agent.
const REQUEST_BEFORE = /(?:ber(?: deg| dere| dykk)? om at|anbefaler(?: deg| dere)? at|oppfordrer(?: deg| dere| alle)? til at|tilrår at|rår til at|oppmodar(?: deg| dykk)? om at|ask that|recommend that)[ \u00A0]+$/iu;
const PRONOUN = /^(?:du|dere|de|dykk|vi|me|jeg|eg|han|hun|ho|den|det|dei|man|ein|en)$/iu;
const PREPOSITION = /^(?:til|fra|frå|på|i|av|med|for|om|etter|under|over|ved|hos|mot|uten|utan|mellom|gjennom|innen|innan|to|from|on|in|at|by|with|for)(?![\p{L}])/iu;
const OBJECT_PRONOUN: Record<string, string> = { du: "deg", dere: "dere", dykk: "dykk", de: "dykk" };

// A noun phrase right after the verb ("… bli tildelt neste søker") is an indirect object: the sentence is not
// turned (the active would need "til").
const INDIRECT = /^[ \u00A0]+(?:neste|første|andre|den|det|de|dei|en|ein|ei|et|eit|alle|hver|kvar|hver|søker\p{L}*|\p{Lu}\p{L}+)(?![\p{L}])/u;

/** Rewrite a sentence whose subject comes first; `lowerAgent` for a clause inside a sentence. */
/** The imperative of a lemma, particle kept ("fylle ut" → "fyll ut"). */
function imperative(lemma: string): string {
  const [head, ...tail] = lemma.split(" ");
  return [imperativeOf(head), ...tail].join(" ");
}

/**
 * What only the reader does, said in the plain present, becomes an instruction ("Søknaden sendes til Nav" →
 * "Send søknaden til Nav"); not with a negation ("… sendes ikke …" stays a statement) nor inside a clause.
 */
function asInstruction(agent: string, adv: string, main: boolean, rest = ""): boolean {
  return main && agent === "du" && !/(?:^|\s)(?:ikke|ikkje|aldri)(?:\s|$)/u.test(adv) && !/^[ \u00A0]+(?:ikke|ikkje|aldri)(?![\p{L}])/u.test(rest);
}

// "sett i verk", "satt i gang": a verb of several words whose participle may be another verb's ("sett" is also
// "seen"); not turned here.
const PHRASAL_AFTER = /^[ \u00A0]+(?:i|på|til)[ \u00A0]+(?:verk|gang|kraft|stand|live|syne)(?![\p{L}])/iu;

function subjectFirst(s: string, language: Language, verb: string, lowerAgent: boolean, subordinate = false): string | null {
  const nn = language === "nn";
  // (Inside a sentence, "men søknaden behandles av kommunen" → "men kommunen behandler …": a common noun keeps its case.)
  const cap = (a: string) => (lowerAgent && (/^(?:vi|du)$/i.test(a) || /^\p{Ll}/u.test(a)) ? (/^(?:vi|du)$/i.test(a) ? a.toLowerCase() : a) : capital(a));
  const { bli: BLI, spass: SPASS } = patterns(verb);
  const bli = BLI.exec(s);
  if (bli?.groups && bli.groups.part.toLowerCase() === verb.toLowerCase() && !badNp(bli.groups.np) && !PREPOSITION.test(bli.groups.np)) {
    const g = bli.groups;
    const f = nn ? fromParticipleNn(g.part) : fromParticiple(g.part);
    if (!f || INDIRECT.test(g.rest) || COORDINATED_AGENT.test(g.rest)) return null;
    const who = agentOf(g.np, f.lemma, g.rest, /^(?:vil|skal|kan|må|bør)/.test(g.aux) ? g.aux.split(" ")[0] : false, language, subordinate, /^kan\b/.test(g.aux));
    if (!who) return null;
    // "Feilen vart oppdaga måndag kveld", "Vinduet ble knust i natt": what happened names no one who did it. Only the
    // body's own case work ("Søknaden ble behandlet 3. mars") is the writer's to have done.
    if (who.agent === "vi" && /^(?:ble|blei|vart|har blitt|har vorte|er blitt|er vorte)$/i.test(g.aux) && !isBodyVerb(f.lemma)) return null;
    const { agent, rest: rest0 } = who;
    // ("Farleg avfall vert ikkje teke imot på Moane": a particle of the verb goes before a noun object — "Vi tek ikkje
    // imot farleg avfall på Moane" — and only after a pronoun one.)
    // (Not "ut frå", "ut av", "fram til", prepositions of their own: "fastset taksten ut frå opplysningane",
    // "videreført fram til avtalen sies opp".)
    const particle = /^[ \u00A0]+(imot|inn|ut|opp|ned|fram|frem|tilbake|bort|vekk)(?=[ \u00A0,.;:!?]|$)(?![ \u00A0]+(?:frå|fra|ifrå|ifra|i[ \u00A0]+frå|av|over|til)(?![\p{L}]))/iu.exec(rest0);
    const pronounObj = /^(?:deg|dere|dykk|dem|det|den|han|ho|henne|oss|meg)$/iu.test(asObject(g.np));
    const rest = particle && !pronounObj ? rest0.slice(particle[0].length) : rest0;
    // A stiff verb becomes its plain one only where its forms are known (the infinitive after a modal).
    const lemma = nn ? f.lemma : plainLemma(f.lemma);
    const adv = [g.adv0, g.adv].filter(Boolean).map((a) => ` ${a}`).join("");
    const obj = particle && !pronounObj ? `${particle[1]} ${asObject(g.np)}` : asObject(g.np);
    const aux = g.aux.toLowerCase();
    let head: string;
    // A pronoun object goes before the adverb ("Vi logger deg automatisk ut").
    const light = /^(?:deg|dere|dykk|dem)$/.test(obj);
    const vo = (v: string) => (light ? `${v} ${obj}${adv}` : `${v}${adv} ${obj}`);
    if ((aux === "blir" || aux === "vert") && asInstruction(agent, adv, !lowerAgent && !subordinate, rest)) return `${capital(imperative(lemma))}${adv} ${obj}${rest}`.replace(/\s{2,}/g, " ");
    if (aux === "blir" || aux === "vert") head = vo(nn ? f.present : lemma === f.lemma ? f.present : present(lemma));
    else if (aux === "ble" || aux === "blei" || aux === "vart") {
      if (!nn && lemma !== f.lemma) return null;
      head = vo(f.past);
    } else if (/^(?:har|er) (?:blitt|vorte)$/.test(aux)) head = `har${adv} ${f.participle} ${obj}`;
    else head = `${aux.split(" ")[0]}${adv} ${lemma} ${obj}`;
    return `${cap(agent)} ${head}${rest}`.replace(/\s{2,}/g, " ");
  }
  // "Det skal varsles skriftlig …", "Det kan søkes om støtte": an impersonal passive after a modal, opening the
  // sentence; the agent as for any passive (the reader for what readers do, else the writer).
  if (!lowerAgent && !subordinate) {
    const imp = new RegExp(`^Det[ \\u00A0]+(?<modal>skal|må|kan|bør|vil)[ \\u00A0]+(?:(?<adv>${ADVS})[ \\u00A0]+)?(?<verb>${esc(verb)})(?<rest>(?![\\p{L}]).*)$`, "su").exec(s);
    if (imp?.groups && imp.groups.verb.toLowerCase() === verb.toLowerCase() && !nn) {
      const f = fromSPassive(imp.groups.verb, language);
      const who = f ? agentOf("", imp.groups.verb, imp.groups.rest, imp.groups.modal, language) : null;
      if (f && who) {
        const adv = imp.groups.adv ? ` ${imp.groups.adv}` : "";
        return `${capital(who.agent)} ${imp.groups.modal}${adv} ${plainLemma(f.lemma)}${who.rest}`.replace(/\s{2,}/g, " ");
      }
    }
  }
  // "Det vil bli stengt for vannet i Solbakken …", "Det blir gitt informasjon …": an impersonal passive with
  // "bli" is the writer's own work, said actively ("Vi vil stenge for vannet …").
  if (!lowerAgent && !subordinate) {
    const impBli = new RegExp(`^Det[ \\u00A0]+(?<aux>blir|vert|(?:vil|skal|kan|må|bør)[ \\u00A0]+(?:bli|verte))[ \\u00A0]+(?:(?<adv>${ADVS})[ \\u00A0]+)?(?<part>${esc(verb)})(?<rest>(?![\\p{L}]).*)$`, "su").exec(s);
    if (impBli?.groups && impBli.groups.part.toLowerCase() === verb.toLowerCase() && !AGENT.test(impBli.groups.rest) && !PHRASAL_AFTER.test(impBli.groups.rest)) {
      const f = nn ? fromParticipleNn(impBli.groups.part) : fromParticiple(impBli.groups.part);
      if (f && f.present) {
        const adv = impBli.groups.adv ? ` ${impBli.groups.adv}` : "";
        const aux = impBli.groups.aux.toLowerCase();
        const head = /^(?:blir|vert)$/.test(aux) ? `${nn ? f.present : present(plainLemma(f.lemma))}${adv}` : `${aux.split(/\s+/)[0]}${adv} ${nn ? f.lemma : plainLemma(f.lemma)}`;
        return `Vi ${head}${impBli.groups.rest}`.replace(/\s{2,}/g, " ");
      }
    }
  }
  const sp = SPASS.exec(s);
  if (sp?.groups && sp.groups.verb.toLowerCase() === verb.toLowerCase() && !badNp(sp.groups.np) && !PREPOSITION.test(sp.groups.np) && !/^det$/i.test(sp.groups.np)) {
    const g = sp.groups;
    const f = fromSPassive(g.verb, language);
    if (!f || (nn && !g.modal)) return null;
    // "Beløpet bes innbetalt til konto …": the reader is asked to do what the participle says, to the subject
    // ("Vi ber deg betale beløpet til konto …"), not "Vi ber beløpet betalt".
    if (!nn && /^(?:be|bede|anmode)$/.test(f.lemma)) {
      const part = /^[ \u00A0]+(\p{L}+)(?![\p{L}])/u.exec(g.rest);
      const pf = part ? fromParticiple(part[1]) : null;
      if (!part || !pf || g.modal || subordinate || lowerAgent) return null;
      return `Vi ber deg ${plainLemma(pf.lemma)} ${asObject(g.np)}${g.rest.slice(part[0].length)}`.replace(/\s{2,}/g, " ");
    }
    // "Søknaden sendes Sjøfartsdirektoratet", "Påmelding sendes kontaktlærer innen fredag": the receiver right after
    // a verb of sending gets "til" in the active; any other name right after the verb is not turned.
    g.rest = withReceiver(f.lemma, g.rest);
    if (/^[ \u00A0]+\p{Lu}\p{L}+(?![\p{L}])/u.test(g.rest)) return null;
    // "Klagen sendes ikke til Nav", "Møtet holdes fortsatt i aulaen", "Søknaden behandles nå av kommunen": a
    // sentence adverb right after the verb goes before the object ("Du sender ikke klagen", "Vi holder fortsatt
    // møtet …"), and an "av" agent may follow it.
    const lead = !g.adv && !g.modal ? SENTENCE_ADVERBS.exec(g.rest) : null;
    const who = agentOf(g.np, g.verb, lead ? g.rest.slice(lead[0].length) : g.rest, g.modal ?? false, language, subordinate);
    if (!who) return null;
    const { agent, rest } = who;
    const lemma = plainLemma(f.lemma);
    const leadWords = lead ? lead[0].trim().replace(/\s+/g, " ") : "";
    const neg = /(?:^|\s)(?:ikke|ikkje|aldri)(?:\s|$)/u.test(leadWords);
    const adv = g.adv ? ` ${g.adv}` : lead ? ` ${leadWords}` : "";
    const obj = asObject(g.np);
    // "Tilbudet må aksepteres eller avslås innen …": both verbs turn, the object after the second.
    const coord = nn ? /^[ \u00A0]+(og|eller)[ \u00A0]+(\p{L}+ast)(?![\p{L}])/u.exec(rest) : /^[ \u00A0]+(og|eller)[ \u00A0]+(\p{L}+s)(?![\p{L}])/u.exec(rest);
    if (coord) {
      if (!g.modal) return null;
      const second = plainLemma(nn ? coord[2].slice(0, -3) + "e" : coord[2].slice(0, -1));
      return `${cap(agent)} ${g.modal}${adv} ${lemma} ${coord[1]} ${second} ${obj}${rest.slice(coord[0].length)}`.replace(/\s{2,}/g, " ");
    }
    if (/^[ \u00A0]+(?:og|eller)[ \u00A0]+\p{L}+(?:es|s|et|t)(?![\p{L}])/u.test(rest)) return null;
    // In a subordinate clause the adverb comes before the finite verb ("at du ikke bruker …").
    if (!g.modal && !neg && asInstruction(agent, adv, !lowerAgent && !subordinate, rest)) return `${capital(imperative(lemma))}${adv} ${obj}${rest}`.replace(/\s{2,}/g, " ");
    const fin = g.modal ?? present(lemma);
    const head = subordinate && adv ? `${adv.trim()} ${fin}${g.modal ? ` ${lemma}` : ""} ${obj}` : g.modal ? `${g.modal}${adv} ${lemma} ${obj}` : `${present(lemma)}${adv} ${obj}`;
    return `${cap(agent)} ${head}${rest}`.replace(/\s{2,}/g, " ");
  }
  return null;
}

const SENDING = /^(?:sende|levere|gi|oversende|tilsende|overlevere|returnere|send|gje)$/u;
const NOT_RECEIVER = new RegExp(`^(?:${ADV}|til|inn|ut|tilbake|videre|over|hjem|heim|med|sammen|snarest|senest|seinast|innen|innan|før|etter|per|pr|via|som|i|på|fra|frå|ved|og|eller|hit|dit|kun|bare|berre|neste|første|andre|den|det|de|dei|en|ein|ei|et|eit|alle|hver|kvar|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag)$`, "iu");

/**
 * "sendes kontaktlærer innen fredag": a noun right after a verb of sending, before a deadline, a preposition or
 * the sentence end, is the receiver: the active says "til kontaktlærer". Words that read as adverbs
 * ("elektronisk", "skriftlig", "digitalt") are never taken for one.
 */
function withReceiver(lemma: string, rest: string): string {
  if (!SENDING.test(lemma.toLowerCase())) return rest;
  const m = /^([ \u00A0]+)(\p{L}[\p{L}-]*)(?=[ \u00A0]*(?:[.!?]|$)|[ \u00A0]+(?:innen|innan|senest|seinast|før|på|i|per|via|snarest)(?![\p{L}]))/u.exec(rest);
  if (!m || NOT_RECEIVER.test(m[2])) return rest;
  if (/^\p{Ll}/u.test(m[2]) && /(?:lig|leg|isk|vis|t|s|ere)$/u.test(m[2])) return rest;
  return `${m[1]}til ${m[2]}${rest.slice(m[0].length)}`;
}

/**
 * What may stand before the verb in an inverted sentence: an adverbial (a preposition, an adverb, a number, a
 * fronted clause). "Søknaden sendes Sjøfartsdirektoratet" has its subject first, not an adverbial.
 */
const LEAD_START = /^(?:\u0001|\d|(?:dersom|hvis|viss|når|om|i|på|fra|frå|til|etter|før|under|over|ved|om|innen|innan|med|mellom|gjennom|hos|mot|from|on|in|at|nå|no|da|så|derfor|difor|dermed|snart|straks|her|der|deretter|samtidig|først|seinare|senere|heretter|fremover|framover|dessuten|dessutan|også|òg|neste|denne|dette|kvar|hver|alle|allerede|alt|fortsatt|framleis|fremdeles|likevel|i dag|i morgen|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)(?![\p{L}]))/iu;

/** A fronted subordinate clause without its comma ("Dersom du er under 18 år vert brevet sendt …"). */
const SUBCLAUSE_LEAD = /^(?:dersom|hvis|viss|når|om)[ \u00A0]+(?:du|dere|de|dykk|me|vi|han|hun|ho|det|den|\p{L}+(?:en|et|a|ene|ane))[ \u00A0]/iu;
/** The lead's own words may not look like a clause unless it is a fronted subordinate clause. */
const leadOk = (lead: string) => SUBCLAUSE_LEAD.test(lead) || !NOT_IN_NP.test(leadWords(lead));

/** "Listen legges ut …": with a particle after the verb, the first phrase is the object ("Listen legger vi ut …"). */
const PARTICLE = /^(?:ut|inn|opp|ned|fram|frem|tilbake|bort|vekk|igjen)$/iu;

/** The lead adverbial with "fra og med"/"til og med" as one word (their "og" joins no clauses). */
const leadWords = (lead: string) => lead.replace(/(?<![\p{L}])(?:fra|frå|til) og med(?![\p{L}])/giu, "fom");

/** "I morgen blir vannet stengt" → "I morgen stenger vi vannet" (an adverbial first, the verb second). */
function inverted(s: string, language: Language, verb: string): string | null {
  const nn = language === "nn";
  const { invBli: INV_BLI, invSpass: INV_SPASS } = patterns(verb);
  const ib = INV_BLI.exec(s);
  const okNp = (np: string) => !badNp(np) && !PRONOUN.test(np) && !PREPOSITION.test(np) && !new RegExp(`^(?:${ADVS})(?![\\p{L}])`, "iu").test(np);
  if (ib?.groups && ib.groups.part.toLowerCase() === verb.toLowerCase() && okNp(ib.groups.np) && LEAD_START.test(ib.groups.lead) && leadOk(ib.groups.lead) && !PRONOUN.test(ib.groups.lead) && /^(?:vil|skal|kan|må|bør)$/i.test(ib.groups.aux) === !!ib.groups.mid) {
    const g = ib.groups;
    const modal = !!g.mid;
    const f = nn ? fromParticipleNn(g.part) : fromParticiple(g.part);
    if (!f || INDIRECT.test(g.rest)) return null;
    const who = agentOf(g.np, f.lemma, g.rest, modal ? g.aux : false, language, false, modal && /^kan$/i.test(g.aux));
    if (!who) return null;
    const { agent, rest } = who;
    const a = /^(?:vi|du)$/i.test(agent) ? agent.toLowerCase() : agent;
    const adv = g.adv ? ` ${g.adv}` : "";
    const aux = g.aux.toLowerCase();
    let fin: string;
    if (modal) fin = `${aux} ${a}${adv} ${nn ? f.lemma : plainLemma(f.lemma)}`;
    else if (aux === "blir" || aux === "vert") fin = withSubject(f.present, `${a}${adv}`);
    else fin = `${f.past} ${a}${adv}`;
    return `${g.lead} ${fin} ${asObject(g.np)}${rest}`.replace(/\s{2,}/g, " ");
  }
  const is = INV_SPASS.exec(s);
  if (is?.groups && (LEAD_START.test(is.groups.lead) || PARTICLE.test(is.groups.np ?? is.groups.np2 ?? "")) && leadOk(is.groups.lead) && !PRONOUN.test(is.groups.lead)) {
    const g = is.groups;
    const v = g.verbm ?? g.verb;
    let np = g.np ?? g.np2;
    let restIn = g.rest;
    // "sendes dette brevet også …": a determiner alone is no noun phrase; it takes the noun after it.
    // (Only when the verb comes first: in "skal det holdes årsmøte" the word after the verb is no part of "det".)
    const noun = np && g.verb && /^(?:dette|denne|disse|desse|den|det)$/iu.test(np) ? /^[ \u00A0]+(\p{L}[\p{L}-]*)/u.exec(restIn) : null;
    if (noun && np && !NOT_IN_NP.test(noun[1]) && !new RegExp(`^(?:${ADVS})$`, "iu").test(noun[1])) {
      np = `${np} ${noun[1]}`;
      restIn = restIn.slice(noun[0].length);
    }
    if (!v || !np || v.toLowerCase() !== verb.toLowerCase() || !okNp(np)) return null;
    // "avlyses tenningen av julegrana": after the subject an "av" phrase may be the subject's own ("tenningen av
    // julegrana") or the agent; which one is not told by the words, so the sentence is kept.
    if (/^[ \u00A0]+av[ \u00A0]/u.test(restIn)) return null;
    const f = fromSPassive(v, language);
    if (!f || (nn && !g.modal)) return null;
    const who = agentOf(np, v, restIn, g.modal ?? false, language);
    if (!who) return null;
    const { agent, rest } = who;
    const a = /^(?:vi|du)$/i.test(agent) ? agent.toLowerCase() : agent;
    // ("Etter denne datoen kan kortet ikke lenger brukes": the adverbs after the subject go after the new subject,
    // "kan du ikke lenger bruke kortet", never after the object.)
    const trail = new RegExp(`^(.*?\\p{L})((?:[ \\u00A0]+(?:${ADV}|lenger|lengre|meir|mer))+)$`, "iu").exec(np);
    const obj = trail ? trail[1] : np;
    const advs = trail ? ` ${trail[2].trim()}` : "";
    const fin = g.modal ? `${g.modal} ${a}${advs} ${plainLemma(f.lemma)}` : withSubject(present(plainLemma(f.lemma)), `${a}${advs}`);
    return `${g.lead} ${fin} ${asObject(obj)}${rest}`.replace(/\s{2,}/g, " ");
  }
  return null;
}

/**
 * A subject with a relative clause, closed by a comma ("Tømming som skulle vært fredag 1. mai, flyttes til
 * lørdag 2. mai") keeps its place as a fronted object: "…, flytter vi til lørdag 2. mai". Only where the body
 * or a named agent acts (the reader's own things are said as instructions elsewhere).
 */
function relativeSubject(s: string, language: Language, verb: string): string | null {
  const nn = language === "nn";
  const m = new RegExp(`^(?<head>[\\p{L}][^,;]{2,120}?)[ \\u00A0]+(?:som|der)[ \\u00A0][^,;]{2,160},[ \\u00A0]+(?:(?<aux>blir|vert)[ \\u00A0]+)?(?<verb>${esc(verb)})(?<rest>(?![\\p{L}]).*)$`, "su").exec(s);
  if (!m?.groups || m.groups.verb.toLowerCase() !== verb.toLowerCase()) return null;
  const g = m.groups;
  if (NOT_IN_NP.test(g.head.replace(/[ \u00A0](?:og|eller)[ \u00A0]/giu, " "))) return null;
  const np = s.slice(0, s.length - g.rest.length - g.verb.length - (g.aux ? g.aux.length + 1 : 0)).replace(/[ \u00A0]+$/u, "");
  let fin: string;
  let lemma: string;
  if (g.aux) {
    const f = nn ? fromParticipleNn(g.verb) : fromParticiple(g.verb);
    if (!f || !f.present) return null;
    fin = f.present;
    lemma = f.lemma;
  } else {
    if (nn) return null;
    const f = fromSPassive(g.verb, language);
    if (!f) return null;
    fin = f.present;
    lemma = f.lemma;
  }
  const who = agentOf(g.head, g.aux ? lemma : g.verb, g.rest, false, language);
  if (!who || who.agent === "du") return null;
  // ("Skoler som har bestilt besøk, blir kontaktet av biblioteket": with a noun as the agent, the fronted object
  // reads as the subject — "…, kontakter biblioteket" would have the schools call the library. Only a pronoun
  // subject makes the order plain: "…, flytter vi til lørdag 2. mai".)
  if (who.agent !== "vi" && !/^(?:me|we)$/iu.test(who.agent)) return null;
  const agent = who.agent === "vi" ? "vi" : who.agent;
  return `${np} ${withSubject(fin, agent)}${who.rest}`.replace(/\s{2,}/g, " ");
}

/**
 * The sentence in the active voice, or null when it has no passive of a shape handled here (bokmål and
 * nynorsk). `verb` is the passive verb the checker found ("stengt" after blir/ble, or an s-passive such as
 * "behandles"). Tries the whole sentence with its subject first, then an adverbial first, then the clause
 * that holds the verb ("…, og søknaden sendes til Nav").
 */
const EN_PARTICIPLES = verbsEn.participles as unknown as Record<string, [string, string]>;
const EN_PASSIVE = /^(?<np>[\p{L}][\p{L}'-]*(?:[ \u00A0]+[\p{L}][\p{L}'-]*){0,5}?)[ \u00A0]+(?<aux>will be|is being|are being|is|are|was|were|has been|have been|must be|should be|can be|will not be|cannot be)[ \u00A0]+(?:(?<adv>automatically|also|now|then|not)[ \u00A0]+)?(?<part>[\p{L}]+)(?<rest>(?![\p{L}]).*)$/su;
// (Nor a subordinate clause's subject: "Until the boat is removed, berths 11 and 13 are closed" is no sentence to turn.)
const EN_NOT_NP = /(?<![\p{L}])(?:it|this|that|there|which|who|and|or|if|when|is|are|will|must|until|till|unless|after|before|once|while|because|since|as soon as|whether)(?![\p{L}])/iu;
// What the body does or decides ("can be processed", "can be changed"), never leave given to the reader.
const EN_BODY_VERB = /^(?:processed|decided|approved|assessed|reviewed|changed|granted|refused|rejected|extended|cancelled|canceled|closed|opened|repaired|reduced|increased|adjusted|calculated|issued|published|checked|inspected|handled|considered|offered|allocated|awarded|stopped|suspended|withdrawn|expected|delayed|postponed|moved|emptied)$/i;
const EN_READER_VERB = /^(?:paid|completed|submitted|returned|sent|brought|registered|handed|delivered|shown|signed|booked|uploaded|presented)$/i;

const EN_OBJECT_PRONOUN: Record<string, string> = { they: "them", he: "him", she: "her", i: "me", we: "us", you: "you" };

const EN_BY_NOT_AGENT = /^(?:the[ \u00A0]+(?:end|start|beginning|middle|latest|deadline|time|date|way)\b|(?:post|mail|e-?mail|phone|telephone|fax|hand|letter|text|sms|courier|car|bus|train|law|default|then|now|noon|midnight|today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$)/iu;

/**
 * English: "Harbour Road will be closed from 17:00" → "We will close Harbour Road from 17:00"; "Applications
 * are processed within two weeks" → "We process applications within two weeks"; the agent is the "by …"
 * phrase, the reader for what only the reader does after must/can, else the body ("we").
 */
function activeEnglish(s: string, verb: string): string | null {
  const m = EN_PASSIVE.exec(s);
  if (!m?.groups || m.groups.part.toLowerCase() !== verb.toLowerCase().split(/\s+/).pop()) return null;
  const g = m.groups;
  if (EN_NOT_NP.test(g.np)) return null;
  const forms = EN_PARTICIPLES[g.part.toLowerCase()];
  if (!forms) return null;
  const [base, past] = forms;
  let rest = g.rest;
  let agent = "we";
  const by0 = /^[ \u00A0]+by[ \u00A0]+(?<a>(?:the[ \u00A0]+)?[\p{L}-]+(?:[ \u00A0]+\p{Lu}[\p{L}-]*)*)(?=[\s,.;:!?]|$)/u.exec(rest);
  // "by post", "by Friday", "by the end of May": a means or a time, not who acts; it stays where it is.
  // ("booked by calling 177": a gerund after "by" says how, never who.)
  const by = by0?.groups && (EN_BY_NOT_AGENT.test(by0.groups.a) || /^\p{Ll}+ing$/u.test(by0.groups.a)) ? null : by0;
  // "by NAV and the municipality", "by post, email or fax": more than one, not turned here.
  if (by && /^[ \u00A0]*(?:(?:and|or)[ \u00A0]|,[ \u00A0]*[\p{L}-]+(?:[ \u00A0]+[\p{L}-]+)?[ \u00A0]*(?:,|and[ \u00A0]|or[ \u00A0]))/u.test(rest.slice(by[0].length))) return null;
  // "… by the council, which meets …": the clause belongs to the agent, not to the object it would follow.
  if (by && /^[ \u00A0]*,?[ \u00A0]*(?:who|which|that)(?![\p{L}])/iu.test(rest.slice(by[0].length))) return null;
  if (by?.groups) {
    agent = by.groups.a;
    rest = rest.slice(by[0].length);
  } else if (/^(?:must be|can be|should be|cannot be)$/.test(g.aux) && EN_READER_VERB.test(g.part)) agent = "you";
  // "Items found on buses must be collected from Kolumbus": a requirement with no time of its own binds whoever it
  // is for (here the reader), never the writer, as "må" does in Norwegian. The body's own decisions still turn.
  else if (/^(?:must be|should be)$/.test(g.aux) && !EN_BODY_VERB.test(g.part) && !RULE_TIME.test(rest)) return null;
  // "Free bottled water can be collected at the community centre": "can" gives the reader leave, as "kan" does in
  // Norwegian, unless the verb is the body's own work or decision ("Your application can be processed …").
  else if (/^(?:can be|cannot be)$/.test(g.aux) && !EN_BODY_VERB.test(g.part)) agent = "you";
  // ("A wallet was handed in to Elvestad police station": handed in to a body by a finder, never by the body.)
  if (!by?.groups && HANDED_IN.test(g.part) && /^[ \u00A0]+(?:in[ \u00A0]+|over[ \u00A0]+)?to[ \u00A0]/iu.test(rest)) return null;
  // The capital is the sentence's: "Garden waste collections" → "garden waste collections"; a name keeps it
  // ("Harbour Road": capitals all through).
  // "After that, they are given to charity or thrown away": a second participle joined to the first would be left
  // without its auxiliary ("we give them to charity or thrown away"): the sentence stays as written.
  const second = /^[^.;:]*?(?<![\p{L}])(?:and|or)[ \u00A0]+(?:(?:also|then|not)[ \u00A0]+)?([\p{L}]+)(?![\p{L}])/u.exec(rest)?.[1].toLowerCase();
  if (second && (EN_PARTICIPLES[second] || /(?:ed|own|ken|tten|iven)$/u.test(second))) return null;
  const words = g.np.split(/\s+/);
  // ("Fjordvik library": a place name first keeps its capital whatever follows.)
  const name = (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) || PLACE_END.test(words[0]) || /^\p{Lu}{2}/u.test(words[0]);
  // ("The Storsund Bridge" → "close the Storsund Bridge": the article's capital was the sentence's.)
  // (A pronoun takes its object form: "they are given" → "we give them".)
  const pronoun = EN_OBJECT_PRONOUN[g.np.toLowerCase()];
  const obj = pronoun ?? (name && !/^(?:The|A|An)$/u.test(words[0]) ? g.np : g.np.charAt(0).toLowerCase() + g.np.slice(1));
  const third = /^(?:we|you)$/i.test(agent) ? base : base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") ? base + "es" : base.endsWith("y") && !/[aeiou]y$/.test(base) ? base.slice(0, -1) + "ies" : base + "s";
  const adv = g.adv && g.adv !== "not" ? ` ${g.adv}` : "";
  const aux = g.aux;
  let head: string;
  if (aux === "will be") head = `will${adv} ${base}`;
  else if (aux === "will not be") head = `will not ${base}`;
  else if (aux === "is" || aux === "are") head = g.adv === "not" ? `do not ${base}` : `${adv.trim() ? adv.trim() + " " : ""}${third}`;
  else if (aux === "was" || aux === "were") head = `${adv.trim() ? adv.trim() + " " : ""}${past}`;
  else if (aux === "has been" || aux === "have been") head = `${/^(?:we|you)$/i.test(agent) ? "have" : "has"}${adv} ${g.part.toLowerCase()}`;
  else if (aux === "cannot be") head = `cannot ${base}`;
  else if (aux === "is being" || aux === "are being") return null;
  else head = `${aux.split(" ")[0]}${adv} ${base}`;
  const subject = agent.charAt(0).toUpperCase() + agent.slice(1);
  return `${subject} ${head} ${obj}${rest}`.replace(/\s{2,}/g, " ");
}

/**
 * `heading`: a title or heading states a rule or news; "Nå må innkvartering forhåndsgodkjennes" obliges someone
 * the heading does not name, so an obligation is never given to the writer ("Nå må vi …") there.
 */
export function activeVoice(sentence: string, language: Language, verb: string, opts: { heading?: boolean; item?: boolean } = {}): string | null {
  // "Vannstanden ventes å bli svært høy": a passive that raises the subject of an infinitive has no object to take
  // ("Vi venter vannstanden å bli" is no Norwegian); it stays as written.
  if (verb && language !== "en" && new RegExp(`(?<![\\p{L}])${esc(verb)}[ \\u00A0]+å[ \\u00A0]`, "iu").test(sentence)) return null;
  // "Det blir sett av areal": "sett" with a particle is "sette/setje av", not "se"; the table knows only "se".
  // (So is the nynorsk plural "sette": "Namneplatene blir sette opp" is "setje opp", never "sjå".)
  if (/^sette?$/iu.test(verb) && new RegExp(`(?<![\\p{L}])${esc(verb)}[ \\u00A0]+(?:av|opp|inn|ut|fram|frem|ned|på|sammen|bort|i[ \\u00A0]+gang|i[ \\u00A0]+verk)(?![\\p{L}])`, "iu").test(sentence)) return null;
  // "Invitasjon sendes fra skolen i mai": who sends is named after "fra"; "Vi sender invitasjon fra skolen" would make
  // the writer the sender. It stays as written.
  if (verb && new RegExp(`(?<![\\p{L}])${esc(verb)}(?![\\p{L}])(?:[ \\u00A0]+(?:ut|direkte|digitalt|automatisk|out|directly))?[ \\u00A0]+(?:fra|frå|from)[ \\u00A0]+(?!oss|us(?![\\p{L}]))\\p{L}`, "iu").test(sentence) && /^(?:send|levert|utstedt|issued|sent|delivered)/iu.test(verb)) return null;
  // "Billettar kjøpte gjennom Ticketmaster må refunderast gjennom Ticketmaster": a refund through another party is
  // that party's to make; neither "du" nor "vi" refunds it.
  if (/^(?:refunder|tilbakebetal|refund|reimburs)/iu.test(verb) && new RegExp(`(?<![\\p{L}])${esc(verb)}(?![\\p{L}])[^.;!?]{0,20}?(?<![\\p{L}])(?:gjennom|via|hos|frå|fra|through|from)[ \\u00A0]+\\p{Lu}`, "u").test(sentence)) return null;
  // "Det blir opplyst i klaga at …", "Det hevdes i brevet at …": what a document says is said by its writer, not ours.
  if (SAYING_VERB.test(verb) && new RegExp(`(?<![\\p{L}])${esc(verb)}[ \\u00A0]+(?:i|in)[ \\u00A0]+\\p{L}`, "iu").test(sentence)) return null;
  const out0 = activeVoiceOf(sentence, language, verb);
  // "Dokumentasjonen må sendes oss" → "Du må sende oss dokumentasjonen", not "sende dokumentasjonen oss": the one it
  // goes to comes before the thing sent.
  const out1 = out0 ? out0.replace(INDIRECT_AFTER, "$1$3 $2") : out0;
  // "I denne perioden innføres det parkeringsforbud …": the "det" that held the subject's place is not the object of
  // the active ("innfører vi parkeringsforbud", never "innfører vi det parkeringsforbud").
  const expletive = !!verb && language !== "en" && new RegExp(`(?<![\\p{L}])${esc(verb)}[ \\u00A0]+det[ \\u00A0]+(?!(?:${NOT_AFTER_EXPLETIVE})(?![\\p{L}]))\\p{L}`, "iu").test(sentence);
  const out = out1 && expletive ? out1.replace(/(?<![\p{L}])((?:vi|me|du|dere|dykk)[ \u00A0]+(?:(?:ikke|ikkje|også|òg|nå|no)[ \u00A0]+)?)det[ \u00A0]+(?=\p{L})/iu, "$1") : out1;
  // "Før saka blir vurdert vidare, vil vi gi deg høve …": a fronted clause keeps its conjunction first; a turn that
  // moved it ("Vi vurderer før saka vidare, vil vi …") is no sentence.
  const lead = language !== "en" ? FRONTED_SUBJUNCTION.exec(sentence.trimStart()) : null;
  if (out && lead && !out.trimStart().toLowerCase().startsWith(lead[0].toLowerCase())) return null;
  // "Skjemaet fylles ut og sendes til skolen": a second passive joined to the first would be left without its
  // subject ("Vi fyller skjemaet ut og sendes til skolen"): the sentence stays as written.
  if (out && language !== "en" && COORDINATED_PASSIVE.test(out.slice(Math.max(0, out.toLowerCase().indexOf(" og ") - 1)))) return null;
  if (out && opts.heading && /(?:^|[ \u00A0])(?:(?:Vi|vi|Me|me|We|we)[ \u00A0]+(?:må|skal|bør|must|should)|(?:må|skal|bør)[ \u00A0]+(?:vi|me))(?![\p{L}])/u.test(out)) return null;
  return out;
}

// Words after "det" that make it a pronoun ("forlenges det med to uker": it, the card), not the place-holder before a
// subject ("innføres det parkeringsforbud").
const NOT_AFTER_EXPLETIVE = "med|til|i|på|av|for|fra|frå|om|etter|ut|inn|opp|ned|bort|igjen|nå|no|ikke|ikkje|også|òg|straks|snart|automatisk|derfor|difor|dessverre|likevel|da|då|der|her|innen|innan|senest|seinast|hver|kvar";
// A clause fronted by its conjunction: "Før …", "Når …", "Etter at …", "Dersom …".
const FRONTED_SUBJUNCTION = /^(?:før|når|etter[ \u00A0]+at|dersom|hvis|viss|fordi|mens|medan|inntil|sidan|siden|så[ \u00A0]+snart|straks)[ \u00A0]/iu;
// Verbs of saying and claiming: "opplyst", "hevdes", "påstått", "skrevet", "sagt", "beskrevet", "stated", "claimed".
const SAYING_VERB = /^(?:opplys|hevd|påstå|påstå|skriv|skrev|sag|sei|si(?:es|ast|tt)|beskriv|beskrev|angi|angitt|oppgi|oppgitt|uttal|stat|claim|allege|said|written|describ)/iu;

const INDIRECT_AFTER = /((?<![\p{L}])(?:sende|levere|gi|vise|returnere|ettersende|send|give|show|return)[ \u00A0]+)((?:(?!(?:til|på|i|med|for|hos|innen|innan|to|by|at|on|in|with|for)[ \u00A0])[\p{L}-]+[ \u00A0]+){0,3}?(?!(?:til|på|i|med|for|hos|innen|innan|to|by|at|on|in|with)(?![\p{L}]))[\p{L}-]+)[ \u00A0]+(oss|meg|dykk|us|me)(?![\p{L}])/iu;

const FRONTED_ADVERB_EN = /^(Otherwise|Then|Also|However|Instead|Afterwards|Later|Meanwhile|Therefore|In addition|In (?:January|February|March|April|May|June|July|August|September|October|November|December)|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))[ \u00A0]+(?=\p{Ll})/u;

function activeVoiceOf(sentence: string, language: Language, verb: string): string | null {
  if (language === "en" && sentence.length <= 300 && verb) {
    const t = sentence.trim();
    // ("Otherwise the refund will be sent by post": a fronted adverb is no part of the subject; the active says
    // "Otherwise, we will send the refund by post", never "We will send otherwise the refund".)
    const adv = FRONTED_ADVERB_EN.exec(t);
    if (adv) {
      const rest = t.slice(adv[0].length);
      const main = activeEnglish(rest.charAt(0).toUpperCase() + rest.slice(1), verb);
      return main ? `${adv[1]}, ${/^(?:We|You)[ \u00A0]/u.test(main) ? main.charAt(0).toLowerCase() + main.slice(1) : main}` : null;
    }
    let en = activeEnglish(t, verb);
    // "If we do not hear from you by 20 April, the place will be offered …": the main clause after a fronted
    // condition ("If …, we will offer the place …").
    const cond = /^(?:if|when|unless|once|after|before)[ \u00A0][^,]{3,120},[ \u00A0]+/iu.exec(t);
    if (!en && cond) {
      const main = activeEnglish(t.slice(cond[0].length), verb);
      en = main ? cond[0] + (/^(?:We|You)[ \u00A0]/u.test(main) ? main.charAt(0).toLowerCase() + main.slice(1) : main) : null;
    }
    return en;
  }
  if ((language !== "nb" && language !== "nn") || sentence.length > 300 || !verb) return null;
  const s = sentence.trim();
  const whole = subjectFirst(s, language, verb, false) ?? inverted(s, language, verb) ?? relativeSubject(s, language, verb);
  if (whole) return whole;
  const at = s.toLowerCase().indexOf(verb.toLowerCase());
  if (at <= 0) return null;
  // "Dersom tilbudet ikke aksepteres innen fristen, vil …": the passive in a condition that opens the sentence
  // (its subject first, the adverb before the verb as in any subordinate clause).
  const opening = OPENING_SUBORDINATOR.exec(s);
  const comma = s.indexOf(",");
  if (opening && comma > at) {
    // A subordinate clause puts the negation before the auxiliary ("dokumentasjonen ikke blir mottatt"): read in the
    // main-clause order the patterns know, the subordinate order is given back by subjectFirst.
    const clause = s.slice(opening[0].length, comma).replace(/^([^,]*?)[ \u00A0]+(ikke|ikkje|aldri)[ \u00A0]+(blir|vert|ble|blei|vart)(?=[ \u00A0])/iu, "$1 $3 $2");
    const inner = subjectFirst(clause, language, verb, true, true)?.replace(/^((?:vi|me|du|dere|we|you)[ \u00A0]+)(\p{L}+)[ \u00A0]+(ikke|ikkje|aldri)(?=[ \u00A0])/iu, "$1$3 $2");
    // Only with the agent given or the reader's own act: "Dersom vi ikke aksepterer tilbudet" would be a guess.
    // (What is received is received by the writer: "Dersom dokumentasjonen ikkje vert motteken" → "Dersom vi ikkje
    // mottek dokumentasjonen".)
    const received = /^(?:mott|motek|receiv)/iu.test(verb);
    if (inner && !(/^(?:vi|me)[ \u00A0]/iu.test(inner) && !received && !/[ \u00A0]av[ \u00A0]+oss(?![\p{L}])/iu.test(s.slice(0, comma)))) return opening[0] + inner + s.slice(comma);
  }
  let cut = -1;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(s); m && m.index < at; m = CLAUSE_START.exec(s)) cut = m.index + m[0].length;
  if (cut <= 0) return null;
  const head = s.slice(0, cut);
  const sub = SUBORDINATOR_END.test(head);
  // "Dersom du ikke svarer, kan søknaden bli avslått": after a fronted clause the verb comes first.
  // Only after a fronted subordinate clause ("Dersom du ikke svarer, kan …", "Har du årskort, forlenges …"),
  // not after a relative one ("Tømming som skulle vært 1. mai, flyttes …": the subject is before the comma).
  const fronted = !sub && /,[ \u00A0]*$/.test(head) && FRONTED_CLAUSE.test(s) && head.split(",").length === 2;
  // "Vann som skal brukes til drikke, matlaging og tannpuss må kokes …": after a bare comma that ends no fronted
  // clause, what follows is the rest of a list or of the subject, never a subject of its own ("…, du må koke
  // matlaging og tannpuss" would boil the cooking).
  if (!sub && !fronted && /,[ \u00A0]*$/.test(head)) return null;
  let tail = subjectFirst(s.slice(cut), language, verb, true, sub) ?? (fronted ? inverted("\u0001 " + s.slice(cut), language, verb)?.replace(/^\u0001 /, "") ?? null : null);
  // "Stortinget fastset satsane …, og satsane kan derfor bli endra": the sentence names who acts; "vi" would
  // make the writer do it.
  if (tail && /^(?:vi|me) /.test(tail) && NAMED_SUBJECT.test(s) && !REQUEST_BEFORE.test(head)) return null;
  if (tail && REQUEST_BEFORE.test(head) && /^vi /.test(tail)) tail = "du " + tail.slice(3);
  // ("Hvis du finner levende lus, må barnet behandles før det kommer tilbake": after a condition on the reader, a duty
  // in the passive is the reader's to see to, or someone's the draft does not name; never the writer's.)
  // ("Hvis dere ikke møter, kan forretningen likevel holdes": nor is what may then happen leave given to the reader.)
  if (tail && fronted && /^(?:(?:vi|me)[ \u00A0]+(?:må|skal|bør)|(?:må|skal|bør)[ \u00A0]+(?:vi|me)|(?:du|dere|de)[ \u00A0]+kan|kan[ \u00A0]+(?:du|dere|de))(?![\p{L}])/u.test(tail) && /(?<![\p{L}])(?:du|dere|dykk|De)(?![\p{L}])/u.test(head)) return null;
  // "… må begge skrive under på at tilvisinga blir trekt": in a subordinate clause the actor is whoever the main
  // clause names (here the reader); the writer is never added there unless the clause says "av oss".
  // ("Vi gjer merksam på at vatnet blir stengt", "Fjordvik kommune, Vann og avløp, informerer … om at vannet vil bli
  // stengt": a main clause of the writer's own, or of the body by its name, keeps "vi" in the clause.)
  // ("Ønsker du at saken vurderes før …" → "… at vi vurderer saken før …": the reader asks for the body's case work.)
  const asked = READER_WISH.test(head) && BODY_VERB.test(verb.replace(/^(?:blir|vert|bli|verte)[ \u00A0]+/iu, ""));
  // ("Vi vil redusere gebyret når matavfallet sorteres ut": a condition or a time clause says what happens, often by the
  // reader's hand; the writer of the main clause is not its agent. Only an "at" clause carries the writer's word.)
  const condition = /(?:når|dersom|hvis|viss|om|etter at|fordi)[ \u00A0]+$/iu.test(head);
  if (tail && sub && /^(?:vi|me) /.test(tail) && !asked && (condition || !writerSubject(head, language)) && !/[ \u00A0]av[ \u00A0]+oss(?![\p{L}])/iu.test(s.slice(cut))) return null;
  return tail ? head + tail : null;
}
