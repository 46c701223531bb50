import { formalAddressRule } from "../../../src/core/rules/formal-address";
import { run, texts } from "./helpers";

describe("formal-address", () => {
  test("Dem and Deres inside a sentence are the polite form", () => {
    const fs = run(formalAddressRule, "Vi sendte brevet til Dem i juni. Vi viser til Deres søknad.");
    expect(texts(fs)).toEqual(["Dem", "Deres"]);
    expect(fs[0].suggestions).toEqual(["deg", "dere"]);
    expect(fs[0].severity).toBe("warning");
    expect(fs[0].fix).toBeUndefined();
  });
  test("capital De inside a sentence is the polite form", () => {
    expect(texts(run(formalAddressRule, "Dersom De er forhindret, kan De ringe oss."))).toEqual(["De", "De"]);
  });
  test("sentence-initial De meaning 'they' is not flagged", () => {
    expect(texts(run(formalAddressRule, "Barna gikk hjem. De var slitne etter turen."))).toEqual([]);
    expect(texts(run(formalAddressRule, "Deres foreldre kom også."))).toEqual([]);
  });
  test("sentence-initial De is flagged when the letter also uses the polite form elsewhere", () => {
    const fs = run(formalAddressRule, "Vi har mottatt Deres søknad. De må sende inn dokumentasjon innen fristen.");
    expect(texts(fs)).toEqual(["Deres", "De"]);
    expect(fs[1].suggestions[0]).toBe("Du");
  });
  test("lower-case de/dem/deres are plural pronouns and never flagged", () => {
    expect(texts(run(formalAddressRule, "Vi ringte dem, og de sendte deres skjema."))).toEqual([]);
  });
  test("names: De forente nasjoner", () => {
    expect(texts(run(formalAddressRule, "Norge er medlem av De forente nasjoner."))).toEqual([]);
  });
  test("nynorsk: Dykk and Dykkar", () => {
    expect(texts(run(formalAddressRule, "Vi viser til søknaden frå Dykk og Dykkar brev.", "nn"))).toEqual(["Dykk", "Dykkar"]);
    expect(texts(run(formalAddressRule, "Vi ringjer dykk i morgon.", "nn"))).toEqual([]);
  });
  test("not for English", () => {
    expect(run(formalAddressRule, "De Gaulle met them.", "en")).toEqual([]);
  });
});

describe("nynorsk «Dykk» at a sentence start (red-team round 25)", () => {
  it("is the plural, not the old polite form, when nothing else in the text is polite", () => {
    expect(texts(run(formalAddressRule, "Dykk kan klage på vedtaket innan tre veker. Vi sender dykk kopi.", "nn"))).toEqual([]);
  });
  it("in a polite letter it is flagged, and never offers itself as the fix", () => {
    const initial = run(formalAddressRule, "Dykk kan klage på vedtaket. Vi har motteke søknaden frå Dykk.", "nn").filter((f) => f.start === 0);
    expect(initial).toHaveLength(1);
    expect(initial[0].suggestions).not.toContain("Dykk");
    expect(initial[0].message).not.toMatch(/«dykk»/);
  });
});
