/** UI text of «Innstillinger» in bokmål, nynorsk and English. `{name}` marks a placeholder. */
import type { Locale } from "../../core/model";
import type { SenderIdProblem, SettingsError } from "./model";

export interface SettingsStrings {
  heading: string;
  intro: string;
  senderSection: string;
  senderName: string;
  senderNameHint: string;
  smsSenderId: string;
  smsSenderIdHint: string;
  senderIdProblems: Record<SenderIdProblem, string>;
  contactPhone: string;
  contactWeb: string;
  smsSection: string;
  smsLinks: string;
  smsLinkOptions: Record<"none" | "domain" | "url", string>;
  postSection: string;
  hashtags: string;
  hashtagsHint: string;
  platforms: string;
  platformNames: Record<"x" | "facebook" | "linkedin" | "instagram", string>;
  languageSection: string;
  uiLanguage: string;
  uiLanguageAuto: string;
  checkLanguage: string;
  checkLanguageNames: Record<"auto" | "nb" | "nn" | "en", string>;
  wordsSection: string;
  wordsIntro: string;
  word: string;
  alternative: string;
  addWord: string;
  removeWord: string;
  wordCount: string;
  noWords: string;
  wordsShownOf: string;
  duplicateWord: string;
  profileSection: string;
  profileIntro: string;
  importProfile: string;
  exportProfile: string;
  imported: string;
  importedWhat: string;
  importIgnored: string;
  fieldNames: Record<string, string>;
  rulesSection: string;
  rulesIntro: string;
  allowedSection: string;
  allowedIntro: string;
  noAllowed: string;
  removeAllowed: string;
  exported: string;
  importErrors: Record<SettingsError["code"], string>;
  importFailed: string;
  saved: string;
  storedWhere: Record<"word" | "outlook" | "standalone", string>;
}

const nb: SettingsStrings = {
  heading: "Innstillinger",
  intro: "Disse opplysningene brukes i brev, SMS og innlegg. Endringer lagres med en gang.",
  senderSection: "Avsender og kontakt",
  senderName: "Avsender",
  senderNameHint: "For eksempel «Eksempel kommune, Vann og avløp».",
  smsSenderId: "Avsendernavn for SMS",
  smsSenderIdHint: "Høyst 11 tegn: bokstavene A–Z, tall og mellomrom.",
  senderIdProblems: {
    "too-long": "Avsendernavnet er for langt: høyst 11 tegn.",
    chars: "Bruk bare A–Z (uten æ, ø og å), tall og mellomrom.",
    "no-letter": "Avsendernavnet må ha minst én bokstav.",
  },
  contactPhone: "Telefon",
  contactWeb: "Nettside",
  smsSection: "SMS",
  smsLinks: "Lenker i SMS",
  smsLinkOptions: {
    none: "Ingen lenker – skriv nettstedet som tekst (anbefalt)",
    domain: "Adressen uten https:// (for eksempel kommune.no/vann)",
    url: "Hele adressen",
  },
  postSection: "Innlegg i sosiale medier",
  hashtags: "Emneknagger",
  hashtagsHint: "Skill med mellomrom eller komma, for eksempel #EksempelKommune #Vann.",
  platforms: "Plattformer",
  platformNames: { x: "X", facebook: "Facebook", linkedin: "LinkedIn", instagram: "Instagram" },
  languageSection: "Språk",
  uiLanguage: "Språk i Kanalklar",
  uiLanguageAuto: "Som Office eller nettleseren",
  checkLanguage: "Språk i teksten som sjekkes",
  checkLanguageNames: { auto: "Finn ut automatisk", nb: "Bokmål", nn: "Nynorsk", en: "Engelsk" },
  wordsSection: "Egen ordliste",
  wordsIntro: "Ord virksomheten vil unngå, med det dere vil bruke i stedet. Sjekken foreslår alternativet.",
  word: "Ord",
  alternative: "Bruk heller",
  addWord: "Legg til ord",
  removeWord: "Fjern «{word}»",
  wordCount: "{n} ord i lista",
  noWords: "Lista er tom.",
  wordsShownOf: "Viser {shown} av {n}. Rediger hele lista i en profilfil.",
  duplicateWord: "«{word}» står allerede i lista.",
  profileSection: "Virksomhetsprofil",
  profileIntro: "Del innstillingene og ordlista med kollegene dine som en JSON-fil.",
  importProfile: "Importer profil …",
  exportProfile: "Eksporter profil",
  imported: "Profilen er importert.",
  importedWhat: "Profilen er importert: {what}.",
  importIgnored: "Disse feltene kjenner ikke Kanalklar, og de er hoppet over: {fields}.",
  fieldNames: { uiLanguage: "språk i Kanalklar", checkLanguage: "språk i teksten", senderName: "avsender", smsSenderId: "SMS-avsender", contactPhone: "telefon", contactWeb: "nettadresse", smsLinks: "lenker i SMS", hashtags: "emneknagger", platforms: "plattformer", customWords: "ordliste ({n} ord)", allowedWords: "godtatte ord ({n})", ruleOptions: "regler" },
  rulesSection: "Regler",
  rulesIntro: "Slå av regler du ikke vil at Kanalklar skal sjekke.",
  allowedSection: "Godtatte ord",
  allowedIntro: "Ord du har lagt til fra et funn med «Legg til i ordlista». De blir ikke flagget.",
  noAllowed: "Ingen godtatte ord ennå.",
  removeAllowed: "Fjern «{word}» fra godtatte ord",
  exported: "Profilen er lagret som {file}.",
  importErrors: {
    "not-json": "Filen er ikke gyldig JSON.",
    "not-object": "Filen inneholder ikke en profil (forventet et JSON-objekt).",
    "bad-field": "Feltet «{field}» har feil form.",
    "sender-id": "Avsendernavnet for SMS i filen er ugyldig: {detail}",
    "empty-word": "Et ord i ordlista er tomt ({field}).",
    "duplicate-word": "Ordet «{detail}» står to ganger i ordlista.",
    "too-large": "Filen er for stor (høyst 1 MB).",
    "too-long": "Feltet «{field}» er for langt (høyst {detail} tegn).",
    "too-many": "«{field}» har for mange oppføringer (høyst {detail}).",
    "nothing-known": "Filen har ingen innstillinger Kanalklar kjenner igjen (fant bare: {detail}).",
  },
  importFailed: "Profilen ble ikke importert, og ingenting er endret. {reason}",
  saved: "Lagret.",
  storedWhere: {
    word: "Innstillingene lagres i denne nettleseren eller Office-installasjonen.",
    outlook: "Innstillingene lagres i postkassen din og følger deg mellom maskiner.",
    standalone: "Innstillingene lagres i denne nettleseren.",
  },
};

