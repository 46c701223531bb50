// Reads a draft into the parts the composers need: title, sections with roles, signature and footer,
// the sender, and the sentences that carry the main message, the action, appeal, access and contact.
import type { Doc, Fact, Language, Sentence } from "../model";
import type { Part } from "./types";
import { lowerBound } from "../text/lower-bound";
import { parse } from "../text/parse";
import { cue } from "./cues";
import { append } from "./append";
import { BARE_DATE_LINE, DATE_LINE } from "./date-line";
import { cellsOf, readTable, RULE_ROW } from "./table";

export type Role = "body" | "action" | "appeal" | "access" | "contact";

export interface Sent {
  text: string;
  start: number;
  end: number;
  kind: Sentence["kind"];
  paragraph: number;
}

export interface Para {
  /** Original text of the paragraph (kept verbatim when no sentence moves out of it). */
  text: string;
  sentences: Sent[];
  list: boolean;
}

/** Two list paragraphs with only one line break between them (no blank line) belong to one list. */
function oneLineApart(text: string, a: Para, b: Para): boolean {
  const gap = text.slice(a.sentences[a.sentences.length - 1].end, b.sentences[0].start);
  return (gap.match(/\n/g) ?? []).length === 1 && /^[ \t\u00A0]*\r?\n[ \t\u00A0]*(?:[-–•*]|\d{1,2}[.)])?[ \t\u00A0]*$/u.test(gap);
}

export interface Section {
  heading?: Sent;
  paras: Para[];
  role: Role;
}

export interface DraftStructure {
  doc: Doc;
  language: Language;
  title?: Sent;
  sections: Section[];
  signature: Sent[];
  /** The greeting line under the title ("Hei Sara,", "Dear Mr Ahmadi,"): the letter keeps it; the short channels do not. */
  greeting?: Part;
  footer: Sent[];
  /** Letterhead, address and reference lines above the title, kept as written. */
  header?: { start: number; end: number; text: string };
  /** Form fields right under the title ("Navn: …", "Fødselsnummer: …", "Saksnr.: …"), kept as written. */
  fields?: { start: number; end: number; text: string };
  /** The sender named in the draft's own signature block (never a name from the body). */
  sender?: string;
  senderSpan?: { name: string; start: number; end: number };
}

const HEADING_ROLE: Array<[Role, RegExp]> = [
  ["appeal", /(?<![\p{L}\p{N}])(klag\p{L}*|anke\p{L}*|påklag\p{L}*|appeal)(?![\p{L}\p{N}])/iu],
  // Access to the case's documents ("Du har rett til innsyn", "Rett til å se dokumenta"), not any heading with
  // "dokument" in it: "Slik sender du dokument" tells the reader what to do.
  ["access", /(?<![\p{L}\p{N}])(innsyn|(?:se|sjå|see)(?:[ \u00A0]+\p{L}+)?[ \u00A0]+(?:dokument\p{L}*|documents?))(?![\p{L}\p{N}])/iu],
  ["contact", /(?<![\p{L}\p{N}])(spørsmål|kontakt\p{L}*|questions?|contact)(?![\p{L}\p{N}])|informasjon\s*\?$/iu],
  ["action", /(?<![\p{L}\p{N}])(dette må du|slik (?:gjer|gjør|svarar|svarer|uttaler|uttalar|søker|søkjer|sender|sendar|ettersender|ettersendar|leverer|leverar)|frist|what you need)(?![\p{L}\p{N}])/iu],
];

const QUESTION_HEADING = /^(har du spørsmål|trenger du (?:mer )?(?:informasjon|hjelp)|treng du (?:meir )?(?:informasjon|hjelp)|spørsmål|questions|any questions)\??$/iu;
const APPEAL_OUTCOME = /(?<![\p{L}])(?:klagen|klaga|anken|the appeal|your appeal)[ \u00A0]+(?:din[ \u00A0]+|di[ \u00A0]+)?(?:er|ble|blei|vart|har blitt|har vorte|is|was|has been)[ \u00A0]+(?:nå[ \u00A0]+|no[ \u00A0]+)?(?:vurdert|behandlet|behandla|handsama|avvist|tatt til følge|teke til følgje|considered|assessed|upheld|rejected|dismissed)(?![\p{L}])|(?<![\p{L}])(?:tas|takast|tatt|teke)[ \u00A0]+(?:delvis[ \u00A0]+|ikke[ \u00A0]+|ikkje[ \u00A0]+)?til[ \u00A0]+følg(?:e|je)(?![\p{L}])/iu;
// The right or its deadline in a sentence, beyond the noun ("klagefristen", "kan klage", "klage på", "appeal").
const APPEAL_STRONG = /(?<![\p{L}])(?:klagefrist\p{L}*|klagerett\p{L}*|klageadgang\p{L}*|kan[ \u00A0]+(?:\p{L}+[ \u00A0]+){0,2}(?:klage|klaga|påklage|klages|klagast|påklages|påklagast)|klage[ \u00A0]+(?:på|over)|påklag\p{L}*|appeal\p{L}*|anke\p{L}*)(?![\p{L}])/iu;
// The right to appeal, said outright: what makes "Klagen sendes til …" beside it part of the appeal block.
const APPEAL_RIGHT = /(?<![\p{L}])(?:klagefrist\p{L}*|klagerett\p{L}*|klageadgang\p{L}*|(?:kan|har rett til å)[ \u00A0]+(?:\p{L}+[ \u00A0]+){0,2}(?:klage|klaga|påklage|klages|klagast|påklages|påklagast|ankes|ankast)|fristen[ \u00A0]+for[ \u00A0]+å[ \u00A0]+klage|appeal\p{L}*|anke\p{L}*)(?![\p{L}])/iu;
const APPEAL_SENT = /(?<![\p{L}\p{N}])(klag[ae]\p{L}*|påklag\p{L}*|anke\p{L}*|appeal\p{L}*)(?![\p{L}\p{N}])/iu;
const ACCESS_SENT = /(?<![\p{L}\p{N}])(innsyn\p{L}*|se dokumentene|sjå dokumenta|see the documents)(?![\p{L}\p{N}])/iu;
const ACTION_SENT = /(?<![\p{L}\p{N}])(må|bes|anmodes|skal|vert bedne|må du|need to|must)(?![\p{L}\p{N}])/iu;
const FOOTER_SENT = /^(dokumentet er elektronisk godkjent|du kan ikke svare på denne|du kan ikkje svare på denne|vedlegg(?![\p{L}\p{N}])|kopi(?![\p{L}\p{N}])|kilde:|kjelde:|this is an automated)/iu;
/**
 * A short question alone in its paragraph, answered by the paragraph after it ("Kva skjer dersom du ikkje sender
 * opplysningane?"), heads that answer as a heading would. Not one with a number (a date or an amount is a fact of
 * the body), nor one followed by another question or by nothing.
 */
function questionHeading(text: string, next: Sent[]): boolean {
  const t = text.trim();
  if (!t.endsWith("?") || /\p{N}/u.test(t) || t.split(/\s+/).length > 12) return false;
  return next.length > 0 && !next[next.length - 1].text.trim().endsWith("?") && next[0].kind !== "heading" && next[0].kind !== "signature";
}
/**
 * A full sentence under the signature ("Saka har blitt automatisk sakshandsama.") is a note to the reader, not
 * part of the name block: it ends like a sentence and has several words in lower case (names, titles and
 * addresses do not).
 */
