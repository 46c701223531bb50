/**
 * UI text as data: bokmål (default), nynorsk, English. `{name}` marks a placeholder (see format()).
 * Plurals are { one, other }. Finding messages come from the core in the chosen locale.
 */
import type { Locale } from "../../core/model";

export interface Plural {
  one: string;
  other: string;
}

export interface Strings {
  appName: string;
  languageLabel: string;
  languageNames: Record<Locale, string>;
  tabs: { check: string; channels: string; settings: string };
  tabListLabel: string;
  connecting: string;
  standaloneTitle: string;
  standaloneIntro: string;
  adapterFailed: string;
  editorLabel: string;
  editorHint: string;
  resetSample: string;
  clearDraft: string;
  checkAgain: string;
  checking: string;
  scopeLabel: string;
  scopeBody: string;
  scopeSelection: string;
  summaryHeading: string;
  readability: string;
  lix: string;
  /** How flagged text is quoted. */
  quote: string;
  bands: Record<"very-easy" | "easy" | "medium" | "hard" | "very-hard", string>;
  reasonSentences: string;
  reasonWords: string;
  reasonBoth: string;
  words: string;
  sentences: string;
  paragraphs: string;
  findingsHeading: string;
  findingsCount: Plural;
  noFindings: string;
  emptyDraft: string;
  perRuleLabel: string;
  ruleNames: Record<string, string>;
  severity: Record<"error" | "warning" | "info", string>;
  fixAllSafe: string;
  fixAllSafeHint: string;
  replaceWith: string;
  replaceWithLabel: string;
  /** Button for a safe deletion (the rule says the word can simply go). */
  deleteWord: string;
  deleteWordLabel: string;
  show: string;
  showLabel: string;
  ignore: string;
  ignoreLabel: string;
  ignoredCount: Plural;
  showIgnored: string;
  showMore: string;
  suggestionsLabel: string;
  applied: Plural;
  skipped: Plural;
  skipReasons: Record<"changed" | "not-found" | "overlap" | "error" | "host-cannot-edit", string>;
  undo: string;
  undone: string;
  undoFailed: string;
  announceResult: string;
  analysisFailed: string;
  readOnlyHost: string;
  dismiss: string;
}

