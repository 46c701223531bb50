import { factsKept } from "../../../src/core/channels/rewrite";
// The channels render the message: a time of another role never reaches the SMS or the post, personal data
// never does, and the letter's sentence rewrites keep their meaning. Property tests compose drafts from
// parts the way municipal notices are written and check the principle on each.
import fc from "fast-check";
import { variants } from "../../../src/core/channels";
import { pruneTimes } from "../../../src/core/channels/render";
import { activeVoice } from "../../../src/core/channels/active";
import { idnr } from "@navikt/fnrvalidator";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
const WEEKDAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"];
const date = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 11 })).map(([d, m]) => `${d}. ${MONTHS[m]}`);
const twoDates = fc.tuple(date, date).filter(([a, b]) => a !== b && !a.startsWith(b.split(" ")[0] + " ") && !b.includes(a) && !a.includes(b));
const what = fc.constantFrom("Tømmingen av restavfall", "Informasjonsmøtet om skolen", "Vaksineringen", "Asfalteringen i Storgata", "Strømstansen i Nordbygda");

// Drafts where one date has a role other than "new", and the SMS and post must not show it.
const wrongRoleDraft = fc.oneof(
  fc.tuple(what, twoDates, fc.constantFrom(...WEEKDAYS)).map(([w, [old, neu], wd]) => ({ text: `Endret dato\n\n${w}, som skulle vært ${wd} ${old}, flyttes til ${neu}.\n\nMed vennlig hilsen\nFjordvik kommune`, wrong: old, right: neu })),
  fc.tuple(what, twoDates).map(([w, [old, neu]]) => ({ text: `Ny dato\n\n${w} flyttes fra ${old} til ${neu}.\n\nFjordvik kommune`, wrong: old, right: neu })),
  fc.tuple(twoDates).map(([[old, neu]]) => ({ text: `Kokepåbudet er opphevet\n\nKokepåbudet fra ${old} er nå opphevet. Du kan drikke vannet som vanlig fra ${neu}.\n\nFjordvik kommune`, wrong: old, right: neu })),
  fc.tuple(what, twoDates).map(([w, [old, neu]]) => ({ text: `Prøvesvar\n\nVed prøvetaking ${old} ble det påvist bakterier. ${w} skjer ${neu}.\n\nFjordvik kommune`, wrong: old, right: neu })),
);

describe("a time of another role never reaches the SMS or the post", () => {
  it("superseded, lifted and past dates stay out; the new date is there", () => {
    fc.assert(
      fc.property(wrongRoleDraft, ({ text, wrong, right }) => {
        const r = variants(text);
        const shows = (s: string, d: string) => new RegExp(`(?<![\\d.])${d.replace(".", "\\.")}(?![\\p{L}])`, "u").test(s);
        expect(shows(r.variants.sms.text, wrong)).toBe(false);
        expect(shows(r.variants.post.text, wrong)).toBe(false);
        expect(shows(r.variants.sms.text, right) || shows(r.variants.post.text, right)).toBe(true);
        // The letter keeps every fact.
        expect(r.variants.letter.findings.filter((f) => f.rule === "facts-missing" || f.rule === "facts-invented")).toEqual([]);
      }),
      { numRuns: 150, seed: 20261203 },
    );
  });
  it("an SMS says what is missing instead of filling the slot with a time of another role", () => {
    const r = variants("Kokevarsel\n\nVed prøvetaking 6. mai ble det påvist bakterier. Alle må koke drikkevannet.\n\nFjordvik kommune");
    expect(r.variants.sms.text).not.toContain("6. mai");
    expect(r.variants.sms.omitted?.map((o) => o.why)).toContain("role-past");
  });
});

/** A valid fødselsnummer from the generator's numbers (checksum digits computed, not guessed). */
function fnr(day: number, month: number, year: number, ind: number): string | null {
  const base = `${String(day).padStart(2, "0")}${String(month).padStart(2, "0")}${String(year % 100).padStart(2, "0")}${String(ind).padStart(3, "0")}`;
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const k = (ds: string, w: number[]) => {
    const r = 11 - (w.reduce((s, x, i) => s + x * Number(ds[i]), 0) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = k(base, w1);
  if (k1 === 10) return null;
  const k2 = k(base + k1, w2);
  if (k2 === 10) return null;
  const n = `${base}${k1}${k2}`;
  return idnr(n).status === "valid" ? n : null;
}
const validFnr = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1940, max: 2020 }), fc.integer({ min: 0, max: 499 }))
  .map(([d, m, y, i]) => fnr(d, m, y, i))
  .filter((x): x is string => x !== null);
const spelled = fc.tuple(validFnr, fc.integer({ min: 0, max: 5 })).map(([n, k]) => {
  const d = n.slice(0, 6);
  const p = n.slice(6);
  return [n, `${d}-${p}`, `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4)} ${p}`, `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${p}`, `${d} ${p.slice(0, 3)} ${p.slice(3)}`, `nr${n}`][k];
});

