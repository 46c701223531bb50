/** Defect 5: a slow Office.onReady must not strand the pane in the standalone editor inside Word or Outlook. */
import { boot, hostedByOffice } from "../../src/office/boot";
import type { DraftHost } from "../../src/office/host";
import { framedByOfficeWeb, lateOffice, officePage, plainPage } from "./fakes/late-office";

const fakeHost = (kind: "word" | "outlook"): DraftHost => ({ kind }) as unknown as DraftHost;

describe("boot with a late Office.onReady", () => {
  test("inside Word (the page got _host_Info) a slow onReady never falls back to standalone: the pane waits and gets Word", async () => {
    const late = lateOffice("Word", 120);
    const t0 = Date.now();
    const b = await boot({ global: { ...officePage(), Office: late.Office }, timeoutMs: 20, createWordHost: () => fakeHost("word") });
    expect(b.mode).toBe("word");
    expect(b.host.kind).toBe("word");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(100);
  });

  test("framed by Word on the web, the same: Word, never the sample draft", async () => {
    const late = lateOffice("Word", 60);
    const b = await boot({ global: { ...framedByOfficeWeb(), Office: late.Office }, timeoutMs: 10, createWordHost: () => fakeHost("word") });
    expect(b.mode).toBe("word");
  });

  test("inside Outlook, an onReady that takes its time still ends in Outlook", async () => {
    const late = lateOffice("Outlook", "manual");
    const booting = boot({ global: { ...officePage("?_host_Info=Outlook$Win32$16.02$nb-NO$$$$0"), Office: late.Office }, timeoutMs: 10, createOutlookHost: () => fakeHost("outlook") });
    await new Promise((r) => setTimeout(r, 50)); // well past the timeout
    late.resolve();
    expect((await booting).mode).toBe("outlook");
  });

  test("in a plain browser the pane goes standalone after the timeout, and adopts the host when onReady resolves late", async () => {
    const late = lateOffice("Word", 60);
    const b = await boot({ global: { ...plainPage(), Office: late.Office }, timeoutMs: 10, createWordHost: () => fakeHost("word") });
    expect(b.mode).toBe("standalone");
    expect(b.late).toBeDefined();
    const adopted = await b.late!;
    expect(adopted?.mode).toBe("word");
    expect(adopted?.host.kind).toBe("word");
  });

  test("a late answer with no host (office.js outside Office) adopts nothing", async () => {
    const late = lateOffice(null, 30);
    const b = await boot({ global: { ...plainPage(), Office: late.Office }, timeoutMs: 5 });
    expect(b.mode).toBe("standalone");
    expect(await b.late).toBeNull();
  });

  test("hostedByOffice: _host_Info or an Office web framer, not any frame", () => {
    expect(hostedByOffice(officePage())).toBe(true);
    expect(hostedByOffice(framedByOfficeWeb())).toBe(true);
    expect(hostedByOffice(plainPage())).toBe(false);
    expect(hostedByOffice({ location: { search: "", ancestorOrigins: ["https://intranett.kommune.no"] }, top: {}, self: {} })).toBe(false);
  });
});
