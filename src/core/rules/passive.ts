// passive: s-passive ("behandles", "må sendes"), bli-passive ("blir behandlet", "er blitt avslått"),
// impersonal "Det vises til / det bes om", stative "er mottatt" (info), and in nynorsk vert/blir +
// participle, modal + -ast (info) and the present-tense -ast error ("søknaden handsamast").
// Deponent and reciprocal s-verbs (synes, finnes, lykkes, møtes …; nynorsk finst, synest, trivst),
// genitive -s ("kommunens", "NAVs", "tre ukes") and nouns in -s are never flagged. Word classes are data
// (lexicon/<lang>/passive.json); the heuristics follow research §4.2. English text goes to passive-en.ts.
import nbData from "../lexicon/nb/passive.json";
import nnData from "../lexicon/nn/passive.json";
import nbKanselli from "../lexicon/nb/kanselli.json";
import nbNominal from "../lexicon/nb/nominalization.json";
import { K_WORD, type Doc, type Finding, type Language, type Severity, type TokenStore } from "../model";
import type { Rule, RuleContext } from "./types";
import { message } from "./messages";
import { englishPassiveRule } from "./passive-en";
import { finding, firstWordTokenOfSentences, lowerOf, startsUpperAt, tokenStore } from "./util";
import { docWords, F_ENDS_AST, F_ENDS_S, F_UPPER, F_WORD, isIn, lowerLatin1, wordClass, type WordClass } from "./vocab";

interface Lex {
  deponents: Set<string>;
  infoOnly: Set<string>;
  shortBases: string[];
  compoundBases: Set<string>;
  /** "tas", "bes", "sies" … */
  shortExact: Set<string>;
  /** "tas", "bys", "gås" … as the end of a compound ("vedtas", "tilbys", "gjennomgås"). */
  compoundSuffixes: string[];
  notVerbsEs: Set<string>;
  allowEnes: Set<string>;
  modals: Set<string>;
  readerModals: Set<string>;
  determiners: Set<string>;
  bli: Set<string>;
  vaere: Set<string>;
  /** The same two sets as word classes, tested on every token through the shared vocabulary. */
  bliClass: WordClass;
  vaereClass: WordClass;
  det: Set<string>;
  agentStop: Set<string>;
  notPtc: Set<string>;
  ptcWhitelist: Set<string>;
  statifExclude: Set<string>;
  statifSkip: Set<string>;
  superlatives: Set<string>;
  superlativeSuffixes: string[];
  superlativeBefore: Set<string>;
  /** Multi-word adverbials that may stand between bli/verte and the participle, by their first word. */
  adverbials: Map<string, string[][]>;
  /** Adjective suffixes: such a word after bli/være is a complement, not a participle (unless a participle follows). */
  adjectiveSuffixes: string[];
  /** Nynorsk weak participles in -d ("stengd", "kjend"): extra endings (nn only). */
  participleEndingsD: string[];
  /** The participles in -tt; a word in -tt that ends in none of them is no participle ("hoppeslott"). */
  ttParticiples: string[];
}

const set = (a: unknown): Set<string> => new Set(Array.isArray(a) ? (a as string[]).map((s) => s.toLowerCase()) : []);
const arr = (a: unknown): string[] => (Array.isArray(a) ? (a as string[]) : []);

function load(d: Record<string, unknown>): Lex {
  return {
    deponents: new Set([...set(d.deponents), ...set(d.stVerbs)]),
    infoOnly: set(d.infoOnly),
    shortBases: arr(d.shortBases),
    compoundBases: set(d.compoundBases),
    shortExact: new Set(arr(d.shortBases).flatMap((b) => [b + "s", b + "es"])),
    compoundSuffixes: arr(d.compoundBases).map((b) => b + "s"),
    notVerbsEs: set(d.notVerbsEs),
    allowEnes: set(d.allowEnes),
    modals: set(d.modals),
    readerModals: set(d.readerModals),
    determiners: set(d.determiners),
    bli: set(d.bliForms),
    vaere: set(d.vaereForms),
    bliClass: wordClass(set(d.bliForms)),
    vaereClass: wordClass(set(d.vaereForms)),
    det: set(d.det),
    agentStop: set(d.agentPrepositionStop),
    notPtc: set(d.notParticipleAfterBli),
    ptcWhitelist: set(d.participleWhitelist),
    statifExclude: set(d.statifExclude),
    statifSkip: set(d.statifSkip),
    superlatives: set(d.superlatives),
    superlativeSuffixes: arr(d.superlativeSuffixes),
    superlativeBefore: set(d.superlativeBefore),
    adverbials: byFirstWord(arr(d.adverbials)),
    adjectiveSuffixes: arr(d.adjectiveSuffixes),
    participleEndingsD: arr(d.participleEndingsD),
    ttParticiples: arr(d.ttParticiples),
  };
}

