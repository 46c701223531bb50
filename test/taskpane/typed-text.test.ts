/** @jest-environment jsdom */
import { routeCommittedText } from "../../src/taskpane/typed-text";

/** A textarea in the document with focus, and an execCommand("insertText") that inserts at the caret. */
function setup(execResult: boolean | "throw" = true) {
  document.body.innerHTML = "<textarea></textarea>";
  const field = document.querySelector("textarea")!;
  field.value = "Vi skriver";
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
  const calls: unknown[][] = [];
  document.execCommand = ((...args: unknown[]) => {
    calls.push(args);
    if (execResult === "throw") throw new Error("unsupported");
    if (execResult) field.setRangeText(String(args[2]), field.selectionStart, field.selectionEnd, "end");
    return execResult;
  }) as typeof document.execCommand;
  return { field, calls };
}

const commit = (field: HTMLTextAreaElement, init: InputEventInit) => {
  const e = new InputEvent("beforeinput", { bubbles: true, cancelable: true, inputType: "insertText", ...init });
  field.dispatchEvent(e);
  return e;
};

afterEach(() => {
  document.body.innerHTML = "";
});

describe("text committed to a long draft", () => {
  it("is inserted with the typing command, and the browser's own insertion is cancelled", () => {
    const { field, calls } = setup();
    const off = routeCommittedText(field, () => true);
    const e = commit(field, { data: "ø" });
    expect(calls).toEqual([["insertText", false, "ø"]]);
    expect(e.defaultPrevented).toBe(true);
    expect(field.value).toBe("Vi skriverø");
    off();
    const later = commit(field, { data: "å" });
    expect(calls).toHaveLength(1);
    expect(later.defaultPrevented).toBe(false);
  });

  it("is left to the browser in a short draft, during a composition, and for other kinds of input", () => {
    const { field, calls } = setup();
    let long = false;
    routeCommittedText(field, () => long);
    expect(commit(field, { data: "ø" }).defaultPrevented).toBe(false);
    long = true;
    expect(commit(field, { data: "ø", isComposing: true }).defaultPrevented).toBe(false);
    expect(commit(field, { data: "x", inputType: "insertFromPaste" }).defaultPrevented).toBe(false);
    expect(commit(field, { data: null }).defaultPrevented).toBe(false);
    expect(commit(field, { data: "ø", cancelable: false }).defaultPrevented).toBe(false);
    expect(calls).toHaveLength(0);
  });

  it("is left to the browser when the field has no focus or the command does not insert (nothing is lost)", () => {
    for (const result of [false, "throw"] as const) {
      const { field, calls } = setup(result);
      routeCommittedText(field, () => true);
      expect(commit(field, { data: "ø" }).defaultPrevented).toBe(false);
      expect(calls).toHaveLength(1);
      field.blur();
      commit(field, { data: "ø" });
      expect(calls).toHaveLength(1);
    }
  });
});
