// Red-team round 25, SMS to one reader. A span counted from the letter is said with what it counts from ("Svar innan 10
// dagar etter at du fekk brevet"), one counted from an invoice still to come is not said as the letter's; a moved
// meeting that is not the letter's own offer is said by its own sentence, not a bare "Ny tid:"; a step that points at
// "the new date" the SMS does not give is not said. And "Booking no.:" is a reference line. Own drafts.
import { variants } from "../../../src/core/channels";

const sms = (d: string, language: "nb" | "nn" | "en") => variants(d, { language }).variants.sms.text;

describe("a span of days in a personal SMS", () => {
  it("counted from the letter: said with its anchor", () => {
    const d = ["Pålegg om å fjerne skilt", "", "Til Jonas Berg", "Storgata 4, 9008 Tromsø", "", "Vi har vurdert skiltet ditt. Du må fjerne skiltet innen fire uker etter at du har mottatt dette brevet.", "", "Med vennlig hilsen", "Tromsø kommune"].join("\n");
    const t = sms(d, "nb");
    expect(t).toMatch(/fire uker etter at du fikk brevet/);
    expect(t).not.toMatch(/Fristen i brevet er fire uker\./);
  });
  it("to several readers in nynorsk: «de» throughout, the step's own anchor kept", () => {
    const d = ["Vedtak om tilskot", "", "Til Kari og Ola Nordmann", "Fjordvegen 2, 6100 Volda", "", "De har fått tilskot. De må svare innan tre veker etter at de har fått dette brevet.", "", "Med helsing", "Volda kommune"].join("\n");
    const t = sms(d, "nn");
    expect(t).toMatch(/De må svare innan tre veker etter at de (?:har fått dette brevet|fekk brevet)/);
    expect(t).not.toMatch(/(?<![\p{L}])[Dd]u(?![\p{L}])/u);
  });
  it("counted from an invoice still to come: not said as a span from now or from the letter", () => {
    const d = ["Tildeling av parsell", "", "Til Ahmed Rahimi", "Saksnummer: 25/00412", "", "Du har fått tildelt parsell nr. 17 for sesongen 2025.", "", "Du får faktura på e-post i løpet av mars. Leien må betales innen 14 dager etter at du har fått fakturaen.", "", "Med vennlig hilsen", "Asker kommune"].join("\n");
    const t = sms(d, "nb");
    expect(t).not.toMatch(/14 dager(?! etter at du har fått fakturaen)/);
  });
});

describe("a moved meeting in a letter that offers something else", () => {
  it("is said by its own sentence, not «Ny tid:»", () => {
    const d = ["Tilbod om plass i kulturskulen", "", "Til Nora Fjeld", "Sagvegen 3, 6100 Volda", "", "Nora har fått plass på fiolin frå hausten 2025.", "", "Oppstartsdagen, som var sett til måndag 25. august, er flytta til måndag 1. september.", "", "Du må svare på tilbodet innan 10 dagar etter at du har fått dette brevet.", "", "Med helsing", "Volda kulturskule"].join("\n");
    const t = sms(d, "nn");
    expect(t).toMatch(/Oppstartsdagen er flytta til måndag 1\. september/);
    expect(t).not.toMatch(/Ny tid:/);
    expect(t).not.toMatch(/25\. august/);
  });
});

describe("a step that points at a time the SMS does not give", () => {
  it("«confirm the new date» without the date is not said", () => {
    const d = ["Your booking of the community hall – new date", "", "To Daniel Okafor", "Bjørkevegen 12, 2322 Ridabu", "", "Booking no.: GH-2025-118", "Date: 14 April 2025", "", "Unfortunately, the hall is needed as a polling station on the date you booked. We can offer you another Saturday instead, at the same price. Please confirm the new date by 1 May.", "", "Hamar Municipality"].join("\n");
    const r = variants(d, { language: "en" });
    expect(r.variants.sms.text).not.toMatch(/confirm the new date/);
    expect(r.variants.sms.text).toMatch(/1 May/);
    // The reference lines are fields, not the lead: the letter's date is no event.
    expect(r.message.events.some((e) => e.when?.text === "14 April 2025")).toBe(false);
  });
});

