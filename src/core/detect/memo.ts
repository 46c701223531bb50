// The answers of a detector for the last text and the last few long texts it read: variants() runs the same
// detectors on a draft several times (its facts, its personal data, the rules' checks on its paragraphs in
// between), and a 100 kB draft costs milliseconds each time. Answers are shared: callers only read them.

const LONG_TEXT = 2000;
const KEEP_LONG = 4;

export function remembered<T>(scan: (text: string) => T): (text: string) => T {
  const long: Array<{ text: string; value: T }> = [];
  let lastText: string | undefined;
  let lastValue: T;
  return (text: string): T => {
    if (text === lastText) return lastValue;
    let hit = text.length >= LONG_TEXT ? long.find((x) => x.text === text) : undefined;
    if (!hit) {
      hit = { text, value: scan(text) };
      if (text.length >= LONG_TEXT) {
        if (long.length >= KEEP_LONG) long.pop();
        long.unshift(hit);
      }
    }
    lastText = text;
    lastValue = hit.value;
    return hit.value;
  };
}
