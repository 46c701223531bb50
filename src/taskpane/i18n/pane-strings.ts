/**
 * UI text for the findings workbench (order, navigation, your own rules, undo, help, the error
 * boundary, stored drafts): bokmål, nynorsk, English. `{name}` marks a placeholder (format()).
 */
import type { Locale } from "../../core/model";

export interface PaneStrings {
  viewLabel: string;
  viewOrder: string;
  viewRule: string;
  filterAll: string;
  filterHint: string;
  filteredBy: string;
  prev: string;
  next: string;
  position: string;
  navHint: string;
  subject: string;
  paragraph: string;
  contextLabel: string;
  why: string;
  ruleWhy: Record<string, string>;
  more: string;
  ignoreRule: string;
  addWord: string;
  toastFixed: string;
  toastDeleted: string;
  toastFixAll: string;
  toastIgnored: string;
  toastRuleOff: string;
  toastWordAdded: string;
  toastSkipped: string;
  undone: string;
  redone: string;
  nothingToUndo: string;
  nothingToRedo: string;
  undoLost: string;
  undoButton: string;
  redoButton: string;
  labelFix: string;
  labelDelete: string;
  labelFixAll: string;
  /** Findings as Word comments (issue 12). */
  addComments: string;
  addCommentsHint: string;
  removeComments: string;
  toastCommentsAdded: string;
  toastCommentsSkipped: string;
  toastCommentsNone: string;
  toastCommentsRemoved: string;
  toastCommentsFailed: string;
  labelClear: string;
  labelSample: string;
  toastCleared: string;
  toastSample: string;
  help: string;
  lixWhat: string;
  lixExplain: string;
  announce: string;
  announceFiltered: string;
  crashTitle: string;
  crashBody: string;
  crashClear: string;
  crashReload: string;
  crashReport: string;
  crashCopied: string;
  storedNote: string;
  storedNotePersonal: string;
  notStoredTooLong: string;
  forget: string;
  forgotten: string;
  editorGrow: string;
  aboutPage: string;
  /** «Skriv om setningen»: a whole-sentence rewrite previewed on a finding card (issue 11). */
  rewrite: RewriteStrings;
}

export interface RewriteStrings {
  button: string;
  /** Button name with the flagged words ({t}). */
  buttonLabel: string;
  previewLabel: string;
  before: string;
  after: string;
  /** Read before a marked word by screen readers ("lagt til: …"). */
  added: string;
  removed: string;
  apply: string;
  applyLabel: string;
  cancel: string;
  none: string;
  working: string;
  toast: string;
  undoLabel: string;
}

