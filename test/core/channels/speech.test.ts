// What someone is quoted as saying is not the sender's own statement: the SMS and the post take the news from the
// sender's words, and from a quote only when the sender's words give no time (then without a dangling "derfor").
import { variants } from "../../../src/core/channels";
import { readMessage } from "../../../src/core/message/understand";
import { analyzeDoc } from "../../../src/core";
import { extractFacts } from "../../../src/core/facts";

const message = (text: string) => readMessage(analyzeDoc(text, { language: "auto" }).doc, extractFacts(text)).message;

describe("quoted speech", () => {
  const speakers = ["sier ordfører Kari Holm", "sier driftsleder Per Lie", "seier rektor Åse Vik"];
  for (const says of speakers) {
    it(`a time in a quote (${says}) does not displace the sender's own key time`, () => {
      // The quote comes first; the sender's own time after it.
      const draft = [
        "Badet skal pusses opp",
        "",
        "Fjordvik bad skal pusses opp i vår.",
        "",
        `– Vi åpner igjen 1. juni, ${says}.`,
        "",
        "Badet stenger mandag 3. mars 2027.",
        "",
        "Med vennlig hilsen",
        "Fjordvik kommune",
      ].join("\n");
      const m = message(draft);
      expect(m.events[0]?.when?.text).toBe("mandag 3. mars 2027");
      const { sms, post } = variants(draft).variants;
      expect(sms.text).toContain("3. mars");
      expect(sms.text).not.toContain("1. juni");
      expect(post.text).not.toMatch(/Vi åpner/);
    });
  }

  it("no action is read from a quote", () => {
    const draft = ["Ny gangvei i sentrum", "", "Kommunen bygger ny gangvei langs Storgata i vår.", "", "– Alle må være forsiktige i anleggsområdet, sier prosjektleder Ola Dal.", "", "Fjordvik kommune"].join("\n");
    expect(message(draft).actions.map((a) => a.text)).not.toContainEqual(expect.stringContaining("forsiktige"));
  });

  it("a quote gives the key time when the sender's words give none, without «derfor»", () => {
    const draft = [
      "Reglene for innreise videreføres",
      "",
      "Regjeringen viderefører reglene for innreise med noen mindre endringer.",
      "",
      "– Smittesituasjonen er alvorlig. Vi viderefører derfor reglene til og med 28. februar, sier statsråden.",
      "",
      "Regjeringen",
    ].join("\n");
    const m = message(draft);
    expect(m.events[0]?.when?.text).toContain("28. februar");
    const sms = variants(draft).variants.sms.text;
    expect(sms).toContain("28. februar");
    expect(sms).not.toMatch(/derfor/);
  });

  it("a dash-led list without a speaker is a list, not speech", () => {
    const draft = ["Dette må du ta med", "", "Du må ta med disse papirene til møtet 4. mai 2027:", "- legitimasjon", "- skattemelding", "", "Fjordvik kommune"].join("\n");
    expect(message(draft).events[0]?.when?.text).toContain("4. mai 2027");
  });
});

describe("a relative day deep in an information page", () => {
  it("«I dag er …» far below the lead is not the key time", () => {
    const draft = [
      "Hva er Minside?",
      "",
      "Minside er en tjeneste for innbyggere i Fjordvik kommune. Her finner du brev og vedtak.",
      "",
      "Tjenesten ble laget i samarbeid med nabokommunene.",
      "",
      "I dag er Minside en stor tjeneste med mange brukere.",
    ].join("\n");
    expect(message(draft).events[0]?.when).toBeUndefined();
    expect(variants(draft).variants.sms.text).not.toMatch(/i dag/i);
  });

  it("«i dag» in the lead is still the key time", () => {
    const draft = ["Biblioteket er stengt", "", "Fjordvik bibliotek er stengt i dag på grunn av vannlekkasje.", "", "Fjordvik kommune"].join("\n");
    expect(message(draft).events[0]?.when?.text.toLowerCase()).toBe("i dag");
  });
});
