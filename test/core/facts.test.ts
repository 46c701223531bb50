import { extractFacts } from "../../src/core/facts";
import type { Fact } from "../../src/core/model";

const pick = (facts: Fact[], kind: string) => facts.filter((f) => f.kind === kind).map((f) => [f.text, f.value]);

function spansOk(text: string, facts: Fact[]) {
  for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
}

describe("extractFacts: dates", () => {
  it("reads every Norwegian date form", () => {
    const t = "Svar 30. april 2027, 30.04.2027, 30.4.27, 30.4. og 2027-04-30. Møtet er tirsdag 14. oktober 2025.";
    const f = extractFacts(t);
    spansOk(t, f);
    expect(pick(f, "date")).toEqual([
      ["30. april 2027", "2027-04-30"],
      ["30.04.2027", "2027-04-30"],
      ["30.4.27", "2027-04-30"],
      ["30.4.", "--04-30"],
      ["2027-04-30", "2027-04-30"],
      ["tirsdag 14. oktober 2025", "2025-10-14"],
    ]);
  });
  it("reads ranges within and across months, giving the year to both ends", () => {
    const f = extractFacts("Stengt 1.–3. mai, 2.–15. juni 2025 og 20. oktober–14. november 2025.");
    expect(pick(f, "date")).toEqual([
      ["1.–3. mai", "--05-01/--05-03"],
      ["2.–15. juni 2025", "2025-06-02/2025-06-15"],
      ["20. oktober–14. november 2025", "2025-10-20/2025-11-14"],
    ]);
  });
  it("keeps a period whole when its second day has its weekday, and takes no clock time for a first day", () => {
    const f = extractFacts("Stengt fra mandag 2. til fredag 20. september. Møtet varer fra kl. 14 til fredag 20. september.");
    expect(pick(f, "date")).toEqual([
      ["mandag 2. til fredag 20. september", "--09-02/--09-20"],
      ["fredag 20. september", "--09-20"],
    ]);
  });
  it("reads nynorsk and English dates and weeks", () => {
    const f = extractFacts("Laurdag 3. mai 2025 i veke 18. The office closes on Friday 2 May 2025 and April 30, 2027.");
    expect(pick(f, "date").map((x) => x[1])).toEqual(["2025-05-03", "W18", "2025-05-02", "2027-04-30"]);
  });
  it("reads two months joined after a time word as one period, the year said once for both", () => {
    const f = extractFacts("Vaksineringa skjer onsdagar i januar og februar 2027. Stengt fra mars til mai. Open in December and January 2027.");
    expect(f.filter((x) => x.kind === "date").map((x) => [x.text, x.value])).toEqual([
      ["januar og februar 2027", "2027-01/2027-02"],
      ["mars til mai", "--03/--05"],
      ["December and January 2027", "2026-12/2027-01"],
    ]);
  });
  it("a full month name takes no full stop: «16 May.» ends the sentence; an abbreviation may («13. okt.»)", () => {
    const f = extractFacts("Pollen levels stay high until Friday 16 May. Then it rains in June. Møtet er 13. okt. kl. 10. Reglene gjelder fra 28. februar. Det var 3. mar. i fjor.");
    expect(f.filter((x) => x.kind === "date").map((x) => x.text)).toEqual(["Friday 16 May", "June", "13. okt.", "28. februar", "3. mar."]);
  });
  it("reads a month without a day after a word that makes it a time, or with its year", () => {
    const f = extractFacts("Søk innen utgangen av mars. Vi svarer i løpet av april. Fra og med januar 2020 er appen borte. You may apply. Møt opp i Mars-salen.");
    expect(f.filter((x) => x.kind === "date").map((x) => [x.text, x.value])).toEqual([["mars", "--03"], ["april", "--04"], ["januar 2020", "2020-01"]]);
    expect(f.find((x) => x.kind === "deadline")?.text).toBe("innen utgangen av mars");
  });
  it("does not take ordinals, grades or times for dates", () => {
    const f = extractFacts("Elever på 1. trinn og 2.–10. trinn sender meldekort hver 14. dag, kl. 10.12, i 1.5 timer.");
    expect(pick(f, "date")).toEqual([]);
  });
});