function isNote(text: string): boolean {
  const t = text.trim();
  if (!/[.!?]$/u.test(t)) return false;
  const words = t.split(/[\s\u00A0]+/u);
  return words.length >= 4 && words.filter((w) => /^\p{Ll}{2,}[.,!?]?$/u.test(w)).length >= 2;
}
// A web address or a label with its value ("Mer informasjon: …"): no name of a body.
const WEB_OR_LABEL = /https?:|www\.|\.(?:no|com|org|net|eu)(?![\p{L}])|:[ \u00A0]/iu;
const CLOSING = /^(?:med\s+)?(?:vennlig(?:st)?\s+|venleg(?:ast)?\s+|beste\s+)?(?:hilsen|helsing)(?![\p{L}\p{N}])|^(?:mvh|vh)(?![\p{L}\p{N}])|^(?:kind|best)\s+regards(?![\p{L}\p{N}])|^yours\s+(?:sincerely|faithfully)(?![\p{L}\p{N}])/iu;

// Public bodies often named as senders (used only when the draft names them itself).
const ORG = /(?<![\p{L}\p{N}])(NAV|Nav|Skatteetaten|Kartverket|Altinn|Helsenorge|Lånekassen|Statens vegvesen|Politiet|UDI|Brønnøysundregistrene|Digdir|Husbanken|Statsforvalteren i [\p{Lu}][\p{L}-]+|[\p{Lu}][\p{L}-]+ (?:fylkes)?kommune|Helse [\p{Lu}][\p{L}-]+|Sykehuset [\p{Lu}][\p{L}-]+|Sjukehuset [\p{Lu}][\p{L}-]+)(?![\p{L}\p{N}])/u;

function sentOf(doc: Doc, s: Sentence): Sent {
  return { text: s.text, start: s.start, end: s.end, kind: s.kind, paragraph: s.paragraph };
}

/** Whether a fact of one of `kinds` lies inside `s` (facts are sorted by start: a binary search, then a walk). */
function factIn(facts: Fact[], s: { start: number; end: number }, kinds: string[]): boolean {
  for (let i = lowerBound(facts.length, (k) => facts[k].start, s.start); i < facts.length && facts[i].start < s.end; i++) if (facts[i].end <= s.end && kinds.includes(facts[i].kind)) return true;
  return false;
}

/**
 * The sender the draft's own signature block names, or undefined. Never a name from the body: a text that
 * mentions a police district or the municipality that won a prize is not signed by it.
 */
function findSender(signature: Sent[], language: Language, text = ""): { name: string; start: number; end: number } | undefined {
  // "Vennlig hilsen Nav" on one line: the name after the closing words is the sender's.
  const lines = signature.flatMap((s) => {
    const t = s.text.trim();
    const m = CLOSING.exec(t);
    if (!m) return [s];
    const rest = t.slice(m[0].length).replace(/^[\s,]+/, "");
    if (!rest) return [];
    const at = s.start + s.text.indexOf(rest, s.text.indexOf(m[0]) + m[0].length);
    return [{ ...s, text: rest, start: at, end: at + rest.length }];
  });
  // The line with an organisation word ("Fjordvik kommune", "Nav Fjordvik", "Vannverket"), cut at a comma.
  // A unit over its body ("Helsestasjonen" / "Fjordane kommune", "Kemnerkontoret" / "Sandnes kommune"): the body
  // signs, the name every reader can place (an SMS from "Tildelingskontoret" with an amount looks like fraud).
  const found: Array<{ name: string; start: number; end: number }> = [];
  // "Sunnfjord Miljøverk IKS / på vegner av Sunnfjord kommune": the body that writes on another's behalf signs;
  // the one it acts for is never the sender on its own (`behalf`).
  let behalf = false;
  let prev: Sent | undefined;
  for (const s of lines) {
    if (ON_BEHALF.test(s.text.trim())) {
      behalf = true;
      const above = prev?.text.trim().replace(/[.:;,]$/, "");
      if (!found.length && prev && above && above.length <= 60 && /^\p{Lu}/u.test(above) && !/[{}@]|\d{3}/.test(above) && !CLOSING.test(above) && !NAME_LINE.test(above)) {
        const at = prev.start + prev.text.indexOf(above);
        found.push({ name: above, start: at, end: at + above.length });
      }
      // "Mona Heggen / kulturkonsulent / på vegner av Storlia kommune": a person (a name, a job title) writes for the
      // body, and the body signs.
      const t = s.text.trim();
      const body = t.replace(ON_BEHALF, "").trim().replace(/[.:;,]$/, "");
      if (!found.length && body && body.length <= 80 && /^\p{Lu}/u.test(body) && !/[{}@]|\d{3}/.test(body) && (orgWord(language, body) || ORG.test(body))) {
        const at = s.start + s.text.indexOf(body);
        found.push({ name: body, start: at, end: at + body.length });
        behalf = false;
      }
      prev = s;
      continue;
    }
    prev = s;
    for (const m of s.text.matchAll(/[^,\n–—|]+/gu)) {
      // ("Nordmøre interkommunale renovasjonsselskap (NIR) for Kristiansund og Averøy": the name up to its short form.)
      const part0 = m[0].trim().replace(/[.:;]$/, "");
      const part1 = /^.{3,60}?\([\p{Lu}]{2,8}\)[ \u00A0]+\p{L}/u.test(part0) ? /^(.{3,60}?\([\p{Lu}]{2,8}\))/u.exec(part0)![1] : part0;
      // ("The County Governor of Nordfjell (Statsforvalteren i Nordfjell)": a name too long with its other name in
      // brackets is the name before them.)
      const bracketed = part1.length > 60 ? /^([^()]{3,60}?)[ \u00A0]*\([^()]{3,60}\)$/u.exec(part1) : null;
      const part = bracketed ? bracketed[1].trim() : part1;
      // (Not a label with its value or a web address: "Mer informasjon: bodo.kommune.no/bandtvang" names no sender.)
      // (Nor a job title, written in lower case under the name: "leder forebyggende avdeling" is no body.)
      if (part && part.length <= 60 && /^[\p{Lu}\p{N}]/u.test(part) && !/[{}@]|\d{3}/.test(part) && !WEB_OR_LABEL.test(part) && (orgWord(language, part) || ORG.test(part))) {
        const at = s.start + (m.index ?? 0) + m[0].indexOf(part);
        found.push({ name: part, start: at, end: at + part.length });
      }
    }
    if (found.length >= 4) break;
  }
  if (found.length) return (behalf ? undefined : found.find((f) => cue(language, "parentBodies").test(f.name))) ?? found[0];
  // "Hilsen Elvia" on one line: one word right after the closing words signs for the body when it is an acronym
  // ("Hilsen NAV") or the name of the draft's own web site ("elvia.no/…"); "Hilsen Kari" is a person, who does not
  // sign an SMS for the body.
  for (const s of signature) {
    const t = s.text.trim();
    const m = CLOSING.exec(t);
    const rest = m ? t.slice(m[0].length).replace(/^[\s,]+/u, "").replace(/[.!]$/u, "") : "";
    const site = /^\p{Lu}[\p{Ll}-]{1,30}$/u.test(rest) && new RegExp(`(?<![\\p{L}\\p{N}.-])(?:www\\.)?${rest.toLowerCase()}\\.(?:no|com|org|net)(?![\\p{L}])`, "u").test(text.slice(0, 200_000).toLowerCase());
    if ((/^\p{Lu}{2,8}$/u.test(rest) || site) && !WEB_OR_LABEL.test(rest)) {
      const at = s.start + s.text.indexOf(rest, s.text.indexOf(m![0]) + m![0].length);
      return { name: rest, start: at, end: at + rest.length };
    }
  }
  // A person's name or job title ("Kari Nordmann", "seniorrådgiver") does not sign an SMS for the body.
  return undefined;
}

