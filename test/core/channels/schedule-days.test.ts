// A timetable too long for a short channel is said by all its days, never by its first row; a sentence that opens
// by pointing back at one left out stands alone. Own drafts (not in the development set).
import { variants } from "../../../src/core/channels";

const vaccine = [
  "Influensavaksine hausten 2026 – drop-in utan timebestilling",
  "",
  "Kommunen tilbyr influensavaksine til alle i risikogruppene. Vaksinen kostar 150 kroner.",
  "",
  "Vaksinasjonsdagar",
  "Tysdag 13. oktober kl. 12.00–18.00: Helsestasjonen, Storgata 4",
  "Torsdag 15. oktober kl. 09.00–14.00: Omsorgssenteret på Haugen, kantina",
  "Tysdag 20. oktober kl. 12.00–18.00: Helsestasjonen, Storgata 4",
  "Torsdag 22. oktober kl. 10.00–13.00: Bygdahuset på Leite (berre denne dagen)",
  "",
  "Helsestasjonen",
  "Fjordane kommune",
].join("\n");

describe("a timetable that does not fit", () => {
  it("the SMS names every day, and no one row's place as the place", () => {
    const sms = variants(vaccine).variants.sms.text;
    for (const d of ["13. oktober", "15. oktober", "20. oktober", "22. oktober"]) expect(sms).toContain(d);
    expect(sms).not.toMatch(/Stad: Storgata 4/);
  });
  it("the post names every day when it leaves the rows out", () => {
    const post = variants(vaccine).variants.post.text;
    for (const d of ["13. oktober", "15. oktober", "20. oktober", "22. oktober"]) expect(post).toContain(d);
  });
  it("no fact is reported missing for the hours the letter keeps", () => {
    const r = variants(vaccine);
    expect(r.variants.sms.findings.filter((f) => f.rule === "facts-missing")).toEqual([]);
    expect(r.variants.post.findings.filter((f) => f.rule === "facts-missing")).toEqual([]);
  });
});

describe("a sentence that opens by pointing back", () => {
  const draft = [
    "Vannet blir stengt i Skogveien natt til onsdag og natt til torsdag",
    "",
    "Vi skal koble til en ny hovedvannledning i Skogveien. For å gjøre dette må vannet stenges i to omganger:",
    "",
    "1. fra tirsdag 3. mars kl. 2200 til onsdag 4. mars kl. 0600",
    "2. fra onsdag 4. mars kl. 2200 til torsdag 5. mars kl. 0500",
    "",
    "Lillevik kommune",
  ].join("\n");
  it("loses the opener in the SMS and the post («Vannet må stenges …»)", () => {
    const r = variants(draft);
    expect(r.variants.sms.text).not.toMatch(/For å gjøre dette/);
    expect(r.variants.sms.text).toMatch(/Vannet må stenges i to omganger/);
  });
  it("a period row is not listed as a day", () => {
    expect(variants(draft).variants.sms.text).not.toMatch(/Datoer:/);
  });
});

describe("schedule rows right above the signature", () => {
  const draft = [
    "Vannet blir stengt i Skogveien natt til onsdag og natt til torsdag",
    "",
    "Vi skal koble til en ny hovedvannledning. Vannet blir stengt slik:",
    "",
    "1. fra tirsdag 3. mars kl. 2200 til onsdag 4. mars kl. 0600",
    "2. fra onsdag 4. mars kl. 2200 til torsdag 5. mars kl. 0500",
    "",
    "Lillevik kommune",
  ].join("\n");
  it("are the notice's times, not part of the signature", () => {
    const r = variants(draft);
    expect(r.message.events[0].when?.text).toBe("tirsdag 3. mars");
    expect(r.variants.sms.text).toMatch(/3\. mars/);
    expect(r.variants.sms.text).toMatch(/5\. mars/);
    expect(r.message.sender?.name).toBe("Lillevik kommune");
  });
});

describe("opening hours under a heading of their own", () => {
  const draft = [
    "Opningstider i romjula",
    "",
    "Servicetorget, biblioteket og symjehallen har endra opningstider i jula.",
    "",
    "Servicetorget",
    "Tysdag 22. desember: 08.00–13.00",
    "Julaftan 24. desember til og med 27. desember: stengt",
    "Måndag 28. og tysdag 29. desember: 10.00–14.00",
    "Nyttårsaftan 31. desember og 1. januar: stengt",
    "Frå måndag 4. januar: vanlege opningstider, 08.00–15.30",
    "",
    "Biblioteket",
    "Stengt frå og med 24. desember til og med 3. januar.",
    "",
    "Nordvik kommune",
  ].join("\n");
  it("the SMS says whose hours they are", () => {
    expect(variants(draft).variants.sms.text).toMatch(/^(?:Hei! )?Servicetorget – |Servicetorget - /);
  });
  it("the post never gives the first row as «Når:»", () => {
    expect(variants(draft).variants.post.text).not.toMatch(/Når: tysdag 22\. desember/);
  });
});

describe("table rows with no intro line", () => {
  it("are kept apart in the SMS, one row after the other", () => {
    const draft = [
      "Waste collection over Christmas",
      "",
      "Normal day -> new collection day",
      "Thursday 24 December -> Wednesday 23 December",
      "Friday 25 December -> Saturday 26 December",
      "",
      "Bay Waste Services",
    ].join("\n");
    expect(variants(draft).variants.sms.text).toMatch(/Wednesday 23 December; Friday/);
  });
});

describe("rows from the old day to the new one («A -> B»)", () => {
  it("the day before the arrow is the old one, never when", () => {
    const draft = ["Waste collection over Christmas", "", "Thursday 24 December -> Wednesday 23 December", "Friday 25 December -> Saturday 26 December", "", "Bay Waste Services"].join("\n");
    const r = variants(draft);
    expect(r.message.events[0].when?.text).toBe("Wednesday 23 December");
    expect(r.message.times.find((t) => t.text === "Thursday 24 December")?.role).toBe("superseded");
    expect(r.variants.sms.text).not.toMatch(/24 December|25 December/);
  });
});
