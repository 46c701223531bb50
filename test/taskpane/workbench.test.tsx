/** @jest-environment jsdom */
// The findings workbench with the real checker: case of fixes, the undo stack and its keys, cards in
// context, filters, roving focus, lasting «Ignorer», «Ignorer regelen», «Legg til i ordlista».
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createStandaloneHost, SETTINGS_KEY, type KeyValueStore } from "../../src/office/standalone";
import { createMainThreadAnalyzer } from "../../src/taskpane/analysis/analyzer";
import { analyzeWithOutline } from "../../src/taskpane/analysis/with-outline";
import { App } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";
import { paneStrings } from "../../src/taskpane/i18n/pane-strings";
import "./jsdom-setup";

const DRAFT = "Vedtak om støtte\n\nVi har godkjent Deres søknad. Nå kan De kontakte oss vedrørende saken. Søknaden ble behandlet av oss.";

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function setup(text = DRAFT, store = memoryStore()) {
  const host = createStandaloneHost({ storage: store, initialText: text });
  const analyzer = createMainThreadAnalyzer(async () => analyzeWithOutline);
  const utils = render(<App host={host} mode="standalone" analyzer={analyzer} browserLanguages={["nb-NO"]} debounceMs={0} />);
  return { ...utils, host, store };
}

const cards = (rule?: string) => Array.from(document.querySelectorAll<HTMLElement>(`[data-testid="finding"]${rule ? `[data-rule="${rule}"]` : ""}`));
const card = (rule: string, text: string) => cards(rule).find((c) => c.querySelector("mark")?.textContent === text)!;
const pane = () => document.getElementById("kk-panel-check")!;

beforeEach(() => localStorage.clear());

describe("fixes take the lexicon's case (the blocker)", () => {
  it("«Bytt til «din»» on «godkjent Deres søknad» writes «din», and «De kontakte» becomes «du kontakte»", async () => {
    const { host } = setup();
    await waitFor(() => expect(cards("formal-address")).toHaveLength(2));
    const deres = card("formal-address", "Deres");
    // «deres» is offered too (it differs from «Deres» only in case).
    expect(within(deres).getByRole("button", { name: "Bytt til «deres» i stedet for «Deres»" })).toBeInTheDocument();
    expect(within(deres).queryByRole("button", { name: /«Din»/ })).toBeNull();
    fireEvent.click(within(deres).getByRole("button", { name: "Bytt til «din» i stedet for «Deres»" }));
    await waitFor(() => expect(host.getText()).toContain("godkjent din søknad"));
    await waitFor(() => expect(cards("formal-address")).toHaveLength(1));
    fireEvent.click(within(card("formal-address", "De")).getByRole("button", { name: "Bytt til «du» i stedet for «De»" }));
    await waitFor(() => expect(host.getText()).toContain("Nå kan du kontakte oss"));
  });

  it("gives the replacement a capital at a sentence start", async () => {
    const { host } = setup("Vedrørende saken skriver vi nå. Det gjelder vann.");
    await waitFor(() => expect(cards("kanselli").length).toBeGreaterThan(0));
    fireEvent.click(within(card("kanselli", "Vedrørende")).getByRole("button", { name: /^Bytt til «Om»/ }));
    await waitFor(() => expect(host.getText()).toBe("Om saken skriver vi nå. Det gjelder vann."));
  });
});

