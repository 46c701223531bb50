// A start with no end ("fra i dag … og inntil videre", "from today until further notice") is said whole: cut to
// its first day, a boil-water notice reads as lasting one day. Readers named with the places they live in
// ("Alle abonnenter i Lysheim, Bråten og Nordbygda må koke vannet") are still the ones who act.
import { variants } from "../../../src/core/channels";

describe("an open-ended start", () => {
  it("is said with its open end in the SMS (nb and en)", () => {
    const nb = variants("Kokevarsel for Lysheim vannverk\n\nDet er påvist E. coli-bakterier i drikkevannet fra Lysheim vannverk.\n\nKokevarselet gjelder fra i dag, mandag 15. februar 2027, og inntil videre. Vannet må kokes i minst ett minutt.\n\nMed vennlig hilsen\nNesbyen kommune");
    expect(nb.message.events[0]?.when?.openEnded?.text).toBe("fra i dag, mandag 15. februar 2027, og inntil videre");
    expect(nb.variants.sms.text).toContain("inntil videre");
    expect(nb.variants.sms.text).not.toMatch(/Når: i dag, mandag 15\. februar 2027\./u);
    const en = variants("Boil water notice for Solbakken\n\nTests have found bacteria in the water supply in Solbakken. All residents must boil tap water before drinking it. This applies from today until further notice.\n\nBergvik Municipality");
    expect(en.variants.sms.text).toContain("until further notice");
  });
  it("a start with an end is no open end", () => {
    const r = variants("Stengt bru\n\nBrua er stengt fra mandag 3. mai til fredag 7. mai.\n\nMed vennlig hilsen\nNesbyen kommune");
    expect(r.message.events[0]?.when?.openEnded).toBeUndefined();
  });
});

describe("readers named with their places", () => {
  it("are told to act: the warning's instruction is the whole sentence, not a later detail", () => {
    const r = variants("Kokevarsel\n\nDet er påvist E. coli-bakterier i drikkevannet. Alle abonnenter i Lysheim, Bråten og Nordbygda må koke vannet før det brukes til drikke, matlaging og tannpuss. Vannet må kokes i minst ett minutt.\n\nMed vennlig hilsen\nNesbyen kommune");
    expect(r.message.actions.map((a) => a.text)).toContain("Alle abonnenter i Lysheim, Bråten og Nordbygda må koke vannet før det brukes til drikke, matlaging og tannpuss.");
    expect(r.variants.sms.text).toContain("drikke, matlaging og tannpuss");
  });
});

describe("a fraud warning", () => {
  const text = "Advarsel mot svindelforsøk på telefon\n\nPolitiet har de siste dagene fått flere meldinger om personer som ringer eldre og utgir seg for å være fra banken. De ber om BankID-kode og kontonummer.\n\nBanken vil aldri be deg om å oppgi koder på telefon. Hvis du har oppgitt koder, må du straks kontakte banken din og sperre kortet.\n\nMed vennlig hilsen\nØst politidistrikt";
  it("says what a real bank never does, and never a sentence that opens on «De» for people named before", () => {
    const sms = variants(text).variants.sms.text;
    expect(sms).toContain("Banken vil aldri be deg om å oppgi koder på telefon.");
    expect(sms).not.toMatch(/(?:^|[.!] )De ber om/u);
  });
});

describe("the way around a closure", () => {
  it("is said in the SMS and the post, the one that names the route first", () => {
    const r = variants("Fylkesvei 714 stengt ved Krokvatnet\n\nFylkesvei 714 blir stengt for all trafikk ved Krokvatnet fra mandag 7. juni kl. 07.00 til fredag 18. juni 2027 kl. 18.00. Årsaken er utskifting av en stikkrenne.\n\nOmkjøringen gir om lag 25 minutter lengre kjøretid. Trafikken blir omdirigert via Rv 3 og Fv 30 gjennom Tynset.\n\nMed vennlig hilsen\nStatens vegvesen");
    expect(r.message.detour?.text).toBe("Trafikken blir omdirigert via Rv 3 og Fv 30 gjennom Tynset.");
    for (const t of [r.variants.sms.text, r.variants.post.text]) expect(t).toMatch(/via Rv 3 og Fv 30 gjennom Tynset/u);
  });
  it("never pushes out another time of the event (when the road opens again)", () => {
    const r = variants("Storgata stengt i dag\n\nPå grunn av en vannlekkasje må vi stenge Storgata mellom Torget og Kirkebakken fra kl. 17.00 i dag. Vi regner med å åpne igjen i morgen tidlig. Bussene kjører omkjøring via Parkveien.\n\nMed vennlig hilsen\nFjordvik kommune");
    expect(r.variants.sms.text).toContain("i morgen tidlig");
    expect(r.variants.sms.text).toContain("via Parkveien");
  });
});

describe("a press release to citizens", () => {
  const text = "Press release: New swimming pool opens in Moldeby\n\nThe new swimming pool at Moldeby sports centre will open to the public on Monday 6 September 2027 at 07:00.\n\nResidents should note that the old pool in Bygata will close permanently on Friday 27 August.\n\nBest regards,\nMoldeby Municipality";
  it("never opens the SMS or the post with the genre label", () => {
    const r = variants(text);
    expect(r.variants.sms.text).not.toMatch(/Press release:/u);
    expect(r.variants.post.text).not.toMatch(/^Press release:/u);
  });
  it("«Residents should note that …» is news, not a task for the reader", () => {
    const r = variants(text);
    expect(r.message.actions.map((a) => a.text).join(" ")).not.toContain("should note");
    expect(r.variants.letter.text).not.toMatch(/What you need to do/u);
  });
});
