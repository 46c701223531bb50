// Nynorsk «Du vert beden om å …» is the sender asking; a «herad» signs its letters; a place name ending in -es
// is no passive; «avholde» is «holde»; what the SMS says is never listed as left out.
import { variants } from "../../../src/core/channels";
import { analyze } from "../../../src/core/index";

const OFFER_NN = "Svar på søknad om barnehageplass\n\nHei Jonas\n\nVi viser til søknaden dykkar om barnehageplass. Barnet dykkar har fått plass i Solsida barnehage frå 1. august 2027. Du vert beden om å stadfeste plassen innan 15. mai.\n\nMed venleg helsing\nVoss herad";

describe("the reader asked in the nynorsk passive", () => {
  it("is turned into the sender asking, in the letter and in the personal SMS with its deadline", () => {
    const r = variants(OFFER_NN);
    expect(r.variants.letter.text).toContain("Vi ber deg stadfeste plassen innan 15. mai.");
    expect(r.variants.letter.text).not.toContain("vert beden");
    // The SMS says what the deadline is for, not a bare «Fristen er 15. mai».
    expect(r.variants.sms.text).toContain("stadfeste plassen innan 15. mai");
    expect(r.variants.sms.text).not.toContain("Fristen er");
  });
  it("names what the offer is about, not «eit tilbod: Svar på søknad …»", () => {
    const sms = variants(OFFER_NN).variants.sms.text;
    expect(sms).toContain("eit tilbod om barnehageplass");
    expect(sms).not.toMatch(/tilbod: Svar på/u);
  });
  it("an upheld decision is still case content («vedtaket vart stadfesta»)", () => {
    const r = variants("Svar på klage\n\nStatsforvaltaren har behandla klaga di. Vedtaket vart stadfesta 3. mars. Du kan ikkje klage på dette vedtaket.\n\nMed venleg helsing\nVoss herad");
    expect(r.variants.sms.text).not.toMatch(/stadfest/iu);
  });
});

describe("a «herad» or a «forening» signs its text", () => {
  it("is the sender from the signature", () => {
    expect(variants(OFFER_NN).message.sender?.name).toBe("Voss herad");
    const vel = variants("Årsmøte\n\nVi holder årsmøte tirsdag 3. mars kl. 19.00 på Sandnes grendehus.\n\nHilsen\nSandnes velforening");
    expect(vel.message.sender?.name).toBe("Sandnes velforening");
  });
});

describe("the checker on names and stiff verbs", () => {
  it("a capitalised word inside the sentence is a name, not an s-passive («på Sandnes grendehus»)", () => {
    const f = analyze("Årsmøte\n\nVi holder årsmøte tirsdag 3. mars på Sandnes grendehus.\n\nHilsen\nSandnes vel", { language: "nb" }).findings;
    expect(f.some((x) => x.rule === "passive" && x.text === "Sandnes")).toBe(false);
    // The same word in lower case is still a passive.
    expect(analyze("Saken behandles tirsdag.", { language: "nb" }).findings.some((x) => x.rule === "passive")).toBe(true);
  });
  it("«avholde» is «holde», fixed safely in every form", () => {
    const f = analyze("Vi avholder årsmøte tirsdag. Møtet avholdes i kantina.", { language: "nb" }).findings.filter((x) => x.rule === "kanselli");
    expect(f.map((x) => x.text)).toEqual(["avholder", "avholdes"]);
    expect(f[0].suggestions[0]).toBe("holder");
    expect(variants("Årsmøte\n\nVi avholder årsmøte tirsdag 3. mars kl. 19.00 i kantina.\n\nHilsen\nSandnes velforening").variants.sms.text).toContain("Vi holder årsmøte");
  });
});

describe("what the SMS left out", () => {
  it("never lists a sentence the SMS says", () => {
    const r = variants("Foreldremøte på Sandvik skole\n\nVi inviterer til foreldremøte for 3. trinn torsdag 16. april kl. 18.00 i kantina. Gi beskjed til kontaktlæreren innen mandag 13. april hvis du ikke kan komme.\n\nMed vennlig hilsen\nSandvik skole");
    for (const o of r.variants.sms.omitted ?? []) if (o.text) expect(r.variants.sms.text).not.toContain(o.text.replace(/\.$/, ""));
  });
});

