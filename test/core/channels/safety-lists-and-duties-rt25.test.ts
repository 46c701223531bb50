// Red-team round 25. Safety advice in a list ("Råd til alle:" / "- Ikke stopp bilen …" / "- Hører du drønn …, gå bort
// … og ring 112"), a rule said as "Det er forbudt å parkere …" and "Always call 116 117 before you come" are what the
// reader must do; one item the model did not read as a step must not drop the whole list. And after a condition on the
// reader ("Hvis du finner levende lus, må barnet behandles …") a duty in the passive is never the writer's. Own drafts.
import { variants } from "../../../src/core/channels";
import { readerActs } from "../../../src/core/message/actions";
import { activeVoice } from "../../../src/core/channels/active";

describe("steps the model must read", () => {
  it("a condition said verb first, then an imperative", () => {
    expect(readerActs("Hører du drønn eller ser stein i bevegelse, gå bort fra fjellsiden og ring 112.", "nb")).toBe(true);
    expect(readerActs("Ser du røyk, ring 110.", "nb")).toBe(true);
    expect(readerActs("Høyrer du drønn, gå bort frå fjellsida.", "nn")).toBe(true);
    // (Verb first without an imperative after the comma is no step.)
    expect(readerActs("Vel du å søkja seinare, kan saka ta lengre tid.", "nn")).toBe(false);
  });
  it("«Ikke stopp …» and «Always call …»", () => {
    expect(readerActs("Ikke stopp bilen langs fylkesveien under fjellsiden.", "nb")).toBe(true);
    expect(readerActs("Always call 116 117 before you come.", "en")).toBe(true);
    expect(readerActs("Alltid ring legevakten før du kommer.", "nb")).toBe(true);
  });
  it("a rule said as forbidden or not allowed", () => {
    expect(readerActs("Det er forbudt å parkere langs fylkesvei 110.", "nb")).toBe(true);
    expect(readerActs("Det er ikkje lov å køyre på fortauet.", "nn")).toBe(true);
    expect(readerActs("It is not allowed to park in the ambulance bays.", "en")).toBe(true);
    // (What was forbidden before is news, not a step.)
    expect(readerActs("Det var forbudt å parkere der i fjor.", "nb")).toBe(false);
  });
});

describe("a list of safety advice", () => {
  const d = [
    "Farevarsel: fare for steinsprang i Skredbakken",
    "",
    "Geologen vurderer at det er fare for nye steinsprang de neste dagene. Kommunen har stengt gang- og sykkelstien langs Skredbakken fra onsdag 16. oktober kl. 15.00.",
    "",
    "Råd til alle:",
    "- Ikke gå inn på stengte områder, selv om det ser trygt ut.",
    "- Ikke stopp bilen langs fylkesveien under fjellsiden.",
    "- Hold barn og hunder borte fra skråningen.",
    "- Hører du drønn eller ser stein i bevegelse, gå bort fra fjellsiden og ring 112.",
    "",
    "Stranda kommune",
  ].join("\n");
  it("is read as the steps it gives", () => {
    const acts = variants(d, { language: "nb" }).message.actions.map((a) => a.text);
    expect(acts.some((a) => a.includes("Ikke gå inn på stengte områder"))).toBe(true);
    expect(acts.some((a) => a.includes("ring 112"))).toBe(true);
  });
  it("and the SMS gives a step, not «the draft says nothing of what to do»", () => {
    const r = variants(d, { language: "nb" });
    expect(r.variants.sms.text).toMatch(/Ikke gå inn på stengte områder|ring 112/);
    expect((r.variants.sms.omitted ?? []).some((o) => o.part === "action" && o.why === "not-in-draft")).toBe(false);
  });
});

describe("a passive duty after a condition on the reader", () => {
  it("is not turned into the writer's duty", () => {
    const out = activeVoice("Hvis du finner levende lus, må barnet behandles før det kommer tilbake på skolen.", "nb", "behandles");
    expect(out ?? "").not.toMatch(/må vi behandle/);
  });
  it("in the letter either", () => {
    const d = [
      "Hodelus på Solbakken skole",
      "",
      "Vi har fått melding om hodelus hos flere elever på 3. trinn.",
      "",
      "Hvis du finner levende lus, må barnet behandles før det kommer tilbake på skolen.",
      "",
      "Vennlig hilsen",
      "Solbakken skole",
    ].join("\n");
    const letter = variants(d, { language: "nb" }).variants.letter.text;
    expect(letter).not.toMatch(/[Vv]i behandle|må vi behandle/);
    expect(letter).toMatch(/barnet/);
  });
});

