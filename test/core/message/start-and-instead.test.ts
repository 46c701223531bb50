// Own drafts after red-team round 18:
// - a ban "frå i dag" with no end is a start, and the SMS says "frå": "forbod …: i dag" reads as a ban for one day;
// - "i staden for bål blir det konsert kl. 19.00": the time after the verb is what comes instead, not the old time.
import { variants } from "../../../src/core/channels";

describe("a start with no end", () => {
  const draft = [
    "Stor skogbrannfare – forbod mot open eld",
    "",
    "Det er no meldt stor skogbrannfare i heile Nordby. Med verknad frå i dag, tysdag 1. juli, er det difor totalforbod mot all bruk av open eld i skog og utmark, også på grillplassar og med eingongsgrill. Forbodet gjeld til det blir oppheva.",
    "",
    "Ser du brann, ring 110.",
    "",
    "Nordby kommune",
  ].join("\n");
  const r = variants(draft, { locale: "nn" });
  it("the event's time is a start, said with its «frå» wherever a channel says the time alone", () => {
    expect(r.message.events[0].when?.openEnded?.text).toBe("frå i dag, tysdag 1. juli");
    for (const t of [r.variants.sms.text, r.variants.post.text]) expect(t).not.toMatch(/(?:: |Når: )i dag, tysdag 1\. juli/);
  });
});

describe("what comes instead", () => {
  it("the time in the clause after «i staden for …» is new", () => {
    const r = variants(["Sankthans i parken", "", "Det blir ikkje bål i år. I staden for bål blir det konsert kl. 19.00 i Nordbyparken.", "", "Nordby kommune"].join("\n"));
    expect(r.message.times.find((t) => t.text.includes("19.00"))?.role).toBe("new");
  });
  it("a time inside «i staden for» is still the old one (a guard)", () => {
    const r = variants(["Møtet er flytta", "", "Møtet blir halde onsdag 4. juni i staden for tysdag 3. juni.", "", "Nordby kommune"].join("\n"));
    expect(r.message.times.find((t) => t.text.includes("3. juni"))?.role).toBe("superseded");
  });
});

describe("two weeks together", () => {
  it.each([
    ["Brannvesenet besøker heimar i Sørbyen i veke 38 og 39.", "veke 38 og 39"],
    ["Firefighters will visit homes during weeks 38 and 39.", "weeks 38 and 39"],
    ["Vi tilbyr drop-in i uke 42–43.", "uke 42–43"],
  ])("%s", (s, whole) => {
    const r = variants(["Besøk", "", s, "", "Nordby kommune"].join("\n"));
    expect(r.message.times.some((t) => t.text === whole)).toBe(true);
    expect(r.variants.sms.text).toContain(whole.replace("–", "-"));
  });
});
