// Which channels suit a draft: public information goes everywhere; a draft addressed to one person
// (a decision, a summons, an offer of a place, a demand for documents, personal data, "din søknad")
// gets a letter and an SMS notice but no social post.
import type { Fact } from "../model";
import { scanTest } from "../facts/scan";

export type PersonalKind = "decision" | "summons" | "offer" | "demand" | "personal-data" | "application" | "case";

export interface Suitability {
  /** True when the draft is addressed to one person. */
  personal: boolean;
  kind: PersonalKind | null;
}

// Patterns as data: each is tested on the title ("title") or the whole draft ("any"). Sources: research
// notes channels.md §2.1 (Altinn's guidance on notices) and §4.1 (forvaltningsloven: vedtak, klage, innsyn).
const SIGNALS: Array<{ kind: PersonalKind; where: "title" | "lead" | "any" | "formal"; re: RegExp }> = [
  { kind: "decision", where: "title", re: /(?<![\p{L}\p{N}])(vedtak|vedtaket|avslag|avslått|avslege|innvilget|innvilga|innvilgelse|decision)(?![\p{L}\p{N}])/iu },
  { kind: "offer", where: "any", re: /(?<![\p{L}\p{N}])(tilbud om (?:barnehage|skole|sfo)?plass|tilbod om (?:barnehage|skule)?plass|tildelt (?:barnehage|skule|skole|sfo)?plass|har fått (?:barnehage|skole|sfo)?plass|har fått plass)(?![\p{L}\p{N}])/iu },
  { kind: "decision", where: "any", re: /(?<![\p{L}\p{N}])(?:(?:har|er)\s+(?:blitt\s+|vorte\s+)?(?:innvilget|avslått|innvilga|avslege)|søknaden\s+(?:din\s+)?(?:avslås|innvilges)|avslag på søknaden|kan klage på vedtaket|påklage vedtaket)(?![\p{L}\p{N}])/iu },
  { kind: "case", where: "title", re: /\{[^{}\n]+\}/u },
  { kind: "summons", where: "title", re: /(?<![\p{L}\p{N}])(innkall\p{L}*|kalt inn|kalla inn|summons)(?![\p{L}\p{N}])/iu },
  { kind: "summons", where: "lead", re: /(?<![\p{L}\p{N}])(innkalle[rs]?|innkaller|kaller (?:deg|Dem|Deres barn) inn|innkalling til)(?![\p{L}\p{N}])/u },
  { kind: "demand", where: "any", re: /(?<![\p{L}\p{N}])(vi trenger (?:flere|fleire) opplysninger|du må sende oss|må ettersendes|ettersende manglende|mangler opplysninger|manglar opplysningar|mangelfull søknad|dokumentasjonen må)(?![\p{L}\p{N}])/iu },
  { kind: "application", where: "any", re: /(?<![\p{L}\p{N}])(søknaden din|din søknad|Deres søknad|søknaden deres|klagen din|din klage|saken din|din sak|Deres sak|saka di|søknaden di|saksnummer|saksnr\.?|your application)(?![\p{L}\p{N}])/u },
  { kind: "application", where: "title", re: /(?<![\p{L}\p{N}])(?:svar på|bekreftelse på|stadfesting av|kvittering for|mottatt)(?![\p{L}\p{N}]).*søknad|søknad(?:en)? (?:din|deres|di)(?![\p{L}\p{N}])/iu },
  { kind: "summons", where: "any", re: /(?<![\p{L}\p{N}])(?:du har (?:fått )?(?:en |ein )?time|timeavtalen? din|din timeavtale|kalles inn|blir kalt inn|vert kalla inn)(?![\p{L}\p{N}])/iu },
  { kind: "case", where: "any", re: /(?<![\p{L}\p{N}])(purring|inkassovarsel|betalingspåminnelse|ubetalt faktura|utestående beløp|skyldig beløp|betalingsoppfordring)(?![\p{L}\p{N}])/iu },
  { kind: "case", where: "formal", re: /(?<=[\p{Ll},] )(?:De|Dem|Deres)(?![\p{L}\p{N}])/u },
  { kind: "case", where: "any", re: /(?<![\p{L}\p{N}])(restskatt|betale tilbake|feilutbetal\p{L}*|for mye utbetalt)(?![\p{L}\p{N}])/iu },
];

const GROUP = /(?<![\p{L}])(alle (?:som|abonnenter|innbyggere|beboere|huseiere|eiere)|samtlige|samtlege|abonnent(?:er|ene|ar|ane)|innbygg(?:ere|arar|erne)|beboer(?:e|ne)|huseiere|grunneiere|residents|all customers)(?![\p{L}])/iu;
const PLACEHOLDER = /\{[^{}\n]{0,60}(navn|name|fnr|fødsels|dato|frist|beløp|belop|sak|mottaker|barn|søker|periode|fom|tom|teacher|student|elev|school|skole|årsak|fag)[^{}\n]{0,60}\}/iu;

/** Decide whether the draft is addressed to one person. `title` and `lead` are the first heading and body paragraph. */
export function suitability(text: string, facts: Fact[], title = "", lead = ""): Suitability {
  if (facts.some((f) => f.kind === "personal-id")) return { personal: true, kind: "personal-data" };
  for (const s of SIGNALS) {
    // Formal address alone does not make a notice to "alle abonnenter" personal.
    if (s.where === "formal" && scanTest(GROUP, text)) continue;
    const where = s.where === "title" ? title : s.where === "lead" ? `${title}\n${lead}` : text;
    if (where && scanTest(s.re, where)) return { personal: true, kind: s.kind };
  }
  // A mail-merge template ("{navn}", "{fristDato}") is written for one person at a time.
  if (PLACEHOLDER.test(text)) return { personal: true, kind: "case" };
  return { personal: false, kind: null };
}