const nb: Strings = {
  appName: "Kanalklar",
  languageLabel: "Språk",
  languageNames: { nb: "Bokmål", nn: "Nynorsk", en: "English" },
  tabs: { check: "Sjekk", channels: "Kanaler", settings: "Innstillinger" },
  tabListLabel: "Visninger",
  connecting: "Kobler til …",
  standaloneTitle: "Prøv Kanalklar i nettleseren",
  standaloneIntro:
    "Du bruker Kanalklar uten Word eller Outlook. Skriv eller lim inn teksten din i feltet, eller prøv med eksempelet. Teksten blir lagret i denne nettleseren og sendes ikke noe sted.",
  adapterFailed: "Kanalklar fikk ikke kontakt med {host}, så den innebygde editoren brukes i stedet. Feil: {error}",
  editorLabel: "Utkast",
  editorHint: "Sjekken oppdateres mens du skriver.",
  resetSample: "Bruk eksempelteksten",
  clearDraft: "Tøm feltet",
  checkAgain: "Sjekk på nytt",
  checking: "Sjekker …",
  scopeLabel: "Hva skal sjekkes",
  scopeBody: "Hele teksten",
  scopeSelection: "Bare det merkede",
  summaryHeading: "Oppsummering",
  readability: "Lesbarhet",
  lix: "LIX {lix}",
  quote: "«{t}»",
  bands: { "very-easy": "svært lett", easy: "lett", medium: "middels", hard: "vanskelig", "very-hard": "svært vanskelig" },
  reasonSentences: "Hovedgrunnen er lange setninger: i snitt {avg} ord per setning. Sikt mot 15–20.",
  reasonWords: "Hovedgrunnen er mange lange ord: {pct} % av ordene har mer enn seks bokstaver.",
  reasonBoth: "Både setningene ({avg} ord i snitt) og ordene ({pct} % lange ord) gjør teksten tung.",
  words: "Ord",
  sentences: "Setninger",
  paragraphs: "Avsnitt",
  findingsHeading: "Funn",
  findingsCount: { one: "{n} funn", other: "{n} funn" },
  noFindings: "Ingen funn. Teksten følger rådene Kanalklar sjekker.",
  emptyDraft: "Det er ingen tekst å sjekke ennå.",
  perRuleLabel: "Funn per regel",
  ruleNames: {
    "long-sentence": "Lange setninger",
    "long-paragraph": "Lange avsnitt",
    kanselli: "Kansellispråk",
    passive: "Passiv",
    nominalization: "Substantivsyke",
    "formal-address": "De, Dem og Deres",
    abbreviation: "Forkortelser",
    "personal-data": "Personopplysninger",
    "repeated-word": "Gjentatte ord",
    "vague-deadline": "Uklare frister",
    "reader-address": "Leseren i tredje person",
    "nynorsk-form": "Bokmålsformer i nynorsk",
    "bokmal-form": "Nynorskformer i bokmål",
  },
  severity: { error: "Feil", warning: "Advarsel", info: "Tips" },
  fixAllSafe: "Rett alle trygge ({n})",
  fixAllSafeHint: "Bytter bare ord der erstatningen ikke endrer meningen. Alt annet må du vurdere selv.",
  replaceWith: "Bytt til «{s}»",
  replaceWithLabel: "Bytt til «{s}» i stedet for «{t}»",
  deleteWord: "Stryk ordet",
  deleteWordLabel: "Stryk «{t}»",
  show: "Vis",
  showLabel: "Vis «{t}» i teksten",
  ignore: "Ignorer",
  ignoreLabel: "Ignorer funnet «{t}»",
  ignoredCount: { one: "{n} funn er ignorert.", other: "{n} funn er ignorert." },
  showIgnored: "Vis ignorerte igjen",
  showMore: "Vis {n} til",
  suggestionsLabel: "Forslag",
  applied: { one: "{n} endring er gjort.", other: "{n} endringer er gjort." },
  skipped: { one: "{n} endring ble hoppet over: {reason}", other: "{n} endringer ble hoppet over: {reason}" },
  skipReasons: {
    changed: "teksten er endret siden sjekken. Sjekk på nytt og prøv igjen.",
    "not-found": "teksten ble ikke funnet i dokumentet. Sjekk på nytt.",
    overlap: "to endringer gjaldt samme sted, så bare den første ble gjort.",
    error: "dokumentet godtok ikke endringen.",
    "host-cannot-edit": "her kan ikke Kanalklar endre teksten direkte. Gjør endringen selv.",
  },
  undo: "Angre",
  undone: "Endringen er angret.",
  undoFailed: "Kunne ikke angre, fordi teksten er endret etterpå.",
  announceResult: "Sjekket: {findings}. LIX {lix}, {band}.",
  analysisFailed: "Sjekken mislyktes: {error}",
  readOnlyHost: "Her kan ikke Kanalklar endre teksten direkte. Bruk forslagene når du retter selv.",
  dismiss: "Lukk",
};

