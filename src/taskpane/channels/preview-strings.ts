/** UI text for the channel previews, costs, named characters, omissions, link policy and the letter diff. */
import type { Locale } from "../../core/model";

export interface PreviewStrings {
  costEmpty: string;
  costGsmOne: string;
  costGsmMany: string;
  costUcsOne: string;
  costUcsMany: string;
  costUcsSaving: string;
  costDoubled: string;
  charsHeading: string;
  charTimes: string;
  charRemove: string;
  charRemoveLabel: string;
  charReplace: string;
  charReplaceLabel: string;
  charRemoved: string;
  charNames: Record<string, string>;
  charEmoji: string;
  charOther: string;
  previewHeading: string;
  smsSender: string;
  smsNoSender: string;
  smsPart: string;
  postPreviewHeading: string;
  foldNote: string;
  noFold: string;
  seeMore: string;
  xOver: string;
  linkPolicy: string;
  linkPolicyNames: Record<"none" | "domain" | "url", string>;
  linkPolicyChange: string;
  linkPolicyChanged: string;
  omittedHeading: string;
  omittedPart: Record<string, string>;
  smsEmptyPersonal: string;
  smsEmptyOther: string;
  personalKinds: Record<"personal-id" | "account-number" | "case", string>;
  diffShow: string;
  diffHide: string;
  diffAdded: string;
  diffRemoved: string;
  diffTooLong: string;
  diffSame: string;
  noteQuote: string;
  noteFix: string;
  noteFixLabel: string;
  noteFixed: string;
  notesMore: string;
  msgHeading: string;
  msgIntro: string;
  msgWhat: string;
  msgWhen: string;
  msgWhere: string;
  msgDo: string;
  msgDeadline: string;
  msgSender: string;
  msgAudience: string;
  msgAudienceAll: string;
  msgAudienceOne: string;
  msgNone: string;
  msgKeyDate: string;
  msgRoles: Record<string, string>;
  msgChanged: string;
}

