// A personal SMS says the reader's step only when it names nothing of the reader's health: "Ta med legeerklæring"
// on a phone's lock screen tells anyone who sees it that the reader has a doctor's statement.
import { variants } from "../../../src/core/channels";

describe("the reader's step in a personal SMS", () => {
  it("is never one that names a health document", () => {
    const r = variants("Innkalling til møte om oppfølging\n\nDu innkalles herved til møte med NAV Fjellbygd onsdag 9. juni 2027 kl. 10.30 i våre lokaler i Kirkegata 4.\n\nPå møtet skal vi gå gjennom aktivitetsplanen din. Ta med legeerklæring og CV.\n\nMed vennlig hilsen\nOla Nordmann\nveileder, NAV Fjellbygd");
    expect(r.variants.sms.text).not.toMatch(/legeerklæring/iu);
    expect(r.variants.sms.text).toContain("9. juni 2027 kl. 10.30");
    expect((r.variants.sms.findings ?? []).some((f) => f.rule === "sms-personal-data")).toBe(false);
  });
  it("a step with nothing of the case is still said", () => {
    const r = variants("Innkalling til møte om oppfølging\n\nDu innkalles herved til møte med NAV Fjellbygd onsdag 9. juni 2027 kl. 10.30 i våre lokaler i Kirkegata 4.\n\nTa med CV.\n\nMed vennlig hilsen\nOla Nordmann\nveileder, NAV Fjellbygd");
    expect(r.variants.sms.text).toContain("Ta med CV.");
  });
});
