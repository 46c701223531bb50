// Round 9: a lifting is a moment, never a period joined to the end of the rule that still holds; that rule is the
// lifting's exception, said in the SMS and the post without the source it cites; a condition as a label may put its
// verb first ("Ser du brann: ring 110 straks.") and keeps the emergency call.
import { variants } from "../../../src/core/channels";

const ban = `Grillforbudet i Åsby er opphevet

Brannsjefen opphever fra i dag, mandag, det særskilte grillforbudet som ble innført 2. juli på grunn av tørke.

Etter mye regn er skogbrannfaren nå lav. Det generelle forbudet mot å gjøre opp ild i skog og mark gjelder likevel fram til 15. september, slik det står i forskrift om brannforebygging.

Ser du brann: ring 110 straks.

Åsby brann og redning
`;

describe("a lifted order and the rule that still holds", () => {
  const r = variants(ban);
  it("the lifting has no end taken from the other rule", () => {
    expect(r.message.events[0].when?.until).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/mandag til 15\. september/);
    expect(r.variants.post.text).not.toMatch(/mandag til 15\. september/);
  });
  it("the rule that still holds is said, without its source", () => {
    for (const t of [r.variants.sms.text, r.variants.post.text]) {
      expect(t).toContain("gjelder likevel fram til 15. september");
      expect(t).not.toContain("slik det står i forskrift");
    }
  });
  it("«Ser du brann: ring 110 straks.» is an action for that case and reaches both", () => {
    expect(r.message.actions.find((a) => a.text.startsWith("Ser du brann"))?.condition).toBe("Ser du brann");
    expect(r.variants.sms.text).toContain("ring 110 straks");
    expect(r.variants.post.text).toContain("ring 110 straks");
  });
});

describe("a period in every language", () => {
  it("«from X up to and including Y» is one period, also with a move verb", () => {
    const r = variants(`Route 7 diverted\n\nBus route 7 will be diverted via Elm Street from Monday 1 March up to and including Friday 26 March 2027.\n\nFjellby Transport AS\n`);
    expect(r.message.events[0].when?.value).toMatch(/--03-01\/2027-03-26|2027-03-01\/2027-03-26|--03-01\/--03-26/);
  });
  it("«frå X kl. 06.00 til Y kl. 18.00» is one period with the first day's clock between", () => {
    const r = variants(`Farevarsel for Nordfjord\n\nMeteorologisk institutt har sendt ut gult farevarsel for kraftig vind frå måndag 1. mars kl. 06.00 til tysdag 2. mars kl. 18.00.\n\nHald deg unna utsette stader.\n\nHelsing\nFjellby kommune\n`);
    expect(r.message.events[0].when?.text).toContain("til tysdag 2. mars");
    expect(r.variants.sms.text).toContain("tysdag 2. mars");
  });
});

describe("news with dated updates", () => {
  const news = `Vannbrudd i Lia – oppdateringer

Oppdatert tirsdag 8. desember kl. 16.00:
Vannet er tilbake for alle i Lia unntatt Haugen. Der regner de med at vannet kommer tilbake i løpet av onsdag. Vannposten ved Lia skole står fortsatt ute.

Oppdatert tirsdag 8. desember kl. 08.00:
Det er satt ut en vannpost ved Lia skole fra kl. 10.00.

Hilsen
Fjellby kommune
`;
  const r = variants(news);
  it("a time in an older update is past, and never glued to the newest news", () => {
    expect(r.message.events[0].when?.text ?? "").not.toContain("10.00");
    expect(r.variants.sms.text).not.toMatch(/: kl\. 10\.00/);
  });
  it("«regner de med at … i løpet av onsdag» is an estimate, not when the news happens", () => {
    expect(r.message.times.find((t) => t.text === "onsdag")?.role).toBe("expected");
    expect(r.variants.sms.text).not.toMatch(/Haugen: onsdag/);
  });
});

describe("the days and hours within a period", () => {
  it("go with the period in the SMS («…, alle netter mandag–torsdag kl. 22.00–05.00»)", () => {
    const r = variants(`Fv. 44 Lundetunnelen stengt om nettene

Statens vegvesen skifter lys i Lundetunnelen.

Tunnelen vil være helt stengt for all trafikk fra og med mandag 1. februar til og med fredag 12. februar 2027, alle netter mandag–torsdag kl. 22.00–05.00. Det er ingen omkjøring for store kjøretøy, og vi ber alle som kan om å reise på dagtid.

Hilsen
Statens vegvesen
`);
    expect(r.variants.sms.text).toMatch(/mandag.torsdag kl\. 22\.00.05\.00/);
  });
});

describe("a month kept by a day of it", () => {
  it("no false «missing date» error when the SMS gives the day of the title's month", () => {
    const r = variants(`Vårkonserten er avlyst – ny konsert i mai

Vårkonserten med Fjellby skolekorps, som skulle vere laurdag 17. april kl. 18.00 i Fjellby kyrkje, er avlyst på grunn av sjukdom.

I staden blir det konsert laurdag 8. mai 2027 kl. 16.00 same stad.

Helsing
Fjellby skolekorps
`);
    expect(r.variants.sms.text).toContain("8. mai 2027");
    const errors = [...r.variants.sms.findings, ...r.variants.post.findings].filter((f) => f.rule === "facts-missing" && f.severity === "error");
    expect(errors).toEqual([]);
  });
});
