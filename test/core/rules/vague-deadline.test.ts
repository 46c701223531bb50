import { vagueDeadlineRule } from "../../../src/core/rules/vague-deadline";
import { run, texts } from "./helpers";

describe("vague-deadline (research DATE-01)", () => {
  test.each([
    ["Send oss dokumentene snarest.", "snarest"],
    ["Ta kontakt så snart som mulig.", "så snart som mulig"],
    ["Vi svarer innen rimelig tid.", "innen rimelig tid"],
    ["Svar oss innen 14 dager.", "innen 14 dager"],
    ["Svar oss innen to uker.", "innen to uker"],
  ])("nb: %s", (sentence, flagged) => {
    const fs = run(vagueDeadlineRule, sentence);
    expect(texts(fs)).toEqual([flagged]);
    expect(fs[0].severity).toBe("warning");
    expect(fs[0].suggestions).toEqual([]);
    expect(fs[0].message).toContain("uklar frist");
  });
  test.each([
    ["Meld frå så snart som råd.", "så snart som råd"],
    ["Send skjemaet innan tre veker.", "innan tre veker"],
  ])("nn: %s", (sentence, flagged) => {
    expect(texts(run(vagueDeadlineRule, sentence, "nn"))).toEqual([flagged]);
  });
  test("en: as soon as possible, within 14 days", () => {
    expect(texts(run(vagueDeadlineRule, "Reply as soon as possible, and pay within 14 days.", "en"))).toEqual(["as soon as possible", "within 14 days"]);
  });
  test.each([
    "Svar oss innen 14 dager, det vil si senest 20. august 2025.",
    "Betal snarest og senest 20.08.2025.",
    "Du kan klage innen 6 uker fra den datoen du mottok vedtaket.",
    "Vi har 14 dagers betalingsfrist.",
    "Meldekortet sendes hver 14. dag.",
  ])("not flagged: %s", (sentence) => {
    expect(texts(run(vagueDeadlineRule, sentence))).toEqual([]);
  });
  test("«innen fristen» only when the text gives no date", () => {
    expect(texts(run(vagueDeadlineRule, "Send svaret innen fristen."))).toEqual(["innen fristen"]);
    expect(texts(run(vagueDeadlineRule, "Fristen er 21. mars 2025. Send svaret innen fristen."))).toEqual([]);
  });
  test("messages in three locales", () => {
    expect(run(vagueDeadlineRule, "Svar snarest.", "nb", {}, "nn")[0].message).toBe("«snarest» er ein uklar frist. Skriv datoen, til dømes «innan 15. mars 2026».");
    expect(run(vagueDeadlineRule, "Svar snarest.", "nb", {}, "en")[0].message).toContain("vague deadline");
  });
});
