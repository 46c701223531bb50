// "Stemmer du i en annen kommune, bør du gjøre det senest fredag 3. september": a verb-first clause with the reader
// in it, then the main clause inverted, limits the action to some readers, whatever the verb. A clause that opens
// on a subordinator ("Før du bestemmer deg …, må du …") is no such condition.
import { variants } from "../../../src/core/channels";

const draft = `Valg 2027

Mandag 13. september er det valg i Fjellby.

Du kan forhåndsstemme hvor du vil i landet. Bor du i utlandet, må du sende stemmen senest fredag 3. september.

Fjellby kommune
`;

describe("a verb-first condition on the reader", () => {
  it("makes the action one for some readers, left out of the public SMS", () => {
    const r = variants(draft);
    const a = r.message.actions.find((x) => x.text.includes("sende stemmen"));
    expect(a?.condition).toBe("Bor du i utlandet");
    expect(r.variants.sms.text).not.toContain("sende stemmen");
  });
  it("is not read from a clause that opens on a subordinator", () => {
    const r = variants("Navn på foretaket\n\nFør du bestemmer deg for navn, må du sjekke om domenet er ledig.\n\nFjellby kommune\n");
    expect(r.message.actions.find((x) => x.text.includes("sjekke"))?.condition).toBeUndefined();
  });
});
