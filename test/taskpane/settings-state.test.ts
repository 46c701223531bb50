import { defaultSettings } from "../../src/taskpane/settings/model";
import { analyzeOptionsFor, settingsFromStorage } from "../../src/taskpane/state/settings";

describe("settingsFromStorage", () => {
  it("gives the defaults for nothing stored or unreadable text", () => {
    expect(settingsFromStorage(null)).toEqual(defaultSettings);
    expect(settingsFromStorage("")).toEqual(defaultSettings);
    expect(settingsFromStorage("{not json")).toEqual(defaultSettings);
    expect(settingsFromStorage("[1,2]")).toEqual(defaultSettings);
  });
  it("lays stored values over the defaults", () => {
    const s = settingsFromStorage(JSON.stringify({ uiLanguage: "nn", customWords: [{ word: "herved", alternative: "" }] }));
    expect(s.uiLanguage).toBe("nn");
    expect(s.customWords).toEqual([{ word: "herved", alternative: "" }]);
    expect(s.platforms).toEqual(defaultSettings.platforms);
  });
  it("never shares the default arrays (editing one result cannot change the defaults)", () => {
    const s = settingsFromStorage(null);
    s.hashtags!.push("#x");
    expect(defaultSettings.hashtags).toEqual([]);
  });
});

describe("analyzeOptionsFor", () => {
  it("passes language, locale, rule options and the word list to the checker", () => {
    const o = analyzeOptionsFor({ checkLanguage: "nn", ruleOptions: { passive: false }, customWords: [{ word: "a", alternative: "b" }] }, "en");
    expect(o).toEqual({ language: "nn", locale: "en", ruleOptions: { passive: false }, customWords: [{ word: "a", alternative: "b" }] });
    expect(analyzeOptionsFor({}, "nb").language).toBe("auto");
  });
});
