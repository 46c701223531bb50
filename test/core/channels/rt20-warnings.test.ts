// Own drafts after red-team round 20:
// - a web page's stamp ("Publisert 3. august 2026") is no event and no title; a finding "påvist" on a day is past;
// - a warning's measure ("Badeplassen … er derfor stengt for bading inntil videre") is its event, not advice that
//   follows it, and a course moved elsewhere that shares only a place name is no time of the warning;
// - "tonight" outside the lead with "shut off again" is said in the SMS before a cancellation elsewhere.
import { variants } from "../../../src/core/channels";

describe("a bathing ban", () => {
  const draft = [
    "Publisert 3. august 2026",
    "",
    "Badeforbud ved Sandvatnet på grunn av blågrønnalger",
    "",
    "Det er ved prøvetaking mandag 2. august påvist høye konsentrasjoner av blågrønnalger i Sandvatnet. Badeplassen ved Sandvikstranda er derfor stengt for bading inntil videre. Det frarådes også å la hunder bade i vannet.",
    "",
    "Symjekurset som skulle holdes ved Sandvikstranda lørdag 14. august, flyttes til Nordby bad samme dag kl. 10–12.",
    "",
    "Nordby kommune",
  ].join("\n");
  const r = variants(draft);
  it("the stamp and the sampling day are past", () => {
    expect(r.message.subject.text).toMatch(/^Badeforbud/);
    expect(r.message.times.find((t) => t.text.includes("3. august"))?.role).toBe("past");
    expect(r.message.times.find((t) => t.text.includes("2. august"))?.role).toBe("past");
  });
  it("the ban is the event and the SMS says it", () => {
    expect(r.message.events[0].what.text).toMatch(/stengt for bading/);
    expect(r.variants.sms.text).toMatch(/stengt for bading/);
    expect(r.variants.sms.text).not.toMatch(/Publisert/);
  });
});

describe("a second shut-off tonight", () => {
  const draft = [
    "Water main break in Holm – water is shut off now",
    "",
    "A water main burst on Strandvegen this morning. The water supply to Holm and Bakken has therefore been shut off since 06:30 today.",
    "",
    "To finish the repair, the water will have to be shut off again tonight between 22:00 and 04:00.",
    "",
    "You should boil the water before drinking it until further notice.",
    "",
    "The planned water shut-off in Vika on Thursday 10 December has been cancelled.",
    "",
    "Nordby Municipality",
  ].join("\n");
  it("the SMS says tonight's shut-off, not the cancellation elsewhere", () => {
    const sms = variants(draft, { locale: "en" }).variants.sms.text;
    expect(sms).toMatch(/shut off again tonight between 22:00 and 04:00/);
    expect(sms).not.toMatch(/has been cancelled/);
  });
});

describe("a greeting on the first line", () => {
  it("stays over a letter with no title", () => {
    const letter = variants(["Hei Ola Berg,", "", "Takk for søknaden din. Vi ønsker å invitere deg til intervju torsdag 20. mars kl. 10.00 på rådhuset.", "", "Med vennlig hilsen", "Nordby kommune"].join("\n")).variants.letter.text;
    expect(letter).toMatch(/^Hei Ola Berg,\n/);
  });
});

describe("what has happened", () => {
  it("«Det har i natt oppstått brudd …» is past, so the closure sentence is the event", () => {
    const r = variants(["Vannledningsbrudd i Kirkegata – vannet er stengt nå", "", "Det har i natt oppstått brudd på en hovedvannledning i Kirkegata. Vannforsyningen til Holm og Bakken er derfor stengt fra kl. 0700 i dag, tirsdag 8. desember.", "", "Vannet skal kokes før det brukes til drikke.", "", "Nordby kommune"].join("\n"));
    expect(r.message.times.find((t) => t.text === "i natt")?.role).toBe("past");
    expect(r.message.events[0].what.text).toMatch(/Vannforsyningen til Holm og Bakken er derfor stengt/);
    expect(r.variants.sms.text).toMatch(/Holm og Bakken/);
  });
});
