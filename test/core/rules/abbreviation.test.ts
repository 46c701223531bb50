import { abbreviationRule } from "../../../src/core/rules/abbreviation";
import { applyEdits } from "../../../src/core/edits";
import { run, texts } from "./helpers";

const fixAll = (text: string, lang: "nb" | "nn" | "en" = "nb") => applyEdits(text, run(abbreviationRule, text, lang).flatMap((f) => (f.fix ? [f.fix] : [])));

describe("abbreviation", () => {
  test("common abbreviations are written out safely, keeping capitalisation", () => {
    expect(fixAll("Ta med f.eks. pass, bl.a. fordi vi må sjekke det.")).toBe("Ta med for eksempel pass, blant annet fordi vi må sjekke det.");
    expect(fixAll("F.eks. kan du ringe oss.")).toBe("For eksempel kan du ringe oss.");
    expect(fixAll("Vi stenger pga. vedlikehold, dvs. hele dagen.")).toBe("Vi stenger på grunn av vedlikehold, det vil si hele dagen.");
  });
  test("an abbreviation that ends the sentence keeps the full stop", () => {
    expect(fixAll("Ta med pass, førerkort osv. Vi ses.")).toBe("Ta med pass, førerkort og så videre. Vi ses.");
  });
  test("jf. and mht. are flagged without a fix (needs rewriting)", () => {
    const fs = run(abbreviationRule, "Du kan klage, jf. forvaltningsloven § 28, mht. fristen.");
    expect(texts(fs)).toEqual(["jf.", "mht."]);
    for (const f of fs) expect(f.fix).toBeUndefined();
    expect(fs[0].severity).toBe("info");
  });
  test("non-standard forms are errors: evt., jfr., jvf., mnd., f. eks.", () => {
    const fs = run(abbreviationRule, "Send evt. klage, jfr. loven og jvf. forskriften, innen en mnd. Ta med f. eks. pass.");
    expect(texts(fs)).toEqual(["evt.", "jfr.", "jvf.", "mnd.", "f. eks."]);
    for (const f of fs) expect(f.severity).toBe("error");
    expect(fs[0].fix?.replacement).toBe("eventuelt");
    expect(fs[1].fix?.replacement).toBe("jf.");
  });
  test("kl., nr. and abbreviations that are fine are left alone", () => {
    expect(texts(run(abbreviationRule, "Møt opp kl. 09.00 i rom nr. 3, gnr. 14, bnr. 112."))).toEqual([]);
  });
  test("nynorsk list", () => {
    expect(fixAll("Ta med t.d. pass, m.a. fordi vi må sjå det.", "nn")).toBe("Ta med til dømes pass, mellom anna fordi vi må sjå det.");
    expect(run(abbreviationRule, "Ta med f.eks. pass.", "nn")[0].severity).toBe("error");
  });
  test("English list", () => {
    expect(fixAll("Bring ID, e.g. a passport.", "en")).toBe("Bring ID, for example a passport.");
  });
  test("unexplained initialisms: first use only, not when introduced, not well-known ones, not shouted headings", () => {
    const fs = run(abbreviationRule, "Du mister retten til AAP hvis du sitter i varetekt. AAP stanses da.");
    expect(texts(fs)).toEqual(["AAP"]);
    expect(fs[0].severity).toBe("info");
    expect(fs[0].fix).toBeUndefined();
    expect(texts(run(abbreviationRule, "Du får arbeidsavklaringspenger (AAP) fra mai. AAP utbetales hver 14. dag."))).toEqual([]);
    expect(texts(run(abbreviationRule, "Du får AAP (arbeidsavklaringspenger) fra mai."))).toEqual([]);
    expect(texts(run(abbreviationRule, "Kontakt NAV eller bruk BankID. Betal med KID-nummer."))).toEqual([]);
    expect(texts(run(abbreviationRule, "VARSEL OM STANS AV YTELSE\n\nVi skriver til deg."))).toEqual([]);
    expect(texts(run(abbreviationRule, "Søk om BPA-timer hos kommunen."))).toEqual(["BPA"]);
  });
});

describe("issue 13: capitals for emphasis and well-known names are not unexplained initialisms", () => {
  test("«trykk HER», «HUSK», «IKKE»", () => {
    expect(run(abbreviationRule, "For å melde deg på, trykk HER. HUSK å svare.").filter((f) => f.data?.kind === "initialism")).toEqual([]);
    expect(run(abbreviationRule, "Hugs å svare, IKKJE vent.", "nn").filter((f) => f.data?.kind === "initialism")).toEqual([]);
  });
  test("well-known names (IKEA) are known; an unknown initialism is still flagged", () => {
    expect(texts(run(abbreviationRule, "Mange bruker abstrakte navn (IKEA, Apple). Du kan søke om BPA."))).toEqual(["BPA"]);
  });
});
