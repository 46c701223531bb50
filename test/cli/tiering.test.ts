import { inputSeen, optimizerOn, startOneShot } from "../../src/cli/tiering";

test("the CLI starts without TurboFan and turns it on past 2 million characters of input", () => {
  expect(optimizerOn()).toBe(true);
  startOneShot();
  try {
    expect(optimizerOn()).toBe(false);
    inputSeen(1_500_000);
    expect(optimizerOn()).toBe(false);
    inputSeen(600_000);
    expect(optimizerOn()).toBe(true);
  } finally {
    inputSeen(Number.MAX_SAFE_INTEGER); // never leave this test process without its optimizing compiler
  }
});
