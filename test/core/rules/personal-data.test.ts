import { personalDataRule } from "../../../src/core/rules/personal-data";
import { run, texts } from "./helpers";

// Synthetic numbers that pass the checksums (not real people): fødselsnummer 01010750160 is NAV's
// documented example form; account 1234.56.78903 is the standard MOD11 example.
describe("personal-data", () => {
  test("valid fødselsnummer is labelled and a warning", () => {
    const fs = run(personalDataRule, "Fødselsnummer: 01010750160.");
    expect(texts(fs)).toEqual(["01010750160"]);
    expect(fs[0].severity).toBe("warning");
    expect(fs[0].message).toMatch(/fødselsnummer/i);
    expect(fs[0].data?.kind).toBe("national-id");
  });
  test("an 11-digit number with a bad checksum is not a fødselsnummer", () => {
    expect(run(personalDataRule, "Saksnummer 01010750161 er registrert.").filter((f) => f.data?.kind === "national-id")).toEqual([]);
  });
  test("d-nummer is labelled as such", () => {
    const fs = run(personalDataRule, "D-nummer 41010750073 er registrert.");
    expect(texts(fs)).toEqual(["41010750073"]);
    expect(fs[0].message).toContain("D-nummer");
    expect(fs[0].data?.idType).toBe("dnr");
  });
  test("bank account number with dots (MOD11)", () => {
    const fs = run(personalDataRule, "Betal til konto 1234.56.78903 innen fristen.");
    expect(texts(fs)).toEqual(["1234.56.78903"]);
    expect(fs[0].message).toMatch(/kontonummer/i);
  });
  test("e-mail: personal is a warning, a shared box is info", () => {
    const fs = run(personalDataRule, "Skriv til kari.nordmann@gmail.com eller post@fjordvik.kommune.no.");
    expect(fs.map((f) => [f.text, f.severity])).toEqual([
      ["kari.nordmann@gmail.com", "warning"],
      ["post@fjordvik.kommune.no", "info"],
    ]);
  });
  test("phone numbers are labelled (info)", () => {
    const fs = run(personalDataRule, "Ring oss på 23 45 67 89.");
    expect(texts(fs)).toEqual(["23 45 67 89"]);
    expect(fs[0].message).toBe("Telefonnummer.");
    expect(fs[0].severity).toBe("info");
  });
  test("English messages", () => {
    expect(run(personalDataRule, "Call 23 45 67 89.", "en", {}, "en")[0].message).toBe("Phone number.");
  });
});

describe("personal-data: same results as detectPersonalData on the whole text", () => {
  // The rule runs the detectors only where personal data can be (paragraphs with digits, runs around "@").
  const { readFileSync } = require("node:fs") as typeof import("node:fs");
  const { join } = require("node:path") as typeof import("node:path");
  const { detectPersonalData } = require("../../../src/core/detect/index") as typeof import("../../../src/core/detect/index");
  const { sharedFile, SHARED } = require("./helpers") as typeof import("./helpers");
  test("all 77 corpus texts plus a mixed sample", () => {
    const index: Array<{ file: string }> = JSON.parse(sharedFile("corpus", "index.json"));
    const texts = index.map((e) => readFileSync(join(SHARED, "corpus", e.file), "utf8"));
    texts.push("Ring 23 45 67 89 eller skriv til ola.nordmann@example.no (privat), post@kommune.no.\n\nFnr. 01010750160, konto 1234.56.78903, <kari@x.no>.\n\nIngen tall her.");
    for (const text of texts) {
      const want = detectPersonalData(text).map((d) => `${d.kind}:${d.start}-${d.end}`);
      expect(run(personalDataRule, text).map((f) => `${f.data?.kind}:${f.start}-${f.end}`)).toEqual(want);
    }
  });
});
