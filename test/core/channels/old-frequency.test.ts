// "every four weeks instead of every three weeks": an old length or frequency is no day a reader could take for the
// event's; the sentence that says the change is said whole (before, it was dropped, and the SMS lost the change).
import { variants } from "../../../src/core/channels";

const en = `Changes to glass collection from week 10

From week 10, glass and metal will be collected every eight weeks instead of every six weeks. This applies to all households.

Fjellby Municipality
`;

const nb = `Endret tømming av glass fra uke 10

Fra uke 10 tømmer vi glass og metall hver åttende uke i stedet for hver sjette uke.

Fjellby kommune
`;

describe("an old frequency", () => {
  it.each([["en", en, "every eight weeks"], ["nb", nb, "hver åttende uke"]])("keeps the %s sentence that changes it", (_l, draft, said) => {
    const r = variants(draft);
    expect(r.variants.sms.text).toContain(said);
    expect(r.variants.post.text).toContain(said);
  });
});