const nb: PreviewStrings = {
  costEmpty: "SMS-en er tom.",
  costGsmOne: "Koster 1 SMS: {n} av 160 tegn er brukt.",
  costGsmMany: "Koster {parts} SMS fordi teksten har {n} tegn: over 160 tegn deles den i deler på 153 tegn.",
  costUcsOne: "Koster 1 SMS: {n} av 70 tegn er brukt. {chars} gjør at én SMS bare rommer 70 tegn i stedet for 160.",
  costUcsMany: "Koster {parts} SMS fordi teksten har {n} tegn og {chars} gjør at hver del bare rommer 67 tegn i stedet for 153.",
  costUcsSaving: "Uten disse tegnene ville den kostet {parts} SMS.",
  costDoubled: "({n} av tegnene, som € og [ ], teller dobbelt.)",
  charsHeading: "Tegn som gjør SMS-en dyrere",
  charTimes: "{n} ganger",
  charRemove: "Fjern",
  charRemoveLabel: "Fjern {name} fra SMS-en",
  charReplace: "Bytt til {r}",
  charReplaceLabel: "Bytt {name} til {r} i SMS-en",
  charRemoved: "Fjernet {name}. SMS-en koster nå {parts} SMS.",
  charNames: {
    "💧": "dråpe-emoji",
    "⚠️": "advarsel-emoji",
    "⚠": "advarselstegn",
    "📅": "kalender-emoji",
    "📆": "kalender-emoji",
    "📞": "telefon-emoji",
    "☎️": "telefon-emoji",
    "✅": "hake-emoji",
    "❗": "utropstegn-emoji",
    "👉": "peker-emoji",
    "🚧": "anleggsarbeid-emoji",
    "ℹ️": "info-emoji",
    "📍": "kartnål-emoji",
    "⏰": "vekkerklokke-emoji",
    "🚰": "drikkevann-emoji",
    "❄️": "snøkrystall-emoji",
    "🔥": "flamme-emoji",
    "👍": "tommel opp-emoji",
    "😊": "smilefjes-emoji",
    "❤️": "hjerte-emoji",
    "«": "venstre sitattegn «",
    "»": "høyre sitattegn »",
    "–": "tankestrek",
    "—": "lang tankestrek",
    "’": "krøllete apostrof",
    "“": "krøllete anførselstegn “",
    "”": "krøllete anførselstegn ”",
    "…": "tre prikker i ett tegn",
    "\u00a0": "hardt mellomrom",
    "•": "kulepunkt",
  },
  charEmoji: "emoji {c}",
  charOther: "tegnet {c} ({code})",
  previewHeading: "Slik ser SMS-en ut",
  smsSender: "Avsender: {id}",
  smsNoSender: "Avsender ikke satt (velg under Innstillinger)",
  smsPart: "Del {i} av {n}",
  postPreviewHeading: "Slik ser innlegget ut",
  foldNote: "Etter omtrent {n} tegn kutter {platform} teksten med «Se mer» på mobil. Det viktigste må stå før.",
  noFold: "{platform} viser hele teksten (inntil {max} tegn).",
  seeMore: "… Se mer",
  xOver: "Alt etter tegn {max} er for langt for X.",
  linkPolicy: "Lenker i SMS: {policy}.",
  linkPolicyNames: {
    none: "ingen lenke – nettadressen står som vanlig tekst",
    domain: "nettadressen uten https://",
    url: "full lenke med https://",
  },
  linkPolicyChange: "Bruk: {policy}",
  linkPolicyChanged: "Lenker i SMS: {policy}. SMS-en er laget på nytt.",
  omittedHeading: "Dette er utelatt, og hvorfor",
  omittedPart: {},
  smsEmptyPersonal: "SMS-en er tom fordi utkastet handler om én persons sak eller har personopplysninger ({what}). Slikt skal aldri stå i en SMS. Send heller en kort beskjed om at det ligger et brev i innboksen.",
  smsEmptyOther: "Kanalklar fant ikke noe fra utkastet som passer i en SMS.",
  personalKinds: { "personal-id": "fødselsnummer", "account-number": "kontonummer", case: "én persons sak" },
  diffShow: "Vis endringer fra utkastet",
  diffHide: "Skjul endringene",
  diffAdded: "lagt til:",
  diffRemoved: "fjernet:",
  diffTooLong: "Utkastet er for langt til å vise endringene her.",
  diffSame: "Brevet er likt utkastet.",
  noteQuote: "Gjelder «{t}»",
  noteFix: "Bytt til «{s}»",
  noteFixLabel: "Bytt «{t}» til «{s}» i teksten",
  noteFixed: "Byttet «{t}» med «{s}».",
  notesMore: "Vis {n} merknader til",
  msgHeading: "Meldingen",
  msgIntro: "Slik har Kanalklar lest utkastet. Rett det som er feil, så lages alle versjonene på nytt.",
  msgWhat: "Hva",
  msgWhen: "Når",
  msgWhere: "Hvor",
  msgDo: "Gjør dette",
  msgDeadline: "Frist",
  msgSender: "Avsender",
  msgAudience: "Hvem er den til",
  msgAudienceAll: "Alle",
  msgAudienceOne: "Én person",
  msgNone: "ikke funnet",
  msgKeyDate: "Viktigste dato",
  msgRoles: { new: "ny", superseded: "gammel (flyttet)", lifted: "opphevet", past: "har skjedd", recurring: "gjentas", deadline: "frist", expected: "ventet", label: "merking" },
  msgChanged: "Versjonene er laget på nytt.",
};

