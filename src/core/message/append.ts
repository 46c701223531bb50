/** Push every item of `items` onto `out` without spreading (a spread of 120k+ items overflows the call stack). */
export function append<T>(out: T[], items: ReadonlyArray<T>): T[] {
  for (let i = 0; i < items.length; i++) out.push(items[i]);
  return out;
}
