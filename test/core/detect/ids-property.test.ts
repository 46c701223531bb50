// Property tests: generated, checksum-valid national ids and account numbers in every spelling inside random
// text are always found; the same numbers with a wrong check digit never are.
import fc from "fast-check";
import { idnr } from "@navikt/fnrvalidator";
import { detectAccountNumbers, detectNationalIds, detectPersonalData, maskNationalId } from "../../../src/core/detect";

const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const ACC = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function mod11(digits: string, weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i] * Number(digits[i]);
  const r = 11 - (sum % 11);
  return r === 11 ? 0 : r;
}

/** An 11-digit national id with both check digits, or null when a check digit would be 10. */
function nationalId(day: number, month: number, year: number, individual: number, kind: "fnr" | "dnr" | "hnr"): string | null {
  const dd = kind === "dnr" ? day + 40 : day;
  const mm = kind === "hnr" ? month + 40 : month;
  const nine = String(dd).padStart(2, "0") + String(mm).padStart(2, "0") + String(year).padStart(2, "0") + String(individual).padStart(3, "0");
  const k1 = mod11(nine, K1);
  if (k1 === 10) return null;
  const k2 = mod11(nine + k1, K2);
  if (k2 === 10) return null;
  return nine + k1 + k2;
}

const idArb = fc
  .record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 0, max: 99 }), individual: fc.integer({ min: 0, max: 999 }), kind: fc.constantFrom("fnr" as const, "dnr" as const, "hnr" as const) })
  .map((r) => nationalId(r.day, r.month, r.year, r.individual, r.kind))
  .filter((d): d is string => d !== null && idnr(d).status === "valid");

