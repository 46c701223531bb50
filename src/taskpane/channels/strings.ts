/** UI text of «Kanaler» in bokmål, nynorsk and English. `{name}` marks a placeholder. */
import type { Locale } from "../../core/model";

export type ChannelKey = "letter" | "sms" | "post";

export interface ChannelStrings {
  /** BCP 47 tag for number formatting. */
  numberLocale: string;
  heading: string;
  intro: string;
  tabsLabel: string;
  names: Record<ChannelKey, string>;
  textLabel: Record<ChannelKey, string>;
  noDraft: string;
  making: string;
  unsuitableTitle: string;
  settingsProblem: string;
  // counters
  characters: string;
  words: string;
  smsParts: string;
  smsPartsValue: { one: string; other: string };
  encoding: string;
  encodingGsm: string;
  encodingUcs2: string;
  smsOverTarget: string;
  smsOverMax: string;
  ucs2Chars: string;
  ucs2Explain: string;
  noReplacement: string;
  gsmFix: string;
  gsmFixDone: string;
  platformLengths: string;
  platformNames: Record<"x" | "facebook" | "linkedin" | "instagram", string>;
  lengthOf: string;
  overLimit: string;
  altTextReminder: string;
  // findings
  findingsHeading: string;
  noFindings: string;
  severity: Record<"error" | "warning" | "info", string>;
  markInText: string;
  markInTextLabel: string;
  checkingEdits: string;
  // actions
  actionsLabel: string;
  copy: string;
  copied: string;
  copiedExec: string;
  copyManual: string;
  insert: string;
  insertLabel: Record<"word" | "outlook" | "standalone", string>;
  inserted: Record<"word" | "outlook" | "standalone", string>;
  insertFailed: string;
  insertNotVerified: string;
  openNew: Record<"word" | "outlook" | "standalone", string>;
  opened: Record<"word" | "outlook" | "standalone", string>;
  openFailed: string;
  regenerate: string;
  regenerated: string;
  edited: string;
}

const nb: ChannelStrings = {
  numberLocale: "nb-NO",
  heading: "Kanaler",
  intro: "Samme innhold som brev, SMS og innlegg. Alle datoer, beløp og kontaktopplysninger kommer fra utkastet. Du kan redigere teksten; den sjekkes på nytt mens du skriver.",
  tabsLabel: "Kanal",
  names: { letter: "Brev", sms: "SMS", post: "Innlegg" },
  textLabel: { letter: "Tekst til brevet", sms: "Tekst til SMS-en", post: "Tekst til innlegget" },
  noDraft: "Sjekk utkastet først, så lager Kanalklar versjonene her.",
  making: "Lager versjoner …",
  unsuitableTitle: "Passer ikke for denne kanalen",
  settingsProblem: "Innstillingene har et problem: {problem}",
  characters: "Tegn",
  words: "Ord",
  smsParts: "Deler",
  smsPartsValue: { one: "{n} SMS", other: "{n} SMS-er" },
  encoding: "Koding",
  encodingGsm: "GSM-7 (160 tegn per SMS)",
  encodingUcs2: "UCS-2 (bare 70 tegn per SMS)",
  smsOverTarget: "Meldingen går over én SMS. Prøv å korte den ned.",
  smsOverMax: "Meldingen er lengre enn to SMS-er. Kort den ned.",
  ucs2Chars: "Disse tegnene gjør at SMS-en må sendes med UCS-2:",
  ucs2Explain: "Tegnene er merket i teksten under.",
  noReplacement: "ingen trygg erstatning",
  gsmFix: "Bytt til SMS-vennlige tegn ({n})",
  gsmFixDone: "Byttet {n} tegn. Meldingen bruker nå {parts}.",
  platformLengths: "Lengde per plattform",
  platformNames: { x: "X", facebook: "Facebook", linkedin: "LinkedIn", instagram: "Instagram" },
  lengthOf: "{n} av {max}",
  overLimit: "for langt",
  altTextReminder: "Husk alternativ tekst hvis du legger ved bilde.",
  findingsHeading: "Merknader",
  noFindings: "Ingen merknader.",
  severity: { error: "Feil", warning: "Advarsel", info: "Tips" },
  markInText: "Marker",
  markInTextLabel: "Marker «{text}» i teksten",
  checkingEdits: "Sjekker endringene …",
  actionsLabel: "Handlinger for {channel}",
  copy: "Kopier",
  copied: "{channel} er kopiert.",
  copiedExec: "{channel} er kopiert.",
  copyManual: "Kunne ikke kopiere automatisk. Teksten er merket – trykk Ctrl+C (Cmd+C på Mac).",
  insert: "Sett inn",
  insertLabel: { word: "Sett inn på slutten av dokumentet", outlook: "Sett inn der markøren står i e-posten", standalone: "Sett inn på slutten av utkastet" },
  inserted: { word: "{channel} er satt inn på slutten av dokumentet.", outlook: "{channel} er satt inn i e-posten.", standalone: "{channel} er satt inn på slutten av utkastet." },
  insertFailed: "Kunne ikke sette inn teksten. Bruk «Kopier» og lim inn selv.",
  insertNotVerified: "Vi fant ikke teksten i e-posten etterpå. Klikk i e-posten der teksten skal stå, og prøv igjen – eller bruk «Kopier».",
  openNew: { word: "Åpne som nytt dokument", outlook: "Ny e-post", standalone: "Åpne som nytt dokument" },
  opened: { word: "{channel} er åpnet i et nytt dokument.", outlook: "{channel} er åpnet i en ny e-post.", standalone: "{channel} er åpnet." },
  openFailed: "Kunne ikke åpne et nytt vindu. Bruk «Kopier» i stedet.",
  regenerate: "Lag på nytt fra utkastet",
  regenerated: "{channel} er laget på nytt fra utkastet.",
  edited: "Du har endret teksten.",
};