/** A signature line that names whom the sender acts for: "på vegner av Sunnfjord kommune", "on behalf of …". */
// ("på oppdrag frå Vestland fylkeskommune", "commissioned by …": the one who ordered the service does not send it.)
const ON_BEHALF = /^(?:på[ \u00A0]+vegne(?:r)?[ \u00A0]+av|on[ \u00A0]+behalf[ \u00A0]+of|for[ \u00A0]+og[ \u00A0]+på[ \u00A0]+vegne(?:r)?[ \u00A0]+av|på[ \u00A0]+oppdrag[ \u00A0]+(?:frå|fra|for|av)|commissioned[ \u00A0]+by|under[ \u00A0]+contract[ \u00A0]+(?:to|with))[ \u00A0]/iu;

// ("Publisert 2. juli 2027", "Sist oppdatert 3. mars", "Updated 4 May": a web page's stamp says when it was written.)
// (Any "…nr.:" or "…nummer:" field of the letter's head: "Målernr.: 19-0774512", "Fakturanr.: 2025-01477", "Gnr./bnr.: 54/112".)
const HEADER_LINE = /^(?:(?:publisert|publisert den|oppdatert|sist oppdatert|sist endra|sist endret|published|updated|last updated)[ \u00A0:]+\d|(?:vår|deres|dykkar|our|your)\s+ref(?:eranse|erence)?\.?|(?:referanse|reference|ref\.)(?=[ \u00A0]*:)|(?:vår|deres|dykkar|our|your)\s+(?:dato|date)|saksnr\.?|saksnummer|arkivkode|dato|date|fødselsnummer|fødselsnr\.?|fnr\.?|d-nummer|postboks|org\.?\s*nr\.?|organisasjonsnummer|telefon|tlf\.?|e-post|adresse|til:|fra:|frå:|navn:|namn:|name:|to:|from:|barn:|barnet:|child:|elev:|eleven:|pupil:|søker:|søkar:|søkjar:|applicant:|pasient:|patient:|fødd:|født:|eier:|eigar:|owner:|eiendom:|eigedom:|property:|kunde:|kundenummer|kundenr\.?|customer:|customer number|taxpayer:|skattyter:|skattytar:|leietaker:|leigetakar:|tenant:|mottakar:|date of birth|(?:national )?identity number|personal (?:identity|id) number|d-number|fødselsdato|case no\.?|case number|our ref\.?|your ref\.?|mottaker|unntatt offentlighet|unntatt frå offentlegheit|unnateke offentlegheit|exempt from public disclosure|v\/|att\.?:?|c\/o|\p{L}+nr\.?[ \u00A0]*:|\p{L}+[ \u00A0]+(?:no|nr)\.?[ \u00A0]*:|\p{L}+nummer[ \u00A0]*:|g(?:nr|ardsnr)\.?[ \u00A0]*\/[ \u00A0]*b(?:nr|ruksnr)\.?)(?![\p{L}])|^\d{4}[ \u00A0]+\p{Lu}|^(?:(?!(?:i|på|ved|av|til|for|frå|fra|langs|in|at|on)[ \u00A0])[\p{L}.-]+[ \u00A0]+){0,2}?[\p{L}-]*(?:gata|gaten|gate|veien|vegen|vei|veg)[ \u00A0]+\d/iu;
// A name line ("Kari Nordmann", "Ola B. Hansen"): every word capitalised. (Case-sensitive: under the flag "i"
// a title such as "Innkalling til oppfølgingssamtale" read as a name, and the letter lost its title.)
// ("Emil Rasmussen Dahle, f. 14.05.2016": a name with its birth date is a name line too.)
const NAME_LINE = /^\p{Lu}[\p{L}.'-]+(?:[ \u00A0]+\p{Lu}[\p{L}.'-]+){1,3}(?:,[ \u00A0]*(?:f\.|født|fødd|born)[ \u00A0]*\d{1,2}\.\d{1,2}\.\d{2,4})?$/u;
// "Til føresette for", "Til foreldre/foresatte til": the line that says whom a letter about a child is to.
// ("Til føresette til Emil Haugland (f. 2016)", "To the parents of Noah Berg": with the child's name and birth.)
// ("Til beboerne i Solbakken borettslag", "To all residents of Elm Street": the group a notice is addressed to.)
// ("Til Silje og Tor Opheim", "To Ms Sara Ahmadi": the addressee by name, two capitalised names or more.)
const TO_LINE = /^(?:(?:til|to)[ \u00A0]+(?:(?:mr|mrs|ms|miss|dr)\.?[ \u00A0]+)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \u00A0]+(?:(?:og|and|&)[ \u00A0]+)?\p{Lu}[\p{Ll}-]+){1,4}$|til[ \u00A0]+(?:føresette|foresatte|foreldre|verje|verge|(?:alle[ \u00A0]+)?(?:beboer\p{L}*|bebuar\p{L}*|innbygg\p{L}*|abonnent\p{L}*|huseier\p{L}*|huseigar\p{L}*|hytteeier\p{L}*|hytteeigar\p{L}*|nabo\p{L}*|grunneier\p{L}*|grunneigar\p{L}*|medlem\p{L}*|andelseier\p{L}*|andelseigar\p{L}*))|to[ \u00A0]+(?:all[ \u00A0]+)?the[ \u00A0]+(?:parents?|guardians?|residents?|householders?|neighbours?|neighbors?|members?)|to[ \u00A0]+all[ \u00A0]+(?:residents?|householders?|neighbours?|neighbors?|members?))(?:[ \u00A0/]+(?:\p{L}+|\d{1,2}\.)){0,8}(?:,?[ \u00A0]*\(?(?:f\.|født|fødd|born)[ \u00A0]*[\d.]{4,10}\)?)?$/iu;

/** A block of short lines at the top of a letter: letterhead, address, references (no sentence among them). */
function isHeaderBlock(text: string, language: Language): boolean {
  // At most six lines of at most 60 characters: a longer paragraph is not split to find out.
  if (text.length > 6 * 61 + 20) return false;
  const lines = text.trim().split(/\n/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length || lines.length > 6) return false;
  // "Fjordvik kommune / Plan og byggesak": the lines under an organisation's name are its unit (a short line that
  // starts with a capital), whatever their case.
  // (An organisation's line is a name: "School closed on Friday due to storm warning" holds "School" but is a title.)
  const org = (l: string) => (orgWord(language, l) || ORG.test(l)) && nameShaped(l, language);
  const unit = (l: string, k: number) => k > 0 && org(lines[0]) && /^\p{Lu}/u.test(l) && l.split(/\s+/).length <= 5 && !/[,;:]/.test(l);
  // (A reference line may be longer: "Deres ref.:   Vår ref.: 2025/3312-4   Dato: 14.10.2025".)
  return lines.every((l, k) => !/[.!?]$/.test(l) && ((l.length <= 100 && HEADER_LINE.test(l)) || (l.length <= 60 && (NAME_LINE.test(l) || TO_LINE.test(l) || DATE_LINE.test(l) || BARE_DATE_LINE.test(l) || org(l) || unit(l, k)))));
}

// A Norwegian postal code and place ("5600 Kvamsøy", "8450 Bjørkdal").
const POSTCODE_LINE = /^\d{4}[ \u00A0]+\p{Lu}[\p{L} .-]*$/u;

/**
 * Is the text at `at` inside an address block: lines between blank lines, at most six of at most 60
 * characters, the last a postal code and place ("Til føresette for / Emil Rasmussen Dahle, f. 14.05.2016 /
 * Kvernhusvegen 8 / 5600 Kvamsøy")? Whatever its first lines say, such a block is the address.
 */
