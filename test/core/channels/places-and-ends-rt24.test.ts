// Round 24 of the red team. Places joined in one phrase ("i hele Byparken, ved Svanedammen og langs Bekkestien") are
// one place: the SMS said «Sted: Bekkestien». The end of the old thing ("Det gamle nummeret virker fram til 30.
// april") is not the end of the new one: the SMS said «Ny dato: mandag 3. mars kl. 0800 til 30. april». Others told to
// do something by a date ("Skoler og barnehager får beskjed om å oppdatere … innen 14. mars") give no deadline to a
// suggestion for the reader. "Derfor må alle som reiser med honnørrabatt, bytte …" is a step. Own drafts.
import { variants } from "../../../src/core/channels";
import { readerActs } from "../../../src/core/message/actions";
import { othersDeadline } from "../../../src/core/message/duty-owner";

describe("places joined in one phrase", () => {
  const d = [
    "Forbud mot å mate ender i Byparken",
    "",
    "Bystyret har vedtatt et forbud mot å mate ender og andre fugler i parken.",
    "",
    "Forbudet gjelder fra 1. april og gjelder i hele Byparken, ved Svanedammen og langs Bekkestien ned til Storgata.",
    "",
    "Hilsen Tønsberg kommune",
  ].join("\n");
  const r = variants(d, { language: "nb" });
  it("are the event's place together", () => {
    expect(r.message.events[0]?.where?.text).toBe("hele Byparken, ved Svanedammen og langs Bekkestien");
  });
  it("are never narrowed to the last in the SMS", () => {
    expect(r.variants.sms.text).not.toMatch(/Sted: Bekkestien/);
  });
  it("but a place within another is not a list", () => {
    const e = variants("Registrer opplysninger i Eiendomsregisteret på Kartverkets nye tjeneste innen 1. mars.", { language: "nb" });
    expect(e.message.events[0]?.where?.text ?? "").not.toMatch(/Kartverkets/);
  });
});

describe("the end of the old thing", () => {
  const d = [
    "Nytt telefonnummer til kommunen",
    "",
    "Fra mandag 3. mars kl. 08.00 har Hamar kommune nytt hovednummer: 62 56 30 00.",
    "",
    "Det gamle nummeret, 62 51 00 00, virker fram til 30. april. Etter det får du bare en melding om det nye nummeret.",
    "",
    "Vi anbefaler at du oppdaterer nummeret i telefonen din allerede nå. Skoler og barnehager får beskjed om å oppdatere nummeret på nettsidene sine innen 14. mars.",
    "",
    "Hilsen Hamar kommune",
  ].join("\n");
  const r = variants(d, { language: "nb" });
  it("does not end the new one", () => {
    expect(r.message.events[0]?.when?.until).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/mars[^.]*til 30\. april/);
  });
  it("and others' deadline is not the reader's", () => {
    expect(othersDeadline("Skoler og barnehager får beskjed om å oppdatere nummeret på nettsidene sine innen 14. mars.", "nb")).toBe(true);
    expect(othersDeadline("Du får beskjed om å sende skjemaet innen 14. mars.", "nb")).toBe(false);
    expect(r.message.actions.find((a) => /anbefaler/.test(a.text))?.deadline).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/14\. mars/);
  });
});

describe("«må alle» after a fronted word", () => {
  it("is a step for every reader", () => {
    expect(readerActs("Derfor må alle som reiser med honnørrabatt, bytte til nytt reisekort.", "nb")).toBe(true);
    expect(readerActs("Difor må alle som får vatn frå vassverket koke vatnet.", "nn")).toBe(true);
  });
});
