/** @jest-environment jsdom */
// The message card: shown when the composer sends a message, bound to it; corrections go back to the
// composer as `message`; hidden (and nothing breaks) when there is no message yet.
import "@testing-library/jest-dom";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { variants } from "../../../src/core/channels/index";
import type { Message } from "../../../src/core/message/types";
import { ChannelsPanel, setComposerFactory } from "../../../src/taskpane/channels/ChannelsPanel";
import { defaultComposer } from "../../../src/taskpane/channels/composer";
import type { DraftHost } from "../../../src/office/host";

(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const TEXT = "Tømming av avfall flyttes\n\nTømmingen som skulle vært fredag 1. mai, blir mandag 4. mai. Sett dunken ut kvelden før.\n\nHilsen Eksempel kommune";
const part = (t: string) => ({ text: t, start: TEXT.indexOf(t), end: TEXT.indexOf(t) + t.length });
const MESSAGE: Message = {
  language: "nb",
  subject: part("Tømming av avfall flyttes"),
  kind: "change",
  audience: { value: "public", reasons: [] },
  sender: { name: "Eksempel kommune", source: "signature" },
  lead: [part("Tømmingen som skulle vært fredag 1. mai, blir mandag 4. mai.")],
  times: [
    { ...part("fredag 1. mai"), role: "superseded", form: "date", value: "--05-01" },
    { ...part("mandag 4. mai"), role: "new", form: "date", value: "--05-04" },
  ],
  events: [
    {
      what: part("Tømming av avfall flyttes"),
      when: { ...part("mandag 4. mai"), role: "new", form: "date", value: "--05-04" },
      otherTimes: [{ ...part("fredag 1. mai"), role: "superseded", form: "date", value: "--05-01" }],
      status: "moved",
    },
  ],
  actions: [{ ...part("Sett dunken ut kvelden før"), agent: "reader" }],
  warnings: [],
  consequences: [],
  contact: [],
  links: [],
  legal: [],
  updates: [],
};

const host = { kind: "word", capabilities: { select: true, applyEdits: "all", openAsNew: false }, insertText: async () => ({ ok: true }) } as unknown as DraftHost;

function renderWith(withMessage: boolean) {
  const calls: Array<Record<string, unknown>> = [];
  setComposerFactory(() => ({
    async compose(text, options) {
      calls.push(options as Record<string, unknown>);
      const r = variants(text, options);
      if (withMessage) return { ...r, message: MESSAGE } as typeof r;
      // A composer without the message model (an older core): the card must hide itself.
      const { message: _none, ...older } = r;
      void _none;
      return older as typeof r;
    },
    dispose() {},
  }));
  render(
    <FluentProvider theme={webLightTheme}>
      <ChannelsPanel host={host} draft={{ text: TEXT, scope: "body", version: 1 }} locale="nb" settings={{}} />
    </FluentProvider>,
  );
  return calls;
}

afterEach(() => setComposerFactory(defaultComposer));

test("shows what the draft says and sends the user's corrections back to the composer", async () => {
  const calls = renderWith(true);
  const card = await screen.findByTestId("message-card");
  expect(screen.getByTestId("message-what")).toHaveTextContent("Tømming av avfall flyttes");
  expect(screen.getByTestId("message-when")).toHaveTextContent("mandag 4. mai");
  expect(card).toHaveTextContent("Sett dunken ut kvelden før");
  expect((screen.getByTestId("message-sender") as HTMLInputElement).value).toBe("Eksempel kommune");
  fireEvent.click(screen.getByRole("radio", { name: "Én person" }));
  await waitFor(() => expect(calls[calls.length - 1]).toMatchObject({ message: { audience: "personal" } }));
  fireEvent.change(screen.getByTestId("message-key-date"), { target: { value: String(TEXT.indexOf("fredag 1. mai")) } });
  await waitFor(() => expect(calls[calls.length - 1]).toMatchObject({ message: { audience: "personal", keyTime: { start: TEXT.indexOf("fredag 1. mai"), role: "new" } } }));
});

test("hides itself when the composer sends no message", async () => {
  renderWith(false);
  await screen.findByTestId("channel-text-letter");
  expect(screen.queryByTestId("message-card")).toBeNull();
});
