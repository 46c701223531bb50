// A notice to a group ("Til foreldre i Solsikken barnehage") is public even when it says "barnet ditt" in a
// condition any reader may meet; the SMS to them says a step with a deadline whole, with its condition, and a step
// that points back ("… i staden") with the sentence it points at. Own drafts (not in the development set).
import { variants } from "../../../src/core/channels";

const kindergarten = (head: string) =>
  [
    "Planleggingsdag i barnehagen",
    "",
    head,
    "",
    "Barnehagen er stengt fredag 15. november på grunn av planleggingsdag. Alle avdelingar er stengde denne dagen.",
    "",
    "Treng du tilsyn for barnet ditt, gi beskjed til styraren innan 1. november.",
    "",
    "Helsing",
    "Solsikken barnehage",
  ].join("\n");

describe("a notice to the parents of a kindergarten", () => {
  const r = variants(kindergarten("Til foreldre i Solsikken barnehage"));
  it("is public, for the group the line under the title names", () => {
    expect(r.message.audience.value).toBe("public");
    expect(r.message.audience.reasons.some((x) => x.code === "addressed-group" && /Til foreldre/.test(x.text ?? ""))).toBe(true);
  });
  it("is public without that line too: «barnet ditt» in a condition is no one's case", () => {
    expect(variants(kindergarten("")).message.audience.value).toBe("public");
  });
  it("the SMS says the closure and the step for those who need care, with its condition and deadline", () => {
    const sms = r.variants.sms.text;
    expect(sms).toMatch(/stengt fredag 15\. november/);
    expect(sms).toMatch(/Treng du tilsyn for barnet ditt, gi beskjed til styraren innan 1\. november\./);
    expect(sms).not.toMatch(/Frist: 1\. november/);
  });
});

describe("a step that points back at the sentence before it", () => {
  const draft = [
    "Endringar i bussrutene frå 4. januar",
    "",
    "Frå måndag 4. januar får rute 12 og rute 14 nye avgangstider. Rute 12 køyrer ikkje lenger om Skogheim. Bruk rute 14 frå Skogheim sentrum i staden.",
    "",
    "Sjå dei nye rutetidene på vestbuss.no/rutetider.",
    "",
    "Helsing",
    "Fjordvik kommune",
  ].join("\n");
  it("is said with that sentence, once", () => {
    const sms = variants(draft).variants.sms.text;
    expect(sms).toMatch(/Rute 12 køyrer ikkje lenger om Skogheim\. Bruk rute 14 frå Skogheim sentrum i staden\./);
    expect(sms.split("Rute 12 køyrer ikkje lenger").length).toBe(2);
  });
  it("is left out, and says why, when the sentence before holds a time of its own", () => {
    const r = variants(draft.replace("Rute 12 køyrer ikkje lenger om Skogheim.", "Rute 12 køyrer ikkje lenger om Skogheim etter 1. februar."));
    expect(r.variants.sms.text).not.toMatch(/Bruk rute 14/);
    expect(r.variants.sms.omitted?.some((o) => o.why === "leans" && /Bruk rute 14/.test(o.text ?? ""))).toBe(true);
  });
});
