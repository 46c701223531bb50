import { repeatedWordRule } from "../../../src/core/rules/repeated-word";
import { applyEdits } from "../../../src/core/edits";
import { run, texts } from "./helpers";

const fixAll = (text: string, lang: "nb" | "nn" | "en" = "nb") => applyEdits(text, run(repeatedWordRule, text, lang).flatMap((f) => (f.fix ? [f.fix] : [])));

describe("repeated-word", () => {
  test("på på (Unicode letters, which NAV's ASCII \\w misses) with a safe fix", () => {
    const fs = run(repeatedWordRule, "Vi venter på på svaret ditt.");
    expect(texts(fs)).toEqual(["på på"]);
    expect(fixAll("Vi venter på på svaret ditt.")).toBe("Vi venter på svaret ditt.");
  });
  test("case-insensitive, keeps the first word's case", () => {
    expect(fixAll("Søknaden Søknaden er mottatt.")).toBe("Søknaden er mottatt.");
    expect(fixAll("Ære ære være deg.")).toBe("Ære være deg.");
  });
  test("a triple gives one finding per pair without overlapping fixes", () => {
    const text = "Det er er er feil.";
    const fs = run(repeatedWordRule, text);
    expect(fs).toHaveLength(1);
    expect(applyEdits(text, fs.map((f) => f.fix!))).toBe("Det er er feil.");
  });
  test("legit repeats are left alone", () => {
    for (const s of ["Det det gjelder, er fristen.", "Den den gjelder, får brev.", "Ja ja, vi ordner det.", "Hei hei!", "Romnummer 12 12 er ledig."]) expect(texts(run(repeatedWordRule, s))).toEqual([]);
    expect(texts(run(repeatedWordRule, "What it is is unclear, and that that is so is odd.", "en"))).toEqual([]);
  });
  test("not across punctuation, sentences or paragraphs", () => {
    expect(texts(run(repeatedWordRule, "Kom hit, hit med deg. Deg ser jag."))).toEqual([]);
    expect(texts(run(repeatedWordRule, "Vi skriver\n\nskriver mer."))).toEqual([]);
  });
  test("a no-break space between the words still counts", () => {
    expect(texts(run(repeatedWordRule, "Send skjemaet til\u00A0til oss."))).toEqual(["til\u00A0til"]);
  });
});
