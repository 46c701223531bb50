// `kanalklar check FILE… | DIR` in one process: grouped text report, one SARIF run, --fail-on.
import { spawnSync, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { analyze } from "../../src/core/index";
import type { CliIO } from "../../src/cli/io";

const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/kanalklar");
const dir = mkdtempSync(join(tmpdir(), "kanalklar-multi-"));
const repo = join(dir, "templates");

// Kanselli words and "Deres" give warnings; a bokmål s-passive in nynorsk ("må sendes") and a valid
// fødselsnummer give errors. beforeAll checks that the fixtures still give what the tests assume.
const WARN = "Vedrørende Deres søknad om parkering.\n\nVi har mottatt søknaden.\n";
const CLEAN = "Hei!\n\nVi har fått søknaden din. Du får svar innen 1. mars.\n";
const ERROR = "Hei Kari!\n\nEg veit ikkje kva du meiner. Skjemaet må sendes inn før fristen. Fødselsnummeret ditt er 01018010018.\n";
const worst = (text: string) => new Set(analyze(text).findings.map((f) => f.severity));

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  expect([worst(CLEAN).has("warning"), worst(CLEAN).has("error"), worst(WARN).has("warning"), worst(WARN).has("error"), worst(ERROR).has("error")]).toEqual([false, false, true, false, true]);
  execFileSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "pipe" });
  mkdirSync(join(repo, "sms", "deep"), { recursive: true });
  mkdirSync(join(repo, ".git"));
  mkdirSync(join(repo, "node_modules"));
  writeFileSync(join(repo, "b-warn.txt"), WARN);
  writeFileSync(join(repo, "a-clean.md"), CLEAN);
  writeFileSync(join(repo, "sms", "deep", "error.TXT"), ERROR);
  writeFileSync(join(repo, "notes.docx"), "not text");
  writeFileSync(join(repo, ".git", "HEAD.txt"), WARN);
  writeFileSync(join(repo, "node_modules", "x.txt"), WARN);
  symlinkSync(repo, join(repo, "sms", "loop"));
  mkdirSync(join(dir, "empty"));
}, 120_000);

const expected = () => [join(repo, "a-clean.md"), join(repo, "b-warn.txt"), join(repo, "sms", "deep", "error.TXT")];

describe("check over many files", () => {
  test("a directory: its .txt and .md files, sorted, hidden folders, node_modules and links to folders skipped", () => {
    const r = run(["check", "--json", repo]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { file: string }) => f.file)).toEqual(expected());
    for (const f of j.files) expect(Object.keys(f)).toEqual(["file", "language", "stats", "findings"]);
  });

  test("text report grouped by file with a heading each and a total", () => {
    const r = run(["check", repo]);
    expect(r.code).toBe(0);
    const headings = r.stdout.split("\n").filter((l) => l.startsWith("== "));
    expect(headings).toEqual(expected().map((f) => `== ${f} ==`));
    const warnPart = r.stdout.slice(r.stdout.indexOf(`== ${join(repo, "b-warn.txt")} ==`), r.stdout.indexOf(`== ${join(repo, "sms", "deep", "error.TXT")} ==`));
    expect(warnPart).toContain(`${join(repo, "b-warn.txt")}:1:1: advarsel [kanselli]`);
    expect(warnPart).not.toContain("error.TXT:");
    expect(r.stdout.trimEnd().split("\n").pop()).toMatch(/^Totalt 3 filer, \d+ funn: [1-9]\d* feil, \d+ advarsler, \d+ info\.$/);
  });

  test("one SARIF run for all files, each result pointing at its file", () => {
    const r = run(["check", "--format", "sarif", join(repo, "b-warn.txt"), join(repo, "sms", "deep", "error.TXT")]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.runs).toHaveLength(1);
    const run0 = s.runs[0];
    expect(run0.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual([join(repo, "b-warn.txt"), join(repo, "sms", "deep", "error.TXT")]);
    const texts = [WARN, ERROR];
    const seen = new Set<number>();
    for (const res of run0.results) {
      const loc = res.locations[0].physicalLocation;
      expect(run0.artifacts[loc.artifactLocation.index].location.uri).toBe(loc.artifactLocation.uri);
      expect(texts[loc.artifactLocation.index].substr(loc.region.charOffset, loc.region.charLength)).toBe(loc.region.snippet.text);
      expect(run0.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      seen.add(loc.artifactLocation.index);
    }
    expect([...seen].sort()).toEqual([0, 1]);
    expect(run0.results.some((x: { level: string }) => x.level === "error")).toBe(true);
  });

  test.each([
    ["error", [join(repo, "b-warn.txt")], 0],
    ["error", [repo], 1],
    ["warning", [join(repo, "b-warn.txt")], 1],
    ["warning", [join(repo, "a-clean.md")], 0],
  ])("--fail-on %s over %j exits %d", (level, files, code) => {
    const r = run(["check", "--format", "sarif", "--fail-on", level as string, ...(files as string[])]);
    expect(r.code).toBe(code);
    expect(JSON.parse(r.stdout).version).toBe("2.1.0");
  });

  test("an unreadable file among others: one line on stderr, the others reported, exit 2 (over --fail-on)", () => {
    const r = run(["check", "--json", "--fail-on", "warning", join(repo, "b-warn.txt"), join(dir, "missing.txt"), join(repo, "a-clean.md")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/finner ikke filen .*missing\.txt/);
    expect(JSON.parse(r.stdout).files).toHaveLength(2);
  });

  test("a directory without text files is a usage error", () => {
    const r = run(["check", join(dir, "empty")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fant ingen .txt- eller .md-filer/);
    expect(r.stdout).toBe("");
  });

  test("a file named twice is checked once", () => {
    const r = run(["check", "--json", join(repo, "a-clean.md"), repo]);
    expect(JSON.parse(r.stdout).files.map((f: { file: string }) => f.file)).toEqual(expected());
  });
});

describe("in-process", () => {
  test("without expandPaths every argument is a file; one file keeps the single-file JSON", async () => {
    const out: string[] = [];
    const io: CliIO = { stdout: (s) => void out.push(s), stderr: () => undefined, readFile: async () => WARN, readStdin: async () => "" };
    expect(await main(["check", "--json", "x.txt"], io)).toBe(0);
    expect(Object.keys(JSON.parse(out.join("")))).toEqual(["language", "stats", "findings"]);
    out.length = 0;
    expect(await main(["check", "--json", "--fail-on", "warning", "x.txt", "y.txt"], io)).toBe(1);
    expect(JSON.parse(out.join("")).files.map((f: { file: string }) => f.file)).toEqual(["x.txt", "y.txt"]);
  });
});
