import { boot, detectOfficeHost, isDarkColor } from "../../src/office/boot";
import type { DraftHost } from "../../src/office/host";

const fakeHost = (kind: "word" | "outlook"): DraftHost => ({ kind } as unknown as DraftHost);
const HostType = { Word: "Word", Outlook: "Outlook", Excel: "Excel" };

describe("office.js guard", () => {
  it("runs standalone when office.js did not load", async () => {
    const b = await boot({ global: {} });
    expect(b.mode).toBe("standalone");
    expect(b.host.kind).toBe("standalone");
  });

  it("runs standalone when Office.onReady reports no host (a plain browser)", async () => {
    const b = await boot({ global: { Office: { HostType, onReady: async () => ({ host: null, platform: null }) } } });
    expect(b.mode).toBe("standalone");
  });

  it("runs standalone when Office.onReady never settles", async () => {
    const never = new Promise<never>(() => undefined);
    const t0 = Date.now();
    const kind = await detectOfficeHost({ Office: { HostType, onReady: () => never } }, 50);
    expect(kind).toBeNull();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(40);
  });

  it("runs standalone when onReady throws", async () => {
    const kind = await detectOfficeHost({ Office: { HostType, onReady: () => { throw new Error("boom"); } } }, 1000);
    expect(kind).toBeNull();
  });

  it("picks the Word adapter in Word and reads the Office theme", async () => {
    const createWordHost = jest.fn(() => fakeHost("word"));
    const createOutlookHost = jest.fn(() => fakeHost("outlook"));
    const Office = { HostType, onReady: async () => ({ host: "Word", platform: "OfficeOnline" }), context: { officeTheme: { bodyBackgroundColor: "#1f1f1f" } } };
    const b = await boot({ global: { Office }, createWordHost, createOutlookHost });
    expect(b.mode).toBe("word");
    expect(b.host.kind).toBe("word");
    expect(b.officeTheme).toBe("dark");
    expect(createOutlookHost).not.toHaveBeenCalled();
  });

  it("picks the Outlook adapter in Outlook", async () => {
    const createOutlookHost = jest.fn(async () => fakeHost("outlook"));
    const Office = { HostType, onReady: async () => ({ host: "Outlook", platform: "PC" }) };
    const b = await boot({ global: { Office }, createOutlookHost });
    expect(b.mode).toBe("outlook");
    expect(createOutlookHost).toHaveBeenCalledTimes(1);
  });

  it("falls back to standalone, with the reason, when the adapter cannot start", async () => {
    const Office = { HostType, onReady: async () => ({ host: "Word", platform: "PC" }) };
    const b = await boot({ global: { Office }, createWordHost: () => { throw new Error("WordApi 1.3 missing"); } });
    expect(b.mode).toBe("standalone");
    expect(b.error).toBe("WordApi 1.3 missing");
  });

  it("treats other Office hosts as no host", async () => {
    const Office = { HostType, onReady: async () => ({ host: "Excel", platform: "PC" }) };
    expect(await detectOfficeHost({ Office }, 100)).toBeNull();
  });
});

describe("isDarkColor", () => {
  it("tells dark from light backgrounds", () => {
    expect(isDarkColor("#000000")).toBe(true);
    expect(isDarkColor("#262626")).toBe(true);
    expect(isDarkColor("#ffffff")).toBe(false);
    expect(isDarkColor("#f3f3f3")).toBe(false);
    expect(isDarkColor("blue")).toBeUndefined();
    expect(isDarkColor(undefined)).toBeUndefined();
  });
});