describe("personal data never reaches the SMS or the post", () => {
  it("a fødselsnummer in any spelling, in any sentence of a public or personal draft", () => {
    fc.assert(
      fc.property(spelled, fc.constantFrom(0, 1, 2), fc.boolean(), (id, where, publicText) => {
        const sentences = [
          publicText ? "Vannet i Storgata blir stengt tirsdag 14. oktober." : "Du har fått plass i Solsiden barnehage fra 17. august.",
          `Saken gjelder fødselsnummer ${id}.`,
          "Husk å svare innen 20. april.",
        ];
        const body = [...sentences];
        body.splice(where, 0, body.splice(1, 1)[0]);
        const r = variants(`${publicText ? "Vannavbrudd" : "Tilbud om barnehageplass"}\n\n${body.join(" ")}\n\nMed vennlig hilsen\nFjordvik kommune`);
        const digits = id.replace(/\D/g, "");
        for (const text of [r.variants.sms.text, r.variants.post.text]) {
          expect(text.replace(/\D/g, "")).not.toContain(digits);
          expect(text).not.toContain(id);
        }
      }),
      { numRuns: 120, seed: 7 },
    );
  });
  it("an account number or a private e-mail address in a lead sentence stays out", () => {
    const r = variants("Refusjon\n\nVi betaler tilbake til konto 1234.56.78903 og sender kvittering til kari.nordmann@hotmail.com innen 20. april.\n\nFjordvik kommune");
    for (const text of [r.variants.sms.text, r.variants.post.text]) {
      expect(text).not.toMatch(/1234\.?56\.?78903|hotmail/);
    }
  });
});

describe("cutting a time out of a sentence", () => {
  const part = (text: string) => ({ start: 100, end: 100 + text.length, text });
  const t = (text: string, sentence: string, start = sentence.indexOf(text)) => ({ start: 100 + start, end: 100 + start + text.length, text, role: "superseded" as const, form: "date" as const, value: "" });
  it("goes with its relative clause, its preposition or its parenthesis, or the sentence is not used", () => {
    const a = "Tømming som skulle vært fredag 1. mai, flyttes til lørdag 2. mai.";
    expect(pruneTimes(part(a), [t("fredag 1. mai", a)])).toBe("Tømming flyttes til lørdag 2. mai.");
    const b = "Kokepåbudet fra 3. mars er nå opphevet.";
    expect(pruneTimes(part(b), [t("3. mars", b)])).toBe("Kokepåbudet er nå opphevet.");
    const c = "Collections due on Friday 18 April (Good Friday) will take place on Saturday 19 April instead.";
    expect(pruneTimes(part(c), [t("Friday 18 April", c)])).toBe("Collections will take place on Saturday 19 April instead.");
    const e = "Garden waste collection in Eastside, which was due on Monday 21 April, will take place on Tuesday 22 April.";
    expect(pruneTimes(part(e), [t("Monday 21 April", e)])).toBe("Garden waste collection in Eastside will take place on Tuesday 22 April.");
    const f = "Oppdatert kl. 14.30: Lekkasjen er reparert, og vannet er tilbake.";
    expect(pruneTimes(part(f), [t("kl. 14.30", f)])).toBe("Lekkasjen er reparert, og vannet er tilbake.");
    const g = "Kl. 09.15: vi har stengt vannet.";
    expect(pruneTimes(part(g), [t("Kl. 09.15", g)])).toBe("Vi har stengt vannet.");
    // A restrictive relative clause (no commas) goes whole: not "Collection that was will take place …".
    const h = "Collection that was scheduled for Thursday 17 April will take place on Wednesday 16 April instead.";
    expect(pruneTimes(part(h), [t("Thursday 17 April", h)])).toBe("Collection will take place on Wednesday 16 April instead.");
    const i = "Tømming som skulle vært fredag 1. mai flyttes til lørdag 2. mai.";
    expect(pruneTimes(part(i), [t("fredag 1. mai", i)])).toBe("Tømming flyttes til lørdag 2. mai.");
    const d = "Møtet 3. mars ble godt besøkt.";
    expect(pruneTimes(part(d), [t("3. mars", d)])).toBeNull();
  });
});