const nb: PaneStrings = {
  viewLabel: "Vis funnene",
  viewOrder: "I rekkefølge",
  viewRule: "Etter regel",
  filterAll: "Alle regler",
  filterHint: "Trykk på en regel for å vise bare de funnene.",
  filteredBy: "Viser bare «{rule}».",
  prev: "Forrige funn",
  next: "Neste funn",
  position: "Funn {i} av {n}",
  navHint: "Piltast opp og ned flytter mellom funnene, venstre og høyre mellom knappene i et funn. Ctrl+Z angrer, Ctrl+Y gjør om.",
  subject: "Emnefeltet",
  paragraph: "Avsnitt {n}",
  contextLabel: "I setningen",
  why: "Hvorfor?",
  ruleWhy: {
    "long-sentence": "Lange setninger er tunge å lese. Del setningen der det kommer et nytt poeng. Sikt mot 15–20 ord.",
    "long-paragraph": "Lange avsnitt skjuler hovedpoenget. Ett tema per avsnitt, og gjerne en mellomtittel.",
    kanselli: "Gamle, stive ord (Kansellisten) gjør teksten fjern. Et vanlig ord sier det samme.",
    passive: "Passiv skjuler hvem som gjør noe. Skriv «vi» eller «du» når det er klart hvem det gjelder.",
    nominalization: "Verb gjort om til substantiv gjør setningen tung. Bruk verbet: «vurdere» i stedet for «foreta en vurdering av».",
    "formal-address": "«De», «Dem» og «Deres» virker gammeldags og avstandsskapende. Skriv «du» til én leser og «dere» til flere.",
    abbreviation: "Ikke alle lesere kjenner forkortelsene. Skriv ordene helt ut.",
    "personal-data": "Fødselsnummer, kontonummer og lignende skal ikke stå der flere kan lese dem, og aldri i SMS.",
    "repeated-word": "Samme ord to ganger etter hverandre er som regel en skrivefeil.",
    "vague-deadline": "En frist uten dato («snarest», «innen rimelig tid») sier ikke leseren hva hun må gjøre når.",
    "reader-address": "Leseren omtalt i tredje person («søkeren») blir fjern. Skriv «du».",
  },
  more: "Mer",
  ignoreRule: "Ignorer regelen",
  addWord: "Legg til i ordlista",
  toastFixed: "Byttet «{from}» med «{to}».",
  toastDeleted: "Strøk «{t}».",
  toastFixAll: "Rettet {n} trygge funn.",
  toastIgnored: "Ignorerer «{t}» i dette dokumentet.",
  toastRuleOff: "Regelen «{rule}» er slått av. Slå den på igjen under Innstillinger.",
  toastWordAdded: "«{w}» er lagt i ordlista og blir ikke flagget igjen.",
  toastSkipped: "Ingen endring: {reason}",
  undone: "Angret: {label}",
  redone: "Gjort om: {label}",
  nothingToUndo: "Det er ingenting å angre.",
  nothingToRedo: "Det er ingenting å gjøre om.",
  undoLost: "{n} av endringene kunne ikke angres, fordi teksten rundt dem er endret.",
  undoButton: "Angre",
  redoButton: "Gjør om",
  labelFix: "«{from}» → «{to}»",
  labelDelete: "strøk «{t}»",
  labelFixAll: "{n} trygge rettinger",
  addComments: "Legg inn som kommentarer",
  addCommentsHint: "Funn uten trygg retting blir kommentarer i dokumentet, så du kan gå gjennom dem der.",
  removeComments: "Fjern kommentarene",
  toastCommentsAdded: "La inn {n} kommentarer.",
  toastCommentsSkipped: " {n} ble ikke lagt inn fordi teksten er endret siden sjekken.",
  toastCommentsNone: "Ingen kommentarer ble lagt inn. Sjekk teksten på nytt og prøv igjen.",
  toastCommentsRemoved: "Fjernet {n} kommentarer.",
  toastCommentsFailed: "Kunne ikke endre kommentarene: {error}",
  labelClear: "tømte feltet",
  labelSample: "satte inn eksempelteksten",
  toastCleared: "Feltet er tømt. Angre for å få teksten tilbake.",
  toastSample: "Eksempelteksten er satt inn. Angre for å få din tekst tilbake.",
  help: "Hjelp",
  lixWhat: "Hva er LIX?",
  lixExplain:
    "LIX (lesbarhetsindeks) er ord per setning pluss prosent lange ord (mer enn seks bokstaver). Under 40 er lett for de fleste; over 50 er tungt. LIX sier ingenting om innholdet – bruk den som en pekepinn.",
  announce: "{n} funn vises. LIX {lix}, {band}.",
  announceFiltered: "{n} funn for «{rule}» vises.",
  crashTitle: "Noe gikk galt i Kanalklar",
  crashBody: "Teksten din er ikke borte. Du kan tømme feltet og begynne på nytt, laste inn siden på nytt, eller kopiere en feilrapport.",
  crashClear: "Tøm",
  crashReload: "Last inn på nytt",
  crashReport: "Kopier feilrapport",
  crashCopied: "Feilrapporten er kopiert. Den inneholder ikke teksten din.",
  storedNote: "Teksten lagres bare i denne nettleseren, i opptil {days} dager.",
  storedNotePersonal: "Teksten ser ut til å ha personopplysninger, så den lagres bare i {hours} timer.",
  notStoredTooLong: "Teksten er for lang til å lagres i nettleseren. Den forsvinner når du lukker siden.",
  forget: "Glem lagret tekst",
  forgotten: "Den lagrede teksten er slettet fra nettleseren.",
  editorGrow: "Feltet blir større når du skriver i det.",
  aboutPage: "Om denne siden",
  rewrite: {
    button: "Skriv om setningen",
    buttonLabel: "Skriv om setningen med «{t}»",
    previewLabel: "Forslag til ny setning",
    before: "Før:",
    after: "Etter:",
    added: "lagt til:",
    removed: "fjernet:",
    apply: "Bruk",
    applyLabel: "Bruk den nye setningen",
    cancel: "Avbryt",
    none: "Fant ingen trygg omskriving av denne setningen.",
    working: "Skriver om …",
    toast: "Skrev om setningen: «{t}»",
    undoLabel: "skrev om «{t}»",
  },
};

