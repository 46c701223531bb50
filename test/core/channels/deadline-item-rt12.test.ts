// A deadline in a list item under "Vi ber deg om å:" is said as the instruction it is, not as a bare "Frist: …".
import { variants } from "../../../src/core/channels";

describe("a deadline inside a list of steps", () => {
  it("the SMS says what is due by then", () => {
    const draft = "Til foreldre i 5. trinn\n\nSkoletur til Tusenfryd\n\n5. trinn ved Lia skole drar på tur til Tusenfryd tirsdag 10. juni. Vi reiser med buss fra skolen kl. 08.30 og er tilbake kl. 16.00 samme dag. Elevene får mat og drikke på turen.\n\nVi ber deg om å:\n- fylle ut og signere samtykkeskjemaet som følger med i sekken\n- si fra om allergier barnet har\n- levere skjemaet til kontaktlærer innen fredag 30. mai\n\nVennlig hilsen\nLia skole\n";
    const sms = variants(draft).variants.sms.text;
    expect(sms).toContain("30. mai");
    expect(sms).not.toMatch(/Frist: fredag 30\. mai/);
    expect(sms).toMatch(/[Ll]ever skjemaet til kontaktlærer innen fredag 30\. mai/);
  });
});
