// A date that was the plan and is no longer: "skulle etter planen vært", "var sett opp til", "var satt opp til",
// "was supposed to be", with the new date in the next sentence ("i stedet", "No er det flytta til"). Own drafts,
// not in the development set. The old date is the replaced one (not a forecast, not a past event), the text is a
// change, and the short channels never say the old date nor a stump of its sentence.
import { variants } from "../../../src/core/channels";

const nb = [
  "Julekonserten er flyttet",
  "",
  "Julekonserten til Storvik kulturskole skulle etter planen vært tirsdag 15. desember. Den blir i stedet holdt torsdag 17. desember kl. 18.00 i Storvik kirke.",
  "",
  "Billetter du alt har kjøpt, gjelder den nye datoen.",
  "",
  "Hilsen",
  "Storvik kulturskole",
].join("\n");

const nn = [
  "Foreldremøtet for 8. trinn er flytta",
  "",
  "Foreldremøtet for 8. trinn var sett opp til tysdag 8. desember. No er det flytta til torsdag 17. desember klokka 18.00 i kantina på Haugen ungdomsskule.",
  "",
  "Gi beskjed til kontaktlæraren innan 14. desember om du kjem.",
  "",
  "Helsing",
  "Haugen ungdomsskule",
].join("\n");

const en = [
  "Open day moved",
  "",
  "The open day at Westfield Library was supposed to be on Saturday 12 December. It will now be held on Saturday 19 December from 11:00 to 15:00.",
  "",
  "Kind regards",
  "Westfield Library",
].join("\n");

describe("a date that was the plan is the replaced one", () => {
  it.each([
    ["nb", nb, /15\. desember/, /17\. desember/],
    ["nn", nn, /8\. desember/, /17\. desember/],
    ["en", en, /12 December/, /19 December/],
  ])("%s: the old date is superseded, the new one is the key time, the text is a change", (_l, draft, old, fresh) => {
    const m = variants(draft).message;
    expect(m.times.find((t) => old.test(t.text))?.role).toBe("superseded");
    expect(m.events[0]?.when?.text).toMatch(fresh);
    expect(m.kind).toBe("change");
  });

  it.each([
    ["nb", nb, /15\. desember/, /skulle etter planen vært\.|skulle etter planen\b/],
    ["nn", nn, /8\. desember/, /var sett opp\./],
    ["en", en, /12 December/, /supposed to be( on)?\./],
  ])("%s: SMS and post leave the old date out with its whole sentence, never a stump", (_l, draft, old, stump) => {
    const r = variants(draft);
    for (const v of [r.variants.sms.text, r.variants.post.text]) {
      expect(v).not.toMatch(old);
      expect(v).not.toMatch(stump);
    }
  });

  it("a sentence whose pronoun points back at a left-out sentence gets the title in front in the SMS", () => {
    const sms = variants(nn).variants.sms.text;
    expect(sms).toMatch(/Foreldremøtet for 8\. trinn/);
    expect(sms.indexOf("Foreldremøtet")).toBeLessThan(sms.indexOf("No er det flytta"));
  });

  it("a nynorsk «Gi beskjed … innan» is the reader's action with its deadline, and the SMS carries it", () => {
    const r = variants(nn);
    const a = r.message.actions.find((x) => /Gi beskjed/.test(x.text));
    expect(a).toBeDefined();
    expect(a?.deadline?.text).toMatch(/14\. desember/);
    expect(r.variants.sms.text).toMatch(/innan 14\. desember/);
  });
});

// Two moves in one paragraph, under a body that only says "changes": both new dates reach the short channels,
// neither old one, and the text is a change.
const twoMoves = [
  "Endret tømming i julen",
  "",
  "På grunn av helligdagene blir det endringer i tømmingen av avfall i julen.",
  "",
  "Tømming som skulle vært fredag 25. desember, blir lørdag 26. desember. Tømming som skulle vært fredag 1. januar, blir lørdag 2. januar.",
  "",
  "Sett dunken ved veien innen kl. 07.00 på tømmedagen.",
  "",
  "Hilsen",
  "Renovasjonsetaten i Solvik",
].join("\n");

describe("several moves said one after the other", () => {
  const r = variants(twoMoves);
  it("is a change whose event holds every move", () => {
    expect(r.message.kind).toBe("change");
    expect(r.message.events[0].what.text).toMatch(/26\. desember[^]*2\. januar/);
  });
  it("the SMS and the post carry every new date and no old one", () => {
    for (const v of [r.variants.sms.text, r.variants.post.text]) {
      expect(v).toMatch(/26\. desember/);
      expect(v).toMatch(/2\. januar/);
      expect(v).not.toMatch(/25\. desember|1\. januar/);
    }
  });
});
