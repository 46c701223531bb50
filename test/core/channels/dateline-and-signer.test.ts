// A letter's dateline ("Fjellby, 4. februar 2027") says when the letter was written: it is never the key time, the
// title or what the text is about, and under a signature it does not hide who signs. A person who writes "på vegner
// av" a body lets the body sign.
import { variants } from "../../../src/core/channels";

const summons = `Nav Fjellby
Postboks 12, 9990 Fjellby

Per Olsen
Vår referanse: 27/1234

Fjellby, 4. februar 2027

Nytt tidspunkt for samtale

Vi viser til brevet vi sendte deg 20. januar. Samtalen som var satt til mandag 15. februar kl. 13.00, må flyttes.

Nytt tidspunkt er onsdag 17. februar kl. 09.00 hos Nav Fjellby, Storgata 3.

Du får i dag dagpenger, og vi skal også snakke om hva som skjer når perioden går ut 31. august.

Hvis tidspunktet ikke passer, må du gi beskjed innen fredag 12. februar.

Med vennlig hilsen

Kari Dahl
veileder
Nav Fjellby
`;

const press = `PRESSEMELDING
Fjellby, 2. mars 2027

Nå kan du bestille time hos legevakten på nett

Fra mandag 8. mars kan innbyggerne i Fjellby bestille time hos legevakten på fjellby.kommune.no.

Fjellby kommune
`;

const dated = `Vinterdrift på Fjellvegen

Fjellvegen blir brøytet fra kl. 06.00 hver dag fra mandag 6. desember. Parker ikke langs vegen.

Fjellby kommune
1. desember 2027
`;

const behalf = `Sommarfesten er flytta

Sommarfesten blir laurdag 19. juni på torget i staden for 12. juni.

Helsing
Ola Nes
kultursjef
på vegner av Fjellby kommune
`;

describe("a dateline", () => {
  it("is neither the key time nor the topic of a summons", () => {
    const r = variants(summons);
    expect(r.message.times.find((t) => t.text.startsWith("4. februar"))?.role).toBe("past");
    expect(r.message.subject.text).toBe("Nytt tidspunkt for samtale");
    const sms = r.variants.sms.text;
    expect(sms).toContain("17. februar kl. 09.00");
    expect(sms).not.toMatch(/4\. februar|i dag|31\. august/);
  });
  it("under a label is no title", () => {
    const r = variants(press);
    expect(r.message.subject.text).toBe("Nå kan du bestille time hos legevakten på nett");
    expect(r.variants.post.text).not.toContain("2. mars 2027");
  });
  it("under the signature does not hide who signs", () => {
    const r = variants(dated);
    expect(r.message.sender?.name).toBe("Fjellby kommune");
    expect(r.variants.sms.text).toMatch(/Fjellby kommune$/);
  });
});

describe("a person who writes on behalf of a body", () => {
  it("lets the body sign", () => {
    const r = variants(behalf);
    expect(r.message.sender?.name).toBe("Fjellby kommune");
    expect(r.variants.sms.text).toContain("Fjellby kommune");
    expect(r.variants.sms.text).not.toContain("Ola Nes");
  });
});
