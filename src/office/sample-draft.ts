/**
 * The sample draft a new user sees in standalone mode: a municipal notice about a planned water
 * shut-off, written the way such notices often are (stiff words, passives, one very long sentence),
 * so the first check shows what Kanalklar does. Invented text; the municipality does not exist.
 */
export const SAMPLE_DRAFT = `Melding om stenging av vannet i Storgata og Kirkeveien

Vedrørende planlagt vedlikehold av vannledningsnettet: Kommunen skal foreta en utskifting av hovedledningen i Storgata. Vannet blir stengt tirsdag 13. april 2027 fra kl. 09.00 til kl. 15.00.

Det må påregnes at vannet kan være misfarget en tid etter at det er satt på igjen, og vi anbefaler derfor at kranen tappes i noen minutter før vannet benyttes til drikke eller matlaging, samt at vaskemaskin og oppvaskmaskin ikke startes før vannet er klart igjen.

Abonnenter med særskilt behov for vann i perioden bes henvende seg til kommunens vakttelefon. Det vil bli satt ut en vanntank ved Storgata 12 iht. vanlig praksis.

Spørsmål kan rettes til servicetorget på telefon 33 12 34 56 eller eksempel.kommune.no/vann.

Med vennlig hilsen
Teknisk drift, Eksempel kommune`;
