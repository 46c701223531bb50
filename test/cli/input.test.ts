// Hostile input to the command line: size limit, UTF-16 and UTF-32, control characters, huge JSON output.
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { decodeText, MAX_INPUT_BYTES } from "../../src/cli/io";
import { ChunkWriter, writeJson } from "../../src/cli/json-stream";
import { printable } from "../../src/cli/terminal";
import { shorten, textReport } from "../../src/cli/report";
import { analyze } from "../../src/core/index";

const ROOT = join(__dirname, "../..");
const BIN = join(ROOT, "bin/kanalklar");
const dir = mkdtempSync(join(tmpdir(), "kanalklar-input-"));
const DRAFT = "Vedrørende Deres søknad om parkering.\n\nVi har mottatt søknaden, og den blir behandlet.\n";

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 60_000, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs")], { cwd: ROOT, stdio: "pipe" });
  writeFileSync(join(dir, "draft.txt"), DRAFT);
  writeFileSync(join(dir, "le.txt"), utf16le(DRAFT));
  writeFileSync(join(dir, "be.txt"), utf16be(DRAFT));
  writeFileSync(join(dir, "nobom.txt"), Buffer.from(DRAFT, "utf16le"));
  writeFileSync(join(dir, "utf32.txt"), Buffer.from([0xff, 0xfe, 0, 0, 0x48, 0, 0, 0]));
  writeFileSync(join(dir, "big.txt"), Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
}, 120_000);

describe("size limit", () => {
  test.each([
    ["/dev/zero (a device that never ends)", () => run(["check", "/dev/zero"])],
    ["a file over the limit", () => run(["check", join(dir, "big.txt")])],
    ["standard input over the limit", () => run(["check", "-"], Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61))],
    ["variants too", () => run(["variants", "/dev/zero"])],
  ])("%s: one line, exit 2", (_name, go) => {
    if (_name.startsWith("/dev/zero") && !existsSync("/dev/zero")) return;
    const r = go();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/større enn 20 MB/);
  });
});

describe("encodings", () => {
  test("UTF-16 with a BOM (little and big endian) is read as the same text as UTF-8", () => {
    const utf8 = run(["check", "--json", join(dir, "draft.txt")]);
    expect(utf8.code).toBe(0);
    for (const f of ["le.txt", "be.txt"]) {
      const r = run(["check", "--json", join(dir, f)]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(utf8.stdout);
    }
  });

  test.each([
    ["nobom.txt", /UTF-16-tekst uten BOM: lagre filen som UTF-8/],
    ["utf32.txt", /UTF-32-tekst: lagre filen som UTF-8/],
  ])("%s is refused with a hint", (file, message) => {
    const r = run(["check", join(dir, file)]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  test("decodeText: broken UTF-16 and NUL characters in UTF-16 are refused", () => {
    expect(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]), "x")).toThrow(/UTF-16/);
    expect(() => decodeText(utf16le("a\u0000b"), "x")).toThrow(/binærfil/);
    expect(decodeText(utf16le("Hæ 😀"), "x")).toBe("Hæ 😀");
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x42, 0x00, 0x43, 0x00]), "x")).toThrow(/UTF-16/);
    expect(() => decodeText(new Uint8Array([0x41, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06]), "x")).toThrow(/binærfil/);
  });
});

describe("control characters never reach the terminal", () => {
  const hostile = "\u001b]0;tittel\u0007\u001b[2J\u009b31m\u202eVedrørende " + "Deres søknad om parkering i sentrum ".repeat(8) + "er mottatt.\n";

  test("printable() shows C0, DEL, C1 and bidi controls as visible symbols and keeps the rest", () => {
    expect(printable("a\u0000b\u001bc\u007fd\u009be\u202ef\tg\nh")).toBe("a␀b␛c␡d<U+009B>e<U+202E>f\tg\nh");
    expect(printable("Søknad «ja» – 😀")).toBe("Søknad «ja» – 😀");
  });

  test("the text report of a draft with escape sequences (and its file name) holds none", () => {
    const name = join(dir, "esc\u001b[31m.txt");
    writeFileSync(name, hostile);
    for (const args of [["check", name], ["variants", name]]) {
      const r = run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    const report = run(["check", name]).stdout;
    expect(report).toContain("␛");
    expect(report).toContain("esc␛[31m.txt:");
  });

  test("the in-process report agrees", () => {
    const out = textReport("x.txt", hostile, analyze(hostile));
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain("␇␛[2J<U+009B>31m<U+202E>");
  });
});

test("shorten() cuts at code points as Array.from did, without splitting a huge text", () => {
  const old = (s: string, max: number) => {
    const cps = Array.from(s);
    return cps.length <= max ? s : cps.slice(0, max - 1).join("") + "…";
  };
  fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), fc.integer({ min: 2, max: 70 }), (s, max) => expect(shorten(s, max)).toBe(old(s, max))), { numRuns: 500 });
  expect(shorten("😀".repeat(5_000_000), 60)).toBe("😀".repeat(59) + "…");
});

describe("a reader that stops early (| head)", () => {
  test("the closed pipe ends the run quietly, without a stack trace", async () => {
    const big = join(dir, "long.txt");
    writeFileSync(big, "Vedrørende Deres søknad om parkering. ".repeat(20_000));
    const child = spawn(process.execPath, [BIN, "check", "--json", big], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});

describe("JSON is streamed", () => {
  test("writeJson writes what JSON.stringify(value, null, 2) writes", () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 140 }), fc.dictionary(fc.string(), tie("node"), { maxKeys: 6 })),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        const parts: string[] = [];
        writeJson(v, (s) => void parts.push(s));
        expect(parts.join("")).toBe((JSON.stringify(v, null, 2) ?? "null") + "\n");
      }),
      { numRuns: 200 },
    );
  });

  test("200,000 findings come out in chunks of under 256 kB, never as one string", () => {
    const findings = Array.from({ length: 200_000 }, (_, i) => ({ rule: "kanselli", severity: "warning", start: i, end: i + 1, text: "x", message: "m", suggestions: [] }));
    const sizes: number[] = [];
    let text = "";
    writeJson({ language: "nb", findings }, (s) => {
      sizes.push(s.length);
      if (sizes.length <= 3) text += s;
    });
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.max(...sizes.slice(0, 1000))).toBeLessThan(1 << 18); // 64 kB and one batch of elements
    expect(text.startsWith('{\n  "language": "nb",\n  "findings": [\n    {\n      "rule": "kanselli"')).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(JSON.stringify({ language: "nb", findings }, null, 2).length + 1);
  }, 60_000);

  test("ChunkWriter passes everything on, in order", () => {
    const got: string[] = [];
    const w = new ChunkWriter((s) => void got.push(s));
    for (let i = 0; i < 50_000; i++) w.write(`${i},`);
    w.flush();
    expect(got.join("")).toBe(Array.from({ length: 50_000 }, (_, i) => `${i},`).join(""));
  });
});
