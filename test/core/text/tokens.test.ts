import fc from "fast-check";
import { scanPretests, tokenize, tokenizeForParse } from "../../../src/core/text/tokenize";
import { corpusTexts } from "../shared-data";

const kinds = (text: string) => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe("tokenize", () => {
  test("Norwegian words, hyphens and apostrophes stay whole", () => {
    expect(kinds("KID-nummer, e-post og Nav's søknad")).toEqual(["word:KID-nummer", "punct:,", "word:e-post", "word:og", "word:Nav's", "word:søknad"]);
  });
  test("Sámi letters and combining marks are part of words", () => {
    const decomposed = "Ma\u0301lselv";
    expect(kinds(`Čáhcesuolu ŋ ŧ đ ž ${decomposed}`)).toEqual(["word:Čáhcesuolu", "word:ŋ", "word:ŧ", "word:đ", "word:ž", `word:${decomposed}`]);
  });
  test("numbers: dates, times, decimals, ratios, case numbers, grouped digits", () => {
    expect(kinds("08.02.2027 09.00–16.00 2,4 1:500 2025/04417 14 280")).toEqual([
      "number:08.02.2027",
      "number:09.00",
      "punct:–",
      "number:16.00",
      "number:2,4",
      "number:1:500",
      "number:2025/04417",
      "number:14",
      "number:280",
    ]);
  });
  test("an ordinal keeps its period separate", () => {
    expect(kinds("1. mars")).toEqual(["number:1", "punct:.", "word:mars"]);
  });
  test("mixed letters and digits form a word", () => {
    expect(kinds("5G A4 18-åring")).toEqual(["word:5G", "word:A4", "word:18-åring"]);
  });
  test("URLs, domains and e-mail addresses", () => {
    expect(kinds("Se https://www.nav.no/klage?id=1, www.skatteetaten.no og nav.no/barn. Skriv til post.mottak@fjordvik.kommune.no.")).toEqual([
      "word:Se",
      "url:https://www.nav.no/klage?id=1",
      "punct:,",
      "url:www.skatteetaten.no",
      "word:og",
      "url:nav.no/barn",
      "punct:.",
      "word:Skriv",
      "word:til",
      "email:post.mottak@fjordvik.kommune.no",
      "punct:.",
    ]);
  });
  test("a URL in brackets drops the closing bracket", () => {
    expect(kinds("(se https://nav.no/a)")).toEqual(["punct:(", "word:se", "url:https://nav.no/a", "punct:)"]);
  });
  test("abbreviations keep their periods", () => {
    expect(kinds("f.eks. bl.a. kl. 09.00 jf. t.o.m. f. eks.")).toEqual(["word:f.eks.", "word:bl.a.", "word:kl.", "number:09.00", "word:jf.", "word:t.o.m.", "word:f. eks."]);
  });
  test("a word that merely ends a sentence keeps its period separate", () => {
    expect(kinds("Vi ses.")).toEqual(["word:Vi", "word:ses", "punct:."]);
  });
  test("emoji: single, skin tone, ZWJ family, flag, keycap", () => {
    const family = "👩‍👩‍👧";
    expect(kinds(`Hei 👍🏽 ${family} 🇳🇴 1️⃣ ❤️!`)).toEqual(["word:Hei", "emoji:👍🏽", `emoji:${family}`, "emoji:🇳🇴", "emoji:1️⃣", "emoji:❤️", "punct:!"]);
  });
  test("symbols and punctuation", () => {
    expect(kinds("§ 21-3 kr 150 + 20 % «sitat»")).toEqual(["punct:§", "number:21-3", "word:kr", "number:150", "symbol:+", "number:20", "punct:%", "punct:«", "word:sitat", "punct:»"]);
  });
  test("offsets are exact UTF-16 offsets, including astral characters", () => {
    const text = "😀 𝐀bc æøå\u00a0ok";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.start)).toEqual([0, 3, 8, 12]);
  });
  test("lone surrogates and control characters never throw and stay in range", () => {
    const text = "a\ud800b\udc00 \u0000\u0007c\u200b";
    const toks = tokenize(text);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text).join("")).toContain("c");
  });
  test("template placeholders are one word", () => {
    expect(kinds("Hei {bruker.navn}, fra {{dato}}. { ikke } {} {123}")).toEqual([
      "word:Hei",
      "word:{bruker.navn}",
      "punct:,",
      "word:fra",
      "word:{{dato}}",
      "punct:.",
      "punct:{",
      "word:ikke",
      "punct:}",
      "punct:{",
      "punct:}",
      "punct:{",
      "number:123",
      "punct:}",
    ]);
  });
  test("lower is the lower-cased text", () => {
    expect(tokenize("ÆRE Være").map((t) => t.lower)).toEqual(["ære", "være"]);
  });
  test("lower-cases words with upper case anywhere, also after a soft hyphen, a joiner or a non-Latin letter", () => {
    const words = ["kID-Nummer", "sø\u00adKNAD", "ŋA", "aÉ", "Ǆemal", "ﬁLE", "ǅ", "KELVIN\u212a", "e-POST", "nav\u2019S", "x\u0301Y"];
    for (const w of words) {
      const [t] = tokenize(w);
      expect(t.text).toBe(w);
      expect(t.lower).toBe(w.toLowerCase());
    }
  });
  test("property: for every word, URL and e-mail token lower === text.toLowerCase(); parse candidates are exactly the punctuation and words ending in a period", () => {
    const pieces = ["a", "Å", "ß", "É", "ŋ", "Ŋ", "Σ", "ﬁ", "\u00ad", "\u200d", "-", "'", "’", "1", "2", ".", ",", ":", "/", " ", "\n", "kl.", "F.eks.", "https://NAV.no/X", "Post@Nav.NO", "😀", "\u0301", "{Navn}"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 40 }), (parts, extra) => {
        const text = parts.join("") + extra;
        const { tokens, candidates } = tokenizeForParse(text);
        expect(tokens).toEqual(tokenize(text));
        const expected: number[] = [];
        tokens.forEach((t, i) => {
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect(t.lower).toBe(t.kind === "word" || t.kind === "url" || t.kind === "email" ? t.text.toLowerCase() : t.text);
          if (t.kind === "punct" || (t.kind === "word" && t.text.endsWith("."))) expected.push(i);
        });
        expect(candidates).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
  test("property: the plain-word fast path (one regex per common word) gives the same tokens as the full scan", () => {
    const pieces = ["a", "Ab", "æøå", "ÆØÅ", "ß", "é", "ª", "²", "½", "ŋ", "\u0301", "\u00ad", "\u200d", "-", "'", "’", "1", "23", ".", ",", ":", ";", "@", "_", "+", "%", "/", "(", ")", "«", "»", "!", "?", " ", "\t", "\n", "\r\n", "\u2028", "kl.", "f.eks.", "o.l.", "nav.no", "www.Nav.no", "Post@Nav.NO", "😀", "1️⃣", "{Navn}", "\u00a0"];
    const same = (text: string, from?: number, to?: number) => {
      const slow = scanPretests.withoutFastPath(() => [tokenizeForParse(text), tokenize(text, from, to)]);
      expect([tokenizeForParse(text), tokenize(text, from, to)]).toEqual(slow);
    };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 20 }), fc.nat(), fc.nat(), (parts, extra, x, y) => {
        const text = parts.join("") + extra;
        same(text, Math.min(x, y) % (text.length + 1), Math.max(x, y) % (text.length + 1));
      }),
      { numRuns: 1000 },
    );
    for (const c of corpusTexts()) same(c.text, 0, Math.floor(c.text.length / 2));
  });
  test("a range can be tokenised", () => {
    const text = "aaa bbb ccc";
    expect(tokenize(text, 4, 7).map((t) => t.text)).toEqual(["bbb"]);
  });
  test("a range that ends inside a surrogate pair ends (the half pair is a symbol)", () => {
    expect(tokenize("\u{120bd}", 0, 1).map((t) => [t.start, t.end, t.kind])).toEqual([[0, 1, "symbol"]]);
    expect(tokenize("a.\u{120bd}", 0, 3).map((t) => t.kind)).toEqual(["word", "punct", "symbol"]);
  });
});
