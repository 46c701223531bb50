// Safe fixes never change facts: for every safe fix on texts with numbers around it (and for all of them at
// once, as the composers apply them), extractFacts() of the fixed text gives the draft's facts, by kind and text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, applyEdits, safeFixes } from "../../src/core/index";
import { extractFacts } from "../../src/core/facts";
import { SHARED } from "./rules/helpers";

const facts = (t: string) => extractFacts(t).map((f) => `${f.kind}:${f.text}`);

const INTROS = ["Ring", "Ring oss", "Telefon", "Tlf.", "Kontakt", "Du kan ringe", "Betal", "Frist", "Klagefrist", "Møtet er", "Send inn"];
const WORDS = ["evt.", "bl.a.", "f.eks.", "ca.", "e.l.", "jf.", "iht.", "mht.", "vedrørende", "angående", "herved", "pr.", "m.m.", "o.l.", "dvs.", "osv.", "samt", "tilstrekkelig"];
const NUMBERS = ["23456789", "23 45 67 89", "915 48 222", "41234567", "kr 500", "500 kroner", "1. mars", "kl. 10", "10.03.2026", "nav.no/klage", "113", "1234.56.78903", "uke 12", "tre uker", "innen 1. mars", "post@kommune.no"];

function texts(): string[] {
  const out: string[] = [];
  for (const i of INTROS)
    for (const w of WORDS)
      for (let n = 0; n < NUMBERS.length; n++) {
        const a = NUMBERS[n];
        const b = NUMBERS[(n + 1) % NUMBERS.length];
        out.push(`${i} ${w} ${a}.`, `${i} ${a} ${w} ${b}.`, `${a} ${w} ${i.toLowerCase()} ${b}.`);
      }
  return out;
}

describe("safe fixes keep the facts", () => {
  const all = texts();
  test("each safe fix alone, next to numbers", () => {
    let fixes = 0;
    for (const t of all) {
      const want = facts(t);
      for (const f of analyze(t).findings) {
        if (!f.fix) continue;
        fixes++;
        expect([t, facts(applyEdits(t, [f.fix]))]).toEqual([t, want]);
      }
    }
    // The texts do carry safe fixes (the guard must not work by withholding every one).
    expect(fixes).toBeGreaterThan(all.length / 2);
  });
  test("all safe fixes together, as the composers apply them", () => {
    for (const t of all) {
      const fixed = applyEdits(t, safeFixes(analyze(t).findings, t.length));
      expect([t, facts(fixed)]).toEqual([t, facts(t)]);
    }
  });
  test("a fix away from numbers is kept; one that would make a phone number out of a reference is withheld", () => {
    const t = "Vi sender evt. svar i morgen. Ring evt. 23456789.";
    const fs = analyze(t).findings.filter((f) => f.text === "evt.");
    expect(fs.map((f) => f.fix?.replacement)).toEqual(["eventuelt", undefined]);
    expect(fs[1].data?.fixWithheld).toBe("facts");
    expect(fs[1].suggestions[0]).toBe("eventuelt");
  });
  test("the corpus: all safe fixes together keep every fact", () => {
    const index: Array<{ file: string }> = JSON.parse(readFileSync(join(SHARED, "corpus", "index.json"), "utf8"));
    for (const e of index) {
      const t = readFileSync(join(SHARED, "corpus", e.file), "utf8");
      const fixed = applyEdits(t, safeFixes(analyze(t).findings, t.length));
      expect([e.file, facts(fixed)]).toEqual([e.file, facts(t)]);
    }
  });
});