describe("passive to active in the letter", () => {
  const cases: Array<[string, string, string, string | null]> = [
    ["nb", "Søknaden behandles av kommunen innen tre uker.", "behandles", "Kommunen behandler søknaden innen tre uker."],
    ["nb", "Klagen må fremsettes skriftlig innen 22. april.", "fremsettes", "Du må sende klagen skriftlig innen 22. april."],
    ["nb", "Vannet blir stengt i morgen.", "stengt", "Vi stenger vannet i morgen."],
    ["nb", "I morgen blir vannet stengt.", "stengt", "I morgen stenger vi vannet."],
    ["nb", "Vedtaket ble fattet 3. mai.", "fattet", "Vi fattet vedtaket 3. mai."],
    ["nb", "Tilbudet må aksepteres eller avslås innen 8. mai.", "aksepteres", "Du må akseptere eller avslå tilbudet innen 8. mai."],
    ["nb", "Vi ber om at oppvaskmaskiner og vaskemaskiner ikke brukes i dag.", "brukes", "Vi ber om at du ikke bruker oppvaskmaskiner og vaskemaskiner i dag."],
    ["nb", "Dersom du ikke svarer, kan søknaden bli avslått.", "avslått", "Dersom du ikke svarer, kan vi avslå søknaden."],
    ["nb", "Departementets avgjørelse kan ikke påklages.", "påklages", "Du kan ikke klage på departementets avgjørelse."],
    // A passive in an opening condition: the reader's own act is said to the reader; an agent it would have to
    // guess is not ("Dersom vi ikke …" would make the writer do it).
    ["nb", "Dersom tilbudet ikke aksepteres innen fristen, vil tilsagnet bortfalle.", "aksepteres", "Dersom du ikke aksepterer tilbudet innen fristen, vil tilsagnet bortfalle."],
    ["nb", "Hvis saken ikke behandles innen fristen, kan du klage.", "behandles", null],
    // What is received is received by the writer; a subordinate clause keeps its negation before the verb.
    ["nb", "Dersom dokumentasjonen ikke blir mottatt innen fristen, vil søknaden bli avvist.", "mottatt", "Dersom vi ikke mottar dokumentasjonen innen fristen, vil søknaden bli avvist."],
    ["nb", "Hvis skjemaet ikke sendes innen fristen, mister du plassen.", "sendes", "Hvis du ikke sender skjemaet innen fristen, mister du plassen."],
    // A second passive joined by «og» would lose its subject: the sentence stays.
    ["nb", "Skjemaet fylles ut og sendes til skolen.", "fylles", null],
    ["nb", "Søknaden sendes til Nav og behandles der.", "sendes", null],
    // What happens by itself or on the body's round is no order to the reader; buying a ticket is the reader's.
    ["nb", "Betalingen registreres automatisk.", "registreres", "Vi registrerer betalingen automatisk."],
    // The reader's own filing done by itself has no agent: neither "vi leverer" nor "du leverer".
    ["nb", "Da blir skattemeldingen levert automatisk.", "levert", null],
    ["en", "Your tax return will then be submitted automatically.", "submitted", null],
    ["nb", "Avfallet hentes i stedet tirsdag 2. mai.", "hentes", "Vi henter avfallet i stedet tirsdag 2. mai."],
    ["nb", "Billetter kjøpes i døra.", "kjøpes", "Kjøp billetter i døra."],
    ["nb", "Skjemaet fylles ut på nett.", "fylles", "Fyll skjemaet ut på nett."],
    ["nb", "Vedtaket sendes ut i mars.", "sendes", "Vi sender vedtaket ut i mars."],
    // A common noun before the name it introduces is lower case inside the sentence.
    ["nb", "Holdeplassen Torget flyttes til Parkveien 3.", "flyttes", "Vi flytter holdeplassen Torget til Parkveien 3."],
    // A particle verb before its subject: the particle goes after it ("leder vi om", not "leder om vi").
    ["nb", "Busser som vanligvis kjører Storgata, blir omdirigert via Parkveien.", "omdirigert", "Busser som vanligvis kjører Storgata, leder vi om via Parkveien."],
    ["nn", "Tøminga blir flytta til tysdag 22. april.", "flytta", "Vi flyttar tøminga til tysdag 22. april."],
    ["nn", "Søknaden må sendast innan 1. mai.", "sendast", "Du må sende søknaden innan 1. mai."],
    // What only the reader does, said in the plain present, becomes an instruction.
    ["nn", "Målarstanden vert registrert på https://www.storoya.kommune.no/vassmalar.", "registrert", "Registrer målarstanden på https://www.storoya.kommune.no/vassmalar."],
    ["nb", "Klagen sendes til Fjordvik kommune, Postboks 100.", "sendes", "Send klagen til Fjordvik kommune, Postboks 100."],
    ["nb", "Klagen sendes ikke til Nav.", "sendes", "Du sender ikke klagen til Nav."],
    // Agents in a list that ends the sentence are the subject as they stand; a second agent the list does not
    // take ("av Nav og …" with more after it, "by post") is never dropped or made the object.
    ["nb", "Informasjon fra Eiendomsregisteret brukes av privatpersoner, næringsliv og offentlige myndigheter.", "brukes", "Privatpersoner, næringsliv og offentlige myndigheter bruker informasjon fra Eiendomsregisteret."],
    ["nb", "Søknaden behandles av Nav og kommunen.", "behandles", "Nav og kommunen behandler søknaden."],
    ["nb", "Tiltaket støttes av kommunen og personer som bor her.", "støttes", null],
    ["nb", "Søknaden behandles av Nav, og du får svar.", "behandles", "Nav behandler søknaden, og du får svar."],
    // The receiver right after a verb of sending gets "til" in the active; an adverb is no receiver.
    ["nb", "Det bes om at påmelding sendes kontaktlærer innen fredag 5. september.", "sendes", "Det bes om at du sender påmelding til kontaktlærer innen fredag 5. september."],
    ["nb", "Skjemaet leveres rektor.", "leveres", "Lever skjemaet til rektor."],
    ["nb", "Søknaden sendes Sjøfartsdirektoratet.", "sendes", "Send søknaden til Sjøfartsdirektoratet."],
    ["nb", "Søknaden sendes elektronisk.", "sendes", "Send søknaden elektronisk."],
    ["en", "The application is processed by NAV and the municipality.", "processed", null],
    ["en", "The form must be sent by post.", "sent", "You must send the form by post."],
    // A relative clause after the agent belongs to it: moved to the front, the agent would leave it on the object.
    ["nb", "Søknaden behandles av kommunen, som har ansvaret for tjenesten.", "behandles", null],
    ["nb", "Saken ble avgjort av Nav, som sendte brevet.", "avgjort", null],
    ["en", "The application was approved by the council, which meets monthly.", "approved", null],
    ["en", "The form must be submitted by Friday.", "submitted", "You must submit the form by Friday."],
    // Two adverbs, a modal before them, a prefixed irregular participle, a name-led compound keeps its capital.
    ["nb", "Dette møtet vil likevel ikke bli avholdt.", "avholdt", "Vi vil likevel ikke holde dette møtet."],
    ["nb", "Vedtaket ditt kan bli omgjort.", "omgjort", "Vi kan omgjøre vedtaket ditt."],
    ["nn", "Altinn-løysinga blir også stadig vidareutvikla.", "vidareutvikla", "Vi vidareutviklar også stadig Altinn-løysinga."],
    ["nb", "Fra og med januar fjernes Altinn-appene fra Apple store.", "fjernes", "Fra og med januar fjerner vi Altinn-appene fra Apple store."],
    ["nb", "Har du årskort, forlenges kortet automatisk.", "forlenges", "Har du årskort, forlenger vi kortet automatisk."],
    ["nb", "Eiendomsskattelisten legges ut til ettersyn 1. mars.", "legges", "Vi legger eiendomsskattelisten ut til ettersyn 1. mars."],
    // A subject with a relative clause stays first, as a fronted object; the reader's own thing is not fronted.
    ["nb", "Tømming som skulle vært fredag 1. mai, flyttes til lørdag 2. mai.", "flyttes", "Tømming som skulle vært fredag 1. mai, flytter vi til lørdag 2. mai."],
    ["nn", "Tøminga som skulle vore måndag 21. april, blir flytta til tysdag 22. april.", "flytta", "Tøminga som skulle vore måndag 21. april, flyttar vi til tysdag 22. april."],
    ["nb", "Klagen som gjelder vedtaket, sendes til Nav.", "sendes", null],
    ["nn", "Dersom du er under 18 år vert dette brevet også sendt til føresette.", "sendt", "Dersom du er under 18 år sender vi også dette brevet til føresette."],
    ["nb", "Skatteseddelen for alle gårdsbruk sendes ut i uke 10.", "sendes", "Vi sender skatteseddelen for alle gårdsbruk ut i uke 10."],
    ["nb", "Listen for alle gårdsbruk i 2025 legges ut.", "legges", "Listen for alle gårdsbruk i 2025 legger vi ut."],
    ["nb", "500 millioner kroner fordeles til kommuner etter folketall.", "fordeles", "Vi fordeler 500 millioner kroner til kommuner etter folketall."],
    ["nn", "Desse vil ikkje bli brukte av etaten før du har sendt inn skjemaet.", "brukte", "Etaten vil ikkje bruke desse før du har sendt inn skjemaet."],
    ["nb", "Vedtaket sendes til Nav.", "sendes", "Vi sender vedtaket til Nav."],
    ["nb", "Oppdatert informasjon publiseres på https://fjordvik.kommune.no.", "publiseres", "Vi publiserer oppdatert informasjon på https://fjordvik.kommune.no."],
    // Not turned: an indirect object would need "til"; a bare "og" joins nouns, not clauses; impersonal "det".
    ["nb", "Plassen vil bli tildelt neste søker på ventelisten.", "tildelt", null],
    ["nb", "Det vises til brevet ditt.", "vises", null],

    // An agent named in a shape not turned here is never replaced by a guess; a subject first is no adverbial;
    // a name right after a verb that is not one of sending is not turned; "kan" in a subordinate clause gives the
    // reader no leave.
    ["nb", "Arbeidstilsynet sier at denne regelen misbrukes av personer som bor i utlandet.", "misbrukes", null],
    ["nb", "Prisen tildeles Strandvik kommune.", "tildeles", null],
    ["nb", "Vi må kjøre massene bort, slik at ny ledning kan legges.", "legges", "Vi må kjøre massene bort, slik at vi kan legge ny ledning."],
    // The sentence names who acts: "vi" would make the writer do it. "kan bli" is no leave for the reader.
    ["nn", "Stortinget fastset satsane kvart år, og satsane kan derfor bli endra.", "endra", null],
    ["nn", "Vedtaket ditt om foreldrepengar kan bli gjort om.", "gjort", "Vi kan gjere vedtaket ditt om foreldrepengar om."],
    // An impersonal passive after a modal, opening the sentence: the reader for what readers do, else the writer.
    ["nb", "Det kan søkes om støtte fram til 1. mai.", "søkes", "Du kan søke om støtte fram til 1. mai."],
    ["nb", "Det skal varsles skriftlig dersom eleven kan få nedsatt karakter.", "varsles", "Vi skal varsle skriftlig dersom eleven kan få nedsatt karakter."],
    // A determiner takes its noun; participles in a row share the agent after them.
    ["nb", "Hvis du er under 18 år sendes dette brevet også til foresatte.", "sendes", "Hvis du er under 18 år sender vi dette brevet også til foresatte."],
    ["nn", "Altinn blir vidareutvikla, drifta og forvalta av Altinn-samarbeidet.", "vidareutvikla", null],
    ["en", "Harbour Road will be closed from 17:00 today.", "closed", "We will close Harbour Road from 17:00 today."],
    ["en", "Garden waste collections are suspended during Easter week.", "suspended", "We suspend garden waste collections during Easter week."],
    ["en", "The form must be completed by 1 May.", "completed", "You must complete the form by 1 May."],
    ["en", "It will be closed.", "closed", null],
    ["en", "If we do not hear from you by 20 April, the place will be offered to another child.", "offered", "If we do not hear from you by 20 April, we will offer the place to another child."],
  ];
  it.each(cases)("%s: %s", (language, sentence, verb, expected) => {
    expect(activeVoice(sentence, language as "nb" | "nn" | "en", verb)).toBe(expected);
  });
});

