// Red-team round 29, letters: sentences lifted out of the paragraph they speak in.
// - "Forsinkelsesgebyret må betales selv om dere klager." in the appeal paragraph became the letter's lead step,
//   above the appeal it is about;
// - "… må du ta morgenmedisinen kl. 0800 i stedet for kl. 0700. Fastlegen din har sagt at dette er i orden." lost its
//   second sentence to the list above, where "dette" pointed at the help the reader gets.
import { variants } from "../../../src/core/channels";

describe("a sentence about the appeal, in the paragraph that gives the right", () => {
  const text = [
    "Kafé Lykkebo AS",
    "Strandpromenaden 3",
    "3182 Horten",
    "",
    "Dato: 18. august 2027",
    "",
    "Forsinkelsesgebyr",
    "",
    "Årsregnskapet for 2026 er ikke levert. Selskapet må derfor betale forsinkelsesgebyr.",
    "",
    "Dere kan klage på vedtaket om gebyr. Klagen må være sendt innen tre uker fra dere mottok dette brevet. Forsinkelsesgebyret må betales selv om dere klager.",
    "",
    "Med vennlig hilsen",
    "",
    "Regnskapsregisteret",
  ].join("\n");
  const r = variants(text, { language: "nb" });
  it("is part of the appeal block, not a step of its own", () => {
    expect(r.message.appeal?.text).toContain("Forsinkelsesgebyret må betales selv om dere klager.");
    expect(r.message.actions.some((a) => a.text.includes("selv om dere klager"))).toBe(false);
  });
  it("the letter keeps it in the appeal paragraph", () => {
    const letter = r.variants.letter.text;
    expect(letter).not.toContain("Dette må dere gjøre");
    expect(letter.indexOf("selv om dere klager")).toBeGreaterThan(letter.indexOf("Dere kan klage"));
  });
});

describe("a step the next short sentence speaks of by «dette er»", () => {
  const text = [
    "Åsli kommune",
    "",
    "Gunnhild Røed",
    "Bjørkelia 27",
    "2412 Åsli",
    "",
    "Dato: 19. april 2027",
    "",
    "Nye tider for besøk fra hjemmetjenesten",
    "",
    "Fra mandag 3. mai 2027 kommer morgenbesøket mellom kl. 0800 og kl. 0900.",
    "",
    "Hjelpen du får, er den samme som før:",
    "- hjelp til å stå opp",
    "- tilsyn",
    "",
    "Fordi morgenbesøket blir senere, må du ta morgenmedisinen kl. 0800 i stedet for kl. 0700. Fastlegen din har sagt at dette er i orden.",
    "",
    "Med vennlig hilsen",
    "",
    "Ingvild Hauge",
    "Åsli kommune",
  ].join("\n");
  it("stays with it in the letter", () => {
    const letter = variants(text, { language: "nb" }).variants.letter.text;
    expect(letter).toMatch(/i stedet for kl\. 0700\. Fastlegen din har sagt at dette er i orden\./);
  });
});
