// A public hearing that names its deadline in a sentence of its own ("Høringsfristen er fredag 5. mars 2027.") and
// gives no reader action with a deadline: the SMS says that sentence, not a step without one.
import { variants } from "../../../src/core/channels";

const nb = `Høring: Trafikksikkerhetsplan for Nordvik 2027–2030

Kommunestyret har sendt forslag til ny trafikksikkerhetsplan på høring.

Hva mener du? Høringsfristen er fredag 5. mars 2027. Du kan sende innspill via skjemaet på nordvik.kommune.no/horing. Merk innspillet med saksnummer 27/118.

Vi holder et åpent møte tirsdag 16. februar kl. 18.00 på Nordvik rådhus.

Med vennlig hilsen
Nordvik kommune
`;

describe("a hearing's named deadline", () => {
  it("is in the SMS", () => {
    const sms = variants(nb).variants.sms.text;
    expect(sms).toContain("5. mars");
    expect(sms).not.toContain("27/118");
  });
});
