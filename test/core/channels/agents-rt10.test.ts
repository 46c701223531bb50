// A passive is turned with the writer ("vi") as the one who acts only where the sentence or the draft shows it: the
// reader's own things go to the reader, a named other body's work, a vote or what may happen stay as written.
import { activeVoice } from "../../../src/core/channels/active";
import { variants } from "../../../src/core/channels";

describe("who acts when a passive is turned", () => {
  it("a payment sent, an enrolment made and a service applied for are the reader's", () => {
    expect(activeVoice("Innbetalingen sendes til kontonummer 1234.56.78903.", "nb", "sendes")).toMatch(/^(?:Send|Du sender) innbetalingen/);
    expect(activeVoice("Innskrivingen må likevel gjøres.", "nb", "gjøres")).toBe("Du må likevel gjøre innskrivingen.");
    expect(activeVoice("Leksehjelp søkes gjennom skolen.", "nb", "søkes")).toMatch(/^(?:Søk|Du søker) leksehjelp gjennom skolen\.$/);
  });

  it("what is agreed with someone, what may happen and a vote name no writer", () => {
    expect(activeVoice("Tidspunktet avtales med helsestasjonen.", "nb", "avtales")).toBeNull();
    expect(activeVoice("Ved mye nedbør kan arbeidet bli utsatt.", "nb", "bli utsatt")).toBeNull();
    expect(activeVoice("Forslaget ble vedtatt med 30 mot 5 stemmer.", "nb", "ble vedtatt")).toBeNull();
    expect(activeVoice("Planen vart vedteken samrøystes.", "nn", "vart vedteken")).toBeNull();
  });

  it("the body's own case work still may be said with «vi»", () => {
    expect(activeVoice("Vedtaket ditt om barnetrygd kan bli gjort om.", "nb", "gjort")).toMatch(/^Vi kan gjøre vedtaket ditt om/);
  });

  it("«sett av» is not said with «se»", () => {
    expect(activeVoice("Det blir sett av areal til ein ny barnehage.", "nn", "sett")).toBeNull();
  });

  it("a named other body that does the work keeps the writer out of its passives", () => {
    const draft = "Nytt vannrør i Bakkeveien\n\nVestnett skal legge nytt vannrør i Bakkeveien. Veien blir stengt i tre uker fra mandag 4. mai.\n\nHar du spørsmål, kan du ringe Vestnett på 22 33 44 55.\n\nHilsen Dalby kommune\n";
    const letter = variants(draft).variants.letter.text;
    expect(letter).not.toMatch(/[Vv]i stenger/);
    expect(letter).toContain("Veien blir stengt");
  });
});