describe("a deadline that points back at the reader's option", () => {
  it("is said with that option, not as a bare «er fristen»", () => {
    const d = ["Resultat av radonmåling", "", "Til Ingrid Solheim", "Bakkeveien 14, 7080 Heimdal", "", "Målingen viser 410 Bq/m³ i kjelleretasjen.", "", "Hvis du ikke er enig i resultatet, kan du be om en kontrollmåling. Det må du gjøre innen 1. april 2025.", "", "Med vennlig hilsen", "Trondheim kommune"].join("\n");
    const t = sms(d, "nb");
    expect(t).toMatch(/Hvis du ikke er enig i resultatet, kan du be om en kontrollmåling\. Det må du gjøre innen 1\. april 2025\./);
    expect(t).not.toMatch(/er fristen/);
  });
});

describe("appeal and payout spans (round 26)", () => {
  const head = ["Vedtak om refusjon av reiseutgifter", "", "Til Kari Vik", "Fjordvegen 2, 6800 Førde", ""];
  it("the body's payout window is no deadline of the reader's", () => {
    const d = [...head, "Du får dekt 1 840 kroner. Pengane blir utbetalte til kontonummeret ditt innan tre veker.", "", "Du kan klage på vedtaket innan seks veker etter at du har fått dette brevet.", "", "Helse Førde"].join("\n");
    const r = variants(d, { language: "nn" });
    expect(r.message.times.find((t) => t.text.includes("tre veker"))?.role).not.toBe("deadline");
    expect(r.variants.sms.text).not.toMatch(/Frist: innan tre veker/);
    expect(r.variants.sms.text).toMatch(/Klagefristen er seks veker etter at du fekk brevet/);
  });
  it("an appeal span never takes the place of the reader's own step and deadline", () => {
    const d = [...head, "Vi gir deg pålegg om å klippe hekken innan 1. november 2025.", "", "Du kan klage på vedtaket innan tre veker etter at du har fått dette brevet.", "", "Kvam herad"].join("\n");
    const t = variants(d, { language: "nn" }).variants.sms.text;
    expect(t).toMatch(/klippe hekken innan 1\. november/);
    if (/Klagefristen/.test(t)) expect(t.indexOf("Klagefristen")).toBeGreaterThan(t.indexOf("1. november"));
    expect(t).not.toMatch(/Klagefristen er Klagefristen|Klagefristen er innan/);
  });
});

describe("a family matter on the lock screen (round 26)", () => {
  it("«innkalling til mekling» is not named in the SMS", () => {
    const d = ["Innkalling til mekling", "", "Til Silje Berg og Tor Berg", "", "Første meklingsmøte er tysdag 27. mai kl. 13.00 på Familievernkontoret, Strandgaten 52, Bergen.", "", "Med helsing", "Familievernkontoret i Bergen"].join("\n");
    const t = sms(d, "nn");
    expect(t).not.toMatch(/mekling/i);
  });
});

describe("an option for some readers with its deadline (round 26)", () => {
  it("«Passer tidspunktet svært dårlig, kan dere be om nytt tidspunkt innen 10. juni» keeps its condition", () => {
    const d = ["Varsel om tilsyn", "", "Fjordbris Hotell AS", "v/ daglig leder Nina Vik", "Strandvegen 3, 6800 Førde", "", "Vi skal gjennomføre tilsyn ved hotellet tirsdag 24. juni kl. 10.00.", "", "Passer tidspunktet svært dårlig, kan dere be om nytt tidspunkt innen 10. juni.", "", "Sunnfjord brann og redning"].join("\n");
    const r = variants(d, { language: "nb" });
    expect(r.message.actions.find((a) => a.text.includes("nytt tidspunkt"))?.condition).toBe("Passer tidspunktet svært dårlig");
    expect(r.variants.sms.text).not.toMatch(/Fristen i brevet er 10\. juni/);
  });
});

describe("a letter to several readers (round 26)", () => {
  it("a passive turned for the reader never says «Du» where the letter says «de»", () => {
    const d = ["Vedtak om drosjeløyve", "", "Fjordtaxi AS", "v/ dagleg leiar Ola Vik", "Strandvegen 3, 6800 Førde", "", "De har fått løyve til å drive drosje. Løyvet må takast i bruk innan seks månader etter at de har fått dette vedtaket.", "", "De kan klage på vedtaket innan tre veker etter at de har fått dette brevet.", "", "Vestland fylkeskommune"].join("\n");
    const letter = variants(d, { language: "nn" }).variants.letter.text;
    expect(letter).not.toMatch(/(?<![\p{L}])Du må ta/u);
  });
});
