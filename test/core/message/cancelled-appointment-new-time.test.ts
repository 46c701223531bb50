// A letter to one person that calls an appointment off and gives a new one: the key is what is called off, with its
// own time; the new appointment is an event of its own, and the SMS says both, never the new time as the called-off
// one's. Own drafts (not in the development set).
import { variants } from "../../../src/core/channels";

const nn = [
  "Timen din hos tannlegen er avlyst",
  "",
  "Til: Emma Solheim (f. 03.05.2014)",
  "",
  "Timen til rotfylling onsdag 12. mars kl. 09.30 på Voss tannklinikk er avlyst fordi tannlegen er sjuk.",
  "",
  "Du har fått ny time måndag 24. mars kl. 13.15 same stad.",
  "",
  "Kan du ikkje kome, må du ringje oss innan 20. mars på 57 51 20 00.",
  "",
  "Helsing",
  "Voss tannklinikk",
].join("\n");

const nb = [
  "Avlyst time på legekontoret",
  "",
  "Hei Ola Berg,",
  "",
  "Timen din hos fastlegen tirsdag 3. juni kl. 10.00 er avlyst fordi legen er på kurs.",
  "",
  "Du har fått ny time fredag 6. juni kl. 08.30.",
  "",
  "Med vennlig hilsen",
  "Nordby legekontor",
].join("\n");

describe.each([
  ["nn", nn, "onsdag 12. mars", "måndag 24. mars", /rotfylling|sjuk/],
  ["nb", nb, "tirsdag 3. juni", "fredag 6. juni", /kurs/],
])("an appointment called off with a new one (%s)", (_l, draft, old, fresh, caseWords) => {
  const r = variants(draft);
  it("keys on what is called off, with its own time, and reads the new appointment as its own event", () => {
    expect(r.message.kind).toBe("cancellation");
    expect(r.message.events[0].status).toBe("cancelled");
    expect(r.message.events[0].when?.text).toBe(old);
    expect(r.message.events.some((e) => e.status === "planned" && e.when?.text === fresh)).toBe(true);
  });
  it("the SMS says it is called off and gives the new time, and nothing of the case", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/avlyst/i);
    expect(sms).toContain(fresh);
    expect(sms).not.toMatch(caseWords);
    // The new time is never said as the called-off one's.
    expect(sms).not.toMatch(new RegExp(`avlyst[^.]*${fresh}`, "i"));
  });
});