const nn: ChannelStrings = {
  numberLocale: "nn-NO",
  heading: "Kanalar",
  intro: "Same innhald som brev, SMS og innlegg. Alle datoar, beløp og kontaktopplysningar kjem frå utkastet. Du kan redigere teksten; han blir sjekka på nytt medan du skriv.",
  tabsLabel: "Kanal",
  names: { letter: "Brev", sms: "SMS", post: "Innlegg" },
  textLabel: { letter: "Tekst til brevet", sms: "Tekst til SMS-en", post: "Tekst til innlegget" },
  noDraft: "Sjekk utkastet først, så lagar Kanalklar versjonane her.",
  making: "Lagar versjonar …",
  unsuitableTitle: "Passar ikkje for denne kanalen",
  settingsProblem: "Innstillingane har eit problem: {problem}",
  characters: "Teikn",
  words: "Ord",
  smsParts: "Delar",
  smsPartsValue: { one: "{n} SMS", other: "{n} SMS-ar" },
  encoding: "Koding",
  encodingGsm: "GSM-7 (160 teikn per SMS)",
  encodingUcs2: "UCS-2 (berre 70 teikn per SMS)",
  smsOverTarget: "Meldinga går over éin SMS. Prøv å korte ho ned.",
  smsOverMax: "Meldinga er lengre enn to SMS-ar. Kort ho ned.",
  ucs2Chars: "Desse teikna gjer at SMS-en må sendast med UCS-2:",
  ucs2Explain: "Teikna er merkte i teksten under.",
  noReplacement: "inga trygg erstatning",
  gsmFix: "Byt til SMS-venlege teikn ({n})",
  gsmFixDone: "Bytte {n} teikn. Meldinga bruker no {parts}.",
  platformLengths: "Lengd per plattform",
  platformNames: { x: "X", facebook: "Facebook", linkedin: "LinkedIn", instagram: "Instagram" },
  lengthOf: "{n} av {max}",
  overLimit: "for langt",
  altTextReminder: "Hugs alternativ tekst om du legg ved bilete.",
  findingsHeading: "Merknader",
  noFindings: "Ingen merknader.",
  severity: { error: "Feil", warning: "Åtvaring", info: "Tips" },
  markInText: "Marker",
  markInTextLabel: "Marker «{text}» i teksten",
  checkingEdits: "Sjekkar endringane …",
  actionsLabel: "Handlingar for {channel}",
  copy: "Kopier",
  copied: "{channel} er kopiert.",
  copiedExec: "{channel} er kopiert.",
  copyManual: "Kunne ikkje kopiere automatisk. Teksten er merkt – trykk Ctrl+C (Cmd+C på Mac).",
  insert: "Set inn",
  insertLabel: { word: "Set inn på slutten av dokumentet", outlook: "Set inn der markøren står i e-posten", standalone: "Set inn på slutten av utkastet" },
  inserted: { word: "{channel} er sett inn på slutten av dokumentet.", outlook: "{channel} er sett inn i e-posten.", standalone: "{channel} er sett inn på slutten av utkastet." },
  insertFailed: "Kunne ikkje setje inn teksten. Bruk «Kopier» og lim inn sjølv.",
  insertNotVerified: "Vi fann ikkje teksten i e-posten etterpå. Klikk i e-posten der teksten skal stå, og prøv igjen – eller bruk «Kopier».",
  openNew: { word: "Opne som nytt dokument", outlook: "Ny e-post", standalone: "Opne som nytt dokument" },
  opened: { word: "{channel} er opna i eit nytt dokument.", outlook: "{channel} er opna i ein ny e-post.", standalone: "{channel} er opna." },
  openFailed: "Kunne ikkje opne eit nytt vindauge. Bruk «Kopier» i staden.",
  regenerate: "Lag på nytt frå utkastet",
  regenerated: "{channel} er laga på nytt frå utkastet.",
  edited: "Du har endra teksten.",
};

