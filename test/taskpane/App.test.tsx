/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { DraftHost } from "../../src/office/host";
import { createStandaloneHost, SETTINGS_KEY, type KeyValueStore } from "../../src/office/standalone";
import { createMainThreadAnalyzer } from "../../src/taskpane/analysis/analyzer";
import { App } from "../../src/taskpane/App";
import { fakeAnalyze } from "./fake-analyze";
import "./jsdom-setup";

const DRAFT = "Vedrørende vann\n\nVannet blir stengt tirsdag. Det gjelder vedrørende Storgata.";

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

function setup(opts: { text?: string; langs?: string[]; host?: DraftHost } = {}) {
  const store = memoryStore();
  const standalone = createStandaloneHost({ storage: store, initialText: opts.text ?? DRAFT });
  const host = opts.host ?? standalone;
  const analyzer = createMainThreadAnalyzer(async () => fakeAnalyze);
  const utils = render(<App host={host} mode={host.kind} analyzer={analyzer} browserLanguages={opts.langs ?? ["nb-NO"]} debounceMs={0} />);
  return { ...utils, host, standalone, store };
}

const editor = () => screen.getByTestId("editor") as HTMLTextAreaElement;
const findingsOf = (rule: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="finding"][data-rule="${rule}"]`));

beforeEach(() => localStorage.clear());

describe("the «Sjekk» panel in the browser (standalone)", () => {
  it("shows the summary and the findings grouped by rule", async () => {
    setup();
    await screen.findByTestId("lix");
    expect(screen.getByRole("heading", { name: "Oppsummering" })).toBeInTheDocument();
    expect(screen.getByTestId("lix").textContent).toMatch(/^LIX \d+$/);
    expect(screen.getByTestId("lix-band").textContent).toMatch(/^(svært lett|lett|middels|vanskelig|svært vanskelig)$/);
    expect(screen.getByTestId("per-rule")).toHaveTextContent("Kansellispråk: 2");
    expect(screen.getByTestId("per-rule")).toHaveTextContent("Passiv: 1");
    expect(findingsOf("kanselli")).toHaveLength(2);
    expect(findingsOf("passive")).toHaveLength(1);
    expect(screen.getByRole("heading", { name: "Funn (3)" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("live")).toHaveTextContent("Sjekket: 3 funn."));
  });

  it("applies a chosen suggestion to that span only, reports it and re-checks", async () => {
    const { standalone } = setup();
    await screen.findByTestId("lix");
    const first = findingsOf("kanselli")[0];
    fireEvent.click(within(first).getByRole("button", { name: "Bytt til «Angående» i stedet for «Vedrørende»" }));
    await waitFor(() => expect(standalone.getText()).toBe("Angående vann\n\nVannet blir stengt tirsdag. Det gjelder vedrørende Storgata."));
    expect(await screen.findByTestId("notice")).toHaveTextContent("Byttet «Vedrørende» med «Angående».");
    await waitFor(() => expect(findingsOf("kanselli")).toHaveLength(1));
    expect(editor().value).toBe(standalone.getText());
  });

  it("fixes every safe finding at once and can undo it", async () => {
    const { standalone } = setup();
    await screen.findByTestId("lix");
    fireEvent.click(screen.getByRole("button", { name: "Rett alle trygge (2)" }));
    await waitFor(() => expect(standalone.getText()).toBe("Om vann\n\nVannet blir stengt tirsdag. Det gjelder om Storgata."));
    expect(await screen.findByTestId("notice")).toHaveTextContent("Rettet 2 trygge funn.");
    await waitFor(() => expect(findingsOf("kanselli")).toHaveLength(0));
    // Passive has no safe fix, so it stays.
    expect(findingsOf("passive")).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Angre" }));
    await waitFor(() => expect(standalone.getText()).toBe(DRAFT));
    await waitFor(() => expect(findingsOf("kanselli")).toHaveLength(2));
  });

  it("explains edits the host skipped", async () => {
    const { standalone } = setup();
    await screen.findByTestId("lix");
    // The flagged word itself changes after the check but before the click: the edit no longer fits.
    act(() => {
      standalone.setText(DRAFT.replace("Vedrørende", "VEDRØRENDE"));
    });
    fireEvent.click(within(findingsOf("kanselli")[0]).getByRole("button", { name: /^Bytt til «Om»/ }));
    const notice = await screen.findByTestId("notice");
    expect(notice).toHaveTextContent("Ingen endring: teksten er endret siden sjekken.");
    expect(standalone.getText()).toBe(DRAFT.replace("Vedrørende", "VEDRØRENDE"));
  });

  it("hides an ignored finding and brings it back on request", async () => {
    setup();
    await screen.findByTestId("lix");
    fireEvent.click(within(findingsOf("passive")[0]).getByRole("button", { name: "Ignorer funnet «blir stengt»" }));
    await waitFor(() => expect(findingsOf("passive")).toHaveLength(0));
    expect(screen.getByText("1 funn er ignorert.")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Vis ignorerte igjen" }));
    await waitFor(() => expect(findingsOf("passive")).toHaveLength(1));
  });

  it("selects the finding in the editor with «Vis»", async () => {
    setup();
    await screen.findByTestId("lix");
    fireEvent.click(within(findingsOf("passive")[0]).getByRole("button", { name: "Vis «blir stengt» i teksten" }));
    await waitFor(() => expect(editor().value.slice(editor().selectionStart, editor().selectionEnd)).toBe("blir stengt"));
  });

  it("re-checks after typing", async () => {
    setup();
    await screen.findByTestId("lix");
    fireEvent.change(editor(), { target: { value: "Vedrørende alt. Vedrørende mer. Vedrørende enda mer." } });
    await waitFor(() => expect(findingsOf("kanselli")).toHaveLength(3));
    expect(screen.getByRole("button", { name: "Rett alle trygge (3)" })).toBeInTheDocument();
    // Type after the text: the cards are unchanged (kept from the earlier check), and still work.
    fireEvent.change(editor(), { target: { value: "Vedrørende alt. Vedrørende mer. Vedrørende enda mer. Slutt." } });
    await waitFor(() => expect(screen.getByRole("heading", { name: "Funn (3)" })).toBeInTheDocument());
    await new Promise((r) => setTimeout(r, 50));
    fireEvent.click(within(findingsOf("kanselli")[1]).getByRole("button", { name: "Ignorer funnet «Vedrørende»" }));
    await waitFor(() => expect(findingsOf("kanselli")).toHaveLength(2));
    fireEvent.click(within(findingsOf("kanselli")[1]).getByRole("button", { name: /^Bytt til «Om»/ }));
    await waitFor(() => expect(editor().value).toBe("Vedrørende alt. Vedrørende mer. Om enda mer. Slutt."));
  });

  it("says so when there is no text", async () => {
    setup({ text: "" });
    expect(await screen.findByText("Det er ingen tekst å sjekke ennå.")).toBeInTheDocument();
  });
});

describe("language", () => {
  it("follows the browser's language when nothing is chosen", async () => {
    setup({ langs: ["nn-NO"] });
    await screen.findByTestId("lix");
    expect(screen.getByRole("tab", { name: "Kanalar" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Oppsummering" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("nn");
  });

  it("switches the whole pane, including the finding messages, and remembers the choice", async () => {
    const { store } = setup();
    await screen.findByTestId("lix");
    expect(screen.getAllByText("Et stivt ord. Skriv «om».").length).toBe(2);
    fireEvent.change(screen.getByRole("combobox", { name: "Språk" }), { target: { value: "en" } });
    expect(await screen.findByRole("tab", { name: "Check" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText("A stiff word. Write “about”.").length).toBe(2));
    expect(screen.getByRole("button", { name: "Fix all safe ones (2)" })).toBeInTheDocument();
    expect(JSON.parse(store.data.get(SETTINGS_KEY)!)).toMatchObject({ uiLanguage: "en" });
    expect(document.documentElement.lang).toBe("en");
  });
});

describe("tabs", () => {
  it("shows one panel at a time, each labelled by its tab", async () => {
    setup();
    await screen.findByTestId("lix");
    const check = screen.getByRole("tabpanel", { name: "Sjekk" });
    expect(check).toBeVisible();
    fireEvent.click(screen.getByRole("tab", { name: "Innstillinger" }));
    await waitFor(() => expect(screen.getByRole("tab", { name: "Innstillinger" })).toHaveAttribute("aria-selected", "true"));
    expect(document.getElementById("kk-panel-check")).not.toBeVisible();
    expect(document.getElementById("kk-panel-settings")).toBeVisible();
  });
});

describe("hosts that cannot edit in place", () => {
  it("offers fixes only where the host can write the span (canEditSpan)", async () => {
    const inner = createStandaloneHost({ storage: memoryStore(), initialText: DRAFT });
    // Only the first line (like Outlook's subject line) can be written.
    const firstLine = DRAFT.indexOf("\n");
    const partly: DraftHost = {
      kind: "outlook",
      capabilities: { select: false, applyEdits: "subject", openAsNew: false },
      readDraft: (s) => inner.readDraft(s),
      select: async () => undefined,
      applyEdits: (snap, edits) => inner.applyEdits(snap, edits),
      canEditSpan: (_snap, start, end) => end <= firstLine,
      undoLast: () => inner.undoLast(),
      insertText: async () => ({ ok: false }),
      loadSettings: async () => null,
      saveSettings: async () => undefined,
    };
    setup({ host: partly });
    await screen.findByTestId("lix");
    const [inSubject, inBody] = findingsOf("kanselli");
    expect(within(inSubject).getAllByRole("button", { name: /^Bytt til/ })).toHaveLength(2);
    expect(within(inBody).queryByRole("button", { name: /^Bytt til/ })).toBeNull();
    expect(inBody).toHaveTextContent("Forslag: «om», «angående»");
    fireEvent.click(screen.getByRole("button", { name: "Rett alle trygge (1)" }));
    await waitFor(() => expect(inner.getText()).toBe(DRAFT.replace("Vedrørende", "Om")));
  });

  it("shows suggestions as text and no fix buttons", async () => {
    const inner = createStandaloneHost({ storage: memoryStore(), initialText: DRAFT });
    const readOnly: DraftHost = {
      kind: "outlook",
      capabilities: { select: false, applyEdits: "none", openAsNew: false },
      readDraft: (s) => inner.readDraft(s),
      select: async () => undefined,
      applyEdits: async () => ({ applied: [], skipped: [] }),
      undoLast: async () => false,
      insertText: async () => ({ ok: false }),
      loadSettings: async () => null,
      saveSettings: async () => undefined,
    };
    setup({ host: readOnly });
    await screen.findByTestId("lix");
    expect(screen.queryByRole("button", { name: /Rett alle trygge/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Bytt til/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /^Vis «/ })).toBeNull();
    expect(screen.getByText("Her kan ikke Kanalklar endre teksten direkte. Bruk forslagene når du retter selv.")).toBeInTheDocument();
    expect(findingsOf("kanselli")[0]).toHaveTextContent("Forslag: «Om», «Angående»");
    // No built-in editor outside the browser.
    expect(screen.queryByTestId("editor")).toBeNull();
  });
});