const nn: SettingsStrings = {
  heading: "Innstillingar",
  intro: "Desse opplysningane blir brukte i brev, SMS og innlegg. Endringar blir lagra med ein gong.",
  senderSection: "Avsendar og kontakt",
  senderName: "Avsendar",
  senderNameHint: "Til dømes «Eksempel kommune, Vatn og avløp».",
  smsSenderId: "Avsendarnamn for SMS",
  smsSenderIdHint: "Høgst 11 teikn: bokstavane A–Z, tal og mellomrom.",
  senderIdProblems: {
    "too-long": "Avsendarnamnet er for langt: høgst 11 teikn.",
    chars: "Bruk berre A–Z (utan æ, ø og å), tal og mellomrom.",
    "no-letter": "Avsendarnamnet må ha minst éin bokstav.",
  },
  contactPhone: "Telefon",
  contactWeb: "Nettstad",
  smsSection: "SMS",
  smsLinks: "Lenker i SMS",
  smsLinkOptions: {
    none: "Ingen lenker – skriv nettstaden som tekst (tilrådd)",
    domain: "Adressa utan https:// (til dømes kommune.no/vatn)",
    url: "Heile adressa",
  },
  postSection: "Innlegg i sosiale medium",
  hashtags: "Emneknaggar",
  hashtagsHint: "Skil med mellomrom eller komma, til dømes #EksempelKommune #Vatn.",
  platforms: "Plattformer",
  platformNames: { x: "X", facebook: "Facebook", linkedin: "LinkedIn", instagram: "Instagram" },
  languageSection: "Språk",
  uiLanguage: "Språk i Kanalklar",
  uiLanguageAuto: "Som Office eller nettlesaren",
  checkLanguage: "Språk i teksten som blir sjekka",
  checkLanguageNames: { auto: "Finn ut automatisk", nb: "Bokmål", nn: "Nynorsk", en: "Engelsk" },
  wordsSection: "Eiga ordliste",
  wordsIntro: "Ord verksemda vil unngå, med det de vil bruke i staden. Sjekken føreslår alternativet.",
  word: "Ord",
  alternative: "Bruk heller",
  addWord: "Legg til ord",
  removeWord: "Fjern «{word}»",
  wordCount: "{n} ord i lista",
  noWords: "Lista er tom.",
  wordsShownOf: "Viser {shown} av {n}. Rediger heile lista i ei profilfil.",
  duplicateWord: "«{word}» står allereie i lista.",
  profileSection: "Verksemdsprofil",
  profileIntro: "Del innstillingane og ordlista med kollegaene dine som ei JSON-fil.",
  importProfile: "Importer profil …",
  exportProfile: "Eksporter profil",
  imported: "Profilen er importert.",
  importedWhat: "Profilen er importert: {what}.",
  importIgnored: "Desse felta kjenner ikkje Kanalklar, og dei er hoppa over: {fields}.",
  fieldNames: { uiLanguage: "språk i Kanalklar", checkLanguage: "språk i teksten", senderName: "avsendar", smsSenderId: "SMS-avsendar", contactPhone: "telefon", contactWeb: "nettadresse", smsLinks: "lenkjer i SMS", hashtags: "emneknaggar", platforms: "plattformer", customWords: "ordliste ({n} ord)", allowedWords: "godtekne ord ({n})", ruleOptions: "reglar" },
  rulesSection: "Reglar",
  rulesIntro: "Slå av reglar du ikkje vil at Kanalklar skal sjekke.",
  allowedSection: "Godtekne ord",
  allowedIntro: "Ord du har lagt til frå eit funn med «Legg til i ordlista». Dei blir ikkje flagga.",
  noAllowed: "Ingen godtekne ord enno.",
  removeAllowed: "Fjern «{word}» frå godtekne ord",
  exported: "Profilen er lagra som {file}.",
  importErrors: {
    "not-json": "Fila er ikkje gyldig JSON.",
    "not-object": "Fila inneheld ikkje ein profil (venta eit JSON-objekt).",
    "bad-field": "Feltet «{field}» har feil form.",
    "sender-id": "Avsendarnamnet for SMS i fila er ugyldig: {detail}",
    "empty-word": "Eit ord i ordlista er tomt ({field}).",
    "duplicate-word": "Ordet «{detail}» står to gonger i ordlista.",
    "too-large": "Fila er for stor (høgst 1 MB).",
    "too-long": "Feltet «{field}» er for langt (høgst {detail} teikn).",
    "too-many": "«{field}» har for mange oppføringar (høgst {detail}).",
    "nothing-known": "Fila har ingen innstillingar Kanalklar kjenner att (fann berre: {detail}).",
  },
  importFailed: "Profilen vart ikkje importert, og ingenting er endra. {reason}",
  saved: "Lagra.",
  storedWhere: {
    word: "Innstillingane blir lagra i denne nettlesaren eller Office-installasjonen.",
    outlook: "Innstillingane blir lagra i postkassa di og følgjer deg mellom maskiner.",
    standalone: "Innstillingane blir lagra i denne nettlesaren.",
  },
};