describe("a nynorsk power cut notice", () => {
  const text = "Straumbrot i Hauglia\n\nElnettet Vest skal byte ut ein transformator i Hauglia. Straumen blir difor broten tysdag 16. mars 2027 frå kl. 08.00 til kl. 14.00.\n\nDersom det blir dårleg vêr, blir arbeidet flytt til torsdag 18. mars same tid.\n\nKundar som har medisinsk utstyr som treng straum, må ta kontakt med oss seinast fredag 12. mars.\n\nMed venleg helsing\nElnettet Vest AS";
  it("turns «blir arbeidet flytt» with the verb «flytte», never «flyte» (to float)", () => {
    const letter = variants(text).variants.letter.text;
    expect(letter).toContain("flytter vi arbeidet til torsdag 18. mars");
    expect(letter).not.toMatch(/flyter/u);
  });
  it("keeps a call with a deadline as a task, never under «Har du spørsmål?»", () => {
    const letter = variants(text).variants.letter.text;
    expect(letter).not.toContain("Har du spørsmål?");
    expect(letter).toContain("må ta kontakt med oss seinast fredag 12. mars");
  });
});

describe("a decision letter", () => {
  const text = "Vedtak om tilskudd\n\nSøknaden er innvilget med kr 85 000. Dokumentasjonen må være sendt inn innen 1. oktober 2027.\n\nVedtaket kan påklages. Klagefristen er tre uker fra du mottok dette brevet. Klagen sendes til Nordhavn kommune, Postboks 100, 8001 Nordhavn.\n\nMed vennlig hilsen\nNordhavn kommune";
  it("keeps «Vedtaket kan påklages» with the rest of the appeal block", () => {
    const letter = variants(text).variants.letter.text;
    expect(letter).toMatch(/Du kan klage på vedtaket\. Klagefristen er tre uker/u);
  });
  it("asks the reader to send what «må være sendt inn»", () => {
    expect(variants(text).variants.letter.text).toContain("Du må sende inn dokumentasjonen innen 1. oktober 2027.");
  });
});

describe("readers turned into «du»", () => {
  it("take «sjølv» in the singular (nynorsk «Foreldre må sjølve …» → «Du må sjølv …»)", () => {
    const post = variants("Barnehagen er stengd måndag\n\nSolsida barnehage er stengd måndag 8. februar på grunn av planleggingsdag. Foreldre må sjølve ordne med tilsyn denne dagen.\n\nMed venleg helsing\nSolsida barnehage").variants.post.text;
    expect(post).toContain("Du må sjølv ordne med tilsyn denne dagen.");
  });
});

describe("what the reader sends, in the passive", () => {
  it("is the reader's step when the sentence opens with it («Merknader sendes til …», «Søknaden sendes til …»)", () => {
    for (const s of ["Merknader sendes til Elvdal kommune innen 15. mai.", "Søknaden sendes til Elvdal kommune innen 15. mai."]) {
      const r = variants(`Høring\n\nPlanen ligger ute til høring. ${s}\n\nMed vennlig hilsen\nElvdal kommune`);
      expect(r.message.actions.map((a) => a.text)).toContain(s);
    }
  });
  it("waste collected is the body's round, not the reader's step («Avfallet hentes tirsdag»)", () => {
    const r = variants("Tømming\n\nAvfallet hentes tirsdag 2. mai.\n\nFjordvik kommune");
    expect(r.message.actions).toEqual([]);
  });
});

describe("a public hearing's post", () => {
  it("says where to send comments, before a lesser step", () => {
    const r = variants("Offentlig ettersyn: reguleringsplan for Elvetangen\n\nForslag til detaljreguleringsplan for Elvetangen legges ut til offentlig ettersyn. Planen åpner for 120 boliger og en ny barnehage.\n\nDet blir holdt åpent informasjonsmøte på rådhuset tirsdag 20. april 2027 kl. 18.00. Frist for å komme med merknader er 15. mai 2027.\n\nMerknader sendes til postmottak@elvdal.kommune.no eller Elvdal kommune, Postboks 50, 2450 Elvdal. Merk merknaden med saksnummer 26/1144.\n\nMed vennlig hilsen\nElvdal kommune, Plan og bygg");
    expect(r.variants.post.text).toContain("postmottak@elvdal.kommune.no");
  });
});
