/** @jest-environment jsdom */
// «Kanaler» you can steer and preview: costs in plain words, named characters with «Fjern», part
// breaks that agree with the core's counting, the link policy, post folds, the letter diff, notes that
// quote their text, and no «Sett inn» into the user's own draft in the browser page.
import "@testing-library/jest-dom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import fc from "fast-check";
import { smsInfo } from "../../../src/core/channels/index";
import { ChannelsPanel } from "../../../src/taskpane/channels/ChannelsPanel";
import { previewStrings } from "../../../src/taskpane/channels/preview-strings";
import { charName, costSentence, distinctChars, removeChar, smsParts } from "../../../src/taskpane/channels/sms-view";
import { foldAt } from "../../../src/taskpane/channels/PostPreviews";
import type { DraftHost, DraftSnapshot } from "../../../src/office/host";
import type { Settings } from "../../../src/taskpane/settings/model";

(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const ps = previewStrings("nb");
const NOTICE = `Stenging av vannet i Storgata 12. mai

Vi må reparere en vannledning i Storgata. Derfor blir vannet stengt tirsdag 12. mai fra kl. 09.00 til kl. 14.00.

Har du spørsmål, ring oss på 12 34 56 78 eller les mer på eksempel.kommune.no/vann.

Hilsen
Eksempel kommune, Vann og avløp`;

describe("SMS in plain words", () => {
  it("names characters («dråpe-emoji»), lists each once with how often, and removes them", () => {
    expect(charName("💧", ps)).toBe("dråpe-emoji");
    expect(charName("«", ps)).toBe("venstre sitattegn «");
    expect(charName("🛶", ps)).toBe("emoji 🛶");
    expect(charName("✓", ps)).toBe("tegnet ✓ (U+2713)");
    const info = smsInfo("💧 Vann 💧 stengt 💧.");
    expect(distinctChars(info.nonGsm)).toEqual([expect.objectContaining({ char: "💧", count: 3 })]);
    expect(removeChar("💧 Vann 💧 stengt 💧.", "💧")).toBe("Vann stengt.");
  });
  it("says what a UCS-2 SMS costs and why, never «160 tegn» as its target", () => {
    const text = "«Vannet» stenges i morgen.";
    const info = smsInfo(text);
    const sentence = costSentence(info, ps, smsInfo(text.replace(/[«»]/g, '"')));
    expect(sentence).toContain("70 tegn");
    expect(sentence).not.toMatch(/av 160 tegn/);
    expect(sentence).toContain("Venstre sitattegn «");
    const long = `${"Vann stenges i Storgata – ".repeat(6)}`;
    const li = smsInfo(long);
    expect(li.segments).toBeGreaterThan(1);
    const many = costSentence(li, ps, smsInfo(long.replace(/–/g, "-")));
    expect(many).toMatch(new RegExp(`^Koster ${li.segments} SMS fordi teksten har ${li.length} tegn og tankestrek gjør at hver del bare rommer 67 tegn`));
    expect(many).toContain(`Uten disse tegnene ville den kostet ${smsInfo(long.replace(/–/g, "-")).segments} SMS.`);
  });
  it("breaks parts where the core's count says (property test against smsInfo)", () => {
    const alphabet = fc.constantFrom("a", "b", " ", "æ", "ø", "€", "[", "«", "–", "💧", "\n", ".");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 500 }), (chars) => {
        const text = chars.join("");
        const info = smsInfo(text);
        const parts = smsParts(text, info.encoding);
        expect(parts.length).toBe(info.segments);
        expect(parts.map(([a, b]) => text.slice(a, b)).join("")).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe("post folds", () => {
  it("cuts at the last space before the fold", () => {
    const text = "Ord ".repeat(60);
    const cut = foldAt(text, 125);
    expect(cut).toBeLessThanOrEqual(125);
    expect(text.charAt(cut)).toBe(" ");
    expect(foldAt("kort", 125)).toBe(4);
  });
});

function host(kind: "word" | "standalone"): DraftHost {
  return {
    kind,
    capabilities: { select: true, applyEdits: "all", openAsNew: false },
    insertText: jest.fn(async () => ({ ok: true })),
  } as unknown as DraftHost;
}

function renderPanel(text: string, opts: { kind?: "word" | "standalone"; settings?: Settings; onSettingsChange?: (s: Settings) => void; notify?: jest.Mock } = {}) {
  const draft: DraftSnapshot = { text, scope: "body", version: 1 };
  return render(
    <FluentProvider theme={webLightTheme}>
      <ChannelsPanel host={host(opts.kind ?? "word")} draft={draft} locale="nb" settings={opts.settings ?? {}} onSettingsChange={opts.onSettingsChange} notify={opts.notify} />
    </FluentProvider>,
  );
}

describe("the panel", () => {
  it("previews the SMS as a bubble under the sender ID, with named characters and «Fjern»", async () => {
    const notify = jest.fn();
    renderPanel(NOTICE, { settings: { smsSenderId: "Eksempel" }, notify });
    await waitFor(() => expect(screen.getByTestId("channel-text-letter")).toBeInTheDocument());
    fireEvent.click(screen.getByTestId("channel-tab-sms"));
    const sms = screen.getByTestId("channel-text-sms") as HTMLTextAreaElement;
    fireEvent.change(sms, { target: { value: "💧 Vannet stenges 12. mai. 💧" } });
    expect(screen.getByTestId("sms-preview-sender")).toHaveTextContent("Avsender: Eksempel");
    expect(screen.getAllByTestId("sms-bubble")).toHaveLength(1);
    const chars = screen.getAllByTestId("sms-char");
    expect(chars).toHaveLength(1);
    expect(chars[0]).toHaveTextContent("dråpe-emoji (2 ganger)");
    expect(screen.getByTestId("sms-cost")).toHaveTextContent("Koster 1 SMS");
    fireEvent.click(within(chars[0]!).getByRole("button", { name: "Fjern dråpe-emoji fra SMS-en" }));
    expect((screen.getByTestId("channel-text-sms") as HTMLTextAreaElement).value).toBe("Vannet stenges 12. mai.");
    expect(screen.queryByTestId("sms-ucs2")).toBeNull();
    // Feedback at the top of the viewport, not only in the status line at the bottom.
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ text: "Fjernet dråpe-emoji. SMS-en koster nå 1 SMS." }));
  });

  it("names the link policy and changes it in one click", async () => {
    const onSettingsChange = jest.fn();
    renderPanel(NOTICE, { settings: { smsLinks: "none" }, onSettingsChange });
    await waitFor(() => expect(screen.getByTestId("channel-text-letter")).toBeInTheDocument());
    fireEvent.click(screen.getByTestId("channel-tab-sms"));
    expect(screen.getByTestId("sms-link-policy")).toHaveTextContent("Lenker i SMS: ingen lenke – nettadressen står som vanlig tekst.");
    fireEvent.click(screen.getByTestId("sms-links-url"));
    expect(onSettingsChange).toHaveBeenCalledWith(expect.objectContaining({ smsLinks: "url" }));
  });

  it("shows where «Se mer» cuts the post on each platform", async () => {
    renderPanel(NOTICE);
    await waitFor(() => expect(screen.getByTestId("channel-text-letter")).toBeInTheDocument());
    fireEvent.click(screen.getByTestId("channel-tab-post"));
    fireEvent.change(screen.getByTestId("channel-text-post"), { target: { value: "Vannet stenges i Storgata. ".repeat(12) } });
    const cards = screen.getAllByTestId("post-preview");
    expect(cards.map((c) => c.dataset.platform)).toEqual(["x", "facebook", "linkedin", "instagram"]);
    const fb = cards.find((c) => c.dataset.platform === "facebook")!;
    expect(Number(fb.dataset.cut)).toBeLessThanOrEqual(125);
    expect(fb).toHaveTextContent("… Se mer");
    const x = cards.find((c) => c.dataset.platform === "x")!;
    expect(x).toHaveTextContent("Alt etter tegn 280 er for langt for X.");
  });

  it("shows the draft → letter diff on request", async () => {
    renderPanel(NOTICE);
    await waitFor(() => expect(screen.getByTestId("channel-text-letter")).toBeInTheDocument());
    fireEvent.click(screen.getByTestId("letter-diff-toggle"));
    const letter = screen.getByTestId("channel-text-letter") as HTMLTextAreaElement;
    if (letter.value === NOTICE) expect(await screen.findByText("Brevet er likt utkastet.")).toBeInTheDocument();
    fireEvent.change(letter, { target: { value: letter.value.replace("Hilsen", "Vennlig hilsen") } });
    const diff = await screen.findByTestId("letter-diff");
    // The letter is a rewrite, so the diff has other insertions too; the user's own one is among them.
    expect(Array.from(diff.querySelectorAll("ins")).some((i) => (i.textContent ?? "").includes("lagt til: Vennlig"))).toBe(true);
  });

  it("never offers «Sett inn» in the browser page (it would append to the user's own draft)", async () => {
    renderPanel(NOTICE, { kind: "standalone" });
    await waitFor(() => expect(screen.getByTestId("channel-text-letter")).toBeInTheDocument());
    expect(screen.queryByTestId("channel-insert-letter")).toBeNull();
    fireEvent.click(screen.getByTestId("channel-tab-sms"));
    expect(screen.queryByTestId("channel-insert-sms")).toBeNull();
  });
});
