import { postLengths, xLength, toHashtag, findHashtags, hashtagNeedsCamelCase, findEmoji, findFancyUnicode } from "../../../src/core/channels/post";

// Conformance cases from twitter/twitter-text conformance/validate.yml (WeightedTweetsWithDiscountedEmojiCounterTest),
// as listed in research/channels.md §3.2, plus the derived Norwegian ones.
const generalPunctuation =
  "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u2010\u2011\u2012\u2013\u2014\u2015\u2016\u2017\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u2032\u2033\u2034\u2035\u2036\u2037";
const cases: Array<[string, string, number]> = [
  ["URL with text", "Hi http://test.co", 26],
  ["URL alone", "http://test.co", 23],
  ["285 chars", "285 chars-" + "xxxxxxxxxx-".repeat(25), 285],
  ["ten URLs", "https://www.twitter.com/aloha ".repeat(10), 240],
  ["160 CJK", "的".repeat(160), 320],
  ["160 emoji", "😷".repeat(160), 320],
  ["mixed emoji", "H🐱☺👨‍👩‍👧‍👦", 7],
  ["five emoji", "😷👾😡🔥💩", 10],
  ["modifier and ZWJ", "🙋🏽👨‍🎤", 4],
  ["140 families", "👨‍👩‍👧‍👦".repeat(140), 280],
  ["keycap", "1⃣", 2],
  ["Norwegian letters", "Æ Ø Å æ ø å é", 13],
  ["CamelCase hashtag", "#UniversellUtforming", 20],
  ["281 ø", "ø".repeat(281), 281],
  ["domain of 64 chars is not a URL", "randomurl".repeat(7) + "s.com", 68],
];

describe("X weighted length matches twitter-text conformance", () => {
  for (const [name, text, expected] of cases) it(name, () => expect(xLength(text)).toBe(expected));
  it("general punctuation (U+2000–U+200B, U+2010–U+201F, U+2032–U+2037) weighs 1 per character", () => {
    // twitter-text config v3: these ranges have weight 100 (one character); the conformance case built on
    // them (110 for its 110-character tweet) follows from that.
    expect(xLength("a" + generalPunctuation)).toBe(1 + generalPunctuation.length);
    expect(xLength("a" + "—".repeat(10))).toBe(11);
  });
});

describe("postLengths", () => {
  it("counts UTF-16 units for the other platforms and weighted length for X", () => {
    const t = "Les mer på https://www.nav.no/" + "a".repeat(100);
    const l = postLengths(t);
    expect(l.facebook).toBe(t.length);
    expect(l.linkedin).toBe(t.length);
    expect(l.instagram).toBe(t.length);
    expect(l.x).toBe("Les mer på ".length + 23);
  });
});

describe("hashtags, emoji and fancy letters", () => {
  it("makes CamelCase hashtags and never invents letters", () => {
    expect(toHashtag("universell utforming")).toBe("#UniversellUtforming");
    expect(toHashtag("#vannavbrudd")).toBe("#Vannavbrudd");
    expect(toHashtag("FjordvikKommune")).toBe("#FjordvikKommune");
    expect(toHashtag("  !! ")).toBe("");
  });
  it("finds hashtags and flags long lower-case ones", () => {
    expect(findHashtags("Se #UniversellUtforming og #vannavbruddsjogata, men ikke e#post.").map((h) => h.text)).toEqual(["#UniversellUtforming", "#vannavbruddsjogata"]);
    expect(hashtagNeedsCamelCase("#vannavbruddsjogata")).toBe(true);
    expect(hashtagNeedsCamelCase("#VannavbruddSjøgata")).toBe(false);
  });
  it("finds emoji and fancy Unicode letters", () => {
    expect(findEmoji("Hei 👍 og 👨‍👩‍👧‍👦").map((e) => e.text)).toEqual(["👍", "👨‍👩‍👧‍👦"]);
    expect(findFancyUnicode("𝐅𝐞𝐭 tekst").map((e) => e.text)).toEqual(["𝐅𝐞𝐭"]);
  });
});
