import { exportProfile, mergeSettings, normalizeHashtags, parseSettings, validateSenderId, type Settings } from "../../../src/taskpane/settings/model";

describe("SMS sender id", () => {
  test.each([
    ["", null],
    ["Kommune", null],
    ["Oslo kommune".slice(0, 11), null],
    ["NAV", null],
    ["Eksempelkommune", "too-long"],
    ["Bærum", "chars"],
    ["12345", "no-letter"],
    ["Vann&avløp", "chars"],
    ["Vann-Avløp", "chars"],
  ])("%p → %p", (id, problem) => {
    expect(validateSenderId(id)).toBe(problem);
  });
});

describe("parseSettings (profile import)", () => {
  test("accepts a full exported profile and round-trips it", () => {
    const s: Settings = {
      senderName: "Eksempel kommune",
      smsSenderId: "Eksempel",
      contactPhone: "12 34 56 78",
      contactWeb: "eksempel.kommune.no",
      smsLinks: "domain",
      hashtags: ["#Vann", "#EksempelKommune"],
      platforms: ["facebook", "linkedin"],
      checkLanguage: "nn",
      customWords: [{ word: "iverksette", alternative: "starte" }],
    };
    const r = parseSettings(exportProfile(s));
    expect(r).toEqual({ ok: true, settings: { ...s, ruleOptions: undefined } } as never);
  });

  test("accepts a word list written as an object map", () => {
    const r = parseSettings('{"customWords": {"iverksette": "starte", " forespørsel ": "spørsmål"}}');
    expect(r.ok && r.settings.customWords).toEqual([
      { word: "iverksette", alternative: "starte" },
      { word: "forespørsel", alternative: "spørsmål" },
    ]);
  });

  test.each([
    ["{not json", "not-json", undefined],
    ["[1,2]", "not-object", undefined],
    ['"text"', "not-object", undefined],
    ['{"smsLinks":"sometimes"}', "bad-field", "smsLinks"],
    ['{"platforms":["x","myspace"]}', "bad-field", "platforms"],
    ['{"hashtags":"#vann"}', "bad-field", "hashtags"],
    ['{"senderName":42}', "bad-field", "senderName"],
    ['{"smsSenderId":"Eksempelkommune"}', "sender-id", "smsSenderId"],
    ['{"customWords":[{"word":"a","alternative":1}]}', "bad-field", "customWords[0]"],
    ['{"customWords":[{"word":" ","alternative":"b"}]}', "empty-word", "customWords[0]"],
    ['{"customWords":[{"word":"Ord","alternative":"b"},{"word":"ord","alternative":"c"}]}', "duplicate-word", "customWords[1]"],
    ['{"ruleOptions":{"kanselli":true}}', "bad-field", "ruleOptions.kanselli"],
    ['{"uiLanguage":"sv"}', "bad-field", "uiLanguage"],
  ])("refuses %s with %s", (json, code, field) => {
    const r = parseSettings(json);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.field).toBe(field);
    }
  });

  test("never throws on arbitrary input", () => {
    for (const junk of ["", "null", "0", "{}", '{"customWords":null}', "\uFEFF{}", "x".repeat(2_000_000)]) {
      expect(() => parseSettings(junk)).not.toThrow();
    }
    expect(parseSettings("x".repeat(2_000_000))).toEqual({ ok: false, error: { code: "too-large" } });
    expect(parseSettings("\uFEFF{}")).toEqual({ ok: false, error: { code: "nothing-known", detail: "" } });
  });

  test("is honest about what it takes: unknown files are refused, unknown fields named, limits enforced", () => {
    expect(parseSettings('{"foo":1}')).toEqual({ ok: false, error: { code: "nothing-known", detail: "foo" } });
    expect(parseSettings(JSON.stringify({ senderName: "x".repeat(5000) }))).toEqual({ ok: false, error: { code: "too-long", field: "senderName", detail: "200" } });
    expect(parseSettings(JSON.stringify({ customWords: [{ word: "y".repeat(900_000), alternative: "z" }] }))).toEqual({ ok: false, error: { code: "too-long", field: "customWords[0].word", detail: "100" } });
    expect(parseSettings(JSON.stringify({ customWords: [{ word: "y".repeat(500), alternative: "z" }] }))).toEqual({ ok: false, error: { code: "too-long", field: "customWords[0].word", detail: "100" } });
    expect(parseSettings(JSON.stringify({ customWords: Array.from({ length: 5001 }, (_, i) => ({ word: `w${i}`, alternative: "" })) }))).toMatchObject({ ok: false, error: { code: "too-many", field: "customWords" } });
    expect(parseSettings(JSON.stringify({ smsSenderId: "S".repeat(5000) }))).toMatchObject({ ok: false, error: { code: "sender-id", detail: "too-long" } });
    expect(parseSettings(JSON.stringify({ senderName: "Eksempel kommune", foo: 1, ruleOptions: { passive: false, nosuchrule: false } }))).toEqual({
      ok: true,
      settings: { senderName: "Eksempel kommune", ruleOptions: { passive: false } },
      ignored: ["foo", "ruleOptions.nosuchrule"],
    });
    expect(parseSettings(JSON.stringify({ allowedWords: ["NAV", "nav", " iht. "] }))).toEqual({ ok: true, settings: { allowedWords: ["NAV", "iht."] } });
  });

  test("merge changes only the keys the profile holds", () => {
    const cur: Settings = { uiLanguage: "en", senderName: "A", hashtags: ["#x"] };
    expect(mergeSettings(cur, { senderName: "B" })).toEqual({ uiLanguage: "en", senderName: "B", hashtags: ["#x"] });
  });

  test("hashtags are normalised: one #, no punctuation, no duplicates", () => {
    expect(normalizeHashtags(["vann, #Vann ##stengt", "#Eksempel-Kommune"])).toEqual(["#vann", "#stengt", "#EksempelKommune"]);
  });
});

describe("rule switches", () => {
  it("every rule the checker runs can be switched off, the nynorsk-form and bokmal-form rules too", () => {
    const r = parseSettings(JSON.stringify({ ruleOptions: { "nynorsk-form": false, "bokmal-form": false } }));
    expect(r.ok && r.settings.ruleOptions).toEqual({ "nynorsk-form": false, "bokmal-form": false });
    expect(r.ok && r.ignored).toBeFalsy();
  });
});
