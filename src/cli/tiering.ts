// The command line is a one-shot run: V8's optimizing compiler (TurboFan) costs more than it saves until a
// run has read a few megabytes. Measured on 100k words in a fresh process (CPU, user + system): 0.75-0.9 s
// with TurboFan, 0.45-0.55 s without; on 800k words 1.4-1.6 s with it and 1.9 s without (bench/cold.json has
// the current figures). So the CLI starts without it and turns it on once 2 million characters have been read
// (one large draft, or many templates in one `check` run).
import { setFlagsFromString } from "node:v8";

const OPTIMIZE_AFTER_CHARS = 2_000_000;
let seen = 0;
let optimizing = true;

/** Start the process without TurboFan (interpreter and baseline compiler only). */
export function startOneShot(): void {
  if (!optimizing) return;
  setFlagsFromString("--no-opt");
  optimizing = false;
}

/** Count input read; past OPTIMIZE_AFTER_CHARS the optimizing compiler is turned on for the rest of the run. */
export function inputSeen(chars: number): void {
  seen += chars;
  if (optimizing || seen <= OPTIMIZE_AFTER_CHARS) return;
  setFlagsFromString("--turbofan");
  optimizing = true;
}

/** Whether TurboFan is on (for tests). */
export function optimizerOn(): boolean {
  return optimizing;
}