describe("rules in a list under «Dette gjelder …:»", () => {
  const d = [
    "Nye parkeringsregler ved Sjøstrand badeplass",
    "",
    "Fra lørdag 1. juni innfører kommunen nye regler for parkeringen ved Sjøstrand badeplass. Parkeringsplassen har bare 120 plasser.",
    "",
    "Dette gjelder fra 1. juni til 31. august:",
    "- Parkering koster 30 kroner per time mellom kl. 09.00 og kl. 21.00.",
    "- Det er forbudt å parkere langs fylkesvei 110 på hele strekningen mellom Hauge og Sjøstrand.",
    "",
    "Fredrikstad kommune",
  ].join("\n");
  it("a rule after a bullet that is no step is still read", () => {
    const acts = variants(d, { language: "nb" }).message.actions.map((a) => a.text);
    expect(acts.some((a) => a.includes("forbudt å parkere langs fylkesvei 110"))).toBe(true);
  });
  it("and the SMS says it rather than the background", () => {
    expect(variants(d, { language: "nb" }).variants.sms.text).toMatch(/forbudt å parkere langs fylkesvei 110/);
  });
  it("a thing said to be not allowed in a relative clause is no rule for the reader", () => {
    expect(readerActs("The sign is 8 metres wide and blinks, which is not allowed along the E8.", "en")).toBe(false);
    expect(readerActs("Overnatting i bil på badeplassen er ikke tillatt.", "nb")).toBe(true);
  });
  it("a ban takes no deadline from the sentence next to it", () => {
    const j = [
      "Vedtak om elgkvote",
      "",
      "Jakttida er frå 25. september til og med 31. oktober. Det er ikkje lov å jakte på søndagar i september.",
      "",
      "Felte dyr skal meldast i Hjorteviltregisteret innan 14 dagar etter at dyret er felt.",
      "",
      "Ullensvang kommune",
    ].join("\n");
    const ban = variants(j, { language: "nn" }).message.actions.find((a) => a.text.includes("søndagar"));
    expect(ban).toBeDefined();
    expect(ban?.deadline).toBeUndefined();
  });
});

describe("rules under «Dette er nytt:»", () => {
  const d = [
    "Nye reglar for elsparkesyklar i Førde sentrum",
    "",
    "Frå måndag 2. juni gjeld nye reglar for parkering av elsparkesyklar i Førde sentrum.",
    "",
    "Dette er nytt:",
    "- Elsparkesyklar skal berre parkerast i dei merkte sonene.",
    "- Det er forbode å køyre på fortau i Langebruvegen og Hafstadvegen.",
    "",
    "Du som brukar elsparkesykkel, må vere minst 12 år. Vi tilrår at alle brukar hjelm.",
    "",
    "Sunnfjord kommune",
  ].join("\n");
  const r = variants(d, { language: "nn" });
  it("a ban after a passive rule is still the reader's, and the SMS says it", () => {
    expect(r.message.actions.some((a) => a.text.includes("forbode å køyre på fortau"))).toBe(true);
    expect(r.variants.sms.text).toMatch(/forbode å køyre på fortau/);
  });
  it("a recommendation to all takes no group from the sentence before", () => {
    const rec = r.message.actions.find((a) => a.text.startsWith("Vi tilrår at alle"));
    expect(rec).toBeDefined();
    expect(rec?.condition).toBeUndefined();
  });
});

describe("lines that are steps, not «questions?»", () => {
  it("«Påmelding: … eller telefon …» gets no «Har du spørsmål?» heading", () => {
    const d = ["Gratis kurs i hjarte-lunge-redning", "", "Kommunen inviterer til kurs tysdag 8. oktober kl. 18.00 i Ål kulturhus.", "", "Påmelding: al.kommune.no/hlr eller telefon 32 08 50 00.", "", "Ål kommune"].join("\n");
    const letter = variants(d, { language: "nn" }).variants.letter.text;
    expect(letter).not.toMatch(/Har du spørsmål\?\nPåmelding/);
    expect(letter).toMatch(/Påmelding: al\.kommune\.no\/hlr eller telefon 32 08 50 00/);
  });
  it("«Contact your GP first …» is a step, not a contact line", () => {
    const d = ["The emergency clinic moves", "", "From Monday 3 February the emergency clinic moves to Brumunddal helsehus.", "", "Your regular GP is open as usual during the daytime. Contact your GP first on weekdays between 8 am and 3 pm.", "", "Ringsaker Municipality"].join("\n");
    const letter = variants(d, { language: "en" }).variants.letter.text;
    expect(letter).not.toMatch(/Questions\?\nContact your GP first/);
  });
});

describe("what may happen after a condition on the reader (round 26)", () => {
  it("is no leave given to the reader", () => {
    const out = activeVoice("Hvis dere ikke møter, kan forretningen likevel holdes.", "nb", "holdes");
    expect(out ?? "").not.toMatch(/kan (?:du|dere) likevel holde/);
  });
  it("the writer's own decision still turns", () => {
    expect(activeVoice("Dersom du ikke svarer innen fristen, kan søknaden bli avslått.", "nb", "avslått") ?? "").not.toMatch(/kan du avslå/);
  });
});
