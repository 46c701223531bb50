// Rows that open alike in lower case ("natt til tysdag …" / "natt til torsdag …") stay apart in the SMS, and a time
// the rows already say is not said again as "Når:". A way round is said with what it goes round. A date that restates
// a named deadline ("…, altså 9. april") is the deadline.
import { variants } from "../../../src/core/channels";
import { flattenBlock } from "../../../src/core/channels/render";

const nights = `Straumbrot to netter i Lunde

Vi må byte ein kabel. Det blir straumbrot i Lunde to netter:

natt til måndag 9. mars frå kl. 22.00 til kl. 04.00
natt til onsdag 11. mars frå kl. 22.00 til kl. 04.00

Lunde Energi
`;

describe("rows that open alike", () => {
  it("are flattened one after the other", () => {
    expect(flattenBlock("natt til måndag 9. mars frå kl. 22.00 til kl. 04.00\nnatt til onsdag 11. mars frå kl. 22.00 til kl. 04.00", "nn")).toBe(
      "natt til måndag 9. mars frå kl. 22.00 til kl. 04.00; natt til onsdag 11. mars frå kl. 22.00 til kl. 04.00",
    );
  });
  it("are said once in the SMS, both nights", () => {
    const sms = variants(nights).variants.sms.text;
    expect(sms).toMatch(/natt til måndag 9\. mars frå kl\. 22\.00 til kl\. 04\.00; natt til onsdag 11\. mars/i);
    expect(sms).not.toMatch(/Når:/);
  });
});

const path = `Anleggsarbeid ved Lia skole

Vi bygger nytt tilbygg ved Lia skole fra mandag 4. mai til fredag 30. oktober.

Gangveien langs skolen blir stengt i hele perioden. Bruk fortauet langs Liavegen.

Fjellby kommune
`;

describe("a way round", () => {
  it("is said with what is closed, never alone", () => {
    const sms = variants(path).variants.sms.text;
    if (sms.includes("Bruk fortauet")) expect(sms).toMatch(/(?:Gangveien langs skolen blir stengt|Vi stenger [Gg]angveien langs skolen) i hele perioden\. Bruk fortauet langs Liavegen\./);
    expect(sms).not.toMatch(/(?<!perioden\. )Bruk fortauet/);
  });
});

const tax = `Eiendomsskatt 2027

Eiendomsskattelisten ligger ute fra 1. mars. Klagefristen er seks uker fra listen ble lagt ut 1. mars, altså 12. april.

Fjellby kommune
`;

describe("a date that restates a named deadline", () => {
  it("is the deadline", () => {
    const t = variants(tax).message.times.find((x) => x.text.includes("12. april"));
    expect(t?.role).toBe("deadline");
  });
});

const race = `Road race on Saturday

The Fjord Race passes through Fjellby on Saturday 12 June.

Buses on route 100 will not stop in Fjellby centre during the race. Use the temporary stop at the school.

Fjellby Municipality
`;

describe("a way round what no longer stops there", () => {
  it("is said with it", () => {
    const sms = variants(race).variants.sms.text;
    if (sms.includes("Use the temporary stop")) expect(sms).toContain("will not stop in Fjellby centre during the race. Use the temporary stop");
    expect(sms).not.toMatch(/(?<!race\. )Use the temporary stop/);
  });
});
