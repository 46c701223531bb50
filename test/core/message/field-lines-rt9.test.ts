// Round 9: a field line ("Når: onsdag 18. mars kl. 18.00–19.30", "Where: …") gives the time or the place of what the
// title says; it is never the event's sentence, and the SMS and the post never paste it into their prose.
import { variants } from "../../../src/core/channels";

const nn = `Ope møte om ny gang- og sykkelveg i Lia

Kommunen inviterer alle som bur i Lia til ope møte om planane for den nye vegen.

Når: tysdag 14. april kl. 19.00–20.30
Kvar: Lia grendehus, storsalen
Påmelding: Ikkje naudsynt

Helsing
Fjellby kommune
`;

const en = `Open meeting on the new library

Everyone is welcome to hear about the plans for the new library and give their views.

When: Thursday 23 April, 6 pm to 8 pm
Where: Town hall, council chamber

Fjellby municipality
`;

describe("field lines", () => {
  const r = variants(nn);
  it("the event is what the title says, its time and place from the fields", () => {
    const ev = r.message.events[0];
    expect(ev.what.text).not.toMatch(/^Når:/);
    expect(ev.when?.text).toContain("14. april");
    expect(ev.where?.text).toBe("Lia grendehus, storsalen");
  });
  it("the SMS says when and where, with the weekday, and no pasted «Når:» label", () => {
    expect(r.variants.sms.text).toContain("tysdag 14. april");
    expect(r.variants.sms.text).toContain("Lia grendehus");
    expect(r.variants.sms.text).not.toMatch(/Når:/);
  });
  it("the post's prose never opens on the field", () => {
    expect(r.variants.post.text).not.toMatch(/\n\nNår: tysdag 14\. april kl\. 19\.00–20\.30\. /);
  });
  it("English fields: «Where:» is the place", () => {
    const e = variants(en);
    expect(e.message.events[0].where?.text).toBe("Town hall, council chamber");
    expect(e.variants.sms.text).toContain("23 April");
    expect(e.variants.sms.text).toContain("Town hall");
  });
});

describe("a signature line that names who ordered the service", () => {
  it("«på oppdrag frå …» is never the sender; the company above it signs", () => {
    const r = variants(`Innstilt rute i dag

Båtruta Nesvik–Holmøy er innstilt i dag på grunn av motorfeil.

Holmøy Sjøtransport AS
på oppdrag frå Vestland fylkeskommune
`);
    expect(r.message.sender?.name).toBe("Holmøy Sjøtransport AS");
    expect(r.variants.sms.text).not.toMatch(/på oppdrag/);
  });
});

describe("a place held by another event's sentence", () => {
  it("«Informasjonsmøte … holdes på X onsdag 9. desember» is the meeting's place, not the scheme's", () => {
    const r = variants(`Gratis snømåking for eldre

Fjellby kommune viderefører ordningen med gratis snømåking vinteren 2026/2027.

Ordningen starter 4. januar 2027 og varer ut mars. Søknadsfrist er 18. desember 2026.

Informasjonsmøte om ordningen holdes på Fjellby bibliotek onsdag 9. desember kl. 12.00.

Hilsen
Fjellby kommune
`);
    expect(r.message.events[0].when?.text).toContain("4. januar 2027");
    expect(r.message.events[0].where?.text ?? "").not.toContain("Fjellby bibliotek");
    expect(r.variants.sms.text).not.toMatch(/Sted: Fjellby bibliotek/);
  });
});

describe("a bare label over rows", () => {
  it("«Tid:» over the days is never pasted into the SMS or the post", () => {
    const r = variants(`Åpningstider i påsken på rådhuset

Rådhuset har endrede åpningstider i påsken:

Tid:
Onsdag 31. mars: 08.00–12.00
Skjærtorsdag 1. april: stengt
Langfredag 2. april: stengt

Hilsen
Fjellby kommune
`);
    expect(r.variants.sms.text).not.toMatch(/Tid:/);
    expect(r.variants.post.text).not.toMatch(/Tid: /);
    expect(r.variants.sms.text).toContain("31. mars");
  });
});
