// Round 23 of the red team. A new clock time beside the old one it replaces ("For deg som bur i Nordbygda, blir
// middagen levert mellom kl. 1030 og 1200. Til no har han kome mellom kl. 1300 og 1430.") is the change the readers
// must know: the SMS said only that the route was new. And when the body handles the applications ("Kulturutvalet
// behandlar søknadene 22. april") is what to expect, never the letter's key event. Own drafts.
import { variants } from "../../../src/core/channels";

const roleOf = (text: string, time: string, language?: "nb" | "nn" | "en") => variants(text, language ? { language } : {}).message.times.find((t) => t.text === time)?.role;

describe("a changed delivery time", () => {
  const d = [
    "Ny køyrerute for middagsombringing",
    "",
    "Frå måndag 3. mars køyrer vi middagane ut på ei ny rute. Vi har fått ein ny bil.",
    "",
    "For deg som bur i Nordbygda, blir middagen levert mellom kl. 1030 og 1200. Til no har han kome mellom kl. 1300 og 1430. I sentrum blir leveringstida som før, mellom kl. 1130 og 1300.",
    "",
    "Med vennleg helsing",
    "Gloppen kommune",
  ].join("\n");
  it("is in the public SMS, not the time that stays as before", () => {
    const sms = variants(d, { language: "nn" }).variants.sms.text;
    expect(sms).toMatch(/Nordbygda, blir middagen levert mellom kl\. ?10[.:]?30 og 12/);
    expect(sms).not.toMatch(/1300 og 1430|13[.:]00 og 14[.:]30/);
  });
});

describe("when the body handles the applications", () => {
  it("is expected, in bokmål, nynorsk and English", () => {
    expect(roleOf("Kulturutvalet behandlar søknadene 22. april.", "22. april", "nn")).toBe("expected");
    expect(roleOf("Kulturutvalget behandler søknadene i møtet 29. april.", "29. april")).toBe("expected");
    expect(roleOf("The committee will consider the applications on 3 May.", "3 May")).toBe("expected");
  });
  it("but a council meeting that handles a case stays an event", () => {
    expect(roleOf("Kommunestyret behandler saken i møte torsdag 5. mars kl. 18.", "torsdag 5. mars")).toBe("new");
  });
  it("is not the key event of a letter asking for documents", () => {
    const d = [
      "Vi manglar dokument i søknaden din",
      "",
      "Til Ingrid Myklebust",
      "Skulevegen 3",
      "6770 Nordfjordeid",
      "",
      "Takk for søknaden om kulturmidlar. Send oss budsjettet for prosjektet innan 28. mars.",
      "",
      "Kulturutvalet behandlar søknadene 22. april.",
      "",
      "Med vennleg helsing",
      "Stad kommune",
    ].join("\n");
    const r = variants(d, { language: "nn" });
    expect(r.message.events[0]?.when?.text).not.toBe("22. april");
    expect(r.variants.sms.text).not.toMatch(/22\. april/);
  });
});
