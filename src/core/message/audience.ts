// Who the draft is for: the public, or one person or party. Addressing the reader as "du" or "De" does not
// make a text personal; content about one person's or party's case does (a decision on "søknaden din", a
// case number, gnr./bnr., a summons, an offer of a place, a demand for documents, a fødselsnummer, a
// mail-merge field). Public signals (a group of readers, guidance on how to apply, a press release) weigh
// against the weaker case signals, so a public "how to apply" page that says "søknaden din" stays public.
import type { Fact, Language } from "../model";
import type { AudienceReason } from "./types";
import { cue, type ListName } from "./cues";
import { openingCondition, opensOnImperative } from "./actions";
import { toName } from "./structure";

export interface AudienceInput {
  text: string;
  /** Title and lead paragraph: where a decision or summons names itself. */
  head: string;
  headStart: number;
  facts: Fact[];
  language: Language;
}

const PLACEHOLDER = /\{[^{}\n]{1,60}\}/u;
export const SECOND_PERSON = /(?<![\p{L}\p{N}])(?:[Dd]u|[Dd]eg|[Dd]in|[Dd]itt|[Dd]ine|De|Dem|Deres|[Dd]ykk|[Dd]ykkar|[Yy]ou|[Yy]our)(?![\p{L}\p{N}])/u;
// Strong: one of these alone makes the text personal.
const CASE_STRONG = /(?<![\p{L}\p{N}])(?:(?:kundenummer|kundenr\.?|fakturanummer|fakturanr\.?|faktura[ \u00A0]+nr\.?|customer[ \u00A0]+(?:number|no\.?)|invoice[ \u00A0]+(?:number|no\.?))[ \u00A0]*:?[ \u00A0]*\d[\d-]{2,}|saksnummer|saksnr\.?|vår ref\.?|vår referanse|deres ref\.?|dykkar ref\.?|gnr\.?|bnr\.?|gårdsnummer|gardsnummer|bruksnummer|anmodning om omgjøring|oppmoding om omgjering|case number|our ref)(?![\p{L}\p{N}])/iu;

const BORN = /(?<![\p{L}])(?:født|fødd|born|f\.)[ \u00A0]+\d{1,2}\.[ \u00A0]?\d{1,2}\.[ \u00A0]?\d{2,4}|\((?:født|fødd|born|f\.)[ \u00A0]*(?:19|20)\d{2}\)/iu;
// "Til føresette til Emil Haugland", "To the parents of Noah Berg": a letter addressed to whoever answers for one
// named person, on a line of its own.
const TO_PERSON = /(?:^|\n)[ \t]*(?:[Tt]il|[Tt]o)[ \u00A0]+(?:føresette|foresatte|foreldre|foreldrene|foreldra|verje|verge|the[ \u00A0]+parents?(?:[ \u00A0]+(?:or|and)[ \u00A0]+guardians?)?|the[ \u00A0]+guardians?)[ \u00A0]+(?:til|for|av|of)[ \u00A0]+\p{Lu}\p{Ll}+(?:[ \u00A0]+\p{Lu}\p{Ll}+){0,3}/u;
const OWN_CHANGED = /(?<![\p{L}])\p{L}{1,40}(?:en|et|a|ne|na)[ \u00A0]+(?:din|di|ditt|dine)(?:[ \u00A0]+\p{L}+){0,4}?[ \u00A0]+(?:er|har blitt|har vorte|har vore|vart|ble|blei)[ \u00A0]+\p{L}+(?:et|t|a|d)(?![\p{L}])/iu;

const NAMED_GREETING = /(?:^|\n)[ \t]*(?:[Hh]ei|[Hh]allo|[Kk]jære|[Dd]ear|[Hh]ello|[Hh]i)[ \u00A0]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \u00A0]+)?(\p{Lu}\p{Ll}+(?:[ \u00A0]+\p{Lu}\p{Ll}+)?)[ \u00A0]*[,!]?[ \t]*(?=\n|$)/u;
// "Dear Resident", "Kjære Innbyggere": a group, not one person.
const GROUP_GREETING = /^(?:resident|residents|customer|customers|parent|parents|sir|madam|neighbour|neighbours|neighbor|neighbors|colleague|colleagues|friend|friends|member|members|all|everyone|innbygger|innbyggere|innbyggjar|innbyggjarar|alle|foreldre|føresette|foresatte|kunde|kunder|abonnent|abonnenter|medlem|medlemmer|nabo|naboer|naboar|beboer|beboere|bebuar|bebuarar|elev|elever|elevar)$/iu;