function inAddressBlock(text: string, at: number): boolean {
  const before = text.lastIndexOf("\n\n", at);
  const from = before < 0 ? 0 : before + 2;
  const after = text.indexOf("\n\n", at);
  const block = text.slice(from, after < 0 ? text.length : after).trim();
  const lines = block.split("\n").map((l) => l.trim());
  return lines.length >= 2 && lines.length <= 6 && lines.every((l) => l.length > 0 && l.length <= 60) && POSTCODE_LINE.test(lines[lines.length - 1]);
}

/** A line shaped like a name: at most five words, or most words capitalised ("Statens vegvesen Region nord"). */
function nameShaped(l: string, language: Language): boolean {
  const words = l.split(/\s+/).filter(Boolean);
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6) return true;
  // A short name holds lower-case words only as its body's word or a little word: "Fjordvik kommune", "Seksjon for
  // plan og bygg"; "Nye åpningstider på passkontoret" says what is new, it names no one.
  // ("Kvamsøy kyrkjelege fellesråd": an adjective before the body's word that ends the name.)
  const endsOnBody = words.length >= 3 && words.length <= 4 && orgWord(language, words[words.length - 1]) && words.slice(1, -1).every((w) => /^\p{Ll}+(?:e|a)$/u.test(w) && w.length >= 5);
  return words.length <= 5 && words.every((w, k) => k === 0 || /^\p{Lu}/u.test(w) || /^(?:og|i|for|på|av|til|and|of|the|in|on|at|&)$/iu.test(w) || orgWord(language, w) || k > 1 || endsOnBody);
}

/** A block of one to eight "Label: value" lines whose labels name a reference or a person (HEADER_LINE). */
function isFieldBlock(text: string): boolean {
  if (text.length > 8 * 81) return false;
  const lines = text.trim().split(/\n/).map((l) => l.trim()).filter(Boolean);
  // ("Til: Sindre Aas" / "Bakkegata 12" / "6800 Førde", "Til Ahmed Ali" / "Trondheimsveien 210 B" / "0570 Oslo": the
  // addressee's street and postcode lines belong to the block, and so does a "Til" line that names one person.)
  const addressee = (l: string, i: number) => i === 0 && toName(l) && lines.length > 1;
  return lines.length > 0 && lines.length <= 8 && lines.some((l, i) => l.includes(":") || addressee(l, i)) && lines.every((l, i) => l.length <= 80 && ((l.includes(":") && HEADER_LINE.test(l)) || ADDRESS_LINE.test(l) || addressee(l, i)));
}
/** "Til Ahmed Ali": a line to one person by name. */
export function toName(line: string): boolean {
  if (!/^(?:Til|To)[ \u00A0]+\p{Lu}/u.test(line)) return false;
  const names = line.replace(/^(?:Til|To)[ \u00A0]+/u, "");
  // ("Til Silje og Tor Opheim": two people, the first by the given name only.)
  return NAME_LINE.test(names) || names.split(/[ \u00A0]+(?:og|and|&)[ \u00A0]+/u).every((n, i, xs) => xs.length > 1 && (NAME_LINE.test(n) || (i < xs.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(n))));
}
/** One to three lines, each a street with its number or a postcode and place. */
function addressLines(text: string): boolean {
  const lines = text.trim().split(/\n/).map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.length <= 3 && lines.every((l) => ADDRESS_LINE.test(l));
}
// A street line with its number ("Trondheimsveien 210 B", "Bakkegata 12"), a postcode and place ("0570 Oslo"), both on
// one line ("Bakkeveien 14, 7080 Heimdal", "Bryggen 4, 8006 Bodø"), or whom it goes by ("v/ føresette Kristin Fjeld", "c/o Hansen").
const ADDRESS_LINE = /^(?:[\p{L} .-]+(?:gata|gaten|gate|veien|vegen|vei|veg|road|street|lane|allé|plass|bakken|stien)[ \u00A0]+\d{1,4}(?:[ \u00A0]?[A-Za-z])?(?:,[ \u00A0]*\d{4}[ \u00A0]+\p{Lu}[\p{L} -]{1,30})?|\d{4}[ \u00A0]+\p{Lu}[\p{L} -]{1,30}|\p{Lu}[\p{L}.-]*(?:[ \u00A0]+[\p{L}.-]+){0,2}[ \u00A0]+\d{1,4}(?:[ \u00A0]?[A-Za-z])?,[ \u00A0]*\d{4}[ \u00A0]+\p{Lu}[\p{L} -]{1,30}|(?:v\/|c\/o|att\.?)[ \u00A0]*\p{L}[\p{L} .-]{1,60})$/u;

/**
 * A closing block without "Med vennlig hilsen": the last paragraph is one to four short lines, none a
 * sentence, and one names an organisation ("Vannverket i Haugsdal kommune", "Statens vegvesen").
 */
function looksLikeSignature(ss: Sent[], text: string, language: Language): boolean {
  if (ss.length === 0 || ss.length > 4) return false;
  const lines = text.trim().split(/\n/);
  if (lines.length > 4) return false;
  if (lines.some((l) => !signatureLineLength(l, language) || (/[.!?]$/.test(l.trim()) && !/\b(?:AS|ASA|IKS)\.$/.test(l.trim())))) return false;
  return lines.some((l) => orgWord(language, l) || ORG.test(l));
}

/** t.split(/\s+/).length for a trimmed `t`, counted only up to `cap` (a 100 kB paragraph is not split to find it is long). */
function wordsUpTo(t: string, cap: number): number {
  const gaps = /\s+/g;
  let n = 1;
  while (n < cap && gaps.exec(t)) n++;
  return n;
}

