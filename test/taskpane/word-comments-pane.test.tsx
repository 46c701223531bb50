/** @jest-environment jsdom */
/**
 * Findings as Word comments (issue 12): the whole pane against the strict fake Word. «Legg inn som
 * kommentarer» puts the findings without a safe fix on their ranges, «Fjern kommentarene» takes exactly
 * those away again; on Word without WordApi 1.4 the button is not there.
 */
import "@testing-library/jest-dom";
import { act, render, screen, waitFor } from "@testing-library/react";
import { createWordHost } from "../../src/office/word";
import { createMainThreadAnalyzer } from "../../src/taskpane/analysis/analyzer";
import { App } from "../../src/taskpane/App";
import { FakeWord } from "../office/fakes/fake-word";
import { fakeAnalyze } from "./fake-analyze";
import "./jsdom-setup";

const analyzer = createMainThreadAnalyzer(async () => fakeAnalyze);
const PARAS = ["Vedrørende vann", "Vannet blir stengt tirsdag. Gata blir stengt onsdag."];

afterEach(() => FakeWord.uninstall());

function start(platform: "365" | "2019") {
  const fw = new FakeWord({ paragraphs: PARAS, platform });
  fw.install();
  const host = createWordHost({ storage: new Map() as unknown as Storage, page: null });
  render(<App host={host} mode="word" analyzer={analyzer} browserLanguages={["nb-NO"]} debounceMs={0} />);
  return fw;
}

describe("the pane puts findings without a safe fix in Word as comments", () => {
  test("«Legg inn som kommentarer» comments the two passives (not the fixable word), «Fjern kommentarene» removes only those", async () => {
    const fw = start("365");
    fw.addComment({ p: 0, s: 0, pe: 0, e: 10 }, "Brukerens kommentar");
    await waitFor(() => expect(document.querySelectorAll('[data-testid="finding"]')).toHaveLength(3));
    const add = await screen.findByRole("button", { name: "Legg inn som kommentarer" });
    await act(async () => {
      add.click();
    });
    await waitFor(() => expect(fw.comments.filter((c) => !c.deleted)).toHaveLength(3));
    const ours = fw.comments.filter((c) => !c.deleted && c.text !== "Brukerens kommentar");
    expect(ours.map((c) => [c.p, c.s, c.e, c.text])).toEqual([
      [1, PARAS[1]!.indexOf("blir stengt"), PARAS[1]!.indexOf("blir stengt") + 11, "Passiv: si hvem som gjør det."],
      [1, PARAS[1]!.lastIndexOf("blir stengt"), PARAS[1]!.lastIndexOf("blir stengt") + 11, "Passiv: si hvem som gjør det."],
    ]);
    expect(await screen.findByText("La inn 2 kommentarer.")).toBeInTheDocument();
    expect(fw.paras).toEqual(PARAS); // comments only: the text is untouched
    // no second set of the same comments for the same check
    expect(screen.queryByRole("button", { name: "Legg inn som kommentarer" })).not.toBeInTheDocument();

    const remove = screen.getByRole("button", { name: "Fjern kommentarene" });
    await act(async () => {
      remove.click();
    });
    await waitFor(() => expect(fw.comments.filter((c) => !c.deleted).map((c) => c.text)).toEqual(["Brukerens kommentar"]));
    expect(await screen.findByText("Fjernet 2 kommentarer.")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("button", { name: "Fjern kommentarene" })).not.toBeInTheDocument());
    expect(screen.getByRole("button", { name: "Legg inn som kommentarer" })).toBeInTheDocument();
  });

  test("Word 2019 (no WordApi 1.4): no comment button", async () => {
    start("2019");
    await waitFor(() => expect(document.querySelectorAll('[data-testid="finding"]')).toHaveLength(3));
    expect(screen.queryByRole("button", { name: "Legg inn som kommentarer" })).not.toBeInTheDocument();
  });
});