const nn: PreviewStrings = {
  ...nb,
  costEmpty: "SMS-en er tom.",
  costGsmOne: "Kostar 1 SMS: {n} av 160 teikn er brukte.",
  costGsmMany: "Kostar {parts} SMS fordi teksten har {n} teikn: over 160 teikn blir han delt i delar på 153 teikn.",
  costUcsOne: "Kostar 1 SMS: {n} av 70 teikn er brukte. {chars} gjer at éin SMS berre rommar 70 teikn i staden for 160.",
  costUcsMany: "Kostar {parts} SMS fordi teksten har {n} teikn og {chars} gjer at kvar del berre rommar 67 teikn i staden for 153.",
  costUcsSaving: "Utan desse teikna ville han kosta {parts} SMS.",
  costDoubled: "({n} av teikna, som € og [ ], tel dobbelt.)",
  charsHeading: "Teikn som gjer SMS-en dyrare",
  charTimes: "{n} gonger",
  charRemove: "Fjern",
  charRemoveLabel: "Fjern {name} frå SMS-en",
  charReplace: "Byt til {r}",
  charReplaceLabel: "Byt {name} til {r} i SMS-en",
  charRemoved: "Fjerna {name}. SMS-en kostar no {parts} SMS.",
  charOther: "teiknet {c} ({code})",
  previewHeading: "Slik ser SMS-en ut",
  smsSender: "Avsendar: {id}",
  smsNoSender: "Avsendar ikkje sett (vel under Innstillingar)",
  postPreviewHeading: "Slik ser innlegget ut",
  foldNote: "Etter om lag {n} teikn kuttar {platform} teksten med «Sjå meir» på mobil. Det viktigaste må stå før.",
  noFold: "{platform} viser heile teksten (inntil {max} teikn).",
  seeMore: "… Sjå meir",
  xOver: "Alt etter teikn {max} er for langt for X.",
  linkPolicy: "Lenkjer i SMS: {policy}.",
  linkPolicyNames: { none: "inga lenkje – nettadressa står som vanleg tekst", domain: "nettadressa utan https://", url: "full lenkje med https://" },
  linkPolicyChange: "Bruk: {policy}",
  linkPolicyChanged: "Lenkjer i SMS: {policy}. SMS-en er laga på nytt.",
  omittedHeading: "Dette er utelate, og kvifor",
  smsEmptyPersonal: "SMS-en er tom fordi utkastet handlar om éin persons sak eller har personopplysningar ({what}). Slikt skal aldri stå i ein SMS. Send heller ei kort melding om at det ligg eit brev i innboksen.",
  smsEmptyOther: "Kanalklar fann ikkje noko frå utkastet som passar i ein SMS.",
  personalKinds: { "personal-id": "fødselsnummer", "account-number": "kontonummer", case: "éin persons sak" },
  diffShow: "Vis endringar frå utkastet",
  diffHide: "Skjul endringane",
  diffAdded: "lagt til:",
  diffRemoved: "fjerna:",
  diffTooLong: "Utkastet er for langt til å vise endringane her.",
  diffSame: "Brevet er likt utkastet.",
  noteQuote: "Gjeld «{t}»",
  noteFix: "Byt til «{s}»",
  noteFixLabel: "Byt «{t}» til «{s}» i teksten",
  noteFixed: "Bytte «{t}» med «{s}».",
  notesMore: "Vis {n} merknader til",
  msgHeading: "Meldinga",
  msgIntro: "Slik har Kanalklar lese utkastet. Rett det som er feil, så blir alle versjonane laga på nytt.",
  msgWhat: "Kva",
  msgWhen: "Når",
  msgWhere: "Kvar",
  msgDo: "Gjer dette",
  msgDeadline: "Frist",
  msgSender: "Avsendar",
  msgAudience: "Kven er ho til",
  msgAudienceAll: "Alle",
  msgAudienceOne: "Éin person",
  msgNone: "ikkje funne",
  msgKeyDate: "Viktigaste dato",
  msgRoles: { new: "ny", superseded: "gammal (flytta)", lifted: "oppheva", past: "har skjedd", recurring: "blir gjentatt", deadline: "frist", expected: "venta", label: "merking" },
  msgChanged: "Versjonane er laga på nytt.",
};

