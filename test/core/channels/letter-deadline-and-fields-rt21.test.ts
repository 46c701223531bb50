// A personal SMS that gives a deadline without the step it belongs to says whose it is ("Fristen i brevet er …"),
// and a letter that gives its time and place as fields ("Date: … / Time: … / Place: …") is a booking the SMS names.
import { variants } from "../../../src/core/channels";

describe("a deadline said without its step", () => {
  it("is the letter's deadline, not a bare «Fristen er …»", () => {
    const draft =
      "Hei Tomasz,\n\nLeiekontrakten din for den kommunale leiligheten i Fjordgata 8 løper ut søndag 28. februar 2027. Kontrakten vil ikke bli forlenget.\n\nDu må flytte ut og levere alle nøkler på Bolig- og eiendomskontoret senest fredag 26. februar kl. 12.\n\nDet vil bli gjennomført en befaring av leiligheten tirsdag 23. februar kl. 10. Du bør være til stede. Leiligheten skal være ryddet og rengjort. Depositumet på 18 000 kr vil bli tilbakebetalt etter at befaringen er gjennomført.\n\nVennlig hilsen\nBolig- og eiendomskontoret, Eidsfjord kommune\nTlf. 55 12 37 00\n";
    const sms = variants(draft, { language: "nb" }).variants.sms.text;
    expect(sms).toContain("26. februar");
    expect(sms).not.toMatch(/Fristen er /);
    expect(sms).toMatch(/Fristen i brevet er (?:fredag )?26\. februar/);
  });
});

describe("a time and a place given as fields", () => {
  const draft =
    "Hi Ahmed,\n\nThank you for registering for the citizenship ceremony. We are pleased to confirm your place.\n\nDate: Saturday 23 January 2027\nTime: 12:00\nPlace: Holmestad culture centre, Kirkegata 10\n\nYou may bring up to two guests. Send the names of your guests to seremoni@statsforvalteren.no by Friday 8 January.\n\nBring valid identification.\n\nBest regards\nThe County Governor of Vestfold and Telemark\n";
  it("make a booking whose date and clock the SMS gives", () => {
    const sms = variants(draft, { language: "en" }).variants.sms.text;
    expect(sms).toMatch(/Saturday 23 January 2027 at 12:00|23 January at 12:00/);
  });
  it("are marked on the event, with the clock from the next field line", () => {
    const m = variants(draft, { language: "en" }).message;
    expect(m.events[0].fields).toBe(true);
    expect(m.events[0].when?.clock?.text).toBe("12:00");
  });
  it("are not a booking when the time is in running text", () => {
    const prose = draft.replace("Date: Saturday 23 January 2027\nTime: 12:00\nPlace: Holmestad culture centre, Kirkegata 10", "The ceremony is on Saturday 23 January 2027 at 12:00 at Holmestad culture centre.");
    const m = variants(prose, { language: "en" }).message;
    expect(m.events[0]?.fields).toBeUndefined();
  });
});