const en: SettingsStrings = {
  heading: "Settings",
  intro: "These details are used in letters, SMS and posts. Changes are saved at once.",
  senderSection: "Sender and contact",
  senderName: "Sender",
  senderNameHint: "For example “Example Municipality, Water and Sewerage”.",
  smsSenderId: "SMS sender name",
  smsSenderIdHint: "At most 11 characters: letters A–Z, digits and space.",
  senderIdProblems: {
    "too-long": "The sender name is too long: at most 11 characters.",
    chars: "Use only A–Z (no æ, ø or å), digits and space.",
    "no-letter": "The sender name needs at least one letter.",
  },
  contactPhone: "Phone",
  contactWeb: "Website",
  smsSection: "SMS",
  smsLinks: "Links in SMS",
  smsLinkOptions: {
    none: "No links – write the website as text (recommended)",
    domain: "Address without https:// (for example kommune.no/water)",
    url: "Full address",
  },
  postSection: "Social media posts",
  hashtags: "Hashtags",
  hashtagsHint: "Separate with spaces or commas, for example #ExampleTown #Water.",
  platforms: "Platforms",
  platformNames: { x: "X", facebook: "Facebook", linkedin: "LinkedIn", instagram: "Instagram" },
  languageSection: "Language",
  uiLanguage: "Kanalklar language",
  uiLanguageAuto: "Same as Office or the browser",
  checkLanguage: "Language of the checked text",
  checkLanguageNames: { auto: "Detect automatically", nb: "Norwegian Bokmål", nn: "Norwegian Nynorsk", en: "English" },
  wordsSection: "Own word list",
  wordsIntro: "Words your organisation wants to avoid, with what to use instead. The check suggests the alternative.",
  word: "Word",
  alternative: "Use instead",
  addWord: "Add word",
  removeWord: "Remove “{word}”",
  wordCount: "{n} words in the list",
  noWords: "The list is empty.",
  wordsShownOf: "Showing {shown} of {n}. Edit the full list in a profile file.",
  duplicateWord: "“{word}” is already in the list.",
  profileSection: "Organisation profile",
  profileIntro: "Share the settings and the word list with colleagues as a JSON file.",
  importProfile: "Import profile …",
  exportProfile: "Export profile",
  imported: "The profile was imported.",
  importedWhat: "The profile was imported: {what}.",
  importIgnored: "Kanalklar does not know these fields and skipped them: {fields}.",
  fieldNames: { uiLanguage: "Kanalklar language", checkLanguage: "text language", senderName: "sender", smsSenderId: "SMS sender", contactPhone: "phone", contactWeb: "web address", smsLinks: "links in SMS", hashtags: "hashtags", platforms: "platforms", customWords: "word list ({n} words)", allowedWords: "accepted words ({n})", ruleOptions: "rules" },
  rulesSection: "Rules",
  rulesIntro: "Switch off rules you do not want Kanalklar to check.",
  allowedSection: "Accepted words",
  allowedIntro: "Words you added from a finding with “Add to word list”. They are not flagged.",
  noAllowed: "No accepted words yet.",
  removeAllowed: "Remove “{word}” from accepted words",
  exported: "The profile was saved as {file}.",
  importErrors: {
    "not-json": "The file is not valid JSON.",
    "not-object": "The file holds no profile (expected a JSON object).",
    "bad-field": "The field “{field}” has the wrong form.",
    "sender-id": "The SMS sender name in the file is invalid: {detail}",
    "empty-word": "A word in the word list is empty ({field}).",
    "duplicate-word": "The word “{detail}” appears twice in the word list.",
    "too-large": "The file is too large (at most 1 MB).",
    "too-long": "The field “{field}” is too long (at most {detail} characters).",
    "too-many": "“{field}” has too many entries (at most {detail}).",
    "nothing-known": "The file holds no settings Kanalklar knows (found only: {detail}).",
  },
  importFailed: "The profile was not imported and nothing changed. {reason}",
  saved: "Saved.",
  storedWhere: {
    word: "Settings are stored in this browser or Office installation.",
    outlook: "Settings are stored in your mailbox and follow you between machines.",
    standalone: "Settings are stored in this browser.",
  },
};