describe("the letter's «Dette må du gjøre»", () => {
  it("holds what the reader does, never the body's own work", () => {
    const r = variants(
      "Vi skifter vannledning\n\nFra mandag 10. juni skifter vi vannledningen i Skolegata.\n\nGravemassene må kjøres bort før ny ledning kan legges. Beboere må parkere i Kirkegata i perioden.\n\nMed vennlig hilsen\nFjordvik kommune",
    );
    const blocks = r.variants.letter.text.split("\n\n");
    const todo = blocks.find((b) => b.startsWith("Dette må du gjøre"));
    expect(todo).toContain("Du må parkere i Kirkegata");
    expect(todo).not.toMatch(/gravemassene/i);
    expect(r.variants.letter.text).toMatch(/Vi må kjøre gravemassene bort/);
  });
});

describe("who it is for", () => {
  it("the message holds who a public offer is for, and the post keeps it when something must go", () => {
    const r = variants(
      "Influensavaksine uten timebestilling\n\nFjordvik helsestasjon vaksinerer mot sesonginfluensa onsdag 08:00–19:00. Du trenger ikke bestille time.\n\nTilbudet gjelder deg som er 65 år eller eldre, gravide etter 12. svangerskapsuke og deg som har en kronisk sykdom.\n\nTa med bankkort. Vaksinen koster 250 kroner.\n\nHilsen\nFjordvik kommune",
    );
    expect(r.message?.eligibility?.text).toMatch(/^Tilbudet gjelder deg som er 65 år/);
    expect(r.variants.post.text).toContain("65 år eller eldre");
    // A personal letter has no "who it is for": it is for its reader.
    const p = variants("Vedtak om plass\n\nDu har fått plass. Tilbudet gjelder deg som bor i Fjordvik.\n\nKlagen sendes til Fjordvik kommune.\n\nFjordvik kommune", { message: { audience: "personal" } });
    expect(p.message?.eligibility).toBeUndefined();
  });
  it("an advance notice of a decision is a letter in the reader's case, and no SMS calls it a decision", () => {
    for (const [text, word] of [
      ["Varsel om vedtak om tilbakebetaling\n\nVi har kommet fram til at du har fått 14 350 kroner for mye i bostøtte. Du kan uttale deg før vi fatter vedtak.\n\nMed vennlig hilsen\nHusbanken", /vedtak/],
      ["Førehandsvarsel om tilbakekrevjing\n\nDu har fått utbetalt for mykje barnetrygd. Du kan uttale deg innan 14 dagar.\n\nMed venleg helsing\nNav", /vedtak/],
    ] as const) {
      const r = variants(text);
      expect(r.message.audience.value).toBe("personal");
      expect(r.message.kind).toBe("case-letter");
      expect(r.variants.sms.text.replace(/Varsel om vedtak[^.]*/u, "")).not.toMatch(word);
    }
  });
  it("a clinic or school under the closing signs the text, and a venue word after a name belongs to the place", () => {
    const r = variants("Time hos fastlegen\n\nDu har fått time hos fastlege Per Hansen torsdag 14. mai kl. 10.30 ved Sentrum legesenter.\n\nMed vennlig hilsen\nSentrum legesenter");
    expect(r.message.sender?.name).toBe("Sentrum legesenter");
    expect(r.message.events[0]?.where?.text).toBe("Sentrum legesenter");
    const s = variants("Foreldremøte\n\nVi inviterer til foreldremøte tirsdag 9. september kl. 18.00 på Bakkely skole.\n\nHilsen\nBakkely skole");
    expect(s.message.events[0]?.where?.text).toBe("Bakkely skole");
  });
  it("the sender's own area is no place of the event", () => {
    const r = variants("Søk om kulturmidler\n\nLag og foreninger i Solvik kan nå søke om kulturmidler for 2027. Søknadsfristen er 15. februar 2027.\n\nSolvik kommune");
    expect(r.message.events[0]?.where).toBeUndefined();
    expect(r.variants.sms.text).not.toContain("Sted:");
  });
  it("a clause after a semicolon that tells the reader what to do is an action", () => {
    const r = variants("Harbour Road closed\n\nHarbour Road is closed from 17:00 today.\n\nBuses 2 and 4 will not stop at the terminal; use the temporary stop in Church Street.\n\nFjordvik Municipality");
    expect(r.message?.actions.map((a) => a.text)).toEqual(["Buses 2 and 4 will not stop at the terminal; use the temporary stop in Church Street."]);
  });
});

