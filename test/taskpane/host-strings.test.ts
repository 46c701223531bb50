/** The pane's words for Word's and Outlook's own behaviour (issue 12): «ikke bekreftet», «Lukk Søk-vinduet», where «Sett inn» went. */
import { describeApply } from "../../src/taskpane/check/CheckPanel";
import { HOST_STRINGS, hostStringsFor } from "../../src/taskpane/i18n/host-strings";
import { stringsFor } from "../../src/taskpane/i18n/locale";
import { languageHint } from "../../src/office/content-language";

const edit = { start: 0, end: 3, replacement: "om" };

test("a fix Word wrote but could not confirm is reported «ikke bekreftet» and can still be undone", () => {
  const n = describeApply(stringsFor("nb"), { applied: [], skipped: [{ edit, reason: "error", detail: "unverified" }] }, hostStringsFor("nb"));
  expect(n.text).toContain("ikke bekreftet");
  expect(n.canUndo).toBe(true);
});

test("Word's Find dialog is named: «Lukk Søk-vinduet»", () => {
  const n = describeApply(stringsFor("nb"), { applied: [], skipped: [{ edit, reason: "error", detail: "search-dialog-open" }] }, hostStringsFor("nb"));
  expect(n.text).toContain("Lukk Søk-vinduet");
  expect(n.canUndo).toBe(false);
});

test("every host message exists in bokmål, nynorsk and English, with the same keys", () => {
  const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (typeof v === "string" ? [k] : keys(v).map((x) => `${k}.${x}`)));
  expect(keys(HOST_STRINGS.nn)).toEqual(keys(HOST_STRINGS.nb));
  expect(keys(HOST_STRINGS.en)).toEqual(keys(HOST_STRINGS.nb));
  expect(HOST_STRINGS.nn.skipDetails.unverified).toContain("ikkje stadfesta");
});

test("the item's content language pre-selects bokmål or nynorsk only", () => {
  expect(languageHint("nn-NO")).toBe("nn");
  expect(languageHint("nb-NO")).toBe("nb");
  expect(languageHint("no")).toBe("nb");
  expect(languageHint("en-GB")).toBeUndefined();
  expect(languageHint(undefined)).toBeUndefined();
});