describe("undo stack", () => {
  it("undoes two fixes one batch at a time with Ctrl+Z and redoes with Ctrl+Y", async () => {
    const { host } = setup();
    await waitFor(() => expect(cards("formal-address")).toHaveLength(2));
    fireEvent.click(within(card("formal-address", "Deres")).getByRole("button", { name: "Bytt til «din» i stedet for «Deres»" }));
    await waitFor(() => expect(host.getText()).toContain("godkjent din søknad"));
    await waitFor(() => expect(card("kanselli", "vedrørende")).toBeTruthy());
    fireEvent.click(within(card("kanselli", "vedrørende")).getByRole("button", { name: /^Bytt til «om»/ }));
    await waitFor(() => expect(host.getText()).toContain("oss om saken"));

    fireEvent.keyDown(pane(), { key: "z", ctrlKey: true });
    await waitFor(() => expect(host.getText()).toContain("oss vedrørende saken"));
    expect(host.getText()).toContain("godkjent din søknad");
    expect(await screen.findByTestId("notice")).toHaveTextContent("Angret: «vedrørende» → «om»");
    fireEvent.keyDown(pane(), { key: "z", ctrlKey: true });
    await waitFor(() => expect(host.getText()).toBe(DRAFT));
    fireEvent.keyDown(pane(), { key: "z", ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId("notice")).toHaveTextContent("Det er ingenting å angre."));
    fireEvent.keyDown(pane(), { key: "y", ctrlKey: true });
    await waitFor(() => expect(host.getText()).toContain("godkjent din søknad"));
    expect(host.getText()).toContain("oss vedrørende saken");
  });

  it("leaves Ctrl+Z in a text field to the field", async () => {
    const { host } = setup();
    await waitFor(() => expect(cards("formal-address")).toHaveLength(2));
    fireEvent.click(within(card("formal-address", "Deres")).getByRole("button", { name: "Bytt til «din» i stedet for «Deres»" }));
    await waitFor(() => expect(host.getText()).toContain("godkjent din søknad"));
    fireEvent.keyDown(screen.getByTestId("ui-language"), { key: "z", ctrlKey: true });
    await new Promise((r) => setTimeout(r, 50));
    expect(host.getText()).toContain("godkjent din søknad");
  });

  it("makes «Tøm feltet» and «Bruk eksempelteksten» undoable", async () => {
    const { host } = setup();
    await screen.findByTestId("lix");
    fireEvent.click(screen.getByTestId("clear-draft"));
    await waitFor(() => expect(host.getText()).toBe(""));
    expect(await screen.findByTestId("notice")).toHaveTextContent("Feltet er tømt.");
    fireEvent.click(within(screen.getByTestId("notice")).getByRole("button", { name: "Angre" }));
    await waitFor(() => expect(host.getText()).toBe(DRAFT));
    fireEvent.click(screen.getByTestId("use-sample"));
    await waitFor(() => expect(host.getText()).not.toBe(DRAFT));
    fireEvent.keyDown(pane(), { key: "z", ctrlKey: true });
    await waitFor(() => expect(host.getText()).toBe(DRAFT));
  });
});