const en: ChannelStrings = {
  numberLocale: "en-GB",
  heading: "Channels",
  intro: "The same content as a letter, an SMS and a post. Every date, amount and contact detail comes from the draft. You can edit the text; it is checked again as you type.",
  tabsLabel: "Channel",
  names: { letter: "Letter", sms: "SMS", post: "Post" },
  textLabel: { letter: "Letter text", sms: "SMS text", post: "Post text" },
  noDraft: "Check the draft first; Kanalklar then makes the versions here.",
  making: "Making versions …",
  unsuitableTitle: "Not suitable for this channel",
  settingsProblem: "The settings have a problem: {problem}",
  characters: "Characters",
  words: "Words",
  smsParts: "Parts",
  smsPartsValue: { one: "{n} SMS", other: "{n} SMS messages" },
  encoding: "Encoding",
  encodingGsm: "GSM-7 (160 characters per SMS)",
  encodingUcs2: "UCS-2 (only 70 characters per SMS)",
  smsOverTarget: "The message is longer than one SMS. Try to shorten it.",
  smsOverMax: "The message is longer than two SMS messages. Shorten it.",
  ucs2Chars: "These characters force the SMS to be sent as UCS-2:",
  ucs2Explain: "They are marked in the text below.",
  noReplacement: "no safe replacement",
  gsmFix: "Use SMS-friendly characters ({n})",
  gsmFixDone: "Replaced {n} characters. The message now uses {parts}.",
  platformLengths: "Length per platform",
  platformNames: { x: "X", facebook: "Facebook", linkedin: "LinkedIn", instagram: "Instagram" },
  lengthOf: "{n} of {max}",
  overLimit: "too long",
  altTextReminder: "Remember alt text if you attach an image.",
  findingsHeading: "Notes",
  noFindings: "No notes.",
  severity: { error: "Error", warning: "Warning", info: "Tip" },
  markInText: "Mark",
  markInTextLabel: "Mark “{text}” in the text",
  checkingEdits: "Checking your changes …",
  actionsLabel: "Actions for {channel}",
  copy: "Copy",
  copied: "{channel} copied.",
  copiedExec: "{channel} copied.",
  copyManual: "Could not copy automatically. The text is selected – press Ctrl+C (Cmd+C on a Mac).",
  insert: "Insert",
  insertLabel: { word: "Insert at the end of the document", outlook: "Insert at the cursor in the e-mail", standalone: "Insert at the end of the draft" },
  inserted: { word: "{channel} inserted at the end of the document.", outlook: "{channel} inserted in the e-mail.", standalone: "{channel} inserted at the end of the draft." },
  insertFailed: "Could not insert the text. Use “Copy” and paste it yourself.",
  insertNotVerified: "The text was not found in the e-mail afterwards. Click in the e-mail where it should go and try again – or use “Copy”.",
  openNew: { word: "Open as new document", outlook: "New e-mail", standalone: "Open as new document" },
  opened: { word: "{channel} opened in a new document.", outlook: "{channel} opened in a new e-mail.", standalone: "{channel} opened." },
  openFailed: "Could not open a new window. Use “Copy” instead.",
  regenerate: "Make again from the draft",
  regenerated: "{channel} made again from the draft.",
  edited: "You have edited the text.",
};

export const CHANNEL_STRINGS: Record<Locale, ChannelStrings> = { nb, nn, en };

export function channelStrings(locale: Locale): ChannelStrings {
  return CHANNEL_STRINGS[locale] ?? nb;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
