// A reference alone ("Vi viser til tidligere varsel.") is no news for the SMS or the post.
import { variants } from "../../../src/core/channels";

describe("a reference sentence in the short channels", () => {
  it("the post says the move without the reference before it", () => {
    const draft = "Graving i Sjøgata\n\nVi viser til tidligere varsel datert 3. februar. På grunn av tele i bakken er gravearbeidet utsatt fra mandag 10. februar til mandag 24. februar 2025.\n\nHilsen Hurum kommune\n";
    const r = variants(draft);
    expect(r.variants.post.text).toContain("mandag 24. februar 2025");
    expect(r.variants.post.text).not.toMatch(/[Vv]i viser til/);
    expect(r.variants.sms.text).not.toMatch(/[Vv]i viser til/);
  });
});