function byFirstWord(phrases: string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const ph of phrases) {
    const words = ph.toLowerCase().split(/\s+/).filter((w) => w.length > 0);
    if (words.length === 0) continue;
    const list = m.get(words[0]) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    m.set(words[0], list);
  }
  return m;
}

const LEX: Partial<Record<Language, Lex>> = {
  nb: load(nbData as Record<string, unknown>),
  nn: load(nnData as Record<string, unknown>),
};

/** Common neuter nouns in -et that may follow "bli"/"er" ("blir resultatet"); not participles. */
const NEUTER_ET = new Set(["resultatet", "svaret", "vedtaket", "beløpet", "tilbudet", "arbeidet", "møtet", "kravet", "brevet", "skjemaet", "barnet", "stedet", "huset", "været", "målet", "tallet", "prosjektet", "budsjettet", "utfallet", "forholdet", "problemet", "spørsmålet", "beste", "samfunnet", "landet", "rådet", "styret", "utvalget", "kontoret", "nettet"]);
/** Neuter adjectives in -t that follow "blir det …" / "er …". */
const ADJ_T = new Set(["natt", "skatt", "fart", "kunst", "post", "start", "høst", "gjest", "fest", "test", "kost", "hest", "tekst", "makt", "vekt", "frukt", "lukt", "plott", "dyrt", "greit", "galt", "sterkt", "svakt", "tungt", "travelt", "trangt", "kjekt", "morsomt", "rart", "tomt", "fullt", "høyt", "lavt", "åpent", "sant", "trist", "sikkert", "usikkert", "kort", "vist", "nødt", "stort", "smart", "ekstra", "frist", "fritt", "kjent", "ukjent", "mest", "lengst", "interessant", "relevant", "aktuelt", "tørst", "trøtt", "sint", "nyttig", "mulig", "høgt", "vanskeleg", "mykje", "lett", "rett", "nett"]);

/** Words that may stand between bli/vert and the participle ("blir det sendt", "vert difor sett", "vert med dette gjort"). */
const SKIPPABLE = new Set(["svært", "spesielt", "helt", "heilt", "strengt", "selvsagt", "sjølvsagt", "hardt", "umiddelbart", "snart", "fort", "relativt", "absolutt", "totalt", "fullt", "delvis", "raskt", "kraftig", "sterkt", "nettopp", "akkurat", "særlig", "særleg", "skriftlig", "skriftleg", "elektronisk", "digitalt", "manuelt", "stadig", "gradvis", "endelig", "endeleg", "midlertidig", "mellombels", "dessverre", "allikevel", "likevel", "fortsatt", "framleis", "vanligvis", "vanlegvis", "straks", "direkte", "personlig", "personleg", "tydelig", "tydeleg", "først", "fyrst", "normalt", "nødvendigvis", "egentlig", "eigentleg", "det", "dette", "den", "ikke", "ikkje", "også", "òg", "ofte", "difor", "derfor", "no", "nå", "då", "berre", "bare", "alltid", "automatisk", "heretter", "herved", "allereie", "allerede", "ikkje", "alt"]);

/** Definite neuter nouns that look like -et participles ("medlemskapet", "universitetet", "dokumentet"). */
const NOUN_ET_SUFFIXES = ["skapet", "mentet", "itetet", "iet", "maet", "ådet", "ådet", "tilbudet", "arbeidet", "beløpet", "vedtaket", "området", "budsjettet"];

/** Words after "av" that start a fixed phrase, not an agent ("av hensyn til", "av og til", "av den grunn"). */
const NOT_AGENT = new Set(["hensyn", "omsyn", "og", "den", "det", "dette", "denne", "grunn", "praktiske", "ulike", "andre", "flere", "fleire", "mange", "noen", "nokon", "ein", "en", "et", "eit"]);

const T_ENDINGS = ["ert", "tt", "dt", "lt", "nt", "gt", "kt", "mt", "pt", "rt", "st", "ft", "vd", "dd", "et"];
/** "vert med dette gjort" */
const MED_DETTE = new Set(["dette", "det"]);
/** Auxiliaries before a perfect "blitt"/"vorte" ("er blitt avslått"). */
const PERFECT_AUX = new Set(["er", "var", "har", "hadde", "være", "vere"]);

/**
 * Does w end in one of the suffixes? A plain loop: the rule runs once per token, and a closure passed to
 * Array.some() in a hot loop allocates on every call.
 */
function endsWithAny(w: string, suffixes: ReadonlyArray<string>): boolean {
  for (let k = 0; k < suffixes.length; k++) if (w.endsWith(suffixes[k])) return true;
  return false;
}