// A name (two to four capitalised words), a street line with a number, a postcode and place, each on a line of its
// own near the top (under a title too, and after "Til"/"To": "Til Ahmed Ali" / "Trondheimsveien 210 B" / "0570 Oslo").
// (A business by its name and company form, "Kafé Brygga AS", is one party too; "v/ styrer Jonas Myhre" may follow it.)
const ADDRESS_BLOCK = /(?:^|\n)[ \t]*(?:(?:[Tt]il|[Tt]o|[Mm]ottak(?:ar|er)):?[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Lu}\p{Ll}+|og|and|&|AS|ASA|SA|BA|DA|ANS|Ltd|AB)){1,4}[ \t]*\r?\n(?:[ \t]*(?:v\/|c\/o|att\.?:?|attn\.?:?)[ \t]*[^\n]{1,60}\r?\n)?[ \t]*\p{Lu}[^\n]{1,40}?[ \t]\d{1,4}(?:[ \t]?[A-Za-z])?[ \t]*\r?\n[ \t]*\d{4}[ \t]+\p{Lu}\p{L}+/u;
const CLAUSE_END = /[.!?;:,\n]/u;

/** The first match that does not stand in a conditional clause ("hvis", "dersom", "if") of its own. */
function outsideCondition(matches: Array<{ start: number; end: number; text: string }>, text: string, language: Language) {
  const hypo = cue(language, "hypothetical");
  return matches.find((m) => {
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    let cut = 0;
    for (let i = before.length - 1; i >= 0; i--) {
      if (CLAUSE_END.test(before[i])) {
        cut = i + 1;
        break;
      }
    }
    // (A list item's marker is no part of its clause: "- Har barnet ditt kjent allergi, må det …".)
    const clause = before.slice(cut).trimStart().replace(/^(?:[-–•*]|\d{1,2}[.)])[ \u00A0]+/u, "");
    return !hypo.test(clause) && !CLAUSE_IF.test(clause);
  });
}
// A clause that opens on "om" ("Om partane ikkje blir einige …") or on its verb with the match as its subject ("Har
// barnet ditt allergi, …"): a condition any reader may meet, not one person's case.
// (Or on its verb and the reader, "Treng du tilsyn for barnet ditt, …": any reader who needs it.)
const CLAUSE_IF = /^(?:om[ \u00A0]|(?:har|hadde|er|var|treng|trenger|skal|kan|vil|bur|bor|går|får|does|do|has|have|is|are|will|did)[ \u00A0]+(?:$|(?:du|dere|dykk|de|you)[ \u00A0]))/iu;

/** Whether the sentence around `at` opens with a condition on the reader ("Bor du i utlandet, må du …"). */
function afterReaderCondition(at: number, text: string, language: Language): boolean {
  const head = text.slice(Math.max(0, at - 160), at);
  const start = Math.max(head.lastIndexOf("."), head.lastIndexOf("!"), head.lastIndexOf("?"), head.lastIndexOf("\n")) + 1;
  return !!openingCondition(head.slice(start) + text.slice(at, at + 40), language);
}

