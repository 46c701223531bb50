// The annotation validator catches the mistakes an annotator makes, and the loader names a missing ../shared.
import { loadDevset, validateAnnotation, devsetDir, VALUE_FORMAT, type Annotation } from "./devset";
import { join } from "node:path";

const DRAFT = "Tømming som skulle vært fredag 1. mai, flyttes til lørdag 2. mai. Sett dunken ut kvelden før.\n\nHilsen Fjordvik kommune\n";

const good: Annotation = {
  id: "t-ok",
  source: "own",
  language: "nb",
  kind: "change",
  audience: "public",
  sender: "Fjordvik kommune",
  key: { what: ["tømm"], when: { text: "lørdag 2. mai", value: "--05-02", role: "new" }, where: null },
  wrongRole: ["1. mai"],
  actions: [{ text: "Sett dunken ut kvelden før", deadline: null }],
  notActions: [],
  sms: { must: [["2. mai"], ["flytt", "ny dag"]], mustNot: [] },
  post: { must: [["2. mai"]], mustNot: [] },
  notes: "A valid annotation for the tests.",
};

const withOver = (over: Record<string, unknown>) => ({ ...good, ...over });

describe("validateAnnotation", () => {
  it("accepts a valid annotation", () => {
    expect(validateAnnotation(good, DRAFT)).toEqual([]);
  });
  it("rejects a fact the draft does not contain", () => {
    expect(validateAnnotation(withOver({ sms: { must: [["3. mai"]], mustNot: [] } }), DRAFT)).toEqual(['sms.must: none of ["3. mai"] occurs in the draft']);
    expect(validateAnnotation(withOver({ wrongRole: ["11. mai"] }), DRAFT)).toEqual(['wrongRole "11. mai" does not occur in the draft']);
    expect(validateAnnotation(withOver({ actions: [{ text: "Ring oss", deadline: null }] }), DRAFT)).toEqual(['actions.text "Ring oss" does not occur in the draft']);
  });
  it("lets word stems in a must-group differ from the draft, but not a group of facts only", () => {
    expect(validateAnnotation(withOver({ sms: { must: [["i stedet", "flytt"]], mustNot: [] } }), DRAFT)).toEqual([]);
    expect(validateAnnotation(withOver({ sms: { must: [["{fristDato}"]], mustNot: [] } }), DRAFT)).toHaveLength(1);
  });
  it("rejects unknown kinds, roles, values and fields", () => {
    expect(validateAnnotation(withOver({ kind: "newsletter" }), DRAFT)[0]).toMatch(/^kind:/);
    expect(validateAnnotation(withOver({ key: { ...good.key, when: { text: "lørdag 2. mai", value: "2. mai", role: "new" } } }), DRAFT)[0]).toMatch(/not a Message normalisation/);
    expect(validateAnnotation(withOver({ key: { ...good.key, when: { text: "lørdag 2. mai", value: "--05-02", role: "soon" } } }), DRAFT)[0]).toMatch(/^key.when.role/);
    expect(validateAnnotation(withOver({ extra: 1 }), DRAFT)).toEqual(["unknown field extra"]);
    expect(validateAnnotation(withOver({ post: { must: [[]], mustNot: [] } }), DRAFT)[0]).toMatch(/^post.must/);
  });
  it("knows the Message normalisations", () => {
    for (const v of ["", "--05-02", "2027-05-02", "2020-01", "--09-02/--09-20", "W47", "2025-W47", "wd:3", "day:+1", "P3W", "P14D", "T17:00"]) expect(VALUE_FORMAT.test(v)).toBe(true);
    for (const v of ["2. mai", "wd:8", "tomorrow", "--5-2"]) expect(VALUE_FORMAT.test(v)).toBe(false);
  });
});

describe("loadDevset", () => {
  it("says plainly when ../shared is missing", () => {
    expect(() => loadDevset(devsetDir(join(__dirname, "../..")), "/nonexistent/shared")).toThrow(/Reference data is missing/);
  });
});
