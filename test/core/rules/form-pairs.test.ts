import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nynorskFormRule, bokmalFormRule } from "../../../src/core/rules/form-pairs";
import nnList from "../../../src/core/lexicon/nn/bokmal-forms.json";
import nbList from "../../../src/core/lexicon/nb/nynorsk-forms.json";
import { applyEdits } from "../../../src/core/edits";
import { run, SHARED, texts } from "./helpers";

const fixAll = (text: string, lang: "nb" | "nn") => applyEdits(text, run(lang === "nn" ? nynorskFormRule : bokmalFormRule, text, lang).flatMap((f) => (f.fix ? [f.fix] : [])));

describe("nynorsk-form: bokmål forms in a nynorsk text (issue 13)", () => {
  test.each([
    ["Du får svar fra kommunen innan to veker.", "fra", "frå"],
    ["Dette er hovedregelen for alle søknader.", "hovedregelen", "hovudregelen"],
    ["Alle som bur i Norge, kan søkje.", "Norge", "Noreg"],
    ["Vi venter på svar frå Statens vegvesen.", "venter", "ventar"],
    ["Tilbodet gjeld kun for elevar i første klasse.", "kun", "berre"],
    ["Ikke send originaldokument.", "Ikke", "Ikkje"],
  ])("%s", (sentence, flagged, fixed) => {
    const fs = run(nynorskFormRule, sentence, "nn");
    expect(fs.map((f) => [f.text, f.fix?.replacement])).toEqual([[flagged, fixed]]);
    expect(fs[0].message).toContain("bokmål");
  });
  test("«Husk» is flagged, but without a fix: Norsk ordbank lists «husk» in nynorsk too (a swing)", () => {
    const fs = run(nynorskFormRule, "Husk å ta med legitimasjon.", "nn");
    expect(fs.map((f) => [f.text, f.severity, f.fix])).toEqual([["Husk", "info", undefined]]);
    expect(fs[0].suggestions).toEqual(["Hugs"]);
  });
  test("nynorsk text is left alone; forms both standards allow are not flagged", () => {
    expect(run(nynorskFormRule, "Vi ventar på svar frå Noreg. Hugs å svare innan ei uke. Skulen er stengd medan det er ferie, og det er nødvendig.", "nn")).toEqual([]);
  });
  test("a whole paragraph in bokmål inside a nynorsk text is a parallel text, not stray forms", () => {
    const t = "Vi ventar på svar frå kommunen. Eg har ikkje høyrt noko frå dei enno, men kva skal vi gjere?\n\nVi venter på svar fra kommunen, og vi har ikke hørt noe.";
    expect(run(nynorskFormRule, t, "nn")).toEqual([]);
    // The same bokmål paragraph alone, forced to nynorsk, keeps its findings.
    expect(texts(run(nynorskFormRule, "Vi venter på svar fra kommunen, og vi har ikke hørt noe.", "nn"))).toEqual(["venter", "fra", "ikke", "noe"]);
  });
  test("a word that ends a unit's name is the name's spelling: «NAV Arbeid og ytelser» stays, stray forms around it do not", () => {
    const t = "Send klaga til NAV Arbeid og ytelser. Vi sender svaret fra kontoret i Norge og kun på papir.";
    expect(texts(run(nynorskFormRule, t, "nn"))).toEqual(["fra", "Norge", "kun"]);
  });
  test("the fixes give nynorsk", () => {
    expect(fixAll("Ikke send dokumenta fra hovedkontoret i Norge.", "nn")).toBe("Ikkje send dokumenta frå hovudkontoret i Noreg.");
  });
});

describe("bokmal-form: nynorsk forms in a bokmål text", () => {
  test("flagged with the bokmål form as a fix", () => {
    expect(texts(run(bokmalFormRule, "Vi sender deg ikkje noe brev før saken er klar.", "nb"))).toEqual(["ikkje"]);
    expect(fixAll("Du får svar frå oss om hovudregelen i Noreg.", "nb")).toBe("Du får svar fra oss om hovedregelen i Norge.");
  });
  test("bokmål text and radical forms bokmål allows (heim, sjuk, ho) are left alone", () => {
    expect(run(bokmalFormRule, "Ho ble sjuk og dro heim. Vi sender svar fra kommunen.", "nb")).toEqual([]);
  });
});

describe("the pair lists against Norsk ordbank (CC BY 4.0)", () => {
  const lemmas = (l: string) => new Set(readFileSync(join(SHARED, "reference", "norsk-ordbank", `lemmas-${l}.txt`), "utf8").split("\n").map((x) => x.trim()));
  const nb = lemmas("nb");
  const nn = lemmas("nn");
  type E = { match: string; alt: string[]; fix?: string; level?: string; source: string };
  test.each([
    ["nynorsk-form", (nnList as { entries: E[] }).entries, nb, nn],
    ["bokmal-form", (nbList as { entries: E[] }).entries, nn, nb],
  ] as Array<[string, E[], Set<string>, Set<string>]>)("%s: a pair the source says Ordbank checked is one; a homograph has no fix", (_id, entries, own, other) => {
    for (const e of entries) {
      const w = e.match.replace(/^\^/, "");
      if (e.source.startsWith("Norsk ordbank") && e.level !== "info") expect([w, own.has(w), other.has(w), other.has(e.alt[0])]).toEqual([w, true, false, true]);
      if (other.has(w)) expect([w, e.fix, e.level]).toEqual([w, undefined, "info"]);
    }
  });
});
