// The addressee's block and the reference fields under the title are the letter's head, never its lead or its key
// event: a birth date is no event, and an address block under a title makes the letter personal.
import { variants } from "../../../src/core/channels";

describe("the addressee's block under the title", () => {
  it("«Til Name» / street / postcode: personal, and not the lead", () => {
    const draft = "Hittegods – mobilen din er levert inn\n\nTil Siri Berg\nHaugeveien 12 B\n0575 Oslo\n\nPolitiet har mottatt en mobiltelefon som vi mener tilhører deg. Du kan hente den på Hittegodskontoret, Grønlandsleiret 44.\n\nTa med gyldig legitimasjon.\n\nHilsen\nOslo politidistrikt\n";
    const r = variants(draft);
    expect(r.message.audience.value).toBe("personal");
    expect(r.message.lead.map((l) => l.text).join(" ")).not.toMatch(/Haugeveien|0575/);
    expect(r.variants.sms.text).not.toMatch(/Haugeveien|0575/);
    expect(r.variants.post.text).not.toMatch(/Haugeveien/);
  });
  it("«Til: Name» with the street and postcode as a paragraph of its own", () => {
    const draft = "Du har fått ny rettleiar\n\nTil: Per Hole\n\nStorgata 4\n6900 Florø\n\nSaka di er overført til ein ny rettleiar. Frå 1. oktober er det Kari Dale som følgjer deg opp.\n\nVenleg helsing\nNAV Kinn\n";
    const r = variants(draft);
    expect(r.message.lead.map((l) => l.text).join(" ")).not.toMatch(/Storgata|6900/);
  });
});

describe("a birth date in the head", () => {
  it("«Fødd: 03.05.1973» is no event; the appointment is", () => {
    const draft = "Invitasjon til mammografi\n\nTil: Berit Vik\nFødd: 03.05.1973\n\nDu blir med dette invitert til mammografi.\n\nTid: Torsdag 19. februar 2026 kl. 10.40\nStad: Mammografiavdelinga, Ålesund sjukehus\n\nPassar ikkje timen, kan du endre han på helsenorge.no. Vi ber deg endre timen seinast tre dagar før.\n\nHelsing\nHelse Møre og Romsdal\n";
    const r = variants(draft);
    expect(r.message.times.find((t) => t.text === "03.05.1973")?.role).toBe("past");
    expect(r.message.events[0]?.when?.text).toMatch(/19\. februar/);
    expect(r.variants.sms.text).toContain("19. februar");
    expect(r.variants.sms.text).not.toContain("1973");
    // (The request to change the appointment is for those it does not suit.)
    expect(r.variants.sms.text).not.toMatch(/Vi ber deg endre timen/);
    expect(r.message.actions.find((a) => a.text.startsWith("Vi ber deg endre"))?.condition).toMatch(/Passar ikkje timen/);
  });
  it("«Pasient:» and «Fødselsdato:» over a moved appointment: the new time is the event", () => {
    const draft = "Endring av time\n\nPasient: Ingrid Solberg\nFødselsdato: 14.07.1961\n\nVi må dessverre flytte timen din. Du hadde time tirsdag 14. april 2026 kl. 09.30. Den nye timen din er:\n\nOnsdag 22. april 2026 kl. 13.15\nOrtopedisk poliklinikk, Haukeland universitetssjukehus\n\nHilsen\nHaukeland universitetssjukehus\n";
    const r = variants(draft);
    expect(r.message.events[0]?.when?.text).toMatch(/22\. april/);
    expect(r.variants.sms.text).toContain("22. april");
    expect(r.variants.sms.text).not.toMatch(/1961|14\. april/);
  });
});

describe("a condition on the reader's child", () => {
  it("«Har barnet ditt allergi …, må du …» is for some readers; «Alle barn som …» under a title that names them is no condition", () => {
    const draft = "Påmelding til SFO i vinterferien\n\nSFO held ope i vinterferien, veke 9, frå måndag 23. februar til fredag 27. februar.\n\nAlle barn som har fast plass i SFO, kan gå på SFO i vinterferien utan ekstra kostnad. Du må likevel melde på barnet. Fristen for påmelding er fredag 6. februar.\n\nHar barnet ditt allergi eller treng medisin, må du gi beskjed til SFO-leiaren når du melder på.\n\nHelsing\nVoss herad\n";
    const r = variants(draft);
    expect(r.message.audience.value).toBe("public");
    expect(r.message.actions.find((a) => a.text.startsWith("Har barnet ditt"))?.condition).toMatch(/^Har barnet ditt allergi/);
    expect(r.message.actions.find((a) => a.text.startsWith("Fristen for påmelding"))?.condition).toBeUndefined();
    expect(r.variants.sms.text).toContain("6. februar");
    expect(r.variants.sms.text).not.toContain("allergi");
  });
});
