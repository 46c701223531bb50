import { LOCALES, format, localeFromTag, pickLocale, plural, stringsFor } from "../../src/taskpane/i18n/locale";
import { STRINGS } from "../../src/taskpane/i18n/strings";

describe("pickLocale", () => {
  it("prefers the user's choice, then Office's display language, then the browser's", () => {
    expect(pickLocale("en", "nn-NO", ["nb-NO"])).toBe("en");
    expect(pickLocale(undefined, "nn-NO", ["en-US"])).toBe("nn");
    expect(pickLocale(undefined, "de-DE", ["fr-FR", "en-GB"])).toBe("en");
    expect(pickLocale(undefined, undefined, ["no"])).toBe("nb");
  });
  it("falls back to bokmål for languages it does not speak", () => {
    expect(pickLocale(undefined, "sv-SE", ["de"])).toBe("nb");
    expect(pickLocale(undefined, undefined, [])).toBe("nb");
  });
  it("maps tags case-insensitively with either separator", () => {
    expect(localeFromTag("NN_no")).toBe("nn");
    expect(localeFromTag("nb")).toBe("nb");
    expect(localeFromTag("")).toBeUndefined();
    expect(localeFromTag(undefined)).toBeUndefined();
  });
});

describe("format and plural", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(format("LIX {lix} – {band} {x}", { lix: 42, band: "middels" })).toBe("LIX 42 – middels {x}");
  });
  it("picks the plural form by count", () => {
    expect(plural(STRINGS.en.findingsCount, 1)).toBe("1 finding");
    expect(plural(STRINGS.en.findingsCount, 3)).toBe("3 findings");
    expect(plural(STRINGS.nb.applied, 2)).toBe("2 endringer er gjort.");
  });
});

describe("string tables", () => {
  const shape = (o: unknown, prefix = ""): string[] =>
    o && typeof o === "object" ? Object.entries(o).flatMap(([k, v]) => shape(v, `${prefix}${k}.`)) : [prefix];
  it("have the same keys in all three languages and no empty text", () => {
    const nb = shape(STRINGS.nb).sort();
    for (const l of LOCALES) {
      expect(shape(STRINGS[l]).sort()).toEqual(nb);
      const values = JSON.stringify(stringsFor(l));
      expect(values).not.toMatch(/:""/);
    }
  });
  it("are really translated (nynorsk and English differ from bokmål where words differ)", () => {
    expect(STRINGS.nn.tabs.channels).toBe("Kanalar");
    expect(STRINGS.en.tabs.check).toBe("Check");
    expect(STRINGS.nb.tabs.settings).toBe("Innstillinger");
  });
  it("keep the visible text inside the accessible name of labelled buttons", () => {
    for (const l of LOCALES) {
      const t = STRINGS[l];
      expect(format(t.replaceWithLabel, { s: "om", t: "x" })).toContain(format(t.replaceWith, { s: "om" }));
      expect(format(t.showLabel, { t: "x" })).toContain(t.show);
      expect(format(t.ignoreLabel, { t: "x" })).toContain(t.ignore);
    }
  });
});

describe("formatNumber", () => {
  it("writes numbers the Norwegian and the English way", () => {
    const { formatNumber } = require("../../src/taskpane/i18n/locale") as typeof import("../../src/taskpane/i18n/locale");
    expect(formatNumber("nb", 1234.56, 1)).toBe("1\u00a0234,6");
    expect(formatNumber("nn", 12.04, 1)).toBe("12");
    expect(formatNumber("en", 1234567, 0)).toBe("1,234,567");
    expect(formatNumber("en", 23.46, 1)).toBe("23.5");
    expect(formatNumber("nb", -3, 0)).toBe("−3");
    expect(formatNumber("nb", 0, 1)).toBe("0");
    expect(formatNumber("nb", Number.NaN)).toBe("NaN");
  });
});

describe("rule names", () => {
  it("exist in every language for every rule the checker has", () => {
    const { rules } = require("../../src/core/rules/index") as typeof import("../../src/core/rules/index");
    expect(rules.length).toBeGreaterThan(0);
    for (const l of LOCALES) {
      for (const rule of rules) expect([l, rule.id, STRINGS[l].ruleNames[rule.id]?.length > 0]).toEqual([l, rule.id, true]);
    }
  });
});
