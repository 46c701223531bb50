// Round 23 of the red team: "ei innkalling til hørselstest" and "møte om individuell plan" in an SMS tell whoever sees
// the phone that the child has a hearing problem or that the reader receives coordinated care. The SMS gives the time
// and the sender; the letter says what it is about. Own drafts.
import { variants } from "../../../src/core/channels";

const summons = (title: string, body: string) =>
  [title, "", "Til Ola Brekke", "Kyrkjevegen 7", "5700 Voss", "", body, "", "Dersom tida ikkje passar, må du gi beskjed innan fredag 7. mars.", "", "Med vennleg helsing", "Voss herad"].join("\n");

describe("care and health words in a personal SMS", () => {
  it("stay in the letter: individuell plan", () => {
    const sms = variants(summons("Innkalling til møte om individuell plan", "Møtet om den individuelle planen din blir onsdag 19. mars kl. 13.00 på Voss helse- og omsorgssenter."), { language: "nn" }).variants.sms.text;
    expect(sms).not.toMatch(/individuell/i);
    expect(sms).toMatch(/19\. mars/);
  });
  it("stay in the letter: hørselstest", () => {
    const sms = variants(summons("Innkalling til hørselstest", "Vi kallar Emil inn til hørselstest tysdag 11. mars kl. 09.15 på Førde helsestasjon."), { language: "nn" }).variants.sms.text;
    expect(sms).not.toMatch(/hørsel/i);
    expect(sms).toMatch(/11\. mars/);
  });
});

// Round 23, draft 9: under a closure, what stays open ("Toalettet på Torget holder åpent hele vinteren") is the
// exception a reader of the SMS must see, or the SMS says every public toilet closes.
describe("what stays open under a closure", () => {
  const d = [
    "Offentlige toaletter stenges for vinteren",
    "",
    "Toalettene ved badeplassene stenger mandag 14. oktober. Fordi høsten har vært mild, holder vi dem åpne litt lenger enn vanlig.",
    "",
    "Toalettet på Torget holder åpent hele vinteren, alle dager kl. 08.00–22.00.",
    "",
    "Vannet må stenges for at rørene ikke skal fryse.",
    "",
    "Hilsen Bærum kommune",
  ].join("\n");
  const r = variants(d, { language: "nb" });
  it("is the message's exception", () => {
    expect(r.message.exception?.text).toMatch(/Torget holder åpent/);
  });
  it("is in the SMS", () => {
    expect(r.variants.sms.text).toMatch(/Torget holder åpent/);
  });
});
