// A key event said for some readers only ("Bor du i sone 2 (…), blir dunken tømt lørdag 26. desember i stedet for
// fredag 25. desember."): the SMS says it with its readers, never the title and the day alone, and the old day goes
// with its "i stedet for".
import { variants } from "../../../src/core/channels";

const nb = `Endret tømmedag i julen

Fordi juledagene faller på helligdager, flyttes tømmingen av restavfall for noen av sonene.

Bor du i sone 2 (Lia, Haugen og Bakken), blir dunken din tømt lørdag 26. desember i stedet for fredag 25. desember. Sett dunken fram kvelden før.

Sone 1 og sone 3 har vanlig tømming og trenger ikke gjøre noe.

Hilsen
Vestby Renovasjon
`;

describe("a key event for some readers only", () => {
  const sms = variants(nb).variants.sms.text;
  it("is said with whom it is for", () => {
    expect(sms).toContain("sone 2");
    expect(sms).toContain("26. desember");
  });
  it("never gives the old day", () => {
    expect(sms).not.toContain("25. desember");
  });
});
