// The 100k-word timing repeated in fresh Node processes, each with a probe of the machine beside it.
//
// Why: on this shared virtual machine the same work takes up to ~1.7× longer in some processes than in others,
// for the whole life of the process. A fixed memory-bound loop (the "memory probe" below, no analysis code in
// it) varies the same way between processes, while a fixed loop of arithmetic (the "cpu probe") does not: the
// spread comes from the host's memory system, not from our code or from V8's decisions. One process therefore
// says little; several, each with its probes, show both the figure and the state of the machine it was taken in.
//
// Child mode: `bench.mjs --timing N` prints one JSON line (ProcessTiming) for N words.
import { execFileSync } from "node:child_process";
import { analyze } from "../src/core/index";

export interface ProcessTiming {
  /** CPU ms (user + system, all threads of the process) of each timed analyze() run. */
  cpu: number[];
  /** Wall-clock ms of each run. */
  wall: number[];
  /** Best of 5 of the fixed arithmetic loop (ms): steady whatever the machine does. */
  probeCpuMs: number;
  /** Best of 5 of the fixed memory-bound loop (ms): slower when the host's memory system is busy. */
  probeMemoryMs: number;
}

/** Runs in each process after the warm-up: enough for a best and a median that hold still. */
const TIMED_RUNS = 15;
/**
 * Runs before timing. V8 keeps compiling and, now and then, throwing away optimised code for the first
 * ~20 analyses of a 100k-word text (functions called once per analysis get hot slowly; --trace-opt and
 * --trace-deopt show both stop by then): the figures are for the steady state a checker in use reaches.
 */
export const WARM_UP_RUNS = 20;

/** 10 million multiply-xor steps in registers: no memory traffic. */
function probeCpu(): number {
  let h = 1;
  for (let i = 0; i < 10_000_000; i++) h = Math.imul(h ^ i, 0x01000193);
  return h;
}

const PROBE_WORDS = 1 << 22; // 16 MB of Int32: larger than any cache of this machine
let probeArray: Int32Array | undefined;

/** 8 million reads at scattered places in a 16 MB array: bound by the memory system. */
function probeMemory(): number {
  const a = (probeArray ??= new Int32Array(PROBE_WORDS).map((_, i) => Math.imul(i, 0x9e3779b1) >>> 8));
  const mask = a.length - 1;
  let s = 0;
  for (let r = 0; r < 2; r++) for (let i = 0; i < a.length; i++) s = (s + a[Math.imul(i, 7919) & mask]) | 0;
  return s;
}

function bestOf(fn: () => number, n: number): number {
  let best = Infinity;
  let sink = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    sink ^= fn();
    best = Math.min(best, performance.now() - t0);
  }
  if (sink === 0.5) console.error(""); // keep the result alive so the loop is not optimised away
  return best;
}

/** Child mode: time analyze() on `text` and print the figures as JSON. */
export function timingChild(text: string): void {
  for (let i = 0; i < WARM_UP_RUNS; i++) analyze(text);
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    analyze(text);
    const w = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    wall.push(w);
  }
  const probeCpuMs = bestOf(probeCpu, 5);
  const probeMemoryMs = bestOf(probeMemory, 5);
  process.stdout.write(JSON.stringify({ cpu, wall, probeCpuMs, probeMemoryMs } satisfies ProcessTiming));
}

/** Run `count` fresh processes of `script --timing words`, one after another; a failed one is left out. */
export function timeInProcesses(script: string, words: number, count: number): ProcessTiming[] {
  const out: ProcessTiming[] = [];
  for (let k = 0; k < count; k++) {
    try {
      const json = execFileSync(process.execPath, [script, "--timing", String(words)], { encoding: "utf8", maxBuffer: 1 << 20 });
      out.push(JSON.parse(json) as ProcessTiming);
    } catch {
      // reported as fewer processes
    }
  }
  return out;
}
