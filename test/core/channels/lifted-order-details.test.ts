// A lifted order whose old start date sits in a relative clause with a list of places ("… som ble innført fredag
// 8. januar for abonnenter i Lia, Haugen og Bakken, er nå opphevet"): the clause goes whole, never cut inside the
// list (the SMS would lift the order for two of three places). "Dette gjelder ikke …" after an instruction limits the
// instruction, not the news. "Gi oss svar innen …" is a reply: the SMS says "Svar innen".
import { variants } from "../../../src/core/channels";

const nb = `Kokevarselet er opphevet

Kokevarselet som ble innført fredag 8. januar for abonnenter i Lia, Haugen og Bakken, er nå opphevet.

Hvis du bor i Haugen 1–9, må du likevel la kaldtvannet renne i fem minutter før du drikker det. Dette gjelder ikke andre adresser.

Hilsen
Storfjord kommune
`;

const summons = `Innkalling til samtale

Vi kaller deg inn til en samtale om veien videre mot arbeid.

Tid: tirsdag 19. januar 2027 kl. 09.00
Sted: Nav Storfjord, Torget 2.

Gi oss svar innen fredag 15. januar om du kan møte.

Med vennlig hilsen
Nav Storfjord
`;

describe("a lifted order with its places in a relative clause", () => {
  const r = variants(nb);
  it("never lifts it for only some of the places", () => {
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).not.toMatch(/Kokevarselet (?:Haugen|Lia)/);
      expect(t).not.toContain("8. januar");
    }
  });
  it("«Dette gjelder ikke andre adresser» after the instruction is no exception to the lifting", () => {
    expect(r.message.exception).toBeUndefined();
    expect(r.variants.sms.text).not.toContain("Dette gjelder ikke andre adresser");
  });
});

describe("«Gi oss svar innen …»", () => {
  it("the summons SMS says what the deadline is for, not a bare «Fristen er»", () => {
    const sms = variants(summons).variants.sms.text;
    expect(sms).toMatch(/[Ss]var innen (?:fredag )?15\. januar/);
    expect(sms).not.toContain("Fristen er");
    expect(sms).toContain("19. januar kl. 09.00");
  });
});