const en: PreviewStrings = {
  costEmpty: "The SMS is empty.",
  costGsmOne: "Costs 1 SMS: {n} of 160 characters used.",
  costGsmMany: "Costs {parts} SMS because the text has {n} characters: over 160 it is split into parts of 153.",
  costUcsOne: "Costs 1 SMS: {n} of 70 characters used. {chars} make one SMS hold only 70 characters instead of 160.",
  costUcsMany: "Costs {parts} SMS because the text has {n} characters and {chars} make each part hold only 67 characters instead of 153.",
  costUcsSaving: "Without these characters it would cost {parts} SMS.",
  costDoubled: "({n} of the characters, such as € and [ ], count double.)",
  charsHeading: "Characters that make the SMS dearer",
  charTimes: "{n} times",
  charRemove: "Remove",
  charRemoveLabel: "Remove {name} from the SMS",
  charReplace: "Change to {r}",
  charReplaceLabel: "Change {name} to {r} in the SMS",
  charRemoved: "Removed {name}. The SMS now costs {parts} SMS.",
  charNames: {
    "💧": "droplet emoji",
    "⚠️": "warning emoji",
    "⚠": "warning sign",
    "📅": "calendar emoji",
    "📆": "calendar emoji",
    "📞": "telephone emoji",
    "☎️": "telephone emoji",
    "✅": "check mark emoji",
    "❗": "exclamation emoji",
    "👉": "pointing hand emoji",
    "🚧": "construction emoji",
    "ℹ️": "information emoji",
    "📍": "pin emoji",
    "⏰": "alarm clock emoji",
    "🚰": "drinking water emoji",
    "❄️": "snowflake emoji",
    "🔥": "fire emoji",
    "👍": "thumbs up emoji",
    "😊": "smiling face emoji",
    "❤️": "heart emoji",
    "«": "left guillemet «",
    "»": "right guillemet »",
    "–": "en dash",
    "—": "em dash",
    "’": "curly apostrophe",
    "“": "curly quote “",
    "”": "curly quote ”",
    "…": "ellipsis character",
    "\u00a0": "no-break space",
    "•": "bullet",
  },
  charEmoji: "emoji {c}",
  charOther: "the character {c} ({code})",
  previewHeading: "How the SMS looks",
  smsSender: "Sender: {id}",
  smsNoSender: "No sender set (choose one in Settings)",
  smsPart: "Part {i} of {n}",
  postPreviewHeading: "How the post looks",
  foldNote: "After about {n} characters {platform} cuts the text with “See more” on mobile. Put what matters first.",
  noFold: "{platform} shows the whole text (up to {max} characters).",
  seeMore: "… See more",
  xOver: "Everything after character {max} is too long for X.",
  linkPolicy: "Links in SMS: {policy}.",
  linkPolicyNames: { none: "no link – the web address as plain text", domain: "the web address without https://", url: "a full https:// link" },
  linkPolicyChange: "Use: {policy}",
  linkPolicyChanged: "Links in SMS: {policy}. The SMS is made again.",
  omittedHeading: "Left out, and why",
  omittedPart: {},
  smsEmptyPersonal: "The SMS is empty because the draft is about one person's case or holds personal data ({what}). That never goes in an SMS. Send a short note that a letter is waiting in the inbox instead.",
  smsEmptyOther: "Kanalklar found nothing in the draft that fits an SMS.",
  personalKinds: { "personal-id": "national identity number", "account-number": "account number", case: "one person's case" },
  diffShow: "Show changes from the draft",
  diffHide: "Hide the changes",
  diffAdded: "added:",
  diffRemoved: "removed:",
  diffTooLong: "The draft is too long to show the changes here.",
  diffSame: "The letter is the same as the draft.",
  noteQuote: "About “{t}”",
  noteFix: "Change to “{s}”",
  noteFixLabel: "Change “{t}” to “{s}” in the text",
  noteFixed: "Replaced “{t}” with “{s}”.",
  notesMore: "Show {n} more notes",
  msgHeading: "The message",
  msgIntro: "This is how Kanalklar read the draft. Correct what is wrong and every version is made again.",
  msgWhat: "What",
  msgWhen: "When",
  msgWhere: "Where",
  msgDo: "Do this",
  msgDeadline: "Deadline",
  msgSender: "Sender",
  msgAudience: "Who it is for",
  msgAudienceAll: "Everyone",
  msgAudienceOne: "One person",
  msgNone: "not found",
  msgKeyDate: "Key date",
  msgRoles: { new: "new", superseded: "old (moved)", lifted: "lifted", past: "past", recurring: "recurring", deadline: "deadline", expected: "expected", label: "label" },
  msgChanged: "The versions are made again.",
};

const ALL: Record<Locale, PreviewStrings> = { nb, nn, en };
export function previewStrings(locale: Locale): PreviewStrings {
  return ALL[locale] ?? nb;
}
