// A detour that is also the reader's action ("Kjør via Ringveien.") is said once in the SMS.
import { variants } from "../../../src/core/channels";

const draft = `Stengt vei i Bakkeveien 3.–14. mai

Vi stenger Bakkeveien mellom skolen og kirken fra mandag 3. til fredag 14. mai, kl. 07–15. Kjør via Ringveien og Storgata.

Flytt bilen før kl. 07 hvis du trenger den i løpet av dagen.

Fjellby kommune
`;

describe("a detour that is the reader's action", () => {
  it("is said once", () => {
    const sms = variants(draft).variants.sms.text;
    expect(sms.split("Kjør via Ringveien").length - 1).toBe(1);
  });
});
