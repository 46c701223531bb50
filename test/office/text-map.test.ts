import { countOccurrences, escapeSearch, minimalChange, normalizeSegment, occurrenceIndex, searchHead, searchTail, applyChanges } from "../../src/office/text-map";

test("normalizeSegment keeps a map back to raw characters", () => {
  const raw = "A\u0002b\u000bc\u001ed\u001f";
  const n = normalizeSegment(raw);
  expect(n.text).toBe("Ab\nc-d");
  expect(n.map).toEqual([0, 2, 3, 4, 5, 6, 8]);
  for (let i = 0; i < n.text.length; i++) if (n.text[i] !== "\n" && n.text[i] !== "-") expect(raw[n.map[i]!]).toBe(n.text[i]);
});

test("occurrenceIndex counts like a left-to-right search without overlaps", () => {
  expect(occurrenceIndex("aaaa", "aa", 2)).toBe(1);
  expect(occurrenceIndex("aaaa", "aa", 1)).toBe(-1);
  expect(occurrenceIndex("og og og", "og", 6)).toBe(2);
  expect(countOccurrences("aaaa", "aa")).toBe(2);
});

test("search head and tail fit 255 escaped characters and never split a surrogate pair", () => {
  const s = "^".repeat(200) + "😀".repeat(100);
  const h = searchHead(s);
  expect(escapeSearch(h).length).toBeLessThanOrEqual(255);
  expect(h).toBe("^".repeat(127));
  const t = searchTail(s);
  expect(escapeSearch(t).length).toBeLessThanOrEqual(255);
  expect(t.endsWith("😀".repeat(100))).toBe(true);
  const u = searchTail("x" + "😀".repeat(200));
  expect(u.charCodeAt(0)).toBeGreaterThanOrEqual(0xd800);
  expect(u.charCodeAt(0)).toBeLessThanOrEqual(0xdbff);
  expect(s.endsWith(t)).toBe(true);
});

test("minimalChange trims to whole changed words and keeps both sides non-empty", () => {
  const raw = "Vi viser til brev vedrørende saken din.";
  const start = 0;
  const end = raw.length;
  const c = minimalChange(raw, start, end, "Vi viser til brev om saken din.");
  expect(raw.slice(c.start, c.end)).toBe("vedrørende");
  expect(c.text).toBe("om");
  // a pure deletion grows over the next word so it can be searched and undone
  const d = minimalChange("og og saken", 0, 3, "");
  expect(d.text.length).toBeGreaterThan(0);
  expect(applyChanges("og og saken", [d])).toBe("og saken");
  // a pure insertion likewise
  const i = minimalChange("Ta kontakt", 3, 3, "gjerne ");
  expect(applyChanges("Ta kontakt", [i])).toBe("Ta gjerne kontakt");
  expect(i.end).toBeGreaterThan(i.start);
});