const nn: PaneStrings = {
  viewLabel: "Vis funna",
  viewOrder: "I rekkjefølgje",
  viewRule: "Etter regel",
  filterAll: "Alle reglar",
  filterHint: "Trykk på ein regel for å vise berre dei funna.",
  filteredBy: "Viser berre «{rule}».",
  prev: "Førre funn",
  next: "Neste funn",
  position: "Funn {i} av {n}",
  navHint: "Piltast opp og ned flyttar mellom funna, venstre og høgre mellom knappane i eit funn. Ctrl+Z angrar, Ctrl+Y gjer om.",
  subject: "Emnefeltet",
  paragraph: "Avsnitt {n}",
  contextLabel: "I setninga",
  why: "Kvifor?",
  ruleWhy: {
    "long-sentence": "Lange setningar er tunge å lese. Del setninga der det kjem eit nytt poeng. Sikt mot 15–20 ord.",
    "long-paragraph": "Lange avsnitt gøymer hovudpoenget. Eitt tema per avsnitt, og gjerne ein mellomtittel.",
    kanselli: "Gamle, stive ord (Kansellisten) gjer teksten fjern. Eit vanleg ord seier det same.",
    passive: "Passiv gøymer kven som gjer noko. Skriv «vi» eller «du» når det er klart kven det gjeld.",
    nominalization: "Verb gjort om til substantiv gjer setninga tung. Bruk verbet: «vurdere» i staden for «føreta ei vurdering av».",
    "formal-address": "«De», «Dykk» og «Dykkar» verkar gammaldags og skaper avstand. Skriv «du» til éin lesar og «de» til fleire.",
    abbreviation: "Ikkje alle lesarar kjenner forkortingane. Skriv orda heilt ut.",
    "personal-data": "Fødselsnummer, kontonummer og liknande skal ikkje stå der fleire kan lese dei, og aldri i SMS.",
    "repeated-word": "Same ord to gonger etter kvarandre er som regel ein skrivefeil.",
    "vague-deadline": "Ein frist utan dato («snarast», «innan rimeleg tid») seier ikkje lesaren kva ho må gjere når.",
    "reader-address": "Lesaren omtalt i tredje person («søkjaren») blir fjern. Skriv «du».",
  },
  more: "Meir",
  ignoreRule: "Ignorer regelen",
  addWord: "Legg til i ordlista",
  toastFixed: "Bytte «{from}» med «{to}».",
  toastDeleted: "Strauk «{t}».",
  toastFixAll: "Retta {n} trygge funn.",
  toastIgnored: "Ignorerer «{t}» i dette dokumentet.",
  toastRuleOff: "Regelen «{rule}» er slått av. Slå han på att under Innstillingar.",
  toastWordAdded: "«{w}» er lagt i ordlista og blir ikkje flagga att.",
  toastSkipped: "Inga endring: {reason}",
  undone: "Angra: {label}",
  redone: "Gjort om: {label}",
  nothingToUndo: "Det er ingenting å angre.",
  nothingToRedo: "Det er ingenting å gjere om.",
  undoLost: "{n} av endringane kunne ikkje angrast, fordi teksten rundt dei er endra.",
  undoButton: "Angre",
  redoButton: "Gjer om",
  labelFix: "«{from}» → «{to}»",
  labelDelete: "strauk «{t}»",
  labelFixAll: "{n} trygge rettingar",
  addComments: "Legg inn som kommentarar",
  addCommentsHint: "Funn utan trygg retting blir kommentarar i dokumentet, så du kan gå gjennom dei der.",
  removeComments: "Fjern kommentarane",
  toastCommentsAdded: "La inn {n} kommentarar.",
  toastCommentsSkipped: " {n} vart ikkje lagde inn fordi teksten er endra sidan sjekken.",
  toastCommentsNone: "Ingen kommentarar vart lagde inn. Sjekk teksten på nytt og prøv igjen.",
  toastCommentsRemoved: "Fjerna {n} kommentarar.",
  toastCommentsFailed: "Kunne ikkje endre kommentarane: {error}",
  labelClear: "tømde feltet",
  labelSample: "sette inn dømeteksten",
  toastCleared: "Feltet er tømt. Angre for å få teksten tilbake.",
  toastSample: "Dømeteksten er sett inn. Angre for å få teksten din tilbake.",
  help: "Hjelp",
  lixWhat: "Kva er LIX?",
  lixExplain:
    "LIX (lesbarheitsindeks) er ord per setning pluss prosent lange ord (meir enn seks bokstavar). Under 40 er lett for dei fleste; over 50 er tungt. LIX seier ingenting om innhaldet – bruk han som ein peikepinn.",
  announce: "{n} funn blir viste. LIX {lix}, {band}.",
  announceFiltered: "{n} funn for «{rule}» blir viste.",
  crashTitle: "Noko gjekk gale i Kanalklar",
  crashBody: "Teksten din er ikkje borte. Du kan tømme feltet og byrje på nytt, laste inn sida på nytt, eller kopiere ein feilrapport.",
  crashClear: "Tøm",
  crashReload: "Last inn på nytt",
  crashReport: "Kopier feilrapport",
  crashCopied: "Feilrapporten er kopiert. Han inneheld ikkje teksten din.",
  storedNote: "Teksten blir lagra berre i denne nettlesaren, i opptil {days} dagar.",
  storedNotePersonal: "Teksten ser ut til å ha personopplysningar, så han blir lagra berre i {hours} timar.",
  notStoredTooLong: "Teksten er for lang til å lagrast i nettlesaren. Han forsvinn når du lukkar sida.",
  forget: "Gløym lagra tekst",
  forgotten: "Den lagra teksten er sletta frå nettlesaren.",
  editorGrow: "Feltet blir større når du skriv i det.",
  aboutPage: "Om denne sida",
  rewrite: {
    button: "Skriv om setninga",
    buttonLabel: "Skriv om setninga med «{t}»",
    previewLabel: "Forslag til ny setning",
    before: "Før:",
    after: "Etter:",
    added: "lagt til:",
    removed: "fjerna:",
    apply: "Bruk",
    applyLabel: "Bruk den nye setninga",
    cancel: "Avbryt",
    none: "Fann inga trygg omskriving av denne setninga.",
    working: "Skriv om …",
    toast: "Skreiv om setninga: «{t}»",
    undoLabel: "skreiv om «{t}»",
  },
};

