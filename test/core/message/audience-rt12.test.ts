// Who a draft is for: an address block or a customer/invoice number field makes it one person's letter; case words
// in an instruction to any reader ("Book your appointment …") do not.
import { variants } from "../../../src/core/channels";

const audience = (draft: string) => variants(draft).message.audience.value;

describe("personal or public", () => {
  it("an address block on top makes a letter personal", () => {
    const draft = "Per Hansen\nSkogveien 12\n3400 Lier\n\nSFO-plass fra august\n\nDet er ledig plass på SFO fra 12. august. Gi beskjed innen 1. juni om du vil ha plassen.\n\nHilsen Lier kommune\n";
    expect(audience(draft)).toBe("personal");
  });

  it("a customer or invoice number with its value makes it personal; the word alone does not", () => {
    expect(audience("Påminnelse om betaling\n\nKundenr.: 55102   Fakturanr.: 2025-118\n\nVi har ikke mottatt betaling for januar. Betal innen 10. mars.\n\nHilsen Lier kommune\n")).toBe("personal");
    expect(audience("Avlesning av vannmåler\n\nAlle abonnenter må lese av måleren innen 15. januar. Oppgi målernummer og kundenummer på lier.kommune.no/vann.\n\nHilsen Lier kommune\n")).toBe("public");
  });

  it("case words in an instruction to any reader keep a notice public", () => {
    const draft = "Flu clinic this autumn\n\nThe health centre offers flu vaccines on Tuesdays from 1 October. Book your appointment at kommune.no/flu. Bring your vaccination card.\n\nLier Municipality\n";
    const r = variants(draft);
    expect(r.message.audience.value).toBe("public");
    expect(r.variants.sms.text).not.toMatch(/You have a letter/);
  });
});
