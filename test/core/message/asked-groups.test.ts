// An instruction after a question or a condition on the reader is for those readers only; a place in a sentence
// with another time is that time's place. Own drafts (not in the development set).
import { variants } from "../../../src/core/channels";

describe("an instruction after a question to some readers", () => {
  const draft = [
    "Vårmarked i Nordby park lørdag 9. mai",
    "",
    "Velkommen til vårmarked i Nordby park lørdag 9. mai kl. 11.00–15.00!",
    "",
    "Vil du ha en bod på markedet? Meld deg på innen 1. mai til Nordby vel på post@nordbyvel.no. En bod koster 100 kroner, som betales på dagen.",
    "",
    "Nordby kommune",
  ].join("\n");
  it("is for those who want a stall, with the paragraph's next instruction too", () => {
    const acts = variants(draft).message.actions;
    expect(acts.length).toBeGreaterThan(0);
    for (const a of acts) expect(a.condition).toMatch(/^Vil du ha en bod/);
  });
  it("neither the SMS nor the post gives everyone the stall deadline", () => {
    const r = variants(draft);
    expect(r.variants.sms.text).not.toMatch(/1\. mai/);
    expect(r.variants.post.text).not.toMatch(/1\. mai/);
  });
  it("the place keeps its venue word («Nordby park»)", () => {
    expect(variants(draft).message.events[0].where?.text).toBe("Nordby park");
  });
});

describe("a condition on the reader in the sentence before", () => {
  const draft = [
    "Kommunevalget 2027",
    "",
    "Valgdagen er mandag 13. september. Du kan stemme på rådhuset kl. 09.00–20.00.",
    "",
    "Kan du ikke komme deg til et stemmelokale på grunn av sykdom, kan du søke om å stemme hjemme. Søknaden må være kommet fram innen torsdag 9. september kl. 12.00.",
    "",
    "Valgstyret i Nordby kommune",
  ].join("\n");
  it("makes the application deadline theirs, not a deadline for voting", () => {
    const r = variants(draft);
    expect(r.message.actions.find((a) => /Søknaden/.test(a.text))?.condition).toMatch(/^Kan du ikke komme/);
    expect(r.variants.sms.text).not.toMatch(/9\. september/);
    expect(r.variants.post.text).not.toMatch(/Frist: torsdag 9\. september/);
  });
  it("«Har du spørsmål, …» sets no condition", () => {
    const q = ["Innbyggermøte", "", "Innbyggermøtet er tirsdag 3. mars kl. 18.00 på rådhuset.", "", "Har du spørsmål, ring oss. Meld deg på innen 1. mars.", "", "Nordby kommune"].join("\n");
    expect(variants(q).message.actions.find((a) => /Meld deg på/.test(a.text))?.condition).toBeUndefined();
  });
});

describe("a place in another sentence with its own time", () => {
  const draft = [
    "Stortingsvalget 2029",
    "",
    "Valgdagen er mandag 10. september. Kommunen har i tillegg valgdag søndag 9. september i Solvang krets.",
    "",
    "Valgstyret i Fjellvang kommune",
  ].join("\n");
  it("is not where the key event is", () => {
    expect(variants(draft).message.events[0].where?.text ?? "").not.toMatch(/Solvang/);
  });
});