const en: PaneStrings = {
  viewLabel: "Show findings",
  viewOrder: "In text order",
  viewRule: "By rule",
  filterAll: "All rules",
  filterHint: "Press a rule to show only its findings.",
  filteredBy: "Showing only “{rule}”.",
  prev: "Previous finding",
  next: "Next finding",
  position: "Finding {i} of {n}",
  navHint: "Arrow up and down move between findings, left and right between the buttons of a finding. Ctrl+Z undoes, Ctrl+Y redoes.",
  subject: "Subject line",
  paragraph: "Paragraph {n}",
  contextLabel: "In the sentence",
  why: "Why?",
  ruleWhy: {
    "long-sentence": "Long sentences are hard to read. Split where a new point starts. Aim for 15–20 words.",
    "long-paragraph": "Long paragraphs hide the main point. One topic per paragraph, and perhaps a subheading.",
    kanselli: "Old, stiff words (Kansellisten) make a text distant. A common word says the same.",
    passive: "The passive hides who does what. Write “we” or “you” when it is clear who is meant.",
    nominalization: "Verbs turned into nouns make a sentence heavy. Use the verb: “assess” rather than “carry out an assessment of”.",
    "formal-address": "“De”, “Dem” and “Deres” sound old-fashioned and distant. Write “du” to one reader and “dere” to several.",
    abbreviation: "Not every reader knows the abbreviations. Write the words out.",
    "personal-data": "National identity numbers, account numbers and the like must not appear where others can read them, and never in an SMS.",
    "repeated-word": "The same word twice in a row is usually a typo.",
    "vague-deadline": "A deadline without a date (“as soon as possible”) does not tell readers what to do when.",
    "reader-address": "Calling the reader “the applicant” is distant. Write “you”.",
  },
  more: "More",
  ignoreRule: "Ignore this rule",
  addWord: "Add to word list",
  toastFixed: "Replaced “{from}” with “{to}”.",
  toastDeleted: "Deleted “{t}”.",
  toastFixAll: "Fixed {n} safe findings.",
  toastIgnored: "Ignoring “{t}” in this document.",
  toastRuleOff: "The rule “{rule}” is off. Turn it on again in Settings.",
  toastWordAdded: "“{w}” is in the word list and will not be flagged again.",
  toastSkipped: "Nothing changed: {reason}",
  undone: "Undone: {label}",
  redone: "Redone: {label}",
  nothingToUndo: "There is nothing to undo.",
  nothingToRedo: "There is nothing to redo.",
  undoLost: "{n} of the changes could not be undone because the text around them has changed.",
  undoButton: "Undo",
  redoButton: "Redo",
  labelFix: "“{from}” → “{to}”",
  labelDelete: "deleted “{t}”",
  labelFixAll: "{n} safe fixes",
  addComments: "Add as comments",
  addCommentsHint: "Findings without a safe fix become comments in the document, so you can go through them there.",
  removeComments: "Remove the comments",
  toastCommentsAdded: "Added {n} comments.",
  toastCommentsSkipped: " {n} were not added because the text has changed since the check.",
  toastCommentsNone: "No comments were added. Check the text again and retry.",
  toastCommentsRemoved: "Removed {n} comments.",
  toastCommentsFailed: "Could not change the comments: {error}",
  labelClear: "cleared the field",
  labelSample: "inserted the sample text",
  toastCleared: "The field is cleared. Undo to get the text back.",
  toastSample: "The sample text is in. Undo to get your text back.",
  help: "Help",
  lixWhat: "What is LIX?",
  lixExplain:
    "LIX (readability index) is words per sentence plus the percentage of long words (more than six letters). Below 40 is easy for most readers; above 50 is hard. LIX says nothing about content – use it as a pointer.",
  announce: "{n} findings shown. LIX {lix}, {band}.",
  announceFiltered: "{n} findings for “{rule}” shown.",
  crashTitle: "Something went wrong in Kanalklar",
  crashBody: "Your text is not lost. You can clear the field and start again, reload the page, or copy an error report.",
  crashClear: "Clear",
  crashReload: "Reload",
  crashReport: "Copy error report",
  crashCopied: "The error report is copied. It does not contain your text.",
  storedNote: "The text is stored only in this browser, for up to {days} days.",
  storedNotePersonal: "The text seems to hold personal data, so it is stored for only {hours} hours.",
  notStoredTooLong: "The text is too long to store in the browser. It is gone when you close the page.",
  forget: "Forget stored text",
  forgotten: "The stored text is deleted from the browser.",
  editorGrow: "The field grows when you type in it.",
  aboutPage: "About this page",
  rewrite: {
    button: "Rewrite the sentence",
    buttonLabel: "Rewrite the sentence with “{t}”",
    previewLabel: "Suggested sentence",
    before: "Before:",
    after: "After:",
    added: "added:",
    removed: "removed:",
    apply: "Apply",
    applyLabel: "Apply the new sentence",
    cancel: "Cancel",
    none: "No safe rewrite of this sentence was found.",
    working: "Rewriting …",
    toast: "Rewrote the sentence: “{t}”",
    undoLabel: "rewrote “{t}”",
  },
};

const PANE: Record<Locale, PaneStrings> = { nb, nn, en };

export function paneStrings(locale: Locale): PaneStrings {
  return PANE[locale] ?? nb;
}