export function readAudience(input: AudienceInput): { value: "public" | "personal"; reasons: AudienceReason[]; personalKind?: "decision" | "summons" | "offer" | "demand" | "case-letter" } {
  const { text, head, headStart, facts, language } = input;
  const reasons: AudienceReason[] = [];
  const id = facts.find((f) => f.kind === "personal-id");
  const ph = PLACEHOLDER.exec(text);
  const found = (list: ListName, where: string, offset: number) => {
    const m = cue(language, list).first(where);
    return m ? { start: offset + m.start, end: offset + m.end, text: m.text } : undefined;
  };
  // ("Book your appointment at least six weeks before you travel": case words in an instruction speak to any reader
  // who follows it, not of one person's case.)
  const sentenceStart = (at: number) => {
    const stop = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("? ", at), text.lastIndexOf("! ", at));
    return Math.max(stop >= 0 ? stop + 2 : 0, text.lastIndexOf("\n", at) + 1);
  };
  const inInstruction = (m: { start: number }) => opensOnImperative(text.slice(sentenceStart(m.start), m.start + 1), language);
  const caseFound = (list: ListName) => {
    const m = found(list, head, headStart);
    return m && !inInstruction(m) ? m : undefined;
  };
  // The draft's first line, when it is a title (no sentence end): "… – informasjon til foreldre".
  const firstLine = text.trimStart().split("\n")[0];
  const titleLine = firstLine.length <= 160 && !/[.!?]\s*$/.test(firstLine) ? firstLine : "";
  let personal = 0;
  let pub = 0;
  let kind: "decision" | "summons" | "offer" | "demand" | "case-letter" | undefined;
  const addPersonal = (code: string, weight: number, m: { start: number; end: number; text: string } | undefined, k?: typeof kind) => {
    if (!m) return;
    personal += weight;
    reasons.push({ code, ...m });
    if (k && !kind) kind = k;
  };
  const addPublic = (code: string, weight: number, m: { start: number; end: number; text: string } | undefined) => {
    if (!m) return;
    pub += weight;
    reasons.push({ code, ...m });
  };
  // (Nynorsk «de» is the plural «you»: «må de seie frå»; in bokmål it is «they».)
  const addressed = SECOND_PERSON.test(text) || (language === "nn" && /(?<![\p{L}])de(?![\p{L}])/u.test(text));
  // A decision, summons or offer names itself in the title or the lead, and speaks to its reader (or of the
  // applicant: "Søker har rett til å påklage vedtaket"). The kind the title names wins over one read later.
  // ("Til foreldrene til Noah Karlsen" over "Vi innkaller dere …": "dere" is the people the letter names.)
  const toNamed = TO_PERSON.test(text.slice(0, 600)) && /(?<![\p{L}])(?:dere|dykk|dykkar|deres)(?![\p{L}])/iu.test(text);
  const caseWords = addressed || toNamed || /(?<![\p{L}])(?:søker|søkeren|søkers|søkjar\p{L}*|applicant)(?![\p{L}])/iu.test(text);
  const titleEnd = head.indexOf("\n") < 0 ? head.length : head.indexOf("\n");
  const inTitle = (m: { start: number } | undefined) => !!m && m.start - headStart < titleEnd;
  const offer = found("offer", text, 0);
  const decision = caseWords ? caseFound("decision") : undefined;
  // ("Ny time hos fysioterapeut" over "… Kan dere ikke komme på den nye timen, …": a title that calls someone in, and a
  // letter that speaks to "dere", is to the people called in.)
  const summons0 = caseFound("summons");
  const summons = caseWords || (!!summons0 && inTitle(summons0) && /(?<![\p{L}])(?:dere|dykk|you)(?![\p{L}])/iu.test(text)) ? summons0 : undefined;
  // ("Bor du i utlandet, må du sende stemmen …": a demand on the readers a condition names speaks to any who fit.)
  const demand0 = found("demand", text, 0);
  const demand = demand0 && !afterReaderCondition(demand0.start, text, language) ? demand0 : undefined;
  // Most specific first: a summons, an offer or a demand is often also a decision ("vedtaket om tildeling").
  // "Varsel om vedtak", "forhåndsvarsel": the reader may speak before a decision is made (forvaltningsloven § 16).
  // It is a letter about the reader's case, not yet a decision: an SMS must not say "Du har fått et vedtak".
  addPersonal("advance-notice", 2, caseWords ? found("advanceNotice", head, headStart) : undefined, "case-letter");
  const kinds: Array<["summons" | "offer" | "demand" | "decision", typeof offer]> = [["summons", summons], ["offer", offer], ["demand", demand], ["decision", decision]];
  kinds.sort((a, b) => Number(inTitle(b[1])) - Number(inTitle(a[1])));
  for (const [k, m] of kinds) addPersonal(k, 2, m, k);
  // ("Tilbud om barnehageplass" over "Noah tilbys 100 % plass …": a title that names an offer names the letter's kind,
  // without weighing for a personal reading; a public page may be titled so too.)
  if (!kind && /^(?:tilbud|tilbod|offer)[ \u00A0]+(?:om|of)[ \u00A0]/iu.test(head.slice(0, titleEnd).trim())) kind = "offer";
  // ("Vedtak – skjenkebevilling for Bistro Fjord": a title that says it is a decision.)
  if (!kind && /^(?:vedtak|decision)(?![\p{L}])/iu.test(head.slice(0, titleEnd).trim())) kind = "decision";
  // A letter to one person that gives a right to appeal is a decision (forvaltningsloven § 28: the right comes
  // with an enkeltvedtak), even when it never says "vedtak" up front ("Du får ikke bostøtte … Du kan klage").
  // It only names the kind of a letter that is personal for other reasons (guidance pages mention appeals too).
  if (!kind && caseWords && found("appealRight", text, 0)) kind = "decision";
  // "Lise Johansen" / "Kirkeveien 8" / "1712 Grålum" on top: a letter to one person's address.
  const address = ADDRESS_BLOCK.exec(text.slice(0, 400));
  if (address) addPersonal("address-block", 3, { start: address.index, end: address.index + address[0].length, text: address[0].trim() }, "case-letter");
  const strong = CASE_STRONG.exec(text);
  if (strong) addPersonal("case-reference", 3, { start: strong.index, end: strong.index + strong[0].length, text: strong[0] }, "case-letter");
  addPersonal("application", 2, found("applicationReply", head, headStart), "case-letter");
  // "Gi beskjed hvis barnet ditt skal være der": case words in a condition speak of any reader who fits it,
  // not of one person's case.
  const caseMatches = cue(language, "caseContent").all(text).filter((m) => !inInstruction(m));
  addPersonal("case-content", 1, outsideCondition(caseMatches, text, language), "case-letter");
  if (ph) addPersonal("placeholder", 3, { start: ph.index, end: ph.index + ph[0].length, text: ph[0] }, "case-letter");
  // A birth date ("Emma (født 12.05.2023)") names one person.
  const born = BORN.exec(text);
  if (born) addPersonal("birth-date", 3, { start: born.index, end: born.index + born[0].length, text: born[0] }, "case-letter");
  // "Kontaktinformasjonen din i Altinn er endra": a change to the reader's own record, said in the title or lead.
  // ("Sjekk at barnet ditt er vaksinert", "om søknaden din er registrert": a clause after "at"/"om" asks any reader to
  // check, it tells no one of a change.)
  const own0 = OWN_CHANGED.exec(head);
  const own = own0 && !/(?:^|[\s,])(?:at|om|hvis|viss|dersom|that|whether|if)[ \u00A0]+$/iu.test(head.slice(Math.max(0, own0.index - 12), own0.index)) ? own0 : null;
  if (own) addPersonal("own-record", 2, { start: headStart + own.index, end: headStart + own.index + own[0].length, text: own[0] }, "case-letter");
  // "To: Ahmed Yusuf", "Til: Kari og Per Dal", "Barn: Ola Dal", "Owner: Maria Santos": a field that names the
  // addressees, or the child, applicant, owner, tenant or patient the letter is about.
  const toField = /(?:^|\n)[ \t]*(?:[Tt]il|[Tt]o|[Mm]ottakar|[Mm]ottaker|[Rr]ecipient|[Bb]arn|[Bb]arnet|[Cc]hild|[Ee]lev|[Ee]leven|[Pp]upil|[Ss]øker|[Ss]økjar|[Aa]pplicant|[Ee]ier|[Ee]igar|[Oo]wner|[Nn]avn|[Nn]amn|[Nn]ame|[Pp]asient|[Pp]atient|[Ll]eietaker|[Ll]eigetakar|[Tt]enant|[Ff]estar|[Ff]ester|[Kk]unde|[Cc]ustomer|[Bb]ruker|[Bb]rukar|[Cc]lient|[Kk]lient):[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Lu}\p{Ll}+|og|and|&)){1,5}(?<=\p{Ll})[ \t]*(?=[\n,]|$)/u.exec(text.slice(0, 600));
  if (toField && !toField[0].split(/[\s:]+/).some((w) => GROUP_GREETING.test(w))) addPersonal("named-addressee", 3, { start: toField.index, end: toField.index + toField[0].length, text: toField[0].trim() }, "case-letter");
  // "Til Ahmed Ali", "Til Sara Lund og Jonas Berg" on a line of their own near the top: the people the letter is to.
  const toPeople = text.slice(0, 600).split("\n").find((l) => /^[ \t]*(?:Til|To)[ \u00A0]+\p{Lu}/u.test(l) && l.trim().replace(/^(?:Til|To)[ \u00A0]+/u, "").split(/[ \u00A0]+(?:og|and|&)[ \u00A0]+/u).every((n) => toName(`Til ${n.trim()}`) && !n.split(/[ \u00A0]+/u).some((w) => GROUP_GREETING.test(w))));
  if (toPeople) addPersonal("named-addressee", 3, { start: text.indexOf(toPeople), end: text.indexOf(toPeople) + toPeople.length, text: toPeople.trim() }, "case-letter");
  const to = TO_PERSON.exec(text.slice(0, 600));
  if (to) addPersonal("named-addressee", 3, { start: to.index, end: to.index + to[0].length, text: to[0].trim() }, "case-letter");
  // "Hei Kari,", "Dear Ms Hansen,": a greeting that names one person on a line of its own near the top.
  const greet = NAMED_GREETING.exec(text.slice(0, 600));
  if (greet && !GROUP_GREETING.test(greet[1])) addPersonal("named-greeting", 3, { start: greet.index, end: greet.index + greet[0].length, text: greet[0].trim() }, "case-letter");
  // ("Til foreldre i Solsikken barnehage" on a line of its own under the title is the same as in it.)
  const toLine = /(?:^|\n)[ \t]*((?:til|to)[ \u00A0][^\n.!?]{3,100})(?=\n|$)/iu.exec(text.slice(0, 400));
  const toGroup = toLine ? found("titleGroup", toLine[1], toLine.index + toLine[0].length - toLine[1].length) : undefined;
  // (A group the title or the line under it writes to, "Til foreldre i Solsikken barnehage", is the list the text goes
  // to: "addressed-group".)
  const addressedGroup = found("titleGroup", titleLine, text.length - text.trimStart().length) ?? toGroup;
  const group = found("publicGroup", text, 0);
  if (addressedGroup && !group) addPublic("addressed-group", 2, addressedGroup);
  else addPublic("group", 2, group ?? found("headGroup", head, headStart));
  // "Flaumvarsel: Evakuering av bustader langs Storelva": an alert goes to everyone in the area, whatever "bustaden din"
  // it says.
  addPublic("public-alert", 3, found("publicAlert", head, headStart));
  addPublic("public-guidance", 2, found("applicationInfo", text, 0));
  addPublic("press-release", 2, found("pressRelease", head, headStart));
  // A public consultation or an open meeting is for everyone, whatever case number it gives for replies.
  // ("Da sender vi søknaden på høring til politiet og NAV": one application sent to named bodies for their view is no
  // consultation of the public.)
  const consult = found("publicConsultation", text, 0);
  addPublic("consultation", 5, consult && !/^[ \u00A0]+(?:til|to)[ \u00A0]/iu.test(text.slice(consult.end, consult.end + 8)) ? consult : undefined);
  // A fødselsnummer makes any text personal; the other signals still say what kind of letter it is.
  if (id) {
    reasons.unshift({ code: "personal-id", start: id.start, end: id.end, text: id.text });
    return { value: "personal", reasons, personalKind: kind ?? "case-letter" };
  }
  if (personal > pub) return { value: "personal", reasons, personalKind: kind ?? "case-letter" };
  return { value: "public", reasons };
}
