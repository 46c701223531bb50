// Round 24 of the red team, the personal SMS. To a company the SMS says "Dere har fått et brev … som dere må svare
// på", never "som du må svare på" after "Dere". And a step that names a time the SMS does not give ("Passer ikke
// tidspunktet, må du ringe innen 6. juni") is not said. Own drafts.
import { variants } from "../../../src/core/channels";

describe("a letter to a company that asks for an answer", () => {
  it("keeps «dere» in the SMS", () => {
    const d = [
      "Kystfrakt Helgeland AS",
      "Postboks 118",
      "8801 Sandnessjøen",
      "",
      "Korrigert faktura for anløpsavgift, februar 2025",
      "",
      "Vi viser til faktura 2025-01310 med forfall 20. mars. Den fakturaen er kreditert, og dere skal ikke betale den.",
      "",
      "Ny faktura for anløpsavgift for februar er på 18 640 kroner.",
      "",
      "Forfallsdato: 4. april 2025",
      "",
      "Dersom dere allerede har betalt den gamle fakturaen, blir differansen tilbakebetalt innen 30 dager. Send oss da kontonummeret deres.",
      "",
      "Med vennlig hilsen",
      "Alstahaug havn KF",
    ].join("\n");
    const sms = variants(d, { language: "nb" }).variants.sms.text;
    expect(sms).toMatch(/Dere har fått/);
    expect(sms).not.toMatch(/som du må/);
  });
});

describe("a step that names a time the SMS does not give", () => {
  it("is not said", () => {
    const d = [
      "Ny kontaktperson",
      "",
      "Kari Dahl",
      "Bakkeveien 3",
      "7010 Trondheim",
      "",
      "Saksbehandleren din slutter 31. mai. Den nye kontaktpersonen din kommer på besøk hjem til deg torsdag 12. juni kl. 14.00.",
      "",
      "Passer ikke tidspunktet, må du ringe innen 6. juni, så finner vi en ny tid.",
      "",
      "Med vennlig hilsen",
      "Trondheim kommune",
    ].join("\n");
    const sms = variants(d, { language: "nb" }).variants.sms.text;
    if (!/12\. juni/.test(sms)) expect(sms).not.toMatch(/tidspunktet/);
  });
});
