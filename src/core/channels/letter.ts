// Letter: title that says what it is about; the main message; what the reader must do (with the deadline);
// details; for a decision the right to appeal and to see the documents; contact; signature last.
import type { Fact } from "../model";
import type { Templates } from "./i18n";
import { fill } from "./i18n";
import { cleanTitle, keepNames, unshout } from "./compose-util";
import { actAfterReference, dropOpener, emptyReference, REFERENCE_OPENER } from "./openers";
import { isKnownAbbreviation } from "../text/abbreviations";
import { splitRanges, partText } from "../text/split";
import { rewriteSentence, informalAddress, readerOf, formalDraft, type Reader } from "./rewrite";
import { isInstruction } from "./compose-util";
import { goesOnOthersDuty, namesGroup, openingCondition, readerActs, readerCondition, REMINDER } from "../message/actions";
import { polishSentence } from "./letter-polish";
import type { Language } from "../model";
import { sentenceRole, type DraftStructure, type Para, type Role, type Section, type Sent } from "../message/structure";
import type { Suitability } from "./suitability";
import { append } from "../message/append";
import { SAYS, isQuote } from "../message/speech";
import { cue } from "../message/cues";

export interface LetterOptions {
  senderName?: string;
  contactPhone?: string;
  contactWeb?: string;
  /** The rest of a long draft (channels/head.ts), kept as written at the letter's end. */
  tail?: string;
  /** The key event's time as the draft says it (message.events[0].when): its paragraph comes before what to do. */
  keyTime?: string;
  /**
   * The draft is a log of dated updates ("Update Friday 6 February:" over "Update Wednesday 4 February:"): every step
   * stays in the update it belongs to, under its stamp, in the draft's order; "Dette må du gjøre" would lift a step out
   * of its update and leave a stamp over the wrong text.
   */
  inOrder?: boolean;
}

// A heading that says how to do something ("Slik sender du dokument", "How to apply").
const HOW_TO = /^(?:slik|sånn|how to|how do)(?![\p{L}])/iu;
const INNER_STOP = /(?<=[.!?])[ \u00A0]+(?=\p{Lu})/u;