describe("the letter's last pass never hands an obligation or a payment to the wrong party", () => {
  it("a heading's obligation is not given to the writer; an impersonal passive inside a clause stays", () => {
    const r = variants("Nå må innkvartering forhåndsgodkjennes\n\nArbeidsgivere må få lokalene godkjent av Arbeidstilsynet.\n\nDu er selv ansvarlig for at det betales skatt av overskuddet.\n\nArbeidstilsynet");
    const letter = r.variants.letter.text;
    expect(letter).not.toMatch(/må vi forhåndsgodkjenne|Vi må forhåndsgodkjenne/);
    expect(letter).toContain("for at det betales skatt");
    expect(letter).not.toContain("vi betaler skatt");
  });
});

describe("names keep their capital when a rewrite moves them", () => {
  it("a word the draft writes with a capital inside a sentence stays capitalised in every channel", () => {
    const r = variants("Stenging av Storbrua\n\nStorbrua stenges for all trafikk fra mandag 3. til fredag 14. mars.\n\nHilsen\nNordbygd kommune");
    for (const t of [r.variants.letter.text, r.variants.sms.text, r.variants.post.text]) {
      expect(t).toContain("Storbrua");
      expect(t).not.toContain("storbrua");
    }
  });
  it("only the word a rewrite moved gets its capital back, not the same word used as a common noun", () => {
    const r = variants("Harbour Road closed\n\nHarbour Road will be closed from 17:00 today while we repair the road surface.\n\nFjordvik Municipality");
    expect(r.variants.letter.text).toContain("We will close Harbour Road from 17:00 today while we repair the road surface.");
  });
});