describe("extractFacts: times, deadlines, amounts", () => {
  it("reads times and time ranges", () => {
    const f = extractFacts("Åpent kl. 09.00–14.00, hverdager 09.00-15.00, og kl. 9 lørdag. Møt opp 14:30.");
    expect(pick(f, "time")).toEqual([
      ["kl. 09.00–14.00", "09:00-14:00"],
      ["09.00-15.00", "09:00-15:00"],
      ["kl. 9", "09:00"],
      ["14:30", "14:30"],
    ]);
  });
  it("reads deadlines with a date and relative deadlines", () => {
    const t = "Send inn senest 31. januar 2026. Klagefristen er seks uker. Du kan klage innen 3 uker. Frist: 1.4.2026.";
    const f = extractFacts(t);
    spansOk(t, f);
    expect(pick(f, "deadline")).toEqual([
      ["senest 31. januar 2026", "2026-01-31"],
      ["Klagefristen er seks uker", "P6W"],
      ["innen 3 uker", "P3W"],
      ["Frist: 1.4.2026", "2026-04-01"],
    ]);
  });
  it("reads amounts in kroner", () => {
    const f = extractFacts("Restskatt kr 4 280, tilskudd 850 000 kroner, egenandel kr 150,-, 175 milliarder kroner og NOK 1 234,50.");
    expect(pick(f, "amount")).toEqual([
      ["kr 4 280", "4280"],
      ["850 000 kroner", "850000"],
      ["kr 150,-", "150"],
      ["175 milliarder kroner", "175000000000"],
      ["NOK 1 234,50", "1234.50"],
    ]);
  });
});

describe("extractFacts: contacts, places, identifiers", () => {
  it("reads web addresses, e-mail, phone numbers and streets", () => {
    const t = "Les mer på nav.no/klage eller https://www.fjordvik.kommune.no/vann. Skriv til post@fjordvik.kommune.no eller ring 55 55 33 33. Ring 113 ved brann. Gjelder Storgata 1–45 og Nordre gate.";
    const f = extractFacts(t);
    spansOk(t, f);
    expect(pick(f, "url")).toEqual([["nav.no/klage", "nav.no/klage"], ["https://www.fjordvik.kommune.no/vann", "fjordvik.kommune.no/vann"]]);
    expect(pick(f, "email")).toEqual([["post@fjordvik.kommune.no", "post@fjordvik.kommune.no"]]);
    expect(pick(f, "phone")).toEqual([["55 55 33 33", "+4755553333"], ["113", "113"]]);
    expect(pick(f, "place")).toEqual([["Storgata 1–45", "Storgata 1-45"], ["Nordre gate", "Nordre gate"]]);
  });
  it("reads personal identifiers and keeps them apart from phones and amounts", () => {
    const f = extractFacts("Fødselsnummer 13097248022, konto 1234 56 78903.");
    expect(pick(f, "personal-id")).toEqual([["13097248022", "13097248022"]]);
    expect(pick(f, "account-number")).toEqual([["1234 56 78903", "12345678903"]]);
    expect(pick(f, "phone")).toEqual([]);
  });
  it("ignores template placeholders", () => {
    expect(extractFacts("Svar innen {fristDato}. Du fikk {beløp} kroner.")).toEqual([]);
  });
  it("never throws and returns [] for empty input", () => {
    expect(extractFacts("")).toEqual([]);
    for (const t of ["kl.", "30.", "kr", "innen", "\uD800 1. mai", "9".repeat(10000)]) expect(() => extractFacts(t)).not.toThrow();
  });
});

describe("extractFacts: ranges written with words", () => {
  it("reads 'fra 3. til 21. november' and '3 to 21 November' as one range, and am/pm ranges", () => {
    const f = extractFacts("Stengt fra 3. til 21. november 2025. Closed from 3 to 21 November 2025 between 9 am and 3 pm.");
    expect(pick(f, "date")).toEqual([
      ["3. til 21. november 2025", "2025-11-03/2025-11-21"],
      ["3 to 21 November 2025", "2025-11-03/2025-11-21"],
    ]);
    expect(pick(f, "time")).toEqual([["9 am and 3 pm", "09:00-15:00"]]);
  });
});

import fc from "fast-check";

describe("extractFacts: property", () => {
  const pieces = ["14. oktober 2025", "kl. 08.00–16.00", "innen ", "kr 4 280", "55 55 33 33", "nav.no/klage", " ", "\n", "1.–3. mai", "uke 41", "{x}", "13097248022", "Storgata 1–45", "a", "æ", ".", ",", "–", "👍"];
  it("every fact's text is the slice at its span, and nothing throws", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const t = parts.join("");
        for (const f of extractFacts(t)) {
          expect(t.slice(f.start, f.end)).toBe(f.text);
          expect(f.value.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