export function readStructure(text: string, facts: Fact[], language?: Language, parsed?: Doc): DraftStructure {
  const doc = parsed && parsed.text === text ? parsed : parse(text, language);
  const paras = doc.paragraphs;
  const sentencesOf = (pi: number) => doc.sentences.slice(paras[pi].sentenceStart, paras[pi].sentenceEnd).map((s) => sentOf(doc, s));
  let first = 0;
  let title: Sent | undefined;
  // A greeting line ("Hei,", "Kjære Kari") is not a title and not the main message; the letter leaves it out.
  const isGreeting = (pi: number) => {
    // A greeting is a few words: a long paragraph is never split to find out.
    const t = paras[pi].text.length <= 200 ? paras[pi].text.trim() : "";
    // ("Dear parents and guardians of pupils in Year 3," on a line of its own, ending in a comma, is one too.)
    const words = t.split(/\s+/).length;
    return !!t && (words <= 4 || (words <= 14 && !t.includes("\n") && /,$/.test(t))) && GREETING.test(t);
  };
  // ("Hei Sofie Lund," on the first line: the letter keeps it over the message, as it keeps one under the title; a bare
  // "Hei," names no one and goes.)
  const greetingAt = (pi: number): Part => {
    const t = paras[pi].text.trim();
    const at = paras[pi].start + paras[pi].text.indexOf(t);
    return { start: at, end: at + t.length, text: t };
  };
  const topGreeting = paras.length > 0 && isGreeting(0) ? greetingAt(0) : undefined;
  if (topGreeting) first = 1;
  // A letterhead and an address block at the top ("NAV Fjordvik", "Kari Nordmann / Fødselsnummer: …",
  // "Vår ref: …") come before the title; the organisation named there may sign the letter.
  let letterhead: { name: string; start: number; end: number } | undefined;
  const headerStart = first;
  // ("Fotografering ved Hafslo skule" over "Kjære foreldre og føresette": a greeting under a line is no title, so the
  // line above it is the title, not a letterhead.)
  const titleLike = (pi: number) => pi < paras.length && !/[.!?:]$/.test(paras[pi].text.trim()) && paras[pi].text.trim().length <= 120 && !isGreeting(pi);
  // "Fjordvik kommune" / "Plan og byggesak" on the next line: the unit under the organisation's name is letterhead.
  const unitLine = (pi: number) => {
    if (pi === 0 || !/^[ \t]*\r?\n[ \t]*$/.test(doc.text.slice(paras[pi - 1].end, paras[pi].start))) return false;
    const above = paras[pi - 1].text.trim().split("\n").pop()!.trim();
    const l = paras[pi].text.trim();
    return (orgWord(doc.language, above) || ORG.test(above)) && !l.includes("\n") && l.length <= 60 && /^\p{Lu}/u.test(l) && l.split(/\s+/).length <= 5 && !/[.!?,;:]$/.test(l);
  };
  // "Notice of interview – police case" over "To: … / Case no.: …": a line that is no name over a block of fields is
  // the title (an organisation word inside it — "police" — does not make it a letterhead).
  const titleOverFields = (pi: number) => {
    const t = paras[pi].text.trim();
    return !t.includes("\n") && !NAME_LINE.test(t) && !ORG.test(t) && !HEADER_LINE.test(t) && !unitLine(pi) && pi + 1 < paras.length && isFieldBlock(paras[pi + 1].text);
  };
  // "Ny time hos tannhelsetenesta" over "Til føresette til Emil Haugland (f. 2016)": a line over the block that says
  // whom the letter is to is the title, whatever words it holds; the block is the letter's address, not its title.
  const toBlock = (pi: number) => pi < paras.length && TO_LINE.test(paras[pi].text.trim().split("\n")[0].trim()) && (isHeaderBlock(paras[pi].text, doc.language) || isFieldBlock(paras[pi].text));
  const titleOverTo = (pi: number) => {
    const t = paras[pi].text.trim();
    return !t.includes("\n") && !NAME_LINE.test(t) && !HEADER_LINE.test(t) && !TO_LINE.test(t) && toBlock(pi + 1);
  };
  while (first < paras.length - 1 && first < 12 && ((isHeaderBlock(paras[first].text, doc.language) && !titleOverFields(first) && !titleOverTo(first)) || (first > headerStart && unitLine(first)) || inAddressBlock(doc.text, paras[first].start)) && titleLike(first + 1)) {
    // ("Lars Eide" / "Nedre Eide gård" / "4373 Vikeid": a line under the reader's name in the address block is where the
    // reader lives or works, never the letterhead.)
    const underName = first > headerStart && NAME_LINE.test(paras[first - 1].text.trim().split("\n").pop()!.trim()) && !/\n[ \t]*\n/u.test(doc.text.slice(paras[first - 1].end, paras[first].start));
    const inBlock = paras[first].text.trim().split("\n");
    const nameAbove = inBlock.length > 1 && NAME_LINE.test(inBlock[0].trim());
    // (Nor is the reader's own address block, "Storhaug Jernvare AS" / "v/ daglig leder …" / "Fabrikkveien 14" / "4623
    // Tangvik": a business the letter is sent to never signs it.)
    if (!letterhead && !underName && !nameAbove && !inAddressBlock(doc.text, paras[first].start)) {
      const line = paras[first].text.trim().split("\n")[0].trim();
      if (!/[{}@]|\d{3}/.test(line) && (orgWord(doc.language, line) || ORG.test(line))) {
        const at = paras[first].start + paras[first].text.indexOf(line);
        letterhead = { name: line, start: at, end: at + line.length };
      }
    }
    first++;
  }
  if (paras.length > first) {
    // A "sentence" of emoji or marks only ("🚧 Stengt veg! 🚧") belongs to the line before it.
    const ss = sentencesOf(first).filter((x, k) => k === 0 || /[\p{L}\p{N}]/u.test(x.text));
    const t0 = ss[0]?.text.trim() ?? "";
    const words0 = wordsUpTo(t0, 17);
    // A heading, a short line without end punctuation, a short question ("Skal du søke barnehageplass?") or a
    // short exclamation on a line of its own ("Stengt veg!"); a line of its own ending in "?" or "!" may be as long
    // as a title without a stop ("Join the big beach clean-up on Saturday 6 June!").
    const oneLine = !paras[first].text.trim().includes("\n");
    const looksLikeTitle =
      ss.length === 1 &&
      paras.length > first + 1 &&
      (ss[0].kind === "heading" || (!/[.!?:,]$/.test(t0) && words0 <= 16) || (/\?$/.test(t0) && words0 <= 10) || (oneLine && /!$/.test(t0) && words0 <= 8) || (oneLine && /[?!]$/.test(t0) && words0 <= 16));
    if (looksLikeTitle) {
      title = ss[0];
      first += 1;
      // "PRESSEMELDING" over "Leikarringen Fjellfolk får kulturprisen": a one-word label in capitals over
      // a title-like line is part of the header; the line under it is the title.
      const label = /^\p{Lu}{4,30}$/u.test(t0);
      // ("PRESSEMELDING" / "Storlia, 1. mars 2027" / the title: the dateline under the label is header too.)
      const dateline = (pi: number) => pi < paras.length - 1 && DATE_LINE.test(paras[pi].text.trim());
      if (label && dateline(first)) first += 1;
      const next = first < paras.length - 1 ? sentencesOf(first) : [];
      if (label && next.length === 1 && !paras[first].text.trim().includes("\n") && !/[.!?:,;]$/.test(next[0].text.trim()) && wordsUpTo(next[0].text.trim(), 17) <= 16) {
        title = next[0];
        first += 1;
      }
    }
  }
  // "Navn: Ola Bergersen / Fødselsnummer: …" under the title: the letter's reference fields, never its message
  // (the key event, the SMS's topic) and never reflowed into the first paragraph.
  let fields: DraftStructure["fields"];
  // (The parser makes each short line a paragraph of its own: a run of such lines is one block.)
  if (title) {
    let k = first;
    // (The addressee's street and postcode under "Til: Sindre Aas" go with it, as their own paragraph too.)
    // (So does a business or a person addressed by name over the address: "Kafé Brygga AS" / "v/ daglig leder Tone Berg" /
    // "Bryggen 4, 8006 Bodø".)
    const orgOver = (pi: number) => {
      const [t, ...rest] = paras[pi].text.trim().split("\n").map((l) => l.trim());
      // (Or a person by name over the address: "Emil Haugland" / "Bakkeveien 5 B" / "7040 Trondheim".)
      const named = t.length <= 60 && (((orgWord(doc.language, t) || ORG.test(t)) && nameShaped(t, doc.language)) || NAME_LINE.test(t));
      return named && pi + 1 < paras.length && (rest.length ? addressLines(rest.join("\n")) : addressLines(paras[pi + 1].text));
    };
    while (k < paras.length - 1 && k - first < 8 && (isFieldBlock(paras[k].text) || (k === first && (toBlock(k) || orgOver(k) || (toName(paras[k].text.trim()) && k + 1 < paras.length && addressLines(paras[k + 1].text)))) || (k > first && addressLines(paras[k].text)))) k++;
    if (k > first) {
      fields = { start: paras[first].start, end: paras[k - 1].end, text: text.slice(paras[first].start, paras[k - 1].end) };
      first = k;
    }
  }
  let greeting: Part | undefined = topGreeting;
  while (first < paras.length && isGreeting(first)) greeting = greetingAt(first++);
  // Signature: from the closing line ("Med vennlig hilsen") to the end, footer lines apart.
  let sigStart = paras.length;
  for (let i = first; i < paras.length; i++) {
    // Only the paragraph's first sentence can be the closing line: read that one, not the whole paragraph.
    const k0 = paras[i].sentenceStart;
    if (k0 < paras[i].sentenceEnd && CLOSING.test(sentOf(doc, doc.sentences[k0]).text.trim())) {
      sigStart = i;
      break;
    }
  }
  // "… Logg inn på Nav for å lese det. Vennlig hilsen Nav": a closing inside the last paragraph.
  let inlineClosing = -1;
  if (sigStart === paras.length && paras.length > first) {
    const ss = sentencesOf(paras.length - 1);
    const k = ss.findIndex((x, j) => j > 0 && CLOSING.test(x.text.trim()));
    if (k > 0) inlineClosing = k;
  }
  // No closing line: a last paragraph that reads as a signature block ("Statens vegvesen") is one.
  // The block may be split into one paragraph per line ("Fjordvik kommune" / "Teknisk drift").
  if (sigStart === paras.length && inlineClosing < 0 && paras.length - 1 > first) {
    let k = paras.length;
    let lines = 0;
    while (k - 1 > first && lines < 4) {
      const t = paras[k - 1].text.trim();
      const n = t.split("\n").length;
      // (List rows and lines with a date or a clock are text, not a name: "1. fra tirsdag 3. mars kl. 2200 …" right
      // above "Lillevik kommune" is the notice's schedule.)
      // (A dateline under the name, "NAV Elvheim" / "4. oktober 2027", is part of the block.)
      if (lines + n > 4 || t.split("\n").filter((l) => !BARE_DATE_LINE.test(l.trim()) && !DATE_LINE.test(l.trim())).some((l) => !signatureLineLength(l, doc.language) || /[.!?]$/.test(l.trim()) || /^(?:[-–•*]|\d{1,2}[.)])[ \u00A0]/u.test(l.trim()) || /(?<![\p{L}])kl\.?[ \u00A0]*\d|\d{1,2}\.[ \u00A0]*\p{Ll}{3,}|\d{1,2}[ \u00A0]+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])/u.test(l))) break;
      lines += n;
      k--;
    }
    if (k < paras.length && looksLikeSignature(sentencesOf(k), text.slice(paras[k].start, paras[paras.length - 1].end), doc.language)) sigStart = k;
  }
  const signature: Sent[] = [];
  const footer: Sent[] = [];
  if (inlineClosing > 0) for (const x of sentencesOf(paras.length - 1).slice(inlineClosing)) (FOOTER_SENT.test(x.text.trim()) || footer.length ? footer : signature).push(x);
  for (let i = sigStart; i < paras.length; i++) {
    for (const s of sentencesOf(i)) {
      if (FOOTER_SENT.test(s.text.trim()) || footer.length || (signature.length > 0 && isNote(s.text))) footer.push(s);
      else signature.push(s);
    }
  }
  const sections: Section[] = [];
  let cur: Section | undefined;
  let greeted = false;
  // "Storgata: mandag 8. juni" / "Parkveien: onsdag 10. juni": short lines one under the other, each with a time or
  // a number, are the rows of a timetable, not headings each over nothing (a heading has text under it). They are
  // one block, read like a list: each row is part of what the text says.
  const row = (pi: number) => {
    if (pi < first || pi >= sigStart) return false;
    const t = paras[pi].text.trim();
    return !t.includes("\n") && t.length <= 120 && /\d/.test(t) && paras[pi].sentenceEnd - paras[pi].sentenceStart === 1 && !/[.!?]$/.test(t);
  };
  const rowsApart = (a: number, b: number) => /^[ \t\u00A0]*\r?\n[ \t\u00A0]*$/u.test(text.slice(paras[a].end, paras[b].start));
  const timetableLine = (pi: number) => row(pi) && ((pi > first && row(pi - 1) && rowsApart(pi - 1, pi)) || (row(pi + 1) && rowsApart(pi, pi + 1)));
  // A text table ("Vei/plass | Stengt fra | Åpner igjen" over its rows): one list block, the draft's lines kept as its
  // text (the letter keeps the table as written), each row one item; the head is no heading and no sentence (the short
  // channels say a row with the head's labels: channels/render.ts).
  const tableFrom = (pi: number): { end: number; para: Para } | undefined => {
    if (!paras[pi].text.includes("|") && !paras[pi].text.includes("\t")) return undefined;
    const lines: Array<{ text: string; start: number }> = [];
    let width = 0;
    let j = pi;
    // (At most 200 rows: a longer run of lines with bars is read as text, and a long draft is never rescanned per line.)
    for (; j < sigStart && j - pi < 200 && (j === pi || /^[ \t\u00A0]*\r?\n[ \t\u00A0]*$/u.test(text.slice(paras[j - 1].end, paras[j].start))); j++) {
      let at = paras[j].start;
      const ls = paras[j].text.split("\n");
      // (A line with another number of cells ends the run: a table's rows all have the head's.)
      if (!ls.every((l) => RULE_ROW.test(l.trim()) || ((c) => !!c && (!width || c.length === width) && !!(width = c.length))(cellsOf(l)))) break;
      for (const l of ls) {
        lines.push({ text: l, start: at });
        at += l.length + 1;
      }
    }
    const table = j - pi >= 1 ? readTable(lines) : undefined;
    if (!table) return undefined;
    const paragraph = sentencesOf(pi)[0]?.paragraph ?? pi;
    const sentences: Sent[] = table.rows.map((r) => ({ text: text.slice(r.start, r.end), start: r.start, end: r.end, kind: "list-item" as const, paragraph }));
    return { end: j, para: { text: text.slice(paras[pi].start, paras[j - 1].end), sentences, list: true } };
  };
  for (let i = first; i < sigStart; i++) {
    const tb = tableFrom(i);
    if (tb) {
      if (cur && cur.heading) cur.paras.push(tb.para);
      else sections.push({ paras: [tb.para], role: "body" });
      if (!cur || !cur.heading) cur = undefined;
      i = tb.end - 1;
      continue;
    }
    let ss = sentencesOf(i);
    if (inlineClosing > 0 && i === paras.length - 1) ss = ss.slice(0, inlineClosing);
    // "Hei! Du er invitert …": a greeting that opens the first paragraph is not part of the message.
    if (!greeted && ss.length > 1 && GREETING.test(ss[0].text.trim()) && ss[0].text.trim().split(/\s+/).length <= 4) ss = ss.slice(1);
    greeted = true;
    if (ss.length === 0) continue;
    if (ss.every((s) => FOOTER_SENT.test(s.text.trim()))) {
      const after = footer.splice(0);
      append(footer, ss);
      append(footer, after);
      continue;
    }
    if (timetableLine(i)) ss = ss.map((x) => ({ ...x, kind: "list-item" as const }));
    const isHeading = ss.length === 1 && (ss[0].kind === "heading" || QUESTION_HEADING.test(ss[0].text.trim()) || (i > first && questionHeading(ss[0].text, i + 1 < sigStart ? sentencesOf(i + 1) : [])));
    if (isHeading) {
      const h = ss[0];
      const role = HEADING_ROLE.find(([, re]) => re.test(h.text))?.[1] ? HEADING_ROLE.find(([, re]) => re.test(h.text))![0] : "body";
      cur = { heading: h, paras: [], role };
      sections.push(cur);
      continue;
    }
    const whole = ss.length === paras[i].sentenceEnd - paras[i].sentenceStart;
    const para: Para = { text: whole ? paras[i].text : text.slice(ss[0].start, ss[ss.length - 1].end), sentences: ss, list: ss.every((s) => s.kind === "list-item") };
    // The parser gives each list line a paragraph of its own; lines of one list (no blank line between them)
    // are one block, so the letter keeps them together.
    const prevSection = sections[sections.length - 1];
    const prev = prevSection?.paras[prevSection.paras.length - 1];
    if (para.list && prev?.list && (prevSection === cur || !prevSection.heading) && oneLineApart(text, prev, para)) {
      prev.sentences = [...prev.sentences, ...ss];
      prev.text = text.slice(prev.sentences[0].start, ss[ss.length - 1].end);
      continue;
    }
    if (cur && cur.heading) cur.paras.push(para);
    else sections.push({ paras: [para], role: "body" });
    // A headed section runs until the next heading; headless paragraphs are sections of their own.
    if (!cur || !cur.heading) cur = undefined;
  }
  // A unit in the signature ("leder, Tildelingskontoret") under a letterhead that names its body ("Bjørkdal
  // kommune"): the body signs.
  const signed = findSender(signature, doc.language, doc.text);
  const body = (x: { name: string } | undefined) => !!x && cue(doc.language, "parentBodies").test(x.name);
  const sender = signed && !body(signed) && body(letterhead) ? letterhead : signed ?? letterhead;
  const headerEnd = title ? paras.findIndex((p) => p.start >= title!.start) : first;
  const header = headerEnd > headerStart ? { start: paras[headerStart].start, end: paras[headerEnd - 1].end, text: text.slice(paras[headerStart].start, paras[headerEnd - 1].end) } : undefined;
  return { doc, language: doc.language, header, title, fields, sections, signature, footer, sender: sender?.name, senderSpan: sender, ...(greeting && (title || (greeting === topGreeting && /^\S+[ \u00A0]+\S/u.test(greeting.text))) ? { greeting } : {}) };
}