/** A word in -tt is a participle only when it ends in a listed one ("mottatt", "utsatt"), not "hoppeslott". */
function notTtParticiple(w: string, L: Lex): boolean {
  return w.endsWith("tt") && L.ttParticiples.length > 0 && !endsWithAny(w, L.ttParticiples);
}

function looksParticipleNb(w: string, L: Lex): boolean {
  if (L.ptcWhitelist.has(w)) return true;
  if (w.length < 4 || L.notPtc.has(w) || NEUTER_ET.has(w) || ADJ_T.has(w) || notTtParticiple(w, L)) return false;
  if (w.endsWith("ende")) return false;
  if (w.endsWith("et") && w.length < 6) return false;
  return endsWithAny(w, T_ENDINGS);
}

function looksParticipleNn(w: string, L: Lex): boolean {
  if (L.ptcWhitelist.has(w)) return true;
  if (w.length < 4 || L.notPtc.has(w) || NEUTER_ET.has(w) || ADJ_T.has(w) || notTtParticiple(w, L)) return false;
  if (w.endsWith("ande") || w.endsWith("ende")) return false;
  if (endsWithAny(w, T_ENDINGS) && !(w.endsWith("et") && w.length < 6)) return true;
  if (w.length >= 5 && endsWithAny(w, L.participleEndingsD)) return true;
  if (w.length >= 5 && w.endsWith("a") && !w.endsWith("ia")) return true;
  if (w.length >= 5 && (w.endsWith("de") || w.endsWith("te") || w.endsWith("ne"))) return true;
  return false;
}

/** Bokmål s-passive form (present/infinitive passive), excluding deponents, genitives and nouns. */
function isSPassiveNb(w: string, L: Lex): boolean {
  if (w.length < 3 || !w.endsWith("s") || w.endsWith("ss")) return false;
  if (L.deponents.has(w) || L.notVerbsEs.has(w)) return false;
  if (L.shortExact.has(w)) return true;
  for (const suf of L.compoundSuffixes) if (w.length >= suf.length + 3 && w.endsWith(suf)) return true;
  if (!w.endsWith("es") || w.length < 5) return false;
  if (w.endsWith("ees") || w.endsWith("ies") || w.endsWith("ens")) return false;
  if ((w.endsWith("enes") || w.endsWith("ernes")) && !L.allowEnes.has(w)) return false;
  // Hyphenated words and words with digits are compounds/codes, not verb forms.
  if (/[\d\-]/.test(w)) return false;
  return true;
}

/**
 * The last two letters (lower case, Latin-1) an s-passive form can have: those of the short forms and compound
 * ends of the list ("tas", "gås"), and "es" ("behandles"). isSPassiveNb() accepts nothing else, so a word whose
 * last two letters are not here is not one. Indexed by (first << 8) | second. Null when a list form's last two
 * letters are not Latin-1: then the pre-test is not used.
 */
const S_PASSIVE_ENDS = ((): Uint8Array | null => {
  const ends = new Uint8Array(1 << 16);
  const nb = LEX.nb;
  for (const f of nb ? [...nb.shortExact, ...nb.compoundSuffixes, "es"] : ["es"]) {
    const a = f.charCodeAt(f.length - 2);
    const b = f.charCodeAt(f.length - 1);
    if (!(f.length >= 2 && a <= 0xff && b <= 0xff)) return null;
    ends[(a << 8) | b] = 1;
  }
  return ends;
})();

/** May the word ending at `end` of the text be an s-passive by its last two letters? True whenever it cannot tell. */
function mayEndSPassive(text: string, end: number): boolean {
  if (end < 2 || S_PASSIVE_ENDS === null) return true;
  const a = text.charCodeAt(end - 2);
  const b = text.charCodeAt(end - 1);
  if (a > 0xff || b > 0xff) return true;
  return S_PASSIVE_ENDS[(lowerLatin1(a) << 8) | lowerLatin1(b)] === 1;
}

const NN_BOKMAL = (nnData as { bokmalPassive?: { minLength?: number; notVerbs?: string[]; notVerbsOrdbank?: string[]; determiners?: string[] } }).bokmalPassive ?? {};
const NN_BOKMAL_NOT = new Set([...(NN_BOKMAL.notVerbs ?? []), ...(NN_BOKMAL.notVerbsOrdbank ?? [])].map((x) => x.toLowerCase()));
const NN_BOKMAL_DET = new Set((NN_BOKMAL.determiners ?? []).map((x) => x.toLowerCase()));

