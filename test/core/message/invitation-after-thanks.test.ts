// Own draft after red-team round 19: a letter that opens with thanks ("Takk for søknaden din …") and invites the
// reader in the next paragraph ("ønsker å invitere deg til intervju torsdag 20. mars …") is a summons; the date after
// "takk for" is past; the SMS gives the time and "Svar innen …" for "Vi ber deg bekrefte … innen …".
import { variants } from "../../../src/core/channels";

const draft = [
  "Hei Ola Berg,",
  "",
  "Takk for søknaden din på stillingen som konsulent i kulturavdelingen, og takk for telefonsamtalen 3. mars.",
  "",
  "Vi ønsker å invitere deg til intervju torsdag 20. mars kl. 10.00 på rådhuset, møterom Fjellet. Intervjuet varer omtrent én time.",
  "",
  "Ta med vitnemål og attester. Vi ber deg bekrefte at du kommer innen mandag 17. mars, ved å svare på denne e-posten.",
  "",
  "Med vennlig hilsen",
  "Kari Moe",
  "kultursjef, Nordby kommune",
].join("\n");

describe("an invitation after thanks", () => {
  const r = variants(draft);
  it("is a summons, and the date thanked for is past", () => {
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.kind).toBe("summons");
    expect(r.message.times.find((t) => t.text.includes("3. mars"))?.role).toBe("past");
  });
  it("the SMS gives the interview time and asks for the reply by its date", () => {
    expect(r.variants.sms.text).toMatch(/Tid: 20\. mars kl\. 10\.00/);
    expect(r.variants.sms.text).toMatch(/Svar innen 17\. mars/);
  });
});

describe("an SMS that cannot say it all in two parts", () => {
  it("keeps the step with its deadline rather than a bare «Frist:»", () => {
    const r = variants([
      "Asfaltering av Kirkegata – nattarbeid i uke 36",
      "",
      "I forbindelse med asfaltering av Kirkegata mellom Torget og Stasjonsveien vil det bli gjennomført nattarbeid i uke 36. Arbeidet utføres i tidsrommet kl. 2200–0600 fra mandag 6. september til og med fredag 10. september. Arbeidet var opprinnelig planlagt i uke 34, men ble utsatt.",
      "",
      "Strekningen vil være stengt for gjennomkjøring i arbeidstiden. Trafikken vil bli omdirigert via Parkveien og Elvegata.",
      "",
      "Beboere langs strekningen må fjerne parkerte biler fra gata innen søndag 5. september kl. 20. Biler som ikke er flyttet, vil bli tauet bort.",
      "",
      "Nordby kommune",
    ].join("\n"));
    const sms = r.variants.sms.text;
    expect(sms).not.toMatch(/Frist: /);
    expect(sms).toMatch(/parkerte biler[^.]*5\. september kl\. 20/);
  });
});
