// The public API is reachable from src/core/index.ts (no import cycle breaks it) and from channels directly.
import * as core from "../../../src/core";
import { variants as direct } from "../../../src/core/channels";

describe("public API", () => {
  it("exports variants and the live-counter helpers from the core index", () => {
    expect(typeof core.variants).toBe("function");
    expect(typeof core.checkVariant).toBe("function");
    expect(core.smsInfo("Hei").segments).toBe(1);
    expect(core.gsmSafe("«a»")).toBe('"a"');
    expect(core.postLengths("abc").x).toBe(3);
    expect(core.validateSenderId("Fjordvik")).toBeNull();
  });
  it("gives the same result through both entry points", () => {
    const t = "Vannet blir stengt 14. oktober 2025 kl. 08.00–16.00.\n\nLes mer på fjordvik.kommune.no/vann.";
    expect(core.variants(t)).toEqual(direct(t));
  });
});
