// Health words a short channel must never carry: a diagnosis, a sick note, a test result named in an SMS tells
// whoever sees the phone something of the reader's health. The SMS check flags them (checks.ts) and the
// composer never picks a sentence that holds one (sms-compose.ts). ("Rus" only as itself and in its compounds:
// "russetoget" is the school leavers' parade.) (Examinations, treatments and specialities too: "Ny time til gastroskopi",
// "Kirurgisk poliklinikk"; the word lists are ours, from the kinds of appointment letters hospitals send.)
export const HEALTH = /(?<![\p{L}\p{N}])(diagnose\p{L}*|resept\p{L}*|prøvesvar\p{L}*|blodprøve\p{L}*|legeerklæring\p{L}*|sykmelding\p{L}*|sjukmelding\p{L}*|helseopplysning\p{L}*|journal|psykisk\p{L}*|rus|rusen|rus(?:middel|midl|misbruk|problem|avhengig|behandling|omsorg|tenest|tjenest|team|vern|lidin|lidels|mestring|kontrakt)\p{L}*|kreft\p{L}*|graviditet\p{L}*|abort\p{L}*|hiv|smitte\p{L}*|\p{L}*skopi|biopsi\p{L}*|operasjon\p{L}*|kirurgi\p{L}*|kirurgisk\p{L}*|røntgen\p{L}*|ultralyd\p{L}*|mammografi\p{L}*|dialyse\p{L}*|cellegift\p{L}*|strålebehandling\p{L}*|onkolog\p{L}*|psykiatri\p{L}*|gynekolog\p{L}*|urolog\p{L}*|kardiolog\p{L}*|nevrolog\p{L}*|ortoped\p{L}*)(?![\p{L}\p{N}])/giu;

/** Whether a text names a health matter ("Ta med legeerklæring og CV"). */
export function mentionsHealth(text: string): boolean {
  HEALTH.lastIndex = 0;
  const hit = HEALTH.test(text);
  HEALTH.lastIndex = 0;
  return hit;
}
