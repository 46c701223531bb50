import { readerAddressRule } from "../../../src/core/rules/reader-address";
import { run, texts } from "./helpers";

describe("reader-address (research ADDR-01)", () => {
  test.each([
    ["Søkeren må sende inn dokumentasjon.", "Søkeren", "sg"],
    ["Abonnentene bes om å tappe vann.", "Abonnentene", "pl"],
    ["Foresatte som har behov for hjelp, kan ringe oss.", "Foresatte", "pl"],
    ["Det er et vilkår at medlemmet sender meldekort.", "medlemmet", "sg"],
    ["Klagen utsetter ikke betalingen, og hjemmelshaver således plikter å betale.", "hjemmelshaver", "sg"],
    ["Søker har rett til å se dokumentene.", "Søker", "sg"],
  ])("nb: %s", (sentence, flagged, number) => {
    const fs = run(readerAddressRule, sentence);
    expect(texts(fs)).toEqual([flagged]);
    expect(fs[0].severity).toBe("info");
    expect(fs[0].data?.number).toBe(number);
    expect(fs[0].message).toContain(number === "pl" ? "«dere»" : "«du»");
  });
  test("nynorsk: «Abonnentar som ikkje …» → de", () => {
    const fs = run(readerAddressRule, "Abonnentar som ikkje har høve til det, kan ringje oss.", "nn", {}, "nn");
    expect(texts(fs)).toEqual(["Abonnentar"]);
    expect(fs[0].message).toContain("«de»");
  });
  test.each([
    "Du søker om plass på nettsiden.",
    "Kommunen eier bygget.",
    "Du er søker i denne saken.",
    "Vi sender brevet til søkeren.",
    "Informasjon til abonnentene i Sjøgata.",
    "Brukeren\n\nDu må logge inn.",
  ])("not flagged: %s", (sentence) => {
    expect(texts(run(readerAddressRule, sentence))).toEqual([]);
  });
});