describe("a kanselli decision letter, rewritten", () => {
  // test/core/channels/golden/kanselli-decision.input.txt: "Vedrørende …", "Vi viser til Deres søknad …", "Det meddeles
  // herved at søknaden innvilges", "Tillatelsen må hentes … innen 1. mars", "De gjøres oppmerksom på", "Vedtaket kan påklages".
  const draft = readFileSync(join(__dirname, "golden", "kanselli-decision.input.txt"), "utf8");
  const letter = variants(draft).variants.letter.text;
  const blocks = letter.split("\n\n");
  it("opens with a plain title and the decision, the reference after it", () => {
    expect(blocks[0]).toBe("Søknad om parkeringstillatelse for forflytningshemmede");
    expect(blocks[1]).toContain("Vi innvilger søknaden for en periode på to år.");
    expect(blocks[2]).toMatch(/^Dette gjelder søknaden din mottatt 3\. februar 2025/);
  });
  it("gives the reader's own tasks to the reader, with the deadline", () => {
    const todo = blocks.find((b) => b.startsWith("Dette må du gjøre"))!;
    expect(todo).toContain("Du må hente tillatelsen på servicetorget innen 1. mars 2025.");
    expect(todo).toContain("Vær oppmerksom på at tillatelsen");
    expect(letter).not.toMatch(/Vi må hente|Vi meddeler|De |Deres /);
  });
  it("says the appeal sentence in the reader's words and keeps the address with its sentence", () => {
    expect(letter).toContain("Du kan klage på vedtaket innen tre uker fra du mottok dette brevet. Klagen sendes til Nordbygd kommune, Postboks 10, 9990 Nordbygd.");
  });
});

describe("the appeal block in nynorsk stays together", () => {
  it("«Klaga skal sendast til …» stays with the right to appeal, never in «Dette må du gjere»", () => {
    const letter = variants(
      "Vedtak om heimesjukepleie\n\nDu får heimesjukepleie to gonger i veka frå 1. april 2025.\n\nDu kan klage på vedtaket innan tre veker frå du fekk dette brevet. Klaga skal sendast til Vangen kommune, Postboks 5, 6999 Vangen.\n\nMed venleg helsing\nVangen kommune",
    ).variants.letter.text;
    const appeal = letter.split("\n\n").find((b) => b.includes("Du kan klage på vedtaket"))!;
    expect(appeal).toContain("Postboks 5, 6999 Vangen");
    expect(letter.split("\n\n").find((b) => b.startsWith("Dette må du gjere")) ?? "").not.toContain("Postboks");
  });
});

describe("the writer's own pronoun in nynorsk", () => {
  it("a draft that says «me» gets «me» in what the letter turns, never «vi» beside it", () => {
    const letter = variants("Om tenesta\n\nMe tek vare på svara dine i 72 timar. Delar av saka di blir handsama automatisk.\n\nMe ringjer deg om noko manglar.\n\nVangen kommune").variants.letter.text;
    expect(letter).toContain("Me handsamar delar av saka di automatisk.");
    expect(letter).not.toMatch(/(?<![\p{L}])[Vv]i(?![\p{L}])/u);
  });
});

describe("a list in the letter stays one list", () => {
  it("its lines stay together, each line rewritten on its own; a blank line between two lists keeps them apart", () => {
    const letter = variants(
      "Vi endrar barnetrygda di\n\nFrå 1. mai får du:\n\n- 1 766 kroner i månaden for eitt barn.\n- Barnetrygda vert redusert fordi barnet fyller 6 år.\n- Pengane kjem den 20. kvar månad.\n\nDette gjeld òg:\n\n- Skjema A\n\n- Skjema B\n\nMed venleg helsing\nNav",
    ).variants.letter.text;
    expect(letter).toContain("- 1 766 kroner i månaden for eitt barn.\n- Vi reduserer barnetrygda fordi barnet fyller 6 år.\n- Pengane kjem den 20. kvar månad.");
    expect(letter).toContain("- Skjema A\n\n- Skjema B");
  });
});

describe("a note under the signature", () => {
  it("is rewritten like the body and stays below the name; the attachment list keeps a block of its own", () => {
    const letter = variants(
      "Vi endrar barnetrygda di\n\nDu får 1 766 kroner i månaden frå 1. mai 2025.\n\nMed venleg helsing\nNav familie- og pensjonsytelser\n\nSaka har blitt automatisk sakshandsama. Vedtaksbrevet er derfor ikkje underskrive.\n\nVedlegg:\nRettane og pliktene dine",
    ).variants.letter.text;
    expect(letter).toContain("Med venleg helsing\nNav familie- og pensjonsytelser\n\nVi har automatisk sakshandsama saka.\nVedtaksbrevet er derfor ikkje underskrive.\n\nVedlegg:");
  });
});

describe("plain words where no sentence may be turned", () => {
  it("the appeal block gets plain words but keeps every sentence as it stands", () => {
    const letter = variants(
      "Vedtak om innsyn\n\nDu får delvis innsyn i saken.\n\nDu kan klage\n\nRetten til å klage på innsyn går fram av forvaltningsloven § 21. Klagen sendes til Nav.\n\nMed vennlig hilsen\nNav",
    ).variants.letter.text;
    expect(letter).toContain("Retten til å klage på innsyn står i forvaltningsloven § 21. Klagen sendes til Nav.");
  });
  it("a stiff word inside a passive that cannot be turned is made plain on its own", () => {
    const letter = variants("Støtte til kommunene\n\nPengene går til kommuner som har vært rammet av tiltakene som ble iverksatt på nyåret.\n\nKommunal- og distriktsdepartementet").variants.letter.text;
    expect(letter).toContain("tiltakene som ble satt i verk på nyåret");
  });
});

