import { runVariants, type CliIO } from "../../src/cli/variants";

const DRAFT = `Stenging av Storgata 1–45

Storgata blir stengt for biler tirsdag 14. oktober 2025 kl. 08.00–16.00. Bussene kjører om Parkveien.

Les mer på https://www.fjordvik.kommune.no/vei.

Har du spørsmål? Ring oss på 55 55 33 33.

Med vennlig hilsen
Fjordvik kommune
`;

function io(files: Record<string, string> = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const x: CliIO = {
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    readFile: async (p) => {
      if (p in files) return files[p];
      throw new Error("ENOENT: no such file");
    },
    readStdin: async () => stdin,
  };
  return { x, out: () => out.join(""), err: () => err.join("") };
}

describe("kanalklar variants", () => {
  it("prints the JSON contract with --json", async () => {
    const t = io({ "d.txt": DRAFT });
    expect(await runVariants(["--json", "d.txt"], t.x)).toBe(0);
    const r = JSON.parse(t.out());
    expect(r.language).toBe("nb");
    expect(Array.isArray(r.facts)).toBe(true);
    expect(r.facts.some((f: { kind: string; value: string }) => f.kind === "date" && f.value === "2025-10-14")).toBe(true);
    expect(typeof r.variants.letter.text).toBe("string");
    expect(r.variants.sms).toEqual(expect.objectContaining({ encoding: "GSM-7", segments: 1, length: expect.any(Number), findings: expect.any(Array) }));
    expect(r.variants.post.lengths).toEqual(expect.objectContaining({ x: expect.any(Number), facebook: expect.any(Number), linkedin: expect.any(Number), instagram: expect.any(Number) }));
  });
  it("prints a readable form for people, reading stdin with -", async () => {
    const t = io({}, DRAFT);
    expect(await runVariants(["-", "--sender", "Fjordvik kommune"], t.x)).toBe(0);
    expect(t.out()).toContain("=== Brev");
    expect(t.out()).toContain("=== SMS (GSM-7, 1 del");
    expect(t.out()).toContain("=== Innlegg");
  });
  it("carries the message and what each variant left out in --json, and --audience corrects who it is for", async () => {
    const t = io({ "d.txt": DRAFT });
    expect(await runVariants(["--json", "d.txt"], t.x)).toBe(0);
    const r = JSON.parse(t.out());
    expect(r.message).toMatchObject({ kind: "notice", audience: { value: "public" }, sender: { name: "Fjordvik kommune", source: "signature" } });
    expect(r.message.events[0].when).toMatchObject({ text: "tirsdag 14. oktober 2025", role: "new", value: "2025-10-14" });
    expect(DRAFT.slice(r.message.events[0].when.start, r.message.events[0].when.end)).toBe("tirsdag 14. oktober 2025");
    expect(Array.isArray(r.variants.sms.omitted)).toBe(true);
    const p = io({ "d.txt": DRAFT });
    expect(await runVariants(["--json", "--audience", "personal", "d.txt"], p.x)).toBe(0);
    const q = JSON.parse(p.out());
    expect(q.message.audience).toMatchObject({ value: "personal", source: "user" });
    expect(q.variants.post.text).toBe("");
    expect(q.variants.sms.text).toContain("Du har fått");
    const bad = io({ "d.txt": DRAFT });
    expect(await runVariants(["--audience", "alle", "d.txt"], bad.x)).toBe(2);
    expect(bad.err()).toContain("--audience");
  });
  it("tells people what it read the draft to say", async () => {
    const t = io({ "d.txt": DRAFT });
    expect(await runVariants(["d.txt"], t.x)).toBe(0);
    expect(t.out()).toContain("Forstått som: varsel om noe som skjer, til alle.");
    expect(t.out()).toContain("Når: tirsdag 14. oktober 2025 kl. 08.00–16.00");
    expect(t.out()).toContain("Avsender: Fjordvik kommune (fra signaturen)");
  });
  it("honours --sms-links and --hashtag", async () => {
    const t = io({ "d.txt": DRAFT });
    expect(await runVariants(["--json", "--sms-links", "url", "--hashtag", "stengt vei", "d.txt"], t.x)).toBe(0);
    const r = JSON.parse(t.out());
    expect(r.variants.sms.text).toContain("https://www.fjordvik.kommune.no/vei");
    expect(r.variants.post.text).toContain("#StengtVei");
  });
  it("exits 2 with a one-line error on bad usage or unreadable input", async () => {
    for (const argv of [[], ["--sms-links", "all", "d.txt"], ["--bogus", "d.txt"], ["a.txt", "b.txt"], ["--lang"], ["missing.txt"], ["--sms-sender", "Bærum kommune", "d.txt"]]) {
      const t = io({ "d.txt": DRAFT });
      expect(await runVariants(argv, t.x)).toBe(2);
      expect(t.err()).toMatch(/^kanalklar variants: [^\n]+\n$/);
      expect(t.out()).toBe("");
    }
  });
});

describe("kanalklar variants --help", () => {
  it("prints usage and exits 0", async () => {
    const t = io();
    expect(await runVariants(["--help"], t.x)).toBe(0);
    expect(t.out()).toContain("--sms-links");
  });
});