/** Role of one sentence in a paragraph without a heading. */
// ("Hei {bruker.fornavn}": a template field for the name may hold a full stop.)
const GREETING = /^(?:hei|hallo|heisann|kjære|god dag|god morgon|god morgen|hello|hi|dear)(?![\p{L}])(?:\{[^{}]{0,60}\}|[^.!?{])*[,!]?$/iu;
// (An inquiry word alone is no contact line: "Vær alltid på vakt mot slike henvendelser" warns of fraud.)
const CONTACT_LINE = /(?<![\p{L}])(spørsmål|henvend(?:e|er|a)[ \u00A0]+(?:deg|dere|dykk|seg)|henvendel(?:se|ser|sar)[ \u00A0]+(?:til|kan|må|rettes|rettast|om|sendes|sendast)|ring oss|kontakt oss|ta kontakt|chatte|skriv(?:e)? til oss|contact us|call us|questions)(?![\p{L}])/iu;
// (Calling the police, the out-of-hours doctor or the fire service is a safety step or a tip, never a question for the
// sender: "Har du sett mannen, ring politiet på 02800". Asked as the occasion, "Har du spørsmål, ring politiet på
// 02800" is still where to ask.)
const SERVICE_CALL = /(?<![\p{L}\p{N}])(?:02800|politiet|politi|police|legevakt\p{L}*|brannvesen\p{L}*|fire service)(?![\p{L}\p{N}])/iu;
const EMERGENCY = /(?<![\p{L}\p{N}])(?:110|112|113|116[ \u00A0]?117|nødstilfelle\p{L}*|naudstilfelle\p{L}*|nødsituasjon\p{L}*|naudsituasjon\p{L}*|emergency|emergencies|akutt\p{L}*)(?![\p{L}\p{N}])/iu;
/** A body's name word in either Norwegian standard: a bokmål letter may be signed "Den offentlege tannhelsetenesta". */
function orgWord(language: Language, line: string): boolean {
  if (cue(language, "orgWords").test(line)) return true;
  // (A Norwegian body signs an English text by its Norwegian name: "Vestfold Interkommunale Brannvesen".)
  if (language === "en") return cue("nb", "orgWords").test(line) || cue("nn", "orgWords").test(line);
  return cue(language === "nb" ? "nn" : "nb", "orgWords").test(line);
}

/** A line of a signature block: short, or a body's long name ("Nordmøre interkommunale renovasjonsselskap (NIR) for …"). */
function signatureLineLength(line: string, language: Language): boolean {
  const t = line.trim();
  return t.length <= 60 || (t.length <= 100 && !/[.!?]$/.test(t) && orgWord(language, t));
}

const CONDITION_START = /^(?:dersom|hvis|viss|om|når|if|when|ved)\s/iu;
// ("Har du spist sopp og får symptomer, ring Giftinformasjonen …", "Ser du røyk, ring 110": a condition said verb first,
// the reader after the verb, and the instruction after its comma. "Har du spørsmål, kan du ringe oss …" is the occasion
// to ask us, said the same way: a contact line.)
const CONDITION_V1 = /^\p{Lu}\p{Ll}+[ \u00A0]+(?:du|dere|dykk|you)[ \u00A0](?![^,]*(?<![\p{L}])(?:spørsmål|questions?)(?![\p{L}]))[^,.;:!?]{2,120},[ \u00A0]*(?!(?:kan|kann|må|skal|vil|får|can|may|will)[ \u00A0])\p{L}/iu;

/**
 * "Kontakt skolekontoret.", "Contact the school office.", "Ring servicetorget på …": an instruction only to get in
 * touch is where to ask, not a task with a deadline. Not with a condition ("Ring legen hvis feberen varer"): that
 * is advice for the reader's case.
 */
export function contactInstruction(t: string): boolean {
  const x = t.trim();
  // "If you have any questions, please contact us", "Har du spørsmål, kan du ringe oss": the question is the
  // occasion, not a condition on a task.
  const rest = x.replace(QUESTION_LEAD, "");
  const asked = rest !== x && CONTACT_AFTER_QUESTION.test(rest);
  if (!asked && !CONTACT_IMPERATIVE.test(rest)) return false;
  // "Ta kontakt med kontaktlæraren din så snart som mogleg": an urgent call is a task.
  // ("Contact your GP first on weekdays", "Ring alltid legevakta før du kjem": who to turn to, and in what order, is a
  // step, not where to ask the sender.)
  return !/(?<![\p{L}])(?:dersom|hvis|viss|om|når|if|when|unless|innen|innan|senest|seinast|by|before|first|først|alltid|always)(?![\p{L}])/iu.test(rest) && !URGENT.test(rest) && !EMERGENCY.test(x) && (asked || !SERVICE_CALL.test(x));
}
// ("Påmelding: al.kommune.no/hlr eller telefon 32 08 50 00": how to sign up or book is a step, whatever channel it names.)
const TASK_LABEL = /^(?:påmelding|påmeldinga|registrering|sign[- ]?up|registration|booking|bestilling|timebestilling|søknad|application)[ \u00A0]*:/iu;
// ("Du kan sende innspel via skjema … eller på e-post til postmottak@…": how to send what the reader writes is a task too.)
const SEND_TASK = /^(?:\p{L}+[ \u00A0]+(?:kan|må|skal|can|must|may)[ \u00A0]+(?:sendes|sendast|leveres|leverast|be sent|be submitted)(?![\p{L}])|(?:(?:du|dere|dykk|de|you)[ \u00A0]+(?:kan|må|skal|can|must|may)[ \u00A0]+)?(?:send|sende|lever|levere|submit|return)[ \u00A0]+(?!(?:oss[ \u00A0]+)?(?:(?:en|ei|an?)[ \u00A0]+)?(?:e-?post|e-?mail|melding|message|spørsmål|questions?))\p{L})/iu;
const MUST_START = /^(?:du|dere|de|dykk|you)[ \u00A0]+(?:må|skal|must)[ \u00A0]+(?!ikke|ikkje|not)\p{L}/iu;
const BY_WORD = /(?<![\p{L}])(?:innen|innan|senest|seinast|by|before|no later than)(?![\p{L}])/iu;
const URGENT = /(?<![\p{L}])(?:snarest|snarast|straks|umiddelbart|så snart|as soon as|immediately)(?![\p{L}])/iu;
const QUESTION_LEAD = /^(?:if you have (?:any )?(?:further |more |other )?questions(?: about [^,]{1,60})?|(?:har du|dersom du har|hvis du har|om du har|viss du har|ved) (?:flere |fleire |andre )?spørsmål(?: om [^,]{1,60})?|questions\?|spørsmål\?)[ \u00A0]*[,:]?[ \u00A0]*/iu;
const CONTACT_AFTER_QUESTION = /^(?:please |(?:kan|må) (?:du|dere|de) (?:gjerne )?|you (?:can|may) |ta gjerne |(?:please )?(?:do not|don't) hesitate to )*(?:kontakt\p{L}*|ring\p{L}*|ta kontakt|send\p{L}*|skriv\p{L}*|contact|call|phone|email|e-mail|write|get in touch)(?![\p{L}])/iu;
const CONTACT_IMPERATIVE = /^(?:kontakt|ring|ta kontakt med|send (?:en |ei )?e-post til|skriv til|contact|call|phone|email|e-mail|send an e-?mail to|write to|get in touch with)[ \u00A0]/iu;

const REPORT_TASK = /(?<![\p{L}])(?:meld(?:e|er|ar)?[ \u00A0]+fr[aå]|varsl(?:e|er|ar|a)?[ \u00A0]+(?:oss|kommunen|om)|report(?:s)?[ \u00A0]+(?:it|them|this|any|to)|let[ \u00A0]+us[ \u00A0]+know)(?![\p{L}])/iu;
// ("Du har oppgitt kontonummer … og e-postadressa ingrid@… i søknaden": the reader's own details said back to them.)
const READERS_OWN_CHANNEL = /(?<![\p{L}])(?:[Dd]u|De|[Dd]ere|[Dd]ykk|[Yy]ou)[ \u00A0]+(?:har|have)[ \u00A0]+(?:oppgitt|oppgjeve|registrert|gitt oss|gjeve oss|given|provided|registered|entered)(?![\p{L}])|(?<![\p{L}])(?:din|di|ditt|dine|dykkar|deres|Deres|your)[ \u00A0]+(?:(?:private|privat|personal|own|eiga|egen|eigen)[ \u00A0]+)?(?:e-postadresse|epostadresse|e-post|telefonnummer|mobilnummer|mobiltelefonnummer|e-mail address|email address|phone number|mobile number)(?![\p{L}])|(?<![\p{L}])(?:e-postadressa|e-postadressen|telefonnummeret|mobilnummeret)[ \u00A0]+(?:din|di|ditt|dykkar|deres)(?![\p{L}])/u;

/**
 * The sentence's role; `para`, when given, is the paragraph it stands in: the noun alone ("klaga", "klagen") makes an
 * appeal sentence only beside one that gives the right to appeal ("Du kan klage på vedtaket", "klagefristen").
 */
export function sentenceRole(s: Sent, facts: Fact[], para?: string): Role {
  const t = s.text;
  const conditional = CONDITION_START.test(t.trim()) || CONDITION_V1.test(t.trim());
  if (ACCESS_SENT.test(t)) return "access";
  // ("Klagen er vurdert, og den tas delvis til følge.": the outcome of the reader's appeal is the letter's news, not the
  // right to appeal.)
  if (APPEAL_OUTCOME.test(t)) return "body";
  // ("Vi ber deg kommentere klaga skriftleg innan fredag 8. januar": a neighbour's complaint the reader is asked to
  // answer, in a paragraph that gives no right to appeal, is no appeal block.)
  const bareNoun = () => para !== undefined && !APPEAL_STRONG.test(t) && !APPEAL_RIGHT.test(para);
  // ("Dere kan klage på vedtaket. … Forsinkelsesgebyret må betales selv om dere klager.": a sentence that speaks of the
  // appeal, in the paragraph that gives the right, and with no deadline of its own, is part of the appeal block.)
  if (APPEAL_SENT.test(t) && para !== undefined && APPEAL_RIGHT.test(para) && !APPEAL_RIGHT.test(t) && !factIn(facts, s, ["deadline", "date"])) return "appeal";
  if (APPEAL_SENT.test(t) && !bareNoun() && /(?<![\p{L}\p{N}])(frist|uker|veker|weeks|rett til|kan (?:du )?klage|kan påklage\p{L}*|kan klages|kan ankes|(?:may|can) be appealed|klagen|klaga|klag\p{L}* (?:må|skal|sendes|sendast|stiles|rettes|rettast)|the appeal|your appeal|an appeal|(?:may|can) appeal|right to appeal|appeals? (?:must|should|shall|is to|are to|can) be)(?![\p{L}\p{N}])/iu.test(t)) return "appeal";
  // A contact line says how to reach us; a sentence that only uses a phone number inside a condition
  // ("Dersom De ikke kan bruke løsningen, kan … på telefon …") stays with the text it belongs to.
  // "In an emergency, call 113": a safety instruction, not where to ask questions.
  if (TASK_LABEL.test(t.trim())) return "body";
  if (contactInstruction(t)) return "contact";
  // ("Vi har registrert din e-postadresse som mona@…": the reader's own address, said back to them, is no way to reach us.)
  if (READERS_OWN_CHANNEL.test(t)) return "body";
  // An urgent call to get in touch is the reader's task ("Ta kontakt med kontaktlæraren din så snart som mogleg").
  // So is a call with a deadline ("Ring 400 12 345 senest dagen før" to agree on access): it stays where it is.
  // ("Please confirm by 28 January that you can come, by calling 77 12 34 50": a reply with a deadline, by phone,
  // is the reader's task too.)
  // ("Send innspelet ditt på e-post til postmottak@…": sending what the reader writes is a task; the address says where.)
  // ("Ser du døde rotter, … Meld fra til oss på telefon …", "… må du melde fra til kommunen på telefon …": reporting what
  // the reader sees is a task where the draft puts it, never a "Har du spørsmål?" line.)
  // ("Du må bestille time på … eller ringje vaksinetelefonen 56 78 90 12": what the reader must do is a task, whichever
  // channel it names.)
  if (!conditional && !EMERGENCY.test(t) && !SERVICE_CALL.test(t) && !MUST_START.test(t.trim()) && !(SEND_TASK.test(t.trim()) && !/(?<![\p{L}])(?:spørsmål|questions?)(?![\p{L}])/iu.test(t)) && !REPORT_TASK.test(t) && !((URGENT.test(t) || BY_WORD.test(t)) && CONTACT_IMPERATIVE.test(t.trim())) && ((factIn(facts, s, ["phone", "email"]) && !factIn(facts, s, ["deadline"]) && /(?<![\p{L}\p{N}])(ring\p{L}*|telefon|tlf|chat\p{L}*|e-post|kontakt\p{L}*|henvend\p{L}*|spørsmål|contact|call|questions)/iu.test(t)) || (CONTACT_LINE.test(t) && !(factIn(facts, s, ["deadline"]) && BY_WORD.test(t))))) return "contact";
  if (!conditional && factIn(facts, s, ["deadline"]) && ACTION_SENT.test(t)) return "action";
  return "body";
}