describe("a closure with its reopening", () => {
  it("is a notice of the closure; the closure period is never put after the reopening", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(["Svømmehallen", "Hallen"], ["Biblioteket", "Biblioteket"], ["Legekontoret", "Kontoret"]),
        twoDates,
        date,
        ([place, short], [a, b], reopen) => {
          fc.pre(reopen !== a && reopen !== b && !a.includes(reopen) && !b.includes(reopen) && !reopen.includes(a) && !reopen.includes(b));
          const text = `Stengt ${place.toLowerCase()}\n\n${place} er stengt fra mandag ${a} til og med søndag ${b} på grunn av vedlikehold. ${short} åpner igjen ${reopen} kl. 07.00.\n\nMed vennlig hilsen\nFjordvik kommune`;
          const r = variants(text);
          expect(r.message.kind).toBe("notice");
          for (const t of [r.variants.sms.text, r.variants.post.text]) expect(t).not.toMatch(new RegExp(`åpner igjen ${reopen} kl\\. 07\\.00[.:]? [^.]*${a.split(" ")[0]}\\.`));
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("a text with dated updates", () => {
  it("a date before the newest update had happened when the text was written: never the key time", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 27 }), fc.integer({ min: 0, max: 11 }), (day, m) => {
        const month = MONTHS[m];
        const text = `Oppdatering om vassleidningsbrotet\n\nOppdatert ${day + 1}. ${month} kl. 15.30: Vatnet er tilbake for alle abonnentar.\n\nOppdatert ${day + 1}. ${month} kl. 09.00: Vi arbeider med å reparere brotet.\n\nTysdag ${day}. ${month} kl. 22.00 oppstod det eit brot på hovudleidningen i Sentrumsvegen.\n\nVangen kommune`;
        const r = variants(text);
        expect(r.message.events[0]?.when).toBeUndefined();
        for (const t of [r.variants.sms.text, r.variants.post.text]) expect(t).not.toContain(`${day}. ${month}`);
      }),
      { numRuns: 30 },
    );
  });
});

describe("warnings and periods", () => {
  it("a follow-up of the sender's under a warning is no time of the warning", () => {
    const r = variants("Kokepåbod i Vangen sentrum\n\nDet er påvist E. coli i drikkevatnet i Vangen sentrum. Frå no av må alt drikkevatn kokast før bruk.\n\nKokepåbodet gjeld til vi gir ny melding. Vi tek nye prøvar måndag 3. november.\n\nVangen kommune");
    expect(r.message.kind).toBe("warning");
    expect(r.message.events[0]?.when).toBeUndefined();
    for (const t of [r.variants.sms.text, r.variants.post.text]) expect(t).not.toMatch(/^[^\n]*3\. november/u);
    expect(r.variants.sms.text).not.toContain("Når: måndag 3. november");
  });
  it("a word in a hyphenated compound is no cue («ras-sikring» is no landslide warning)", () => {
    const r = variants("Stengd veg i Lia\n\nFylkesveg 52 gjennom Lia blir stengd for all trafikk frå måndag 7. april kl. 08.00 til fredag 11. april kl. 16.00 på grunn av ras-sikring.\n\nVestland fylkeskommune");
    expect(r.message.kind).toBe("notice");
  });
  it("a period keeps the clock of its end", () => {
    const r = variants("Stengd veg i Lia\n\nFylkesveg 52 blir stengd frå måndag 7. april kl. 08.00 til fredag 11. april kl. 16.00.\n\nVestland fylkeskommune");
    expect(r.variants.sms.text).toMatch(/7\. april kl\. 08\.00 til fredag 11\. april kl\. 16\.00/u);
  });
});

describe("a condition after the instruction", () => {
  it("with a noun as its subject still limits the action: the SMS never gives its deadline bare", () => {
    const r = variants("Innkalling til samtale\n\nDu blir kalla inn til samtale onsdag 12. februar kl. 13.00 på Nav Vangen.\n\nGje oss beskjed innan 7. februar dersom tidspunktet ikkje passar.\n\nMed venleg helsing\nNav Vangen");
    expect(r.message.actions.find((a) => a.deadline)?.condition).toBe("dersom tidspunktet ikkje passar");
    expect(r.variants.sms.text).not.toMatch(/Fristen er 7\. februar/u);
  });
});

describe("the night before a day", () => {
  it("«natt til søndag 21. september» stays whole wherever the time is shown", () => {
    const r = variants("Stengt legevakt\n\nLegevakten holder stengt natt til søndag 21. september fra kl. 23.00 til kl. 08.00 på grunn av flytting.\n\nFjordvik kommune");
    expect(r.message.events[0]?.when?.text).toBe("natt til søndag 21. september");
    for (const t of [r.variants.sms.text, r.variants.post.text]) expect(t).not.toMatch(/(?<!natt til )søndag 21\. september kl\. 23/u);
  });
});

