/** @jest-environment jsdom */
// «Skriv om setningen» on a finding card with the real checker: the preview marks what changes, «Bruk»
// replaces exactly the sentence through the undo stack (Ctrl+Z gives the draft back byte for byte), a text
// changed since the check is refused with the usual message, and a sentence without a safe rewrite gets none.
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createStandaloneHost, type KeyValueStore } from "../../src/office/standalone";
import { createMainThreadAnalyzer } from "../../src/taskpane/analysis/analyzer";
import { analyzeWithOutline } from "../../src/taskpane/analysis/with-outline";
import { App } from "../../src/taskpane/App";
import "./jsdom-setup";

// Passes through to the real rewrite, counting calls (when the pane computes rewrites).
jest.mock("../../src/taskpane/check/rewrite-core", () => {
  const real = jest.requireActual("../../src/taskpane/check/rewrite-core");
  return { ...real, sentenceRewrite: jest.fn(real.sentenceRewrite) };
});
import { sentenceRewrite } from "../../src/taskpane/check/rewrite-core";

const DRAFT = "Byggesak\n\nVi viser til Deres søknad om byggetillatelse. Søknaden må leveres innen 1. mars.\n\nMed vennlig hilsen\nBygg og eiendom";

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function setup(text = DRAFT, languages = ["nb-NO"]) {
  const host = createStandaloneHost({ storage: memoryStore(), initialText: text });
  const analyzer = createMainThreadAnalyzer(async () => analyzeWithOutline);
  render(<App host={host} mode="standalone" analyzer={analyzer} browserLanguages={languages} debounceMs={0} />);
  return host;
}

