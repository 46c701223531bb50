// A draft that calls an event off and then moves it: the SMS says the new time, and the step for those who cannot
// come on the new date keeps its condition. Own drafts (not in the development set).
import { variants } from "../../../src/core/channels";
import { withCondition, sayableCondition } from "../../../src/core/channels/compose-util";

const personal = [
  "Kurset i førstehjelp er avlyst",
  "",
  "Hei Ola Hansen,",
  "",
  "Du er påmeldt kurset i førstehjelp på Frivilligsentralen tirsdag 4. mai kl. 18.00. Vi må dessverre avlyse kurset fordi instruktøren er syk.",
  "",
  "Kurset blir flyttet til torsdag 20. mai kl. 18.00. Påmeldingen din gjelder for den nye datoen.",
  "",
  "Kan du ikke komme på den nye datoen, får du kursavgiften tilbake. Du må be om refusjon innen 10. mai. Send en e-post til kurs@frivillig.no.",
  "",
  "Med vennlig hilsen",
  "Frivilligsentralen i Nordby",
].join("\n");

describe("an event called off and moved, in a letter to one person", () => {
  const r = variants(personal);
  it("reads «Du må be om refusjon» as the reader's step, for those who cannot come on the new date", () => {
    const a = r.message.actions.find((x) => /be om refusjon/.test(x.text));
    expect(a).toBeDefined();
    expect(a!.condition).toMatch(/^Kan du ikke komme på den nye datoen/);
    expect(a!.deadline?.text).toBe("10. mai");
  });
  it("the SMS gives the new date and the refund deadline with its condition", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/torsdag 20\. mai kl\. 18\.00/);
    expect(sms).toMatch(/Kan du ikke komme på den nye datoen, må du be om refusjon innen 10\. mai/);
    expect(sms).not.toMatch(/Fristen er 10\. mai/);
    expect(sms).not.toMatch(/4\. mai/);
  });
  it("signs with the volunteer centre from the signature block", () => {
    expect(r.message.sender?.name).toBe("Frivilligsentralen i Nordby");
  });
});

describe("the same draft sent to everyone", () => {
  const r = variants(personal.replace("Hei Ola Hansen,\n\n", ""), { message: { audience: "public" } });
  it("says the called-off time with what is called off, before the new time", () => {
    const sms = r.variants.sms.text;
    const old = sms.indexOf("4. mai");
    const fresh = sms.indexOf("20. mai");
    expect(fresh).toBeGreaterThan(-1);
    if (old >= 0) expect(old).toBeLessThan(fresh);
    expect(sms).not.toMatch(/Når: tirsdag 4\. mai/);
  });
});

describe("a step said after its condition", () => {
  it("turns a Norwegian subject-first step round (verb second)", () => {
    expect(withCondition("Kan du ikkje kome", "Du må ringje oss.", "nn")).toBe("Kan du ikkje kome, må du ringje oss.");
    expect(withCondition("Bor du i nærheten", "Hold vinduene lukket.", "nb")).toBe("Bor du i nærheten, hold vinduene lukket.");
  });
  it("leaves English word order alone", () => {
    expect(withCondition("If you cannot come", "You must call us.", "en")).toBe("If you cannot come, you must call us.");
  });
  it("says only conditions on the reader", () => {
    expect(sayableCondition("Kan du ikkje kome den nye datoen", "nn")).toBe("Kan du ikkje kome den nye datoen");
    expect(sayableCondition("Til deg som bor i nærleiken", "nn")).toBe("Bor du i nærleiken");
    expect(sayableCondition("Intensivavdelingen og fødeavdelingen har egne regler", "nb")).toBeUndefined();
  });
});