/** The spellings people use for a national id. */
const ID_SPELLINGS: Array<(d: string) => string> = [
  (d) => d,
  (d) => `${d.slice(0, 6)} ${d.slice(6)}`,
  (d) => `${d.slice(0, 6)}-${d.slice(6)}`,
  (d) => `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)} ${d.slice(6)}`,
  (d) => `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
  (d) => `${d.slice(0, 6)} ${d.slice(6, 9)} ${d.slice(9)}`,
  (d) => `${d.slice(0, 6)}\u00A0${d.slice(6)}`,
];
const GLUE = ["", "fnr:", "nr", "Fnr.", "(", "fødselsnr:"];

const words = fc.array(fc.constantFrom("Søkeren", "har", "fødselsnummer", "og", "bor", "i", "Fjordvik", "kommune", "–", "(", ")", ",", "Kari", "Nordmann", "nav.no", "se", "vedlegg"), { maxLength: 8 }).map((w) => w.join(" "));
const tail = fc.constantFrom(".", ",", " ", ")", "", ". Ring oss.");

describe("national ids in every spelling", () => {
  test("a generated valid id is found in every spelling, glued or not, inside random text", () => {
    fc.assert(
      fc.property(idArb, fc.integer({ min: 0, max: ID_SPELLINGS.length - 1 }), fc.constantFrom(...GLUE), words, tail, words, (d, s, glue, before, end, after) => {
        const written = ID_SPELLINGS[s](d);
        const pre = `${before} ${glue}`;
        const text = `${pre}${written}${end} ${after}`;
        const found = detectNationalIds(text);
        expect(found.map((x) => [x.start, x.text, x.value])).toEqual([[pre.length, written, d]]);
        const pd = detectPersonalData(text).filter((x) => x.kind === "national-id");
        expect(pd.map((x) => x.text)).toEqual([written]);
      }),
      { numRuns: 400 },
    );
  });

  test("the same number with a wrong last check digit is no national id, unless the draft calls it one", () => {
    fc.assert(
      fc.property(idArb, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: ID_SPELLINGS.length - 1 }), words, (d, delta, s, before) => {
        const bad = d.slice(0, 10) + String((Number(d[10]) + delta) % 10);
        const text = `${before} ${ID_SPELLINGS[s](bad)}.`;
        // "fødselsnummer" within the 40 characters before the number is the draft's own label for it.
        const labelled = /fødselsnummer[^.\n\d]{0,12}$/iu.test(before.slice(-40) + " ");
        expect(detectNationalIds(text).map((x) => x.type)).toEqual(labelled ? ["labelled"] : []);
      }),
      { numRuns: 300 },
    );
  });

  test("a number the draft labels a fødselsnummer is one whatever its check digits (a typo is still personal data)", () => {
    fc.assert(
      fc.property(idArb, fc.integer({ min: 1, max: 9 }), fc.constantFrom("Fødselsnummer: ", "fnr. ", "Fnr ", "D-nummer: ", "Your national identity number: "), (d, delta, label) => {
        const bad = d.slice(0, 10) + String((Number(d[10]) + delta) % 10);
        const found = detectPersonalData(`${label}${bad}`);
        expect(found.map((x) => [x.kind, x.text])).toEqual([["national-id", bad]]);
      }),
      { numRuns: 100 },
    );
  });

  test("a longer run of digits is not an id", () => {
    fc.assert(
      fc.property(idArb, fc.constantFrom("1", "12 ", "0-"), (d, extra) => {
        expect(detectNationalIds(`Nr ${extra}${d} er feil.`)).toEqual([]);
        expect(detectNationalIds(`Nr ${d}${extra.trim()}5 er feil.`)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test("masking keeps the last five digits in their spelling and hides the rest", () => {
    expect(maskNationalId("01030749843")).toBe("******49843");
    expect(maskNationalId("010307-49843")).toBe("******-49843");
    expect(maskNationalId("01.03.07 49843")).toBe("****** 49843");
    expect(maskNationalId("01 03 07 49843")).toBe("****** 49843");
    expect(maskNationalId("010307 498 43")).toBe("****** 498 43");
    fc.assert(
      fc.property(idArb, fc.integer({ min: 0, max: ID_SPELLINGS.length - 1 }), (d, s) => {
        const masked = maskNationalId(ID_SPELLINGS[s](d));
        expect(masked.replace(/\D/g, "")).toBe(d.slice(6));
        expect(masked.startsWith("******")).toBe(true);
        expect(detectNationalIds(`Fnr ${masked}.`)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

const accountArb = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 })
  .map((ds) => {
    const ten = ds.join("");
    const c = mod11(ten, ACC);
    return c === 10 ? null : ten + c;
  })
  .filter((d): d is string => d !== null);

const ACCOUNT_SPELLINGS: Array<(d: string) => string> = [
  (d) => `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`,
  (d) => `${d.slice(0, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
  (d) => d,
];

describe("account numbers in every spelling", () => {
  test("a generated MOD11-valid account number is found, spaced, dotted, solid or glued", () => {
    fc.assert(
      fc.property(accountArb, fc.integer({ min: 0, max: ACCOUNT_SPELLINGS.length - 1 }), fc.constantFrom("kontonummer ", "konto:", "kontonr."), words, tail, (d, s, intro, before, end) => {
        const written = ACCOUNT_SPELLINGS[s](d);
        const pre = `${before} ${intro}`;
        const text = `${pre}${written}${end}`;
        expect(detectAccountNumbers(text).map((x) => [x.start, x.text, x.value])).toEqual([[pre.length, written, d]]);
      }),
      { numRuns: 300 },
    );
  });
  test("a wrong check digit is not an account number", () => {
    fc.assert(
      fc.property(accountArb, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: ACCOUNT_SPELLINGS.length - 1 }), (d, delta, s) => {
        const bad = d.slice(0, 10) + String((Number(d[10]) + delta) % 10);
        expect(detectAccountNumbers(`Nummer ${ACCOUNT_SPELLINGS[s](bad)}.`)).toEqual([]);
        // Called an account number by the draft, it is one: a wrong check digit is a typo, not a licence to publish it.
        expect(detectAccountNumbers(`Kontonummer ${ACCOUNT_SPELLINGS[s](bad)}.`).length).toBe(1);
      }),
      { numRuns: 200 },
    );
  });
});
