// A sentence outside the lead with a date of its own for what happens ("Servicekontoret holder stengt 3.–5. mars"
// under news of new opening hours) goes into a public SMS that has room for it, without its reason; a second event's
// reason and an attention label ("OBS:") give way in the SMS; "kl." before an hour does not end a sentence. Own drafts.
import { variants } from "../../../src/core/channels";
import { sentenceAround } from "../../../src/core/channels/compose-util";
import { dropOpener } from "../../../src/core/channels/openers";

const hours = [
  "Nye åpningstider på servicekontoret",
  "",
  "Fra 1. februar har servicekontoret i rådhuset nye åpningstider: mandag–fredag kl. 09–14.",
  "",
  "Servicekontoret holder stengt 3.–5. mars fordi vi flytter til nye lokaler. Avtaler i disse dagene blir flyttet.",
  "",
  "Du må bestille time på nettsiden før du kommer.",
  "",
  "Servicekontoret",
  "Lundvik kommune",
].join("\n");

const moved = [
  "Lesesirkel på biblioteket",
  "",
  "Biblioteket arrangerer lesesirkel i uke 10 og 11. Vi møtes mandager og onsdager kl. 18–20 i møterommet i 2. etasje.",
  "",
  "OBS: Møtet som var planlagt mandag 2. mars, er flyttet til tirsdag 3. mars fordi salen er leid ut til et annet arrangement.",
  "",
  "Ta med boka du leser.",
  "",
  "Biblioteket",
  "Lundvik kommune",
].join("\n");

describe("a dated sentence outside the lead", () => {
  it("the SMS says the closure days, without the reason", () => {
    const sms = variants(hours).variants.sms.text;
    expect(sms).toMatch(/stengt 3\.-5\. mars/);
    expect(sms).not.toMatch(/fordi vi flytter/);
    expect(sms).toMatch(/1\. februar/);
  });
  // (A guard: the new candidates must not bring the title's date back.)
  it("the title's date is not said again as an extra sentence", () => {
    const d = ["Båndtvang fra 1. april", "", "Fra 1. april til 20. august skal alle hunder holdes i bånd.", "", "Dette følger av hundeloven.", "", "Lundvik kommune"].join("\n");
    const sms = variants(d).variants.sms.text;
    expect(sms.match(/1\. april/g)?.length).toBe(1);
  });
});

describe("a moved second event", () => {
  const sms = variants(moved).variants.sms.text;
  it("the SMS says the move without its reason and without the label", () => {
    expect(sms).toMatch(/flyttet til tirsdag 3\. mars/);
    expect(sms).not.toMatch(/OBS/);
    expect(sms).not.toMatch(/salen er leid ut/);
  });
});

describe("attention labels", () => {
  it("drops OBS:/NB!/Please note: before a capital, keeps them otherwise", () => {
    expect(dropOpener("OBS: Møtet er flyttet.", "nb")).toBe("Møtet er flyttet.");
    expect(dropOpener("NB! Husk legitimasjon.", "nn")).toBe("Husk legitimasjon.");
    expect(dropOpener("Please note: The office is closed.", "en")).toBe("The office is closed.");
    expect(dropOpener("OBS: møtet er flyttet.", "nb")).toBe("OBS: møtet er flyttet.");
    expect(dropOpener("Obsen er her.", "nb")).toBe("Obsen er her.");
  });
});

describe("sentence ends", () => {
  it("'kl.' before an hour is inside the sentence", () => {
    const d = "Vi åpner igjen lørdag 21. september kl. 08.00. Velkommen!";
    const at = d.indexOf("lørdag");
    expect(sentenceAround(d, { start: at, end: at + 20 })?.text).toBe("Vi åpner igjen lørdag 21. september kl. 08.00.");
  });
});