describe("findings in context and in order", () => {
  it("shows each card's sentence with the flagged words marked and its paragraph", async () => {
    setup();
    await waitFor(() => expect(cards("formal-address")).toHaveLength(2));
    const de = card("formal-address", "De");
    expect(within(de).getByTestId("finding-context")).toHaveTextContent("Nå kan De kontakte oss vedrørende saken.");
    expect(within(de).getByTestId("finding-where")).toHaveTextContent("Avsnitt 2");
    // In text order by default.
    expect(cards().map((c) => c.querySelector("mark")!.textContent)).toEqual(["Deres", "De", "vedrørende", "ble behandlet"]);
    fireEvent.change(screen.getByTestId("view-switch"), { target: { value: "rule" } });
    await waitFor(() => expect(document.querySelectorAll('[data-testid="rule-group"]').length).toBeGreaterThan(1));
  });

  it("filters with the «Funn per regel» chips and says what is shown", async () => {
    setup();
    await waitFor(() => expect(cards().length).toBe(4));
    const chip = screen.getByRole("button", { name: "Passiv: 1" });
    fireEvent.click(chip);
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(chip).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("heading", { name: "Funn (1)" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("live")).toHaveTextContent("1 funn for «Passiv» vises."));
    fireEvent.click(screen.getByRole("button", { name: "Alle regler" }));
    await waitFor(() => expect(cards()).toHaveLength(4));
    await waitFor(() => expect(screen.getByTestId("live")).toHaveTextContent("Sjekket: 4 funn."));
  });

  it("has one tab stop per card, arrows between cards and between a card's buttons, and focus moves on after a fix", async () => {
    const { host } = setup();
    await waitFor(() => expect(cards()).toHaveLength(4));
    const [first, second] = cards();
    expect(first).toHaveAttribute("tabindex", "0");
    for (const b of within(first!).getAllByRole("button")) expect(b).toHaveAttribute("tabindex", "-1");
    act(() => first!.focus());
    fireEvent.keyDown(first!, { key: "ArrowDown" });
    await waitFor(() => expect(document.activeElement).toBe(second));
    fireEvent.keyDown(second!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(within(second!).getAllByRole("button")[0]);
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(within(second!).getAllByRole("button")[1]);
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    expect(document.activeElement).toBe(second);
    // «Neste funn» walks on from the current card.
    fireEvent.click(screen.getByTestId("finding-next"));
    await waitFor(() => expect(document.activeElement).toBe(cards()[2]));
    // A fix on the first card: focus goes to the card that takes its place, not to <body>.
    fireEvent.click(within(cards()[0]!).getByRole("button", { name: "Bytt til «din» i stedet for «Deres»" }));
    await waitFor(() => expect(host.getText()).toContain("godkjent din søknad"));
    await waitFor(() => expect(cards()).toHaveLength(3));
    await waitFor(() => expect(document.activeElement?.querySelector("mark")?.textContent).toBe("De"));
    expect(document.activeElement?.getAttribute("data-testid")).toBe("finding");
  });
});

describe("your own rules", () => {
  it("keeps «Ignorer» for this document after a reload", async () => {
    const store = memoryStore();
    const first = setup(DRAFT, store);
    await waitFor(() => expect(cards("passive")).toHaveLength(1));
    fireEvent.click(within(cards("passive")[0]!).getByRole("button", { name: "Ignorer funnet «ble behandlet»" }));
    await waitFor(() => expect(cards("passive")).toHaveLength(0));
    expect(screen.getByTestId("notice")).toHaveTextContent("Ignorerer «ble behandlet» i dette dokumentet.");
    // The flagged text is never stored in the clear.
    expect(JSON.stringify(localStorage)).not.toContain("behandlet");
    first.unmount();
    setup(DRAFT, store);
    await waitFor(() => expect(cards().length).toBe(3));
    expect(cards("passive")).toHaveLength(0);
    expect(screen.getByText("1 funn er ignorert.")).toBeInTheDocument();
  });

  it("«Ignorer regelen» switches the rule off in the settings, and «Angre» switches it on", async () => {
    const { store } = setup();
    await waitFor(() => expect(cards("passive")).toHaveLength(1));
    fireEvent.click(within(cards("passive")[0]!).getByRole("button", { name: /^Mer:/ }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Ignorer regelen" }));
    await waitFor(() => expect(cards("passive")).toHaveLength(0));
    expect(JSON.parse(store.data.get(SETTINGS_KEY)!)).toMatchObject({ ruleOptions: { passive: false } });
    expect(screen.getByTestId("notice")).toHaveTextContent("Regelen «Passiv» er slått av.");
    fireEvent.click(within(screen.getByTestId("notice")).getByRole("button", { name: "Angre" }));
    await waitFor(() => expect(JSON.parse(store.data.get(SETTINGS_KEY)!).ruleOptions?.passive).toBeUndefined());
    await waitFor(() => expect(cards("passive")).toHaveLength(1));
  });

  it("«Legg til i ordlista» accepts the word everywhere", async () => {
    const { store } = setup(DRAFT + " Vedrørende dette også.");
    await waitFor(() => expect(cards("kanselli")).toHaveLength(2));
    fireEvent.click(within(cards("kanselli")[0]!).getByRole("button", { name: /^Mer:/ }));
    fireEvent.click(await screen.findByRole("menuitem", { name: "Legg til i ordlista" }));
    await waitFor(() => expect(cards("kanselli")).toHaveLength(0));
    expect(JSON.parse(store.data.get(SETTINGS_KEY)!)).toMatchObject({ allowedWords: ["vedrørende"] });
  });
});

describe("error boundary", () => {
  it("shows what happened, offers «Tøm» and a report without the text", () => {
    const Boom = () => {
      throw new Error("kaboom");
    };
    const onClear = jest.fn();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      render(
        <ErrorBoundary strings={paneStrings("nb")} onClear={onClear}>
          <Boom />
        </ErrorBoundary>,
      );
    } finally {
      spy.mockRestore();
    }
    expect(screen.getByTestId("crash")).toHaveTextContent("Noe gikk galt i Kanalklar");
    expect(screen.getByTestId("crash-text")).toHaveTextContent("kaboom");
    fireEvent.click(screen.getByTestId("crash-clear"));
    expect(onClear).toHaveBeenCalled();
  });
});