const LETTER = /\p{L}/u;
/** A sentence that opens by pointing at the one before it. */
// A sentence that sets a condition or names a group of readers ("… dersom det er tvil om …", "… gis til elever som bor …").
// A thing named by a demonstrative and its definite noun: "dette kontonummeret", "denne datoen", "disse dokumentene".
const DEMONSTRATIVE_NP = /(?<![\p{L}])(?:dette|denne|disse|desse)[ \u00A0]+(?!(?:brevet|vedtaket|meldingen|meldinga|e-posten|eposten)(?![\p{L}]))\p{Ll}{2,}(?:et|en|a|ene|ane|na)(?![\p{L}])/iu;
// Sending what the sentence before named: "Send it to …", "Send den til …", "Du kan sende den til …".
const SEND_IT = /^(?:(?:du|dere|you)[ \u00A0]+(?:kan|må|can|must|should)[ \u00A0]+)?(?:send|sende|lever|levere|post|submit|return)[ \u00A0]+(?:it|them|den|det|dei|dem)[ \u00A0]+(?:til|to|by|på|per|via)(?![\p{L}])/iu;
// How to mark what is sent: "Merk svaret med saksnummer …", "Mark your reply with …".
const MARK_STEP = /^(?:merk|mark|oppgi|state)[ \u00A0]+(?:\p{L}+[ \u00A0]+){0,2}(?:med|with)[ \u00A0]+(?:saksnummer|saksnr|referanse|referansenummer|vår[ \u00A0]+ref|case[ \u00A0]+(?:number|no)|reference|«)/iu;
const SETS_CONDITION = /(?<![\p{L}])(?:hvis|dersom|viss|om[ \u00A0]+(?:du|dere|de|dykk|det|barnet|eleven)|if|unless|in[ \u00A0]+case)(?![\p{L}])|(?<![\p{L}])(?:til|for|to)[ \u00A0]+[\p{L}-]+[ \u00A0]+(?:som|who)[ \u00A0]/iu;
// "Dersom tilbudet ikke er besvart innen fristen, vil plassen …": what follows when the reader does not act narrows no one.
const CONSEQUENCE = /(?<![\p{L}])(?:hvis|dersom|viss|om|if|unless)[ \u00A0][^,.;]{0,80}?(?<![\p{L}])(?:ikke|ikkje|not|no longer)(?![\p{L}])/iu;
// "If we have not received your answer by then, …", "Søknader som kommer inn etter fristen, …": a sentence that speaks
// of the step's deadline without naming it.
const BACK_TO_DEADLINE = /(?<![\p{L}])(?:by then|until then|before then|innen da|innan då|innan da|til da|etter fristen|innen fristen|innan fristen|after the deadline|fristen går ut|the deadline)(?![\p{L}])/iu;
const PRONOUN_OPENER = /^(?:han|ho|hun|hen|den|dei|dem|disse|desse|it|they|them|these)[ \u00A0]/iu;
// (Not an article before its adjective and noun: "Det første meldekortet skal sendes …" names its own thing.)
// ("Likevel må du holde hunder og katter unna" leans on "Stasjonene er låst": a connective that goes on from the sentence
// before points back as much as a pronoun does.)
/** A sentence that opens on a clause of when ("Etter at vannet er satt på igjen, …", "After the water is back, …"). */
/** A deadline that is the one before it ("innan same dato", "innen samme frist", "by the same date"). */
const SAME_DATE = /(?<![\p{L}])(?:innen|innan|senest|seinast|by|before)[ \u00A0]+(?:den[ \u00A0]+)?(?:samme|same|the[ \u00A0]+same)[ \u00A0]+(?:dato|dag|frist|fristen|date|day|deadline)(?![\p{L}])/iu;
const TIME_OPENER = /^(?:etter at|etter|når|før|straks|så snart|after|when|once|as soon as|before)[ \u00A0][^.!?]{3,80},/iu;
/** "Du kan laste dei opp …", "You can upload them …": how to send what the sentence before named, by its pronoun. */
const HOW_TO_SEND_IT = /^(?:[Dd]u|[Dd]ere|[Dd]ykk|De|[Yy]ou)[ \u00A0]+(?:kan|må|can|may|must)[ \u00A0]+(?:\p{L}+[ \u00A0]+){1,2}?(?:dei|dem|den|det|disse|desse|them|it)(?![\p{L}])/u;
/** "dette er i orden", "this is fine": a short sentence that speaks of the one before. */
const THIS_IS = /(?<![\p{L}])(?:dette|this)[ \u00A0]+(?:er|var|blir|vert|is|was)(?![\p{L}])/iu;
const IF_NOT = /^(?:if you do not|if you don't|if not|unless you do|hvis du ikke gjør det|hvis ikke|dersom du ikke gjør det|dersom ikke|om du ikkje gjer det|viss du ikkje gjer det|viss ikkje|gjør du ikke det|gjer du ikkje det)[ \u00A0,]/iu;
const BACK_OPENER = /^(?:(?:fram|frem|inntil)[ \u00A0]+(?:til[ \u00A0]+)?(?:då|da)|until[ \u00A0]+then|i[ \u00A0]+mellomtida|i[ \u00A0]+mellomtiden|in[ \u00A0]+the[ \u00A0]+meantime|det|den|dette|denne|derfor|difor|i staden|i stedet|likevel|likevél|ellers|elles|dessuten|då|da|så|it|this|that|therefore|instead|however|nevertheless|still|otherwise|then)[ \u00A0,](?!(?:første|andre|tredje|siste|nye|gamle|neste|forrige|same|samme|heile|hele|gjeldande|gjeldende)[ \u00A0]+\p{L})/iu;

/**
 * A sentence with its empty opener dropped, the bureaucratic constructions of rewrites/*.json rewritten
 * (facts unchanged) and a long coordinated sentence split in two. `address: false` keeps De/Dem/Deres as
 * written (the pane's sentence rewrite turns them into du/deg/din only in a formal draft to one reader).
 */
/** Where a paragraph starts and ends in the draft (by its sentences; -1 for one without any). */
const paraStart = (p: { sentences: ReadonlyArray<{ start: number }> }): number => p.sentences[0]?.start ?? -1;
const paraEnd = (p: { sentences: ReadonlyArray<{ end: number }> }): number => p.sentences[p.sentences.length - 1]?.end ?? -1;

/** The break the draft has between two of its parts: a blank line, or a single line break when it had only that. */
/** "Sjå forvaltningslova § 28.", "Se folketrygdloven § 21-3.", "See section 28 of the Public Administration Act." */
// "Les mer om klage på nav.no/klage.", "Read more at nav.no/appeal.": a pointer to more, one short sentence.
const READ_MORE = /^(?:les|lese|read|find|finn|see|sjå|se)[ \u00A0]+(?:meir|mer|more|out more)[ \u00A0](?:[^.!?]|\.(?=\S)){0,80}[.!]?$/iu;
const LAW_POINTER = /^(?:sjå|se|see|jf\.?|jamfør|jamfør)[ \u00A0][^.!?]{0,80}(?:§|lov(?:a|en)?(?![\p{L}])|\p{L}+lov(?:a|en)?(?![\p{L}])|act(?![\p{L}])|section[ \u00A0]+\d)[^.!?]{0,30}[.!]?$/iu;

/** A labelled line ("Sted: Helsehuset", "Time: 13:00"): a field, though the parser may read it as a heading. */
const FIELD_LINE = /^[ \t]*[^:\n]{2,50}:[ \t]+\S/u;

function draftBreak(draft: string, end: number, start: number): string {
  return start > end && !/\n[ \t\u00A0]*\n/.test(draft.slice(end, start)) && draft.slice(end, start).includes("\n") ? "\n" : "\n\n";
}

/**
 * The draft's signature block as it was laid out ("Med hilsen", a blank line, two signatories each with a line of
 * title): its own line breaks and blank lines kept, spaces at line ends dropped. Undefined when the closing
 * does not open a line of its own ("… for å lese det. Vennlig hilsen Nav").
 */
function signatureText(draft: string, signature: ReadonlyArray<{ start: number; end: number }>): string | undefined {
  const from = signature[0].start;
  if (from > 0 && draft[from - 1] !== "\n") return undefined;
  return draft
    .slice(from, signature[signature.length - 1].end)
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function plain(sentence: string, language: Language, reader: Reader, formal: boolean, polish = true, address = true, item = false): string {
  // Every rewrite below works on words: a sentence without letters ("-", "***", "12:00") has nothing to make plain.
  if (!LETTER.test(sentence)) return sentence;
  // An empty opener is dropped wherever a sentence starts, also after a full stop the parser did not take for a
  // sentence end ("… forskrift § 3. Det meddeles herved at …").
  const informal = address ? informalAddress(sentence, language, formal) : sentence;
  // (split() with this pattern costs tens of microseconds even when nothing matches: test first.)
  const opened = INNER_STOP.test(informal)
    ? informal
        .split(INNER_STOP)
        .map((p) => dropOpener(p, language))
        .join(" ")
    : dropOpener(informal, language);
  const x = rewriteSentence(opened, language, reader, address);
  const parts = splitRanges(x);
  const split = parts.length === 1 ? [x] : parts.map((r) => rewriteSentence(dropOpener(partText(x, r), language), language, reader, address));
  return polish ? split.map((p) => polishSentence(p, language, item ? { item } : undefined)).join(" ") : split.join(" ");
}

// Quoted speech stays as it was said (message/speech.ts).
export { isQuote } from "../message/speech";

/** "Har du spørsmål?" as a heading over a text that itself starts "Har du spørsmål …": the heading goes. */
function questionRepeated(heading: string, body: string): boolean {
  const h = heading.trim().replace(/[?:.!]+$/, "").toLowerCase();
  if (!h) return false;
  // ("Dette må du gjøre" over "Dette må du gjøre før vi kommer:": the draft's own lead-in says it, on a line that is
  // itself a heading.)
  if (!/\?$/.test(heading.trim())) return body.trim().toLowerCase().startsWith(h) && /:$/.test(body.trim().split("\n")[0].trim());
  const b = body.trim().toLowerCase();
  // "Questions?" over "If you have any questions, contact us.": the text opens with the heading's question word.
  const key = h.split(/\s+/).pop() ?? "";
  const first = b.split(/[.!?,]/u)[0];
  // (Only a heading that asks for questions: "Hva skjer hvis du ikke sender opplysningene?" heads its answer.)
  const opensWith = /^(?:questions?|spørsmål)$/u.test(key) && /^(?:if|har|dersom|hvis|viss|om|ved|any|do you have)(?![\p{L}])/u.test(first) && first.length <= 60 && new RegExp(`(?<![\\p{L}])${key}(?![\\p{L}])`, "u").test(first);
  // ("Spørsmål? Kontakt servicetorget …" under "Har du spørsmål?": the text asks it itself.)
  // ("Spørsmål om trafikken? Ring servicetorget …": a short question of its own with the word in it asks it too.)
  const own = /^[^.!?\n]{0,60}\?/u.exec(b)?.[0];
  const asksItself = /^(?:questions?|spørsmål)$/u.test(key) && (b.startsWith(`${key}?`) || (!!own && own.startsWith(key)));
  return opensWith || asksItself || b.startsWith(h) || b.includes(`. ${h}`) || b.includes(`! ${h}`) || b.includes(`\n${h}`);
}

// Where the main clause begins after a reference: only before these openers ("…, jf. § 35" is no main clause).
const MAIN_AFTER = /,?[ \u00A0]+(?=(?:meddeles det|informeres det|opplyses det|vil vi|kan vi|skal vi|har vi|må vi|gir vi|sender vi|fikk vi|ønsker vi|er det|ble det|vil det|har det)(?![\p{L}]))/iu;

/** A lead that is one reference sentence and nothing else ("Vi viser til søknaden din av 3. mars."). */
function onlyReference(lead: string): boolean {
  const t = lead.trim();
  const end = sentenceEnd(t);
  return REFERENCE_OPENER.test(t) && (end < 0 || end === t.length - 1) && !MAIN_AFTER.test(t);
}

/** The stop that ends the first sentence of `text` (before a capital, a digit or the end), or -1. The period
 *  of an abbreviation ("kl. 10.30", "nr. 4") ends nothing. */
function sentenceEnd(text: string): number {
  const stop = /[.!?](?=\s+[\p{Lu}\d«"]|\s*$)/gu;
  for (let m = stop.exec(text); m; m = stop.exec(text)) {
    const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0];
    if (m[0] === "." && word && m.index + 1 < text.trimEnd().length && isKnownAbbreviation(`${word}.`)) continue;
    return m.index;
  }
  return -1;
}

/**
 * The main message first: a lead that opens with a reference ("Vi viser til søknaden din av 3. mars …") has
 * the reference moved after the message it introduces, as "Dette gjelder …". A reference with a main clause
 * in the same sentence ("Med henvisning til søknaden meddeles det at …") is split there. Every word of a
 * reference that names something stays; one that names nothing ("tidligere korrespondanse") goes.
 */
function mainMessageFirst(lead: string, language: Language, T: Templates): string[] {
  const m = REFERENCE_OPENER.exec(lead);
  if (!m) return [lead];
  // The end of the first sentence: a stop before a capital letter or the end ("av 12. januar 2025" goes on).
  const endOfSentence = sentenceEnd(lead);
  const first = endOfSentence < 0 ? lead : lead.slice(0, endOfSentence + 1);
  const rest = lead.slice(first.length).trim();
  const body = first.slice(m[0].length).replace(/[.!?]$/, "");
  const split = MAIN_AFTER.exec(body);
  let ref = body;
  let main = "";
  // "Vi viser til samtalen og innkaller deg til møte …": the writer's act is the message ("Vi innkaller deg …").
  const then = split ? undefined : /^(?:vi|me|we)[ \u00A0]/iu.test(m[0]) ? actAfterReference(body, language) : undefined;
  if (then) {
    ref = body.slice(0, then.at);
    const act = then.act.replace(/[ \u00A0]+(?:herved|hermed|med dette|hereby)(?![\p{L}])/giu, "");
    main = `${m[0].slice(0, 2)} ${act}`;
    main = /[.!?]$/.test(main) ? main : main + ".";
  } else if (split && split.index > 3) {
    ref = body.slice(0, split.index);
    main = dropOpener(body.slice(split.index + split[0].length).replace(/^(?:meddeles|informeres|opplyses) det(?: herved)? (?:om )?at /iu, ""), language);
    main = main.charAt(0).toUpperCase() + main.slice(1);
    main = main ? (/[.!?]$/.test(main) ? main : main + ".") : "";
  }
  const message = [main, rest].filter(Boolean).join(" ");
  // "Vi viser til tidligere korrespondanse." names nothing the reader can find: it goes.
  if (emptyReference(ref, language)) return message ? [message] : [];
  // "Vi viser til at du er registrert som festar …": a that-clause is a statement of its own ("Du er registrert som
  // festar …"); "Dette gjeld at …" is no sentence.
  const that = /^at[ \u00A0]+(\S)/u.exec(ref.trim());
  if (that) {
    const said = ref.trim().slice(that[0].length - that[1].length);
    const statement = `${said.charAt(0).toUpperCase()}${said.slice(1)}.`;
    return message ? [message, statement] : [statement];
  }
  // "Vi viser til revurderinga, og til opplysningar frå fastlegen": the second "til" belonged to "viser til".
  const about = fill(T.aboutReference, { ref: ref.trim().replace(/(,?[ \u00A0]+(?:og|and)[ \u00A0]+)(?:til|to)[ \u00A0]+(?=\S)/giu, "$1") });
  return message ? [message, about] : [about];
}

export function composeLetter(st: DraftStructure, facts: Fact[], _suit: Suitability, T: Templates, opts: LetterOptions): string {
  const language = st.language;
  const reader = readerOf(st.doc.text, st.language);
  const formal = formalDraft(st.doc.text);
  // The sentence-by-sentence check and rewrite costs about a tenth of a millisecond a sentence: a letter gets it
  // for its first 400 sentences (a 20-page document); after that the sentences keep the data rewrites only.
  let budget = 400;
  const draftText = st.doc.text;
  const plainOf = (s: Sent) => (isQuote(s.text) ? s.text.trim() : keepNames(s.text.trim(), plain(s.text.trim(), language, reader, formal, budget-- > 0), draftText, language));
  // Appeal and access blocks are kept whole: the data-driven rewrites and plain words apply (rewrites/*.json), but
  // no sentence is turned around ("Klagen sendes til …" stays, so readers find where to send it).
  const verbatim = (s: Sent) => polishSentence(plain(s.text.trim(), language, reader, formal, false), language, { wordsOnly: true });
  const headingText = (s: Section) => {
    const h = s.heading?.text.trim() ?? "";
    if (s.role === "appeal" || s.role === "access") return h;
    // A heading that is a sentence gets the sentence's last pass ("Søknaden kan bli avslått" → "Vi kan avslå søknaden").
    return budget-- > 0 ? keepNames(h, polishSentence(informalAddress(h, language, formal), language, { heading: true }), st.doc.text, language) : h;
  };
  const paraText = (p: Para, keep: Sent[]): string => {
    const split = keep.map(plainOf);
    if (keep.length === p.sentences.length && split.every((x, i) => x === keep[i].text.trim())) return p.text.trim();
    return split.join(" ");
  };
  // A list keeps its markers and lines; each item's words get the same rewrites as a sentence.
  const listText = (p: Para): string =>
    p.text
      .trim()
      .split("\n")
      .map((line) => {
        const m = /^(\s*(?:[-–•*]|\d{1,2}[.)])\s+)(\S.*)$/u.exec(line);
        // A dash-led line of speech is a quote, not a list item: "– …, sier Mæland." and the lines before it.
        if (!m || (/^\s*[–—]/u.test(m[1]) && (SAYS.test(m[2]) || /[.!?][ \u00A0]+\p{Lu}/u.test(m[2])))) return line;
        // An item of several sentences ("– Byrden er stor. Vi må derfor …") is rewritten sentence by sentence.
        const item = m[2]
          .split(/(?<=[.!?])[ \u00A0]+(?=[\p{Lu}«"])/u)
          // (An item is never given to the writer unless it is the body's casework: "- Storehagen skule blir flytta til …"
          // under "Desse haldeplassane blir flytta:" names a bus stop; "Vi flyttar Storehagen skule" would move a school.)
          .map((x) => plain(x, language, reader, formal, budget-- > 0, true, true))
          .join(" ");
        return m[1] + (/[.!?]$/.test(m[2]) ? item : item.replace(/[.]$/, ""));
      })
      .join("\n");
  const sectionText = (s: Section): string => {
    const whole = s.role === "appeal" || s.role === "access";
    // Paragraphs keep the draft's break between them: lines of one block ("For meir informasjon, kontakt:" over
    // its contact lines) stay one under the other, paragraphs apart.
    const body = s.paras
      .map((p, k) => (k > 0 ? draftBreak(st.doc.text, paraEnd(s.paras[k - 1]), paraStart(p)) : "") + (p.list ? (whole ? p.text.trim() : listText(p)) : whole ? p.sentences.map(verbatim).join(" ") : paraText(p, p.sentences)))
      .join("");
    if (!s.heading) return body;
    if (!body) return headingText(s);
    // ("Place: Grieghallen" over "You may bring two guests.", a blank line between: a labelled line the parser took
    // for a heading is a field, and keeps the draft's break under it.)
    const field = FIELD_LINE.test(s.heading.text) && s.paras.length > 0;
    const gap = field ? draftBreak(st.doc.text, s.heading.end, paraStart(s.paras[0])) : "\n";
    return questionRepeated(s.heading.text, body) ? body : `${headingText(s)}${gap}${body}`;
  };
  const blocks: string[] = [];
  // Letterhead, address and references stay on top as written (dates and reference numbers are facts).
  // "Deres ref." becomes "Din ref." in a letter that says "du" (one form of address throughout).
  if (st.header) blocks.push(formal && language !== "en" ? st.header.text.trim().replace(/(?<![\p{L}])(?:Deres|Dykkar)(?=[ \u00A0]+ref)/gu, "Din") : st.header.text.trim());
  // A title in capitals is harder to read (and screen readers may spell it): sentence case.
  if (st.title) {
    // "Vedrørende søknad om …" names the letter's subject with a word that adds nothing: the subject itself.
    // (The checker's safe fix may already have made "Vedrørende søknad" into "Om søknad".)
    const bare = st.title.text.replace(/^(?:vedrørende|vedrørande|vedkommende|vedkomande|vedr\.|angående|angåande|ang\.|gjelder:?|gjeld:?|regarding|re:|om(?=[ \u00A0]+(?:søknad|klage|vedtak|tilbud|tilbod|innkalling|varsel|henvendelse|førespurnad|sak|krav|faktura|betaling)))[ \u00A0]+(?=\p{L})/iu, "");
    const t0 = cleanTitle(informalAddress(bare, language));
    const t = t0.charAt(0).toUpperCase() + t0.slice(1);
    const cased = unshout(t, st.doc.text);
    // The title gets the same last pass as a sentence ("Søknaden kan bli avslått" → "Vi kan avslå søknaden").
    blocks.push(keepNames(cased, polishSentence(cased, language, { heading: true }), st.doc.text, language));
  }
  if (st.fields) blocks.push(st.fields.text.trim());
  // The draft's greeting ("Hei Sara,", "Dear Mr Ahmadi,") stays over the message: the letter speaks to its reader as
  // the writer did. ("Kjære Dem" becomes "Kjære deg" with the rest of the formal address.)
  const greeting = st.greeting ? informalAddress(st.greeting.text, language, formal) : undefined;
  if (greeting) blocks.push(greeting);

  // ("Dette gjør kommunen:" / "- registrerer …" then "Dette må du gjøre:" / "- Sett opp nytt husnummer …": a lead-in over
  // the list right under it; when the lead-in moves up with the steps, its own list goes with it, never the first list
  // that happens to stand there — the body's own work.)
  const allParas = st.sections.flatMap((sec) => sec.paras);
  const leadIns = new Map<Sent, string>();
  allParas.forEach((p, i) => {
    const last = p.sentences[p.sentences.length - 1];
    const next = allParas[i + 1];
    if (!p.list && last && /:[ \t]*$/u.test(last.text) && next?.list) leadIns.set(last, listText(next).split("\n")[0]);
  });
  const collected: Record<Role, Sent[]> = { body: [], action: [], appeal: [], access: [], contact: [] };
  const headed: Record<Role, Section[]> = { body: [], action: [], appeal: [], access: [], contact: [] };
  const bodyBlocks: string[] = [];
  let leadDone = false;
  // The role of the sentence before, across paragraphs (one line per paragraph in Word).
  let before: Role | undefined;
  let beforeSent: Sent | undefined;
  // The last paragraph kept whole as the last body block (undefined when it was not).
  let lastWhole: { end: number } | undefined;
  // Where the last labelled line kept as a heading ("Seksjon: …") ends.
  let lastField: number | undefined;
  for (const sec of st.sections) {
    if (sec.heading) {
      if (sec.role === "body" && !leadDone) leadDone = true;
      // "Dette må du gjøre" moves up after the main message; a how-to section ("Slik sender du dokument") explains
      // an action the draft has already given, so it stays where the writer put it.
      lastWhole = undefined;
      if (sec.role === "body" || (sec.role === "action" && (HOW_TO.test(sec.heading.text) || opts.inOrder))) {
        // "Fylkeskommune: …" / "Seksjon: …" one under the other: labelled lines the parser took for headings stay
        // one under the other, as the draft set them.
        const text = sectionText(sec);
        const under = lastField !== undefined && FIELD_LINE.test(sec.heading.text) && bodyBlocks.length > 1 && draftBreak(st.doc.text, lastField, sec.heading.start) === "\n";
        if (under) bodyBlocks[bodyBlocks.length - 1] += `\n${text}`;
        else bodyBlocks.push(text);
        lastField = FIELD_LINE.test(sec.heading.text) ? (sec.paras.length ? paraEnd(sec.paras[sec.paras.length - 1]) : sec.heading.end) : undefined;
      } else headed[sec.role].push(sec);
      continue;
    }
    for (const p of sec.paras) {
      // (A labelled line read as a paragraph, "Tid: kl. 07.40", is a field like the headings around it.)
      const fieldPara = FIELD_LINE.test(p.text) && !p.text.trim().includes("\n") ? paraEnd(p) : undefined;
      lastField = undefined;
      const whole = lastWhole;
      lastWhole = undefined;
      // A lead that ends with a colon introduces the list after it ("…, fordi:" and its items): one block.
      if (leadDone && p.list && bodyBlocks.length === 1 && /:\s*$/.test(bodyBlocks[0])) {
        bodyBlocks[0] += `\n\n${listText(p)}`;
        continue;
      }
      // ("Formannskapet fattet … følgende vedtak:" over the decision itself: the paragraph a lead's colon introduces
      // stays under it, so "Dette må du gjøre" never comes between them.)
      if (leadDone && !p.list && bodyBlocks.length === 1 && /:\s*$/.test(bodyBlocks[0]) && lastWhole === undefined && whole === undefined && before === "body") {
        bodyBlocks[0] += `\n\n${paraText(p, p.sentences)}`;
        beforeSent = p.sentences[p.sentences.length - 1];
        continue;
      }
      if (!leadDone) {
        // The main message stays first.
        bodyBlocks.push(paraText(p, p.sentences));
        leadDone = true;
        before = "body";
        beforeSent = p.sentences[p.sentences.length - 1];
        continue;
      }
      if (p.list) {
        // (Lines the draft set right under the paragraph before, "For meir informasjon, kontakt:", stay under it.)
        // A paragraph that ends in a colon introduces the list under it ("Du kan komme … Storgata 12:" over the days):
        // one block, so nothing later (the key time moved up) can part them.
        if (whole && bodyBlocks.length > 1 && /:[ \t]*$/.test(bodyBlocks[bodyBlocks.length - 1])) bodyBlocks[bodyBlocks.length - 1] += `${draftBreak(st.doc.text, whole.end, paraStart(p))}${listText(p)}`;
        else if (whole && bodyBlocks.length > 1 && draftBreak(st.doc.text, whole.end, paraStart(p)) === "\n") bodyBlocks[bodyBlocks.length - 1] += `\n${listText(p)}`;
        else bodyBlocks.push(listText(p));
        // ("Stad: …" / "Tid: …" read as rows: a heading "Dagar: …" right under them is one more.)
        if (p.text.trim().split("\n").every((l) => FIELD_LINE.test(l))) lastField = paraEnd(p);
        continue;
      }
      // "Arbeidsoppgåver:" over "Du skal gi pleie og omsorg …": a paragraph that ends in a colon introduces the one
      // under it; that one stays under it (moved away, the label would stand empty and job duties read as a task).
      if (whole && bodyBlocks.length > 1 && /:[ \t]*$/.test(bodyBlocks[bodyBlocks.length - 1])) {
        bodyBlocks[bodyBlocks.length - 1] += `\n${paraText(p, p.sentences)}`;
        lastWhole = { end: paraEnd(p) };
        before = "body";
        beforeSent = p.sentences[p.sentences.length - 1];
        continue;
      }
      const keep: Sent[] = [];
      const roles = p.sentences.map((s) => {
        let role = sentenceRole(s, facts, p.text);
        // "Dette må du gjøre" holds only what the reader does ("Vi må kjøre gravemassene bort" is the body's work).
        if (role === "action" && !readerActs(plainOf(s), language) && !readerActs(s.text, language)) role = "body";
        // A sentence that, rewritten, tells the reader what to do ("Vi ber deg sørge for …") goes to the action.
        // ("Skyll gjerne gjennom ledningene …": a suggestion is no must; it stays where the draft says it.)
        if (role === "body" && isInstruction(plainOf(s)) && readerActs(plainOf(s), language) && !cue(language, "suggestionWords").test(s.text)) role = "action";
        return opts.inOrder && role === "action" ? "body" : role;
      });
      // "Ansatte i hjemmetjenesten skal gi brukerne ekstra drikke. Avvik skal meldes til tjenesteleder samme dag.": a
      // passive that goes on with a third party's duty is theirs, and stays with it.
      for (let i = 1; i < roles.length; i++) if (roles[i] === "action" && goesOnOthersDuty(p.sentences[i].text, p.sentences[i - 1].text, language)) roles[i] = "body";
      // An instruction right after a sentence that names whom it is for ("Foreldre som arbeider i kritiske
      // samfunnsfunksjonar, kan få barnehageplass. Ta kontakt med barnehagen innan søndag.") stays with it: moved
      // under "Dette må du gjere" it would read as meant for everyone. So does a "ta kontakt" sentence there with no
      // number or address of its own.
      p.sentences.forEach((s, i) => {
        let role = roles[i];
        // (Facts are looked for only when the answer counts: a long draft has thousands, and as many sentences.)
        const ownContact = () => facts.some((f) => (f.kind === "phone" || f.kind === "email" || f.kind === "url") && f.start >= s.start && f.end <= s.end);
        if ((role === "action" || (role === "contact" && !ownContact())) && i > 0 && roles[i - 1] === "body" && namesGroup(p.sentences[i - 1].text, language)) {
          role = "body";
          roles[i] = "body";
        }
        // "Kommunen setter opp vanntank ved Kleppe skole … Ta med egne kanner.": a short instruction without a
        // deadline right after a statement leans on it; alone under "Dette må du gjøre" it says nothing.
        // (Only after a statement of where or when something is offered: "Hold barna hjemme" after "SFO er også
        // stengt" is the notice's own instruction.)
        const prevRole = i > 0 ? roles[i - 1] : before;
        const prevSent = i > 0 ? p.sentences[i - 1] : beforeSent;
        // (Or where to do it: "Du sender meldekortet på nav.no/meldekort. Logg inn med BankID.")
        const detail = () => !!prevSent && facts.some((f) => (f.kind === "date" || f.kind === "time" || f.kind === "url") && f.start >= prevSent.start && f.end <= prevSent.end);
        if (role === "action" && prevRole === "body" && detail() && s.text.trim().split(/\s+/).length <= 5 && !facts.some((f) => f.kind === "deadline" && f.start >= s.start && f.end <= s.end)) {
          role = "body";
          roles[i] = "body";
        }
        // "Du må bestille time. Ring vaksinetelefonen på 70 05 88 20 …": a call right after what the reader must do is how
        // to do it; it goes with the step, not to "Har du spørsmål?".
        // ("Send dokumenta innan 28. mars. Du kan laste dei opp i søknadsportalen eller sende dei på e-post til …": how to
        // send what the step before names, by a pronoun, goes with that step too.)
        if (role === "contact" && i > 0 && roles[i - 1] === "action" && ownContact() && (/^(?:ring|call|phone|send (?:e-post|ein e-post|en e-post|an email)|e-post)(?![\p{L}])/iu.test(s.text.trim()) || HOW_TO_SEND_IT.test(s.text.trim()))) {
          role = "action";
          roles[i] = "action";
        }
        // "De kan klage på vedtaket … Sjå forvaltningslova § 28.": a pointer to the law after a sentence belongs to
        // that sentence (an imperative "Sjå" is no task for "Dette må du gjere").
        if (role === "action" && prevRole && prevRole !== "action" && LAW_POINTER.test(s.text.trim())) {
          role = prevRole;
          roles[i] = prevRole;
        }
        // "Du kan klage på vedtaket innen seks uker. Les mer om klage på nav.no/klage.": a pointer to more about what
        // the sentence before says goes where that sentence goes (under "Du kan klage"), not ahead of its heading.
        // ("The appeal must be in writing … Send it to Kvernvik Municipality, …": where to send what the sentence before
        // names goes with it, under "Du kan klage".)
        if (role !== prevRole && prevRole === "appeal" && SEND_IT.test(s.text.trim())) {
          role = prevRole;
          roles[i] = prevRole;
        }
        if (role !== prevRole && (prevRole === "appeal" || prevRole === "access") && READ_MORE.test(s.text.trim())) {
          role = prevRole;
          roles[i] = prevRole;
        }
        // A step that goes on from the sentence before it stays where that one stays:
        // ("… ber vi om at du gir beskjed … Hugs å oppgi namnet og fødselsdatoen til barnet.": a reminder in a paragraph
        // that opened on a condition;)
        // ("Vi ber deg kommentere klaga innan 8. januar. Du kan sende svaret til … Merk svaret med saksnummer 2026/5533.":
        // how to mark what the sentences before ask for;)
        // ("Vi har registrert følgende kontonummer på deg: 1503.60.12347. Vi ber deg kontrollere at dette kontonummeret er
        // riktig.": a step that names a thing by "dette"/"denne".)
        // ("Du kan sende dokumentasjonen på nav.no/ettersende … Husk å skrive fødselsnummeret ditt på alle sidene.": a
        // reminder goes on from whatever its paragraph said before it.)
        const goesOn = (REMINDER.test(s.text.trim()) && i > 0) || MARK_STEP.test(s.text.trim()) || DEMONSTRATIVE_NP.test(s.text);
        if (role === "action" && i > 0 && roles[i - 1] !== "action" && goesOn) {
          // (A reminder after a contact line goes with it into the contact block: "Du kan sende spørsmål på e-post. Husk å
          // skrive saksnummeret i e-posten.")
          role = roles[i - 1] === "contact" && !REMINDER.test(s.text.trim()) ? "body" : roles[i - 1];
          roles[i] = role;
        }
        // "Husk å oppgi målernummeret. Det står på selve måleren.": a step the next sentence speaks of ("Det", "Derfor",
        // "I staden") stays where it is, or that sentence would point at nothing.
        const next = p.sentences[i + 1];
        // ("You must accept the offer by 15 December. If we have not received your answer by then, …": the sentence that
        // speaks of the step's deadline goes with the step, under "Dette må du gjøre".)
        if (role === "action" && next && roles[i + 1] === "body" && !BACK_OPENER.test(next.text.trim()) && BACK_TO_DEADLINE.test(next.text) && facts.some((f) => (f.kind === "deadline" || f.kind === "date") && f.start >= s.start && f.end <= s.end)) roles[i + 1] = "action";
        // ("Remember to send your meldekort every 14 days … If you do not, you may lose benefit for that period.": what
        // follows when the reader does not act goes with the step; left behind, it would follow another step's deadline.)
        if (role === "action" && next && roles[i + 1] === "body" && IF_NOT.test(next.text.trim())) roles[i + 1] = "action";
        // ("… må du ta morgenmedisinen kl. 0800 i stedet for kl. 0700. Fastlegen din har sagt at dette er i orden.": a short
        // sentence that says "dette er …" of the step speaks of it too.)
        if (role === "action" && next && roles[i + 1] === "body" && (BACK_OPENER.test(next.text.trim()) || (next.text.length <= 90 && THIS_IS.test(next.text)))) {
          role = "body";
          roles[i] = "body";
        }
        // "Skolestart kan utsettes dersom … Søknad om utsatt skolestart sendes til rektor innen 1. februar.", "Skyss gis
        // til elever som bor mer enn 4 kilometer fra skolen. Skyss søkes gjennom fylkeskommunen.": a step in a paragraph
        // that opened on a condition or a group of readers is for them only; under "Dette må du gjøre" it would read
        // as meant for everyone, so it stays in its paragraph.
        if (role === "action" && i > 0 && p.sentences.slice(0, i).some((x) => roles[p.sentences.indexOf(x)] !== "action" && SETS_CONDITION.test(x.text) && !CONSEQUENCE.test(x.text))) {
          role = "body";
          roles[i] = "body";
        }
        // "Passer ikke tidspunktet? Send SMS til …", "Vil du ha en bod? Meld deg på …": a step right after a question
        // to some of the readers is their answer to it; it stays under its question.
        // ("Kan du ikke komme? Gi beskjed … eller ring 55 55 33 33.": a contact line is its answer too, not a "Har du
        // spørsmål?" line.)
        // ("Ser du døde rotter, må du ikke ta på dem med bare hender. Meld fra til oss på telefon …": so is a step right
        // after a sentence that opens on a condition on the reader, when that sentence stays.)
        // ("Etter at vannet er satt på igjen, kan vannet være misfarget en periode. La kranen renne til vannet er klart.": so
        // is a step right after a sentence that opens on when it applies; alone in the box it would read as for now.)
        // ("Har du mistet noe i løpet av året? Da kan du … Ta med legitimasjon …": so is any step of a paragraph that opens
        // on a question to the reader; the question says whom the paragraph is for.)
        const asked = i > 1 && /\?\s*$/u.test(p.sentences[0].text) && readerCondition(p.sentences[0].text, language) !== undefined;
        if ((role === "action" || role === "contact") && i > 0 && (asked || readerCondition(p.sentences[i - 1].text, language) !== undefined || (roles[i - 1] !== "action" && (!!openingCondition(p.sentences[i - 1].text, language) || TIME_OPENER.test(p.sentences[i - 1].text.trim()))))) {
          role = "body";
          roles[i] = "body";
        }
        // "Du må være registrert som arbeidssøker. Det betyr at du må kunne ta ethvert arbeid …": a step that opens by
        // pointing back at a sentence that stays ("Det betyr", "Dette", "Derfor") stays with it; under "Dette må du
        // gjøre" it would explain whatever stood before it there.
        if (role === "action" && i > 0 && roles[i - 1] !== "action" && BACK_OPENER.test(s.text.trim())) {
          role = "body";
          roles[i] = "body";
        }
        // "Reisande til Moane kan nytte bestillingstransport. Han må bestillast seinast to timar før avreise.": a step that
        // opens on a pronoun for what the sentence before names stays with it ("Du må bestille han …" alone says nothing).
        if (role === "action" && i > 0 && PRONOUN_OPENER.test(s.text.trim())) {
          role = "body";
          roles[i] = "body";
        }
        // ("Gje melding … innan fredag 29. august om de kjem. Treng de tolk, må de seie frå innan same dato.": a step whose
        // deadline is the one before it goes with that step, or "same dato" names nothing where it is left.)
        if (role === "body" && i > 0 && roles[i - 1] === "action" && SAME_DATE.test(s.text)) {
          role = "action";
          roles[i] = "action";
        }
        if (role === "body") keep.push(s);
        else collected[role].push(s);
        before = role;
        beforeSent = s;
      });
      // A line the draft set right under the paragraph before (no blank line between) stays under it.
      if (keep.length === p.sentences.length && whole && bodyBlocks.length > 1 && draftBreak(st.doc.text, whole.end, paraStart(p)) === "\n") bodyBlocks[bodyBlocks.length - 1] += `\n${paraText(p, keep)}`;
      else if (keep.length) bodyBlocks.push(paraText(p, keep));
      lastWhole = keep.length === p.sentences.length ? { end: paraEnd(p) } : undefined;
      if (lastWhole) lastField = fieldPara;
    }
  }
  const lead0 = bodyBlocks.shift();
  // ("Hei Sara," over "du har ikke sendt meldekortet …": with the greeting line gone, the lead starts a sentence.)
  // (Under a greeting that ends in a comma, the lead goes on in lower case as the draft has it.)
  const lead = lead0 && /^\p{Ll}/u.test(lead0) && !/^(?:e-|i[A-Z])/u.test(lead0) && !(greeting && /,$/.test(greeting)) ? lead0.charAt(0).toUpperCase() + lead0.slice(1) : lead0;
  if (lead) {
    let first = mainMessageFirst(lead, language, T);
    // A lead that was only an empty reference is gone: the next paragraph is the lead.
    if (!first.length && bodyBlocks.length) first = mainMessageFirst(bodyBlocks.shift()!, language, T);
    // A lead that was only a reference ("Vi viser til søknaden din …") leaves the message to the next
    // paragraph: that paragraph comes first, the reference line after it.
    if (first.length === 1 && first[0] !== lead && onlyReference(lead) && bodyBlocks.length) append(blocks, [bodyBlocks.shift()!, first[0]]);
    else append(blocks, first);
  }

  const group = (role: Role, heading: string) => {
    for (const s of headed[role]) blocks.push(sectionText(s));
    if (collected[role].length) {
      // ("Du må ettersende følgende dokumentasjon:" and "Merk sendingen med saksnummer …": the lead-in of the list that
      // follows the section goes last, so no other step stands between it and its items.)
      const said = collected[role].map(role === "appeal" || role === "access" ? verbatim : plainOf);
      // (The lead-in's own list first among the blocks left, wherever it stands.)
      const ownList = role === "action" ? [...collected.action].reverse().map((x) => leadIns.get(x)).find((x) => x !== undefined) : undefined;
      const at0 = ownList ? bodyBlocks.findIndex((b) => b.split("\n").includes(ownList)) : -1;
      if (at0 > 0) {
        const [blk] = bodyBlocks.splice(at0, 1);
        const line = blk.split("\n").indexOf(ownList!);
        // (A block that holds more than the list, "Dette gjør kommunen:" over its items, keeps what stands before it.)
        if (line > 0) bodyBlocks.splice(at0, 0, blk.split("\n").slice(0, line).join("\n").trimEnd());
        bodyBlocks.unshift(blk.split("\n").slice(Math.max(0, line)).join("\n"));
      }
      const listNext = role === "action" && /^[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \u00A0]/u.test(bodyBlocks[0] ?? "");
      const leadIn = listNext ? said.slice(0, -1).filter((x) => /:[ \t]*$/.test(x)).pop() : undefined;
      // (Steps the draft gives after the lead-in and its items, "Send dokumenta innan 28. mars" after "… må du sende
      // oss desse dokumenta:", come after the items: they name what the list gave.)
      const at = leadIn === undefined ? -1 : said.lastIndexOf(leadIn);
      const text = (at < 0 ? said : said.slice(0, at + 1)).join(" ");
      const after = at < 0 ? [] : said.slice(at + 1);
      if (after.length) bodyBlocks.splice(1, 0, after.join(" "));
      // (A lead-in's items right under it, as the draft set them.)
      const items = listNext && /:[ \t]*$/u.test(text) ? bodyBlocks.shift() : undefined;
      const said2 = items ? `${text}\n${items}` : text;
      blocks.push(headed[role].length || questionRepeated(heading, said2) ? said2 : `${heading}\n${said2}`);
    }
  };
  // "Emil hadde time … Denne timen må vi flytte." / "Ny time er måndag 25. januar kl. 13.15 …": when the lead only
  // leads up to it, the paragraph with the key event's time is the main message and comes before what to do (the
  // steps refer to it: "Passar ikkje den nye timen, …").
  const key = opts.keyTime?.trim();
  if (key && collected.action.length && !blocks.some((b) => b.includes(key))) {
    const k = bodyBlocks.findIndex((b) => b.includes(key));
    if (k > 0) bodyBlocks.unshift(...bodyBlocks.splice(k, 1));
    if (k >= 0) blocks.push(bodyBlocks.shift()!);
  }
  group("action", T.headings.action);
  append(blocks, bodyBlocks);
  group("appeal", T.headings.appeal);
  group("access", T.headings.access);

  // Contact last, with what the options add when the draft does not already say it.
  const contactLines: string[] = [];
  const draft = st.doc.text;
  if (opts.contactPhone && !draft.includes(opts.contactPhone)) contactLines.push(fill(T.contactPhone, { phone: opts.contactPhone }));
  if (opts.contactWeb && !draft.toLowerCase().includes(opts.contactWeb.toLowerCase().replace(/^https?:\/\/(www\.)?/, ""))) contactLines.push(fill(T.contactWeb, { web: opts.contactWeb }));
  const hasContact = headed.contact.length > 0 || collected.contact.length > 0 || contactLines.length > 0;
  if (hasContact) {
    for (const s of headed.contact) blocks.push(sectionText(s));
    // A sentence that itself asks "Har du spørsmål …, kan du …" leads the contact paragraph (it then replaces the heading).
    const contactSents = collected.contact.map(plainOf);
    const asks = contactSents.filter((x) => questionRepeated(T.headings.contact, x));
    const extra = [...asks, ...contactSents.filter((x) => !asks.includes(x)), ...contactLines].join(" ");
    if (extra) blocks.push(headed.contact.length || questionRepeated(T.headings.contact, extra) ? extra : `${T.headings.contact}\n${extra}`);
  }

  // Signature: the draft's own, else the closing and the sender.
  const sig = st.signature.map((s) => s.text.trim()).filter(Boolean);
  if (sig.length) blocks.push(signatureText(st.doc.text, st.signature) ?? sig.join("\n"));
  else {
    // Without a sender the letter gets no closing of its own: a bare "Med vennlig hilsen" would seem signed by
    // whatever follows it (the letter-sender finding asks for the sender instead).
    // (A long draft's rest, at the end, holds its own closing if it has one.)
    const sender = opts.senderName ?? st.sender;
    if (sender && !opts.tail) blocks.push(`${T.letterClosing}\n${sender}`);
  }
  // The footer's notes get the same rewrites as the body ("Saka har blitt automatisk sakshandsama" → "Vi har …");
  // an attachment or copy list starts a block of its own.
  if (st.footer.length) {
    const lines = st.footer.map((s) => keepNames(s.text.trim(), plain(s.text.trim(), language, reader, formal, budget-- > 0), draftText, language));
    blocks.push(lines.map((l, i) => (i > 0 && /^(?:vedlegg|kopi|attachments?|enclosures?)(?![\p{L}\p{N}])/iu.test(l) ? `\n${l}` : l)).join("\n"));
  }
  if (opts.tail) blocks.push(opts.tail);
  return blocks.filter(Boolean).join("\n\n") + "\n";
}