/** A bokmål s-passive in -es inside a nynorsk text ("behandles", "sendes"), not a genitive ("Fjordvik kommunes"). */
function isBokmalPassiveInNn(c: Ctx, i: number): boolean {
  const w = c.lw(i);
  const nb = LEX.nb;
  if (!nb || w.length < (NN_BOKMAL.minLength ?? 6) || !w.endsWith("es") || NN_BOKMAL_NOT.has(w)) return false;
  if (!isSPassiveNb(w, nb)) return false;
  if (i >= 1 && c.st.sentence[i - 1] === c.st.sentence[i] && c.st.kind[i - 1] === K_WORD) {
    const p = c.lw(i - 1);
    if (NN_BOKMAL_DET.has(p) || nb.determiners.has(p)) return false;
    if (startsUpperAt(c.doc.text, c.st.start[i - 1]) && !isSentenceStart(c, i - 1)) return false; // "Storøya kommunes …"
  }
  return true;
}

/** A line of at most four words without an end stop, the word at `i` opening it. */
function nameLine(c: Ctx, i: number): boolean {
  const text = c.doc.text;
  const from = c.st.start[i];
  const nl = text.indexOf("\n", from);
  const line = text.slice(from, nl < 0 ? Math.min(text.length, from + 80) : Math.min(nl, from + 80)).trim();
  return (from === 0 || text[from - 1] === "\n") && line.split(/\s+/).length <= 4 && !/[.!?:,;]$/.test(line);
}

/** The next word of the clause starts with a capital: "Bremnes Fjordhotell" is a name of two words. */
function nextIsName(c: Ctx, i: number): boolean {
  return clauseAfter(c, i, 1) === 1 && startsUpperAt(c.doc.text, c.st.start[i + 1]);
}

/** Nouns that follow a place's name in the name of a body or a place: "Lindesnes kommune", "Sandnes sentrum". */
const NAME_NOUNS = new Set(["kommune", "fylkeskommune", "herad", "kirke", "kyrkje", "skole", "skule", "sentrum", "stasjon", "havn", "hamn", "sykehus", "sjukehus", "bibliotek", "kulturhus", "idrettslag", "vel", "menighet", "sokn", "legekontor", "helsestasjon", "barnehage", "ungdomsskole", "ungdomsskule", "barneskole", "barneskule", "bydel", "sokneråd", "brannvesen", "kraftlag", "energi"]);
function nextIsNameNoun(c: Ctx, i: number): boolean {
  return clauseAfter(c, i, 1) === 1 && NAME_NOUNS.has(c.st.lowerAt(i + 1));
}

function isSentenceStart(c: Ctx, i: number): boolean {
  return i < 1 || c.st.sentence[i - 1] !== c.st.sentence[i];
}

function isSuperlativeNn(w: string, L: Lex): boolean {
  return L.superlatives.has(w) || endsWithAny(w, L.superlativeSuffixes);
}

const IRREGULAR_PRESENT: Record<string, string> = { gjøre: "gjør", være: "er", si: "sier", spørre: "spør", vite: "vet", ta: "tar", gi: "gir", få: "får", be: "ber", se: "ser", gå: "går", stå: "står", dra: "drar", slå: "slår", by: "byr", nå: "når" };

const IRREGULAR_PRESENT_ENTRIES = Object.entries(IRREGULAR_PRESENT);

/**
 * Plain verbs for stiff ones, from the kanselli list's safe fixes (erlegge → betale, anmode → be), so that the
 * active form the message proposes is not itself kansellistil ("vi erlegger"). Light verbs (foreta) get none:
 * the verb to use is in the noun, and the nominalization rule says which.
 */
const PLAIN_VERB = new Map<string, string | null>();
for (const e of (nbKanselli as { entries: Array<{ match: string; infl?: string; fix?: string; fixMap?: Record<string, string> }> }).entries) {
  if (!e.infl?.startsWith("v:") || e.match.includes(" ")) continue;
  const plain = e.fixMap?.[e.match] ?? e.fix;
  if (plain && !plain.includes(" ")) PLAIN_VERB.set(e.match, plain);
}
for (const v of (nbNominal as { lightVerbs?: Array<{ lemma: string }> }).lightVerbs ?? []) PLAIN_VERB.set(v.lemma, null);

/** The infinitive behind an s-passive form: behandles → behandle, tas → ta, sies → si. */
export function infinitiveOf(sPassive: string): string {
  if (sPassive === "sies") return "si";
  return sPassive.slice(0, -1);
}

/** Active present: behandle → behandler, gjøre → gjør. */
export function presentOf(inf: string): string {
  // An indexed loop: destructuring in for-of makes an iterator result per entry, per finding.
  for (let e = 0; e < IRREGULAR_PRESENT_ENTRIES.length; e++) {
    const k = IRREGULAR_PRESENT_ENTRIES[e][0];
    if (inf === k || (inf.endsWith(k) && inf.length > k.length + 2 && k.length > 2)) return inf.slice(0, inf.length - k.length) + IRREGULAR_PRESENT_ENTRIES[e][1];
  }
  return inf + "r";
}

