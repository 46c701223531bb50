// Round 23 of the red team. A deadline said in the past tense ("Fakturaen hadde forfall 20. april") has gone by: it
// is no step with a deadline. And a post that has room for one emergency call never swaps the first the draft gives
// ("Ved fare for liv og helse, ring 112") for a shorter one it gives after ("Ved brann, ring 110"). Own drafts.
import { variants } from "../../../src/core/channels";

const roleOf = (text: string, time: string) => variants(text, {}).message.times.find((t) => t.text === time)?.role;

describe("a deadline in the past tense", () => {
  it("is past, and the new one is the deadline", () => {
    expect(roleOf("Fakturaen hadde forfall 20. april.", "20. april")).toBe("past");
    expect(roleOf("Betalingsfristen var 20. april. Ny frist er 20. mai.", "20. april")).toBe("past");
    expect(roleOf("Fakturaen har forfall 20. mai.", "20. mai")).toBe("deadline");
  });
  it("is no reader step", () => {
    const d = [
      "Påminnelse: ubetalte matpenger i SFO",
      "",
      "Jonas Bakke",
      "Granveien 3B",
      "1410 Kolbotn",
      "",
      "Vi har ikke mottatt betaling for matpenger i SFO for februar og mars. Fakturaen hadde forfall 20. april.",
      "",
      "Vi ber deg betale innen 20. mai. Bruk KID 0041298765 når du betaler.",
      "",
      "Med vennlig hilsen",
      "Nordre Follo kommune",
    ].join("\n");
    const r = variants(d, { language: "nb" });
    expect(r.message.actions.some((a) => /forfall/.test(a.text))).toBe(false);
    expect(r.variants.sms.text).toMatch(/20\. mai/);
    expect(r.variants.sms.text).not.toMatch(/20\. april/);
  });
});

describe("emergency calls in a post too long for all of them", () => {
  it("never keep a later call in place of the first", () => {
    const d = [
      "Fare for flom – hent sandsekker",
      "",
      "NVE har sendt ut oransje farevarsel for flom i kommunen fra tirsdag til torsdag. Snøsmelting og mye regn gjør at Glomma kan gå over sine bredder.",
      "",
      "Du kan hente sandsekker gratis fra tirsdag kl. 12 på disse stedene:",
      "- Brannstasjonen, Industriveien 4",
      "- Kommunens driftsstasjon på Rustad",
      "- Parkeringsplassen ved Sundet skole",
      "",
      "Hold deg unna elvebredden og ikke gå ut på bryggene.",
      "",
      "Ved fare for liv og helse, ring 112. Ved brann, ring 110.",
      "",
      "Hilsen Nord-Odal kommune",
    ].join("\n");
    const post = variants(d, { language: "nb" }).variants.post.text;
    if (/ring 110/.test(post)) expect(post).toMatch(/ring 112/);
  });
});
