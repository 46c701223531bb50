/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { ChannelsPanel } from "../../../src/taskpane/channels/ChannelsPanel";
import type { DraftHost, DraftSnapshot } from "../../../src/office/host";
import type { Settings } from "../../../src/taskpane/settings/model";

(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const NOTICE = `Stenging av vannet i Storgata 12. mai

Vi må reparere en vannledning i Storgata. Derfor blir vannet stengt tirsdag 12. mai fra kl. 09.00 til kl. 14.00.

Har du spørsmål, ring oss på 12 34 56 78 eller les mer på eksempel.kommune.no/vann.

Hilsen
Eksempel kommune, Vann og avløp`;

function fakeHost(kind: "word" | "outlook" = "word") {
  const inserted: string[] = [];
  const opened: Array<{ text: string; title?: string }> = [];
  const host = {
    kind,
    capabilities: { select: true, applyEdits: "all", openAsNew: true },
    insertText: jest.fn(async (text: string) => {
      inserted.push(text);
      return { ok: true };
    }),
    openAsNew: jest.fn(async (text: string, title?: string) => {
      opened.push({ text, title });
      return { ok: true };
    }),
  } as unknown as DraftHost;
  return { host, inserted, opened };
}

function renderPanel(text: string | null, opts: { host?: DraftHost; settings?: Settings; locale?: "nb" | "nn" | "en" } = {}) {
  const host = opts.host ?? fakeHost().host;
  const draft: DraftSnapshot | null = text === null ? null : { text, scope: "body", version: 1 };
  return render(
    <FluentProvider theme={webLightTheme}>
      <ChannelsPanel host={host} draft={draft} locale={opts.locale ?? "nb"} settings={opts.settings ?? {}} />
    </FluentProvider>,
  );
}

async function ready() {
  await waitFor(() => expect(screen.getByTestId("channel-text-letter")).toBeInTheDocument());
}

test("without a draft it asks for a check first", () => {
  renderPanel(null);
  expect(screen.getByText("Sjekk utkastet først, så lager Kanalklar versjonene her.")).toBeInTheDocument();
});

test("shows the letter, and the SMS with counters that follow the text", async () => {
  renderPanel(NOTICE);
  await ready();
  expect((screen.getByTestId("channel-text-letter") as HTMLTextAreaElement).value).toContain("12. mai");
  fireEvent.click(screen.getByTestId("channel-tab-sms"));
  const sms = screen.getByTestId("channel-text-sms") as HTMLTextAreaElement;
  expect(sms.value.length).toBeGreaterThan(0);
  expect(screen.getByTestId("sms-encoding")).toHaveTextContent("GSM-7");
  expect(screen.getByTestId("sms-characters")).toHaveTextContent(String(Array.from(sms.value).length));
  // a long text needs more parts
  fireEvent.change(sms, { target: { value: "Vannet stenges. ".repeat(12) } });
  expect(screen.getByTestId("sms-parts")).toHaveTextContent("2 SMS-er");
});

test("characters that force UCS-2 are highlighted and fixed in one click", async () => {
  renderPanel(NOTICE);
  await ready();
  fireEvent.click(screen.getByTestId("channel-tab-sms"));
  const sms = screen.getByTestId("channel-text-sms") as HTMLTextAreaElement;
  fireEvent.change(sms, { target: { value: "Vannet stenges 12. mai – «husk» å tappe vann…" } });
  expect(screen.getByTestId("sms-encoding")).toHaveTextContent("UCS-2");
  const marks = within(screen.getByTestId("sms-preview")).getAllByText((_, el) => el?.tagName === "MARK");
  expect(marks.map((m) => m.textContent)).toEqual(["–", "«", "»", "…"]);
  fireEvent.click(screen.getByTestId("sms-gsm-fix"));
  expect(screen.getByTestId("sms-encoding")).toHaveTextContent("GSM-7");
  const fixed = (screen.getByTestId("channel-text-sms") as HTMLTextAreaElement).value;
  expect(fixed).toContain("12. mai");
  expect(fixed).not.toMatch(/[–«»…]/);
  expect(fixed).not.toContain("?");
  expect(screen.getByTestId("channels-announcement")).toHaveTextContent("Byttet 4 tegn");
});

test("an edit that invents a date is re-checked live and shown as an error first", async () => {
  renderPanel(NOTICE);
  await ready();
  fireEvent.click(screen.getByTestId("channel-tab-sms"));
  const sms = screen.getByTestId("channel-text-sms") as HTMLTextAreaElement;
  fireEvent.change(sms, { target: { value: sms.value.replace("12. mai", "13. mai") } });
  await waitFor(() => {
    const items = within(screen.getByTestId("channel-findings-sms")).getAllByRole("listitem");
    expect(items[0]).toHaveAttribute("data-severity", "error");
    expect(items[0]!.getAttribute("data-rule")).toMatch(/^facts-/);
  }, { timeout: 5000 });
});

test("post lengths per chosen platform against their limits", async () => {
  renderPanel(NOTICE, { settings: { platforms: ["x", "instagram"] } });
  await ready();
  fireEvent.click(screen.getByTestId("channel-tab-post"));
  const lengths = screen.getByTestId("post-lengths");
  expect(within(lengths).getByText("X")).toBeInTheDocument();
  expect(within(lengths).queryByText("LinkedIn")).toBeNull();
  fireEvent.change(screen.getByTestId("channel-text-post"), { target: { value: "Vann ".repeat(70) } });
  expect(lengths.querySelector('[data-platform="x"]')).toHaveAttribute("data-over", "true");
  expect(lengths.querySelector('[data-platform="instagram"]')).toHaveAttribute("data-over", "false");
});

test("a channel that does not suit the draft says why instead of a text", async () => {
  const file = join(__dirname, "../../../../shared/corpus/letter/nav-ba-autobrev-6-18-nn.txt");
  if (!existsSync(file)) throw new Error(`Reference corpus missing: ${file} (../shared is needed for this test)`);
  renderPanel(readFileSync(file, "utf8"));
  await ready();
  fireEvent.click(screen.getByTestId("channel-tab-post"));
  expect(screen.getByTestId("channel-unsuitable-post")).toHaveTextContent(/én person|one person|ein person/);
  expect(screen.queryByTestId("channel-text-post")).toBeNull();
});

describe("copy", () => {
  const orig = { clipboard: Object.getOwnPropertyDescriptor(navigator, "clipboard"), exec: document.execCommand };
  afterEach(() => {
    if (orig.clipboard) Object.defineProperty(navigator, "clipboard", orig.clipboard);
    else delete (navigator as { clipboard?: unknown }).clipboard;
    document.execCommand = orig.exec;
  });

  test("uses the Clipboard API when it works", async () => {
    const writeText = jest.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderPanel(NOTICE);
    await ready();
    fireEvent.click(screen.getByTestId("channel-tab-sms"));
    const text = (screen.getByTestId("channel-text-sms") as HTMLTextAreaElement).value;
    await act(async () => fireEvent.click(screen.getByTestId("channel-copy-sms")));
    expect(writeText).toHaveBeenCalledWith(text);
    await waitFor(() => expect(screen.getByTestId("channels-announcement")).toHaveTextContent("SMS er kopiert."));
  });

  test("falls back to execCommand when the Clipboard API is blocked (Outlook on the web)", async () => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: jest.fn(async () => Promise.reject(new Error("NotAllowedError"))) }, configurable: true });
    let copied = "";
    document.execCommand = jest.fn((cmd: string) => {
      copied = cmd === "copy" ? (document.activeElement as HTMLTextAreaElement).value : "";
      return true;
    }) as unknown as typeof document.execCommand;
    renderPanel(NOTICE, { host: fakeHost("outlook").host });
    await ready();
    fireEvent.click(screen.getByTestId("channel-tab-sms"));
    const text = (screen.getByTestId("channel-text-sms") as HTMLTextAreaElement).value;
    await act(async () => fireEvent.click(screen.getByTestId("channel-copy-sms")));
    await waitFor(() => expect(screen.getByTestId("channels-announcement")).toHaveTextContent("SMS er kopiert."));
    expect(copied).toBe(text);
  });

  test("when both are blocked it selects the text and asks for Ctrl+C", async () => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    document.execCommand = jest.fn(() => false) as unknown as typeof document.execCommand;
    renderPanel(NOTICE);
    await ready();
    await act(async () => fireEvent.click(screen.getByTestId("channel-copy-letter")));
    await waitFor(() => expect(screen.getByTestId("channels-announcement")).toHaveTextContent("trykk Ctrl+C"));
    const ta = screen.getByTestId("channel-text-letter") as HTMLTextAreaElement;
    expect(document.activeElement).toBe(ta);
    expect(ta.selectionStart).toBe(0);
    expect(ta.selectionEnd).toBe(ta.value.length);
  });
});

