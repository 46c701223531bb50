/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createStandaloneHost, type KeyValueStore } from "../../src/office/standalone";
import { createMainThreadAnalyzer } from "../../src/taskpane/analysis/analyzer";
import { App } from "../../src/taskpane/App";
import { outsideEditorHost } from "../../src/taskpane/editor-host";
import { fakeAnalyze } from "./fake-analyze";
import "./jsdom-setup";

// The page as taskpane.html has it: the editor's column beside the React root, not in it, so that no
// `input` listener of React's sits on the textarea's path (Chromium stalls on huge drafts then).
function page() {
  document.body.innerHTML = '<div id="kk-shell"><div id="kk-page"><div id="kk-editor" hidden></div><div id="root"></div></div></div>';
  return document.getElementById("root")!;
}

function setup(text = "Vedrørende vann.\n\nVannet blir stengt tirsdag.") {
  const data = new Map<string, string>();
  const store: KeyValueStore = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  const host = createStandaloneHost({ storage: store, initialText: text });
  const analyzer = createMainThreadAnalyzer(async () => fakeAnalyze);
  const utils = render(<App host={host} mode="standalone" analyzer={analyzer} browserLanguages={["nb-NO"]} debounceMs={0} />, { container: page() });
  return { ...utils, host };
}

const editor = () => screen.getByTestId("editor") as HTMLTextAreaElement;

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the browser page's editor beside the React root", () => {
  it("finds the column only where it is beside the root", () => {
    page();
    expect(outsideEditorHost()?.column.id).toBe("kk-editor");
    document.body.innerHTML = '<div id="kk-shell"><div id="kk-page"><div id="root"><div id="kk-editor"></div></div></div></div>';
    expect(outsideEditorHost()).toBeNull();
    document.body.innerHTML = '<div id="root"></div>';
    expect(outsideEditorHost()).toBeNull();
  });

  it("puts the textarea, its label and its buttons in the column, outside the React root", async () => {
    setup();
    await screen.findByTestId("lix");
    const column = document.getElementById("kk-editor")!;
    const root = document.getElementById("root")!;
    expect(column.hidden).toBe(false);
    expect(column.contains(editor())).toBe(true);
    expect(root.contains(editor())).toBe(false);
    expect(screen.getByLabelText("Utkast")).toBe(editor());
    expect(editor()).toHaveAttribute("autocomplete", "off");
    expect(column).toHaveAttribute("role", "region");
    expect(within(column).getByRole("heading", { level: 2 })).toBeInTheDocument();
    expect(column.contains(screen.getByTestId("clear-draft"))).toBe(true);
    expect(document.getElementById(editor().getAttribute("aria-describedby")!)).toHaveTextContent("Teksten lagres");
    // The page's grid and the theme's classes are on the elements around both columns.
    expect(document.getElementById("kk-page")!.className).not.toBe("");
    expect(document.getElementById("kk-shell")!.className).not.toBe("");
  });

  it("passes typing to the host without an input event, and writes changes made elsewhere back", async () => {
    const { host } = setup();
    await screen.findByTestId("lix");
    editor().value = "Vedrørende alt. Vedrørende mer.";
    fireEvent.keyUp(editor(), { key: "." });
    expect(host.getText()).toBe("Vedrørende alt. Vedrørende mer.");
    await waitFor(() => expect(document.querySelectorAll('[data-testid="finding"][data-rule="kanselli"]')).toHaveLength(2));
    expect(editor()).toHaveAttribute("data-grown", "true");
    // A change with no event at all (a spelling fix from the context menu) is picked up by the poll.
    editor().value = "Vedrørende alt.";
    await waitFor(() => expect(host.getText()).toBe("Vedrørende alt."), { timeout: 2000 });
    // «Tøm feltet» goes through the host and back into the field.
    fireEvent.click(screen.getByTestId("clear-draft"));
    await waitFor(() => expect(editor().value).toBe(""));
  });

  it("gives the page back when it unmounts", async () => {
    const { unmount } = setup();
    await screen.findByTestId("lix");
    unmount();
    const column = document.getElementById("kk-editor")!;
    expect(column.hidden).toBe(true);
    expect(column.childElementCount).toBe(0);
    expect(document.getElementById("kk-page")!.className).toBe("");
  });
});
