/** Contract tests of the Word adapter's comments (issue 12) against the strict fake. */
import { createWordHost } from "../../src/office/word";
import { FakeWord } from "./fakes/fake-word";

const P = ["Varsel om stenging", "Vi skriver vedrørende saken og igjen vedrørende arbeidet.", "Ta kontakt hvis du har spørsmål."];

function setup(opts: Partial<ConstructorParameters<typeof FakeWord>[0]> = {}) {
  const fw = new FakeWord({ paragraphs: P, ...opts });
  fw.install();
  const host = createWordHost({ storage: new Map() as unknown as Storage, page: null });
  return { fw, host };
}

const live = (fw: FakeWord) => fw.comments.filter((c) => !c.deleted);

afterEach(() => FakeWord.uninstall());

describe("Word adapter: findings as comments", () => {
  test("puts the comment on the right occurrence (the second of two identical words), in one batch with three syncs", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const start = snap.text.lastIndexOf("vedrørende");
    const runs = fw.runs;
    const syncs = fw.syncs;
    const res = await host.addComments!(snap, [{ start, end: start + "vedrørende".length, text: "Skriv «om» i stedet." }]);
    expect(res).toEqual({ added: 1, skipped: [] });
    expect(fw.runs - runs).toBe(1);
    expect(fw.syncs - syncs).toBeLessThanOrEqual(3);
    expect(live(fw)).toEqual([expect.objectContaining({ p: 1, s: P[1]!.lastIndexOf("vedrørende"), e: P[1]!.lastIndexOf("vedrørende") + 10, text: "Skriv «om» i stedet." })]);
    expect(P[1]).toBe(fw.paras[1]); // the text is untouched
  });

  test("several items go in the same batch, still three syncs", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const a = snap.text.indexOf("vedrørende");
    const b = snap.text.indexOf("spørsmål");
    const syncs = fw.syncs;
    const res = await host.addComments!(snap, [
      { start: a, end: a + 10, text: "En" },
      { start: b, end: b + 8, text: "To" },
    ]);
    expect(res.added).toBe(2);
    expect(fw.syncs - syncs).toBe(3);
    expect(live(fw).map((c) => [c.p, c.s, c.text])).toEqual([
      [1, P[1]!.indexOf("vedrørende"), "En"],
      [2, P[2]!.indexOf("spørsmål"), "To"],
    ]);
  });

  test("removal deletes only the comments the add-in made; a user's comment stays", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    fw.addComment({ p: 0, s: 0, pe: 0, e: 6 }, "Brukerens egen kommentar");
    const at = snap.text.indexOf("spørsmål");
    await host.addComments!(snap, [{ start: at, end: at + 8, text: "Vår" }]);
    expect(live(fw)).toHaveLength(2);
    const syncs = fw.syncs;
    expect(await host.removeComments!()).toBe(1);
    expect(fw.syncs - syncs).toBeLessThanOrEqual(2);
    expect(live(fw).map((c) => c.text)).toEqual(["Brukerens egen kommentar"]);
    expect(await host.removeComments!()).toBe(0); // nothing of ours left
    expect(live(fw)).toHaveLength(1);
  });

  test("a comment the user already deleted is not deleted twice", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const at = snap.text.indexOf("spørsmål");
    await host.addComments!(snap, [{ start: at, end: at + 8, text: "Vår" }]);
    fw.comments[0]!.deleted = true;
    await expect(host.removeComments!()).resolves.toBe(0);
  });

  test.each(["2019", "2021"] as const)("Word %s (no WordApi 1.4): the capability is absent", async (platform) => {
    const { host } = setup({ platform });
    expect(host.addComments).toBeUndefined();
    expect(host.removeComments).toBeUndefined();
  });

  test("text changed since the snapshot: that item is skipped with a reason, the others land", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const a = snap.text.indexOf("vedrørende");
    const b = snap.text.indexOf("spørsmål");
    fw.paras[1] = "Vi skriver om saken.";
    const res = await host.addComments!(snap, [
      { start: a, end: a + 10, text: "En" },
      { start: b, end: b + 8, text: "To" },
    ]);
    expect(res.added).toBe(1);
    expect(res.skipped).toEqual([{ start: a, end: a + 10, reason: "changed" }]);
    expect(live(fw).map((c) => c.text)).toEqual(["To"]);
  });

  test("a snapshot that is not the last read of that text: every item is skipped as changed", async () => {
    const { fw, host } = setup();
    const snap = await host.readDraft();
    const res = await host.addComments!({ ...snap, text: snap.text + "x" }, [{ start: 0, end: 6, text: "En" }]);
    expect(res).toEqual({ added: 0, skipped: [{ start: 0, end: 6, reason: "changed" }] });
    expect(fw.comments).toHaveLength(0);
  });

  test("search hits in reverse order: a comment that landed on another occurrence is deleted again and reported unverified", async () => {
    const { fw, host } = setup({ hitOrder: "reversed" });
    const snap = await host.readDraft();
    const start = snap.text.indexOf("vedrørende");
    const res = await host.addComments!(snap, [{ start, end: start + 10, text: "Første" }]);
    // Word gave the second hit first: the comment landed there, so it is taken away again (a fourth sync, only now)
    expect(res).toEqual({ added: 0, skipped: [{ start, end: start + 10, reason: "error", detail: "unverified" }] });
    expect(live(fw)).toEqual([]);
    expect(fw.comments).toHaveLength(1);
  });
});
