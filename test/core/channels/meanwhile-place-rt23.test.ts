// Round 23 of the red team: a closed service says where it is meanwhile ("During the renovation we will be at
// Kirkeveien 5, 2nd floor"): the SMS and the post said it was closed and recommended the bus, but never where to go.
// That sentence is the way round the closure (message.detour); a suggestion gives way to it. Own drafts.
import { variants } from "../../../src/core/channels";

const en = [
  "The health station moves while we renovate",
  "",
  "The health station for children and young people at Storgata 12 will be closed for renovation from Monday 2 June to Friday 29 August. The building needs new ventilation and a new entrance with step-free access.",
  "",
  "During the renovation we will be at Kirkeveien 5, 2nd floor (entrance from the car park behind the library). All appointments that have already been booked will go ahead as planned, at the new address.",
  "",
  "There is limited parking at Kirkeveien. We recommend that you take the bus (lines 2 and 5, stop \"Biblioteket\") or walk.",
  "",
  "Kind regards",
  "Tønsberg municipality",
].join("\n");

const nb = [
  "Legekontoret flytter midlertidig",
  "",
  "Bakke legekontor i Storgata 3 er stengt for ombygging fra mandag 2. juni til fredag 29. august.",
  "",
  "I stengeperioden holder vi til i Kirkeveien 5, 2. etasje. Timer du allerede har fått, gjelder som før.",
  "",
  "Vi anbefaler at du tar bussen, fordi det er få parkeringsplasser.",
  "",
  "Hilsen Bakke kommune",
].join("\n");

describe("where a closed service is meanwhile", () => {
  it("is the message's way round the closure", () => {
    expect(variants(en, { language: "en" }).message.detour?.text).toMatch(/Kirkeveien 5/);
    expect(variants(nb, { language: "nb" }).message.detour?.text).toMatch(/Kirkeveien 5/);
  });
  it("is in the SMS and the post, before a suggestion", () => {
    for (const [d, language] of [[en, "en"], [nb, "nb"]] as const) {
      const r = variants(d, { language });
      expect(r.variants.sms.text).toMatch(/Kirkeveien 5/);
      expect(r.variants.post.text).toMatch(/Kirkeveien 5/);
    }
  });
  it("is not taken from a sentence that is no closure's", () => {
    const d = [
      "Nye timer på helsestasjonen",
      "",
      "Helsestasjonen har nye åpningstider fra mandag 2. juni.",
      "",
      "I denne perioden holder vi også kurs på Kirkeveien 5.",
      "",
      "Hilsen Bakke kommune",
    ].join("\n");
    expect(variants(d, { language: "nb" }).message.detour).toBeUndefined();
  });
});

// Round 24: the title says the hall is closed ("Nordby Sports Hall closed for new floor") while the first sentence
// calls off a tournament; where clubs go meanwhile is still the way round the closure.
describe("where to go meanwhile, under a title that says closed", () => {
  const d = [
    "Nordby Sports Hall closed for new floor",
    "",
    "The handball tournament on Saturday 15 February is cancelled. Nordby Sports Hall will be closed from Monday 3 February to Friday 28 March.",
    "",
    "During the closure, clubs and schools can use the gym at Nordby Upper Secondary School, Skoleveien 12.",
    "",
    "Kind regards",
    "Ås Municipality",
  ].join("\n");
  it("is the message's detour and in the SMS", () => {
    const r = variants(d, { language: "en" });
    expect(r.message.detour?.text).toMatch(/Skoleveien 12/);
    expect(r.variants.sms.text).toMatch(/Skoleveien 12/);
  });
});