const card = (rule: string, text: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="finding"][data-rule="${rule}"]`)).find((c) => c.querySelector("mark")?.textContent === text);
/** A preview line as seen (without the words read only by screen readers) and as heard. */
const seen = (el: HTMLElement) => {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll("[data-sr]").forEach((x) => x.remove());
  return copy.textContent;
};
const pane = () => document.getElementById("kk-panel-check")!;

beforeEach(() => {
  localStorage.clear();
  (sentenceRewrite as jest.Mock).mockClear();
});

it("computes no rewrite at load: only when focus enters a card (ahead of a press) or the button is pressed", async () => {
  setup();
  await waitFor(() => expect(card("passive", "leveres")).toBeDefined());
  await act(() => new Promise((r) => setTimeout(r, 400)));
  expect(sentenceRewrite).not.toHaveBeenCalled();
  act(() => card("passive", "leveres")!.focus());
  await waitFor(() => expect(sentenceRewrite).toHaveBeenCalledTimes(1));
  // The rewrite exists, so the button stays.
  expect(within(card("passive", "leveres")!).getByRole("button", { name: "Skriv om setningen med «leveres»" })).toBeInTheDocument();
});

it("previews the rewrite with the changed words marked, applies it to the sentence only, and Ctrl+Z restores the draft", async () => {
  const host = setup();
  await waitFor(() => expect(card("passive", "leveres")).toBeDefined());
  const c = card("passive", "leveres")!;
  fireEvent.click(within(c).getByRole("button", { name: "Skriv om setningen med «leveres»" }));
  const preview = await within(c).findByRole("group", { name: "Forslag til ny setning" });
  expect(seen(within(preview).getByTestId("rewrite-before"))).toBe("Før: Søknaden må leveres innen 1. mars.");
  expect(seen(within(preview).getByTestId("rewrite-after"))).toBe("Etter: Du må levere søknaden innen 1. mars.");
  expect(within(preview).getByTestId("rewrite-before")).toHaveTextContent("fjernet: leveres");
  expect(within(preview).getByTestId("rewrite-after")).toHaveTextContent("lagt til: levere søknaden");
  expect(preview.querySelectorAll("del").length).toBeGreaterThan(0);
  expect(preview.querySelectorAll("ins").length).toBeGreaterThan(0);
  const apply = within(preview).getByRole("button", { name: "Bruk den nye setningen" });
  await waitFor(() => expect(apply).toHaveFocus());
  expect(apply).toHaveAccessibleDescription(/Du må lagt til: levere søknaden innen 1\. mars\./);
  fireEvent.click(apply);
  await waitFor(() => expect(host.getText()).toBe(DRAFT.replace("Søknaden må leveres innen 1. mars.", "Du må levere søknaden innen 1. mars.")));
  expect(await screen.findByText(/Skrev om setningen: «Du må levere søknaden innen 1\. mars\.»/)).toBeInTheDocument();
  // Focus goes to a card, never to <body>.
  await waitFor(() => expect(document.activeElement?.getAttribute("data-testid")).toBe("finding"));
  fireEvent.keyDown(pane(), { key: "z", ctrlKey: true });
  await waitFor(() => expect(host.getText()).toBe(DRAFT));
});

it("«Avbryt» and Escape close the preview and leave the draft as it was", async () => {
  const host = setup();
  await waitFor(() => expect(card("formal-address", "Deres")).toBeDefined());
  const c = card("formal-address", "Deres")!;
  const button = within(c).getByRole("button", { name: "Skriv om setningen med «Deres»" });
  fireEvent.click(button);
  const preview = await within(c).findByRole("group", { name: "Forslag til ny setning" });
  expect(within(preview).getByTestId("rewrite-after")).toHaveTextContent("søknaden din");
  fireEvent.click(within(preview).getByRole("button", { name: "Avbryt" }));
  expect(within(c).queryByRole("group", { name: "Forslag til ny setning" })).toBeNull();
  expect(button).toHaveFocus();
  fireEvent.click(button);
  const again = await within(c).findByRole("group", { name: "Forslag til ny setning" });
  fireEvent.keyDown(within(again).getByRole("button", { name: "Bruk den nye setningen" }), { key: "Escape" });
  expect(within(c).queryByRole("group", { name: "Forslag til ny setning" })).toBeNull();
  expect(host.getText()).toBe(DRAFT);
});

it("refuses with the usual message when the sentence changed after the check", async () => {
  const host = setup();
  await waitFor(() => expect(card("passive", "leveres")).toBeDefined());
  const c = card("passive", "leveres")!;
  fireEvent.click(within(c).getByRole("button", { name: "Skriv om setningen med «leveres»" }));
  const preview = await within(c).findByRole("group", { name: "Forslag til ny setning" });
  const changed = DRAFT.replace("1. mars", "2. mars");
  act(() => {
    host.setText(changed);
    fireEvent.click(within(preview).getByRole("button", { name: "Bruk den nye setningen" }));
  });
  expect(await screen.findByText(/teksten er endret siden sjekken/)).toBeInTheDocument();
  expect(host.getText()).toBe(changed);
});

it("offers no rewrite where there is no safe one (an appeal sentence keeps its order)", async () => {
  setup("Klagen sendes til kommunen innen tre uker. Vi svarer så snart vi kan.");
  await waitFor(() => expect(card("passive", "sendes")).toBeDefined());
  const c = card("passive", "sendes")!;
  // Nothing is computed before a press (no focus has been in the card): the button is there until then.
  fireEvent.click(within(c).getByRole("button", { name: "Skriv om setningen med «sendes»" }));
  expect(await within(c).findByTestId("rewrite-none")).toHaveTextContent("Fant ingen trygg omskriving av denne setningen.");
  expect(within(c).queryByRole("button", { name: /^Skriv om setningen/ })).toBeNull();
  // The pressed button went: focus is on its card, never on <body>.
  expect(c).toHaveFocus();
  expect(within(c).queryByRole("group", { name: "Forslag til ny setning" })).toBeNull();
});

it("names the button in nynorsk", async () => {
  setup("Søknaden må sendast innan 1. mars. Vi svarar så fort vi kan.", ["nn-NO"]);
  await waitFor(() => expect(card("passive", "sendast")).toBeDefined());
  fireEvent.click(within(card("passive", "sendast")!).getByRole("button", { name: "Skriv om setninga med «sendast»" }));
  expect(seen(await screen.findByTestId("rewrite-after"))).toBe("Etter: Du må sende søknaden innan 1. mars.");
});