export const SETTINGS_STRINGS: Record<Locale, SettingsStrings> = { nb, nn, en };

export function settingsStrings(locale: Locale): SettingsStrings {
  return SETTINGS_STRINGS[locale] ?? nb;
}

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** What an import took, in words ("avsender, ordliste (12 ord)"), and what it skipped. */
export function describeImport(t: SettingsStrings, imported: Record<string, unknown>, ignored: readonly string[] = []): string {
  const what = Object.keys(imported)
    .filter((k) => k in t.fieldNames)
    .map((k) => {
      const v = imported[k];
      return fill(t.fieldNames[k]!, { n: Array.isArray(v) ? v.length : 0 });
    });
  const head = what.length ? fill(t.importedWhat, { what: what.join(", ") }) : t.imported;
  return ignored.length ? `${head} ${fill(t.importIgnored, { fields: ignored.slice(0, 8).join(", ") })}` : head;
}

/** A readable sentence for an import error. */
export function describeImportError(t: SettingsStrings, e: SettingsError): string {
  const detail = e.code === "sender-id" && e.detail ? t.senderIdProblems[e.detail as SenderIdProblem] ?? e.detail : e.detail ?? "";
  return fill(t.importFailed, { reason: fill(t.importErrors[e.code], { field: e.field ?? "", detail }) });
}