const nn: Strings = {
  appName: "Kanalklar",
  languageLabel: "Språk",
  languageNames: { nb: "Bokmål", nn: "Nynorsk", en: "English" },
  tabs: { check: "Sjekk", channels: "Kanalar", settings: "Innstillingar" },
  tabListLabel: "Visingar",
  connecting: "Koplar til …",
  standaloneTitle: "Prøv Kanalklar i nettlesaren",
  standaloneIntro:
    "Du brukar Kanalklar utan Word eller Outlook. Skriv eller lim inn teksten din i feltet, eller prøv med dømet. Teksten blir lagra i denne nettlesaren og blir ikkje send nokon stad.",
  adapterFailed: "Kanalklar fekk ikkje kontakt med {host}, så den innebygde editoren blir brukt i staden. Feil: {error}",
  editorLabel: "Utkast",
  editorHint: "Sjekken blir oppdatert medan du skriv.",
  resetSample: "Bruk dømeteksten",
  clearDraft: "Tøm feltet",
  checkAgain: "Sjekk på nytt",
  checking: "Sjekkar …",
  scopeLabel: "Kva skal sjekkast",
  scopeBody: "Heile teksten",
  scopeSelection: "Berre det merkte",
  summaryHeading: "Oppsummering",
  readability: "Lesbarheit",
  lix: "LIX {lix}",
  quote: "«{t}»",
  bands: { "very-easy": "svært lett", easy: "lett", medium: "middels", hard: "vanskeleg", "very-hard": "svært vanskeleg" },
  reasonSentences: "Hovudgrunnen er lange setningar: i snitt {avg} ord per setning. Sikt mot 15–20.",
  reasonWords: "Hovudgrunnen er mange lange ord: {pct} % av orda har meir enn seks bokstavar.",
  reasonBoth: "Både setningane ({avg} ord i snitt) og orda ({pct} % lange ord) gjer teksten tung.",
  words: "Ord",
  sentences: "Setningar",
  paragraphs: "Avsnitt",
  findingsHeading: "Funn",
  findingsCount: { one: "{n} funn", other: "{n} funn" },
  noFindings: "Ingen funn. Teksten følgjer råda Kanalklar sjekkar.",
  emptyDraft: "Det er ingen tekst å sjekke enno.",
  perRuleLabel: "Funn per regel",
  ruleNames: {
    "long-sentence": "Lange setningar",
    "long-paragraph": "Lange avsnitt",
    kanselli: "Kansellispråk",
    passive: "Passiv",
    nominalization: "Substantivsjuke",
    "formal-address": "De, Dykk og Dykkar",
    abbreviation: "Forkortingar",
    "personal-data": "Personopplysningar",
    "repeated-word": "Gjentekne ord",
    "vague-deadline": "Uklare fristar",
    "reader-address": "Lesaren i tredje person",
    "nynorsk-form": "Bokmålsformer i nynorsk",
    "bokmal-form": "Nynorskformer i bokmål",
  },
  severity: { error: "Feil", warning: "Åtvaring", info: "Tips" },
  fixAllSafe: "Rett alle trygge ({n})",
  fixAllSafeHint: "Byter berre ord der erstatninga ikkje endrar meininga. Alt anna må du vurdere sjølv.",
  replaceWith: "Byt til «{s}»",
  replaceWithLabel: "Byt til «{s}» i staden for «{t}»",
  deleteWord: "Stryk ordet",
  deleteWordLabel: "Stryk «{t}»",
  show: "Vis",
  showLabel: "Vis «{t}» i teksten",
  ignore: "Ignorer",
  ignoreLabel: "Ignorer funnet «{t}»",
  ignoredCount: { one: "{n} funn er ignorert.", other: "{n} funn er ignorerte." },
  showIgnored: "Vis ignorerte att",
  showMore: "Vis {n} til",
  suggestionsLabel: "Forslag",
  applied: { one: "{n} endring er gjord.", other: "{n} endringar er gjorde." },
  skipped: { one: "{n} endring vart hoppa over: {reason}", other: "{n} endringar vart hoppa over: {reason}" },
  skipReasons: {
    changed: "teksten er endra sidan sjekken. Sjekk på nytt og prøv igjen.",
    "not-found": "teksten vart ikkje funnen i dokumentet. Sjekk på nytt.",
    overlap: "to endringar gjaldt same stad, så berre den første vart gjord.",
    error: "dokumentet godtok ikkje endringa.",
    "host-cannot-edit": "her kan ikkje Kanalklar endre teksten direkte. Gjer endringa sjølv.",
  },
  undo: "Angre",
  undone: "Endringa er angra.",
  undoFailed: "Kunne ikkje angre, fordi teksten er endra etterpå.",
  announceResult: "Sjekka: {findings}. LIX {lix}, {band}.",
  analysisFailed: "Sjekken mislukkast: {error}",
  readOnlyHost: "Her kan ikkje Kanalklar endre teksten direkte. Bruk forslaga når du rettar sjølv.",
  dismiss: "Lukk",
};

