// A text written to one group of readers that names them in its first action ("Du som driver gårdsbruk, må levere
// søknaden innen 15. oktober"): the relative clause names the subject of the modal, the action is the text's main
// one (the public SMS says it with its readers), and "utsatt frist til <dato>" is a deadline, never the event's time.
import { variants } from "../../../src/core/channels";
import { readerActs } from "../../../src/core/message/actions";

const nb = `Husk søknadsfristen for produksjonstilskudd

Du som driver gårdsbruk, må levere søknaden om produksjonstilskudd innen 15. oktober 2027. Hvis du har en rådgiver i landbrukskontoret, kan hen få utsatt frist til 1. november.

Søknaden sender du på landbruksdirektoratet.no.

Hilsen
Landbrukskontoret i Nordfjell kommune
`;

describe("a group named by «Du som …»", () => {
  it("is the subject of the modal after the comma", () => {
    expect(readerActs("Du som driver gårdsbruk, må levere søknaden innen 15. oktober.", "nb")).toBe(true);
    expect(readerActs("Dere som bor i Nordgata, må flytte bilene før kl. 07.", "nb")).toBe(true);
    expect(readerActs("Du som driver gårdsbruk, får svar innen 15. oktober.", "nb")).toBe(false);
  });
  it("the deadline the extension moves to is a deadline, not when something happens", () => {
    const r = variants(nb);
    expect(r.message.events[0]?.when?.text ?? "").not.toContain("1. november");
    expect(r.message.times.find((t) => t.text.includes("1. november"))?.role).toBe("deadline");
  });
  it("the public SMS gives the main deadline with the readers it is for", () => {
    const sms = variants(nb).variants.sms.text;
    expect(sms).toContain("15. oktober");
    expect(sms).toContain("Du som driver gårdsbruk");
    expect(sms).not.toMatch(/Når: 1\. november|Frist: 1\. november/);
  });
});