/** Imperative: sende → send, betale → betal, behandle → behandle, oppgi → oppgi. */
function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

export function imperativeOf(inf: string): string {
  if (!inf.endsWith("e") || inf.length < 3) return inf;
  const stem = inf.slice(0, -1);
  const a = stem[stem.length - 2];
  const b = stem[stem.length - 1];
  const vowel = (ch: string | undefined) => ch !== undefined && "aeiouyæøå".includes(ch);
  if (!vowel(a) && !vowel(b) && a !== b && "lnr".includes(b)) return inf; // behandle, åpne
  return stem;
}

interface Ctx {
  doc: Doc;
  L: Lex;
  st: TokenStore;
  lw: (i: number) => string;
}

// The word tokens of the same clause (no punctuation in between) next to token i are consecutive tokens, so
// the helpers below give their number, not an array: before i they are i - 1, i - 2, …; after i, i + 1, i + 2, …
// (an array per candidate was an eighth of all the memory an analysis allocated).

/** How many word tokens of the same clause come right before token i (at most n). */
function clauseBefore(c: Ctx, i: number, n: number): number {
  const s = c.st.sentence[i];
  let count = 0;
  for (let j = i - 1; j >= 0 && count < n; j--, count++) if (c.st.sentence[j] !== s || c.st.kind[j] !== K_WORD) break;
  return count;
}

/** How many word tokens of the same clause come right after token i (at most n). */
function clauseAfter(c: Ctx, i: number, n: number): number {
  const s = c.st.sentence[i];
  let count = 0;
  for (let j = i + 1; j < c.st.length && count < n; j++, count++) if (c.st.sentence[j] !== s || c.st.kind[j] !== K_WORD) break;
  return count;
}

// Words that open a fronted adverbial: the clause's subject then comes after its finite verb.
const FRONTED_OPENERS = new Set(["i", "på", "etter", "før", "fra", "frå", "om", "under", "no", "nå", "denne", "dette", "neste", "hele", "heile", "til", "ved", "sidan", "siden", "da", "då", "her", "der", "derfor", "difor", "dessverre", "også", "òg", "fremdeles", "framleis", "allerede", "alt", "snart"]);

/**
 * Whether token i (a finite verb) comes right after a fronted adverbial of one to four words that opens its
 * clause ("I jula er …", "No er …", "Etter ferien er …"): no subject stands before it.
 */
function frontedBefore(c: Ctx, i: number): boolean {
  const count = clauseBefore(c, i, 5);
  if (count < 1 || count > 4) return false;
  const first = c.lw(i - count);
  if (!FRONTED_OPENERS.has(first)) return false;
  // The clause must start there (a sentence start or after a comma), not inside a longer clause.
  return i - count === 0 || c.st.sentence[i - count - 1] !== c.st.sentence[i] || c.st.kind[i - count - 1] !== K_WORD;
}

/** The word token right before i in its clause, or undefined. */
function prevInClause(c: Ctx, i: number): number | undefined {
  return clauseBefore(c, i, 1) === 1 ? i - 1 : undefined;
}

function modalBefore(c: Ctx, i: number, n = 4): string | undefined {
  const count = clauseBefore(c, i, n);
  for (let j = i - 1; j >= i - count; j--) if (c.L.modals.has(c.lw(j))) return c.lw(j);
  return undefined;
}

/** "… av utvalget" right after the verb: the agent words (at most three). */
function agentAfter(c: Ctx, i: number): { words: string; end: number } | undefined {
  // The clause words after the verb are tokens i + 1 … i + after.
  const after = clauseAfter(c, i, 6);
  // "av" right after the verb (or after one short adverb): "ble fattet av utvalget", "behandles raskt av NAV".
  // Further away it usually belongs to a noun ("foretatt en avstengning av vannforsyningen").
  for (let k = 0; k < Math.min(after, 2); k++) {
    const w = c.lw(i + 1 + k);
    if (w !== "av") {
      if (k === 0 && (SKIPPABLE.has(w) || w.endsWith("ig") || w === "raskt")) continue;
      break;
    }
    // The agent: up to three words after "av", tokens first … last.
    const first = i + 2 + k;
    let last = first - 1;
    for (let m = k + 1; m < after && last - first + 1 < 3; m++) {
      const x = c.lw(i + 1 + m);
      if (c.L.agentStop.has(x) || x === "å") break;
      last = i + 1 + m;
    }
    if (last < first) return undefined;
    const head = c.lw(first);
    if (NOT_AGENT.has(head) || head.endsWith("messige") || head.endsWith("messig")) return undefined;
    const end = c.st.end[last];
    return { words: c.doc.text.slice(c.st.start[first], end), end };
  }
  return undefined;
}

