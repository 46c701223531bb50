import { personalDataRule } from "../../../src/core/rules/personal-data";
import { run, texts } from "./helpers";

// Synthetic numbers that pass the checksums (not real people): fødselsnummer 01010750160 is NAV's
// documented example form; account 1234.56.78903 is the standard MOD11 example.
describe("personal-data", () => {
  test("valid fødselsnummer is an error whose «Masker» suggestion keeps the last five digits", () => {
    const fs = run(personalDataRule, "Fødselsnummer: 01010750160.");
    expect(texts(fs)).toEqual(["01010750160"]);
    expect(fs[0].severity).toBe("error");
    expect(fs[0].message).toMatch(/fødselsnummer/i);
    expect(fs[0].data?.kind).toBe("national-id");
    expect(fs[0].data?.fixLabel).toBe("Masker");
    expect(fs[0].suggestions).toEqual(["******50160"]);
    expect(fs[0].data?.mask).toBe("******50160");
    // Not a safe fix: the composers apply safe fixes and must still see the number (facts never change).
    expect(fs[0].fix).toBeUndefined();
  });
  test.each([
    ["Fnr. 010307-49843 er registrert.", "010307-49843", "******-49843"],
    ["Fnr. 01.03.07 49843 er registrert.", "01.03.07 49843", "****** 49843"],
    ["Fnr. 01 03 07 49843 er registrert.", "01 03 07 49843", "****** 49843"],
    ["Fnr. 010307 498 43 er registrert.", "010307 498 43", "****** 498 43"],
    ["Søker nr01030749843 er registrert.", "01030749843", "******49843"],
    ["fnr:01030749843", "01030749843", "******49843"],
  ])("every spelling: %s", (text, found, masked) => {
    const fs = run(personalDataRule, text);
    expect(fs.map((f) => [f.text, f.severity, f.suggestions[0]])).toEqual([[found, "error", masked]]);
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
    const fs = run(personalDataRule, "Vi utbetaler refusjonen til kontoen din 1234.56.78903 innen fristen.");
    expect(texts(fs)).toEqual(["1234.56.78903"]);
    expect(fs[0].message).toMatch(/kontonummer/i);
  });
  test("the account readers are told to pay to is the sender's: said only when its check digit is wrong", () => {
    expect(run(personalDataRule, "Betal til konto 1234.56.78903 innen fristen.")).toEqual([]);
    expect(run(personalDataRule, "Beløpet innbetales til kontonummer 1234 56 78903.")).toEqual([]);
    expect(run(personalDataRule, "Kontonummer for innbetaling: 1234 56 78903")).toEqual([]);
    const wrong = run(personalDataRule, "Betal til kontonummer 1234 56 78904 innen 1. mars.");
    expect(texts(wrong)).toEqual(["1234 56 78904"]);
    expect(wrong[0].message).toMatch(/betale til.*kontrollsifferet/);
    // What is paid out goes to the reader's own account: that one is personal.
    expect(texts(run(personalDataRule, "Lånet blir utbetalt til konto 1234.56.78903 når dokumentet er tinglyst."))).toEqual(["1234.56.78903"]);
    expect(texts(run(personalDataRule, "Vi betaler pengene til kontonummer 1234 56 78903, som du oppga."))).toEqual(["1234 56 78903"]);
  });
  test("a private (free-mail) address is a warning; the organisation's own addresses say nothing", () => {
    const fs = run(personalDataRule, "Skriv til kari.nordmann@gmail.com, ola@online.no, postmottak@fjordvik.kommune.no eller ola.nordmann@fjordvik.kommune.no.");
    expect(fs.map((f) => [f.text, f.severity])).toEqual([
      ["kari.nordmann@gmail.com", "warning"],
      ["ola@online.no", "warning"],
    ]);
    expect(fs[0].message).toMatch(/privat e-postadresse/);
  });
  test("the organisation's phone numbers are not personal data", () => {
    expect(run(personalDataRule, "Ring oss på 23 45 67 89 eller 915 48 222.")).toEqual([]);
  });
  test("English messages", () => {
    expect(run(personalDataRule, "Write to kari@hotmail.co.uk.", "en", {}, "en")[0].message).toMatch(/private e-mail address/);
    expect(run(personalDataRule, "ID 01010750160.", "en", {}, "en")[0].data?.fixLabel).toBe("Mask");
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
      // The rule says nothing about the organisation's own contact details: phones and non-private e-mail.
      const want = detectPersonalData(text)
        .filter((d) => d.kind === "national-id" || d.kind === "account-number" || (d.kind === "email" && d.freeMail))
        .map((d) => `${d.kind}:${d.start}-${d.end}`);
      expect(run(personalDataRule, text).map((f) => `${f.data?.kind}:${f.start}-${f.end}`)).toEqual(want);
    }
  });
});