test("«Sett inn» inserts the (edited) letter through the host and announces it", async () => {
  const { host, inserted } = fakeHost("word");
  renderPanel(NOTICE, { host });
  await ready();
  const ta = screen.getByTestId("channel-text-letter") as HTMLTextAreaElement;
  fireEvent.change(ta, { target: { value: ta.value + "\nPS: Husk å tappe vann." } });
  await act(async () => fireEvent.click(screen.getByTestId("channel-insert-letter")));
  expect(inserted).toEqual([ta.value]);
  await waitFor(() => expect(screen.getByTestId("channels-announcement")).toHaveTextContent("Brev er satt inn på slutten av dokumentet."));
});

test("an Outlook insert that did not arrive tells the user what to do", async () => {
  const host = { kind: "outlook", insertText: async () => ({ ok: false, reason: "not-verified" }) } as unknown as DraftHost;
  renderPanel(NOTICE, { host });
  await ready();
  await act(async () => fireEvent.click(screen.getByTestId("channel-insert-letter")));
  await waitFor(() => expect(screen.getByTestId("channels-announcement")).toHaveTextContent("Klikk i e-posten"));
});

test("«Ny e-post» in Outlook opens the SMS text in a new message", async () => {
  const { host, opened } = fakeHost("outlook");
  renderPanel(NOTICE, { host });
  await ready();
  fireEvent.click(screen.getByTestId("channel-tab-sms"));
  expect(screen.getByTestId("channel-open-sms")).toHaveTextContent("Ny e-post");
  await act(async () => fireEvent.click(screen.getByTestId("channel-open-sms")));
  expect(opened).toEqual([{ text: (screen.getByTestId("channel-text-sms") as HTMLTextAreaElement).value, title: "SMS" }]);
});

test("speaks nynorsk and English", async () => {
  const { unmount } = renderPanel(NOTICE, { locale: "nn" });
  await ready();
  expect(screen.getByRole("heading", { name: "Kanalar" })).toBeInTheDocument();
  unmount();
  renderPanel(NOTICE, { locale: "en" });
  await ready();
  expect(screen.getByRole("tab", { name: "Letter" })).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Copy" })).toBeInTheDocument();
});

test("actions are disabled while the variant text is empty", async () => {
  renderPanel(NOTICE);
  await ready();
  fireEvent.change(screen.getByTestId("channel-text-letter"), { target: { value: "  " } });
  expect(screen.getByTestId("channel-copy-letter")).toBeDisabled();
  expect(screen.getByTestId("channel-insert-letter")).toBeDisabled();
});