/** "det" just before (≤ 2 words) or right after the passive verb: impersonal passive. */
function impersonalDet(c: Ctx, i: number, startFrom: number): number | undefined {
  const before = clauseBefore(c, startFrom, 2);
  for (let j = startFrom - 1; j >= startFrom - before; j--) {
    if (c.lw(j) === "som") break; // "det som anses …" is a relative clause, not an impersonal passive
    if (c.L.det.has(c.lw(j))) return j;
  }
  if (clauseAfter(c, i, 1) === 1 && c.L.det.has(c.lw(i + 1))) return i + 1;
  return undefined;
}

/** The number of tokens of a listed adverbial ("i morgon", "med dette") that starts at token j in i's clause, or 0. */
function adverbialAt(c: Ctx, j: number): number {
  const cands = c.L.adverbials.get(c.lw(j));
  if (!cands) return 0;
  const s = c.st.sentence[j];
  for (const words of cands) {
    let k = 1;
    for (; k < words.length; k++) {
      const t = j + k;
      if (t >= c.st.length || c.st.sentence[t] !== s || c.st.kind[t] !== K_WORD || c.lw(t) !== words[k]) break;
    }
    if (k === words.length) return words.length;
  }
  return 0;
}

/**
 * A word with an adjective suffix (-ig, -lig, -som, -isk, -bar, comparative -ere) after bli/være: an adjective
 * complement ("blir ledige", "blir høyere enn avtalt") unless a participle follows it, which makes it an adverb
 * ("blir jevnlig oppdatert").
 */
function adjectiveComplement(c: Ctx, j: number, x: string, nn: boolean): boolean {
  if (x.length < 4 || !endsWithAny(x, c.L.adjectiveSuffixes) || c.L.ptcWhitelist.has(x)) return false;
  const t = j + 1;
  if (t < c.st.length && c.st.sentence[t] === c.st.sentence[j] && c.st.kind[t] === K_WORD) {
    const y = c.lw(t);
    if (nn ? looksParticipleNn(y, c.L) : looksParticipleNb(y, c.L)) return false;
  }
  return true;
}

/** Particles and prepositions after "disse rettes": the -s word ends a clause part, so it is no genitive. */
const NOT_GENITIVE_NEXT = new Set(["ut", "inn", "opp", "ned", "av", "frem", "fram", "bort", "tilbake", "vekk"]);

/**
 * "en kommunes", "de ansattes": a determiner before a word in -s makes it a genitive, but only when a noun follows
 * and no modal stands before the determiner ("kan disse rettes til …" is a passive with an inverted subject).
 */
function genitiveAfterDeterminer(c: Ctx, i: number, det: number): boolean {
  if (det >= 1 && c.st.sentence[det - 1] === c.st.sentence[i] && c.st.kind[det - 1] === K_WORD && c.L.modals.has(c.lw(det - 1))) return false;
  const t = i + 1;
  if (t >= c.st.length || c.st.sentence[t] !== c.st.sentence[i] || c.st.kind[t] !== K_WORD) return false;
  const y = c.lw(t);
  return !c.L.agentStop.has(y) && !NOT_GENITIVE_NEXT.has(y);
}

