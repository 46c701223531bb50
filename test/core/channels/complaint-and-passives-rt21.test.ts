// Round 21 of the red team: a neighbour's complaint the reader is asked to answer is no right to appeal; what is
// sent to the reader is sent by the writer; passives in a fronted clause, passives of saying "i klaga" and a second
// verb sharing the subject stay as written; an arrival promised by a date is no deadline; "org. no." ends no
// sentence. Own drafts and sentences.
import { variants } from "../../../src/core/channels";
import { activeVoice } from "../../../src/core/channels/active";
import { dropOpener } from "../../../src/core/channels/openers";
import { parse } from "../../../src/core/text/parse";

const complaint = [
  "Hei Ola Brekke,",
  "",
  "Kommunen har motteke ei klage frå ein nabo som gjeld støy frå bustaden din i Nordlia 7B. Det blir opplyst i klaga at det har vore høg musikk etter kl. 23.00.",
  "",
  "Kommunen har ikkje teke stilling til om klaga er rett. Før saka blir vurdert vidare, vil vi gi deg høve til å uttale deg. Vi ber deg difor kommentere klaga skriftleg innan fredag 8. januar 2027. Du kan sende svaret til postmottak@fjordvik.kommune.no. Merk svaret med saksnummer 2026/5533.",
  "",
  "Vi gjer merksam på at namnet til den som har klaga, ikkje blir gitt ut.",
  "",
  "Helsing",
  "Fjordvik kommune",
].join("\n");

describe("a neighbour's complaint to answer", () => {
  const r = variants(complaint, { language: "nn" });
  it("has no appeal block and no appeal deadline in the SMS", () => {
    expect(r.message.appeal).toBeUndefined();
    expect(r.variants.sms.text).not.toMatch(/Klagefrist/);
    expect(r.variants.letter.text).not.toMatch(/^Du kan klage$/m);
  });
  it("gives the reader's comment and its deadline as the step", () => {
    expect(r.message.actions.some((a) => /kommentere klaga/.test(a.text) && a.deadline?.text.includes("8. januar"))).toBe(true);
    expect(r.variants.sms.text).toMatch(/8\. januar/);
  });
  it("keeps the complaint's words and the fronted clause as written", () => {
    const letter = r.variants.letter.text;
    expect(letter).not.toMatch(/Vi opplyser i klaga/);
    expect(letter).toContain("Før saka blir vurdert vidare, vil vi gi deg høve til å uttale deg.");
    expect(letter).toContain("Namnet til den som har klaga, blir ikkje gitt ut.");
  });
  it("keeps how to mark the reply with the request it marks", () => {
    expect(r.variants.letter.text).toMatch(/fjordvik\.kommune\.no\. Merk svaret med saksnummer 2026\/5533\./);
    expect(r.variants.letter.text).not.toMatch(/Dette må du gjere\nMerk svaret/);
  });
});

describe("the appeal block still holds the appeal's own sentences", () => {
  it("«Klagen sendes til …» stays under «Du kan klage» beside the right to appeal", () => {
    const draft = "Vedtak om parkeringstillatelse\n\nDu har fått parkeringstillatelse fra 1. mars 2027.\n\nDu kan klage på vedtaket innen tre uker. Klagen sendes til Nordvik kommune, Postboks 1, 9999 Nordvik.\n\nMed hilsen\nNordvik kommune\n";
    const r = variants(draft, { language: "nb" });
    expect(r.message.appeal?.text).toContain("Klagen sendes til Nordvik kommune");
  });
});

describe("passives", () => {
  it.each([
    ["Kortet blir sendt til adressa di i posten.", "nn", "sendt", /^Vi sender kortet til adressa di/],
    ["Dette svaret sendes til e-postadressen du oppga i klagen.", "nb", "sendes", /^Vi sender dette svaret/],
  ])("what is sent to the reader is sent by us: %s", (s, l, v, want) => {
    expect(activeVoice(s, l as "nb" | "nn", v)).toMatch(want);
  });
  it.each([
    ["Kortet blir sendt i posten til adressa di og skal vere framme innan 20. desember.", "nn", "sendt"],
    ["Før saka blir vurdert vidare, vil vi gi deg høve til å uttale deg.", "nn", "vurdert"],
    ["Når søknaden er behandlet, kan du klage.", "nb", "behandlet"],
    ["Det blir opplyst i klaga at det har vore høg musikk.", "nn", "opplyst"],
    ["Det hevdes i brevet at gjerdet står på feil side.", "nb", "hevdes"],
  ])("stays as written: %s", (s, l, v) => {
    expect(activeVoice(s, l as "nb" | "nn", v)).toBeNull();
  });
  it("a plain passive still turns", () => {
    expect(activeVoice("Vannet blir stengt i morgen.", "nb", "stengt")).toBe("Vi stenger vannet i morgen.");
  });
});

describe("an arrival promised by a date", () => {
  it("is no deadline of the reader's", () => {
    const draft = "Vedtak om TT-kort\n\nDu har fått innvilga TT-kort.\n\nKortet blir sendt i posten til adressa di og skal vere framme innan 20. desember. Mistar du kortet, må du melde frå til Skyss.\n\nHelsing\nFjordvik kommune\n";
    const r = variants(draft, { language: "nn" });
    expect(r.message.times.find((t) => t.text === "20. desember")?.role).not.toBe("deadline");
    expect(r.variants.sms.text).not.toMatch(/Frist/);
    expect(r.variants.letter.text).not.toMatch(/Send kortet/);
  });
});

describe("an opener dropped before a clause in «at» order", () => {
  it("puts the verb before the adverb", () => {
    expect(dropOpener("Vi gjer merksam på at namnet til den som har klaga, ikkje blir gitt ut.", "nn")).toBe("Namnet til den som har klaga, blir ikkje gitt ut.");
  });
  it("leaves a relative clause's order alone", () => {
    expect(dropOpener("Vi gjør oppmerksom på at brevet som ikke er sendt, blir sendt i morgen.", "nb")).not.toMatch(/som er ikke/);
  });
});

describe("abbreviated labels", () => {
  it("«org. no.» and «tel.» end no sentence", () => {
    const d = parse("We refuse the permit for Happy Paws (org. no. 923 456 789), in the period from 1 January. Tel. 55 55 55 55. The answer is no. Then we left.");
    const texts = d.sentences.map((s) => s.text);
    expect(texts[0]).toContain("923 456 789), in the period");
    expect(texts).toContain("Tel. 55 55 55 55.");
    expect(texts).toContain("The answer is no.");
  });
  it("a field line «Passport no. 533912847» is no heading", () => {
    const d = parse("Dear Mr. Tom Richards,\nPassport no. 533912847\n\nYour application is approved.\n\nKind regards\nEva Holm\n");
    expect(d.sentences.find((s) => s.text.startsWith("Passport"))?.kind).not.toBe("heading");
  });
});