describe("a schedule of several lines", () => {
  it("is said whole in the SMS and the post, never by its first line alone", () => {
    const meetings = variants("Informasjonsmøte om ny barneskole\n\nFjordvik kommune inviterer til to informasjonsmøter om den nye barneskolen på Nordby:\n\n- Tirsdag 3. februar kl. 18.00 i Nordby samfunnshus\n- Torsdag 5. februar kl. 18.00 i kantina på rådhuset\n\nMøtene har samme innhold.\n\nFjordvik kommune");
    const hours = variants("Påskeåpningstider\n\nBiblioteket har redusert åpningstid i påsken:\n\nMandag 30. mars: kl. 10.00–15.00\nTysdag 31. mars: kl. 10.00–15.00\nOnsdag 1. april: kl. 10.00–13.00\nSkjærtorsdag til 2. påskedag: stengt\n\nVangen bibliotek");
    for (const t of [meetings.variants.sms.text, meetings.variants.post.text]) {
      expect(t).toMatch(/tirsdag 3\. februar kl\. 18\.00 i Nordby samfunnshus; torsdag 5\. februar kl\. 18\.00 i kantina på rådhuset/u);
      expect(t).not.toMatch(/Når:|- Tirsdag/u);
    }
    for (const t of [hours.variants.sms.text, hours.variants.post.text]) expect(t).toMatch(/mandag 30\. mars kl\. 10\.00.15\.00; tysdag 31\. mars .*; skjærtorsdag til 2\. påskedag stengt\./u);
  });
});

describe("a cancellation and a text with updates", () => {
  it("the cancelled event is named with the time it should have been, not the title's hint", () => {
    const r = variants("Arrangementet i morgen er avlyst\n\nBygdedagen som skulle vært arrangert lørdag 6. september på Torget, er avlyst på grunn av dårlig vær.\n\nKjøpte billetter refunderes automatisk innen 14 dager.\n\nFjordvik kommune");
    expect(r.message.kind).toBe("cancellation");
    expect(r.message.events[0]?.when?.text).toBe("lørdag 6. september");
    expect(r.variants.sms.text).toContain("Bygdedagen");
    expect(r.variants.sms.text).not.toContain("Når: i morgen");
  });
  it("the newest update's news leads the SMS", () => {
    const r = variants("Savnet kvinne\n\nOppdatert kl. 16.45: Kvinnen er funnet i god behold. Politiet takker for tipsene.\n\nOppdatert kl. 12.10: Politiet ber om tips. Har du sett henne, ring 02800.\n\nPolitiet leter etter en 54 år gammel kvinne fra Fjordvik.\n\nSør-Vest politidistrikt");
    expect(r.variants.sms.text).toContain("Kvinnen er funnet i god behold.");
    expect(r.variants.sms.text).not.toContain("02800");
  });
});

describe("a passive with no agent to name", () => {
  it("is said with a verb that needs none where the letter has one, and turned active where it can be", () => {
    const letter = variants("Om overføringen\n\nPensjonsordningene er tariffestet og videreføres som de er. Rettighetene vil bli videreført fram til avtalen sies opp. Rettigheter som følger av særavtaler vil bli videreført fram til avtalen sies opp.\n\nMed vennlig hilsen\nFjordvik kommune").variants.letter.text;
    expect(letter).toContain("Pensjonsordningene er tariffestet og fortsetter som de er.");
    expect(letter).toContain("Vi vil videreføre rettighetene fram til avtalen sies opp.");
    expect(letter).toContain("Rettigheter som følger av særavtaler vil fortsette fram til avtalen sies opp.");
    const nn = variants("Om barnetrygda\n\nDet kan føre til at barnetrygda opphøyrer eller blir redusert.\n\nMed venleg helsing\nNav").variants.letter.text;
    expect(nn).toContain("barnetrygda opphøyrer eller går ned.");
  });

  it("a stiff word whose plain form depends on the next word is replaced only before that word", () => {
    const polish = (s: string, l: "nb" | "nn" = "nb") => variants(`Om reglene\n\n${s}\n\nMed vennlig hilsen\nFjordvik kommune`, { language: l }).variants.letter.text;
    expect(polish("Vi vurderer ytterligere innstramminger i reglene fra 1. mars.")).toContain("Vi vurderer flere innstramminger i reglene fra 1. mars.");
    // Before a mass noun «ytterligere» is «mer», not «flere»: the letter leaves it.
    expect(polish("Vi trenger ytterligere informasjon fra deg innen 1. mars.")).not.toContain("flere informasjon");
    expect(polish("Vi vil presisere at fristen er 1. mars.")).toContain("Vi vil gjøre klart at fristen er 1. mars.");
    // With an object the words would have to move: «presiserer reglene» is left as it is.
    expect(polish("Vi presiserer reglene for hjemmekarantene fra 1. mars.")).not.toContain("gjør klart reglene");
    expect(polish("Vi vurderer ytterlegare innstrammingar i reglane frå 1. mars.", "nn")).toContain("Vi vurderer fleire innstrammingar i reglane frå 1. mars.");
  });
});

describe("the letter's fact check on a rewrite", () => {
  it("a word that was a place only by its sentence-initial capital is not a lost fact", () => {
    expect(factsKept("Holdeplassen Torget flyttes til Parkveien 3.", "Vi flytter holdeplassen Torget til Parkveien 3.")).toBe(true);
    // A real name lost or changed still fails.
    expect(factsKept("Holdeplassen Torget flyttes til Parkveien 3.", "Vi flytter Torget til Parkveien 3.")).toBe(false);
    expect(factsKept("Holdeplassen Torget flyttes til Parkveien 3.", "Vi flytter holdeplassen Torget til Parkveien 4.")).toBe(false);
  });
});
