import { nominalizationRule, verbsForNoun } from "../../../src/core/rules/nominalization";
import { run, texts } from "./helpers";

describe("nominalization: research test sentences (§4.6) and light-verb table (§4.5)", () => {
  test("#25 foreta en vurdering → vurdere", () => {
    const [f] = run(nominalizationRule, "Kommunen vil foreta en vurdering av søknaden.");
    expect(f.text).toBe("foreta en vurdering");
    expect(f.message).toContain("«vurdere»");
    expect(f.data?.verbs).toEqual(["vurdere"]);
  });
  test("#26 komme til anvendelse → gjelde (inflected)", () => {
    const [f] = run(nominalizationRule, "Regelen kommer til anvendelse på alle søknader.");
    expect(f.text).toBe("kommer til anvendelse");
    expect(f.suggestions).toContain("gjelde");
  });
  test("#27 X-ing av Y → verb (info)", () => {
    const [f] = run(nominalizationRule, "Utbetaling av stønaden skjer etterskuddsvis.");
    expect(f.text).toBe("Utbetaling av stønaden");
    expect(f.severity).toBe("info");
    expect(f.message).toContain("«betale ut»");
  });
  test("#3 foretas ingen refusjon", () => {
    expect(texts(run(nominalizationRule, "Det foretas ingen refusjon av innbetalt egenandel."))).toEqual(["foretas ingen refusjon"]);
  });
  test.each([
    ["Møtet fant sted i rådhuset.", "fant sted"],
    ["Saken ble tatt under behandling i mars.", "tatt under behandling"],
    ["Foreningen må avgi rapport innen fristen.", "avgi rapport"],
    ["Kommunen har til hensikt å redusere avfallet.", "har til hensikt"],
    ["Du har behov for hjelp.", "har behov for"],
    ["Det stilles krav om aktivitet.", "stilles krav"],
    ["Timebestilling foretas på nettsiden.", "Timebestilling foretas"],
    ["Innskriving av elever foretas elektronisk.", "Innskriving av elever foretas"],
    ["Det vil bli foretatt feiing av skorstein.", "foretatt feiing"],
  ])("%s", (sentence, flagged) => {
    expect(texts(run(nominalizationRule, sentence))).toContain(flagged);
  });
});

describe("nominalization: lexicalised nouns and plain text are left alone", () => {
  test.each([
    "Regningen må betales innen fristen.",
    "Han bor i en bygning fra 1890.",
    "Dette gjelder din sikkerhet.",
    "Avdelingen av kontoret ligger i Oslo.",
    "Ordningen av papirene tar tid.",
    "Vi behandler søknaden din.",
    "Vilkåret er oppfylt under forutsetning av at du bor her.",
    "Vi foretar oss ingenting før du svarer.",
    "Du må få godkjent innkvarteringen av Arbeidstilsynet.",
  ])("%s", (sentence) => {
    expect(texts(run(nominalizationRule, sentence))).toEqual([]);
  });
  test("headings are not flagged for noun + av (a nominal heading is normal)", () => {
    expect(texts(run(nominalizationRule, "Utskifting av vannledning\n\nVi skifter vannledningen i mai."))).toEqual([]);
  });
});

test("verbsForNoun: from the verbal-noun list only", () => {
  expect(verbsForNoun("vurdering", "nb")).toEqual(["vurdere"]);
  expect(verbsForNoun("utbetaling", "nb")).toEqual(["betale ut"]);
  expect(verbsForNoun("feiing", "nb")).toEqual(["feie"]);
  expect(verbsForNoun("avstengning", "nb")).toEqual(["stenge"]); // not *avstengne
  expect(verbsForNoun("tapping", "nb")).toEqual(["tappe"]);
  expect(verbsForNoun("timebestilling", "nb")).toEqual(["bestille time"]); // not *timebestille
  expect(verbsForNoun("vannavstengning", "nb")).toEqual(["stenge"]); // compound: last listed part
  expect(verbsForNoun("befaring", "nb")).toBeUndefined(); // not listed: no verb is made up
  expect(verbsForNoun("avstenging", "nn")).toContain("stengje");
  expect(verbsForNoun("innskriving", "nn")).toEqual(["skrive inn"]);
});

test("nynorsk: finne stad and noun + av", () => {
  expect(texts(run(nominalizationRule, "Møtet finn stad i rådhuset.", "nn"))).toEqual(["finn stad"]);
  expect(texts(run(nominalizationRule, "Vi ventar på berekning av gebyret.", "nn"))).toEqual(["berekning av gebyret"]);
});
