// Small helpers shared by the composers.
import imperatives from "../message/cues/imperatives.json";

// (Each a whole word: "Vedr" is not stripped off "Vedrørande", which left "ørande søknad".)
// (A genre label in front, "Pressemelding: …", "Press release: …", names the kind of text for editors; citizens
// reading an SMS or a post need the news.)
const TITLE_PREFIX = /^(?:(?:vedrørende|vedrørande|vedkommende|vedkomande|vedr|angående|angåande|gjelder|gjeld|bekjentgjøring|kunngjøring|kunngjering)(?![\p{L}])\.?|ang\.|vedr\.|re:|(?:pressemelding|pressemelding|press release|news release|nyhet|nyheit|news)[ \u00A0]*[:–—-])\s*[:–—-]?\s*/iu;

/** The title without reference prefixes ("Vedrørende", "Bekjentgjøring –"), first letter upper-case. */
export function cleanTitle(title: string): string {
  let t = title.trim().replace(/\s+/g, " ");
  const stripped = t.replace(TITLE_PREFIX, "");
  if (stripped.length >= 8) t = stripped;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function endSentence(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : t.replace(/[:;,]$/, "") + ".";
}

const CONDITIONAL = /^(?:[\p{L}-]+\s+som|dersom|hvis|viss|om|når|if|when|those who|anyone who)\s/iu;

/** A full https:// link for a web address written with or without scheme. */
export function fullUrl(text: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  const slash = text.search(/[/?#]/);
  return "https://" + (slash < 0 ? text.toLowerCase() : text.slice(0, slash).toLowerCase() + text.slice(slash));
}

/** Sentences that say what the reader must do ("Drikkevatn skal kokast …"); not questions or conditions. */
const MUST = /(?<![\p{L}])(skal|må|bør|must|should)(?![\p{L}])/iu;
const INSTRUCTION = new Map<string, boolean>();
export function isInstruction(text: string): boolean {
  let r = INSTRUCTION.get(text);
  if (r === undefined) {
    if (INSTRUCTION.size > 5000) INSTRUCTION.clear();
    r = instruction(text);
    INSTRUCTION.set(text, r);
  }
  return r;
}

const IMPERATIVE = new Set([...imperatives.nb, ...imperatives.nn, ...imperatives.en]);

function instruction(text: string): boolean {
  const t = text.trim();
  // "Tapp vann på forhånd." — an imperative first is an instruction (not "Les mer …", which only points on).
  const first = t.split(/\s+/, 2);
  if (IMPERATIVE.has(first[0]?.toLowerCase() ?? "") && !/^(?:mer|meir|more)$/i.test(first[1] ?? "") && !/\?$/.test(t)) return true;
  // "Vi ber deg sende …", "Vi ber om at …" (the rewritten "Abonnentene bes om å …") ask the reader to act.
  if (/^(?:vi ber (?:deg|dere|dykk|om at|alle|samtlige|samtlege)|vi oppfordrer (?:deg|dere|dykk)|we ask you)(?![\p{L}])/iu.test(t) && !/\?$/.test(t)) return true;
  if (!MUST.test(t)) return false;
  // Questions, conditions and inverted conditions ("Er du revisjonspliktig, må du …") are not instructions to all.
  if (/\?$/.test(t) || CONDITIONAL.test(t) || /^\p{L}+\s+(?:du|dere|dykk|you)\s/iu.test(t)) return false;
  // The modal is the main-clause verb (Norwegian V2: within the first five words), and not negated.
  const words = t.split(/\s+/).map((w) => w.replace(/[,.;:!]+$/, "").toLowerCase());
  const i = words.findIndex((w) => MUST.test(w));
  return i >= 1 && i <= 4 && !words.slice(i + 1, i + 3).some((w) => /^(ikke|ikkje|aldri|not|never)$/.test(w));
}


// Names: words the draft writes with a capital inside a sentence or a title ("Stenging av Storbrua",
// "… langs Kyrkjevegen"). A rewrite that moves such a word from the start of its sentence must keep its capital
// ("Storbrua stenges" → "Vi stenger Storbrua"); the rewriters themselves only know the usual name endings.
let namesOf: { text: string; names: Set<string> } | undefined;
function draftNames(draft: string): Set<string> {
  if (namesOf?.text === draft) return namesOf.names;
  const names = new Set<string>();
  // Only the first 200 kB: a name that matters to a short channel is named early.
  const t = draft.length > 200_000 ? draft.slice(0, 200_000) : draft;
  for (const m of t.matchAll(/(?<=[\p{Ll}\p{N},;:][ \u00A0]+)\p{Lu}[\p{Ll}-]{2,}/gu)) names.add(m[0]);
  namesOf = { text: draft, names };
  return names;
}

// Nynorsk allows "vi" and "me" for the writer; a rewrite that brings in "vi" follows the draft's own choice.
let meOf: { text: string; me: boolean } | undefined;
function draftSaysMe(draft: string): boolean {
  if (meOf?.text === draft) return meOf.me;
  const t = draft.length > 200_000 ? draft.slice(0, 200_000) : draft;
  const me = (t.match(/(?<![\p{L}])[Mm]e(?![\p{L}])/gu) ?? []).length;
  const vi = (t.match(/(?<![\p{L}])[Vv]i(?![\p{L}])/gu) ?? []).length;
  meOf = { text: draft, me: me > vi };
  return meOf.me;
}

/**
 * `out` with the capital back on every name of the draft that `original` had capitalised and `out` lower-cased,
 * and, in a nynorsk draft that says "me", the writer as "me" where the rewrite brought in "vi".
 */
export function keepNames(original: string, out: string, draft: string, language?: string): string {
  if (out === original) return out;
  if (language === "nn" && !/(?<![\p{L}])[Vv]i(?![\p{L}])/u.test(original) && draftSaysMe(draft)) out = out.replace(/(?<![\p{L}])([Vv])i(?![\p{L}])/gu, (_, v: string) => (v === "V" ? "Me" : "me"));
  const names = draftNames(draft);
  if (!names.size) return out;
  // Only the word that opened the original sentence: that is the one a rewrite moves and lower-cases ("Storbrua
  // stenges" → "Vi stenger storbrua"); "the road surface" stays as written beside "Harbour Road".
  const first = /^[\s«"“(]*(\p{Lu}[\p{Ll}-]{2,})/u.exec(original)?.[1];
  if (!first || !names.has(first)) return out;
  const low = first.charAt(0).toLowerCase() + first.slice(1);
  const at = out.search(new RegExp(`(?<![\\p{L}\\p{N}])${low.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u"));
  return at < 0 ? out : out.slice(0, at) + first + out.slice(at + low.length);
}

/**
 * A title lowered from capitals gives each word the case the draft writes it in elsewhere, where that is not
 * plain lower case: "tt-kort" → "TT-kort", "bjørkdal" → "Bjørkdal" (a capital inside a sentence is a name's).
 */
export function caseFromDraft(title: string, draft: string): string {
  return title.replace(/(?<![\p{L}\d])[\p{L}][\p{L}\d-]*/gu, (w, at: number) => {
    if (at === 0) return w;
    const re = new RegExp(`(?<![\\p{L}\\d-])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d-])`, "giu");
    for (const m of draft.matchAll(re)) {
      const form = m[0];
      if (form === w || !/\p{Ll}/u.test(form)) continue;
      const inner = /.\p{Lu}/u.test(form);
      const midSentence = /[\p{L}\d,][ \u00A0]$/u.test(draft.slice(Math.max(0, (m.index ?? 0) - 2), m.index));
      if (inner || midSentence) return form;
    }
    return w;
  });
}
