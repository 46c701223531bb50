// Round 24 of the red team. "Det vert sprengt kvardagar …" where the draft says "Entreprenøren Vestbygg AS må sprengje
// bort fjell": the contractor blasts, so no rewrite says "Vi sprenger" (the municipality would take on the work and the
// claims). And a poison warning ("Åtestasjonene inneholder gift. Ikke rør stasjonene …") is a danger and a step. Own
// drafts.
import { variants } from "../../../src/core/channels";
import { readerActs } from "../../../src/core/message/actions";

describe("a passive of the work a named contractor does", () => {
  const d = [
    "Sprenging ved byggjefeltet på Hagaløkka",
    "",
    "Entreprenøren Vestbygg AS må sprengje bort fjell på tomta før grunnarbeidet kan starte.",
    "",
    "Det vert sprengt kvardagar frå og med veke 12 til og med veke 15, kl. 11.00 og kl. 14.30.",
    "",
    "Med venleg helsing",
    "Voss herad",
  ].join("\n");
  const r = variants(d, { language: "nn" });
  it("never becomes the writer's work", () => {
    for (const t of [r.variants.letter.text, r.variants.sms.text, r.variants.post.text]) expect(t).not.toMatch(/[Vv]i sprenger|[Vv]i sprengjer|[Mm]e sprengjer/);
  });
  it("but the writer's own work still turns", () => {
    const own = d.replace("Entreprenøren Vestbygg AS må sprengje bort fjell på tomta før grunnarbeidet kan starte.", "Kommunen byggjer ny barnehage på tomta.");
    expect(variants(own, { language: "nn" }).variants.letter.text).toMatch(/[Vv]i sprengjer|[Vv]i sprenger|[Mm]e sprengjer/);
  });
});

describe("a poison warning", () => {
  it("«Ikke rør …» is a step", () => {
    expect(readerActs("Ikke rør stasjonene, og hold hunder i bånd i områdene.", "nb")).toBe(true);
    expect(readerActs("Ikkje rør stasjonane.", "nn")).toBe(true);
  });
  it("«inneholder gift» is a danger the message holds", () => {
    const d = [
      "Rottebekjempelse i sentrum",
      "",
      "I uke 38 setter Anticimex ut låste åtestasjoner bak Kulturhuset.",
      "",
      "Åtestasjonene inneholder gift. Ikke rør stasjonene, og hold hunder i bånd i områdene.",
      "",
      "Hilsen Kongsberg kommune",
    ].join("\n");
    const r = variants(d, { language: "nb" });
    expect(r.message.warnings.some((w) => /gift/.test(w.text))).toBe(true);
    expect(r.message.actions.some((a) => /Ikke rør/.test(a.text))).toBe(true);
  });
});
