/**
 * What the pane says about Word's and Outlook's own behaviour (issue 12): fixes Word wrote somewhere we
 * could not confirm, the Find dialog blocking search, where «Sett inn» put the text, Word on the web
 * asking before it creates a document, and versions of Word that cannot tell deleted text apart.
 * Bokmål by default, nynorsk and English.
 */
import type { Locale } from "../../core/model";

export interface HostStrings {
  /** Skipped-edit details (SkippedEdit.detail) the pane explains on their own. */
  skipDetails: Record<"unverified" | "search-dialog-open" | "tracked-changes", string>;
  /** «Sett inn»: where the text went (InsertResult.where), per host kind. */
  insertedWhere: Record<"top" | "end" | "cursor", string>;
  /** «Sett inn» / «Åpne»: reasons (InsertResult.reason). */
  insertReasons: Record<"selection-not-empty" | "changed-other-text" | "unconfirmed", string>;
  /** Host warnings (DraftHost.warnings). */
  warnings: Record<"no-reviewed-text", string>;
}

const nb: HostStrings = {
  skipDetails: {
    unverified: "ikke bekreftet – Word skrev endringen, men vi kunne ikke bekrefte at den havnet på rett sted. Se over teksten, eller trykk «Angre».",
    "search-dialog-open": "Søk-vinduet i Word er åpent. Lukk Søk-vinduet og prøv igjen.",
    "tracked-changes": "teksten går over en sporet sletting. Godta eller avvis endringen i Word først.",
  },
  insertedWhere: {
    top: "{channel} er satt inn øverst i e-posten, fordi markøren ikke sto i teksten.",
    end: "{channel} er satt inn nederst.",
    cursor: "{channel} er satt inn der markøren sto.",
  },
  insertReasons: {
    "selection-not-empty": "Du har merket tekst i e-posten. Kanalklar skriver ikke over den: fjern merkingen, sett markøren der teksten skal stå, og prøv igjen.",
    "changed-other-text": "E-posten endret seg mer enn ventet da teksten ble satt inn. Se over e-posten, og bruk Angre i Outlook om noe forsvant.",
    unconfirmed: "Word på nettet spør først om dokumentet skal lages. Sjekk om det nye dokumentet åpnet seg – ellers bruk «Kopier».",
  },
  warnings: {
    "no-reviewed-text":
      "Denne versjonen av Word kan ikke skille sporede slettinger fra teksten (det krever WordApi 1.4). Slettet tekst kan bli sjekket. Godta eller avvis sporede endringer før du sjekker.",
  },
};

const nn: HostStrings = {
  skipDetails: {
    unverified: "ikkje stadfesta – Word skreiv endringa, men vi kunne ikkje stadfeste at ho hamna på rett stad. Sjå over teksten, eller trykk «Angre».",
    "search-dialog-open": "Søk-vindauget i Word er ope. Lukk Søk-vindauget og prøv igjen.",
    "tracked-changes": "teksten går over ei spora sletting. Godta eller avvis endringa i Word først.",
  },
  insertedWhere: {
    top: "{channel} er sett inn øvst i e-posten, fordi markøren ikkje stod i teksten.",
    end: "{channel} er sett inn nedst.",
    cursor: "{channel} er sett inn der markøren stod.",
  },
  insertReasons: {
    "selection-not-empty": "Du har merkt tekst i e-posten. Kanalklar skriv ikkje over han: fjern merkinga, set markøren der teksten skal stå, og prøv igjen.",
    "changed-other-text": "E-posten endra seg meir enn venta då teksten vart sett inn. Sjå over e-posten, og bruk Angre i Outlook om noko forsvann.",
    unconfirmed: "Word på nettet spør først om dokumentet skal lagast. Sjekk om det nye dokumentet opna seg – elles bruk «Kopier».",
  },
  warnings: {
    "no-reviewed-text":
      "Denne versjonen av Word kan ikkje skilje spora slettingar frå teksten (det krev WordApi 1.4). Sletta tekst kan bli sjekka. Godta eller avvis spora endringar før du sjekkar.",
  },
};

const en: HostStrings = {
  skipDetails: {
    unverified: "not confirmed – Word wrote the change, but we could not confirm it landed in the right place. Check the text, or press “Undo”.",
    "search-dialog-open": "Word's Find window is open. Close the Find window and try again.",
    "tracked-changes": "the text runs across a tracked deletion. Accept or reject that change in Word first.",
  },
  insertedWhere: {
    top: "{channel} was inserted at the top of the e-mail, because the cursor was not in the text.",
    end: "{channel} was inserted at the end.",
    cursor: "{channel} was inserted at the cursor.",
  },
  insertReasons: {
    "selection-not-empty": "You have text selected in the e-mail. Kanalklar will not overwrite it: clear the selection, put the cursor where the text should go, and try again.",
    "changed-other-text": "The e-mail changed more than expected when the text was inserted. Check the e-mail, and use Undo in Outlook if something went missing.",
    unconfirmed: "Word on the web asks before it creates the document. Check whether the new document opened – otherwise use “Copy”.",
  },
  warnings: {
    "no-reviewed-text":
      "This version of Word cannot tell tracked deletions apart from the text (that needs WordApi 1.4). Deleted text may be checked. Accept or reject tracked changes before checking.",
  },
};

export const HOST_STRINGS: Record<Locale, HostStrings> = { nb, nn, en };

export function hostStringsFor(locale: Locale): HostStrings {
  return HOST_STRINGS[locale] ?? nb;
}
