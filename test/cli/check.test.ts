import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { decodeText, lineIndex } from "../../src/cli/io";

const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/kanalklar");
const dir = mkdtempSync(join(tmpdir(), "kanalklar-check-"));

const DRAFT = `Vedrørende søknad om parkeringstillatelse

Det vises til Deres søknad mottatt 12. august 2025. Søknaden avslås, jf. forvaltningsloven § 28.
Spørsmål kan rettes til oss på tlf. 23 45 67 89 mellom kl. 09.00 og kl. 15.00.

Med hilsen
Haugsdal kommune
`;

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "pipe" });
  writeFileSync(join(dir, "draft.txt"), DRAFT);
  writeFileSync(join(dir, "binary.bin"), Buffer.from([0x48, 0x65, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x48, 0xe6, 0x72, 0x20, 0x65, 0x72, 0x20, 0xf8]));
  writeFileSync(join(dir, "empty.txt"), "");
  mkdirSync(join(dir, "folder"));
}, 120_000);

describe("bin/kanalklar check", () => {
  test("readable report: file:line:col, rule, message, suggestion, LIX with band and reason; exit 0", () => {
    const r = run(["check", join(dir, "draft.txt")]);
    expect(r.code).toBe(0);
    const file = join(dir, "draft.txt");
    expect(r.stdout).toContain(`${file}:1:1: advarsel [kanselli]`);
    const line3 = r.stdout.split("\n").find((l) => l.startsWith(`${file}:3:`) && l.includes("[formal-address]"));
    expect(line3).toBeDefined();
    expect(line3).toContain(`${file}:3:${DRAFT.split("\n")[2].indexOf("Deres") + 1}:`);
    expect(r.stdout).toMatch(/forslag: om/i);
    expect(r.stdout).toMatch(/^LIX \d+(,\d)? \((svært lett|lett|middels|vanskelig|svært vanskelig)\)\./m);
    expect(r.stdout).toMatch(/\d+ ord, \d+ setninger/);
    expect(r.stderr).toBe("");
  });

  test("--json follows the DESIGN.md contract and offsets are exact", () => {
    const r = run(["check", "--json", join(dir, "draft.txt")]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(["language", "stats", "findings"]);
    expect(j.language).toBe("nb");
    for (const k of ["words", "sentences", "lix", "longWords", "avgSentenceLength"]) expect(typeof j.stats[k]).toBe("number");
    expect(j.findings.length).toBeGreaterThan(0);
    for (const f of j.findings) {
      expect(DRAFT.slice(f.start, f.end)).toBe(f.text);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(Array.isArray(f.suggestions)).toBe(true);
    }
    const starts = j.findings.map((f: { start: number }) => f.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  test("--format json equals --json", () => {
    expect(run(["check", "--format", "json", join(dir, "draft.txt")]).stdout).toBe(run(["check", "--json", join(dir, "draft.txt")]).stdout);
  });

  test("stdin with -", () => {
    const r = run(["check", "--json", "-"], DRAFT);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stats.words).toBe(JSON.parse(run(["check", "--json", join(dir, "draft.txt")]).stdout).stats.words);
  });

  test("--lang overrides detection", () => {
    expect(JSON.parse(run(["check", "--json", "--lang", "nn", "-"], DRAFT).stdout).language).toBe("nn");
    expect(JSON.parse(run(["check", "--json", "--lang=en", "-"], DRAFT).stdout).language).toBe("en");
    expect(JSON.parse(run(["check", "--json", "--lang", "auto", "-"], "Eg veit ikkje kva du meiner.").stdout).language).toBe("nn");
  });

  test("SARIF 2.1.0", () => {
    const r = run(["check", "--format", "sarif", join(dir, "draft.txt")]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.version).toBe("2.1.0");
    const results = s.runs[0].results;
    expect(results.length).toBeGreaterThan(0);
    for (const res of results) {
      const reg = res.locations[0].physicalLocation.region;
      expect(DRAFT.substr(reg.charOffset, reg.charLength)).toBe(reg.snippet.text);
      expect(["error", "warning", "note"]).toContain(res.level);
      expect(s.runs[0].tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    }
  });

  test("an empty file is fine", () => {
    const r = run(["check", "--json", join(dir, "empty.txt")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
  });

  test.each([
    ["binary file", () => ["check", join(dir, "binary.bin")], /binærfil/],
    ["invalid UTF-8", () => ["check", join(dir, "latin1.txt")], /UTF-8/],
    ["missing file", () => ["check", join(dir, "nope.txt")], /finner ikke/],
    ["a folder", () => ["check", join(dir, "folder")], /mappe/],
    ["no file", () => ["check"], /mangler fil/],
    ["stdin with a file", () => ["check", "-", "a"], /standard input/],
    ["bad --fail-on", () => ["check", "--fail-on", "info", "x"], /ukjent --fail-on/],
    ["bad --lang", () => ["check", "--lang", "sv", "x"], /ukjent språk/],
    ["bad --format", () => ["check", "--format", "xml", "x"], /ukjent format/],
    ["unknown option", () => ["check", "--fast", "x"], /ukjent valg/],
    ["--json with --format sarif", () => ["check", "--json", "--format", "sarif", "x"], /kan ikke kombineres/],
    ["--lang without a value", () => ["check", "x", "--lang"], /trenger en verdi/],
    ["unknown command", () => ["lint", "x"], /ukjent kommando/],
    ["no command", () => [], /mangler kommando/],
  ])("exit 2 with a one-line error: %s", (_name, args, message) => {
    const r = run(args());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  test("binary data on stdin", () => {
    const r = run(["check", "-"], Buffer.from([0x00, 0x41]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/binærfil/);
  });

  test("check --help exits 0 with the usage line", () => {
    const r = run(["check", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Bruk: kanalklar check/);
  });

  test("--format text equals the default report", () => {
    expect(run(["check", "--format", "text", join(dir, "draft.txt")]).stdout).toBe(run(["check", join(dir, "draft.txt")]).stdout);
  });

  test("--help exits 0 and names both commands", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("kanalklar check");
    expect(r.stdout).toContain("kanalklar variants");
  });
});

describe("main() in-process", () => {
  function memoryIO(files: Record<string, string>, stdin = "") {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIO = {
      stdout: (s) => void out.push(s),
      stderr: (s) => void err.push(s),
      readFile: async (p) => {
        if (!(p in files)) throw new Error(`finner ikke filen ${p}`);
        return files[p];
      },
      readStdin: async () => stdin,
    };
    return { io, out, err };
  }

  test("check with --locale en speaks English in the summary", async () => {
    const m = memoryIO({ "a.txt": DRAFT });
    expect(await main(["check", "--locale", "en", "a.txt"], m.io)).toBe(0);
    expect(m.out.join("")).toMatch(/words, \d+ sentences/);
  });

  test("variants is dispatched", async () => {
    const m = memoryIO({}, DRAFT);
    const code = await main(["variants", "--json", "-"], m.io);
    expect(code).toBe(0);
    expect(JSON.parse(m.out.join(""))).toHaveProperty("variants");
  });
});

describe("io helpers", () => {
  test("decodeText refuses NUL bytes and invalid UTF-8, drops a BOM, keeps everything else", () => {
    expect(() => decodeText(new Uint8Array([0x41, 0x00]), "x")).toThrow(/binærfil/);
    expect(() => decodeText(new Uint8Array([0xc3, 0x28]), "x")).toThrow(/UTF-8/);
    expect(decodeText(new TextEncoder().encode("\ufeffHei\r\nå"), "x")).toBe("Hei\r\nå");
  });
  test("lineIndex handles \\n, \\r\\n and \\r", () => {
    const at = lineIndex("ab\ncd\r\nef\rgh");
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(7)).toEqual({ line: 3, column: 1 });
    expect(at(11)).toEqual({ line: 4, column: 2 });
  });
});
