/** @jest-environment jsdom */
// A safe deletion (e.g. "herved") gets its own «Stryk ordet» button that applies the rule's fix,
// which also removes the space before the word; the rest of the draft stays byte-identical.
import "@testing-library/jest-dom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createStandaloneHost, type KeyValueStore } from "../../src/office/standalone";
import { createMainThreadAnalyzer } from "../../src/taskpane/analysis/analyzer";
import { App } from "../../src/taskpane/App";
import { analyze } from "../../src/core/index";
import "./jsdom-setup";

function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const DRAFT = "Melding om vann\n\nKommunen varsler herved alle som bor i Storgata om arbeidet.";

it("deletes a word the rule says can go, through its safe fix, and nothing else", async () => {
  const host = createStandaloneHost({ storage: memoryStore(), initialText: DRAFT });
  const analyzer = createMainThreadAnalyzer(async () => analyze);
  render(<App host={host} mode={host.kind} analyzer={analyzer} browserLanguages={["nb-NO"]} debounceMs={0} />);
  await screen.findByTestId("lix");
  const card = (await screen.findAllByTestId("finding")).find((el) => el.textContent?.includes("«herved»"));
  expect(card).toBeDefined();
  const button = within(card as HTMLElement).getByRole("button", { name: "Stryk «herved»" });
  expect(button).toHaveTextContent("Stryk ordet");
  fireEvent.click(button);
  await waitFor(async () => expect((await host.readDraft()).text).toBe("Melding om vann\n\nKommunen varsler alle som bor i Storgata om arbeidet."));
});
