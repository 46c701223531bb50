// Red-team round 29, public notices:
// - "How to apply" over numbered steps was no steps head, so "3. Submit the form by Sunday 28 February at 23:59" was
//   no step: the SMS of an application notice gave no deadline and said "Bring gloves." instead;
// - "Bring gloves." belongs to the introduction day named in the sentence before it: alone it sends readers nowhere;
// - "Da er det mørkt i gatene fra kl. 1600 til kl. 2200" (hours, no day) was the key time over "Her blir det mørkt:"
//   and the streets with their dates: neither the SMS nor the post said which streets go dark on which evenings.
import { variants } from "../../../src/core/channels";

const allotment = [
  "Apply for an allotment garden at Solberg",
  "",
  "Bergvik Municipality has 24 allotment plots for rent at Solberg community garden this season. Each plot is 25 square metres.",
  "",
  "How to apply",
  "1. Fill in the form at bergvik.kommune.no/allotment.",
  "2. Choose whether you want a raised bed or a ground plot.",
  "3. Submit the form by Sunday 28 February at 23:59.",
  "",
  "Introduction day",
  "There will be an introduction day for new gardeners on Saturday 24 April at 11:00 at the garden. Bring gloves.",
  "",
  "Bergvik Municipality",
].join("\n");

describe("numbered steps under «How to apply»", () => {
  const r = variants(allotment, { language: "en" });
  it("are one step, with the deadline of its last item", () => {
    const steps = r.message.actions.find((a) => a.text.startsWith("1. Fill in the form"));
    expect(steps?.text).toContain("3. Submit the form by Sunday 28 February at 23:59.");
    expect(steps?.deadline?.text).toBe("Sunday 28 February");
  });
  it("the SMS and the post give the deadline, and not what to bring to another event", () => {
    for (const out of [r.variants.sms.text, r.variants.post.text]) {
      expect(out).toContain("28 February");
      expect(out).not.toContain("Bring gloves");
    }
  });
});

describe("what to bring, said with its event", () => {
  it("is said when the sentence before it is the key event", () => {
    const text = [
      "Open day at the fire station",
      "",
      "Come to the open day at the fire station on Saturday 24 April from 11:00 to 15:00. Bring the children.",
      "",
      "Bergvik Municipality",
    ].join("\n");
    expect(variants(text, { language: "en" }).variants.sms.text).toContain("Bring the children.");
  });
});

describe("hours with no day over a schedule of days", () => {
  const text = [
    "Gatelysene skiftes ut – noen kvelder blir det mørkt",
    "",
    "Lindvik kommune bytter ut 420 gamle gatelys med nye LED-lys.",
    "",
    "Mens arbeidet pågår, må strømmen til gatelysene slås av noen kvelder. Da er det mørkt i gatene fra kl. 1600 til kl. 2200.",
    "",
    "Her blir det mørkt:",
    "- Storgata og Kirkegata: mandag 8. november og tirsdag 9. november",
    "- Kjelleveien og Bekkelia: torsdag 11. november",
    "- Skolebakken: mandag 15. november",
    "",
    "Lindvik kommune",
  ].join("\n");
  const r = variants(text, { language: "nb" });
  it("the key event is the schedule", () => {
    expect(r.message.events[0].what.text.startsWith("Her blir det mørkt:")).toBe(true);
    expect(r.message.events[0].when?.text).toBe("mandag 8. november");
  });
  it("the SMS and the post say which streets go dark on which evenings", () => {
    for (const out of [r.variants.sms.text, r.variants.post.text]) {
      expect(out).toContain("Storgata og Kirkegata mandag 8. november og tirsdag 9. november");
      expect(out).toContain("Skolebakken mandag 15. november");
    }
  });
});

describe("a place the key event leaves out, and its own time instead", () => {
  const text = [
    "Test av tyfonene onsdag 2. juni kl. 1200",
    "",
    "Sivilforsvaret tester varslingsanleggene over hele landet onsdag 2. juni kl. 1200. I Strandby kommune står det tyfoner i sentrum, ved Havna og på Moen.",
    "",
    "Du trenger ikke gjøre noe når du hører testen.",
    "",
    "Tyfonen på Moen er under reparasjon og blir ikke testet denne gangen. Den testes i stedet tirsdag 8. juni kl. 1200.",
    "",
    "Strandby kommune",
  ].join("\n");
  const r = variants(text, { language: "nb" });
  it("are events of their own, and the key event has no place that takes the left-out one in", () => {
    expect(r.message.events.map((e) => e.status)).toEqual(["planned", "cancelled", "planned"]);
    expect(r.message.events[2].when?.text).toBe("tirsdag 8. juni");
    expect(r.message.events[0].where).toBeUndefined();
  });
  it("the SMS and the post say both, and the other body's test stays theirs («Den testes», never «Vi tester den»)", () => {
    for (const out of [r.variants.sms.text, r.variants.post.text]) {
      expect(out).toContain("Tyfonen på Moen er under reparasjon og blir ikke testet denne gangen.");
      expect(out).toContain("Den testes i stedet tirsdag 8. juni kl. 1200.");
      expect(out).not.toContain("Sted:");
    }
    expect(r.message.relayedFrom?.text).toBe("Sivilforsvaret");
  });
});

describe("a post whose title promises a second thing", () => {
  const text = [
    "Båndtvang fra 1. april – og lenger i Åsmarka",
    "",
    "Fra torsdag 1. april til og med fredag 20. august er det båndtvang for hund i hele Åsli kommune. Da må hunden alltid være i bånd eller forsvarlig innestengt.",
    "",
    "I Åsmarka naturreservat varer båndtvangen lenger, fra 1. mars til 31. oktober, fordi reservatet er hekkeområde for storfugl og orrfugl.",
    "",
    "Husk også å plukke opp etter hunden.",
    "",
    "Les mer på asli.kommune.no/bandtvang.",
    "",
    "Åsli kommune",
  ].join("\n");
  it("says the sentence that keeps the promise, before a reminder of something else", () => {
    const post = variants(text, { language: "nb" }).variants.post.text;
    expect(post).toContain("I Åsmarka naturreservat varer båndtvangen lenger, fra 1. mars til 31. oktober.");
    expect(post).toContain("Fra torsdag 1. april til og med fredag 20. august er det båndtvang");
    expect(post).not.toContain("Husk også");
  });
});

describe("a numbered step said alone", () => {
  it("loses its number, not its words", () => {
    const text = [
      "Gratis radonmåling for bustader i Nordbygda",
      "",
      "Radon er ein radioaktiv gass som kan kome opp frå grunnen. Den einaste måten å vite om du har radon i bustaden, er å måle.",
      "",
      "Slik gjer du det:",
      "1. Hent to målebrikker på servicetorget i rådhuset frå måndag 1. november. Servicetorget er ope måndag–fredag kl. 0830–1530.",
      "2. Legg éi brikke på eit soverom og éi i stova.",
      "3. La brikkene liggje i minst to månader.",
      "4. Lever brikkene attende på servicetorget innan fredag 28. april 2028.",
      "",
      "Vik kommune",
    ].join("\n");
    const post = variants(text, { language: "nn" }).variants.post.text;
    expect(post).toContain("Hent to målebrikker på servicetorget i rådhuset frå måndag 1. november.");
    expect(post).not.toMatch(/(?:^|\n| )1\. Hent/);
  });
});
