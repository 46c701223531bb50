// Round 23 of the red team. "Til no har han kome mellom kl. 1300 og 1430" is the old delivery time; "Alle over 16 år
// må ha fiskekort" is a step for the readers it names by age; "De kan velte i sterk vind, og derfor må de felles" (the
// trees) is no step for the reader of a du-text, and said alone it keeps its "derfor" ("og må de felles" is broken
// Norwegian). Own drafts.
import { variants } from "../../../src/core/channels";
import { readerActs } from "../../../src/core/message/actions";

const roleOf = (text: string, time: string) => variants(text, {}).message.times.find((t) => t.text === time)?.role;

describe("a time said to have held until now", () => {
  it("is superseded in nynorsk, bokmål and English", () => {
    const d = "For deg som bur i Nordbygda, blir middagen levert mellom kl. 1030 og 1200. Til no har han kome mellom kl. 1300 og 1430.";
    expect(roleOf(d, "kl. 1300 og 1430")).toBe("superseded");
    expect(roleOf(d, "kl. 1030 og 1200")).toBe("new");
    expect(roleOf("Hittil har vi tømt dunkene fredag 3. mai.", "fredag 3. mai")).toBe("superseded");
    expect(roleOf("Until now the office has opened at 8 am on Monday 3 March.", "Monday 3 March")).toBe("superseded");
  });
});

describe("readers named by age", () => {
  it("are told a step", () => {
    expect(readerActs("Alle over 16 år må ha fiskekort.", "nn")).toBe(true);
    expect(readerActs("Alle over 16 år må ha fiskekort.", "nb")).toBe(true);
    const d = [
      "Nye reglar for fiske i Hovdevatnet",
      "",
      "Kommunen har vedteke nye reglar for fiske i Hovdevatnet. Reglane gjeld frå 1. mai.",
      "",
      "Alle over 16 år må ha fiskekort. Barn under 16 år fiskar gratis.",
      "",
      "Helsing",
      "Vinje kommune",
    ].join("\n");
    const r = variants(d, {});
    expect(r.message.actions.map((a) => a.text)).toContain("Alle over 16 år må ha fiskekort.");
    expect(r.variants.sms.text).toMatch(/fiskekort/);
  });
});

describe("«de» after a modal", () => {
  it("is «they» in bokmål and the plural «you» in nynorsk", () => {
    expect(readerActs("Trærne kan velte i sterk vind, og derfor må de felles.", "nb")).toBe(false);
    expect(readerActs("Dersom tida ikkje passar, må de gi beskjed innan fredag.", "nn")).toBe(true);
    expect(readerActs("Trea kan velte, og difor må de fellast.", "nn")).toBe(false);
    expect(readerActs("Dersom tiden ikke passer, må De gi beskjed.", "nb")).toBe(true);
  });
  it("a sentence-initial «De» in a du-text is «they»: no step in the SMS or post", () => {
    const d = [
      "Hogst langs Elvestien",
      "",
      "Elvestien er stengt i uke 12 mens vi feller trær.",
      "",
      "Mange av trærne er skadet av granbarkbillen. De kan velte i sterk vind, og derfor må de felles.",
      "",
      "Følg skiltingen og hold avstand til maskinene. Dersom du går tur med hund, må hunden være i bånd.",
      "",
      "Hilsen Ringsaker kommune",
    ].join("\n");
    const r = variants(d, { language: "nb" });
    expect(r.message.actions.map((a) => a.text).join(" | ")).not.toMatch(/velte/);
    expect(r.variants.sms.text).not.toMatch(/må de felles/);
    expect(r.variants.post.text).not.toMatch(/og må de/);
  });
});

describe("«derfor» at the head of a clause after «og»", () => {
  it("stays when the sentence is said alone", () => {
    const d = [
      "Stengt bru",
      "",
      "Brua over Elva er stengt fra mandag 3. mars. Brua er skadet, og derfor må du kjøre om Nordvegen.",
      "",
      "Hilsen Lia kommune",
    ].join("\n");
    const r = variants(d, { language: "nb" });
    expect(r.variants.sms.text).not.toMatch(/og må du kjøre/);
    expect(r.variants.post.text).not.toMatch(/og må du kjøre/);
  });
});