export const passiveRule: Rule = {
  id: "passive",
  languages: ["nb", "nn", "en"],
  run(doc: Doc, rctx: RuleContext): Finding[] {
    if (doc.language === "en") return englishPassiveRule.run(doc, rctx);
    const L = LEX[doc.language];
    const out: Finding[] = [];
    if (!L) return out;
    const lw = lowerOf(doc);
    const st = tokenStore(doc);
    const c: Ctx = { doc, L, st, lw };
    const first = firstWordTokenOfSentences(doc);
    const nn = doc.language === "nn";
    const used = new Uint8Array(st.length);
    const dw = docWords(doc);
    const push = (a: number, b: number, severity: Severity, key: string, data: Record<string, unknown>, vars: Record<string, string> = {}, suggestions: string[] = []) => {
      const lo = Math.min(a, b);
      const hi = Math.max(a, b);
      for (let k = lo; k <= hi; k++) used[k] = 1;
      const start = st.start[lo];
      const end = st.end[hi];
      out.push(finding(doc, { rule: "passive", severity, start, end, message: message(rctx.locale, key, { text: doc.text.slice(start, end), ...vars }), suggestions, data }));
    };

    const flags = dw.flags;
    const bits = dw.bits;
    // The two classes as one mask, read from the table (when both have a bit; else asked word by word).
    const bliBit = L.bliClass.bit;
    const vaereBit = L.vaereClass.bit;
    const auxMask = bliBit !== 0 && vaereBit !== 0 ? bliBit | vaereBit : 0;
    const n = st.length;
    for (let i = 0; i < n; i++) {
      // Only bli/verte and være forms and words in -s or -ast can start a passive (s-passive, nynorsk -ast and -es).
      const f = flags[i];
      if (!(f & F_WORD)) continue;
      if (!(f & (F_ENDS_S | F_ENDS_AST)) && (auxMask !== 0 ? (bits[i] & auxMask) === 0 : !(isIn(dw, lw, i, L.bliClass) || isIn(dw, lw, i, L.vaereClass)))) continue;
      if (used[i]) continue;
      const initial = first[dw.sentence[i]] === i;
      if (!initial && f & F_UPPER) continue; // proper nouns, "NAVs", "De"
      // A bokmål word in -s that is no bli/være form can only be an s-passive: skip the many that cannot
      // end like one ("kommunens", "barnets") before making their string.
      if (!nn && (bits[i] & auxMask) === 0 && auxMask !== 0 && !mayEndSPassive(doc.text, st.end[i])) continue;
      const w = lw(i);

      // --- bli / verte + participle --------------------------------------------------------------
      if (isIn(dw, lw, i, L.bliClass)) {
        // Up to three words of the clause between bli/verte and the participle; a listed adverbial ("i morgon",
        // "med dette") counts as none of them ("Det vert i morgon vegen stengd").
        const sen = st.sentence[i];
        let p: number | undefined;
        for (let j = i + 1, k = 0; j < n && k < 3; ) {
          if (st.sentence[j] !== sen || st.kind[j] !== K_WORD) break;
          const adv = adverbialAt(c, j);
          if (adv > 0) {
            j += adv;
            continue;
          }
          const x = lw(j);
          if (L.bli.has(x)) break;
          // "bli med", "bli til", "bli igjen": not a passive auxiliary.
          if (k === 0 && x === "med" && j + 1 < n && st.sentence[j + 1] === sen && MED_DETTE.has(lw(j + 1))) {
            j++;
            k++;
            continue; // "vert med dette gjort"
          }
          if (k === 0 && (x === "med" || x === "til" || x === "igjen" || x === "att" || x === "værende" || x === "verande")) break;
          // Sentence adverbs and pronouns do not count either ("vert dette brevet også sendt"); at most six
          // tokens are read in all.
          if (SKIPPABLE.has(x)) {
            j++;
            if (j - i > 6) break;
            continue;
          }
          // An adjective complement ends the search ("blir ledige", "blir høyere enn avtalt", "det blir enkelt").
          if (adjectiveComplement(c, j, x, nn)) break;
          if (nn ? looksParticipleNn(x, L) : looksParticipleNb(x, L)) {
            p = j;
            break;
          }
          // An adjective or noun complement ends the search ("blir kaldt i natt", "ble syk i helgen").
          if (L.notPtc.has(x) && !L.statifSkip.has(x) && !SKIPPABLE.has(x)) break;
          if (ADJ_T.has(x) || x === "som" || x === "og" || x === "eller") break;
          j++;
          k++;
        }
        if (p !== undefined) {
          let startTok = i;
          const prev = prevInClause(c, i);
          if (prev !== undefined && (w === "blitt" || w === "vorte" || w === "vorten") && PERFECT_AUX.has(lw(prev))) startTok = prev;
          const det = impersonalDet(c, i, startTok);
          const agent = agentAfter(c, p);
          const verb = lw(p);
          if (det !== undefined) push(Math.min(det, startTok), p, "warning", "passive.impersonal", { kind: "impersonal", verb });
          else if (agent) push(startTok, p, "warning", "passive.agent", { kind: "bli-passive", verb, agent: agent.words }, { agent: agent.words, active: agent.words });
          else push(startTok, p, "warning", "passive", { kind: "bli-passive", verb });
          continue;
        }
      }

      // --- stative: er/var + participle (info) -----------------------------------------------------
      if (isIn(dw, lw, i, L.vaereClass)) {
        const next = clauseAfter(c, i, 3); // the words i + 1 … i + next
        let p: number | undefined;
        for (let j = i + 1; j <= i + next; j++) {
          const x = lw(j);
          if (L.statifSkip.has(x) || SKIPPABLE.has(x)) continue;
          if (L.bli.has(x) || L.statifExclude.has(x)) break;
          if (x.startsWith("u") && x.length > 5 && !x.startsWith("ut") && !x.startsWith("under")) break; // "uendret", "ubesvart": adjectives
          // "I jula er biblioteket ope", "No er kontoret stengt": after a fronted adverbial the word after "er" is
          // the subject (V2 order), and a word in -et there is a definite noun, not a participle.
          const nounLike = endsWithAny(x, NOUN_ET_SUFFIXES) || (x.endsWith("et") && frontedBefore(c, i));
          const ok = !nounLike && (nn ? looksParticipleNn(x, L) && !x.endsWith("e") : looksParticipleNb(x, L) && (L.ptcWhitelist.has(x) || x.endsWith("ert") || x.length >= 5));
          if (ok) p = j;
          break;
        }
        if (p !== undefined) {
          push(i, p, "info", "passive.stative", { kind: "stative", verb: lw(p) });
          continue;
        }
      }

      // --- nynorsk -ast ------------------------------------------------------------------------------
      if (nn) {
        if (w.length >= 5 && w.endsWith("ast") && !L.deponents.has(w) && !isSuperlativeNn(w, L)) {
          const prev = prevInClause(c, i);
          const prevW = prev !== undefined ? lw(prev) : "";
          if (L.superlativeBefore.has(prevW)) continue;
          const modal = prevW === "å" ? "å" : modalBefore(c, i, 10);
          if (modal) push(i, i, "info", "passive.nn-modal", { kind: "s-passive", verb: w, modal });
          else {
            const det = impersonalDet(c, i, i);
            push(det !== undefined ? Math.min(det, i) : i, det !== undefined ? Math.max(det, i) : i, "error", "passive.nn-present", { kind: "nn-present", verb: w });
          }
        } else if (!(startsUpperAt(doc.text, st.start[i]) && (nameLine(c, i) || nextIsName(c, i))) && isBokmalPassiveInNn(c, i)) {
          // ("Bremnes kommune" under the greeting, "Bremnes Fjordhotell": a name line or a name of two words.)
          // NN-02: "Søknaden behandles av kommunen" in a nynorsk text: the bokmål s-passive is not nynorsk.
          push(i, i, "error", "passive.nn-bokmal", { kind: "nn-bokmal", verb: w });
        }
        continue;
      }

      // --- bokmål s-passive ----------------------------------------------------------------------------
      if (!isSPassiveNb(w, L)) continue;
      // "på Sandnes grendehus", "Kjelsås skole": a capital inside the sentence makes the word a name, not a verb.
      // So is one that opens a short line with no end stop ("Sandnes vel" under "Hilsen"): a name line, not a clause.
      // (So is one that opens a sentence before a name's noun or a second capital: "Lindesnes kommune har innvilget …".)
      if (startsUpperAt(doc.text, st.start[i]) && (!isSentenceStart(c, i) || nameLine(c, i) || nextIsName(c, i) || nextIsNameNoun(c, i))) continue;
      const prevIdx = prevInClause(c, i);
      const p = prevIdx !== undefined ? prevIdx : i - 1;
      if (p >= 0 && st.sentence[p] === st.sentence[i]) {
        // genitive: "en kommunes", "de ansattes" (but "kan disse rettes til …" is a passive)
        if (st.kind[p] === K_WORD && L.determiners.has(prevIdx !== undefined ? lw(prevIdx) : st.lowerAt(p)) && genitiveAfterDeterminer(c, i, p)) continue;
      }
      const info = L.infoOnly.has(w);
      const modal = modalBefore(c, i);
      const det = impersonalDet(c, i, i);
      const agent = agentAfter(c, i);
      const stiff = PLAIN_VERB.get(infinitiveOf(w));
      const inf = stiff ?? infinitiveOf(w);
      const sev: Severity = info ? "info" : "warning";
      // The active form goes in the message. It is a suggestion (a click replaces the span) only where it
      // reads right in place: "det henstilles" → "vi henstiller". "Søknaden behandles" → "Søknaden vi
      // behandler" or "Klagen må sendes" → "Klagen må du må sende" would not.
      const pres = presentOf(inf);
      if (stiff === null) push(det ?? i, i, sev, det !== undefined ? "passive.impersonal" : "passive", { kind: det !== undefined ? "impersonal" : "s-passive", verb: w });
      else if (det !== undefined) {
        const inPlace = det === i - 1 && !modal;
        if (modal) push(det, i, sev, "passive.impersonal", { kind: "impersonal", verb: w, modal });
        else push(det, i, sev, "passive.impersonal.active", { kind: "impersonal", verb: w }, { active: `vi ${pres}` }, inPlace ? [`vi ${pres}`] : []);
      } else if (agent) push(i, i, sev, "passive.agent", { kind: "s-passive", verb: w, agent: agent.words }, { agent: agent.words, active: `${agent.words} ${pres}` });
      else if (modal && L.readerModals.has(modal)) push(i, i, sev, "passive.reader", { kind: "s-passive", verb: w, modal }, { imperative: capitalise(imperativeOf(inf)), active: `du ${modal} ${inf}` });
      else if (modal) push(i, i, sev, "passive.modal", { kind: "s-passive", verb: w, modal }, { modal, inf });
      else push(i, i, sev, "passive.active", { kind: "s-passive", verb: w }, { active: `vi ${pres}` });
    }
    out.sort((a, b) => a.start - b.start);
    return out;
  },
};
