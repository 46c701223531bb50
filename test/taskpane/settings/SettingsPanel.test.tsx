/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { SettingsPanel } from "../../../src/taskpane/settings/SettingsPanel";
import type { Settings } from "../../../src/taskpane/settings/model";
import type { DraftHost } from "../../../src/office/host";

// jsdom has no ResizeObserver; Fluent's MessageBar uses it for reflow only.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const host = { kind: "word" } as unknown as DraftHost;

function Harness({ initial, onChange }: { initial: Settings; onChange: (s: Settings) => void }) {
  const [s, setS] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <SettingsPanel
        host={host}
        locale="nb"
        settings={s}
        onChange={(n) => {
          setS(n);
          onChange(n);
        }}
      />
    </FluentProvider>
  );
}

function setup(initial: Settings = {}) {
  const changes: Settings[] = [];
  render(<Harness initial={initial} onChange={(s) => changes.push(s)} />);
  return changes;
}

test("sender name commits on blur", () => {
  const changes = setup();
  const input = screen.getByTestId("settings-sender");
  fireEvent.change(input, { target: { value: "Eksempel kommune" } });
  expect(changes).toHaveLength(0);
  fireEvent.blur(input);
  expect(changes.at(-1)?.senderName).toBe("Eksempel kommune");
});

test("an invalid SMS sender id is shown as an error and not saved", () => {
  const changes = setup({ smsSenderId: "Kommune" });
  const input = screen.getByTestId("settings-sender-id");
  fireEvent.change(input, { target: { value: "Eksempelkommunen" } });
  fireEvent.blur(input);
  expect(changes).toHaveLength(0);
  expect(screen.getByText("Avsendernavnet er for langt: høyst 11 tegn.")).toBeInTheDocument();
  fireEvent.change(input, { target: { value: "Eksempel" } });
  fireEvent.blur(input);
  expect(changes.at(-1)?.smsSenderId).toBe("Eksempel");
});

test("SMS link policy and platforms", () => {
  const changes = setup({ smsLinks: "none", platforms: ["x", "facebook", "linkedin", "instagram"] });
  fireEvent.click(screen.getByLabelText("Adressen uten https:// (for eksempel kommune.no/vann)"));
  expect(changes.at(-1)?.smsLinks).toBe("domain");
  fireEvent.click(screen.getByLabelText("Instagram"));
  expect(changes.at(-1)?.platforms).toEqual(["x", "facebook", "linkedin"]);
});

test("hashtags are normalised when committed", () => {
  const changes = setup();
  const input = screen.getByTestId("settings-hashtags");
  fireEvent.change(input, { target: { value: "vann, #Stengt vann" } });
  fireEvent.keyDown(input, { key: "Enter" });
  expect(changes.at(-1)?.hashtags).toEqual(["#vann", "#Stengt"]);
});

test("own word list: add, refuse a duplicate, remove", () => {
  const changes = setup({ customWords: [{ word: "iverksette", alternative: "starte" }] });
  fireEvent.change(screen.getByTestId("settings-new-word"), { target: { value: "forespørsel" } });
  fireEvent.change(screen.getByTestId("settings-new-alternative"), { target: { value: "spørsmål" } });
  fireEvent.click(screen.getByRole("button", { name: "Legg til ord" }));
  expect(changes.at(-1)?.customWords).toEqual([
    { word: "iverksette", alternative: "starte" },
    { word: "forespørsel", alternative: "spørsmål" },
  ]);
  fireEvent.change(screen.getByTestId("settings-new-word"), { target: { value: "Iverksette" } });
  fireEvent.click(screen.getByRole("button", { name: "Legg til ord" }));
  expect(screen.getByText("«Iverksette» står allerede i lista.")).toBeInTheDocument();
  expect(changes).toHaveLength(1);
  fireEvent.click(screen.getByRole("button", { name: "Fjern «iverksette»" }));
  expect(changes.at(-1)?.customWords).toEqual([{ word: "forespørsel", alternative: "spørsmål" }]);
});

function file(text: string): File {
  const f = new File([text], "profil.json", { type: "application/json" });
  // jsdom's File lacks text() in some versions
  (f as unknown as { text: () => Promise<string> }).text = async () => text;
  return f;
}

test("importing a valid profile merges it and says so", async () => {
  const changes = setup({ uiLanguage: "en", senderName: "Gammel" });
  const input = screen.getByTestId("settings-import-file");
  await act(async () => {
    fireEvent.change(input, { target: { files: [file('{"senderName":"Ny kommune","customWords":{"iverksette":"starte"}}')] } });
  });
  await waitFor(() => expect(screen.getByTestId("settings-status")).toHaveTextContent("Profilen er importert: avsender, ordliste (1 ord)."));
  expect(changes.at(-1)).toEqual({ uiLanguage: "en", senderName: "Ny kommune", customWords: [{ word: "iverksette", alternative: "starte" }] });
});

test("an invalid profile gives a clear message and changes nothing", async () => {
  const changes = setup({ senderName: "Gammel" });
  const input = screen.getByTestId("settings-import-file");
  await act(async () => {
    fireEvent.change(input, { target: { files: [file('{"senderName":"Ny","platforms":["x","myspace"]}')] } });
  });
  await waitFor(() => expect(screen.getByTestId("settings-status")).toHaveTextContent("Profilen ble ikke importert, og ingenting er endret. Feltet «platforms» har feil form."));
  expect(changes).toHaveLength(0);
  expect(screen.getByTestId("settings-sender")).toHaveValue("Gammel");
});

test("nynorsk and English labels", () => {
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <SettingsPanel host={host} locale="nn" settings={{}} onChange={() => {}} />
    </FluentProvider>,
  );
  expect(screen.getByRole("heading", { name: "Innstillingar" })).toBeInTheDocument();
  unmount();
  render(
    <FluentProvider theme={webLightTheme}>
      <SettingsPanel host={host} locale="en" settings={{}} onChange={() => {}} />
    </FluentProvider>,
  );
  expect(screen.getByRole("heading", { name: "Settings" })).toBeInTheDocument();
  expect(screen.getByLabelText("SMS sender name")).toBeInTheDocument();
});