const en: Strings = {
  appName: "Kanalklar",
  languageLabel: "Language",
  languageNames: { nb: "Bokmål", nn: "Nynorsk", en: "English" },
  tabs: { check: "Check", channels: "Channels", settings: "Settings" },
  tabListLabel: "Views",
  connecting: "Connecting …",
  standaloneTitle: "Try Kanalklar in your browser",
  standaloneIntro:
    "You are using Kanalklar without Word or Outlook. Type or paste your text in the box, or try the sample. The text is stored in this browser and is not sent anywhere.",
  adapterFailed: "Kanalklar could not connect to {host}, so the built-in editor is used instead. Error: {error}",
  editorLabel: "Draft",
  editorHint: "The check updates as you type.",
  resetSample: "Use the sample text",
  clearDraft: "Clear the box",
  checkAgain: "Check again",
  checking: "Checking …",
  scopeLabel: "What to check",
  scopeBody: "All text",
  scopeSelection: "Only the selection",
  summaryHeading: "Summary",
  readability: "Readability",
  lix: "LIX {lix}",
  quote: "“{t}”",
  bands: { "very-easy": "very easy", easy: "easy", medium: "medium", hard: "hard", "very-hard": "very hard" },
  reasonSentences: "Mainly long sentences: {avg} words per sentence on average. Aim for 15–20.",
  reasonWords: "Mainly many long words: {pct} % of the words have more than six letters.",
  reasonBoth: "Both the sentences ({avg} words on average) and the words ({pct} % long words) make it hard.",
  words: "Words",
  sentences: "Sentences",
  paragraphs: "Paragraphs",
  findingsHeading: "Findings",
  findingsCount: { one: "{n} finding", other: "{n} findings" },
  noFindings: "No findings. The text follows the advice Kanalklar checks.",
  emptyDraft: "There is no text to check yet.",
  perRuleLabel: "Findings per rule",
  ruleNames: {
    "long-sentence": "Long sentences",
    "long-paragraph": "Long paragraphs",
    kanselli: "Bureaucratic words",
    passive: "Passive voice",
    nominalization: "Noun-heavy phrasing",
    "formal-address": "Formal De/Dem/Deres",
    abbreviation: "Abbreviations",
    "personal-data": "Personal data",
    "repeated-word": "Repeated words",
    "vague-deadline": "Vague deadlines",
    "reader-address": "Reader in the third person",
    "nynorsk-form": "Bokmål forms in nynorsk",
    "bokmal-form": "Nynorsk forms in bokmål",
  },
  severity: { error: "Error", warning: "Warning", info: "Tip" },
  fixAllSafe: "Fix all safe ones ({n})",
  fixAllSafeHint: "Only swaps words where the replacement keeps the meaning. Judge the rest yourself.",
  replaceWith: "Change to “{s}”",
  replaceWithLabel: "Change to “{s}” instead of “{t}”",
  deleteWord: "Delete the word",
  deleteWordLabel: "Delete “{t}”",
  show: "Show",
  showLabel: "Show “{t}” in the text",
  ignore: "Ignore",
  ignoreLabel: "Ignore the finding “{t}”",
  ignoredCount: { one: "{n} finding ignored.", other: "{n} findings ignored." },
  showIgnored: "Show ignored again",
  showMore: "Show {n} more",
  suggestionsLabel: "Suggestions",
  applied: { one: "{n} change made.", other: "{n} changes made." },
  skipped: { one: "{n} change skipped: {reason}", other: "{n} changes skipped: {reason}" },
  skipReasons: {
    changed: "the text changed after the check. Check again and retry.",
    "not-found": "the text was not found in the document. Check again.",
    overlap: "two changes touched the same place, so only the first was made.",
    error: "the document did not accept the change.",
    "host-cannot-edit": "Kanalklar cannot change the text here. Make the change yourself.",
  },
  undo: "Undo",
  undone: "The change was undone.",
  undoFailed: "Could not undo, because the text has changed since.",
  announceResult: "Checked: {findings}. LIX {lix}, {band}.",
  analysisFailed: "The check failed: {error}",
  readOnlyHost: "Kanalklar cannot change the text here. Use the suggestions when you edit.",
  dismiss: "Close",
};

export const STRINGS: Record<Locale, Strings> = { nb, nn, en };
