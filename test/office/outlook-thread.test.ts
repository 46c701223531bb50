/** Where a reply's quoted thread starts, for clients that ignore bodyMode (classic Outlook on Windows, Mac). */
import { ownPart, quotedThreadStart } from "../../src/office/outlook-thread";

test.each([
  ["Norwegian header block", "Takk for svaret.\n\nFra: Kari Nordmann <kari@example.com>\nSendt: tirsdag 12. mai 2026 10:00\nTil: Post\nEmne: Sak\n\nHei"],
  ["English header block", "Thanks.\n\nFrom: Kari <kari@example.com>\nSent: Tuesday, May 12, 2026 10:00\nTo: Post\n\nHi"],
  ["original message separator", "Takk.\n\n-----Opprinnelig melding-----\nFra: Kari\nHei"],
  ["'wrote:' line", "Takk.\n\nDen 12. mai 2026 kl. 10:00 skrev Kari Nordmann <kari@example.com>:\n> Hei"],
])("cuts at the %s", (_, text) => {
  const own = ownPart(text);
  expect(own.cut).toBe(true);
  expect(own.text).toMatch(/^(Takk|Thanks)/);
  expect(own.text).not.toMatch(/Kari|Hei|Hi$/);
});

test("a plain message is left whole, including a line that merely starts with 'Fra:'", () => {
  const text = "Hei,\nFra: 1. juni er kontoret stengt.\nHilsen oss";
  expect(quotedThreadStart(text)).toBe(-1);
  expect(ownPart(text)).toEqual({ text, cut: false });
});
